import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Popconfirm, Segmented, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { DeleteOutlined, DownloadOutlined, PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, download } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { ExcelImport } from '../../components/ExcelImport';
import { PersonSelect } from '../../components/PersonSelect';
import { UnitSelect } from '../../components/UnitSelect';
import { AwardSelect } from '../rules/AwardSelect';
import { useCatalog } from '../rules/queries';
import { CheckItems, CheckStatusTag } from './parts';
import type { DossierChecks, DossierDetail, Nominee, NomineeImportResult, NomineeSubject } from './types';
import { useToday } from '../../app/auth';

interface Props {
  d: DossierDetail;
  checkOf: Map<number, DossierChecks['nominees'][number]>;
  live: boolean;
  onChanged: () => void;
}

const SUBJECT_CODE = { person: 'ca_nhan', unit: 'tap_the', household: 'ho_gia_dinh' } as const;

export function NomineesTab({ d, checkOf, live, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const catalog = useCatalog(useToday());
  const [subject, setSubject] = useState<NomineeSubject>('person');
  const [form] = Form.useForm<{ subjectId?: number; award?: string; achievement?: string }>();
  const [override, setOverride] = useState<Nominee | null>(null);
  const [overrideReason, setOverrideReason] = useState('');

  const add = useMutation({
    mutationFn: (v: { subjectId: number; award: string; achievement?: string }) => api.post(`/dossiers/${d.id}/nominees`, { subject, ...v, achievement: v.achievement?.trim() || null }),
    onSuccess: () => {
      message.success(t('dossiers.nominee.added'));
      form.resetFields();
      onChanged();
    },
    onError: (e) => message.error(errorText(e)),
  });
  const remove = useMutation({
    mutationFn: (n: Nominee) => api.delete(`/dossiers/${d.id}/nominees/${n.id}`, { params: { version: n.version } }),
    onSuccess: () => onChanged(),
    onError: (e) => message.error(errorText(e)),
  });
  const accept = useMutation({
    mutationFn: (v: { n: Nominee; reason: string | null }) => api.post(`/dossiers/${d.id}/nominees/${v.n.id}/override`, { version: v.n.version, reason: v.reason }),
    onSuccess: () => {
      setOverride(null);
      setOverrideReason('');
      onChanged();
    },
    onError: (e) => message.error(errorText(e)),
  });
  const exportButton = (
    <Button icon={<DownloadOutlined />} onClick={() => download(`/dossiers/${d.id}/nominees/export`, undefined, `danh-sach-de-nghi-${d.code}.xlsx`).catch((e) => message.error(errorText(e)))}>
      {t('common.exportExcel')}
    </Button>
  );
  const statusOf = (n: Nominee) => (live ? checkOf.get(n.id)?.status : n.checkStatus) ?? null;
  const itemsOf = (n: Nominee) => (live ? checkOf.get(n.id)?.items : n.checks) ?? [];

  return (
    <>
      {d.canEdit && (
        <div style={{ marginBottom: 16 }}>
          <Form
            form={form}
            layout="inline"
            onFinish={(v) => v.subjectId && v.award && add.mutate({ subjectId: v.subjectId, award: v.award, achievement: v.achievement })}
            style={{ rowGap: 8 }}
          >
            <Form.Item>
              <Segmented<NomineeSubject>
                value={subject}
                onChange={(s) => {
                  setSubject(s);
                  form.resetFields(['subjectId', 'award']);
                }}
                options={[
                  { value: 'person', label: t('dossiers.subject.person') },
                  { value: 'unit', label: t('dossiers.subject.unit') },
                ]}
              />
            </Form.Item>
            <Form.Item name="subjectId" rules={[{ required: true, message: t('dossiers.required.subject') }]}>
              {subject === 'person' ? (
                <PersonSelect id="nominee-person" placeholder={t('dossiers.nominee.pickPerson')} unitId={d.proposingUnitId} style={{ width: 260 }} />
              ) : (
                <UnitSelect id="nominee-unit" aria-label={t('dossiers.nominee.pickUnit')} placeholder={t('dossiers.nominee.pickUnit')} style={{ width: 260 }} />
              )}
            </Form.Item>
            <Form.Item name="award" rules={[{ required: true, message: t('dossiers.required.award') }]}>
              <AwardSelect entries={catalog.data?.entries} subject={SUBJECT_CODE[subject]} aria-label={t('dossiers.fields.award')} style={{ width: 280 }} loading={catalog.isPending} />
            </Form.Item>
            <Form.Item name="achievement">
              <Input aria-label={t('dossiers.fields.achievement')} placeholder={t('dossiers.fields.achievement')} style={{ width: 280 }} maxLength={4000} />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
                {t('dossiers.nominee.add')}
              </Button>
            </Form.Item>
          </Form>
        </div>
      )}
      {d.canEdit ? (
        <ExcelImport<NomineeImportResult>
          variant="button"
          label={t('dossiers.import.button')}
          templateLabel={t('dossiers.import.template')}
          extra={exportButton}
          importPath={`/dossiers/${d.id}/nominees/import`}
          templatePath="/dossiers/nominee-template"
          templateName="mau-danh-sach-de-nghi.xlsx"
          onImported={(r) => {
            onChanged();
            return t('dossiers.import.done', { created: r.created, updated: r.updated, unchanged: r.unchanged });
          }}
        />
      ) : (
        <Space wrap style={{ marginBottom: 12 }}>
          {exportButton}
        </Space>
      )}
      <Table<Nominee>
        rowKey="id"
        size="middle"
        data-testid="nominees"
        dataSource={d.nominees}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: d.canEdit ? t('dossiers.nominee.emptyCanAdd') : t('dossiers.nominee.empty') }}
        expandable={{
          expandedRowRender: (n) => <CheckItems items={itemsOf(n)} testId={`checks-${n.id}`} />,
          rowExpandable: (n) => itemsOf(n).length > 0,
        }}
        columns={[
          { title: t('dossiers.fields.no'), key: 'no', width: 56, render: (_, __, i) => i + 1 },
          {
            title: t('dossiers.fields.nominee'),
            key: 'name',
            render: (_, n) => (
              <div style={{ minWidth: 180 }}>
                <div>{n.name}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`dossiers.subject.${n.subject}`)}
                  {n.subjectPosition ? ` · ${n.subjectPosition}` : ''}
                  {n.subject === 'person' && n.subjectUnitName ? ` · ${n.subjectUnitName}` : ''}
                </Typography.Text>
              </div>
            ),
          },
          { title: t('dossiers.fields.award'), dataIndex: 'awardName', key: 'award' },
          { title: t('dossiers.fields.achievement'), dataIndex: 'achievement', key: 'achievement', render: (a: string | null) => <div style={{ maxWidth: 320 }}>{a ?? '—'}</div> },
          {
            title: t('dossiers.fields.check'),
            key: 'check',
            width: 150,
            render: (_, n) => (
              <Space orientation="vertical" size={2}>
                <CheckStatusTag status={statusOf(n)} overridden={!!n.overrideReason} />
                {n.overrideReason && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('dossiers.nominee.overrideBy', { who: n.overrideBy })}: {n.overrideReason}
                  </Typography.Text>
                )}
                {n.vote && (
                  <Tooltip title={n.vote.rule}>
                    <Tag color={n.vote.passed ? 'green' : n.vote.passed === false ? 'red' : 'default'} data-testid="row-vote">
                      {t('dossiers.nominee.vote', { result: n.vote.passed ? t('councils.passed') : n.vote.passed === false ? t('councils.failed') : t('councils.noThreshold'), yes: n.vote.yes })}
                    </Tag>
                  </Tooltip>
                )}
                {n.returnReason && (
                  <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="row-return-reason">
                    {t('dossiers.nominee.toFix')}: {n.returnReason}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 120,
            render: (_, n) => (
              <Space>
                {d.canEdit && (
                  <Popconfirm title={t('dossiers.nominee.removeConfirm', { name: n.name })} okText={t('common.remove')} cancelText={t('common.cancel')} onConfirm={() => remove.mutate(n)}>
                    <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('dossiers.nominee.remove', { name: n.name })} />
                  </Popconfirm>
                )}
                {d.canAppraise && ['received', 'appraising'].includes(d.state) && statusOf(n) === 'fail' && (
                  <Button size="small" icon={<SafetyCertificateOutlined />} onClick={() => setOverride(n)}>
                    {n.overrideReason ? t('dossiers.nominee.overrideEdit') : t('dossiers.nominee.override')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {override && (
        <Modal
          open
          title={t('dossiers.nominee.overrideTitle', { name: override.name })}
          okText={t('dossiers.nominee.override')}
          cancelText={t('common.cancel')}
          onCancel={() => setOverride(null)}
          okButtonProps={{ disabled: overrideReason.trim().length < 5 }}
          confirmLoading={accept.isPending}
          onOk={() => accept.mutate({ n: override, reason: overrideReason.trim() })}
          footer={(origin) => (
            <Space>
              {override.overrideReason && (
                <Button danger onClick={() => accept.mutate({ n: override, reason: null })}>
                  {t('dossiers.nominee.overrideClear')}
                </Button>
              )}
              {origin}
            </Space>
          )}
        >
          <Typography.Paragraph type="secondary">{t('dossiers.nominee.overrideHelp')}</Typography.Paragraph>
          <CheckItems items={itemsOf(override).filter((i) => i.ok === false)} />
          <Input.TextArea
            aria-label={t('dossiers.reason')}
            rows={3}
            value={overrideReason}
            onChange={(e) => setOverrideReason(e.target.value)}
            placeholder={t('dossiers.nominee.overridePlaceholder')}
            maxLength={2000}
          />
        </Modal>
      )}
    </>
  );
}
