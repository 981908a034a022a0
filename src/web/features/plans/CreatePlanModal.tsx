import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Checkbox, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useAuth, useToday } from '../../app/auth';
import { formatDate } from '../../app/format';
import type { Page, UnitDetail } from '../../app/types';
import { FormModal, useFormSave } from '../../components/FormModal';
import type { Plan, PlanListItem } from './types';

/** The units the user may write plans for (each granted unit whose roles create plans, once). */
export function useMyPlanUnits() {
  const { unitsWhere } = useAuth();
  return useMemo(() => unitsWhere('plan', 'create').map((s) => ({ id: s.unitId, name: s.unitName })), [unitsWhere]);
}

interface Values {
  unitId: number;
  year: number;
  title: string;
  fromParent?: boolean;
  parentPlanId?: number;
}

/** A new draft plan of one of the user's units, optionally built from an issued plan of a unit above. */
export function CreatePlanModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const today = useToday();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const units = useMyPlanUnits();
  const [form] = Form.useForm<Values>();
  const unitId = Form.useWatch('unitId', form);
  const fromParent = Form.useWatch('fromParent', form);

  // plans of the units above the chosen unit, issued: the ones it may implement
  const unit = useQuery({
    queryKey: ['units', 'detail', unitId],
    queryFn: () => api.get<UnitDetail>(`/units/${unitId}`),
    enabled: open && !!fromParent && !!unitId,
    staleTime: 60_000,
  });
  const upper = useQuery({
    queryKey: ['plans', 'list', { status: 'issued', pageSize: 200 }],
    queryFn: () => api.get<Page<PlanListItem>>('/plans', { status: 'issued', pageSize: 200 }),
    enabled: open && !!fromParent,
  });
  const ancestors = new Set((unit.data?.ancestors ?? []).map((a) => a.id));
  const parentOptions = (upper.data?.items ?? [])
    .filter((p) => ancestors.has(p.unitId))
    .map((p) => ({ value: p.id, label: `${p.number ?? ''} — ${p.title} (${p.unitName}, ${formatDate(p.issuedOn)})`, plan: p }));

  const saving = useFormSave<Values, Plan>({
    form,
    mutationFn: (v) => api.post<Plan>('/plans', { unitId: v.unitId, year: v.year, title: v.title.trim(), parentPlanId: v.fromParent ? v.parentPlanId : undefined }),
    invalidate: [['plans']],
    success: t('plansUi.created'),
    onSaved: (p) => {
      form.resetFields();
      onClose();
      navigate(`/plans/${p.id}`);
    },
  });

  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      title={t('plansUi.create')}
      okText={t('plansUi.createOk')}
      form={form}
      saving={saving}
      initialValues={{ unitId: units[0]?.id, year: Number(today.slice(0, 4)) }}
    >
      <Form.Item name="unitId" label={t('plansUi.fields.unit')} htmlFor="plan-unit" rules={[{ required: true, message: t('plansUi.required.unit') }]}>
        <Select id="plan-unit" options={units.map((u) => ({ value: u.id, label: u.name }))} onChange={() => form.setFieldValue('parentPlanId', undefined)} />
      </Form.Item>
      <Form.Item name="year" label={t('plansUi.fields.year')} htmlFor="plan-year" rules={[{ required: true, message: t('plansUi.required.year') }]}>
        <InputNumber id="plan-year" min={1945} max={2100} precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('plansUi.fields.title')}
        htmlFor="plan-title"
        extra={t('plansUi.titleHelp')}
        rules={[{ required: true, whitespace: true, min: 5, message: t('plansUi.required.title') }]}
      >
        <Input.TextArea id="plan-title" autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
      </Form.Item>
      <Form.Item name="fromParent" valuePropName="checked" style={{ marginBottom: fromParent ? 8 : undefined }}>
        <Checkbox>{t('plansUi.fromParent')}</Checkbox>
      </Form.Item>
      {fromParent && (
        <Form.Item
          name="parentPlanId"
          label={t('plansUi.fields.parentPlan')}
          htmlFor="plan-parent"
          extra={t('plansUi.parentHelp')}
          rules={[{ required: true, message: t('plansUi.required.parentPlan') }]}
        >
          <Select
            id="plan-parent"
            showSearch={{ optionFilterProp: 'label' }}
            loading={upper.isFetching || unit.isFetching}
            options={parentOptions}
            notFoundContent={<Typography.Text type="secondary">{t('plansUi.noUpperPlans')}</Typography.Text>}
            onChange={(_, opt) => {
              const o = Array.isArray(opt) ? opt[0] : opt;
              if (o?.plan) form.setFieldValue('year', o.plan.year);
            }}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
