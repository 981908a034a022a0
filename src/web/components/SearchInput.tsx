import { Input } from 'antd';
import { useEffect, useRef, useState } from 'react';

/** Search box that commits on Enter, on the search button, or after a short pause in typing. */
export function SearchInput({
  value,
  onChange,
  placeholder,
  width = 280,
  ariaLabel,
}: {
  value: string | undefined;
  onChange: (v: string) => void;
  placeholder?: string;
  width?: number | string;
  ariaLabel?: string;
}) {
  const [text, setText] = useState(value ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const committed = useRef(value ?? '');

  useEffect(() => {
    committed.current = value ?? '';
    setText(value ?? '');
  }, [value]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const commit = (v: string) => {
    if (timer.current) clearTimeout(timer.current);
    const trimmed = v.trim();
    if (trimmed !== committed.current) {
      committed.current = trimmed;
      onChange(trimmed);
    }
  };

  return (
    <Input.Search
      allowClear
      value={text}
      placeholder={placeholder}
      aria-label={ariaLabel ?? placeholder}
      style={{ width, maxWidth: '100%' }}
      onChange={(e) => {
        const v = e.target.value;
        setText(v);
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => commit(v), 400);
      }}
      onSearch={(v) => commit(v)}
    />
  );
}
