import { Col, DatePicker, Form, Input, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useCodes } from '../../app/codes';
import { DATE_FORMAT, fromApiDate, toApiDate } from '../../app/format';
import { changedFields } from '../../app/forms';
import type { LevelCode } from '../../app/types';
import type { Unit, UnitDetail } from '../../../shared/contract/units';
import { EditFormModal, useEditFormSave } from '../../components/EditFormModal';
import { UnitSelect } from '../../components/UnitSelect';
import { useToday } from '../../app/auth';

interface Values {
  code: string;
  name: string;
  level: LevelCode;
  kind: string;
  legalPersonality: boolean;
  parentId: number | null;
  validFrom: Dayjs | null;
  validTo: Dayjs | null;
  renameDate: Dayjs | null;
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
  const today = useToday();
  const { t } = useTranslation();
  const { options, kindOptions } = useCodes();
  const [form] = Form.useForm<Values>();
  const editing = !!unit;

  const initial: Values = {
    code: unit?.code ?? '',
    name: unit?.name ?? '',
    level: unit?.level ?? (parent ? (CHILD_LEVEL[parent.level] ?? 'don_vi') : 'don_vi'),
    kind: unit?.kind ?? (undefined as unknown as string),
    legalPersonality: unit?.legalPersonality ?? false,
    parentId: unit ? unit.parentId : (parent?.id ?? null),
    validFrom: fromApiDate(unit?.validFrom),
    validTo: fromApiDate(unit?.validTo),
    renameDate: dayjs(today),
    address: unit?.address ?? '',
  };

  const saving = useEditFormSave<Values, Unit>({
    form,
    editing,
    onClose,
    onSaved,
    mutationFn: async (v) => {
      const body = {
        code: v.code.trim(),
        name: v.name.trim().replace(/\s+/g, ' '),
        level: v.level,
        kind: v.kind,
        legalPersonality: v.legalPersonality,
        validFrom: toApiDate(v.validFrom),
        address: v.address?.trim() || null,
      };
      if (!unit) return api.post<Unit>('/units', { ...body, parentId: v.parentId });
      // The parent is not edited here: moving a unit is a merge (it keeps the lineage).
      const before = {
        code: unit.code,
        name: unit.name,
        level: unit.level,
        kind: unit.kind,
        legalPersonality: unit.legalPersonality,
        validFrom: unit.validFrom,
        address: unit.address,
        validTo: unit.validTo,
      };
      const changes = changedFields(before, { ...body, validTo: toApiDate(v.validTo) });
      const renameDate = changes.name !== undefined ? (toApiDate(v.renameDate) ?? undefined) : undefined;
      return api.patch<Unit>(`/units/${unit.id}`, { ...changes, renameDate, version: unit.version });
    },
    invalidate: [['units']],
    created: t('units.form.created'),
  });

  return (
    <EditFormModal<Values>
      open={open}
      onClose={onClose}
      editing={editing}
      editTitle={t('units.form.editTitle', { name: unit?.name })}
      createTitle={t('units.form.createTitle')}
      width={720}
      form={form}
      saving={saving}
      initialValues={initial}
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="code"
            label={t('units.fields.code')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 40, message: t('validation.maxLength', { max: 40 }) },
              { pattern: /^[\p{L}\p{N}._-]+$/u, message: t('units.form.codeInvalid') },
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
              { max: 300, message: t('validation.maxLength', { max: 300 }) },
            ]}
          >
            <Input autoFocus={editing} />
          </Form.Item>
        </Col>
        {editing && (
          <Form.Item noStyle shouldUpdate={(a, b) => a.name !== b.name}>
            {({ getFieldValue }) =>
              (getFieldValue('name') ?? '').trim() !== unit?.name ? (
                <Col span={24}>
                  <Form.Item
                    name="renameDate"
                    label={t('units.form.renameDate')}
                    extra={t('units.form.renameHint')}
                    rules={[{ required: true, message: t('validation.required') }]}
                  >
                    <DatePicker format={DATE_FORMAT} style={{ width: 200 }} />
                  </Form.Item>
                </Col>
              ) : null
            }
          </Form.Item>
        )}
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
          <Form.Item
            name="parentId"
            label={t('units.fields.parent')}
            extra={editing ? t('units.form.parentEditHint') : undefined}
            rules={[{ required: !editing, message: t('units.form.parentRequired') }]}
          >
            <UnitSelect
              valueLabel={unit ? undefined : (parent?.name ?? parentName)}
              excludeId={unit?.id}
              disabled={editing}
              allowClear={!editing}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="validFrom" label={t('units.fields.validFrom')}>
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.dateFormat')} />
          </Form.Item>
        </Col>
        {editing && (
          <Col xs={24} md={8}>
            <Form.Item name="validTo" label={t('units.fields.validTo')}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.dateFormat')} />
            </Form.Item>
          </Col>
        )}
        <Col span={24}>
          <Form.Item name="address" label={t('units.fields.address')} rules={[{ max: 500, message: t('validation.maxLength', { max: 500 }) }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
    </EditFormModal>
  );
}
