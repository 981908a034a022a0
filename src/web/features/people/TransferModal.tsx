import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { DATE_FORMAT, toApiDate } from '../../app/format';
import { applyServerErrors } from '../../app/forms';
import type { Person, PersonDetail } from '../../../shared/contract/people';
import { UnitSelect } from '../../components/UnitSelect';
import { useToday } from '../../app/auth';

interface Values {
  unitId: number | null;
  date: Dayjs | null;
  position: string;
}

/** Move a person to another unit: closes the current membership and opens a new one. */
export function TransferModal({ open, onClose, person }: { open: boolean; onClose: () => void; person: PersonDetail }) {
  const today = useToday();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const transfer = useMutation({
    mutationFn: (v: Values) =>
      api.post<Person>(`/people/${person.id}/transfer`, {
        unitId: v.unitId,
        date: toApiDate(v.date),
        position: v.position?.trim() || undefined,
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['people'] });
      message.success(t('people.transfer.done'));
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
      title={t('people.transfer.title', { name: person.fullName })}
      okText={t('people.transfer.submit')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={transfer.isPending}
      destroyOnHidden
      afterOpenChange={(o) => !o && setError(null)}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ unitId: null, date: dayjs(today), position: person.position ?? '' }}
        onFinish={(v) => transfer.mutate(v)}
      >
        <Form.Item name="unitId" label={t('people.transfer.unit')} rules={[{ required: true, message: t('people.form.unitRequired') }]}>
          <UnitSelect excludeId={person.unitId} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="date" label={t('people.transfer.date')} rules={[{ required: true, message: t('validation.required') }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="position" label={t('people.fields.position')}>
          <Input />
        </Form.Item>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
