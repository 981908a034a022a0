import { useQuery } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Select } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import type { Page } from '../../app/types';
import { FormModal, useFormSave } from '../../components/FormModal';
import { UnitSelect } from '../../components/UnitSelect';
import type { Movement } from '../../../shared/contract/movements';
import { AWARD_TYPES, type Dossier } from './types';
import { useToday } from '../../app/auth';

interface Values {
  proposingUnitId: number;
  receivingUnitId: number;
  awardType: string;
  year: number;
  title?: string;
  movement?: string;
  movementId?: number | null;
}

/** A new draft: who proposes, to whom (the proposing unit or one above it), what kind, which year. */
export function CreateDossierModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const today = useToday();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const awardType = Form.useWatch('awardType', form);
  const year = Form.useWatch('year', form);
  // the launched movements the user can see (launched above or in scope), for a phong_trao dossier
  const movements = useQuery({
    queryKey: ['movements', 'launched', year],
    queryFn: () => api.get<Page<Movement>>('/movements', { status: 'launched', year, pageSize: 200 }),
    enabled: open && awardType === 'phong_trao',
  });
  const saving = useFormSave<Values, Dossier>({
    form,
    invalidate: [['dossiers']],
    mutationFn: (v) =>
      api.post<Dossier>('/dossiers', { ...v, title: v.title?.trim() || undefined, movement: v.movementId ? undefined : v.movement?.trim() || null, movementId: v.movementId ?? null }),
    onSaved: (d) => {
      message.success(t('dossiers.created', { code: d.code }));
      form.resetFields();
      onClose();
      navigate(`/dossiers/${d.id}`);
    },
  });
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t('dossiers.create')}
      okText={t('dossiers.createOk')}
      form={form}
      saving={saving}
      initialValues={{ awardType: 'cong_trang', year: Number(today.slice(0, 4)) }}
    >
      <Form.Item name="proposingUnitId" label={t('dossiers.fields.proposingUnit')} htmlFor="dossier-proposing" rules={[{ required: true, message: t('dossiers.required.proposingUnit') }]}>
        <UnitSelect
          id="dossier-proposing"
          onChange={(v, unit) => {
            form.setFieldValue('proposingUnitId', v ?? undefined);
            // a school or a village proposes to the commune above it; a commune to itself
            if (unit && !form.getFieldValue('receivingUnitId')) {
              const toParent = (unit.level === 'don_vi' || unit.level === 'thon') && unit.parentId;
              form.setFieldValue('receivingUnitId', toParent ? unit.parentId : unit.id);
            }
          }}
        />
      </Form.Item>
      <Form.Item
        name="receivingUnitId"
        label={t('dossiers.fields.receivingUnit')}
        htmlFor="dossier-receiving"
        extra={t('dossiers.receivingHelp')}
        rules={[{ required: true, message: t('dossiers.required.receivingUnit') }]}
      >
        <UnitSelect id="dossier-receiving" />
      </Form.Item>
      <Form.Item name="awardType" label={t('dossiers.fields.awardType')} htmlFor="dossier-award-type" rules={[{ required: true }]}>
        <Select id="dossier-award-type" options={AWARD_TYPES.map((a) => ({ value: a, label: t(`rules.awardType.${a}`) }))} />
      </Form.Item>
      <Form.Item name="year" label={t('dossiers.fields.year')} htmlFor="dossier-year" rules={[{ required: true, message: t('dossiers.required.year') }]}>
        <InputNumber id="dossier-year" min={1945} max={2100} precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="title" label={t('dossiers.fields.title')} htmlFor="dossier-title" extra={t('dossiers.titleHelp')}>
        <Input id="dossier-title" maxLength={500} />
      </Form.Item>
      {awardType === 'phong_trao' ? (
        <Form.Item name="movementId" label={t('dossiers.fields.movementLinked')} htmlFor="dossier-movement-id" extra={t('dossiers.movementLinkedHelp')}>
          <Select
            id="dossier-movement-id"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={movements.isPending}
            placeholder={t('dossiers.movementLinkedPlaceholder')}
            notFoundContent={t('dossiers.noMovements')}
            options={(movements.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.name} — ${m.unitName}` }))}
          />
        </Form.Item>
      ) : (
        <Form.Item name="movement" label={t('dossiers.fields.movement')} htmlFor="dossier-movement">
          <Input id="dossier-movement" maxLength={500} placeholder={t('dossiers.movementPlaceholder')} />
        </Form.Item>
      )}
    </FormModal>
  );
}
