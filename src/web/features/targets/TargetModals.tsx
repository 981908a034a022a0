import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Select, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { applyServerErrors } from '../../app/forms';
import { periodOptions, quarterOf } from '../movements/parts';
import { TARGET_DIRECTIONS, type Target, type TargetDirection, type UploadedFile } from '../movements/types';

interface TargetValues {
  name: string;
  measure: string;
  direction: TargetDirection;
  baseline?: number | null;
  target: number;
}

/** A new target of a registration (or of a movement / plan, by `owner`). */
export function AddTargetModal({ unitId, year, owner, onClose, onDone }: { unitId: number; year: number; owner: { registrationId?: number; movementId?: number; planId?: number }; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<TargetValues>();
  const direction = Form.useWatch('direction', form);
  const create = useMutation({
    mutationFn: (v: TargetValues) => api.post<Target>('/targets', { unitId, year, ...owner, name: v.name.trim(), measure: v.measure.trim(), direction: v.direction, baseline: v.baseline ?? null, target: v.target }),
    onSuccess: () => {
      message.success(t('movementsUi.target.added'));
      onDone();
      onClose();
    },
    onError: (e) => {
      if (!applyServerErrors(form, e)) message.error(errorText(e));
    },
  });
  return (
    <Modal open title={t('movementsUi.target.add')} okText={t('movementsUi.target.addOk')} cancelText={t('common.cancel')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden>
      <Form<TargetValues> form={form} layout="vertical" initialValues={{ direction: 'at_least' }} onFinish={(v) => create.mutate(v)}>
        <Form.Item name="name" label={t('movementsUi.target.name')} htmlFor="target-name" rules={[{ required: true, whitespace: true, message: t('movementsUi.required.targetName') }]}>
          <Input id="target-name" maxLength={500} placeholder={t('movementsUi.target.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="measure" label={t('movementsUi.target.measure')} htmlFor="target-measure" rules={[{ required: true, whitespace: true, message: t('movementsUi.required.measure') }]}>
          <Input id="target-measure" maxLength={50} placeholder={t('movementsUi.target.measurePlaceholder')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="direction" label={t('movementsUi.target.direction')} htmlFor="target-direction" extra={direction ? t(`movementsUi.directionHelp.${direction}`) : undefined}>
          <Select id="target-direction" options={TARGET_DIRECTIONS.map((d) => ({ value: d, label: t(`movementsUi.direction.${d}`) }))} />
        </Form.Item>
        <Form.Item
          name="baseline"
          label={t('movementsUi.target.baseline')}
          htmlFor="target-baseline"
          rules={[{ required: direction === 'reduce_by', message: t('movementsUi.required.baseline') }]}
        >
          <InputNumber id="target-baseline" decimalSeparator="," style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="target" label={direction === 'reduce_by' ? t('movementsUi.target.reduction') : t('movementsUi.target.target')} htmlFor="target-value" rules={[{ required: true, message: t('movementsUi.required.target') }]}>
          <InputNumber id="target-value" decimalSeparator="," style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ActualValues {
  period: string;
  value: number;
  note?: string;
}

/** Số liệu thực hiện of one period, with an optional evidence file (uploaded first, then attached by its hash). */
export function ActualModal({ target, today, onClose, onDone }: { target: Target; today: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<ActualValues>();
  const [file, setFile] = useState<File | null>(null);
  const defaultPeriod = today.slice(0, 4) === String(target.year) ? quarterOf(today) : `${target.year}-Q4`;
  const save = useMutation({
    mutationFn: async (v: ActualValues) => {
      let evidence: Pick<UploadedFile, 'sha256' | 'fileName'> | undefined;
      if (file) {
        const fd = new FormData();
        fd.append('file', file);
        const up = await api.post<UploadedFile>('/files', fd);
        evidence = { sha256: up.sha256, fileName: up.fileName };
      }
      return api.post<Target>(`/targets/${target.id}/actuals`, { period: v.period, value: v.value, note: v.note?.trim() || null, ...(evidence ? { file: evidence } : {}) });
    },
    onSuccess: (res) => {
      message.success(t('movementsUi.target.actualSaved', { text: res.attainment.text }));
      onDone();
      onClose();
    },
    onError: (e) => {
      if (!applyServerErrors(form, e)) message.error(errorText(e));
    },
  });
  return (
    <Modal
      open
      title={t('movementsUi.target.enterTitle', { name: target.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {t('movementsUi.target.enterHelp', { direction: target.directionName, target: target.target, measure: target.measure })}
      </Typography.Paragraph>
      <Form<ActualValues> form={form} layout="vertical" initialValues={{ period: defaultPeriod }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="period" label={t('movementsUi.target.period')} htmlFor="actual-period" rules={[{ required: true }]}>
          <Select id="actual-period" options={periodOptions(t, target.year)} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="value" label={t('movementsUi.target.value', { measure: target.measure })} htmlFor="actual-value" rules={[{ required: true, message: t('movementsUi.required.value') }]}>
          <InputNumber id="actual-value" decimalSeparator="," style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="note" label={t('movementsUi.target.note')} htmlFor="actual-note">
          <Input.TextArea id="actual-note" rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item label={t('movementsUi.target.evidence')} extra={t('movementsUi.target.evidenceHelp')}>
          <Upload
            accept=".pdf,.docx,.doc,.xlsx,.jpg,.jpeg,.png"
            maxCount={1}
            showUploadList={false}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />}>{t('movementsUi.target.pickFile')}</Button>
          </Upload>
          {file && (
            <div style={{ marginTop: 8 }} data-testid="evidence-file">
              <PaperClipOutlined /> {file.name}{' '}
              <Button type="link" size="small" onClick={() => setFile(null)}>
                {t('common.remove')}
              </Button>
            </div>
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}
