import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, DatePicker, Form, Input, Popconfirm, Row, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useAuth } from '../../app/auth';
import { useErrorText } from '../../app/errors';
import { applyServerErrors } from '../../app/forms';
import { DATE_FORMAT, formatDate, toApiDate } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import { EmptyState } from '../../components/EmptyState';
import { FormModal, useFormSave } from '../../components/FormModal';
import { PageHeader } from '../../components/PageHeader';
import { UnitSelect } from '../../components/UnitSelect';
import type { Dossier } from '../dossiers/types';
import type { Items, Page } from '../../app/types';
import { ROLES, type CouncilMember, type CouncilMembers, type SessionSummary } from './types';
import { LocalTable } from '../../components/LocalTable';

interface SessionValues {
  title: string;
  heldOn: Dayjs;
  dossierIds: number[];
}

/** The council of a unit: its members and its sessions. */
export default function CouncilsPage() {
  const { t } = useTranslation();
  const { me, can } = useAuth();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const url = useUrlState();
  const unitId = url.get('unitId') ? Number(url.get('unitId')) : me?.roles[0]?.unitId;
  const canManage = can('council', 'update');
  const [memberForm] = Form.useForm();
  const [sessionOpen, setSessionOpen] = useState(false);
  const [sessionForm] = Form.useForm<SessionValues>();
  useDocumentTitle(t('councils.title'));

  const members = useQuery({ queryKey: ['councils', 'members', unitId], queryFn: () => api.get<CouncilMembers>(`/councils/${unitId}/members`), enabled: !!unitId });
  const sessions = useQuery({ queryKey: ['councils', 'sessions', unitId], queryFn: () => api.get<Items<SessionSummary>>('/council-sessions', { unitId }), enabled: !!unitId });
  const ready = useQuery({
    queryKey: ['dossiers', 'council-ready', unitId],
    queryFn: () => api.get<Page<Dossier>>('/dossiers', { box: 'incoming', state: 'council', unitId, pageSize: 100 }),
    enabled: !!unitId && sessionOpen,
  });
  const refresh = () => qc.invalidateQueries({ queryKey: ['councils'] });
  const addMember = useMutation({
    mutationFn: (v: { fullName: string; role: string; username?: string; termFrom?: Dayjs; termTo?: Dayjs }) =>
      api.post<CouncilMember>(`/councils/${unitId}/members`, { ...v, username: v.username?.trim() || null, termFrom: toApiDate(v.termFrom), termTo: toApiDate(v.termTo) }),
    onSuccess: () => {
      memberForm.resetFields();
      message.success(t('councils.memberAdded'));
      refresh();
    },
    onError: (e) => {
      if (!applyServerErrors(memberForm, e)) message.error(errorText(e));
    },
  });
  const removeMember = useMutation({
    mutationFn: (m: CouncilMember) => api.delete(`/council-members/${m.id}`, { params: { version: m.version } }),
    onSuccess: refresh,
    onError: (e) => message.error(errorText(e)),
  });
  const createSession = useFormSave<SessionValues>({
    form: sessionForm,
    mutationFn: (v) => api.post<SessionSummary>('/council-sessions', { unitId, title: v.title, heldOn: toApiDate(v.heldOn), dossierIds: v.dossierIds }),
    invalidate: [['councils']],
    onSaved: () => {
      setSessionOpen(false);
      sessionForm.resetFields();
    },
  });

  return (
    <>
      <PageHeader
        title={t('councils.title')}
        subTitle={t('councils.subtitle')}
        extra={<UnitSelect aria-label={t('councils.unit')} value={unitId} onChange={(v) => url.update({ unitId: v ?? undefined })} allowClear={false} style={{ width: 280 }} />}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={11}>
          <Card size="small" title={t('councils.members')}>
            {canManage && (
              <Form form={memberForm} layout="inline" onFinish={(v) => addMember.mutate(v)} style={{ marginBottom: 12, rowGap: 8 }}>
                <Form.Item name="fullName" rules={[{ required: true, message: t('councils.required.name') }]}>
                  <Input aria-label={t('councils.fields.name')} placeholder={t('councils.fields.name')} style={{ width: 180 }} />
                </Form.Item>
                <Form.Item name="role" initialValue="uy_vien">
                  <Select aria-label={t('councils.fields.role')} style={{ width: 140 }} options={ROLES.map((r) => ({ value: r, label: t(`councils.role.${r}`) }))} />
                </Form.Item>
                <Form.Item name="username">
                  <Input aria-label={t('councils.fields.username')} placeholder={t('councils.fields.username')} style={{ width: 150 }} />
                </Form.Item>
                <Form.Item name="termFrom">
                  <DatePicker aria-label={t('councils.fields.termFrom')} placeholder={t('councils.fields.termFrom')} format={DATE_FORMAT} style={{ width: 140 }} />
                </Form.Item>
                <Form.Item name="termTo">
                  <DatePicker aria-label={t('councils.fields.termTo')} placeholder={t('councils.fields.termTo')} format={DATE_FORMAT} style={{ width: 140 }} />
                </Form.Item>
                <Button htmlType="submit" icon={<PlusOutlined />} loading={addMember.isPending}>
                  {t('councils.addMember')}
                </Button>
              </Form>
            )}
            <LocalTable<CouncilMember>
              data-testid="council-members"
              dataSource={members.data?.items}
              loading={members.isFetching}
              empty={<EmptyState description={t('councils.noMembers')} />}
              columns={[
                { title: t('councils.fields.name'), dataIndex: 'fullName', key: 'name' },
                { title: t('councils.fields.role'), key: 'role', render: (_, m) => t(`councils.role.${m.role}`) },
                { title: t('councils.fields.username'), dataIndex: 'username', key: 'username', render: (u: string | null) => u ?? '—' },
                { title: t('councils.fields.term'), key: 'term', render: (_, m) => (m.termTo ? `${formatDate(m.termFrom)} – ${formatDate(m.termTo)}` : m.termFrom ? `${formatDate(m.termFrom)} –` : '—') },
                ...(canManage
                  ? [
                      {
                        title: '',
                        key: 'x',
                        width: 48,
                        render: (_: unknown, m: CouncilMember) => (
                          <Popconfirm title={t('councils.removeConfirm', { name: m.fullName })} okText={t('common.remove')} cancelText={t('common.cancel')} onConfirm={() => removeMember.mutate(m)}>
                            <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('councils.remove', { name: m.fullName })} />
                          </Popconfirm>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={13}>
          <Card
            size="small"
            title={t('councils.sessions')}
            extra={
              canManage && (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setSessionOpen(true)}>
                  {t('councils.newSession')}
                </Button>
              )
            }
          >
            <LocalTable<SessionSummary>
              dataSource={sessions.data?.items}
              loading={sessions.isFetching}
              empty={<EmptyState description={t('councils.noSessions')} />}
              columns={[
                { title: t('councils.fields.title'), key: 'title', render: (_, s) => <Link to={`/councils/sessions/${s.id}`}>{s.title}</Link> },
                { title: t('councils.fields.heldOn'), key: 'heldOn', render: (_, s) => formatDate(s.heldOn) },
                { title: t('councils.fields.state'), key: 'state', render: (_, s) => t(`councils.sessionState.${s.state}`) },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <FormModal<SessionValues> open={sessionOpen} onClose={() => setSessionOpen(false)} title={t('councils.newSession')} okText={t('councils.create')} form={sessionForm} saving={createSession}>
        <Form.Item name="title" label={t('councils.fields.title')} htmlFor="session-title" rules={[{ required: true, min: 3, message: t('councils.required.title') }]}>
          <Input id="session-title" />
        </Form.Item>
        <Form.Item name="heldOn" label={t('councils.fields.heldOn')} htmlFor="session-date" rules={[{ required: true, message: t('councils.required.heldOn') }]}>
          <DatePicker id="session-date" format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="dossierIds" label={t('councils.fields.dossiers')} htmlFor="session-dossiers" rules={[{ required: true, message: t('councils.required.dossiers') }]} extra={t('councils.dossiersHelp')}>
          <Select
            id="session-dossiers"
            mode="multiple"
            loading={ready.isFetching}
            options={(ready.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.code} — ${d.title}` }))}
            notFoundContent={<Typography.Text type="secondary">{t('councils.noReady')}</Typography.Text>}
          />
        </Form.Item>
      </FormModal>
    </>
  );
}
