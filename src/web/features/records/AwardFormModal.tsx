import { useState } from 'react';
import { Col, DatePicker, Form, InputNumber, Row, Segmented, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { DATE_FORMAT, fromApiDate, toApiDate } from '../../app/format';
import { changedFields } from '../../app/forms';
import { FormModal, useFormSave } from '../../components/FormModal';
import { PersonSelect } from '../../components/PersonSelect';
import { UnitSelect } from '../../components/UnitSelect';
import { AwardSelect } from '../rules/AwardSelect';
import { FORM_PROPS, HouseholdSelect, subjectName, TextItem } from './parts';
import { RECORDS_KEY, useAwardNames } from './queries';
import { CATALOG_SUBJECT, subjectOf, type AwardEntry, type RecordSubject } from './types';
import { useToday } from '../../app/auth';

interface Values {
  subjectId?: number | null;
  award?: string;
  year?: number | null;
  decisionNo: string;
  decisionDate: Dayjs | null;
  decider?: string;
  note?: string;
}

const ID_KEY = { person: 'personId', unit: 'unitId', household: 'householdId' } as const;

/**
 * An award of the register entered by hand (awards decided before the software, or by another
 * authority), or a correction of one. Awards written by a decision issued here are not edited.
 */
export function AwardFormModal({ open, entry, onClose }: { open: boolean; entry?: AwardEntry | null; onClose: () => void }) {
  const today = useToday();
  const { t } = useTranslation();
  const { entries, loading } = useAwardNames();
  const [form] = Form.useForm<Values>();
  const [subject, setSubject] = useState<RecordSubject>('person');
  const editing = !!entry;
  const currentSubject = (entry && subjectOf(entry)) || subject;

  const initial: Values = {
    subjectId: null,
    award: entry?.award,
    year: entry?.year ?? Number(today.slice(0, 4)),
    decisionNo: entry?.decisionNo ?? '',
    decisionDate: fromApiDate(entry?.decisionDate),
    decider: entry?.decider ?? '',
    note: entry?.note ?? '',
  };

  const saving = useFormSave<Values, AwardEntry>({
    form,
    mutationFn: (v) => {
      const body = {
        award: v.award,
        year: v.year,
        decisionNo: v.decisionNo.trim(),
        decisionDate: toApiDate(v.decisionDate),
        decider: v.decider?.trim() || null,
        note: v.note?.trim() || null,
      };
      if (!entry) return api.post<AwardEntry>('/records/awards', { [ID_KEY[subject]]: v.subjectId, ...body, source: 'import' });
      const before = { award: entry.award, year: entry.year, decisionNo: entry.decisionNo, decisionDate: entry.decisionDate, decider: entry.decider, note: entry.note };
      // `source` is sent as it is: the server would otherwise put its default back on update
      return api.patch<AwardEntry>(`/records/awards/${entry.id}`, { ...changedFields(before, body), source: entry.source ?? 'import', version: entry.version });
    },
    invalidate: [RECORDS_KEY],
    success: editing ? t('common.saved') : t('register.form.created'),
    onSaved: onClose,
  });

  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={editing ? t('register.form.editTitle') : t('register.form.createTitle')}
      okText={editing ? t('common.save') : t('common.create')}
      width={720}
      form={form}
      saving={saving}
      initialValues={initial}
      formProps={FORM_PROPS}
      afterClose={() => setSubject('person')}
      intro={
        !editing && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            {t('register.form.help')}
          </Typography.Paragraph>
        )
      }
    >
      {editing ? (
        <Form.Item label={t('register.fields.subject')}>
          <Typography.Text strong>{subjectName(entry)}</Typography.Text>{' '}
          <Typography.Text type="secondary">({t(`records.subject.${currentSubject}`)})</Typography.Text>
        </Form.Item>
      ) : (
        <>
          <Form.Item label={t('register.fields.subjectType')}>
            <Segmented<RecordSubject>
              aria-label={t('register.fields.subjectType')}
              value={subject}
              onChange={(s) => {
                setSubject(s);
                form.setFieldsValue({ subjectId: null, award: undefined });
              }}
              options={(['person', 'unit', 'household'] as const).map((s) => ({ value: s, label: t(`records.subject.${s}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="subjectId"
            label={t(`register.form.pick.${subject}`)}
            htmlFor="award-subject"
            rules={[{ required: true, message: t('register.form.subjectRequired') }]}
          >
            {subject === 'person' ? (
              <PersonSelect id="award-subject" style={{ width: '100%' }} />
            ) : subject === 'unit' ? (
              <UnitSelect id="award-subject" includeInactive style={{ width: '100%' }} />
            ) : (
              <HouseholdSelect id="award-subject" style={{ width: '100%' }} />
            )}
          </Form.Item>
        </>
      )}
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item name="award" label={t('register.fields.award')} htmlFor="award-code" rules={[{ required: true, message: t('register.form.awardRequired') }]}>
            <AwardSelect id="award-code" entries={entries} loading={loading} subject={CATALOG_SUBJECT[currentSubject]} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="year" label={t('register.fields.year')} htmlFor="award-year" rules={[{ required: true, message: t('records.form.yearRequired') }]}>
            <InputNumber id="award-year" min={1945} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <TextItem
            name="decisionNo"
            label={t('register.fields.decisionNo')}
            id="award-decision-no"
            max={100}
            required={t('register.form.decisionNoRequired')}
            placeholder={t('register.form.decisionNoPlaceholder')}
          />
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="decisionDate"
            label={t('register.fields.decisionDate')}
            htmlFor="award-decision-date"
            dependencies={['year']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, v: Dayjs | null) => {
                  const year = getFieldValue('year') as number | null;
                  return !v || !year || v.year() >= year ? Promise.resolve() : Promise.reject(new Error(t('register.form.decisionBeforeYear')));
                },
              }),
            ]}
          >
            <DatePicker id="award-decision-date" format={DATE_FORMAT} placeholder={t('common.dateFormat')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <TextItem name="decider" label={t('register.fields.decider')} id="award-decider" max={300} placeholder={t('register.form.deciderPlaceholder')} />
      <TextItem name="note" label={t('records.fields.note')} id="award-note" max={1000} rows={2} />
    </FormModal>
  );
}
