import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../app/api';
import { usePermissions, useToday } from '../../app/auth';
import { useCodes } from '../../app/codes';
import { useErrorText } from '../../app/errors';
import { DATE_FORMAT, formatDate, formatNumber, fromApiDate, toApiDate } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/PageSpinner';
import { RULES_KEY, useCatalog, useRuleSettings } from './queries';
import { ConfidenceTag } from './RuleTags';
import type { Catalog, RuleParams, RuleSettings, SubjectCode } from '../../../shared/contract/rules';

const STREAK_OPTIONS: Record<string, string[]> = {
  endsAt: ['review_year', 'previous_year'],
  missingYear: ['breaks', 'skips_unrated'],
  higherTitleConsecutive: ['unbroken_base_chain', 'consecutive_years'],
  initiativeWindow: ['qualifying_period', 'review_year'],
  disciplineYear: ['after_end_year', 'from_end_year'],
};
const STREAK_DEFAULTS: Record<string, string> = {
  endsAt: 'review_year',
  missingYear: 'breaks',
  higherTitleConsecutive: 'unbroken_base_chain',
  initiativeWindow: 'qualifying_period',
  disciplineYear: 'after_end_year',
};
/** The last day of the NĐ 98 regime: its unconfirmed values are parameters too. */
const ND98_DATE = '2025-06-30';

interface CoefParam {
  key: string; // "GDVH.ho_gia_dinh"
  code: string;
  subject: SubjectCode;
  name: string;
  rulesets: string[];
  ref: string;
}
interface VoteParam {
  code: string;
  name: string;
  ref: string;
}

/** The UNCONFIRMED parameters the catalogues point at (docs/rules.md), plus those already set. */
function collectParams(catalogs: (Catalog | undefined)[], params: RuleParams) {
  const coefs = new Map<string, CoefParam>();
  const votes = new Map<string, VoteParam>();
  const names = new Map<string, string>();
  for (const c of catalogs) {
    if (!c) continue;
    for (const e of c.entries) {
      names.set(e.code, e.name);
      for (const [s, k] of Object.entries(e.coefficients)) {
        if (!k?.param?.startsWith('coefficients.')) continue;
        const key = `${e.code}.${s}`;
        const p = coefs.get(key) ?? { key, code: e.code, subject: s as SubjectCode, name: e.name, rulesets: [], ref: k.ref };
        if (!p.rulesets.includes(c.ruleset.id)) p.rulesets.push(c.ruleset.id);
        coefs.set(key, p);
      }
      if (e.vote.param?.startsWith('votes.') && !votes.has(e.code)) votes.set(e.code, { code: e.code, name: e.name, ref: e.vote.ref });
    }
  }
  for (const [code, bySubject] of Object.entries(params.coefficients ?? {})) {
    for (const s of Object.keys(bySubject ?? {})) {
      const key = `${code}.${s}`;
      if (!coefs.has(key)) coefs.set(key, { key, code, subject: s as SubjectCode, name: names.get(code) ?? code, rulesets: [], ref: '' });
    }
  }
  for (const code of Object.keys(params.votes ?? {})) {
    if (!votes.has(code)) votes.set(code, { code, name: names.get(code) ?? code, ref: '' });
  }
  return { coefs: [...coefs.values()], votes: [...votes.values()] };
}

interface FormValues {
  baseSalaries: { from?: Dayjs | null; amount?: number | null; ref?: string }[];
  rounding: 'ceil_10000' | 'none';
  householdRounding: 'after_factor' | 'before_factor';
  householdFactor?: number | null;
  coef: Record<string, Record<string, number | null | undefined>>;
  votes: Record<string, { mode: 'unset' | 'none' | 'share'; percent?: number | null }>;
  ttldttShare?: number | null;
  streak: Record<string, string>;
  resetAfterHigherAward: boolean;
  initiativeReuseAcrossTitles: boolean;
  authority: { level?: string; awards?: string[]; decider?: string; ref?: string }[];
  unregisteredNominee: 'warning' | 'block' | 'off';
  reminderDaysBefore?: number | null;
}

const toTenths = (v: number | null | undefined) => (v == null ? undefined : Math.round(v * 10));
const fromTenths = (v: number | null | undefined) => (v == null ? undefined : v / 10);

function toForm(p: RuleParams): FormValues {
  const coef: FormValues['coef'] = {};
  for (const [code, bySubject] of Object.entries(p.coefficients ?? {})) {
    coef[code] = Object.fromEntries(Object.entries(bySubject ?? {}).map(([s, v]) => [s, fromTenths(v)]));
  }
  const votes: FormValues['votes'] = {};
  for (const [code, v] of Object.entries(p.votes ?? {})) {
    votes[code] = v === null ? { mode: 'none' } : { mode: 'share', percent: Math.round((v.num / v.den) * 1000) / 10 };
  }
  const ttl = p.criteria?.ttldttLdttShare;
  return {
    baseSalaries: (p.baseSalaries ?? []).map((r) => ({ from: fromApiDate(r.from), amount: r.amount, ref: r.ref })),
    rounding: p.money?.rounding ?? 'ceil_10000',
    householdRounding: p.money?.householdRounding ?? 'after_factor',
    householdFactor: fromTenths(p.money?.householdFactor),
    coef,
    votes,
    ttldttShare: ttl ? Math.round((ttl.num / ttl.den) * 1000) / 10 : undefined,
    streak: Object.fromEntries(Object.keys(STREAK_OPTIONS).map((k) => [k, String(p.streak?.[k] ?? STREAK_DEFAULTS[k])])),
    resetAfterHigherAward: p.streak?.resetAfterHigherAward !== false,
    initiativeReuseAcrossTitles: p.initiativeReuseAcrossTitles !== false,
    authority: (p.authority ?? []).map((a) => ({ ...a })),
    unregisteredNominee: p.planning?.unregisteredNominee ?? 'warning',
    reminderDaysBefore: p.planning?.reminderDaysBefore,
  };
}

/** Percent with one decimal → a ratio of integers (80 → 80/100, 66,7 → 667/1000). */
function ratioOf(percent: number): { num: number; den: number } {
  return Number.isInteger(percent) ? { num: percent, den: 100 } : { num: Math.round(percent * 10), den: 1000 };
}

function fromForm(v: FormValues, before: RuleParams): RuleParams {
  const out: RuleParams = { ...before };
  const salaries = (v.baseSalaries ?? [])
    .filter((r) => r.from && r.amount)
    .map((r) => ({ from: toApiDate(r.from)!, amount: r.amount!, ...(r.ref?.trim() ? { ref: r.ref.trim() } : {}) }))
    .sort((a, b) => a.from.localeCompare(b.from));
  if (salaries.length) out.baseSalaries = salaries;
  else delete out.baseSalaries;

  const money: NonNullable<RuleParams['money']> = { ...(before.money ?? {}) };
  if (v.rounding === 'none') money.rounding = 'none';
  else delete money.rounding;
  if (v.householdRounding === 'before_factor') money.householdRounding = 'before_factor';
  else delete money.householdRounding;
  const hf = toTenths(v.householdFactor);
  if (hf !== undefined) money.householdFactor = hf;
  else delete money.householdFactor;
  if (Object.keys(money).length) out.money = money;
  else delete out.money;

  const coefficients: NonNullable<RuleParams['coefficients']> = {};
  for (const [code, bySubject] of Object.entries(v.coef ?? {})) {
    const entries = Object.entries(bySubject ?? {}).filter(([, x]) => x != null).map(([s, x]) => [s, toTenths(x)!]);
    if (entries.length) coefficients[code] = Object.fromEntries(entries);
  }
  if (Object.keys(coefficients).length) out.coefficients = coefficients;
  else delete out.coefficients;

  const votes: NonNullable<RuleParams['votes']> = {};
  for (const [code, x] of Object.entries(v.votes ?? {})) {
    if (x?.mode === 'none') votes[code] = null;
    else if (x?.mode === 'share' && x.percent != null) votes[code] = ratioOf(x.percent);
  }
  if (Object.keys(votes).length) out.votes = votes;
  else delete out.votes;

  if (v.ttldttShare != null) out.criteria = { ...(before.criteria ?? {}), ttldttLdttShare: ratioOf(v.ttldttShare) };
  else if (out.criteria) {
    const rest = { ...out.criteria };
    delete rest.ttldttLdttShare;
    if (Object.keys(rest).length) out.criteria = rest;
    else delete out.criteria;
  }

  const streak: Record<string, string | boolean> = {};
  for (const [k, x] of Object.entries(v.streak ?? {})) if (x && x !== STREAK_DEFAULTS[k]) streak[k] = x;
  if (!v.resetAfterHigherAward) streak.resetAfterHigherAward = false;
  if (Object.keys(streak).length) out.streak = streak;
  else delete out.streak;

  if (!v.initiativeReuseAcrossTitles) out.initiativeReuseAcrossTitles = false;
  else delete out.initiativeReuseAcrossTitles;

  const planning: NonNullable<RuleParams['planning']> = {};
  if (v.unregisteredNominee && v.unregisteredNominee !== 'warning') planning.unregisteredNominee = v.unregisteredNominee;
  if (v.reminderDaysBefore != null) planning.reminderDaysBefore = v.reminderDaysBefore;
  if (Object.keys(planning).length) out.planning = planning;
  else delete out.planning;

  const authority = (v.authority ?? [])
    .filter((a) => a.level && a.awards?.length && a.decider?.trim())
    .map((a) => ({ level: a.level!, awards: a.awards!, decider: a.decider!.trim(), ...(a.ref?.trim() ? { ref: a.ref.trim() } : {}) }));
  if (authority.length) out.authority = authority;
  else delete out.authority;
  return out;
}

function Section({ title, hint, children, testId }: { title: string; hint?: string; children: React.ReactNode; testId?: string }) {
  return (
    <Card size="small" title={title} style={{ marginBottom: 16 }} data-testid={testId}>
      {hint && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {hint}
        </Typography.Paragraph>
      )}
      {children}
    </Card>
  );
}

export default function RuleSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { options: codeOptions } = useCodes();
  const errorText = useErrorText();
  const perms = usePermissions();
  const qc = useQueryClient();
  useDocumentTitle(t('ruleSettings.title'));
  const settings = useRuleSettings();
  const today = useCatalog(useToday());
  const nd98 = useCatalog(ND98_DATE);
  const [form] = Form.useForm<FormValues>();
  const [conflict, setConflict] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const readOnly = !perms.canEditRuleSettings;

  const params = settings.data?.params;
  const found = useMemo(() => collectParams([today.data, nd98.data], params ?? {}), [today.data, nd98.data, params]);
  const awardOptions = useMemo(
    () => (today.data?.entries ?? []).map((e) => ({ value: e.code, label: e.name })),
    [today.data],
  );

  useEffect(() => {
    if (settings.data) form.setFieldsValue(toForm(settings.data.params));
  }, [settings.data, form]);

  const save = useMutation({
    mutationFn: (v: FormValues) =>
      api.put<RuleSettings>('/rules/settings', { params: fromForm(v, settings.data?.params ?? {}), version: settings.data?.version ?? 0 }),
    onMutate: () => {
      setError(null);
      setConflict(false);
    },
    onSuccess: (res) => {
      qc.setQueryData([...RULES_KEY, 'settings'], res);
      void qc.invalidateQueries({ queryKey: RULES_KEY });
      message.success(t('ruleSettings.saved'));
    },
    onError: (e) => {
      if (isApiError(e) && e.status === 409) setConflict(true);
      else setError(errorText(e));
    },
  });

  const reload = async () => {
    setConflict(false);
    setError(null);
    const res = await settings.refetch();
    if (res.data) form.setFieldsValue(toForm(res.data.params));
  };

  if (settings.isError) return <ErrorState error={settings.error} onRetry={() => settings.refetch()} />;
  if (!settings.data) return <PageSpinner />;

  const percent = (props: { placeholder?: string; disabled?: boolean; 'aria-label'?: string }) => (
    <InputNumber min={0} max={100} step={1} precision={1} decimalSeparator="," suffix="%" style={{ width: 130 }} {...props} />
  );

  return (
    <>
      <PageHeader
        title={t('ruleSettings.title')}
        subTitle={t('ruleSettings.subtitle')}
        tags={<Tag>{t('ruleSettings.version', { version: settings.data.version })}</Tag>}
        extra={
          !readOnly && (
            <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} onClick={() => form.submit()}>
              {t('common.save')}
            </Button>
          )
        }
      />
      {readOnly && <Alert type="info" showIcon title={t('ruleSettings.readOnly')} style={{ marginBottom: 16 }} />}
      {conflict && (
        <Alert
          type="warning"
          showIcon
          data-testid="settings-conflict"
          title={t('ruleSettings.conflict')}
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={() => void reload()}>
              {t('ruleSettings.reload')}
            </Button>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<FormValues> form={form} layout="vertical" disabled={readOnly} onFinish={(v) => save.mutate(v)} initialValues={toForm(settings.data.params)}>
        <Section title={t('ruleSettings.baseSalary.title')} hint={t('ruleSettings.baseSalary.hint')} testId="base-salaries">
          {today.data && (
            <Typography.Paragraph>
              {t('ruleSettings.baseSalary.current', {
                amount: formatNumber(today.data.baseSalary.amount),
                from: formatDate(today.data.baseSalary.from),
                ref: today.data.baseSalary.ref,
              })}{' '}
              <ConfidenceTag confidence={today.data.baseSalary.confidence} showConfirmed />
            </Typography.Paragraph>
          )}
          <Form.List name="baseSalaries">
            {(fields, { add, remove }) => (
              <>
                <Table
                  size="small"
                  pagination={false}
                  rowKey="key"
                  dataSource={fields}
                  scroll={{ x: 'max-content' }}
                  locale={{ emptyText: t('ruleSettings.baseSalary.empty') }}
                  columns={[
                    {
                      title: t('ruleSettings.baseSalary.from'),
                      width: 170,
                      render: (_, f) => (
                        <Form.Item name={[f.name, 'from']} rules={[{ required: true, message: t('validation.required') }]} style={{ margin: 0 }}>
                          <DatePicker format={DATE_FORMAT} aria-label={t('ruleSettings.baseSalary.from')} style={{ width: 150 }} />
                        </Form.Item>
                      ),
                    },
                    {
                      title: t('ruleSettings.baseSalary.amount'),
                      width: 190,
                      render: (_, f) => (
                        <Form.Item name={[f.name, 'amount']} rules={[{ required: true, message: t('validation.required') }]} style={{ margin: 0 }}>
                          <InputNumber<number>
                            aria-label={t('ruleSettings.baseSalary.amount')}
                            min={1}
                            precision={0}
                            step={10000}
                            style={{ width: 170 }}
                            formatter={(x) => (x == null || String(x) === '' ? '' : formatNumber(Number(x)))}
                            parser={(x) => Number((x ?? '').replace(/[^\d]/g, ''))}
                          />
                        </Form.Item>
                      ),
                    },
                    {
                      title: t('ruleSettings.baseSalary.ref'),
                      render: (_, f) => (
                        <Form.Item name={[f.name, 'ref']} style={{ margin: 0 }}>
                          <Input aria-label={t('ruleSettings.baseSalary.ref')} placeholder={t('ruleSettings.baseSalary.refPlaceholder')} style={{ minWidth: 220 }} />
                        </Form.Item>
                      ),
                    },
                    {
                      title: '',
                      width: 48,
                      render: (_, f) =>
                        !readOnly && (
                          <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.remove')} onClick={() => remove(f.name)} />
                        ),
                    },
                  ]}
                />
                {!readOnly && (
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ marginTop: 8 }}>
                    {t('ruleSettings.baseSalary.add')}
                  </Button>
                )}
              </>
            )}
          </Form.List>
        </Section>

        <Section title={t('ruleSettings.money.title')}>
          <Form.Item name="rounding" label={t('ruleSettings.money.rounding')} extra={t('ruleSettings.money.roundingHint')}>
            <Radio.Group
              options={[
                { value: 'ceil_10000', label: t('rules.rounding.ceil_10000') },
                { value: 'none', label: t('rules.rounding.none') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="householdRounding"
            label={
              <Space size={6}>
                {t('ruleSettings.money.householdRounding')}
                <ConfidenceTag confidence="partial" />
              </Space>
            }
            extra={t('ruleSettings.money.householdRoundingHint')}
          >
            <Radio.Group
              options={[
                { value: 'after_factor', label: t('ruleSettings.money.after_factor') },
                { value: 'before_factor', label: t('ruleSettings.money.before_factor') },
              ]}
            />
          </Form.Item>
        </Section>

        <Section title={t('ruleSettings.votes.title')} hint={t('ruleSettings.votes.hint')} testId="votes">
          <Table
            size="small"
            pagination={false}
            rowKey="code"
            dataSource={found.votes}
            scroll={{ x: 'max-content' }}
            columns={[
              {
                title: t('rules.award'),
                render: (_, v: VoteParam) => (
                  <div>
                    <div>{v.name}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      votes.{v.code}
                    </Typography.Text>
                  </div>
                ),
              },
              {
                title: t('ruleSettings.votes.mode'),
                width: 220,
                render: (_, v: VoteParam) => (
                  <Form.Item name={['votes', v.code, 'mode']} style={{ margin: 0 }}>
                    <Select
                      aria-label={t('ruleSettings.votes.mode')}
                      placeholder={t('ruleSettings.votes.unset')}
                      style={{ width: 200 }}
                      options={(['unset', 'none', 'share'] as const).map((m) => ({ value: m, label: t(`ruleSettings.votes.${m}`) }))}
                    />
                  </Form.Item>
                ),
              },
              {
                title: t('ruleSettings.votes.share'),
                width: 150,
                render: (_, v: VoteParam) => (
                  <Form.Item noStyle dependencies={[['votes', v.code, 'mode']]}>
                    {({ getFieldValue }) => (
                      <Form.Item
                        name={['votes', v.code, 'percent']}
                        style={{ margin: 0 }}
                        rules={getFieldValue(['votes', v.code, 'mode']) === 'share' ? [{ required: true, message: t('validation.required') }] : []}
                      >
                        {percent({ disabled: readOnly || getFieldValue(['votes', v.code, 'mode']) !== 'share', 'aria-label': t('ruleSettings.votes.share') })}
                      </Form.Item>
                    )}
                  </Form.Item>
                ),
              },
              { title: t('rules.citations'), dataIndex: 'ref', responsive: ['lg'], render: (r: string) => <Typography.Text type="secondary">{r}</Typography.Text> },
            ]}
          />
        </Section>

        <Section title={t('ruleSettings.coefficients.title')} hint={t('ruleSettings.coefficients.hint')} testId="coefficients">
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={found.coefs}
            scroll={{ x: 'max-content', y: 420 }}
            columns={[
              {
                title: t('rules.award'),
                render: (_, c: CoefParam) => (
                  <div>
                    <div>{c.name}</div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      coefficients.{c.key}
                    </Typography.Text>
                  </div>
                ),
              },
              { title: t('rules.subjectLabel'), width: 120, render: (_, c: CoefParam) => t(`rules.subject.${c.subject}`) },
              {
                title: t('ruleSettings.coefficients.rulesets'),
                width: 170,
                responsive: ['md'],
                render: (_, c: CoefParam) => c.rulesets.map((r) => <Tag key={r}>{r}</Tag>),
              },
              {
                title: t('rules.coefficient'),
                width: 130,
                render: (_, c: CoefParam) => (
                  <Form.Item name={['coef', c.code, c.subject]} style={{ margin: 0 }}>
                    <InputNumber
                      aria-label={`${t('rules.coefficient')} ${c.key}`}
                      min={0}
                      max={100}
                      step={0.1}
                      precision={1}
                      decimalSeparator=","
                      placeholder={t('rules.confidence.unconfirmed')}
                      style={{ width: 110 }}
                    />
                  </Form.Item>
                ),
              },
            ]}
          />
          <Form.Item
            name="householdFactor"
            label={t('ruleSettings.money.householdFactor')}
            extra={t('ruleSettings.money.householdFactorHint')}
            style={{ marginTop: 16, marginBottom: 0 }}
          >
            <InputNumber min={0} max={10} step={0.1} precision={1} decimalSeparator="," placeholder={t('rules.confidence.unconfirmed')} style={{ width: 130 }} />
          </Form.Item>
        </Section>

        <Section title={t('ruleSettings.criteria.title')} hint={t('ruleSettings.criteria.hint')}>
          <Row gutter={[24, 0]}>
            <Col xs={24} md={12}>
              <Form.Item
                name="ttldttShare"
                label={
                  <Space size={6}>
                    {t('ruleSettings.criteria.ttldttShare')}
                    <ConfidenceTag confidence="partial" />
                  </Space>
                }
                extra={t('ruleSettings.criteria.ttldttShareHint')}
              >
                {percent({ placeholder: '70' })}
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="initiativeReuseAcrossTitles"
                valuePropName="checked"
                label={
                  <Space size={6}>
                    {t('ruleSettings.criteria.initiativeReuse')}
                    <ConfidenceTag confidence="partial" />
                  </Space>
                }
                extra={t('ruleSettings.criteria.initiativeReuseHint')}
              >
                <Switch />
              </Form.Item>
            </Col>
            {Object.entries(STREAK_OPTIONS).map(([k, opts]) => (
              <Col xs={24} md={12} key={k}>
                <Form.Item
                  name={['streak', k]}
                  label={
                    <Space size={6}>
                      {t(`ruleSettings.streak.${k}.label`)}
                      <ConfidenceTag confidence="partial" />
                    </Space>
                  }
                  extra={t(`ruleSettings.streak.${k}.hint`)}
                >
                  <Select options={opts.map((o) => ({ value: o, label: t(`ruleSettings.streak.${k}.${o}`) }))} />
                </Form.Item>
              </Col>
            ))}
            <Col xs={24} md={12}>
              <Form.Item
                name="resetAfterHigherAward"
                valuePropName="checked"
                label={
                  <Space size={6}>
                    {t('ruleSettings.streak.resetAfterHigherAward.label')}
                    <ConfidenceTag confidence="partial" />
                  </Space>
                }
                extra={t('ruleSettings.streak.resetAfterHigherAward.hint')}
              >
                <Switch />
              </Form.Item>
            </Col>
          </Row>
        </Section>

        <Section title={t('ruleSettings.planning.title')} hint={t('ruleSettings.planning.hint')}>
          <Row gutter={[24, 0]}>
            <Col xs={24} md={12}>
              <Form.Item name="unregisteredNominee" label={t('ruleSettings.planning.unregistered')} extra={t('ruleSettings.planning.unregisteredHint')}>
                <Select
                  options={[
                    { value: 'warning', label: t('ruleSettings.planning.warning') },
                    { value: 'block', label: t('ruleSettings.planning.block') },
                    { value: 'off', label: t('ruleSettings.planning.off') },
                  ]}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="reminderDaysBefore" label={t('ruleSettings.planning.reminderDays')} extra={t('ruleSettings.planning.reminderDaysHint')}>
                <InputNumber min={0} max={90} precision={0} placeholder="7" style={{ width: 130 }} />
              </Form.Item>
            </Col>
          </Row>
        </Section>

        <Section title={t('ruleSettings.authority.title')} hint={t('ruleSettings.authority.hint')}>
          <Form.List name="authority">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Row key={f.key} gutter={8} align="top">
                    <Col xs={24} sm={5}>
                      <Form.Item name={[f.name, 'level']} rules={[{ required: true, message: t('validation.required') }]}>
                        <Select aria-label={t('rules.levelLabel')} placeholder={t('rules.levelLabel')} options={codeOptions('level')} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={7}>
                      <Form.Item name={[f.name, 'awards']} rules={[{ required: true, message: t('validation.required') }]}>
                        <Select mode="multiple" aria-label={t('rules.award')} placeholder={t('rules.award')} options={awardOptions} optionFilterProp="label" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={6}>
                      <Form.Item name={[f.name, 'decider']} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
                        <Input aria-label={t('ruleSettings.authority.decider')} placeholder={t('ruleSettings.authority.decider')} />
                      </Form.Item>
                    </Col>
                    <Col xs={20} sm={5}>
                      <Form.Item name={[f.name, 'ref']}>
                        <Input aria-label={t('ruleSettings.baseSalary.ref')} placeholder={t('ruleSettings.baseSalary.ref')} />
                      </Form.Item>
                    </Col>
                    <Col xs={4} sm={1}>
                      {!readOnly && <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.remove')} onClick={() => remove(f.name)} />}
                    </Col>
                  </Row>
                ))}
                {!readOnly && (
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ awards: ['XA_TB'] })}>
                    {t('ruleSettings.authority.add')}
                  </Button>
                )}
              </>
            )}
          </Form.List>
        </Section>
        {!readOnly && (
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={save.isPending}>
            {t('common.save')}
          </Button>
        )}
      </Form>
    </>
  );
}
