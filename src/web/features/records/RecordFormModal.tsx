import { useState, type ReactNode } from 'react';
import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Segmented, Select, Typography, type FormInstance } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useToday } from '../../app/auth';
import { DATE_FORMAT, fromApiDate, toApiDate } from '../../app/format';
import { changedFields } from '../../app/forms';
import { fold } from '../../app/text';
import { FormModal, useFormSave } from '../../components/FormModal';
import { PersonSelect } from '../../components/PersonSelect';
import { UnitSelect } from '../../components/UnitSelect';
import { AwardSelect } from '../rules/AwardSelect';
import { FORM_PROPS, subjectName, TextItem } from './parts';
import { RECORDS_KEY, useAwardNames } from './queries';
import {
  DISCIPLINE_LEVELS,
  PENDING_KINDS,
  RATINGS,
  SCOPES,
  SUBJECTS,
  subjectOf,
  type AnyRecord,
  type Author,
  type DisciplineRecord,
  type InitiativeRecord,
  type PendingRecord,
  type RatingRecord,
  type RecordSubject,
  type RecordTab,
  type ResearchRecord,
} from './types';

interface AuthorValue {
  personId?: number | null;
  name?: string;
  share?: number | null;
}

interface Values {
  subjectId?: number | null;
  year?: number | null;
  rating?: string;
  note?: string;
  title?: string;
  authors?: AuthorValue[];
  scope?: string;
  recognizedBy?: string;
  acceptedBy?: string;
  decisionNo?: string;
  decisionDate?: Dayjs | null;
  usedForAward?: string | null;
  usedForYear?: number | null;
  level?: string;
  fromDate?: Dayjs | null;
  toDate?: Dayjs | null;
  pendingKind?: string;
  openedOn?: Dayjs | null;
  closedOn?: Dayjs | null;
}

const ID_KEY = { person: 'personId', unit: 'unitId', household: 'householdId' } as const;
/** Code lists can be filtered by typing, with or without diacritics ("canh cao" finds "Cảnh cáo"). */
const SEARCHABLE = {
  showSearch: { filterOption: (input: string, o?: { label?: unknown }) => fold(String(o?.label ?? '')).includes(fold(input.trim())) },
} as const;
const text = (v: string | null | undefined) => v?.trim() || null;
const authorsOf = (list: AuthorValue[] | undefined): Author[] =>
  (list ?? []).map((a) => ({ personId: a.personId ?? null, name: (a.name ?? '').trim().replace(/\s+/g, ' '), share: Number(a.share ?? 0) }));

/** Form values → the fields of the API body (the same for create and update). */
function toBody(kind: RecordTab, v: Values): Record<string, unknown> {
  switch (kind) {
    case 'ratings':
      return { year: v.year, rating: v.rating, note: text(v.note) };
    case 'initiatives':
      return {
        title: v.title?.trim(),
        authors: authorsOf(v.authors),
        year: v.year,
        scope: v.scope,
        recognizedBy: text(v.recognizedBy),
        decisionNo: text(v.decisionNo),
        decisionDate: toApiDate(v.decisionDate),
        usedForAward: v.usedForAward || null,
        usedForYear: v.usedForYear ?? null,
        note: text(v.note),
      };
    case 'research':
      return {
        title: v.title?.trim(),
        authors: authorsOf(v.authors),
        year: v.year,
        scope: v.scope,
        acceptedBy: text(v.acceptedBy),
        decisionNo: text(v.decisionNo),
        decisionDate: toApiDate(v.decisionDate),
        note: text(v.note),
      };
    case 'discipline':
      return { level: v.level, fromDate: toApiDate(v.fromDate), toDate: toApiDate(v.toDate), decisionNo: text(v.decisionNo), decisionDate: toApiDate(v.decisionDate), note: text(v.note) };
    case 'pending':
      return { kind: v.pendingKind, openedOn: toApiDate(v.openedOn), closedOn: toApiDate(v.closedOn), note: text(v.note) };
  }
}

/** A stored record → form values. */
function toValues(kind: RecordTab, r: AnyRecord | null | undefined, today: string): Values {
  const year = Number(today.slice(0, 4));
  if (!r) {
    const base: Values = { subjectId: null, note: '' };
    if (kind === 'ratings') return { ...base, year: year - 1 };
    if (kind === 'initiatives' || kind === 'research') return { ...base, year, authors: [{ personId: null, name: '', share: 100 }] };
    return base;
  }
  switch (kind) {
    case 'ratings': {
      const x = r as RatingRecord;
      return { year: x.year, rating: x.rating, note: x.note ?? '' };
    }
    case 'initiatives': {
      const x = r as InitiativeRecord;
      return {
        title: x.title,
        authors: x.authors.map((a) => ({ personId: a.personId ?? null, name: a.name, share: a.share })),
        year: x.year,
        scope: x.scope,
        recognizedBy: x.recognizedBy ?? '',
        decisionNo: x.decisionNo ?? '',
        decisionDate: fromApiDate(x.decisionDate),
        usedForAward: x.usedForAward,
        usedForYear: x.usedForYear,
        note: x.note ?? '',
      };
    }
    case 'research': {
      const x = r as ResearchRecord;
      return {
        title: x.title,
        authors: x.authors.map((a) => ({ personId: a.personId ?? null, name: a.name, share: a.share })),
        year: x.year,
        scope: x.scope,
        acceptedBy: x.acceptedBy ?? '',
        decisionNo: x.decisionNo ?? '',
        decisionDate: fromApiDate(x.decisionDate),
        note: x.note ?? '',
      };
    }
    case 'discipline': {
      const x = r as DisciplineRecord;
      return {
        level: x.level,
        fromDate: fromApiDate(x.fromDate),
        toDate: fromApiDate(x.toDate),
        decisionNo: x.decisionNo ?? '',
        decisionDate: fromApiDate(x.decisionDate),
        note: x.note ?? '',
      };
    }
    case 'pending': {
      const x = r as PendingRecord;
      return { pendingKind: x.kind, openedOn: fromApiDate(x.openedOn), closedOn: fromApiDate(x.closedOn), note: x.note ?? '' };
    }
  }
}

/** Create or edit one record of the "Hồ sơ thành tích, kỷ luật" page (optimistic `version` on edit). */
export function RecordFormModal({ kind, open, record, onClose }: { kind: RecordTab; open: boolean; record?: AnyRecord | null; onClose: () => void }) {
  const today = useToday();
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const subjects = SUBJECTS[kind];
  const [subject, setSubject] = useState<RecordSubject>(subjects[0]);
  const editing = !!record;

  const saving = useFormSave<Values, AnyRecord>({
    form,
    mutationFn: (v) => {
      const body = toBody(kind, v);
      if (!record) return api.post<AnyRecord>(`/records/${kind}`, { [ID_KEY[subject]]: v.subjectId, ...body });
      const before = toBody(kind, toValues(kind, record, today));
      return api.patch<AnyRecord>(`/records/${kind}/${record.id}`, { ...changedFields(before, body), version: record.version });
    },
    invalidate: [RECORDS_KEY],
    success: editing ? t('common.saved') : t('records.created'),
    onSaved: onClose,
  });

  const dateItem = (name: keyof Values, label: string, required = false, after?: keyof Values) => (
    <Form.Item
      name={name}
      label={label}
      htmlFor={`rec-${name}`}
      dependencies={after ? [after] : undefined}
      rules={[
        { required, message: t('records.form.dateRequired') },
        ...(after
          ? [
              ({ getFieldValue }: Pick<FormInstance, 'getFieldValue'>) => ({
                validator: (_: unknown, v: Dayjs | null) => {
                  const start = getFieldValue(after) as Dayjs | null;
                  return !v || !start || !v.isBefore(start, 'day') ? Promise.resolve() : Promise.reject(new Error(t('records.form.endBeforeStart')));
                },
              }),
            ]
          : []),
      ]}
    >
      <DatePicker id={`rec-${name}`} format={DATE_FORMAT} placeholder={t('common.dateFormat')} style={{ width: '100%' }} />
    </Form.Item>
  );
  const yearItem = (
    <Form.Item name="year" label={t('records.fields.year')} htmlFor="rec-year" rules={[{ required: true, message: t('records.form.yearRequired') }]}>
      <InputNumber id="rec-year" min={1945} max={2100} precision={0} style={{ width: '100%' }} />
    </Form.Item>
  );
  const noteItem = (
    <TextItem name="note" label={t('records.fields.note')} id="rec-note" max={1000} rows={2} />
  );
  const decisionItems = (
    <>
      <Col xs={24} md={12}>
        <TextItem name="decisionNo" label={t('records.fields.decisionNo')} id="rec-decisionNo" max={100} />
      </Col>
      <Col xs={24} md={12}>
        {dateItem('decisionDate', t('records.fields.decisionDate'))}
      </Col>
    </>
  );

  const subjectLabel = kind === 'initiatives' || kind === 'research' ? t('records.fields.ownerUnit') : t(`records.form.pick.${subject}`);

  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t(editing ? `records.form.editTitle.${kind}` : `records.form.createTitle.${kind}`)}
      okText={editing ? t('common.save') : t('common.create')}
      width={kind === 'initiatives' || kind === 'research' ? 860 : 640}
      form={form}
      saving={saving}
      initialValues={toValues(kind, record, today)}
      formProps={FORM_PROPS}
      afterClose={() => setSubject(subjects[0])}
    >
      {editing ? (
        <Form.Item label={subjectLabel}>
          <Typography.Text strong>{subjectName(record)}</Typography.Text>
          {subjects.length > 1 && <Typography.Text type="secondary"> ({t(`records.subject.${subjectOf(record) ?? subject}`)})</Typography.Text>}
        </Form.Item>
      ) : (
        <>
          {subjects.length > 1 && (
            <Form.Item label={t('records.fields.subjectType')}>
              <Segmented<RecordSubject>
                aria-label={t('records.fields.subjectType')}
                value={subject}
                onChange={(s) => {
                  setSubject(s);
                  form.setFieldValue('subjectId', null);
                }}
                options={subjects.map((s) => ({ value: s, label: t(`records.subject.${s}`) }))}
              />
            </Form.Item>
          )}
          <Form.Item
            name="subjectId"
            label={subjectLabel}
            htmlFor="rec-subject"
            rules={[{ required: true, message: t('records.form.subjectRequired') }]}
            extra={kind === 'initiatives' || kind === 'research' ? t('records.form.ownerUnitHelp') : undefined}
          >
            {subject === 'person' ? <PersonSelect id="rec-subject" style={{ width: '100%' }} /> : <UnitSelect id="rec-subject" style={{ width: '100%' }} />}
          </Form.Item>
        </>
      )}

      {kind === 'ratings' && (
        <Row gutter={16}>
          <Col xs={24} md={8}>
            {yearItem}
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="rating" label={t('records.fields.rating')} htmlFor="rec-rating" rules={[{ required: true, message: t('records.form.ratingRequired') }]}>
              <Select id="rec-rating" {...SEARCHABLE} placeholder={t('common.choose')} options={RATINGS.map((r) => ({ value: r, label: `${t(`rules.rating.${r}`)} (${r})` }))} />
            </Form.Item>
          </Col>
        </Row>
      )}

      {(kind === 'initiatives' || kind === 'research') && <TitledWorkFields kind={kind} yearItem={yearItem} decisionItems={decisionItems} />}

      {kind === 'discipline' && (
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item name="level" label={t('records.fields.disciplineLevel')} htmlFor="rec-level" rules={[{ required: true, message: t('records.form.levelRequired') }]}>
              <Select id="rec-level" {...SEARCHABLE} placeholder={t('common.choose')} options={DISCIPLINE_LEVELS.map((l) => ({ value: l, label: t(`rules.discipline.${l}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            {dateItem('fromDate', t('records.fields.fromDate'), true)}
          </Col>
          <Col xs={24} md={12}>
            {dateItem('toDate', t('records.fields.toDate'), false, 'fromDate')}
          </Col>
          {decisionItems}
        </Row>
      )}

      {kind === 'pending' && (
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item name="pendingKind" label={t('records.fields.pendingKind')} htmlFor="rec-pendingKind" rules={[{ required: true, message: t('records.form.pendingKindRequired') }]}>
              <Select id="rec-pendingKind" {...SEARCHABLE} placeholder={t('common.choose')} options={PENDING_KINDS.map((k) => ({ value: k, label: t(`rules.pending.${k}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            {dateItem('openedOn', t('records.fields.openedOn'), true)}
          </Col>
          <Col xs={24} md={12}>
            {dateItem('closedOn', t('records.fields.closedOn'), false, 'openedOn')}
          </Col>
        </Row>
      )}
      {noteItem}
    </FormModal>
  );
}

/** Initiatives and research: title, authors with their shares, year, scope, recognition. */
function TitledWorkFields({ kind, yearItem, decisionItems }: { kind: 'initiatives' | 'research'; yearItem: ReactNode; decisionItems: ReactNode }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<Values>();
  const authors = Form.useWatch('authors', form);
  const { entries, loading } = useAwardNames();
  return (
    <>
      <TextItem
        name="title"
        label={t(kind === 'initiatives' ? 'records.fields.initiativeTitle' : 'records.fields.researchTitle')}
        id="rec-title"
        max={500}
        min={3}
        required={t('records.form.titleRequired')}
      />
      <Typography.Text strong>{t('records.fields.authors')}</Typography.Text>
      <Typography.Paragraph type="secondary" style={{ margin: '2px 0 8px', fontSize: 12 }}>
        {t('records.form.authorsHelp')}
      </Typography.Paragraph>
      <Form.List
        name="authors"
        rules={[
          {
            validator: async (_, list: AuthorValue[] | undefined) => {
              if (!list || list.length === 0) throw new Error(t('records.form.authorsRequired'));
              const sum = list.reduce((n, a) => n + Number(a?.share ?? 0), 0);
              if (sum > 100.0001) throw new Error(t('records.form.sharesOver', { sum }));
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <div style={{ marginBottom: 16 }}>
            {fields.map((f, i) => (
              <Row key={f.key} gutter={8} align="bottom" wrap={false} style={{ marginBottom: 4 }}>
                <Col flex="1 1 220px">
                  <Form.Item name={[f.name, 'personId']} label={t('records.fields.authorPerson', { n: i + 1 })} htmlFor={`rec-author-${i}-person`} style={{ marginBottom: 8 }}>
                    <PersonSelect
                      id={`rec-author-${i}-person`}
                      valueLabel={authors?.[f.name]?.name || undefined}
                      placeholder={t('records.form.authorPersonPlaceholder')}
                      style={{ width: '100%' }}
                      onChange={(_, p) => {
                        if (p) form.setFieldValue(['authors', f.name, 'name'], p.fullName);
                      }}
                    />
                  </Form.Item>
                </Col>
                <Col flex="1 1 200px">
                  <Form.Item
                    name={[f.name, 'name']}
                    label={t('records.fields.authorName', { n: i + 1 })}
                    htmlFor={`rec-author-${i}-name`}
                    style={{ marginBottom: 8 }}
                    rules={[
                      { required: true, whitespace: true, message: t('records.form.authorNameRequired') },
                      { min: 2, message: t('records.form.authorNameRequired') },
                      { max: 150, message: t('validation.maxLength', { max: 150 }) },
                    ]}
                  >
                    <Input id={`rec-author-${i}-name`} maxLength={150} />
                  </Form.Item>
                </Col>
                <Col flex="0 0 150px">
                  <Form.Item
                    name={[f.name, 'share']}
                    label={t('records.fields.authorShare', { n: i + 1 })}
                    htmlFor={`rec-author-${i}-share`}
                    style={{ marginBottom: 8 }}
                    rules={[{ required: true, message: t('records.form.shareRequired') }]}
                  >
                    <InputNumber id={`rec-author-${i}-share`} min={0} max={100} step={5} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col flex="0 0 40px">
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('records.form.removeAuthor', { n: i + 1 })}
                    disabled={fields.length <= 1}
                    onClick={() => remove(f.name)}
                    style={{ marginBottom: 8 }}
                  />
                </Col>
              </Row>
            ))}
            {errors.length > 0 && (
              <div role="alert" style={{ marginBottom: 8 }}>
                {errors.map((e, i) => (
                  <Typography.Text key={i} type="danger">
                    {e}
                  </Typography.Text>
                ))}
              </div>
            )}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ personId: null, name: '', share: 0 })} disabled={fields.length >= 50}>
              {t('records.form.addAuthor')}
            </Button>
          </div>
        )}
      </Form.List>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          {yearItem}
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="scope" label={t('records.fields.scope')} htmlFor="rec-scope" rules={[{ required: true, message: t('records.form.scopeRequired') }]}>
            <Select id="rec-scope" {...SEARCHABLE} placeholder={t('common.choose')} options={SCOPES.map((s) => ({ value: s, label: t(`rules.scope.${s}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24}>
          {kind === 'initiatives' ? (
            <TextItem name="recognizedBy" label={t('records.fields.recognizedBy')} id="rec-recognizedBy" max={300} />
          ) : (
            <TextItem name="acceptedBy" label={t('records.fields.acceptedBy')} id="rec-acceptedBy" max={300} />
          )}
        </Col>
        {decisionItems}
        {kind === 'initiatives' && (
          <>
            <Col xs={24} md={16}>
              <Form.Item name="usedForAward" label={t('records.fields.usedForAward')} htmlFor="rec-usedForAward" extra={t('records.form.usedForHelp')}>
                <AwardSelect id="rec-usedForAward" entries={entries} loading={loading} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                name="usedForYear"
                label={t('records.fields.usedForYear')}
                htmlFor="rec-usedForYear"
                dependencies={['usedForAward']}
                rules={[
                  ({ getFieldValue }) => ({
                    validator: (_, v: number | null | undefined) =>
                      (v == null) === !getFieldValue('usedForAward') ? Promise.resolve() : Promise.reject(new Error(t('records.form.usedForBoth'))),
                  }),
                ]}
              >
                <InputNumber id="rec-usedForYear" min={1945} max={2100} precision={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
    </>
  );
}
