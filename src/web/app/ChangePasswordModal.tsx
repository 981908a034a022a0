import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal, useFormSave } from '../components/FormModal';
import { NewPasswordItem } from '../components/NewPasswordItem';
import { useAuth } from './auth';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { changePassword } = useAuth();
  const [form] = Form.useForm<Values>();
  const close = () => {
    form.resetFields();
    onClose();
  };
  const saving = useFormSave<Values>({
    form,
    mutationFn: (v) => changePassword(v.currentPassword, v.newPassword),
    success: t('password.changed'),
    onSaved: close,
  });

  return (
    <FormModal<Values> open={open} onClose={close} title={t('password.title')} form={form} saving={saving} formProps={{ requiredMark: 'optional' }}>
      <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: t('validation.required') }]}>
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <NewPasswordItem name="newPassword" label={t('password.new')} />
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('validation.required') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
