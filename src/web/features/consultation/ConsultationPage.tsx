import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Select, Table, Typography } from 'antd';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { applyServerErrors } from '../../app/forms';
import { formatDate } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorState } from '../../components/ErrorState';
import { PageSpinner } from '../../components/PageSpinner';
import { PublicLayout } from '../../app/PublicLayout';
import type { CommentSent, PublicConsultation, PublicNominee } from './types';

interface CommentValues {
  nomineeId?: number;
  authorName: string;
  contact?: string;
  content: string;
}

/** One list open for comment: the nominees (no private data) and the comment form. */
export default function ConsultationPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const errorText = useErrorText();
  const [form] = Form.useForm<CommentValues>();
  const [sent, setSent] = useState<string | null>(null);
  const q = useQuery({ queryKey: ['public', 'consultation', id], queryFn: () => api.get<PublicConsultation>(`/public/consultations/${id}`, undefined, { skipAuthRedirect: true }) });
  useDocumentTitle(q.data?.title ?? t('public.consultations.title'));
  const send = useMutation({
    mutationFn: (v: CommentValues) => api.post<CommentSent>(`/public/consultations/${id}/comments`, { ...v, contact: v.contact?.trim() || null, nomineeId: v.nomineeId ?? null }, { skipAuthRedirect: true }),
    onSuccess: (r) => {
      setSent(r.message);
      form.resetFields();
    },
    onError: (e) => {
      applyServerErrors(form, e);
    },
  });
  if (q.isPending) return <PublicLayout><PageSpinner /></PublicLayout>;
  if (q.isError) return <PublicLayout><ErrorState error={q.error} /></PublicLayout>;
  const d = q.data;
  return (
    <PublicLayout>
      <Typography.Title level={3}>{d.title}</Typography.Title>
      <Typography.Paragraph>
        {d.proposingUnitName} → {d.receivingUnitName}
        {d.movement && ` · ${d.movement}`}
      </Typography.Paragraph>
      <Alert
        type={d.open ? 'info' : 'warning'}
        showIcon
        style={{ marginBottom: 16 }}
        title={d.open ? t('public.consultation.window', { from: formatDate(d.consultationFrom), until: formatDate(d.consultationUntil) }) : t('public.consultation.closed')}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Table<PublicNominee>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={d.nominees}
          scroll={{ x: 'max-content' }}
          data-testid="public-nominees"
          columns={[
            { title: t('dossiers.fields.no'), key: 'no', width: 50, render: (_, __, i) => i + 1 },
            { title: t('dossiers.fields.nominee'), key: 'name', render: (_, n) => <div><div>{n.name}</div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{[n.position, n.unitName].filter(Boolean).join(', ')}</Typography.Text></div> },
            { title: t('dossiers.fields.award'), dataIndex: 'awardName', key: 'award' },
            { title: t('dossiers.fields.achievement'), dataIndex: 'achievement', key: 'achievement', render: (a: string | null) => <div style={{ maxWidth: 380 }}>{a ?? '—'}</div> },
          ]}
        />
      </Card>
      {d.open && (
        <Card size="small" title={t('public.consultation.formTitle')}>
          {sent && <Alert type="success" showIcon title={sent} style={{ marginBottom: 12 }} data-testid="comment-sent" />}
          {send.isError && <Alert type="error" showIcon title={errorText(send.error)} style={{ marginBottom: 12 }} />}
          <Form<CommentValues> form={form} layout="vertical" onFinish={(v) => send.mutate(v)}>
            <Form.Item name="nomineeId" label={t('public.consultation.about')} htmlFor="comment-nominee">
              <Select id="comment-nominee" allowClear placeholder={t('public.consultation.aboutAll')} options={d.nominees.map((n) => ({ value: n.id, label: `${n.name} — ${n.awardName}` }))} />
            </Form.Item>
            <Form.Item name="authorName" label={t('public.consultation.name')} htmlFor="comment-name" rules={[{ required: true, min: 2, message: t('public.consultation.nameRequired') }]}>
              <Input id="comment-name" maxLength={150} autoComplete="name" />
            </Form.Item>
            <Form.Item name="contact" label={t('public.consultation.contact')} htmlFor="comment-contact" extra={t('public.consultation.contactHelp')}>
              <Input id="comment-contact" maxLength={200} />
            </Form.Item>
            <Form.Item name="content" label={t('public.consultation.content')} htmlFor="comment-content" rules={[{ required: true, min: 10, message: t('public.consultation.contentRequired') }]}>
              <Input.TextArea id="comment-content" rows={4} maxLength={4000} showCount />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={send.isPending}>
              {t('public.consultation.send')}
            </Button>
          </Form>
        </Card>
      )}
    </PublicLayout>
  );
}
