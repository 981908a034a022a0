import { Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Trans, useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { toApiDate } from '../../app/format';
import type { Unit } from '../../../shared/contract/units';
import { FormModal, useFormSave } from '../../components/FormModal';
import { useToday } from '../../app/auth';
import { EventDateNoteFields } from './eventFields';

interface Values {
  date: Dayjs | null;
  note: string;
}

/** End a unit without a successor (giải thể, chấm dứt hoạt động); it stays in the records as inactive. */
export function AbolishModal({ open, onClose, unit }: { open: boolean; onClose: () => void; unit: Unit }) {
  const today = useToday();
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const saving = useFormSave<Values, Unit>({
    form,
    mutationFn: (v) => api.post<Unit>(`/units/${unit.id}/abolish`, { date: toApiDate(v.date), note: v.note?.trim() || undefined }),
    invalidate: [['units']],
    success: t('units.abolish.done'),
    onSaved: onClose,
  });
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t('units.abolish.title')}
      okText={t('units.abolish.submit')}
      danger
      form={form}
      saving={saving}
      initialValues={{ date: dayjs(today), note: '' }}
      intro={
        <Typography.Paragraph>
          <Trans i18nKey="units.abolish.intro" values={{ name: unit.name }} components={{ b: <strong /> }} />
        </Typography.Paragraph>
      }
    >
      <EventDateNoteFields dateLabel={t('units.abolish.date')} />
    </FormModal>
  );
}
