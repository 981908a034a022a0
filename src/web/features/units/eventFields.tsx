import { DatePicker, Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_FORMAT } from '../../app/format';

/** The "on which day" and "note" fields of a unit event (merge, abolish). */
export function EventDateNoteFields({ dateLabel }: { dateLabel: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="date" label={dateLabel} rules={[{ required: true, message: t('validation.required') }]}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('units.merge.note')}>
        <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('units.merge.notePlaceholder')} />
      </Form.Item>
    </>
  );
}
