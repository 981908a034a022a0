import { Card, Descriptions, Grid, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../app/format';
import { ConfidenceTag } from './RuleTags';
import type { BaseSalaryInfo, RulesetInfo } from './types';

/** The ruleset in force on a date and the base salary of that date, with their sources. */
export function RulesetCard({ ruleset, baseSalary, showNotes = true }: { ruleset: RulesetInfo; baseSalary?: BaseSalaryInfo; showNotes?: boolean }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="ruleset-card">
      <Descriptions
        size="small"
        layout={screens.md === false ? 'vertical' : 'horizontal'}
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          {
            key: 'ruleset',
            label: t('rules.ruleset'),
            span: { xs: 1, sm: 1, md: 2 },
            children: (
              <Space wrap size={6}>
                <Typography.Text strong>{ruleset.name}</Typography.Text>
                <Tag>{ruleset.id}</Tag>
                <ConfidenceTag confidence={ruleset.confidence} />
              </Space>
            ),
          },
          {
            key: 'effective',
            label: t('rules.effective'),
            children: ruleset.effectiveTo
              ? t('rules.effectiveRange', { from: formatDate(ruleset.effectiveFrom), to: formatDate(ruleset.effectiveTo) })
              : t('rules.effectiveFrom', { from: formatDate(ruleset.effectiveFrom) }),
          },
          ...(baseSalary
            ? [
                {
                  key: 'salary',
                  label: t('rules.baseSalary'),
                  children: (
                    <Space wrap size={6}>
                      <Typography.Text strong data-testid="base-salary">
                        {t('rules.vnd', { amount: formatNumber(baseSalary.amount) })}
                      </Typography.Text>
                      <Typography.Text type="secondary">
                        {t('rules.salaryFrom', { from: formatDate(baseSalary.from) })} · {baseSalary.ref}
                      </Typography.Text>
                      <ConfidenceTag confidence={baseSalary.confidence} />
                    </Space>
                  ),
                },
              ]
            : []),
          {
            key: 'instruments',
            label: t('rules.instruments'),
            span: { xs: 1, sm: 1, md: 2 },
            children: (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {ruleset.instruments.map((i) => (
                  <li key={i}>{i}</li>
                ))}
              </ul>
            ),
          },
          ...(showNotes && ruleset.notes.length
            ? [
                {
                  key: 'notes',
                  label: t('rules.notes'),
                  span: { xs: 1, sm: 1, md: 2 },
                  children: (
                    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                      {ruleset.notes.map((n) => (
                        <li key={n}>
                          <Typography.Text type="secondary">{n}</Typography.Text>
                        </li>
                      ))}
                    </ul>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
