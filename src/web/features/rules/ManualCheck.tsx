import { useState, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button, Checkbox, Col, DatePicker, Divider, Flex, Form, InputNumber, Row, Select, Typography, type FormListFieldData } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { DATE_FORMAT, toApiDate } from '../../app/format';
import { AwardSelect } from './AwardSelect';
import { CheckResultView } from './CheckResultView';
import { CheckLayout, RunCheckButton, useCatalogOnDate, YearDateItems } from './CheckParts';
import type { CaseFacts, CheckCase, CheckResult, SubjectCode } from './types';
import { useToday } from '../../app/auth';

export const RATINGS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export const SCOPES = ['co_so', 'tinh', 'toan_quoc'] as const;
export const DISCIPLINE_LEVELS = ['khien_trach', 'canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc', 'buoc_thoi_viec'] as const;
export const PENDING_KINDS = ['ky_luat', 'dieu_tra', 'thanh_tra', 'khieu_nai'] as const;
export const AWARD_TYPES = ['cong_trang', 'phong_trao', 'dot_xuat', 'cong_hien', 'nien_han', 'doi_ngoai'] as const;

interface ManualValues {
  award?: string;
  subject?: SubjectCode;
  type?: string;
  year: number;
  date: Dayjs;
  ratings: { year?: number; rating?: string }[];
  awards: { award?: string; year?: number; type?: string }[];
  initiatives: { year?: number; scope?: string }[];
  research: { year?: number; scope?: string }[];
  discipline: { level?: string; from?: Dayjs; to?: Dayjs | null }[];
  pending: string[];
  unitRating?: string;
  members?: { total?: number; completedDuties?: number; ldtt?: number; cstdcs?: number; disciplinedCanhCaoOrAbove?: number };
  flags: string[];
  voteFor?: number;
  voteTotal?: number;
}

function toCase(v: ManualValues, subject: SubjectCode): CheckCase {
  const facts: CaseFacts = {
    ratings: Object.fromEntries(v.ratings.filter((r) => r.year && r.rating).map((r) => [String(r.year), r.rating!])),
    awards: v.awards.filter((a) => a.award && a.year).map((a) => ({ award: a.award!, year: a.year!, ...(a.type ? { type: a.type } : {}) })),
    initiatives: v.initiatives.filter((i) => i.year && i.scope).map((i) => ({ year: i.year!, scope: i.scope! })),
    research: v.research.filter((i) => i.year && i.scope).map((i) => ({ year: i.year!, scope: i.scope! })),
    discipline: v.discipline
      .filter((d) => d.level && d.from)
      .map((d) => ({ level: d.level!, from: toApiDate(d.from)!, to: toApiDate(d.to) })),
    pending: v.pending ?? [],
  };
  if (subject === 'tap_the') {
    if (v.unitRating) facts.unitRating = v.unitRating;
    const m = Object.fromEntries(Object.entries(v.members ?? {}).filter(([, x]) => x != null));
    if (Object.keys(m).length) facts.members = m;
    facts.clusterLeader = v.flags.includes('clusterLeader');
    facts.exceededTargets = v.flags.includes('exceededTargets');
  }
  if (v.voteFor != null && v.voteTotal != null) facts.vote = { for: v.voteFor, total: v.voteTotal };
  return { award: v.award!, subject, year: v.year, date: toApiDate(v.date)!, ...(v.type ? { type: v.type } : {}), facts };
}

/** Mode B: the officer enters the facts by hand; POST /rules/check answers for exactly those facts. */
export function ManualCheck() {
  const today = useToday();
  const { t } = useTranslation();
  const [form] = Form.useForm<ManualValues>();
  const award = Form.useWatch('award', form) as string | undefined;
  const { catalog, nameOf } = useCatalogOnDate(form);
  const entry = catalog.data?.entries.find((e) => e.code === award);
  const chosen = Form.useWatch('subject', form) as SubjectCode | undefined;
  const subject: SubjectCode | undefined = entry ? (chosen && entry.subjects.includes(chosen) ? chosen : entry.subjects[0]) : undefined;
  const [result, setResult] = useState<CheckResult | null>(null);
  const year = dayjs(today).year();

  const check = useMutation({
    mutationFn: (c: CheckCase) => api.post<CheckResult>('/rules/check', c),
    onMutate: () => setResult(null),
    onSuccess: setResult,
  });

  const opt = (prefix: string, list: readonly string[]) => list.map((c) => ({ value: c, label: t(`${prefix}.${c}`) }));

  return (
    <CheckLayout
      title={t('rules.check.facts')}
      formCol={{ xs: 24, xl: 12 }}
      answerCol={{ xs: 24, xl: 12 }}
      error={check.isError ? check.error : undefined}
      empty={t('rules.check.emptyManual')}
      form={
        <Form<ManualValues>
          form={form}
          layout="vertical"
          initialValues={{
            year,
            date: dayjs(today),
            ratings: [year - 2, year - 1, year].map((y) => ({ year: y })),
            awards: [],
            initiatives: [],
            research: [],
            discipline: [],
            pending: [],
            flags: [],
          }}
          onFinish={(v) => subject && check.mutate(toCase(v, subject))}
        >
          <Row gutter={12}>
            <Col xs={24} sm={16}>
              <Form.Item name="award" label={t('rules.award')} rules={[{ required: true, message: t('rules.check.pickAward') }]}>
                <AwardSelect entries={catalog.data?.entries} loading={catalog.isFetching} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={8}>
              <Form.Item name="subject" label={t('rules.subjectLabel')}>
                <Select
                  placeholder={subject ? t(`rules.subject.${subject}`) : t('common.choose')}
                  disabled={!entry || entry.subjects.length < 2}
                  options={(entry?.subjects ?? []).map((s) => ({ value: s, label: t(`rules.subject.${s}`) }))}
                />
              </Form.Item>
            </Col>
            <YearDateItems yearCol={{ xs: 12, sm: 6 }} dateCol={{ xs: 12, sm: 9 }} />
            <Col xs={24} sm={9}>
              <Form.Item name="type" label={t('rules.check.awardType')}>
                <Select allowClear placeholder={t('rules.awardType.cong_trang')} options={opt('rules.awardType', AWARD_TYPES)} />
              </Form.Item>
            </Col>
          </Row>
          <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
            {t('rules.check.emptyMeansNone')}
          </Typography.Paragraph>

          <FactList name="ratings" title={t(subject === 'tap_the' ? 'rules.facts.memberRatings' : 'rules.facts.ratings')} addText={t('rules.check.addRating')} newItem={() => ({})}>
            {(f) => (
              <>
                <ListYear name={f.name} />
                <Form.Item name={[f.name, 'rating']} style={{ ...ROW_ITEM, flex: '1 1 200px' }}>
                  <Select aria-label={t('rules.facts.rating')} allowClear placeholder={t('rules.facts.rating')} options={opt('rules.rating', RATINGS)} />
                </Form.Item>
              </>
            )}
          </FactList>
          <FactList name="awards" title={t('rules.facts.awards')} addText={t('rules.check.addAward')} newItem={() => ({ year })}>
            {(f) => (
              <>
                <ListYear name={f.name} />
                <Form.Item name={[f.name, 'award']} style={{ ...ROW_ITEM, flex: '1 1 220px' }}>
                  <AwardSelect aria-label={t('rules.award')} entries={catalog.data?.entries} style={{ width: '100%', minWidth: 180 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'type']} style={ROW_ITEM}>
                  <Select aria-label={t('rules.check.awardType')} allowClear placeholder={t('rules.awardType.cong_trang')} options={opt('rules.awardType', AWARD_TYPES)} style={{ width: 150 }} />
                </Form.Item>
              </>
            )}
          </FactList>
          {(['initiatives', 'research'] as const).map((key) => (
            <FactList
              key={key}
              name={key}
              title={t(`rules.facts.${key}`)}
              addText={t(key === 'initiatives' ? 'rules.check.addInitiative' : 'rules.check.addResearch')}
              newItem={() => ({ year })}
            >
              {(f) => (
                <>
                  <ListYear name={f.name} />
                  <Form.Item name={[f.name, 'scope']} style={{ ...ROW_ITEM, flex: '1 1 200px' }}>
                    <Select aria-label={t('rules.facts.scope')} placeholder={t('rules.facts.scope')} options={opt('rules.scope', SCOPES)} />
                  </Form.Item>
                </>
              )}
            </FactList>
          ))}
          <FactList name="discipline" title={t('rules.facts.discipline')} addText={t('rules.check.addDiscipline')} newItem={() => ({})}>
            {(f) => (
              <>
                <Form.Item name={[f.name, 'level']} style={{ ...ROW_ITEM, flex: '1 1 160px' }}>
                  <Select aria-label={t('rules.facts.disciplineLevel')} placeholder={t('rules.facts.disciplineLevel')} options={opt('rules.discipline', DISCIPLINE_LEVELS)} />
                </Form.Item>
                <Form.Item name={[f.name, 'from']} style={ROW_ITEM}>
                  <DatePicker aria-label={t('rules.facts.from')} placeholder={t('rules.facts.from')} format={DATE_FORMAT} style={{ width: 140 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'to']} style={ROW_ITEM}>
                  <DatePicker aria-label={t('rules.facts.to')} placeholder={t('rules.facts.to')} format={DATE_FORMAT} style={{ width: 140 }} />
                </Form.Item>
              </>
            )}
          </FactList>

          <Divider titlePlacement="start" plain>
            {t('rules.facts.pending')}
          </Divider>
          <Form.Item name="pending">
            <Checkbox.Group options={opt('rules.pending', PENDING_KINDS)} />
          </Form.Item>

          {subject === 'tap_the' && (
            <>
              <Divider titlePlacement="start" plain>
                {t('rules.facts.collective')}
              </Divider>
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item name="unitRating" label={t('rules.facts.unitRating')}>
                    <Select allowClear placeholder={t('common.choose')} options={opt('rules.rating', RATINGS)} />
                  </Form.Item>
                </Col>
                {(['total', 'completedDuties', 'ldtt', 'cstdcs', 'disciplinedCanhCaoOrAbove'] as const).map((k) => (
                  <Col xs={12} sm={8} key={k}>
                    <Form.Item name={['members', k]} label={t(`rules.members.${k}`)}>
                      <InputNumber min={0} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
              <Form.Item name="flags">
                <Checkbox.Group
                  options={[
                    { value: 'clusterLeader', label: t('rules.facts.clusterLeader') },
                    { value: 'exceededTargets', label: t('rules.facts.exceededTargets') },
                  ]}
                />
              </Form.Item>
            </>
          )}

          <Divider titlePlacement="start" plain>
            {t('rules.facts.vote')}
          </Divider>
          <Flex gap={8} wrap>
            <Form.Item name="voteFor" label={t('rules.facts.voteFor')}>
              <InputNumber min={0} precision={0} />
            </Form.Item>
            <Form.Item name="voteTotal" label={t('rules.facts.voteTotal')}>
              <InputNumber min={0} precision={0} />
            </Form.Item>
          </Flex>

          <RunCheckButton loading={check.isPending} />
        </Form>
      }
    >
      {result && <CheckResultView result={result} awardName={nameOf(result.award)} />}
    </CheckLayout>
  );
}

const ROW_ITEM = { marginBottom: 8 };

/** The year of a row of a fact list. */
function ListYear({ name }: { name: number }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={[name, 'year']} style={ROW_ITEM}>
      <InputNumber aria-label={t('rules.year')} placeholder={t('rules.year')} min={1990} max={2100} precision={0} style={{ width: 100 }} />
    </Form.Item>
  );
}

/** A list of facts under its heading: a row each (its fields, then "remove"), and "add" below. */
function FactList({
  name,
  title,
  addText,
  newItem,
  children,
}: {
  name: string;
  title: ReactNode;
  addText: string;
  newItem: () => object;
  children: (field: FormListFieldData) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Divider titlePlacement="start" plain>
        {title}
      </Divider>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Flex key={f.key} gap={8} align="start" wrap>
                {children(f)}
                <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('common.remove')} />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newItem())}>
              {addText}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
