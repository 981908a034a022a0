import { useState } from 'react';
import { Checkbox, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierAction, Nominee } from './types';

interface Props {
  action: DossierAction;
  name: string;
  nominees: Nominee[];
  /** rows whose checks failed: preselected when returning */
  failing: number[];
  loading: boolean;
  onCancel: () => void;
  onSubmit: (body: Record<string, unknown>) => void;
}

/**
 * Actions that need words: returning (a reason, and one per row to fix), rejecting, withdrawing,
 * and opening the public consultation (its length in working days).
 */
export function ActionModal({ action, name, nominees, failing, loading, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [picked, setPicked] = useState<number[]>(action === 'return' ? failing : []);
  const submit = (v: { reason?: string; days?: number; items?: Record<string, string> }) => {
    if (action === 'open_consultation') return onSubmit(v.days ? { days: v.days } : {});
    const items = action === 'return' ? picked.map((id) => ({ nomineeId: id, reason: (v.items?.[id] ?? '').trim() })).filter((i) => i.reason) : undefined;
    onSubmit({ reason: v.reason?.trim(), ...(items?.length ? { items } : {}) });
  };
  return (
    <Modal open title={name} okText={name} cancelText={t('common.cancel')} onCancel={onCancel} onOk={() => form.submit()} confirmLoading={loading} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" onFinish={submit}>
        {action === 'open_consultation' ? (
          <Form.Item
            name="days"
            label={t('dossiers.consultationDays')}
            htmlFor="consultation-days"
            extra={t('dossiers.consultationDaysHelp')}
          >
            <InputNumber id="consultation-days" min={1} max={60} precision={0} style={{ width: 160 }} />
          </Form.Item>
        ) : (
          <Form.Item name="reason" label={t('dossiers.reason')} htmlFor="action-reason" rules={[{ required: true, whitespace: true, message: t('dossiers.required.reason') }]}>
            <Input.TextArea id="action-reason" rows={3} maxLength={4000} />
          </Form.Item>
        )}
        {action === 'return' && nominees.length > 0 && (
          <>
            <Typography.Paragraph type="secondary">{t('dossiers.returnItemsHelp')}</Typography.Paragraph>
            {nominees.map((n) => (
              <div key={n.id} style={{ marginBottom: 8 }}>
                <Checkbox
                  checked={picked.includes(n.id)}
                  onChange={(e) => setPicked((p) => (e.target.checked ? [...p, n.id] : p.filter((x) => x !== n.id)))}
                >
                  {n.name} — {n.awardName}
                </Checkbox>
                {picked.includes(n.id) && (
                  <Form.Item name={['items', String(n.id)]} style={{ margin: '4px 0 0 24px' }} rules={[{ required: true, whitespace: true, message: t('dossiers.required.itemReason') }]}>
                    <Input aria-label={t('dossiers.itemReason', { name: n.name })} placeholder={t('dossiers.itemReasonPlaceholder')} maxLength={2000} />
                  </Form.Item>
                )}
              </div>
            ))}
          </>
        )}
      </Form>
    </Modal>
  );
}
