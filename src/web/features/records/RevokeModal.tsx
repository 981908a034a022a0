import { Alert, DatePicker, Descriptions, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { DATE_FORMAT, formatDate, toApiDate } from '../../app/format';
import { FormModal, useFormSave } from '../../components/FormModal';
import { FORM_PROPS, subjectName, TextItem } from './parts';
import { RECORDS_KEY, useAwardNames } from './queries';
import type { AwardEntry } from './types';
import { useToday } from '../../app/auth';

interface Values {
  revokedOn: Dayjs | null;
  reason: string;
  recovered?: string;
}

/**
 * "Hủy bỏ khen thưởng" (Luật Thi đua, khen thưởng 2022 Điều 93): the date, the reason and the money or
 * objects recovered are written; the entry stays in the register, marked, and no longer counts.
 */
export function RevokeModal({ entry, onClose }: { entry: AwardEntry | null; onClose: () => void }) {
  const today = useToday();
  const { t } = useTranslation();
  const { name: awardName } = useAwardNames();
  const [form] = Form.useForm<Values>();

  const saving = useFormSave<Values, AwardEntry>({
    form,
    mutationFn: (v) =>
      api.post<AwardEntry>(`/records/awards/${entry!.id}/revoke`, {
        version: entry!.version,
        revokedOn: toApiDate(v.revokedOn),
        reason: v.reason.trim(),
        recovered: v.recovered?.trim() || null,
      }),
    invalidate: [RECORDS_KEY],
    // a refusal (already revoked, changed meanwhile) means the register on screen is stale
    refreshOnError: true,
    success: t('register.revoke.done'),
    onSaved: onClose,
  });

  return (
    <FormModal<Values>
      open={!!entry}
      onClose={onClose}
      title={t('register.revoke.title')}
      okText={t('register.revoke.ok')}
      danger
      width={620}
      form={form}
      saving={saving}
      initialValues={{ revokedOn: dayjs(today), reason: '', recovered: '' }}
      formProps={FORM_PROPS}
      intro={
        entry && (
          <>
            <Alert type="warning" showIcon title={t('register.revoke.help')} style={{ marginBottom: 16 }} />
            <Descriptions
              size="small"
              column={1}
              bordered
              style={{ marginBottom: 16 }}
              items={[
                { key: 'subject', label: t('register.fields.subject'), children: subjectName(entry) },
                { key: 'award', label: t('register.fields.award'), children: `${awardName(entry.award)} (${entry.year})` },
                {
                  key: 'decision',
                  label: t('register.fields.decision'),
                  children: [entry.decisionNo, entry.decisionDate ? t('records.fields.dated', { date: formatDate(entry.decisionDate) }) : null].filter(Boolean).join(' '),
                },
              ]}
            />
          </>
        )
      }
    >
      <Form.Item name="revokedOn" label={t('register.revoke.date')} htmlFor="revoke-date" rules={[{ required: true, message: t('register.revoke.dateRequired') }]}>
        <DatePicker id="revoke-date" format={DATE_FORMAT} placeholder={t('common.dateFormat')} style={{ width: 180 }} />
      </Form.Item>
      <TextItem
        name="reason"
        label={t('register.revoke.reason')}
        id="revoke-reason"
        max={2000}
        min={5}
        required={t('register.revoke.reasonRequired')}
        rows={3}
        placeholder={t('register.revoke.reasonPlaceholder')}
      />
      <TextItem name="recovered" label={t('register.revoke.recovered')} id="revoke-recovered" max={2000} rows={2} extra={t('register.revoke.recoveredHelp')} />
    </FormModal>
  );
}
