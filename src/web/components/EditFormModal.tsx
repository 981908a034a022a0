/**
 * The create-or-edit form of a record (a unit, a person, a household) on FormModal: the title and
 * the OK button by mode ("Tạo" / "Lưu"), "saved" or "created" after the save, then onSaved and close.
 */
import type { ReactNode } from 'react';
import type { QueryKey } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal, useFormSave, type FormModalProps } from './FormModal';

export function useEditFormSave<V, R>(opts: {
  form: FormInstance<V>;
  editing: boolean;
  mutationFn: (values: V) => Promise<R>;
  invalidate: QueryKey[];
  /** the message after creating (editing says "saved") */
  created: string;
  onSaved?: (result: R) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return useFormSave<V, R>({
    form: opts.form,
    mutationFn: opts.mutationFn,
    invalidate: opts.invalidate,
    success: opts.editing ? t('common.saved') : opts.created,
    onSaved: (r) => {
      opts.onSaved?.(r);
      opts.onClose();
    },
  });
}

export function EditFormModal<V extends object>({
  editing,
  editTitle,
  createTitle,
  ...rest
}: Omit<FormModalProps<V>, 'title' | 'okText'> & { editing: boolean; editTitle: ReactNode; createTitle: ReactNode }) {
  const { t } = useTranslation();
  return <FormModal<V> {...rest} title={editing ? editTitle : createTitle} okText={editing ? t('common.save') : t('common.create')} />;
}
