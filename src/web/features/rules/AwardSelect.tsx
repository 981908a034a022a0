import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { fold } from '../../app/text';
import type { CatalogEntry, SubjectCode } from './types';

interface Props {
  entries: CatalogEntry[] | undefined;
  value?: string;
  onChange?: (code: string | undefined, entry?: CatalogEntry) => void;
  /** only awards for this subject */
  subject?: SubjectCode;
  id?: string;
  loading?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

/** Pick a title or a form: two groups, never mixed (danh hiệu thi đua / hình thức khen thưởng). */
export function AwardSelect({ entries, value, onChange, subject, id, loading, style, ...rest }: Props) {
  const { t } = useTranslation();
  const list = (entries ?? []).filter((e) => !subject || e.subjects.includes(subject));
  const group = (kind: CatalogEntry['kind']) => ({
    label: t(`rules.kind.${kind}`),
    title: t(`rules.kind.${kind}`),
    options: list.filter((e) => e.kind === kind).map((e) => ({ value: e.code, label: e.name, search: fold(`${e.name} ${e.code}`) })),
  });
  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      showSearch={{ filterOption: (input, o) => !!o && 'search' in o && typeof o.search === 'string' && o.search.includes(fold(input.trim())) }}
      placeholder={t('rules.awardPlaceholder')}
      loading={loading}
      value={value}
      style={{ minWidth: 260, ...style }}
      options={[group('danh_hieu'), group('hinh_thuc')]}
      onChange={(v: string | undefined) => onChange?.(v, list.find((e) => e.code === v))}
      allowClear
    />
  );
}
