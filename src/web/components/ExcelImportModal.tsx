import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Table, Typography, Upload, type TableProps } from 'antd';
import { DownloadOutlined, InboxOutlined, SafetyCertificateOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, download, isApiError } from '../app/api';
import { useErrorText } from '../app/errors';
import { formatNumber } from '../app/format';
import type { ImportRowError } from '../app/types';

/** What an import answers: rows in the file and what was (or would be) written. */
export interface ImportCounts {
  total: number;
  created: number;
  updated?: number;
  unchanged: number;
}

type Check =
  | { state: 'none' }
  | { state: 'valid'; result: ImportCounts }
  | { state: 'invalid'; message: string; errors: ImportRowError[] }
  | { state: 'failed'; message: string };

function rowErrorsOf(e: unknown): ImportRowError[] | null {
  if (!isApiError(e) || e.status !== 422) return null;
  const d = e.details as { errors?: ImportRowError[] } | undefined;
  return Array.isArray(d?.errors) ? d.errors : null;
}

export interface ExcelImportProps {
  open: boolean;
  onClose: () => void;
  title: string;
  help: string;
  /** API path of the import (multipart, field "file"); `?dryRun=1` is added to check */
  importPath: string;
  templatePath: string;
  templateName: string;
  /** after a successful import: the message to show, and what to refresh */
  onImported: (r: ImportCounts) => string | void;
}

/**
 * An Excel import: the template, then the file is checked (dry run: nothing written, every row
 * error listed) and only a valid file can be imported. Used by every list that imports.
 */
export function ExcelImportModal({ open, onClose, title, help, importPath, templatePath, templateName, onImported }: ExcelImportProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [check, setCheck] = useState<Check>({ state: 'none' });
  const [downloading, setDownloading] = useState(false);

  const send = (dryRun: boolean) => {
    const fd = new FormData();
    fd.append('file', file as File);
    return api.post<ImportCounts>(`${importPath}${dryRun ? '?dryRun=1' : ''}`, fd);
  };
  const onFailure = (e: unknown) => {
    const rows = rowErrorsOf(e);
    if (rows) setCheck({ state: 'invalid', message: isApiError(e) && e.fromServer ? e.message : '', errors: rows });
    else setCheck({ state: 'failed', message: errorText(e) });
  };
  const validate = useMutation({ mutationFn: () => send(true), onSuccess: (result) => setCheck({ state: 'valid', result }), onError: onFailure });
  const commit = useMutation({
    mutationFn: () => send(false),
    onSuccess: (r) => {
      const text = onImported(r);
      if (text) message.success(text);
      onClose();
    },
    onError: onFailure,
  });
  const busy = validate.isPending || commit.isPending;

  const downloadTemplate = async () => {
    setDownloading(true);
    try {
      await download(templatePath, undefined, templateName);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setDownloading(false);
    }
  };

  const errorColumns: TableProps<ImportRowError>['columns'] = [
    { title: t('import.errors.row'), dataIndex: 'row', width: 70, align: 'right' },
    { title: t('import.errors.column'), dataIndex: 'column', width: 180, render: (v: string | null) => v || '—' },
    { title: t('import.errors.message'), dataIndex: 'message' },
  ];

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      width={820}
      destroyOnHidden
      afterOpenChange={(o) => {
        if (!o) {
          setFile(null);
          setCheck({ state: 'none' });
        }
      }}
      footer={
        <Flex gap={8} justify="flex-end" wrap>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            icon={<SafetyCertificateOutlined />}
            type={check.state === 'valid' ? 'default' : 'primary'}
            disabled={!file}
            loading={validate.isPending}
            onClick={() => validate.mutate()}
          >
            {t('import.validate')}
          </Button>
          <Button type="primary" icon={<UploadOutlined />} disabled={check.state !== 'valid' || busy} loading={commit.isPending} onClick={() => commit.mutate()}>
            {t('import.commit')}
          </Button>
        </Flex>
      }
    >
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{help}</Typography.Text>
        <Button icon={<DownloadOutlined />} loading={downloading} onClick={downloadTemplate}>
          {t('import.downloadTemplate')}
        </Button>
      </Flex>
      <Alert type="info" showIcon title={t('import.howTo')} style={{ marginBottom: 12 }} />
      <Upload.Dragger
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={false}
        maxCount={1}
        disabled={busy}
        fileList={file ? [{ uid: '1', name: file.name, status: 'done', size: file.size }] : []}
        beforeUpload={(f) => {
          setFile(f);
          setCheck({ state: 'none' });
          return false;
        }}
        onRemove={() => {
          setFile(null);
          setCheck({ state: 'none' });
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('import.dropHere')}</p>
        <p className="ant-upload-hint">{t('import.dropHint')}</p>
      </Upload.Dragger>

      {check.state === 'valid' && (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          data-testid="import-valid"
          title={t('import.valid', { total: formatNumber(check.result.total) })}
          description={t('import.validDetail', {
            created: formatNumber(check.result.created),
            updated: formatNumber(check.result.updated ?? 0),
            unchanged: formatNumber(check.result.unchanged),
          })}
        />
      )}
      {check.state === 'failed' && <Alert style={{ marginTop: 16 }} type="error" showIcon title={check.message} data-testid="import-failed" />}
      {check.state === 'invalid' && (
        <div style={{ marginTop: 16 }} data-testid="import-errors">
          <Alert
            type="error"
            showIcon
            title={check.message || t('import.invalid', { count: check.errors.length, formatted: formatNumber(check.errors.length) })}
            description={t('import.nothingWritten')}
            style={{ marginBottom: 12 }}
          />
          <Table<ImportRowError>
            rowKey={(r) => `${r.row}-${r.column ?? ''}-${r.message}`}
            size="small"
            columns={errorColumns}
            dataSource={check.errors}
            pagination={check.errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
          />
        </div>
      )}
    </Modal>
  );
}
