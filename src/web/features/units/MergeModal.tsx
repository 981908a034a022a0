import { Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Trans, useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { toApiDate } from '../../app/format';
import type { Unit } from '../../../shared/contract/units';
import { FormModal, useFormSave } from '../../components/FormModal';
import { UnitSelect } from '../../components/UnitSelect';
import { useToday } from '../../app/auth';
import { EventDateNoteFields } from './eventFields';

interface Values {
  intoUnitId: number | null;
  date: Dayjs | null;
  note: string;
}

/** Merge a unit into another (the 2025 reform): the source becomes inactive, history stays findable. */
export function MergeModal({ open, onClose, unit }: { open: boolean; onClose: () => void; unit: Unit }) {
  const today = useToday();
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const saving = useFormSave<Values, Unit>({
    form,
    mutationFn: (v) =>
      api.post<Unit>(`/units/${unit.id}/merge`, { intoUnitId: v.intoUnitId, date: toApiDate(v.date), note: v.note?.trim() || undefined }),
    invalidate: [['units'], ['people']],
    success: t('units.merge.done'),
    onSaved: onClose,
  });

  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t('units.merge.title')}
      okText={t('units.merge.submit')}
      danger
      form={form}
      saving={saving}
      initialValues={{ intoUnitId: null, date: dayjs(today), note: '' }}
      intro={
        <Typography.Paragraph>
          <Trans i18nKey="units.merge.intro" values={{ name: unit.name }} components={{ b: <strong /> }} />
        </Typography.Paragraph>
      }
    >
      <Form.Item name="intoUnitId" label={t('units.merge.into')} rules={[{ required: true, message: t('validation.required') }]}>
        <UnitSelect excludeId={unit.id} style={{ width: '100%' }} />
      </Form.Item>
      <EventDateNoteFields dateLabel={t('units.merge.date')} />
    </FormModal>
  );
}
