import { useEffect } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, DatePicker, Divider, Drawer, Flex, Form, Input, InputNumber, Radio, Row, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { applyServerErrors } from '../../app/forms';
import { DATE_FORMAT, fromApiDate, toApiDate } from '../../app/format';
import { AwardsMultiSelect, UnitsMultiSelect } from './pickers';
import { quotaText, useMyUnits } from './parts';
import { LAUNCH_LEVELS, MILESTONE_KINDS, MOVEMENT_KINDS, MOVEMENT_SCOPES, type MilestoneKind, type Movement, type MovementDetail, type MovementKind } from './types';

interface QuotaRow {
  appliesTo: 'each' | 'group';
  unitIds?: number[];
  maxIndividuals?: number | null;
  maxCollectives?: number | null;
  maxTotal?: number | null;
}

interface Values {
  unitId: number;
  kind: MovementKind;
  name: string;
  slogan?: string;
  scope: string;
  launchLevel: string;
  startsOn: Dayjs | null;
  endsOn: Dayjs | null;
  registrationDeadline?: Dayjs | null;
  dossierDeadline?: Dayjs | null;
  bases?: string;
  participantUnitIds?: number[];
  subjects?: string;
  criteria?: string;
  milestones?: { kind: MilestoneKind; date: Dayjs | null; note?: string }[];
  anniversaries?: { date: string; name: string }[];
  forms?: string[];
  quotas?: QuotaRow[];
  requiredDocs?: { id: string; name: string }[];
}

const lines = (s: string | undefined) =>
  (s ?? '')
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

function toBody(v: Values) {
  return {
    kind: v.kind,
    name: v.name.trim(),
    slogan: v.slogan?.trim() || null,
    scope: v.scope,
    launchLevel: v.launchLevel,
    startsOn: toApiDate(v.startsOn),
    endsOn: toApiDate(v.endsOn),
    registrationDeadline: toApiDate(v.registrationDeadline),
    dossierDeadline: toApiDate(v.dossierDeadline),
    details: {
      bases: lines(v.bases),
      participantUnitIds: v.participantUnitIds ?? [],
      subjects: v.subjects?.trim() || undefined,
      criteria: lines(v.criteria),
      milestones: (v.milestones ?? []).filter((m) => m?.kind && m.date).map((m) => ({ kind: m.kind, date: toApiDate(m.date)!, note: m.note?.trim() || undefined })),
      anniversaries: (v.anniversaries ?? []).filter((a) => a?.date?.trim() && a.name?.trim()).map((a) => ({ date: a.date.trim(), name: a.name.trim() })),
      awards: {
        forms: v.forms ?? [],
        quotas: (v.quotas ?? [])
          .filter(Boolean)
          .map((q) => ({ unitIds: q.appliesTo === 'group' ? (q.unitIds ?? []) : null, maxIndividuals: q.maxIndividuals ?? null, maxCollectives: q.maxCollectives ?? null, maxTotal: q.maxTotal ?? null })),
        requiredDocs: (v.requiredDocs ?? []).filter((d) => d?.id?.trim() && d.name?.trim()).map((d) => ({ id: d.id.trim(), name: d.name.trim() })),
      },
    },
  };
}

function initialOf(m: Movement | undefined, unitId: number | undefined): Partial<Values> {
  if (!m) {
    return { unitId, kind: 'chuyen_de', scope: 'bo_nganh_dia_phuong', launchLevel: 'bo_tinh', quotas: [], milestones: [], anniversaries: [], requiredDocs: [], forms: [] };
  }
  const d = m.details;
  return {
    unitId: m.unitId,
    kind: m.kind,
    name: m.name,
    slogan: m.slogan ?? undefined,
    scope: m.scope,
    launchLevel: m.launchLevel,
    startsOn: fromApiDate(m.startsOn),
    endsOn: fromApiDate(m.endsOn),
    registrationDeadline: fromApiDate(m.registrationDeadline),
    dossierDeadline: fromApiDate(m.dossierDeadline),
    bases: d.bases.join('\n'),
    participantUnitIds: d.participantUnitIds,
    subjects: d.subjects,
    criteria: d.criteria.join('\n'),
    milestones: d.milestones.map((x) => ({ kind: x.kind, date: fromApiDate(x.date), note: x.note })),
    anniversaries: d.anniversaries,
    forms: d.awards.forms,
    quotas: d.awards.quotas.map((q) => ({ appliesTo: q.unitIds ? 'group' : 'each', unitIds: q.unitIds ?? undefined, maxIndividuals: q.maxIndividuals, maxCollectives: q.maxCollectives, maxTotal: q.maxTotal })),
    requiredDocs: d.awards.requiredDocs,
  };
}

function QuotaPreview({ index }: { index: number }) {
  const { t } = useTranslation();
  const q = Form.useWatch(['quotas', index]) as QuotaRow | undefined;
  if (!q) return null;
  const any = q.maxIndividuals != null || q.maxCollectives != null || q.maxTotal != null;
  return (
    <Typography.Text type={any ? 'success' : 'secondary'} data-testid="quota-preview">
      {any ? `${q.appliesTo === 'group' ? t('movementsUi.quota.group') : t('movementsUi.quota.each')}: ${quotaText(t, q)}` : t('movementsUi.quota.needOne')}
    </Typography.Text>
  );
}

/** Create a movement (draft) or edit one: classification, dates, content, milestones and award rules. */
export function MovementFormDrawer({ open, onClose, movement }: { open: boolean; onClose: () => void; movement?: MovementDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const myUnits = useMyUnits('movement', 'create');
  const [form] = Form.useForm<Values>();
  const editing = !!movement;

  useEffect(() => {
    if (open) form.setFieldsValue(initialOf(movement, myUnits[0]?.value) as Values);
    // the form is filled once per opening
  }, [open]);

  const save = useMutation({
    mutationFn: (v: Values) =>
      editing ? api.patch<Movement>(`/movements/${movement!.id}`, { version: movement!.version, ...toBody(v) }) : api.post<Movement>('/movements', { unitId: v.unitId, ...toBody(v) }),
    onSuccess: (m) => {
      message.success(editing ? t('movementsUi.form.saved') : t('movementsUi.form.created', { name: m.name }));
      qc.invalidateQueries({ queryKey: ['movements'] });
      form.resetFields();
      onClose();
      if (!editing) navigate(`/movements/${m.id}`);
    },
    onError: (e) => {
      if (isApiError(e) && e.code === 'VERSION_CONFLICT') {
        message.error(t('movementsUi.versionConflict'));
        qc.invalidateQueries({ queryKey: ['movements'] });
        onClose();
        return;
      }
      if (!applyServerErrors(form, e)) message.error(errorText(e));
    },
  });

  const participantNames = new Map((movement?.participants ?? []).map((p) => [p.id, p.name]));

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={880}
      title={editing ? t('movementsUi.form.editTitle') : t('movementsUi.create')}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {editing ? t('common.save') : t('movementsUi.form.createOk')}
          </Button>
        </Space>
      }
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} scrollToFirstError>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="unitId" label={t('movementsUi.fields.unit')} htmlFor="mv-unit" rules={[{ required: true, message: t('movementsUi.required.unit') }]}>
              <Select id="mv-unit" disabled={editing} options={editing ? [{ value: movement!.unitId, label: movement!.unitName }] : myUnits} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="kind" label={t('movementsUi.fields.kind')} rules={[{ required: true }]}>
              <Radio.Group optionType="button" buttonStyle="solid" aria-label={t('movementsUi.fields.kind')} options={MOVEMENT_KINDS.map((k) => ({ value: k, label: t(`movementsUi.kind.${k}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="name" label={t('movementsUi.fields.name')} htmlFor="mv-name" rules={[{ required: true, min: 5, message: t('movementsUi.required.name') }]}>
          <Input id="mv-name" maxLength={500} />
        </Form.Item>
        <Form.Item name="slogan" label={t('movementsUi.fields.slogan')} htmlFor="mv-slogan">
          <Input id="mv-slogan" maxLength={500} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="scope" label={t('movementsUi.fields.scope')} htmlFor="mv-scope" rules={[{ required: true }]}>
              <Select id="mv-scope" options={MOVEMENT_SCOPES.map((s) => ({ value: s, label: t(`movementsUi.scope.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="launchLevel" label={t('movementsUi.fields.launchLevel')} htmlFor="mv-level" rules={[{ required: true }]}>
              <Select id="mv-level" options={LAUNCH_LEVELS.map((s) => ({ value: s, label: t(`movementsUi.launchLevel.${s}`) }))} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={12} md={6}>
            <Form.Item name="startsOn" label={t('movementsUi.fields.startsOn')} htmlFor="mv-starts" rules={[{ required: true, message: t('movementsUi.required.date') }]}>
              <DatePicker id="mv-starts" format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="endsOn" label={t('movementsUi.fields.endsOn')} htmlFor="mv-ends" rules={[{ required: true, message: t('movementsUi.required.date') }]}>
              <DatePicker id="mv-ends" format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="registrationDeadline" label={t('movementsUi.fields.registrationDeadline')} htmlFor="mv-reg-deadline">
              <DatePicker id="mv-reg-deadline" format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="dossierDeadline" label={t('movementsUi.fields.dossierDeadline')} htmlFor="mv-dossier-deadline">
              <DatePicker id="mv-dossier-deadline" format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="bases" label={t('movementsUi.fields.bases')} htmlFor="mv-bases" extra={t('movementsUi.form.onePerLine')}>
          <Input.TextArea id="mv-bases" rows={2} />
        </Form.Item>
        <Form.Item name="participantUnitIds" label={t('movementsUi.fields.participants')} htmlFor="mv-participants" extra={t('movementsUi.form.participantsHelp')}>
          <UnitsMultiSelect id="mv-participants" names={participantNames} />
        </Form.Item>
        <Form.Item name="subjects" label={t('movementsUi.fields.subjects')} htmlFor="mv-subjects">
          <Input.TextArea id="mv-subjects" rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="criteria" label={t('movementsUi.fields.criteria')} htmlFor="mv-criteria" extra={t('movementsUi.form.onePerLine')}>
          <Input.TextArea id="mv-criteria" rows={3} />
        </Form.Item>

        <Divider titlePlacement="start">{t('movementsUi.fields.milestones')}</Divider>
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="start" wrap>
                  <Form.Item name={[f.name, 'kind']} rules={[{ required: true }]}>
                    <Select aria-label={t('movementsUi.milestone.kind')} style={{ width: 140 }} options={MILESTONE_KINDS.map((k) => ({ value: k, label: t(`movementsUi.milestone.${k}`) }))} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'date']} rules={[{ required: true, message: t('movementsUi.required.date') }]}>
                    <DatePicker aria-label={t('movementsUi.milestone.date')} format={DATE_FORMAT} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'note']} style={{ flex: 1, minWidth: 200 }}>
                    <Input aria-label={t('movementsUi.milestone.note')} placeholder={t('movementsUi.milestone.note')} maxLength={500} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} aria-label={t('movementsUi.form.removeRow')} onClick={() => remove(f.name)} />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ kind: MILESTONE_KINDS[Math.min(fields.length, 2)] })}>
                {t('movementsUi.milestone.add')}
              </Button>
            </>
          )}
        </Form.List>

        <Divider titlePlacement="start">{t('movementsUi.fields.anniversaries')}</Divider>
        <Form.List name="anniversaries">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="start" wrap>
                  <Form.Item name={[f.name, 'date']} rules={[{ required: true, message: t('movementsUi.required.date') }]}>
                    <Input aria-label={t('movementsUi.anniversary.date')} placeholder={t('movementsUi.anniversary.datePlaceholder')} style={{ width: 140 }} maxLength={20} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: t('movementsUi.required.name') }]} style={{ flex: 1, minWidth: 200 }}>
                    <Input aria-label={t('movementsUi.anniversary.name')} placeholder={t('movementsUi.anniversary.name')} maxLength={300} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} aria-label={t('movementsUi.form.removeRow')} onClick={() => remove(f.name)} />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})}>
                {t('movementsUi.anniversary.add')}
              </Button>
            </>
          )}
        </Form.List>

        <Divider titlePlacement="start">{t('movementsUi.fields.awardRules')}</Divider>
        <Form.Item name="forms" label={t('movementsUi.fields.forms')} htmlFor="mv-forms" extra={t('movementsUi.form.formsHelp')}>
          <AwardsMultiSelect id="mv-forms" />
        </Form.Item>
        <Typography.Text strong>{t('movementsUi.fields.quotas')}</Typography.Text>
        <Form.List name="quotas">
          {(fields, { add, remove }) => (
            <div style={{ marginTop: 8 }}>
              {fields.map((f, i) => (
                <Card key={f.key} size="small" style={{ marginBottom: 8 }} data-testid="quota-row">
                  <Flex gap={8} align="start" wrap>
                    <Form.Item name={[f.name, 'appliesTo']} label={t('movementsUi.quota.appliesTo')} htmlFor={`mv-quota-${i}-applies`}>
                      <Select
                        id={`mv-quota-${i}-applies`}
                        style={{ width: 210 }}
                        options={[
                          { value: 'each', label: t('movementsUi.quota.each') },
                          { value: 'group', label: t('movementsUi.quota.group') },
                        ]}
                      />
                    </Form.Item>
                    <Form.Item name={[f.name, 'maxIndividuals']} label={t('movementsUi.quota.maxIndividuals')} htmlFor={`mv-quota-${i}-ind`}>
                      <InputNumber id={`mv-quota-${i}-ind`} min={0} max={100000} precision={0} style={{ width: 130 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'maxCollectives']} label={t('movementsUi.quota.maxCollectives')} htmlFor={`mv-quota-${i}-col`}>
                      <InputNumber id={`mv-quota-${i}-col`} min={0} max={100000} precision={0} style={{ width: 130 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'maxTotal']} label={t('movementsUi.quota.maxTotal')} htmlFor={`mv-quota-${i}-total`}>
                      <InputNumber id={`mv-quota-${i}-total`} min={0} max={100000} precision={0} style={{ width: 130 }} />
                    </Form.Item>
                    <Button style={{ marginTop: 30 }} icon={<DeleteOutlined />} aria-label={t('movementsUi.form.removeRow')} onClick={() => remove(f.name)} />
                  </Flex>
                  <Form.Item noStyle shouldUpdate={(a, b) => a.quotas?.[f.name]?.appliesTo !== b.quotas?.[f.name]?.appliesTo}>
                    {({ getFieldValue }) =>
                      getFieldValue(['quotas', f.name, 'appliesTo']) === 'group' && (
                        <Form.Item name={[f.name, 'unitIds']} label={t('movementsUi.quota.units')} htmlFor={`mv-quota-${i}-units`} rules={[{ required: true, message: t('movementsUi.required.units') }]}>
                          <UnitsMultiSelect id={`mv-quota-${i}-units`} />
                        </Form.Item>
                      )
                    }
                  </Form.Item>
                  <QuotaPreview index={f.name} />
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ appliesTo: 'each' })}>
                {t('movementsUi.quota.add')}
              </Button>
            </div>
          )}
        </Form.List>
        <div style={{ marginTop: 16 }}>
          <Typography.Text strong>{t('movementsUi.fields.requiredDocs')}</Typography.Text>
        </div>
        <Form.List name="requiredDocs">
          {(fields, { add, remove }) => (
            <div style={{ marginTop: 8 }}>
              {fields.map((f) => (
                <Flex key={f.key} gap={8} align="start" wrap>
                  <Form.Item name={[f.name, 'id']} rules={[{ required: true, message: t('movementsUi.required.docId') }]}>
                    <Input aria-label={t('movementsUi.doc.id')} placeholder={t('movementsUi.doc.id')} style={{ width: 160 }} maxLength={64} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: t('movementsUi.required.docName') }]} style={{ flex: 1, minWidth: 220 }}>
                    <Input aria-label={t('movementsUi.doc.name')} placeholder={t('movementsUi.doc.name')} maxLength={300} />
                  </Form.Item>
                  <Button icon={<DeleteOutlined />} aria-label={t('movementsUi.form.removeRow')} onClick={() => remove(f.name)} />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ id: `tl${fields.length + 1}` })}>
                {t('movementsUi.doc.add')}
              </Button>
            </div>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}
