import { useMemo, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Card, Descriptions, Popconfirm, Space, Tabs, Timeline, Typography } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, download } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { formatDate, formatDateTime } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/PageSpinner';
import { ActionModal } from './ActionModal';
import { DecisionPanel } from '../decisions/DecisionPanel';
import { FilesTab } from './FilesTab';
import { NomineesTab } from './NomineesTab';
import { CheckItems, DueDate, StateTag } from './parts';
import type { Items } from '../../../shared/contract/common';
import type { ConsultationComment as Comment } from '../../../shared/contract/consultation';
import type { DossierAction, DossierChecks, DossierDetail, DossierTransitioned } from './types';

function CommentsList({ items }: { items: Comment[] }) {
  const { t } = useTranslation();
  if (!items.length) return <Typography.Text type="secondary">{t('dossiers.comments.empty')}</Typography.Text>;
  return (
    <div data-testid="comments">
      {items.map((c) => (
        <Card key={c.id} size="small" style={{ marginBottom: 8 }}>
          <Typography.Text strong>{c.authorName}</Typography.Text>
          {c.contact && <Typography.Text type="secondary"> · {c.contact}</Typography.Text>}
          <Typography.Text type="secondary"> · {formatDateTime(c.createdAt)}</Typography.Text>
          <div>
            <Typography.Text type="secondary">{t('dossiers.comments.about')}: </Typography.Text>
            {c.nomineeName ?? t('dossiers.comments.wholeList')}
          </div>
          <div style={{ whiteSpace: 'pre-wrap' }}>{c.content}</div>
        </Card>
      ))}
    </div>
  );
}

/** States in which the checks are computed live; after them the snapshot taken at submission stands. */
const LIVE = new Set(['draft', 'returned', 'submitted', 'received', 'appraising']);

export default function DossierDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const [pending, setPending] = useState<{ action: DossierAction; name: string } | null>(null);
  const key = ['dossiers', 'detail', Number(id)];
  const q = useQuery({ queryKey: key, queryFn: () => api.get<DossierDetail>(`/dossiers/${id}`) });
  const d = q.data;
  const checks = useQuery({
    queryKey: ['dossiers', 'checks', Number(id), d?.version],
    queryFn: () => api.get<DossierChecks>(`/dossiers/${id}/checks`),
    enabled: !!d && LIVE.has(d.state),
  });
  const comments = useQuery({
    queryKey: ['dossiers', 'comments', Number(id)],
    queryFn: () => api.get<Items<Comment>>(`/dossiers/${id}/comments`),
    enabled: !!d?.canAppraise && !!d?.consultationFrom,
  });
  useDocumentTitle(d ? `${d.code} — ${t('dossiers.title')}` : t('dossiers.title'));
  const refresh = () => qc.invalidateQueries({ queryKey: ['dossiers'] });

  const act = useMutation({
    mutationFn: (v: { action: DossierAction; body: Record<string, unknown> }) =>
      api.post<DossierTransitioned>(`/dossiers/${id}/${v.action.replace(/_/g, '-')}`, { version: d!.version, ...v.body }),
    onSuccess: (res) => {
      message.success(t('dossiers.moved', { state: res.stateName }));
      setPending(null);
      refresh();
    },
    onError: (e) => {
      message.error(errorText(e));
      refresh();
    },
  });

  const checkOf = useMemo(() => {
    const m = new Map<number, DossierChecks['nominees'][number]>();
    for (const c of checks.data?.nominees ?? []) m.set(c.nomineeId, c);
    return m;
  }, [checks.data]);

  if (q.isPending) return <PageSpinner />;
  if (q.isError || !d) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;

  const needsModal = (a: DossierAction) => a === 'return' || a === 'reject' || a === 'withdraw' || a === 'open_consultation';
  const primary: DossierAction[] = ['submit', 'receive', 'start_appraisal', 'open_consultation', 'to_council'];
  const danger: DossierAction[] = ['reject', 'withdraw'];
  const failing = d.nominees.filter((n) => (checkOf.get(n.id)?.status ?? n.checkStatus) === 'fail');
  const lastReturn = [...d.events].reverse().find((e) => e.action === 'return');

  return (
    <>
      <PageHeader
        crumbs={[{ title: t('dossiers.title'), to: '/dossiers' }, { title: d.code }]}
        title={d.title}
        tags={<StateTag state={d.state} />}
        subTitle={
          <Space wrap size={16}>
            <span>{d.code}</span>
            <span>
              {d.proposingUnitName} → {d.receivingUnitName}
            </span>
            {d.dueDate && (
              <span>
                {t('dossiers.fields.due')}: <DueDate d={d} />
              </span>
            )}
          </Space>
        }
        extra={d.actions.map((a) =>
          needsModal(a.action) ? (
            <Button key={a.action} danger={danger.includes(a.action)} type={primary.includes(a.action) ? 'primary' : 'default'} onClick={() => setPending(a)}>
              {a.name}
            </Button>
          ) : (
            <Popconfirm key={a.action} title={t('dossiers.confirmAction', { name: a.name })} okText={a.name} cancelText={t('common.cancel')} onConfirm={() => act.mutate({ action: a.action, body: {} })}>
              <Button type={primary.includes(a.action) ? 'primary' : 'default'} loading={act.isPending && act.variables?.action === a.action}>
                {a.name}
              </Button>
            </Popconfirm>
          ),
        )}
      />
      {d.state === 'returned' && lastReturn && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('dossiers.returnedTitle', { who: lastReturn.actorName, at: formatDateTime(lastReturn.at) })}
          description={
            <div data-testid="return-reasons">
              <div>{lastReturn.reason}</div>
              {lastReturn.items?.map((i) => (
                <div key={i.nomineeId}>
                  • {i.name}: {i.reason}
                </div>
              ))}
            </div>
          }
        />
      )}
      {d.state === 'consultation' && d.consultationUntil && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('dossiers.consultationOpen', { from: formatDate(d.consultationFrom), until: formatDate(d.consultationUntil) })} />
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'p', label: t('dossiers.fields.proposingUnit'), children: d.proposingUnitName },
            { key: 'r', label: t('dossiers.fields.receivingUnit'), children: d.receivingUnitName },
            { key: 't', label: t('dossiers.fields.awardType'), children: t(`rules.awardType.${d.awardType}`) },
            { key: 'y', label: t('dossiers.fields.year'), children: d.year },
            { key: 'm', label: t('dossiers.fields.movement'), children: d.movementId ? <Link to={`/movements/${d.movementId}`}>{d.movement}</Link> : (d.movement ?? '—') },
            { key: 's', label: t('dossiers.fields.submittedCount'), children: d.submittedCount },
          ]}
        />
        <Space wrap style={{ marginTop: 8 }}>
          <Button icon={<FileWordOutlined />} onClick={() => download(`/dossiers/${d.id}/documents/to-trinh.docx`, undefined, `to-trinh-${d.code}.docx`).catch((e) => message.error(errorText(e)))}>
            {t('dossiers.docs.memo')}
          </Button>
          <Button icon={<FileWordOutlined />} onClick={() => download(`/dossiers/${d.id}/documents/danh-sach.docx`, undefined, `danh-sach-${d.code}.docx`).catch((e) => message.error(errorText(e)))}>
            {t('dossiers.docs.list')}
          </Button>
        </Space>
      </Card>
      <DecisionPanel d={d} />
      <Card size="small">
        <Tabs
          items={[
            {
              key: 'nominees',
              label: (
                <span>
                  {t('dossiers.tabs.nominees')} <Badge count={d.nominees.length} showZero color="#8c8c8c" />
                </span>
              ),
              children: <NomineesTab d={d} checkOf={checkOf} live={LIVE.has(d.state)} onChanged={refresh} />,
            },
            {
              key: 'checks',
              label: (
                <span>
                  {t('dossiers.tabs.checks')} {failing.length > 0 && <Badge count={failing.length} />}
                </span>
              ),
              children: checks.data ? (
                <div data-testid="dossier-checks">
                  <Typography.Paragraph>
                    {t('dossiers.check.summary', { ok: checks.data.summary.ok, warning: checks.data.summary.warning, fail: checks.data.summary.fail, unresolved: checks.data.summary.unresolved, ruleset: checks.data.ruleset, date: formatDate(checks.data.date) })}
                  </Typography.Paragraph>
                  <CheckItems items={checks.data.dossier} testId="dossier-check-items" />
                </div>
              ) : (
                <Typography.Text type="secondary">{LIVE.has(d.state) ? t('common.loading') : t('dossiers.check.snapshotOnly')}</Typography.Text>
              ),
            },
            { key: 'files', label: `${t('dossiers.tabs.files')} (${d.files.length})`, children: <FilesTab d={d} onChanged={refresh} /> },
            ...(d.canAppraise && d.consultationFrom
              ? [{ key: 'comments', label: `${t('dossiers.tabs.comments')} (${comments.data?.items.length ?? 0})`, children: <CommentsList items={comments.data?.items ?? []} /> }]
              : []),
            {
              key: 'history',
              label: t('dossiers.tabs.history'),
              children: (
                <Timeline
                  data-testid="dossier-history"
                  items={d.events.map((e) => ({
                    key: e.id,
                    content: (
                      <div>
                        <Typography.Text strong>{t(`dossiers.action.${e.action}`)}</Typography.Text> — {e.actorName}, {formatDateTime(e.at)}
                        {e.fromState && (
                          <Typography.Text type="secondary">
                            {' '}
                            ({t(`dossiers.state.${e.fromState}`)} → {t(`dossiers.state.${e.toState}`)})
                          </Typography.Text>
                        )}
                        {e.reason && <div>{t('dossiers.reason')}: {e.reason}</div>}
                        {e.items?.map((i) => (
                          <div key={i.nomineeId}>
                            • {i.name}: {i.reason}
                          </div>
                        ))}
                      </div>
                    ),
                  }))}
                />
              ),
            },
          ]}
        />
      </Card>
      {pending && (
        <ActionModal
          action={pending.action}
          name={pending.name}
          nominees={d.nominees}
          failing={failing.map((n) => n.id)}
          loading={act.isPending}
          onCancel={() => setPending(null)}
          onSubmit={(body) => act.mutate({ action: pending.action, body })}
        />
      )}
    </>
  );
}
