import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, DatePicker, Form, Radio, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { DATE_FORMAT, formatDate, fromApiDate, toApiDate } from '../../app/format';
import { ErrorState } from '../../components/ErrorState';
import { CascadeStatusTag } from './parts';
import { CASCADE_STATUSES, type CascadeResponse, type CascadeRow, type CascadeStatus, type Plan, type PlanDetail } from './types';

const STAT_COLORS: Record<CascadeStatus, string> = { issued: '#389e0d', issued_late: '#d48806', draft: '#1677ff', late: '#cf1322', pending: '#8c8c8c' };

/** The request to lower units (issue your plan by …) and who did, who is late. */
export function CascadeTab({ plan, canManage }: { plan: PlanDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const [status, setStatus] = useState<CascadeStatus | undefined>();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [form] = Form.useForm<{ cascadeDue: Dayjs | null; cascadeScope: 'children' | 'subtree' }>();
  const params = { status, ...page };
  const q = useQuery({
    queryKey: ['plans', 'cascade', plan.id, plan.version, params],
    queryFn: () => api.get<CascadeResponse>(`/plans/${plan.id}/cascade`, params),
    placeholderData: (prev) => prev,
  });
  const save = useMutation({
    mutationFn: (v: { cascadeDue: Dayjs | null; cascadeScope: 'children' | 'subtree' }) =>
      api.post<Plan>(`/plans/${plan.id}/cascade`, { version: plan.version, cascadeDue: toApiDate(v.cascadeDue), cascadeScope: v.cascadeScope }),
    onSuccess: () => {
      message.success(t('plansUi.cascade.saved'));
      qc.invalidateQueries({ queryKey: ['plans'] });
    },
    onError: (e) => {
      message.error(errorText(e));
      qc.invalidateQueries({ queryKey: ['plans', 'detail', plan.id] });
    },
  });
  const data = q.data;
  const counts = data?.counts ?? {};

  return (
    <div data-testid="cascade-tab">
      {canManage && (
        <Card size="small" title={t('plansUi.cascade.requestTitle')} style={{ marginBottom: 16 }}>
          <Form
            form={form}
            layout="inline"
            initialValues={{ cascadeDue: fromApiDate(plan.cascadeDue), cascadeScope: plan.cascadeScope ?? 'children' }}
            onFinish={(v) => save.mutate(v)}
            style={{ rowGap: 8 }}
          >
            <Form.Item name="cascadeDue" label={t('plansUi.cascade.due')} htmlFor="cascade-due" rules={[{ required: true, message: t('plansUi.cascade.dueRequired') }]}>
              <DatePicker id="cascade-due" format={DATE_FORMAT} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="cascadeScope" label={t('plansUi.cascade.scope')}>
              <Radio.Group
                options={[
                  { value: 'children', label: t('plansUi.cascade.scopeChildren') },
                  { value: 'subtree', label: t('plansUi.cascade.scopeSubtree') },
                ]}
              />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {plan.cascadeDue ? t('plansUi.cascade.change') : t('plansUi.cascade.set')}
              </Button>
            </Form.Item>
          </Form>
        </Card>
      )}
      {q.isError && !data ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : !plan.cascadeDue ? (
        <Alert type="info" showIcon title={canManage ? t('plansUi.cascade.noneCanSet') : t('plansUi.cascade.none')} />
      ) : (
        <>
          <Typography.Paragraph>
            {t('plansUi.cascade.summary', {
              due: formatDate(plan.cascadeDue),
              scope: plan.cascadeScope === 'subtree' ? t('plansUi.cascade.scopeSubtree') : t('plansUi.cascade.scopeChildren'),
            })}
          </Typography.Paragraph>
          <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
            {CASCADE_STATUSES.map((s) => (
              <Col key={s} flex="1 1 150px">
                <Card
                  size="small"
                  hoverable
                  onClick={() => {
                    setStatus(status === s ? undefined : s);
                    setPage((p) => ({ ...p, page: 1 }));
                  }}
                  style={{ borderColor: status === s ? STAT_COLORS[s] : undefined, borderTop: `3px solid ${STAT_COLORS[s]}` }}
                  data-testid={`cascade-count-${s}`}
                >
                  <Statistic title={t(`plansUi.cascadeStatus.${s}`)} value={counts[s] ?? 0} styles={{ content: { color: STAT_COLORS[s] } }} loading={q.isPending} />
                </Card>
              </Col>
            ))}
          </Row>
          <Space style={{ marginBottom: 12 }} wrap>
            <Select<CascadeStatus>
              allowClear
              aria-label={t('plansUi.cascade.filter')}
              placeholder={t('plansUi.cascade.filter')}
              style={{ width: 220 }}
              value={status}
              options={CASCADE_STATUSES.map((s) => ({ value: s, label: t(`plansUi.cascadeStatus.${s}`) }))}
              onChange={(s) => {
                setStatus(s);
                setPage((p) => ({ ...p, page: 1 }));
              }}
            />
          </Space>
          <Table<CascadeRow>
            rowKey="unitId"
            size="middle"
            data-testid="cascade-table"
            dataSource={data?.items}
            loading={q.isFetching}
            scroll={{ x: 'max-content' }}
            rowClassName={(r) => (r.status === 'late' ? 'row-overdue' : '')}
            pagination={{
              current: page.page,
              pageSize: page.pageSize,
              total: data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('plansUi.cascade.total', { count: total }),
              onChange: (p, ps) => setPage({ page: p, pageSize: ps }),
            }}
            columns={[
              { title: t('plansUi.cascade.unit'), key: 'unit', render: (_, r) => r.unitName },
              { title: t('plansUi.cascade.code'), dataIndex: 'unitCode', key: 'code', width: 120 },
              { title: t('plansUi.fields.status'), key: 'status', width: 170, render: (_, r) => <CascadeStatusTag status={r.status} /> },
              {
                title: t('plansUi.cascade.plan'),
                key: 'plan',
                render: (_, r) =>
                  r.planId ? (
                    <Link to={`/plans/${r.planId}`}>{r.number ? t('plansUi.numberShort', { number: r.number }) : t('plansUi.cascade.draftPlan')}</Link>
                  ) : (
                    <Typography.Text type="secondary">—</Typography.Text>
                  ),
              },
              { title: t('plansUi.fields.issuedOn'), key: 'issuedOn', width: 130, render: (_, r) => (r.issuedOn ? formatDate(r.issuedOn) : '—') },
            ]}
          />
        </>
      )}
    </div>
  );
}

