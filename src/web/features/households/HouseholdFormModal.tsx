import { Button, Col, Form, Input, Row, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { changedFields } from '../../app/forms';
import type { Household, HouseholdDetail } from '../../../shared/contract/households';
import { PersonSelect } from '../../components/PersonSelect';
import { EditFormModal, useEditFormSave } from '../../components/EditFormModal';
import { UnitSelect } from '../../components/UnitSelect';

interface MemberRow {
  personId: number | null;
  relation: string;
}

interface Values {
  code: string;
  thonUnitId: number | null;
  headPersonId: number | null;
  headName: string;
  address: string;
  members: MemberRow[];
}

interface Props {
  open: boolean;
  onClose: () => void;
  household?: HouseholdDetail;
  onSaved?: (h: Household) => void;
}

export function HouseholdFormModal({ open, onClose, household, onSaved }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const editing = !!household;
  const memberNames = new Map(household?.members.map((m) => [m.personId, m.fullName]) ?? []);

  const initial: Values = {
    code: household?.code ?? '',
    thonUnitId: household?.thonUnitId ?? null,
    headPersonId: household?.headPersonId ?? null,
    headName: household?.headName ?? '',
    address: household?.address ?? '',
    members: household?.members.map((m) => ({ personId: m.personId, relation: m.relation ?? '' })) ?? [],
  };

  const saving = useEditFormSave<Values, Household>({
    form,
    editing,
    onClose,
    onSaved,
    mutationFn: async (v) => {
      const body = {
        code: v.code.trim(),
        thonUnitId: v.thonUnitId,
        headPersonId: v.headPersonId ?? null,
        headName: v.headName.trim(),
        address: v.address?.trim() || null,
        members: (v.members ?? [])
          .filter((m) => m.personId != null)
          .map((m) => ({ personId: m.personId as number, relation: m.relation?.trim() || null })),
      };
      if (!household) return api.post<Household>('/households', body);
      const before = {
        code: household.code,
        thonUnitId: household.thonUnitId,
        headPersonId: household.headPersonId,
        headName: household.headName,
        address: household.address,
        members: household.members.map((m) => ({ personId: m.personId, relation: m.relation || null })),
      };
      return api.patch<Household>(`/households/${household.id}`, { ...changedFields(before, body), version: household.version });
    },
    invalidate: [['households'], ['people']],
    created: t('households.form.created'),
  });

  return (
    <EditFormModal<Values>
      open={open}
      onClose={onClose}
      editing={editing}
      editTitle={t('households.form.editTitle', { code: household?.code })}
      createTitle={t('households.form.createTitle')}
      width={760}
      form={form}
      saving={saving}
      initialValues={initial}
    >
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="code"
            label={t('households.fields.code')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { max: 40, message: t('validation.maxLength', { max: 40 }) },
            ]}
          >
            <Input autoFocus />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="thonUnitId"
            label={t('households.fields.thon')}
            rules={[{ required: true, message: t('households.form.thonRequired') }]}
          >
            <UnitSelect level="thon" valueLabel={household?.thonName} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="headPersonId" label={t('households.fields.headPerson')} extra={t('households.form.headPersonHint')}>
            <PersonSelect
              valueLabel={household?.headName}
              style={{ width: '100%' }}
              onChange={(_, p) => {
                if (p) form.setFieldValue('headName', p.fullName);
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="headName"
            label={t('households.fields.headName')}
            rules={[
              { required: true, whitespace: true, message: t('validation.required') },
              { min: 2, message: t('validation.required') },
              { max: 150, message: t('validation.maxLength', { max: 150 }) },
            ]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="address" label={t('households.fields.address')} rules={[{ max: 500, message: t('validation.maxLength', { max: 500 }) }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong>{t('households.members.title')}</Typography.Text>
      <Form.List name="members">
        {(fields, { add, remove }) => (
          <div style={{ marginTop: 8 }}>
            {fields.map((field) => (
              <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 4 }}>
                <Form.Item
                  name={[field.name, 'personId']}
                  rules={[{ required: true, message: t('households.form.memberRequired') }]}
                  style={{ marginBottom: 8 }}
                >
                  <PersonSelect
                    valueLabel={memberNames.get(form.getFieldValue(['members', field.name, 'personId']))}
                    style={{ width: 280 }}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'relation']}
                  style={{ marginBottom: 8 }}
                  rules={[{ max: 50, message: t('validation.maxLength', { max: 50 }) }]}
                >
                  <Input placeholder={t('households.fields.relation')} style={{ width: 180 }} />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('common.remove')}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ personId: null, relation: '' })}>
              {t('households.members.add')}
            </Button>
          </div>
        )}
      </Form.List>
    </EditFormModal>
  );
}
