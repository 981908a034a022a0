import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A new password field: required, at least 8 characters, with the password hint below it. */
export function NewPasswordItem({ name, label }: { name: string; label: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      extra={t('password.hint')}
      rules={[
        { required: true, message: t('validation.required') },
        { min: 8, message: t('password.tooShort', { min: 8 }) },
      ]}
    >
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}
