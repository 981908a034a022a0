import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Table, Tag, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { usePermissions } from '../../app/auth';
import { useErrorText } from '../../app/errors';
import { formatDateTime } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import type { Page } from '../../../shared/contract/common';
import type { OutboxMail, ReminderOutcome } from '../../../shared/contract/mail';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';

const STATUS_COLORS: Record<string, string> = { sent: 'green', queued: 'blue', outbox: 'blue', failed: 'red', error: 'red' };

/** The mail outbox (what the reminders sent, or would send without SMTP) and "remind now". */
export default function OutboxPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { canRunReminders } = usePermissions();
  const qc = useQueryClient();
  const [page, setPage] = useState({ page: 1, pageSize: 50 });
  const [outcome, setOutcome] = useState<ReminderOutcome | null>(null);
  useDocumentTitle(t('plansUi.outbox.title'));
  const q = useQuery({
    queryKey: ['mail', 'outbox', page],
    queryFn: () => api.get<Page<OutboxMail>>('/mail/outbox', page),
    placeholderData: (prev) => prev,
  });
  const remind = useMutation({
    mutationFn: () => api.post<ReminderOutcome>('/mail/reminders'),
    onSuccess: (r) => {
      setOutcome(r);
      qc.invalidateQueries({ queryKey: ['mail'] });
    },
    onError: (e) => message.error(errorText(e)),
  });

  return (
    <>
      <PageHeader
        title={t('plansUi.outbox.title')}
        subTitle={t('plansUi.outbox.subtitle')}
        extra={
          canRunReminders && (
            <Button type="primary" icon={<BellOutlined />} loading={remind.isPending} onClick={() => remind.mutate()}>
              {t('plansUi.outbox.remindNow')}
            </Button>
          )
        }
      />
      {outcome && (
        <Alert
          type="success"
          showIcon
          closable={{ onClose: () => setOutcome(null) }}
          style={{ marginBottom: 16 }}
          data-testid="reminder-outcome"
          title={t('plansUi.outbox.outcome', { tasks: outcome.tasks, notices: outcome.notices, mails: outcome.mails })}
        />
      )}
      <Card size="small">
        {q.isError && !q.data ? (
          <ErrorState error={q.error} onRetry={() => q.refetch()} />
        ) : (
          <Table<OutboxMail>
            rowKey="id"
            size="middle"
            dataSource={q.data?.items}
            loading={q.isFetching}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: q.isPending ? ' ' : <EmptyState description={t('plansUi.outbox.empty')} /> }}
            expandable={{
              expandedRowRender: (m) => (
                <div>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{m.body}</Typography.Paragraph>
                  {m.error && <Typography.Text type="danger">{m.error}</Typography.Text>}
                </div>
              ),
            }}
            pagination={{
              current: page.page,
              pageSize: page.pageSize,
              total: q.data?.total ?? 0,
              showSizeChanger: true,
              showTotal: (total) => t('plansUi.outbox.total', { count: total }),
              onChange: (p, ps) => setPage({ page: p, pageSize: ps }),
            }}
            columns={[
              { title: t('plansUi.outbox.to'), dataIndex: 'to', key: 'to', width: 240 },
              { title: t('plansUi.outbox.subject'), dataIndex: 'subject', key: 'subject' },
              {
                title: t('plansUi.outbox.status'),
                key: 'status',
                width: 140,
                render: (_, m) => <Tag color={STATUS_COLORS[m.status] ?? 'default'}>{t(`plansUi.outbox.statuses.${m.status}`, { defaultValue: m.status })}</Tag>,
              },
              { title: t('plansUi.outbox.createdAt'), key: 'createdAt', width: 180, render: (_, m) => formatDateTime(m.createdAt) },
              { title: t('plansUi.outbox.sentAt'), key: 'sentAt', width: 180, render: (_, m) => formatDateTime(m.sentAt) || '—' },
            ]}
          />
        )}
      </Card>
    </>
  );
}
