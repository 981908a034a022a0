import { Card, Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { CriterionIcon, EligibleTag } from './RuleTags';
import type { CaseFacts, CheckResult } from './types';

const RATING_COLOR: Record<string, string> = { HTXSNV: 'green', HTTNV: 'blue', HTNV: 'default', KHTNV: 'red' };

/** The verdict with every criterion: ✓ / ✗ / ?, the Vietnamese explanation and the citation. */
export function CheckResultView({ result, awardName }: { result: CheckResult; awardName?: string }) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="check-result">
      <Space wrap size={12} align="center" style={{ marginBottom: 12 }}>
        <EligibleTag eligible={result.eligible} large />
        <Typography.Text strong style={{ fontSize: 16 }}>
          {awardName ?? result.award}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('rules.ruleset')}: <Tag>{result.ruleset}</Tag>
        </Typography.Text>
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t(`rules.verdictHint.${result.eligible === true ? 'eligible' : result.eligible === false ? 'notEligible' : 'undecided'}`)}
      </Typography.Paragraph>
      <List
        size="small"
        bordered
        dataSource={result.criteria}
        locale={{ emptyText: t('rules.check.noCriteria') }}
        renderItem={(c) => (
          <List.Item data-testid={`criterion-${c.id}`} data-ok={String(c.ok)}>
            <Space align="start" size={10}>
              <span style={{ paddingTop: 2 }}>
                <CriterionIcon ok={c.ok} />
              </span>
              <div>
                <Typography.Text>{c.text}</Typography.Text>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {c.ref}
                  </Typography.Text>
                </div>
              </div>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** The facts the verdict was computed from, as read from the registry. */
export function FactsView({ facts, awardName }: { facts: CaseFacts; awardName: (code: string) => string }) {
  const { t } = useTranslation();
  const ratings = Object.entries(facts.ratings ?? {}).sort(([a], [b]) => Number(b) - Number(a));
  const unknown = <Typography.Text type="secondary">{t('rules.facts.unknown')}</Typography.Text>;
  const none = <Typography.Text type="secondary">{t('rules.facts.none')}</Typography.Text>;
  const listOr = <T,>(list: T[] | undefined, render: (x: T, i: number) => React.ReactNode) =>
    list === undefined ? unknown : list.length === 0 ? none : (
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>{list.map((x, i) => <li key={i}>{render(x, i)}</li>)}</ul>
    );
  const scope = (s: string) => t(`rules.scope.${s}`, { defaultValue: s });
  return (
    <Card size="small" title={t('rules.facts.title')} data-testid="facts" style={{ marginTop: 16 }}>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          {
            key: 'ratings',
            label: t('rules.facts.ratings'),
            children: ratings.length ? (
              <Table
                size="small"
                pagination={false}
                rowKey="year"
                dataSource={ratings.map(([year, rating]) => ({ year, rating }))}
                columns={[
                  { title: t('rules.year'), dataIndex: 'year', width: 80 },
                  {
                    title: t('rules.facts.rating'),
                    dataIndex: 'rating',
                    render: (r: string) => <Tag color={RATING_COLOR[r]}>{t(`rules.rating.${r}`, { defaultValue: r })}</Tag>,
                  },
                ]}
              />
            ) : facts.ratings ? none : unknown,
          },
          ...(facts.unitRating ? [{ key: 'unitRating', label: t('rules.facts.unitRating'), children: <Tag color={RATING_COLOR[facts.unitRating]}>{t(`rules.rating.${facts.unitRating}`, { defaultValue: facts.unitRating })}</Tag> }] : []),
          {
            key: 'awards',
            label: t('rules.facts.awards'),
            children: listOr([...(facts.awards ?? [])].sort((a, b) => b.year - a.year), (a) => (
              <Space wrap size={4}>
                <span>
                  {a.year}: {awardName(a.award)}
                </span>
                {a.type && a.type !== 'cong_trang' && <Tag>{t(`rules.awardType.${a.type}`, { defaultValue: a.type })}</Tag>}
                {a.decisionDate && <Typography.Text type="secondary">({formatDate(a.decisionDate)})</Typography.Text>}
              </Space>
            )),
          },
          {
            key: 'initiatives',
            label: t('rules.facts.initiatives'),
            children: listOr(facts.initiatives, (i) => (
              <span>
                {i.year}: {i.title ? `${i.title} — ` : ''}
                {scope(i.scope)}
                {i.usedFor ? ` (${t('rules.facts.usedFor', { award: awardName(i.usedFor.award), year: i.usedFor.year })})` : ''}
              </span>
            )),
          },
          {
            key: 'research',
            label: t('rules.facts.research'),
            children: listOr(facts.research, (i) => (
              <span>
                {i.year}: {i.title ? `${i.title} — ` : ''}
                {scope(i.scope)}
              </span>
            )),
          },
          {
            key: 'discipline',
            label: t('rules.facts.discipline'),
            children: listOr(facts.discipline, (d) => (
              <span>
                {t(`rules.discipline.${d.level}`, { defaultValue: d.level })}: {formatDate(d.from)} – {d.to ? formatDate(d.to) : t('rules.facts.open')}
              </span>
            )),
          },
          {
            key: 'pending',
            label: t('rules.facts.pending'),
            children: listOr(facts.pending, (p) => t(`rules.pending.${p}`, { defaultValue: p })),
          },
          ...(facts.members
            ? [
                {
                  key: 'members',
                  label: t('rules.facts.members'),
                  children: (
                    <Space wrap size={[12, 4]}>
                      {(['total', 'completedDuties', 'ldtt', 'cstdcs', 'disciplinedCanhCaoOrAbove'] as const)
                        .filter((k) => facts.members?.[k] != null)
                        .map((k) => (
                          <span key={k}>
                            {t(`rules.members.${k}`)}: <strong>{facts.members![k]}</strong>
                          </span>
                        ))}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
