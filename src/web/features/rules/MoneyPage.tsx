import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, DatePicker, Descriptions, Form, InputNumber, Row, Select, Space, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { usePermissions, useToday } from '../../app/auth';
import { useErrorText } from '../../app/errors';
import { DATE_FORMAT, formatDate, formatNumber, fromApiDate, toApiDate } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { AwardSelect } from './AwardSelect';
import { useCatalog } from './queries';
import { ConfidenceTag, Refs } from './RuleTags';
import type { MoneyResult, SubjectCode } from './types';

export default function MoneyPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const perms = usePermissions();
  const url = useUrlState();
  useDocumentTitle(t('rules.money.title'));

  const today = useToday();
  const date = url.get('date') ?? today;
  const award = url.get('award');
  const catalog = useCatalog(date);
  const entry = catalog.data?.entries.find((e) => e.code === award);
  const subjects = entry?.subjects ?? [];
  const wanted = url.get('subject') as SubjectCode | undefined;
  const subject = wanted && subjects.includes(wanted) ? wanted : subjects.length === 1 ? subjects[0] : undefined;
  const upTo = entry && subject ? entry.coefficients[subject]?.upTo : false;
  const coef = url.get('coef') ? Number(url.get('coef')) : undefined;

  const params = { award, subject, date, coefficientTenths: upTo ? coef : undefined };
  const money = useQuery({
    queryKey: ['rules', 'money', params],
    queryFn: () => api.get<MoneyResult>('/rules/money', params),
    enabled: !!award && !!subject && !!entry,
    placeholderData: (prev) => prev,
  });
  const r = money.data;

  return (
    <>
      <PageHeader title={t('rules.money.title')} subTitle={t('rules.money.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9}>
          <Card size="small" title={t('rules.money.input')}>
            <Form layout="vertical">
              <Form.Item label={t('rules.decisionDate')} htmlFor="money-date" extra={t('rules.money.dateHint')}>
                <DatePicker
                  id="money-date"
                  format={DATE_FORMAT}
                  allowClear={false}
                  value={fromApiDate(date)}
                  onChange={(d) => url.update({ date: toApiDate(d) })}
                  style={{ width: '100%' }}
                />
              </Form.Item>
              <Form.Item label={t('rules.award')} htmlFor="money-award">
                <AwardSelect
                  id="money-award"
                  entries={catalog.data?.entries}
                  loading={catalog.isFetching}
                  value={award}
                  onChange={(v) => url.update({ award: v, subject: undefined, coef: undefined })}
                  style={{ width: '100%' }}
                />
              </Form.Item>
              <Form.Item label={t('rules.subjectLabel')} htmlFor="money-subject">
                <Select
                  id="money-subject"
                  placeholder={t('common.choose')}
                  disabled={!entry}
                  value={subject}
                  options={subjects.map((s) => ({ value: s, label: t(`rules.subject.${s}`) }))}
                  onChange={(v) => url.update({ subject: v })}
                />
              </Form.Item>
              {upTo && (
                <Form.Item label={t('rules.money.coefficientTenths')} htmlFor="money-coef" extra={t('rules.money.coefficientTenthsHint', { max: entry?.coefficients[subject!]?.text })}>
                  <InputNumber
                    id="money-coef"
                    min={0}
                    max={entry?.coefficients[subject!]?.tenths ?? 1000}
                    precision={0}
                    value={coef}
                    onChange={(v) => url.update({ coef: v ?? undefined })}
                    style={{ width: '100%' }}
                  />
                </Form.Item>
              )}
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={15}>
          <Card size="small" title={t('rules.money.result')} loading={money.isPending && money.isFetching}>
            {money.isError ? (
              <Alert type="error" showIcon title={errorText(money.error)} />
            ) : !r || !award || !subject ? (
              <EmptyState description={t('rules.money.empty')} />
            ) : (
              <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="money-result">
                {r.amount != null ? (
                  <>
                    <Statistic
                      title={t('rules.money.amount')}
                      value={r.amount}
                      formatter={(v) => <span data-testid="money-amount">{formatNumber(Number(v))}</span>}
                      suffix="đồng"
                      styles={{ content: { color: '#b71c1c', fontWeight: 600 } }}
                    />
                    <Typography.Text strong italic data-testid="money-words">
                      {t('rules.money.inWords', { words: r.amountInWords })}
                    </Typography.Text>
                  </>
                ) : (
                  <Alert
                    type="warning"
                    showIcon
                    title={t('rules.money.missing')}
                    description={
                      <>
                        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                          {r.missing.map((m) => (
                            <li key={m.param}>{m.text}</li>
                          ))}
                        </ul>
                        {perms.canEditRuleSettings && <Link to="/admin/rule-settings">{t('rules.money.openSettings')}</Link>}
                      </>
                    }
                  />
                )}
                <Descriptions
                  size="small"
                  bordered
                  column={1}
                  items={[
                    {
                      key: 'formula',
                      label: t('rules.money.formula'),
                      children:
                        r.coefficient != null ? (
                          <span data-testid="money-formula">
                            {r.coefficient}
                            {r.householdFactor ? ` × ${r.householdFactor}` : ''} × {formatNumber(r.baseSalary)} ={' '}
                            {r.exactAmount != null ? formatNumber(Number(r.exactAmount)) : '—'} đ
                          </span>
                        ) : (
                          '—'
                        ),
                    },
                    {
                      key: 'coef',
                      label: t('rules.coefficient'),
                      children: (
                        <Space size={6}>
                          {r.coefficient ?? '—'}
                          <ConfidenceTag confidence={r.coefficientConfidence} />
                        </Space>
                      ),
                    },
                    ...(r.householdFactor ? [{ key: 'hh', label: t('rules.money.householdFactor'), children: r.householdFactor }] : []),
                    {
                      key: 'salary',
                      label: t('rules.baseSalary'),
                      children: `${t('rules.vnd', { amount: formatNumber(r.baseSalary) })} (${t('rules.salaryFrom', { from: formatDate(r.baseSalaryFrom) })})`,
                    },
                    { key: 'rounding', label: t('rules.money.rounding'), children: t(`rules.rounding.${r.rounding}`) },
                    { key: 'ruleset', label: t('rules.ruleset'), children: r.ruleset },
                    { key: 'refs', label: t('rules.citations'), children: <Refs refs={r.refs} /> },
                    ...(r.notes.length
                      ? [
                          {
                            key: 'notes',
                            label: t('rules.notes'),
                            children: (
                              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                                {r.notes.map((n) => (
                                  <li key={n}>{n}</li>
                                ))}
                              </ul>
                            ),
                          },
                        ]
                      : []),
                  ]}
                />
              </Space>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
