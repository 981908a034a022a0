/**
 * One form in a modal, and the save that goes with it. `useFormSave` runs the mutation, refreshes
 * the lists it names, says "saved", and on an error puts each server message next to its field and
 * the sentence above the form; when someone else changed the record meanwhile (409
 * VERSION_CONFLICT) it also reloads what the form was opened from, so saving again starts from the
 * other person's version instead of overwriting it. `FormModal` is the modal around the form
 * (OK submits, Enter submits, the error shows at the top, the form is dropped on close).
 */
import { useState, type ReactNode } from 'react';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { Alert, App, Form, Modal, type FormInstance, type FormProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api';
import { useErrorText } from '../app/errors';
import { applyServerErrors } from '../app/forms';

export interface FormSave<V, R> {
  save: (values: V) => void;
  pending: boolean;
  /** the sentence shown above the form, or null */
  error: string | null;
  clearError: () => void;
  result: R | undefined;
}

export function useFormSave<V, R = unknown>(opts: {
  form: FormInstance<V>;
  mutationFn: (values: V) => Promise<R>;
  /** the queries that show what was saved (refreshed after a save, and after a version conflict) */
  invalidate?: QueryKey[];
  /** the message after a successful save (none when omitted) */
  success?: string;
  onSaved?: (result: R) => void;
  /** refresh the `invalidate` queries after any failed save, not only a version conflict (what the form shows may be stale) */
  refreshOnError?: boolean;
  /** a first look at an error: true when it handled it (then nothing else is shown) */
  onError?: (error: unknown, values: V) => boolean | Promise<boolean>;
}): FormSave<V, R> {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const refresh = () => {
    for (const queryKey of opts.invalidate ?? []) void qc.invalidateQueries({ queryKey });
  };
  const m = useMutation({
    mutationFn: opts.mutationFn,
    onSuccess: (r) => {
      setError(null);
      refresh();
      if (opts.success) message.success(opts.success);
      opts.onSaved?.(r);
    },
    onError: async (e, v) => {
      if (opts.onError && (await opts.onError(e, v))) return;
      const conflict = isApiError(e) && e.code === 'VERSION_CONFLICT';
      if (conflict || opts.refreshOnError) refresh();
      if (conflict) {
        setError(t('errors.versionConflict'));
        return;
      }
      applyServerErrors(opts.form, e);
      setError(errorText(e));
    },
  });
  return { save: (v) => m.mutate(v), pending: m.isPending, error, clearError: () => setError(null), result: m.data };
}

export interface FormModalProps<V> {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  okText?: ReactNode;
  danger?: boolean;
  width?: number;
  form: FormInstance<V>;
  saving: FormSave<V, unknown>;
  initialValues?: Partial<V>;
  /** above the error and the form (an explanation of what the action does) */
  intro?: ReactNode;
  /** more props of the form (e.g. preserve, scrollToFirstError) */
  formProps?: Omit<FormProps<V>, 'form' | 'layout' | 'initialValues' | 'onFinish' | 'children'>;
  /** after the modal has closed (e.g. to reset state kept outside the form) */
  afterClose?: () => void;
  children: ReactNode;
}

export function FormModal<V extends object>({ open, onClose, title, okText, danger, width, form, saving, initialValues, intro, formProps, afterClose, children }: FormModalProps<V>) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('common.save')}
      okButtonProps={danger ? { danger: true } : undefined}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving.pending}
      width={width}
      destroyOnHidden
      afterOpenChange={(o) => {
        if (o) return;
        saving.clearError();
        afterClose?.();
      }}
    >
      {intro}
      {saving.error && <Alert type="error" showIcon title={saving.error} style={{ marginBottom: 16 }} />}
      <Form<V> {...formProps} form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => saving.save(v)}>
        {children}
        <button type="submit" hidden />
      </Form>
    </Modal>
  );
}
