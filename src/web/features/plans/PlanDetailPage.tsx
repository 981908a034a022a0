import { useState } from 'react';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, type FormInstance, Input, Modal, Popconfirm, Segmented, Space, Tabs, Tag, Typography } from 'antd';
import { DeleteOutlined, EditOutlined, FilePdfOutlined, FileWordOutlined, NodeIndexOutlined, SaveOutlined, SendOutlined, UndoOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, download, isApiError } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { DATE_FORMAT, formatDate, fromApiDate, toApiDate } from '../../app/format';
import { applyServerErrors } from '../../app/forms';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import type { Page, UnitDetail } from '../../app/types';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/PageSpinner';
import { CascadeTab } from './CascadeTab';
import { useMyPlanUnits } from './CreatePlanModal';
import { PlanStatusTag } from './parts';
import { cleanContent, PlanEditor, type PlanDraft } from './PlanEditor';
import { PlanPreview } from './PlanPreview';
import { ReviewsTab } from '../reviews/ReviewsTab';
import { TasksTab } from '../tasks/TasksTab';
import type { Plan, PlanDetail, PlanListItem } from './types';

const draftOf = (p: PlanDetail): PlanDraft => ({ title: p.title, year: p.year, content: p.content });
const sameDraft = (a: PlanDraft, b: PlanDraft) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Who the user is for this plan: a manager (the plan's unit or a unit above it is one of theirs) or
 * a lower unit that implements it (one of their units is below the plan's unit).
 */
function usePlanAccess(plan: PlanDetail) {
  const units = useMyPlanUnits();
  const details = useQueries({
    queries: units.map((u) => ({ queryKey: ['units', 'detail', u.id], queryFn: () => api.get<UnitDetail>(`/units/${u.id}`), staleTime: 60_000 })),
  });
  const planUnit = useQuery({
    queryKey: ['units', 'detail', plan.unitId],
    queryFn: () => api.get<UnitDetail>(`/units/${plan.unitId}`),
    staleTime: 60_000,
    retry: false,
  });
  const above = new Set((planUnit.data?.ancestors ?? []).map((a) => a.id));
  const canManage = units.some((u) => u.id === plan.unitId || above.has(u.id));
  const lowerUnit = canManage ? undefined : units.find((_, i) => details[i].data?.ancestors.some((a) => a.id === plan.unitId));
  return { canManage, lowerUnit, canReport: units.length > 0 };
}

function IssueModal({ plan, open, onClose, onIssue, loading }: { plan: PlanDetail; open: boolean; onClose: () => void; onIssue: (v: { number: string; issuedOn: string }, form: FormInstance) => void; loading: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ number: string; issuedOn: Dayjs | null }>();
  return (
    <Modal
      open={open}
      title={t('plansUi.issue.title')}
      okText={t('plansUi.issue.ok')}
      cancelText={t('plansUi.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={loading}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('plansUi.issue.help')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ issuedOn: fromApiDate(plan.today) }} onFinish={(v) => onIssue({ number: v.number.trim(), issuedOn: toApiDate(v.issuedOn)! }, form)}>
        <Form.Item
          name="number"
          label={t('plansUi.issue.number')}
          htmlFor="issue-number"
          extra={t('plansUi.issue.numberHelp', { suffix: plan.content.numberSuffix || 'KH-UBND' })}
          rules={[
            { required: true, message: t('plansUi.issue.numberRequired') },
            { pattern: /^[0-9]+\/[\p{L}0-9.\-–]+$/u, message: t('plansUi.issue.numberFormat') },
          ]}
        >
          <Input id="issue-number" placeholder={`27/${plan.content.numberSuffix || 'KH-UBND'}`} maxLength={50} />
        </Form.Item>
        <Form.Item name="issuedOn" label={t('plansUi.issue.date')} htmlFor="issue-date" rules={[{ required: true, message: t('plansUi.issue.dateRequired') }]}>
          <DatePicker id="issue-date" format={DATE_FORMAT} style={{ width: 180 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function PlanView({ plan, reload }: { plan: PlanDetail; reload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const url = useUrlState();
  const tab = url.get('tab') ?? 'document';
  const [mode, setMode] = useState<'edit' | 'preview'>('edit');
  const [issueOpen, setIssueOpen] = useState(false);
  const { canManage, lowerUnit, canReport } = usePlanAccess(plan);

  // the draft being edited; a new version from the server (saved, reloaded) starts it again
  const [draft, setDraft] = useState<PlanDraft>(() => draftOf(plan));
  const [base, setBase] = useState(`${plan.id}:${plan.version}`);
  if (base !== `${plan.id}:${plan.version}`) {
    setBase(`${plan.id}:${plan.version}`);
    setDraft(draftOf(plan));
  }
  const editing = plan.status === 'draft' && canManage;
  const dirty = editing && !sameDraft(draft, draftOf(plan));

  const invalidate = () => qc.invalidateQueries({ queryKey: ['plans'] });
  const onWriteError = (e: unknown) => {
    message.error(errorText(e));
    if (isApiError(e) && e.code === 'VERSION_CONFLICT') reload();
  };
  const saveDraft = () => api.patch<Plan>(`/plans/${plan.id}`, { version: plan.version, title: draft.title.trim(), year: draft.year, content: cleanContent(draft.content) });
  const save = useMutation({
    mutationFn: saveDraft,
    onSuccess: () => {
      message.success(t('plansUi.saved'));
      invalidate();
    },
    onError: onWriteError,
  });
  const issue = useMutation({
    mutationFn: async (v: { number: string; issuedOn: string }) => {
      const version = dirty ? (await saveDraft()).version : plan.version;
      return api.post<Plan>(`/plans/${plan.id}/issue`, { version, ...v });
    },
    onSuccess: (p) => {
      message.success(t('plansUi.issue.done', { number: p.number }));
      setIssueOpen(false);
      invalidate();
    },
  });
  const amend = useMutation({
    mutationFn: () => api.post<Plan>(`/plans/${plan.id}/amend`),
    onSuccess: (p) => {
      message.success(t('plansUi.amended'));
      invalidate();
      navigate(`/plans/${p.id}`);
    },
    onError: (e) => {
      message.error(errorText(e));
      const open = isApiError(e) && (e.details as { id?: number } | undefined)?.id;
      if (open) navigate(`/plans/${open}`);
    },
  });
  const remove = useMutation({
    mutationFn: () => api.delete(`/plans/${plan.id}`, { params: { version: plan.version } }),
    onSuccess: () => {
      message.success(t('plansUi.removed'));
      qc.removeQueries({ queryKey: ['plans', 'detail', plan.id] });
      invalidate();
      navigate('/plans');
    },
    onError: onWriteError,
  });

  // a lower unit: its own plan implementing this one, if it made one already
  const mine = useQuery({
    queryKey: ['plans', 'list', { unitId: lowerUnit?.id, year: plan.year, pageSize: 200 }],
    queryFn: () => api.get<Page<PlanListItem>>('/plans', { unitId: lowerUnit!.id, year: plan.year, pageSize: 200 }),
    enabled: !!lowerUnit && plan.status === 'issued',
  });
  const ownPlan = mine.data?.items.find((p) => p.parentPlanId === plan.id);
  const implement = useMutation({
    mutationFn: () => api.post<Plan>('/plans', { unitId: lowerUnit!.id, year: plan.year, title: plan.title, parentPlanId: plan.id }),
    onSuccess: (p) => {
      message.success(t('plansUi.implementCreated'));
      invalidate();
      navigate(`/plans/${p.id}`);
    },
    onError: (e) => message.error(errorText(e)),
  });

  const dl = (ext: 'docx' | 'pdf') =>
    download(`/plans/${plan.id}/document.${ext}`, undefined, `ke-hoach-${plan.id}.${ext}`).catch((e) => message.error(errorText(e)));
  const newer = plan.revisions.find((r) => r.revision > plan.revision);

  const extra = (
    <>
      {editing && (
        <>
          <Button icon={<SaveOutlined />} disabled={!dirty} loading={save.isPending} onClick={() => save.mutate()}>
            {t('plansUi.save')}
          </Button>
          <Button type="primary" icon={<SendOutlined />} onClick={() => setIssueOpen(true)}>
            {t('plansUi.issue.button')}
          </Button>
        </>
      )}
      {plan.status === 'issued' && canManage && (
        <Popconfirm title={t('plansUi.amendConfirm')} okText={t('plansUi.amend')} cancelText={t('plansUi.cancel')} onConfirm={() => amend.mutate()}>
          <Button icon={<EditOutlined />} loading={amend.isPending}>
            {t('plansUi.amend')}
          </Button>
        </Popconfirm>
      )}
      {plan.status === 'issued' && lowerUnit && !mine.isPending && !ownPlan && (
        <Button type="primary" icon={<NodeIndexOutlined />} loading={implement.isPending} onClick={() => implement.mutate()}>
          {t('plansUi.implement')}
        </Button>
      )}
      {ownPlan && (
        <Link to={`/plans/${ownPlan.id}`}>
          <Button icon={<NodeIndexOutlined />}>{t('plansUi.ownPlan')}</Button>
        </Link>
      )}
      <Button icon={<FileWordOutlined />} onClick={() => dl('docx')}>
        {t('plansUi.downloadDocx')}
      </Button>
      <Button icon={<FilePdfOutlined />} onClick={() => dl('pdf')}>
        {t('plansUi.downloadPdf')}
      </Button>
      {editing && (
        <Popconfirm title={t('plansUi.removeConfirm')} okText={t('plansUi.remove')} cancelText={t('plansUi.cancel')} onConfirm={() => remove.mutate()}>
          <Button danger icon={<DeleteOutlined />} aria-label={t('plansUi.removeDraft')} />
        </Popconfirm>
      )}
    </>
  );

  const docTab = editing ? (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented
          value={mode}
          onChange={(v) => setMode(v as 'edit' | 'preview')}
          options={[
            { value: 'edit', label: t('plansUi.modeEdit') },
            { value: 'preview', label: t('plansUi.modePreview') },
          ]}
        />
        {dirty && (
          <>
            <Tag color="orange">{t('plansUi.unsaved')}</Tag>
            <Button size="small" icon={<UndoOutlined />} onClick={() => setDraft(draftOf(plan))}>
              {t('plansUi.discard')}
            </Button>
          </>
        )}
      </Space>
      {mode === 'edit' ? (
        <>
          <PlanEditor draft={draft} onChange={setDraft} />
          <Button type="primary" icon={<SaveOutlined />} disabled={!dirty} loading={save.isPending} style={{ marginTop: 12 }} onClick={() => save.mutate()}>
            {t('plansUi.saveDocument')}
          </Button>
        </>
      ) : (
        <PlanPreview content={draft.content} title={draft.title} year={draft.year} number={plan.number} issuedOn={plan.issuedOn} />
      )}
    </>
  ) : (
    <PlanPreview content={plan.content} title={plan.title} year={plan.year} number={plan.number} issuedOn={plan.issuedOn} />
  );

  return (
    <>
      <PageHeader
        crumbs={[{ title: t('plansUi.title'), to: '/plans' }, { title: plan.number ?? t('plansUi.draftCrumb') }]}
        title={plan.title}
        tags={
          <>
            <PlanStatusTag status={plan.status} />
            {plan.revision > 1 && <Tag>{t('plansUi.revision', { n: plan.revision })}</Tag>}
          </>
        }
        subTitle={
          <Space wrap size={16}>
            <span>{plan.unitName}</span>
            <span>{t('plansUi.yearLabel', { year: plan.year })}</span>
            {plan.number && <span>{t('plansUi.numberShort', { number: plan.number })}</span>}
            {plan.issuedOn && <span>{t('plansUi.issuedOnLabel', { date: formatDate(plan.issuedOn) })}</span>}
            {plan.parent && (
              <span>
                {t('plansUi.implements')} <Link to={`/plans/${plan.parent.id}`}>{plan.parent.number ? t('plansUi.numberShort', { number: plan.parent.number }) : plan.parent.title}</Link> ({plan.parent.unitName})
              </span>
            )}
          </Space>
        }
        extra={extra}
      />
      {plan.status === 'superseded' && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('plansUi.supersededAlert')}
          action={newer && <Link to={`/plans/${newer.id}`}>{t('plansUi.openRevision', { n: newer.revision })}</Link>}
        />
      )}
      {plan.status === 'issued' && (
        <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t('plansUi.issuedAlert', { number: plan.number, date: formatDate(plan.issuedOn) })} />
      )}
      {plan.status === 'draft' && plan.supersedesId && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('plansUi.amendmentAlert')} action={<Link to={`/plans/${plan.supersedesId}`}>{t('plansUi.openIssued')}</Link>} />
      )}
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={(k) => url.update({ tab: k === 'document' ? undefined : k })}
          items={[
            { key: 'document', label: t('plansUi.tabs.document'), children: docTab },
            { key: 'tasks', label: t('plansUi.tabs.tasks'), children: <TasksTab plan={plan} canManage={canManage} canReport={canReport} /> },
            { key: 'cascade', label: t('plansUi.tabs.cascade'), children: <CascadeTab plan={plan} canManage={canManage && plan.status !== 'superseded'} /> },
            { key: 'reviews', label: t('plansUi.tabs.reviews'), children: <ReviewsTab plan={plan} canManage={canManage} /> },
          ]}
        />
      </Card>
      <IssueModal
        plan={plan}
        open={issueOpen}
        loading={issue.isPending}
        onClose={() => setIssueOpen(false)}
        onIssue={(v, form) =>
          issue.mutate(v, {
            onError: (e) => {
              if (!applyServerErrors(form, e)) onWriteError(e);
            },
          })
        }
      />
    </>
  );
}

export default function PlanDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const q = useQuery({ queryKey: ['plans', 'detail', Number(id)], queryFn: () => api.get<PlanDetail>(`/plans/${id}`) });
  useDocumentTitle(q.data ? q.data.title : t('plansUi.title'));
  if (q.isPending) return <PageSpinner />;
  if (q.isError || !q.data) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  return <PlanView plan={q.data} reload={() => q.refetch()} />;
}
