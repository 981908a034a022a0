import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Drawer, Flex, Form, Input, List, Popconfirm, Select, Space, Tag, Typography, type TableProps } from 'antd';
import { DeleteOutlined, LockOutlined, PlusOutlined, SafetyOutlined, UnlockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useAuth } from '../../app/auth';
import { useCodes } from '../../app/codes';
import { useErrorText } from '../../app/errors';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import type { RoleCode } from '../../app/types';
import type { User } from '../../../shared/contract/users';
import { EmptyState } from '../../components/EmptyState';
import { FormModal, useFormSave } from '../../components/FormModal';
import { NewPasswordItem } from '../../components/NewPasswordItem';
import { PageHeader } from '../../components/PageHeader';
import { ListFilters, ServerTable, useServerList } from '../../components/ServerList';
import { ActiveTag } from '../../components/StatusTag';
import { UnitSelect } from '../../components/UnitSelect';

interface CreateValues {
  username: string;
  fullName: string;
  email?: string;
  password: string;
}

function CreateUserModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (u: User) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateValues>();
  const saving = useFormSave<CreateValues, User>({
    form,
    mutationFn: (v) =>
      api.post<User>('/users', { username: v.username.trim(), fullName: v.fullName.trim(), email: v.email?.trim() || null, password: v.password }),
    invalidate: [['users']],
    success: t('users.created'),
    onSaved: (u) => {
      onCreated(u);
      onClose();
    },
  });
  return (
    <FormModal<CreateValues> open={open} onClose={onClose} title={t('users.createTitle')} okText={t('common.create')} form={form} saving={saving}>
      <Form.Item
        name="username"
        label={t('users.fields.username')}
        extra={t('users.usernameHint')}
        rules={[
          { required: true, whitespace: true, message: t('validation.required') },
          { pattern: /^[a-zA-Z0-9._-]{3,64}$/, message: t('users.usernameInvalid') },
        ]}
      >
        <Input autoFocus autoComplete="off" />
      </Form.Item>
      <Form.Item name="fullName" label={t('users.fields.fullName')} rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
        <Input />
      </Form.Item>
      <Form.Item name="email" label={t('users.fields.email')} extra={t('users.emailHint')} rules={[{ type: 'email', message: t('users.emailInvalid') }]}>
        <Input type="email" autoComplete="off" />
      </Form.Item>
      <NewPasswordItem name="password" label={t('users.fields.password')} />
    </FormModal>
  );
}

interface GrantValues {
  role: RoleCode;
  unitId: number | null;
}

function RolesDrawer({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { label, options } = useCodes();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const [form] = Form.useForm<GrantValues>();

  const refresh = () => qc.invalidateQueries({ queryKey: ['users'] });
  const grant = useMutation({
    mutationFn: (v: GrantValues) => api.post<User>(`/users/${user!.id}/roles`, { role: v.role, unitId: v.unitId }),
    onSuccess: () => {
      message.success(t('users.roles.granted'));
      form.resetFields();
      void refresh();
    },
    onError: (e) => message.error(errorText(e)),
  });
  const revoke = useMutation({
    mutationFn: (roleId: number) => api.delete<User>(`/users/${user!.id}/roles/${roleId}`),
    onSuccess: () => {
      message.success(t('users.roles.revoked'));
      void refresh();
    },
    onError: (e) => message.error(errorText(e)),
  });

  return (
    <Drawer
      open={!!user}
      onClose={onClose}
      title={user ? t('users.roles.title', { name: user.fullName }) : ''}
      size={520}
      destroyOnHidden
    >
      {user && (
        <>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('users.roles.current')}
          </Typography.Title>
          <List
            size="small"
            bordered
            dataSource={user.roles}
            locale={{ emptyText: <EmptyState description={t('users.roles.none')} /> }}
            renderItem={(r) => (
              <List.Item
                actions={[
                  <Popconfirm
                    key="del"
                    title={t('users.roles.revokeConfirm')}
                    okText={t('users.roles.revoke')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => revoke.mutate(r.id)}
                  >
                    <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('users.roles.revoke')} />
                  </Popconfirm>,
                ]}
              >
                <List.Item.Meta title={label('role', r.role)} description={r.unitName} />
              </List.Item>
            )}
          />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('users.roles.add')}
          </Typography.Title>
          <Form<GrantValues> form={form} layout="vertical" onFinish={(v) => grant.mutate(v)}>
            <Form.Item name="role" label={t('users.roles.role')} rules={[{ required: true, message: t('validation.required') }]}>
              <Select options={options('role')} placeholder={t('common.choose')} />
            </Form.Item>
            <Form.Item
              name="unitId"
              label={t('users.roles.unit')}
              extra={t('users.roles.unitHint')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <UnitSelect style={{ width: '100%' }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={grant.isPending}>
              {t('users.roles.grant')}
            </Button>
          </Form>
        </>
      )}
    </Drawer>
  );
}

export default function UsersPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { modal, message } = App.useApp();
  const { label } = useCodes();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const url = useUrlState();
  const [createOpen, setCreateOpen] = useState(false);
  const [rolesUserId, setRolesUserId] = useState<number | null>(null);
  const [justCreated, setJustCreated] = useState<User | null>(null);
  useDocumentTitle(t('users.title'));

  const list = useServerList<User>('/users', { q: url.get('q') }, url, { key: ['users'] });
  const rolesUser =
    list.query.data?.items.find((u) => u.id === rolesUserId) ?? (justCreated?.id === rolesUserId ? justCreated : null);

  const setActive = useMutation({
    mutationFn: (u: User) => api.patch<User>(`/users/${u.id}`, { active: !u.active, version: u.version }),
    onSuccess: (_, u) => {
      message.success(u.active ? t('users.deactivated') : t('users.activated'));
      void qc.invalidateQueries({ queryKey: ['users'] });
    },
    onError: (e) => message.error(errorText(e)),
  });

  const setEmail = useMutation({
    mutationFn: (v: { u: User; email: string | null }) => api.patch<User>(`/users/${v.u.id}`, { email: v.email, version: v.u.version }),
    onSuccess: () => {
      message.success(t('users.emailSaved'));
      void qc.invalidateQueries({ queryKey: ['users'] });
    },
    onError: (e) => message.error(errorText(e)),
  });

  const toggle = (u: User) =>
    modal.confirm({
      title: u.active ? t('users.deactivateConfirm', { name: u.fullName }) : t('users.activateConfirm', { name: u.fullName }),
      content: u.active ? t('users.deactivateHint') : undefined,
      okText: u.active ? t('users.deactivate') : t('users.activate'),
      okButtonProps: { danger: u.active },
      cancelText: t('common.cancel'),
      onOk: () => setActive.mutateAsync(u),
    });

  const columns: TableProps<User>['columns'] = [
    { title: t('users.fields.username'), dataIndex: 'username', width: 160 },
    { title: t('users.fields.fullName'), dataIndex: 'fullName' },
    {
      title: t('users.fields.email'),
      dataIndex: 'email',
      responsive: ['lg'],
      render: (_, u) => (
        <Typography.Text
          editable={{
            text: u.email ?? '',
            tooltip: t('users.editEmail'),
            onChange: (v) => {
              const next = v.trim() || null;
              if (next !== (u.email ?? null)) setEmail.mutate({ u, email: next });
            },
          }}
          type={u.email ? undefined : 'secondary'}
        >
          {u.email || t('users.noEmail')}
        </Typography.Text>
      ),
    },
    {
      title: t('users.fields.roles'),
      dataIndex: 'roles',
      responsive: ['md'],
      render: (_, u) =>
        u.roles.length ? (
          <Flex wrap gap={4}>
            {u.roles.map((r) => (
              <Tag key={r.id} color="red" variant="outlined">
                {label('role', r.role)} · {r.unitName}
              </Tag>
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('users.roles.none')}</Typography.Text>
        ),
    },
    { title: t('users.fields.status'), dataIndex: 'active', width: 130, render: (v: boolean) => <ActiveTag active={v} kind="user" /> },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 220,
      render: (_, u) => (
        <Space size={4} wrap>
          <Button size="small" icon={<SafetyOutlined />} onClick={() => setRolesUserId(u.id)}>
            {t('users.roles.manage')}
          </Button>
          {u.id !== me?.id && (
            <Button
              size="small"
              danger={u.active}
              icon={u.active ? <LockOutlined /> : <UnlockOutlined />}
              onClick={() => toggle(u)}
            >
              {u.active ? t('users.deactivate') : t('users.activate')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subTitle={t('users.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
            {t('users.create')}
          </Button>
        }
      />
      <Card size="small">
        <ListFilters url={url} search={t('users.searchPlaceholder')} searchWidth={320} />
        <ServerTable<User>
          list={list}
          url={url}
          columns={columns}
          empty={<EmptyState description={t('users.empty')} />}
          total={(count, formatted) => t('users.total', { count, formatted })}
        />
      </Card>
      <CreateUserModal
        open={createOpen}
        onClose={() => setCreateOpen(false)}
        onCreated={(u) => {
          setJustCreated({ ...u, roles: u.roles ?? [] });
          setRolesUserId(u.id);
        }}
      />
      <RolesDrawer user={rolesUser} onClose={() => setRolesUserId(null)} />
    </>
  );
}
