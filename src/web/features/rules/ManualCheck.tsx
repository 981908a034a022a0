import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Checkbox, Col, DatePicker, Divider, Flex, Form, InputNumber, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { DATE_FORMAT, toApiDate } from '../../app/format';
import { EmptyState } from '../../components/EmptyState';
import { AwardSelect } from './AwardSelect';
import { CheckResultView } from './CheckResultView';
import { useCatalog } from './queries';
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
  const errorText = useErrorText();
  const [form] = Form.useForm<ManualValues>();
  const date = Form.useWatch('date', form) as Dayjs | undefined;
  const award = Form.useWatch('award', form) as string | undefined;
  const catalog = useCatalog(toApiDate(date ?? dayjs(today)) ?? undefined);
  const entry = catalog.data?.entries.find((e) => e.code === award);
  const chosen = Form.useWatch('subject', form) as SubjectCode | undefined;
  const subject: SubjectCode | undefined = entry ? (chosen && entry.subjects.includes(chosen) ? chosen : entry.subjects[0]) : undefined;
  const nameOf = (code: string) => catalog.data?.entries.find((e) => e.code === code)?.name ?? code;
  const [result, setResult] = useState<CheckResult | null>(null);
  const year = dayjs(today).year();

  const check = useMutation({
    mutationFn: (c: CheckCase) => api.post<CheckResult>('/rules/check', c),
    onMutate: () => setResult(null),
    onSuccess: setResult,
  });

  const opt = (prefix: string, list: readonly string[]) => list.map((c) => ({ value: c, label: t(`${prefix}.${c}`) }));
  const removeBtn = (onClick: () => void) => (
    <Button type="text" danger icon={<DeleteOutlined />} onClick={onClick} aria-label={t('common.remove')} />
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card size="small" title={t('rules.check.facts')}>
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
              <Col xs={12} sm={6}>
                <Form.Item name="year" label={t('rules.check.year')} rules={[{ required: true, message: t('validation.required') }]}>
                  <InputNumber min={1990} max={2100} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={12} sm={9}>
                <Form.Item name="date" label={t('rules.check.date')} tooltip={t('rules.check.dateHint')} rules={[{ required: true, message: t('validation.required') }]}>
                  <DatePicker format={DATE_FORMAT} allowClear={false} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} sm={9}>
                <Form.Item name="type" label={t('rules.check.awardType')}>
                  <Select allowClear placeholder={t('rules.awardType.cong_trang')} options={opt('rules.awardType', AWARD_TYPES)} />
                </Form.Item>
              </Col>
            </Row>
            <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
              {t('rules.check.emptyMeansNone')}
            </Typography.Paragraph>

            <Divider titlePlacement="start" plain>
              {t(subject === 'tap_the' ? 'rules.facts.memberRatings' : 'rules.facts.ratings')}
            </Divider>
            <Form.List name="ratings">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Flex key={f.key} gap={8} align="start" wrap>
                      <Form.Item name={[f.name, 'year']} style={{ marginBottom: 8 }}>
                        <InputNumber aria-label={t('rules.year')} placeholder={t('rules.year')} min={1990} max={2100} precision={0} style={{ width: 100 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'rating']} style={{ marginBottom: 8, flex: '1 1 200px' }}>
                        <Select aria-label={t('rules.facts.rating')} allowClear placeholder={t('rules.facts.rating')} options={opt('rules.rating', RATINGS)} />
                      </Form.Item>
                      {removeBtn(() => remove(f.name))}
                    </Flex>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                    {t('rules.check.addRating')}
                  </Button>
                </>
              )}
            </Form.List>

            <Divider titlePlacement="start" plain>
              {t('rules.facts.awards')}
            </Divider>
            <Form.List name="awards">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Flex key={f.key} gap={8} align="start" wrap>
                      <Form.Item name={[f.name, 'year']} style={{ marginBottom: 8 }}>
                        <InputNumber aria-label={t('rules.year')} placeholder={t('rules.year')} min={1990} max={2100} precision={0} style={{ width: 100 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'award']} style={{ marginBottom: 8, flex: '1 1 220px' }}>
                        <AwardSelect aria-label={t('rules.award')} entries={catalog.data?.entries} style={{ width: '100%', minWidth: 180 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'type']} style={{ marginBottom: 8 }}>
                        <Select aria-label={t('rules.check.awardType')} allowClear placeholder={t('rules.awardType.cong_trang')} options={opt('rules.awardType', AWARD_TYPES)} style={{ width: 150 }} />
                      </Form.Item>
                      {removeBtn(() => remove(f.name))}
                    </Flex>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ year })}>
                    {t('rules.check.addAward')}
                  </Button>
                </>
              )}
            </Form.List>

            {(['initiatives', 'research'] as const).map((key) => (
              <div key={key}>
                <Divider titlePlacement="start" plain>
                  {t(`rules.facts.${key}`)}
                </Divider>
                <Form.List name={key}>
                  {(fields, { add, remove }) => (
                    <>
                      {fields.map((f) => (
                        <Flex key={f.key} gap={8} align="start" wrap>
                          <Form.Item name={[f.name, 'year']} style={{ marginBottom: 8 }}>
                            <InputNumber aria-label={t('rules.year')} placeholder={t('rules.year')} min={1990} max={2100} precision={0} style={{ width: 100 }} />
                          </Form.Item>
                          <Form.Item name={[f.name, 'scope']} style={{ marginBottom: 8, flex: '1 1 200px' }}>
                            <Select aria-label={t('rules.facts.scope')} placeholder={t('rules.facts.scope')} options={opt('rules.scope', SCOPES)} />
                          </Form.Item>
                          {removeBtn(() => remove(f.name))}
                        </Flex>
                      ))}
                      <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ year })}>
                        {t(key === 'initiatives' ? 'rules.check.addInitiative' : 'rules.check.addResearch')}
                      </Button>
                    </>
                  )}
                </Form.List>
              </div>
            ))}

            <Divider titlePlacement="start" plain>
              {t('rules.facts.discipline')}
            </Divider>
            <Form.List name="discipline">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Flex key={f.key} gap={8} align="start" wrap>
                      <Form.Item name={[f.name, 'level']} style={{ marginBottom: 8, flex: '1 1 160px' }}>
                        <Select aria-label={t('rules.facts.disciplineLevel')} placeholder={t('rules.facts.disciplineLevel')} options={opt('rules.discipline', DISCIPLINE_LEVELS)} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'from']} style={{ marginBottom: 8 }}>
                        <DatePicker aria-label={t('rules.facts.from')} placeholder={t('rules.facts.from')} format={DATE_FORMAT} style={{ width: 140 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'to']} style={{ marginBottom: 8 }}>
                        <DatePicker aria-label={t('rules.facts.to')} placeholder={t('rules.facts.to')} format={DATE_FORMAT} style={{ width: 140 }} />
                      </Form.Item>
                      {removeBtn(() => remove(f.name))}
                    </Flex>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                    {t('rules.check.addDiscipline')}
                  </Button>
                </>
              )}
            </Form.List>

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

            <Button type="primary" htmlType="submit" icon={<SafetyCertificateOutlined />} loading={check.isPending} block>
              {t('rules.check.run')}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        {check.isError ? (
          <Alert type="error" showIcon title={errorText(check.error)} />
        ) : result ? (
          <CheckResultView result={result} awardName={nameOf(result.award)} />
        ) : (
          <Card size="small">
            <EmptyState description={t('rules.check.emptyManual')} />
          </Card>
        )}
      </Col>
    </Row>
  );
}
