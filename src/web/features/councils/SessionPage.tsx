import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Popconfirm, Radio, Select, Space, Switch, Tag, Typography } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, download } from '../../app/api';
import { useAuth } from '../../app/auth';
import { useErrorText } from '../../app/errors';
import { formatDate } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/PageSpinner';
import type { Choice } from '../../../shared/contract/councils';
import type { SessionDetail, SessionItem } from './types';
import { LocalTable } from '../../components/LocalTable';

/** A council session: attendance, recusals, the secret ballot of the signed-in member, results. */
export default function SessionPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { can } = useAuth();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const canManage = can('council', 'update');
  const [choices, setChoices] = useState<Record<number, Choice>>({});
  const [recusal, setRecusal] = useState<{ memberId?: number; nomineeId?: number; reason: string }>({ reason: '' });
  const q = useQuery({ queryKey: ['councils', 'session', Number(id)], queryFn: () => api.get<SessionDetail>(`/council-sessions/${id}`) });
  useDocumentTitle(q.data?.title ?? t('councils.title'));
  const refresh = () => qc.invalidateQueries({ queryKey: ['councils'] });
  const run = useMutation({
    mutationFn: (v: { path: string; body: unknown; method?: 'POST' | 'PUT' }) => (v.method === 'PUT' ? api.put(`/council-sessions/${id}/${v.path}`, v.body) : api.post(`/council-sessions/${id}/${v.path}`, v.body)),
    onSuccess: (_r, v) => {
      if (v.path === 'ballot') {
        message.success(t('councils.voted'));
        setChoices({});
      }
      refresh();
    },
    onError: (e) => {
      message.error(errorText(e));
      refresh();
    },
  });
  if (q.isPending) return <PageSpinner />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const s = q.data;
  const memberName = (mid: number) => s.members.find((m) => m.id === mid)?.fullName ?? String(mid);
  const canVote = (i: SessionItem) => !!s.me && !s.me.votedNominees.includes(i.nomineeId) && !s.me.recusedNominees.includes(i.nomineeId);
  const pending = s.items.filter(canVote);

  return (
    <>
      <PageHeader
        crumbs={[{ title: t('councils.title'), to: `/councils?unitId=${s.unitId}` }, { title: s.title }]}
        title={s.title}
        tags={<Tag color={s.state === 'voting' ? 'processing' : s.state === 'closed' ? 'green' : 'default'} data-testid="session-state">{t(`councils.sessionState.${s.state}`)}</Tag>}
        subTitle={`${s.unitName} · ${formatDate(s.heldOn)} · ${t('councils.membersTotal', { count: s.membersTotal })}`}
        extra={
          <>
            {canManage && s.state === 'preparing' && (
              <Popconfirm title={t('councils.openConfirm')} okText={t('councils.open')} cancelText={t('common.cancel')} onConfirm={() => run.mutate({ path: 'open', body: { version: s.version } })}>
                <Button type="primary">{t('councils.open')}</Button>
              </Popconfirm>
            )}
            {canManage && s.state === 'voting' && (
              <Popconfirm title={t('councils.closeConfirm')} okText={t('councils.close')} cancelText={t('common.cancel')} onConfirm={() => run.mutate({ path: 'close', body: { version: s.version } })}>
                <Button type="primary">{t('councils.close')}</Button>
              </Popconfirm>
            )}
            {s.state === 'closed' && (
              <Button icon={<FileWordOutlined />} onClick={() => download(`/council-sessions/${s.id}/minutes.docx`, undefined, `bien-ban-${s.id}.docx`).catch((e) => message.error(errorText(e)))}>
                {t('councils.minutes')}
              </Button>
            )}
          </>
        }
      />
      {s.state === 'voting' && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('councils.secrecy')} />}
      <Card size="small" title={t('councils.attendance')} style={{ marginBottom: 16 }}>
        <LocalTable
          dataSource={s.members}
          columns={[
            { title: t('councils.fields.name'), dataIndex: 'fullName', key: 'name' },
            { title: t('councils.fields.role'), dataIndex: 'roleName', key: 'role' },
            {
              title: t('councils.present'),
              key: 'present',
              render: (_, m) =>
                canManage && s.state === 'preparing' ? (
                  <Switch
                    checked={m.present}
                    aria-label={t('councils.presentOf', { name: m.fullName })}
                    onChange={(present) => run.mutate({ path: 'attendance', method: 'PUT', body: { version: s.version, items: [{ memberId: m.id, present, writtenOpinion: m.writtenOpinion }] } })}
                  />
                ) : m.present ? (
                  t('councils.presentYes')
                ) : (
                  t('councils.presentNo')
                ),
            },
            {
              title: t('councils.writtenOpinion'),
              key: 'op',
              render: (_, m) =>
                canManage && s.state === 'preparing' && !m.present ? (
                  <Input.TextArea
                    aria-label={t('councils.opinionOf', { name: m.fullName })}
                    defaultValue={m.writtenOpinion ?? ''}
                    autoSize
                    maxLength={4000}
                    onBlur={(e) => {
                      const v = e.target.value.trim() || null;
                      if (v !== m.writtenOpinion) run.mutate({ path: 'attendance', method: 'PUT', body: { version: s.version, items: [{ memberId: m.id, present: false, writtenOpinion: v }] } });
                    }}
                  />
                ) : (
                  m.writtenOpinion ?? '—'
                ),
            },
          ]}
        />
        {canManage && s.state !== 'closed' && (
          <Space wrap style={{ marginTop: 12 }}>
            <Typography.Text strong>{t('councils.declareRecusal')}</Typography.Text>
            <Select aria-label={t('councils.recusalMember')} placeholder={t('councils.recusalMember')} style={{ width: 200 }} value={recusal.memberId} onChange={(memberId) => setRecusal((r) => ({ ...r, memberId }))} options={s.members.map((m) => ({ value: m.id, label: m.fullName }))} />
            <Select aria-label={t('councils.recusalNominee')} placeholder={t('councils.recusalNominee')} style={{ width: 220 }} value={recusal.nomineeId} onChange={(nomineeId) => setRecusal((r) => ({ ...r, nomineeId }))} options={s.items.map((i) => ({ value: i.nomineeId, label: i.name }))} />
            <Input aria-label={t('councils.recusalReason')} placeholder={t('councils.recusalReason')} style={{ width: 240 }} value={recusal.reason} onChange={(e) => setRecusal((r) => ({ ...r, reason: e.target.value }))} />
            <Button
              disabled={!recusal.memberId || !recusal.nomineeId || recusal.reason.trim().length < 3}
              onClick={() => {
                run.mutate({ path: 'recusals', body: { memberId: recusal.memberId, nomineeId: recusal.nomineeId, reason: recusal.reason.trim() } });
                setRecusal({ reason: '' });
              }}
            >
              {t('councils.record')}
            </Button>
          </Space>
        )}
      </Card>
      <Card size="small" title={t('councils.agenda')}>
        <LocalTable<SessionItem>
          rowKey="nomineeId"
          data-testid="session-items"
          dataSource={s.items}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('councils.fields.nominee'), key: 'name', render: (_, i) => <div><div>{i.name}</div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{i.dossierCode}</Typography.Text></div> },
            { title: t('dossiers.fields.award'), dataIndex: 'awardName', key: 'award' },
            {
              title: t('councils.recused'),
              key: 'recused',
              render: (_, i) => (i.recused.length ? i.recused.map((r) => <div key={r.memberId}>{memberName(r.memberId)}: {r.reason}</div>) : '—'),
            },
            ...(s.state === 'voting'
              ? [
                  { title: t('councils.turnout'), key: 'voted', render: (_: unknown, i: SessionItem) => `${i.voted}/${s.membersTotal - i.recused.length}` },
                  {
                    title: t('councils.yourBallot'),
                    key: 'ballot',
                    render: (_: unknown, i: SessionItem) =>
                      !s.me ? (
                        <Typography.Text type="secondary">{t('councils.notMember')}</Typography.Text>
                      ) : s.me.recusedNominees.includes(i.nomineeId) ? (
                        <Typography.Text type="secondary">{t('councils.youRecused')}</Typography.Text>
                      ) : s.me.votedNominees.includes(i.nomineeId) ? (
                        <Tag color="green">{t('councils.youVoted')}</Tag>
                      ) : (
                        <Radio.Group
                          aria-label={t('councils.ballotFor', { name: i.name })}
                          value={choices[i.nomineeId]}
                          onChange={(e) => setChoices((c) => ({ ...c, [i.nomineeId]: e.target.value as Choice }))}
                          options={[
                            { value: 'yes', label: t('councils.choice.yes') },
                            { value: 'no', label: t('councils.choice.no') },
                            { value: 'abstain', label: t('councils.choice.abstain') },
                          ]}
                        />
                      ),
                  },
                ]
              : []),
            ...(s.state === 'closed'
              ? [
                  { title: t('councils.choice.yes'), key: 'yes', render: (_: unknown, i: SessionItem) => i.result?.yes ?? 0 },
                  { title: t('councils.choice.no'), key: 'no', render: (_: unknown, i: SessionItem) => i.result?.no ?? 0 },
                  { title: t('councils.choice.abstain'), key: 'ab', render: (_: unknown, i: SessionItem) => i.result?.abstain ?? 0 },
                  {
                    title: t('councils.result'),
                    key: 'result',
                    width: 320,
                    render: (_: unknown, i: SessionItem) => (
                      <div style={{ minWidth: 260, maxWidth: 360, whiteSpace: 'normal' }}>
                        <Tag color={i.result?.passed ? 'green' : i.result?.passed === false ? 'red' : 'default'} data-testid="vote-result">
                          {i.result?.passed ? t('councils.passed') : i.result?.passed === false ? t('councils.failed') : t('councils.noThreshold')}
                        </Tag>
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {i.result?.rule}
                        </Typography.Text>
                      </div>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {s.state === 'voting' && s.me && pending.length > 0 && (
          <Button
            type="primary"
            style={{ marginTop: 12 }}
            disabled={!pending.every((i) => choices[i.nomineeId])}
            loading={run.isPending}
            onClick={() => run.mutate({ path: 'ballot', body: { votes: pending.map((i) => ({ nomineeId: i.nomineeId, choice: choices[i.nomineeId] })) } })}
          >
            {t('councils.submitBallot')}
          </Button>
        )}
      </Card>
    </>
  );
}
