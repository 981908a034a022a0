import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { Trans, useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { DATE_FORMAT, toApiDate } from '../../app/format';
import { applyServerErrors } from '../../app/forms';
import type { Unit } from '../../../shared/contract/units';
import { UnitSelect } from '../../components/UnitSelect';
import { useToday } from '../../app/auth';

interface Values {
  intoUnitId: number | null;
  date: Dayjs | null;
  note: string;
}

/** Merge a unit into another (the 2025 reform): the source becomes inactive, history stays findable. */
export function MergeModal({ open, onClose, unit }: { open: boolean; onClose: () => void; unit: Unit }) {
  const today = useToday();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);

  const merge = useMutation({
    mutationFn: (v: Values) =>
      api.post<Unit>(`/units/${unit.id}/merge`, { intoUnitId: v.intoUnitId, date: toApiDate(v.date), note: v.note?.trim() || undefined }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['units'] });
      void qc.invalidateQueries({ queryKey: ['people'] });
      message.success(t('units.merge.done'));
      onClose();
    },
    onError: (e) => {
      applyServerErrors(form, e);
      setError(errorText(e));
    },
  });

  return (
    <Modal
      open={open}
      title={t('units.merge.title')}
      okText={t('units.merge.submit')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={merge.isPending}
      destroyOnHidden
      afterOpenChange={(o) => !o && setError(null)}
    >
      <Typography.Paragraph>
        <Trans i18nKey="units.merge.intro" values={{ name: unit.name }} components={{ b: <strong /> }} />
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ intoUnitId: null, date: dayjs(today), note: '' }}
        onFinish={(v) => merge.mutate(v)}
      >
        <Form.Item name="intoUnitId" label={t('units.merge.into')} rules={[{ required: true, message: t('validation.required') }]}>
          <UnitSelect excludeId={unit.id} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="date" label={t('units.merge.date')} rules={[{ required: true, message: t('validation.required') }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label={t('units.merge.note')}>
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('units.merge.notePlaceholder')} />
        </Form.Item>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
