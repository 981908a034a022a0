import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { DATE_FORMAT, toApiDate } from '../../app/format';
import type { Person, PersonDetail } from '../../../shared/contract/people';
import { FormModal, useFormSave } from '../../components/FormModal';
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
  const [form] = Form.useForm<Values>();
  const saving = useFormSave<Values, Person>({
    form,
    mutationFn: (v) =>
      api.post<Person>(`/people/${person.id}/transfer`, { unitId: v.unitId, date: toApiDate(v.date), position: v.position?.trim() || undefined }),
    invalidate: [['people']],
    success: t('people.transfer.done'),
    onSaved: onClose,
  });
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t('people.transfer.title', { name: person.fullName })}
      okText={t('people.transfer.submit')}
      form={form}
      saving={saving}
      initialValues={{ unitId: null, date: dayjs(today), position: person.position ?? '' }}
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
    </FormModal>
  );
}
