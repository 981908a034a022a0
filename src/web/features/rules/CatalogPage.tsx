import { useMemo } from 'react';
import { Button, Card, DatePicker, Input, Select, Space, Table, Tabs, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { CalculatorOutlined, ClearOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCodes } from '../../app/codes';
import { formatNumber, fromApiDate, toApiDate, DATE_FORMAT } from '../../app/format';
import { fold } from '../../app/text';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { FilterBar } from '../../components/FilterBar';
import { PageHeader } from '../../components/PageHeader';
import { catalogAmount, type Rounding } from './money';
import { useCatalog, useRuleSettings } from './queries';
import { ConfidenceTag, Refs } from './RuleTags';
import { RulesetCard } from './RulesetCard';
import type { AwardKind, CatalogEntry, SubjectCode } from './types';
import { useToday } from '../../app/auth';

const SUBJECTS: SubjectCode[] = ['ca_nhan', 'tap_the', 'ho_gia_dinh'];

function EntryDetail({ entry }: { entry: CatalogEntry }) {
  const { t } = useTranslation();
  const { label } = useCodes();
  return (
    <div className="rule-detail" data-testid={`entry-detail-${entry.code}`}>
      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('rules.dossier')}
        </Typography.Title>
        {entry.dossier.length ? (
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {entry.dossier.map((d) => (
              <li key={d.id} style={{ marginBottom: 4 }}>
                <Space wrap size={6}>
                  <span>{d.name}</span>
                  {d.template && <Tag>{d.template}</Tag>}
                  {d.subjects && d.subjects.length < 3 && (
                    <Typography.Text type="secondary">({d.subjects.map((s) => t(`rules.subject.${s}`)).join(', ')})</Typography.Text>
                  )}
                  <ConfidenceTag confidence={d.confidence} />
                </Space>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {d.ref}
                  </Typography.Text>
                </div>
              </li>
            ))}
          </ol>
        ) : (
          <Typography.Text type="secondary">{t('rules.noDossier')}</Typography.Text>
        )}
      </div>
      <div>
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('rules.authority')}
        </Typography.Title>
        {entry.deciders.length ? (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {entry.deciders.map((d) => (
              <li key={`${d.level}-${d.decider}`} style={{ marginBottom: 4 }}>
                <Space wrap size={6}>
                  <Tag>{label('level', d.level)}</Tag>
                  <span>{d.decider}</span>
                  <ConfidenceTag confidence={d.confidence} />
                </Space>
                <div>
                  <Refs refs={d.refs} />
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <Space wrap size={6}>
            <Typography.Text type="secondary">{t('rules.noDecider')}</Typography.Text>
            <ConfidenceTag confidence="unconfirmed" />
          </Space>
        )}
        <Typography.Title level={5}>{t('rules.citations')}</Typography.Title>
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {entry.citations.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        {entry.items.length > 0 && (
          <>
            <Typography.Title level={5}>{t('rules.items')}</Typography.Title>
            <Typography.Text>{entry.items.join(', ')}</Typography.Text>
          </>
        )}
        {entry.notes && entry.notes.length > 0 && (
          <>
            <Typography.Title level={5}>{t('rules.notes')}</Typography.Title>
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {entry.notes.map((n) => (
                <li key={n}>
                  <Typography.Text type="secondary">{n}</Typography.Text>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

export default function CatalogPage() {
  const { t } = useTranslation();
  const { label, options } = useCodes();
  const url = useUrlState();
  useDocumentTitle(t('rules.catalog.title'));

  const today = useToday();
  const date = url.get('date') ?? today;
  const kind: AwardKind = url.get('kind') === 'hinh_thuc' ? 'hinh_thuc' : 'danh_hieu';
  const subject = url.get('subject') as SubjectCode | undefined;
  const level = url.get('level');
  const q = url.get('q') ?? '';
  const filtersOn = !!(subject || level || q);
  const catalog = useCatalog(date);
  const settings = useRuleSettings();
  const rounding: Rounding = settings.data?.params.money?.rounding ?? 'ceil_10000';
  const salary = catalog.data?.baseSalary.amount ?? 0;

  const filtered = useMemo(() => {
    const needle = fold(q.trim());
    return (catalog.data?.entries ?? []).filter(
      (e) =>
        (!subject || e.subjects.includes(subject)) &&
        (!level || e.deciders.some((d) => d.level === level)) &&
        (!needle || fold(`${e.name} ${e.code}`).includes(needle)),
    );
  }, [catalog.data, subject, level, q]);
  const byKind = (k: AwardKind) => filtered.filter((e) => e.kind === k);

  const columns: TableProps<CatalogEntry>['columns'] = [
    {
      title: t('rules.award'),
      key: 'name',
      width: 250,
      render: (_, e) => (
        <div>
          <Typography.Text strong>{e.name}</Typography.Text>
          <div>
            <Space wrap size={4}>
              <Typography.Text type="secondary" code>
                {e.code}
              </Typography.Text>
              {e.armedForces && <Tag>{t('rules.armedForces')}</Tag>}
              {e.tenant && <Tag color="blue">{t('rules.confidence.tenant')}</Tag>}
              {e.awardTypes.map((a) => (
                <Tag key={a} bordered={false}>
                  {t(`rules.awardType.${a}`, { defaultValue: a })}
                </Tag>
              ))}
            </Space>
          </div>
        </div>
      ),
    },
    {
      title: t('rules.coefficientAndMoney'),
      key: 'money',
      width: 270,
      render: (_, e) => (
        <Space orientation="vertical" size={4}>
          {SUBJECTS.filter((s) => e.coefficients[s]).map((s) => {
            const c = e.coefficients[s]!;
            const amount = catalogAmount(c, e.coefficients[c.derived?.fromSubject ?? 'ca_nhan'], salary, rounding);
            const coef = c.text ?? (c.derived ? t('rules.derived', { factor: c.derived.factorText, subject: t(`rules.subject.${c.derived.fromSubject}`) }) : '—');
            return (
              <div key={s} data-testid={`money-${e.code}-${s}`}>
                <Space wrap size={6}>
                  <Typography.Text type="secondary">{t(`rules.subject.${s}`)}:</Typography.Text>
                  <Tooltip title={c.ref}>
                    <Typography.Text>{coef}</Typography.Text>
                  </Tooltip>
                  {amount != null && <Typography.Text strong>→ {t('rules.vnd', { amount: formatNumber(amount) })}</Typography.Text>}
                  {c.upTo && <Typography.Text type="secondary">{t('rules.perDecision')}</Typography.Text>}
                  <ConfidenceTag confidence={c.confidence} />
                  <Tooltip title={t('rules.money.open')}>
                    <Link to={`/rules/money?award=${e.code}&subject=${s}&date=${date}`} aria-label={t('rules.money.open')}>
                      <CalculatorOutlined />
                    </Link>
                  </Tooltip>
                </Space>
              </div>
            );
          })}
        </Space>
      ),
    },
    {
      title: t('rules.authority'),
      key: 'authority',
      width: 250,
      responsive: ['md'],
      render: (_, e) =>
        e.deciders.length ? (
          <Space orientation="vertical" size={2}>
            {e.deciders.map((d) => (
              <Tooltip key={`${d.level}-${d.decider}`} title={d.refs.join('; ')}>
                <Typography.Text>
                  <Typography.Text type="secondary">{label('level', d.level)}:</Typography.Text> {d.decider}{' '}
                  <ConfidenceTag confidence={d.confidence} />
                </Typography.Text>
              </Tooltip>
            ))}
          </Space>
        ) : (
          <ConfidenceTag confidence="unconfirmed" />
        ),
    },
    {
      title: t('rules.vote'),
      key: 'vote',
      width: 150,
      render: (_, e) => {
        const v = e.vote;
        const text = !v.required
          ? t('rules.voteNone')
          : v.num != null && v.den != null
            ? t('rules.voteThreshold', { threshold: v.threshold ?? `${v.num}/${v.den}` })
            : t('rules.voteRequired');
        return (
          <Tooltip title={v.ref}>
            <Space wrap size={4}>
              <Typography.Text>{text}</Typography.Text>
              <ConfidenceTag confidence={v.confidence} />
            </Space>
          </Tooltip>
        );
      },
    },
  ];

  const table = (k: AwardKind) => (
    <Table<CatalogEntry>
      rowKey="code"
      size="middle"
      columns={columns}
      dataSource={byKind(k)}
      loading={catalog.isFetching}
      pagination={false}
      scroll={{ x: 'max-content' }}
      expandable={{ expandedRowRender: (e) => <EntryDetail entry={e} />, expandRowByClick: false }}
      locale={{ emptyText: catalog.isPending ? ' ' : <EmptyState description={filtersOn ? t('common.noMatch') : t('rules.catalog.empty')} /> }}
    />
  );

  return (
    <>
      <PageHeader
        title={t('rules.catalog.title')}
        subTitle={t('rules.catalog.subtitle')}
        extra={
          <Space wrap>
            <Typography.Text>{t('rules.atDate')}</Typography.Text>
            <DatePicker
              aria-label={t('rules.atDate')}
              format={DATE_FORMAT}
              allowClear={false}
              value={fromApiDate(date)}
              onChange={(d) => url.update({ date: toApiDate(d) })}
            />
          </Space>
        }
      />
      {catalog.isError && !catalog.data ? (
        <ErrorState error={catalog.error} onRetry={() => catalog.refetch()} />
      ) : (
        <>
          {catalog.data && <RulesetCard ruleset={catalog.data.ruleset} baseSalary={catalog.data.baseSalary} />}
          <Card size="small">
            <FilterBar
              extra={
                filtersOn && (
                  <Button icon={<ClearOutlined />} onClick={() => url.update({ subject: undefined, level: undefined, q: undefined })}>
                    {t('common.clearFilters')}
                  </Button>
                )
              }
            >
              <Input.Search
                allowClear
                aria-label={t('rules.catalog.search')}
                placeholder={t('rules.catalog.search')}
                defaultValue={q}
                key={q}
                onSearch={(v) => url.update({ q: v.trim() })}
                style={{ width: 260 }}
              />
              <Select
                allowClear
                aria-label={t('rules.subjectLabel')}
                placeholder={t('rules.subjectLabel')}
                style={{ width: 170 }}
                value={subject}
                options={SUBJECTS.map((s) => ({ value: s, label: t(`rules.subject.${s}`) }))}
                onChange={(v) => url.update({ subject: v })}
              />
              <Select
                allowClear
                aria-label={t('rules.levelLabel')}
                placeholder={t('rules.levelLabel')}
                style={{ width: 200 }}
                value={level}
                options={options('level')}
                onChange={(v) => url.update({ level: v })}
              />
            </FilterBar>
            <Tabs
              activeKey={kind}
              onChange={(k) => url.update({ kind: k === 'danh_hieu' ? undefined : k })}
              items={(['danh_hieu', 'hinh_thuc'] as const).map((k) => ({
                key: k,
                label: `${t(`rules.kind.${k}`)} (${byKind(k).length})`,
                children: table(k),
              }))}
            />
          </Card>
        </>
      )}
    </>
  );
}
