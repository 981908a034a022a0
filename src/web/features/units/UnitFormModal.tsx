import { useState } from 'react';
import { Alert, App, Col, DatePicker, Form, Input, Modal, Row, Select, Switch } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useCodes } from '../../app/codes';
import { useErrorText } from '../../app/errors';
import { DATE_FORMAT, fromApiDate, toApiDate } from '../../app/format';
import { applyServerErrors, changedFields } from '../../app/forms';
import type { LevelCode, Unit, UnitDetail } from '../../app/types';
import { UnitSelect } from '../../components/UnitSelect';

interface Values {
  code: string;
  name: string;
  level: LevelCode;
  kind: string;
  legalPersonality: boolean;
  parentId: number | null;
  validFrom: Dayjs | null;
  address: string;
}

interface Props {
  open: boolean;
  onClose: () => void;
  /** edit this unit; absent = create */
  unit?: UnitDetail | Unit;
  /** preset parent when creating a child */
  parent?: Pick<Unit, 'id' | 'name' | 'level'>;
  parentName?: string;
  onSaved?: (unit: Unit) => void;
}

/** The level a child usually has, to save a click. */
const CHILD_LEVEL: Partial<Record<LevelCode, LevelCode>> = { trung_uong: 'tinh', tinh: 'xa', huyen: 'xa', xa: 'thon' };

export function UnitFormModal({ open, onClose, unit, parent, parentName, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { options, kindOptions } = useCodes();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const editing = !!unit;

  const initial: Values = {
    code: unit?.code ?? '',
    name: unit?.name ?? '',
    level: unit?.level ?? (parent ? (CHILD_LEVEL[parent.level] ?? 'don_vi') : 'don_vi'),
    kind: unit?.kind ?? (undefined as unknown as string),
    legalPersonality: unit?.legalPersonality ?? false,
    parentId: unit ? unit.parentId : (parent?.id ?? null),
    validFrom: fromApiDate(unit?.validFrom),
    address: unit?.address ?? '',
  };

  const save = useMutation({
    mutationFn: async (v: Values) => {
      const body = {
        code: v.code.trim(),
        name: v.name.trim(),
        level: v.level,
        kind: v.kind,
        legalPersonality: v.legalPersonality,
        parentId: v.parentId ?? null,
        validFrom: toApiDate(v.validFrom),
        address: v.address?.trim() || null,
      };
      if (!unit) return api.post<Unit>('/units', body);
      const before = {
        code: unit.code,
        name: unit.name,
        level: unit.level,
        kind: unit.kind,
        legalPersonality: unit.legalPersonality,
        parentId: unit.parentId,
        validFrom: unit.validFrom,
        address: unit.address,
      };
      return api.patch<Unit>(`/units/${unit.id}`, { ...changedFields(before, body), version: unit.version });
    },
    onSuccess: (saved) => {
      void qc.invalidateQueries({ queryKey: ['units'] });
      message.success(editing ? t('common.saved') : t('units.form.created'));
      onSaved?.(saved);
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
      title={editing ? t('units.form.editTitle', { name: unit?.name }) : t('units.form.createTitle')}
      okText={editing ? t('common.save') : t('common.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={720}
      destroyOnHidden
      afterOpenChange={(o) => !o && setError(null)}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={initial}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="code"
              label={t('units.fields.code')}
              rules={[
                { required: true, whitespace: true, message: t('validation.required') },
                { max: 50, message: t('validation.maxLength', { max: 50 }) },
              ]}
            >
              <Input autoFocus={!editing} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="name"
              label={t('units.fields.name')}
              rules={[
                { required: true, whitespace: true, message: t('validation.required') },
                { max: 255, message: t('validation.maxLength', { max: 255 }) },
              ]}
            >
              <Input autoFocus={editing} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="level" label={t('units.fields.level')} rules={[{ required: true, message: t('validation.required') }]}>
              <Select options={options('level')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label={t('units.fields.kind')} rules={[{ required: true, message: t('validation.required') }]}>
              <Select options={kindOptions} showSearch={{ optionFilterProp: 'label' }} placeholder={t('common.choose')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="legalPersonality" label={t('units.fields.legalPersonality')} valuePropName="checked">
              <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="parentId" label={t('units.fields.parent')} extra={t('units.form.parentHint')}>
              <UnitSelect
                valueLabel={unit ? undefined : (parent?.name ?? parentName)}
                excludeId={unit?.id}
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="validFrom" label={t('units.fields.validFrom')}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.dateFormat')} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label={t('units.fields.address')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
