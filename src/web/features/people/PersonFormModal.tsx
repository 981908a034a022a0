import { Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useCodes } from '../../app/codes';
import { DATE_FORMAT, fromApiDate, toApiDate } from '../../app/format';
import { changedFields } from '../../app/forms';
import type { EmploymentCategory, GenderCode } from '../../app/types';
import type { Person, PersonDetail } from '../../../shared/contract/people';
import { EditFormModal, useEditFormSave } from '../../components/EditFormModal';
import { UnitSelect } from '../../components/UnitSelect';
import { isValidCitizenId } from '../../../shared/codes';
import { useToday } from '../../app/auth';

interface Values {
  fullName: string;
  gender: GenderCode;
  birthDate: Dayjs | null;
  ethnicity: string;
  citizenId: string;
  position: string;
  employmentCategory: EmploymentCategory;
  isLeader: boolean;
  isDirectWorker: boolean;
  unitId: number | null;
  joinedDate: Dayjs | null;
}

interface Props {
  open: boolean;
  onClose: () => void;
  person?: PersonDetail;
  defaultUnit?: { id: number; name: string };
  onSaved?: (p: Person) => void;
}

export function PersonFormModal({ open, onClose, person, defaultUnit, onSaved }: Props) {
  const today = useToday();
  const { t } = useTranslation();
  const { options } = useCodes();
  const [form] = Form.useForm<Values>();
  const editing = !!person;

  const initial: Partial<Values> = {
    fullName: person?.fullName ?? '',
    gender: person?.gender,
    birthDate: fromApiDate(person?.birthDate),
    ethnicity: person?.ethnicity ?? '',
    citizenId: person?.citizenId ?? '',
    position: person?.position ?? '',
    employmentCategory: person?.employmentCategory,
    isLeader: person?.isLeader ?? false,
    isDirectWorker: person?.isDirectWorker ?? false,
    unitId: person?.unitId ?? defaultUnit?.id ?? null,
    joinedDate: null,
  };

  const saving = useEditFormSave<Values, Person>({
    form,
    editing,
    onClose,
    onSaved,
    mutationFn: async (v) => {
      const body = {
        fullName: v.fullName.trim().replace(/\s+/g, ' '),
        gender: v.gender,
        birthDate: toApiDate(v.birthDate),
        ethnicity: v.ethnicity?.trim() || null,
        citizenId: v.citizenId?.trim() || null,
        position: v.position?.trim() || null,
        employmentCategory: v.employmentCategory,
        isLeader: !!v.isLeader,
        isDirectWorker: !!v.isDirectWorker,
      };
      if (!person) return api.post<Person>('/people', { ...body, unitId: v.unitId, joinedDate: toApiDate(v.joinedDate) ?? undefined });
      const before = {
        fullName: person.fullName,
        gender: person.gender,
        birthDate: person.birthDate,
        ethnicity: person.ethnicity,
        citizenId: person.citizenId,
        position: person.position,
        employmentCategory: person.employmentCategory,
        isLeader: person.isLeader,
        isDirectWorker: person.isDirectWorker,
      };
      return api.patch<Person>(`/people/${person.id}`, { ...changedFields(before, body), version: person.version });
    },
    invalidate: [['people'], ['households']],
    created: t('people.form.created'),
  });

  return (
    <EditFormModal<Values>
      open={open}
      onClose={onClose}
      editing={editing}
      editTitle={t('people.form.editTitle', { name: person?.fullName })}
      createTitle={t('people.form.createTitle')}
      width={760}
      form={form}
      saving={saving}
      initialValues={initial}
      formProps={{ scrollToFirstError: true }}
    >
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item
            name="fullName"
            label={t('people.fields.fullName')}
            rules={[
              { required: true, whitespace: true, message: t('people.form.fullNameRequired') },
              { min: 2, message: t('people.form.fullNameRequired') },
              { max: 150, message: t('validation.maxLength', { max: 150 }) },
              { pattern: /^[\p{L}\s.'-]+$/u, message: t('people.form.fullNameLetters') },
            ]}
          >
            <Input autoFocus />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="gender" label={t('people.fields.gender')} rules={[{ required: true, message: t('people.form.genderRequired') }]}>
            <Radio.Group options={options('gender')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="birthDate"
            label={t('people.fields.birthDate')}
            rules={[
              {
                validator: (_, v: Dayjs | null) =>
                  !v || v.isBefore(dayjs(today).endOf('day'))
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('people.form.birthDateFuture'))),
              },
            ]}
          >
            <DatePicker
              format={DATE_FORMAT}
              style={{ width: '100%' }}
              placeholder={t('common.dateFormat')}
              disabledDate={(d) => d.isAfter(dayjs(today).endOf('day'))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="citizenId"
            label={t('people.fields.citizenId')}
            normalize={(v: string) => v.replace(/\s+/g, '')}
            rules={[
              { pattern: /^\d{12}$/, message: t('people.form.citizenIdInvalid') },
              {
                validator: (_, v: string | undefined) =>
                  !v || !/^\d{12}$/.test(v) || isValidCitizenId(v)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('people.form.citizenIdProvince'))),
              },
            ]}
          >
            <Input inputMode="numeric" maxLength={12} placeholder={t('people.form.citizenIdPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="ethnicity" label={t('people.fields.ethnicity')} rules={[{ max: 50, message: t('validation.maxLength', { max: 50 }) }]}>
            <Input placeholder={t('people.form.ethnicityPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="position" label={t('people.fields.position')} rules={[{ max: 200, message: t('validation.maxLength', { max: 200 }) }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="employmentCategory"
            label={t('people.fields.employmentCategory')}
            rules={[{ required: true, message: t('people.form.categoryRequired') }]}
          >
            <Select options={options('employmentCategory')} placeholder={t('common.choose')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="unitId"
            label={t('people.fields.unit')}
            rules={[{ required: !editing, message: t('people.form.unitRequired') }]}
            extra={editing ? t('people.form.unitEditHint') : undefined}
          >
            <UnitSelect
              valueLabel={person?.unitName ?? defaultUnit?.name}
              disabled={editing}
              allowClear={!editing}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        {!editing && (
          <Col xs={24} md={12}>
            <Form.Item name="joinedDate" label={t('people.form.joinedDate')} extra={t('people.form.joinedDateHint')}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder={t('common.dateFormat')} />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Form.Item label={t('people.form.flags')} style={{ marginBottom: 0 }}>
            <Form.Item name="isLeader" valuePropName="checked" noStyle>
              <Checkbox>{t('people.fields.isLeader')}</Checkbox>
            </Form.Item>
            <Form.Item name="isDirectWorker" valuePropName="checked" noStyle>
              <Checkbox>{t('people.fields.isDirectWorker')}</Checkbox>
            </Form.Item>
          </Form.Item>
        </Col>
      </Row>
    </EditFormModal>
  );
}
