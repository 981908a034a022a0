import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Divider, Drawer, Form, Input, InputNumber, Select, Space, Timeline, Typography, Upload } from 'antd';
import { DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, download } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { formatDate, formatDateTime } from '../../app/format';
import { ErrorState } from '../../components/ErrorState';
import { PageSpinner } from '../../components/PageSpinner';
import { TaskDue, TaskProgress, TaskStatusTag, useQuarterName } from '../plans/parts';
import { TASK_STATUSES, type TaskDetail, type TaskStatus, type UploadedFile } from '../plans/types';

/** the evidence file to attach to the report */
type Uploaded = Pick<UploadedFile, 'sha256' | 'fileName'>;

interface ReportValues {
  note: string;
  status?: TaskStatus;
  progress?: number | null;
}

/** "Báo cáo tiến độ": a note, a new status and progress, an evidence file uploaded first. */
function ReportForm({ task, onDone }: { task: TaskDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<ReportValues>();
  const [file, setFile] = useState<Uploaded | null>(null);
  const status = Form.useWatch('status', form);
  const upload = useMutation({
    mutationFn: (f: File) => {
      const fd = new FormData();
      fd.append('file', f);
      return api.post<UploadedFile>('/files', fd);
    },
    onSuccess: (f) => setFile({ sha256: f.sha256, fileName: f.fileName }),
    onError: (e) => message.error(errorText(e)),
  });
  const report = useMutation({
    mutationFn: (v: ReportValues) =>
      api.post<TaskDetail>(`/tasks/${task.id}/notes`, {
        version: task.version,
        note: v.note.trim(),
        status: v.status,
        progress: v.status === 'hoan_thanh' ? 100 : (v.progress ?? undefined),
        file: file ?? undefined,
      }),
    onSuccess: () => {
      message.success(t('plansUi.report.saved'));
      form.resetFields();
      setFile(null);
      onDone();
    },
    onError: (e) => {
      message.error(errorText(e));
      onDone();
    },
  });
  return (
    <Form<ReportValues> form={form} layout="vertical" initialValues={{ status: task.status, progress: task.progress }} onFinish={(v) => report.mutate(v)} data-testid="report-form">
      <Form.Item name="note" label={t('plansUi.report.note')} htmlFor="report-note" rules={[{ required: true, whitespace: true, message: t('plansUi.report.noteRequired') }]}>
        <Input.TextArea id="report-note" autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
      <Space wrap size={16} align="start">
        <Form.Item name="status" label={t('plansUi.report.status')} htmlFor="report-status">
          <Select id="report-status" style={{ width: 200 }} options={TASK_STATUSES.map((s) => ({ value: s, label: t(`plansUi.taskStatus.${s}`) }))} />
        </Form.Item>
        <Form.Item name="progress" label={t('plansUi.report.progress')} htmlFor="report-progress">
          <InputNumber id="report-progress" min={0} max={100} precision={0} suffix="%" style={{ width: 120 }} disabled={status === 'hoan_thanh'} />
        </Form.Item>
      </Space>
      <Form.Item label={t('plansUi.report.evidence')}>
        <Space wrap>
          <Upload
            accept=".pdf,.docx,.doc,.xlsx,.xls,.jpg,.jpeg,.png"
            showUploadList={false}
            beforeUpload={(f) => {
              upload.mutate(f);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {t('plansUi.report.upload')}
            </Button>
          </Upload>
          {file && (
            <Typography.Text data-testid="uploaded-file">
              <PaperClipOutlined /> {file.fileName}{' '}
              <Button size="small" type="link" onClick={() => setFile(null)}>
                {t('plansUi.report.removeFile')}
              </Button>
            </Typography.Text>
          )}
        </Space>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={report.isPending} disabled={upload.isPending}>
        {t('plansUi.report.submit')}
      </Button>
    </Form>
  );
}

/** A task with its progress reports (notes, evidence files) and the form to report on it. */
export function TaskDrawer({ taskId, onClose, canReport = true }: { taskId: number | null; onClose: () => void; canReport?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const quarterName = useQuarterName();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ['tasks', 'detail', taskId], queryFn: () => api.get<TaskDetail>(`/tasks/${taskId}`), enabled: taskId != null });
  const task = q.data;
  const refresh = () => {
    qc.invalidateQueries({ queryKey: ['tasks'] });
    qc.invalidateQueries({ queryKey: ['plans', 'list'] });
  };
  return (
    <Drawer open={taskId != null} onClose={onClose} size={640} title={t('plansUi.tasks.drawerTitle')} destroyOnHidden>
      {q.isPending ? (
        <PageSpinner />
      ) : q.isError || !task ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <div data-testid="task-drawer">
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {task.title}
          </Typography.Title>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'plan',
                label: t('plansUi.tasks.fields.plan'),
                children: (
                  <Link to={`/plans/${task.planId}?tab=tasks`}>
                    {task.planNumber ? `${task.planNumber} — ` : ''}
                    {task.planTitle}
                  </Link>
                ),
              },
              { key: 'clause', label: t('plansUi.tasks.fields.clause'), children: task.clause ?? '—' },
              { key: 'due', label: t('plansUi.tasks.fields.dueOn'), children: <TaskDue task={task} /> },
              { key: 'lead', label: t('plansUi.tasks.fields.leadUnit'), children: task.leadUnitName },
              { key: 'coord', label: t('plansUi.tasks.fields.coordUnits'), children: task.coordUnits.map((u) => u.name).join(', ') || '—' },
              { key: 'status', label: t('plansUi.tasks.fields.status'), children: <TaskStatusTag status={task.status} /> },
              { key: 'progress', label: t('plansUi.tasks.fields.progress'), children: <TaskProgress task={task} /> },
              ...(task.doneOn ? [{ key: 'done', label: t('plansUi.tasks.fields.doneOn'), children: formatDate(task.doneOn) }] : []),
            ]}
          />
          <Divider titlePlacement="start">{t('plansUi.report.history')}</Divider>
          {task.notes.length === 0 ? (
            <Typography.Text type="secondary">{t('plansUi.report.none')}</Typography.Text>
          ) : (
            <Timeline
              data-testid="task-notes"
              items={task.notes.map((n) => ({
                key: n.id,
                content: (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {n.author ?? '—'} · {formatDateTime(n.createdAt)}
                    </Typography.Text>
                    <div style={{ whiteSpace: 'pre-wrap' }}>{n.note}</div>
                    <Space size={8} wrap>
                      {n.status && <TaskStatusTag status={n.status} />}
                      {n.progress != null && <Typography.Text type="secondary">{n.progress}%</Typography.Text>}
                      {n.hasFile && (
                        <Button
                          size="small"
                          icon={<DownloadOutlined />}
                          aria-label={t('plansUi.report.download', { name: n.fileName })}
                          onClick={() => download(`/tasks/${task.id}/notes/${n.id}/file`, undefined, n.fileName ?? 'minh-chung').catch((e) => message.error(errorText(e)))}
                        >
                          {n.fileName}
                        </Button>
                      )}
                    </Space>
                  </div>
                ),
              }))}
            />
          )}
          {canReport && (
            <>
              <Divider titlePlacement="start">{t('plansUi.report.title')}</Divider>
              {task.quarter && task.status !== 'hoan_thanh' && task.overdue && (
                <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('plansUi.report.overdueAlert', { quarter: quarterName(task.quarter), date: formatDate(task.dueOn) })} />
              )}
              <ReportForm key={task.version} task={task} onDone={refresh} />
            </>
          )}
        </div>
      )}
    </Drawer>
  );
}
