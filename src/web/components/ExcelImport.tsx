import { useState, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Col, Flex, Modal, Result, Row, Space, Statistic, Table, Typography, Upload, type TableProps } from 'antd';
import { CheckCircleOutlined, DownloadOutlined, InboxOutlined, SafetyCertificateOutlined, UploadOutlined } from '@ant-design/icons';
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

/** Where and how the import shows itself. */
export type ExcelImportVariant<R extends ImportCounts> =
  /** a dialog: check (dry run), then import; closes with a message once imported */
  | { variant: 'modal'; open: boolean; onClose: () => void; title: string }
  /** a page section: check (dry run), then import; then the counts, `doneExtra` and "import another file" */
  | {
      variant: 'panel';
      /** left of the template button; `busy` while a request runs */
      header?: (busy: boolean) => ReactNode;
      doneTitle: (r: R) => string;
      doneExtra?: ReactNode;
      /** "import another file" was pressed: the panel is empty again */
      onAgain?: () => void;
    }
  /**
   * Two buttons (choose a file, template) and the outcome under them: choosing a file imports it at
   * once. The server checks the whole file first and writes nothing when a row has an error, which
   * is listed as in the other variants.
   */
  | { variant: 'button'; label: string; templateLabel?: string; extra?: ReactNode };

export type ExcelImportProps<R extends ImportCounts = ImportCounts> = ExcelImportVariant<R> & {
  /** API path of the import (multipart, field "file"); `?dryRun=1` is added to check */
  importPath: string;
  templatePath: string;
  templateName: string;
  /** beside the template button */
  help?: ReactNode;
  /** after a successful import: refresh what shows the data; the message to show, if any */
  onImported: (r: R) => string | void;
};

type Check<R> =
  | { state: 'none' }
  | { state: 'valid'; result: R }
  | { state: 'invalid'; message: string; errors: ImportRowError[] }
  | { state: 'failed'; message: string }
  | { state: 'done'; result: R; message: string | null };

function rowErrorsOf(e: unknown): ImportRowError[] | null {
  if (!isApiError(e) || e.status !== 422) return null;
  const d = e.details as { errors?: ImportRowError[] } | undefined;
  return Array.isArray(d?.errors) ? d.errors : null;
}

const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The one Excel import of the application: the template, the file, a check that writes nothing
 * and lists every row error (dry run), the import itself and its result. A file is written whole
 * or not at all. Used by every list, page and tab that imports.
 */
export function ExcelImport<R extends ImportCounts = ImportCounts>(props: ExcelImportProps<R>) {
  const { importPath, templatePath, templateName, help, onImported } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  // a check belongs to the path it was made for: another path (kind) starts unchecked
  const [checked, setChecked] = useState<{ path: string; check: Check<R> }>({ path: importPath, check: { state: 'none' } });
  const check: Check<R> = checked.path === importPath ? checked.check : { state: 'none' };
  const setCheck = (c: Check<R>) => setChecked({ path: importPath, check: c });
  const send = (f: File, dryRun: boolean) => {
    const fd = new FormData();
    fd.append('file', f);
    return api.post<R>(`${importPath}${dryRun ? '?dryRun=1' : ''}`, fd);
  };
  const onFailure = (e: unknown) => {
    const rows = rowErrorsOf(e);
    if (rows) setCheck({ state: 'invalid', message: isApiError(e) && e.fromServer ? e.message : '', errors: rows });
    else setCheck({ state: 'failed', message: errorText(e) });
  };
  const validate = useMutation({ mutationFn: (f: File) => send(f, true), onSuccess: (result) => setCheck({ state: 'valid', result }), onError: onFailure });
  const commit = useMutation({
    mutationFn: (f: File) => send(f, false),
    onSuccess: (result) => {
      const text = onImported(result) || null;
      if (props.variant === 'modal') {
        if (text) message.success(text);
        props.onClose();
      } else setCheck({ state: 'done', result, message: text });
    },
    onError: onFailure,
  });
  const busy = validate.isPending || commit.isPending;

  const choose = (f: File | null) => {
    setFile(f);
    setCheck({ state: 'none' });
  };
  const reset = () => choose(null);

  const templateButton = (label?: string) => <ImportTemplateButton path={templatePath} fileName={templateName} label={label} />;

  const outcome = <ImportOutcome check={check} />;

  if (props.variant === 'button') {
    return (
      <div style={{ marginBottom: 12 }}>
        <Space wrap>
          <Upload
            accept={XLSX_ACCEPT}
            showUploadList={false}
            disabled={busy}
            beforeUpload={(f) => {
              reset();
              commit.mutate(f);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={commit.isPending}>
              {props.label}
            </Button>
          </Upload>
          {templateButton(props.templateLabel)}
          {props.extra}
        </Space>
        {check.state === 'done' && check.message && (
          <Alert style={{ marginTop: 12 }} type="success" showIcon closable={{ onClose: reset }} title={check.message} data-testid="import-done" />
        )}
        {outcome}
      </div>
    );
  }

  const actions = (
    <>
      <Button icon={<SafetyCertificateOutlined />} type={check.state === 'valid' ? 'default' : 'primary'} disabled={!file} loading={validate.isPending} onClick={() => validate.mutate(file!)}>
        {t('import.validate')}
      </Button>
      <Button type="primary" icon={<UploadOutlined />} disabled={check.state !== 'valid' || busy} loading={commit.isPending} onClick={() => commit.mutate(file!)}>
        {t('import.commit')}
      </Button>
    </>
  );

  const form = (
    <>
      <Flex justify="space-between" align="center" gap={8} wrap style={{ marginBottom: 12 }}>
        {props.variant === 'panel' && props.header ? props.header(busy) : <Typography.Text type="secondary">{help}</Typography.Text>}
        {templateButton()}
      </Flex>
      <Alert type="info" showIcon title={t('import.howTo')} style={{ marginBottom: 12 }} />
      <Upload.Dragger
        accept={XLSX_ACCEPT}
        multiple={false}
        maxCount={1}
        disabled={busy}
        fileList={file ? [{ uid: '1', name: file.name, status: 'done', size: file.size }] : []}
        beforeUpload={(f) => {
          choose(f);
          return false;
        }}
        onRemove={reset}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('import.dropHere')}</p>
        <p className="ant-upload-hint">{t('import.dropHint')}</p>
      </Upload.Dragger>
    </>
  );

  if (props.variant === 'modal') {
    return (
      <Modal
        open={props.open}
        title={props.title}
        onCancel={props.onClose}
        width={820}
        destroyOnHidden
        afterOpenChange={(o) => {
          if (!o) reset();
        }}
        footer={
          <Flex gap={8} justify="flex-end" wrap>
            <Button onClick={props.onClose}>{t('common.cancel')}</Button>
            {actions}
          </Flex>
        }
      >
        {form}
        {outcome}
      </Modal>
    );
  }

  if (check.state === 'done') {
    const r = check.result;
    return (
      <Result
        status="success"
        icon={<CheckCircleOutlined />}
        title={props.doneTitle(r)}
        subTitle={t('import.doneSubtitle', { total: formatNumber(r.total) })}
        extra={[
          props.doneExtra,
          <Button
            key="again"
            onClick={() => {
              reset();
              props.onAgain?.();
            }}
          >
            {t('import.again')}
          </Button>,
        ]}
      >
        <Row gutter={16} justify="center" data-testid="import-result">
          <Col xs={8} md={4}>
            <Statistic title={t('import.created')} value={formatNumber(r.created)} />
          </Col>
          <Col xs={8} md={4}>
            <Statistic title={t('import.updated')} value={formatNumber(r.updated ?? 0)} />
          </Col>
          <Col xs={8} md={4}>
            <Statistic title={t('import.unchanged')} value={formatNumber(r.unchanged)} />
          </Col>
        </Row>
      </Result>
    );
  }

  return (
    <>
      {form}
      <Flex gap={8} wrap style={{ marginTop: 16 }}>
        {actions}
      </Flex>
      {outcome}
    </>
  );
}

/** Downloads an import's template (.xlsx). */
export function ImportTemplateButton({ path, fileName, label }: { path: string; fileName: string; label?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [downloading, setDownloading] = useState(false);
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={downloading}
      onClick={async () => {
        setDownloading(true);
        try {
          await download(path, undefined, fileName);
        } catch (e) {
          message.error(errorText(e));
        } finally {
          setDownloading(false);
        }
      }}
    >
      {label ?? t('import.downloadTemplate')}
    </Button>
  );
}

/** The check's answer: valid (what would be written), the row errors (nothing written), or a failure. */
function ImportOutcome<R extends ImportCounts>({ check }: { check: Check<R> }) {
  const { t } = useTranslation();
  const errorColumns: TableProps<ImportRowError>['columns'] = [
    { title: t('import.errors.row'), dataIndex: 'row', width: 80, align: 'right' },
    { title: t('import.errors.column'), dataIndex: 'column', width: 180, render: (v: string | null) => v || '—' },
    { title: t('import.errors.message'), dataIndex: 'message' },
  ];
  switch (check.state) {
    case 'valid':
      return (
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
      );
    case 'failed':
      return <Alert style={{ marginTop: 16 }} type="error" showIcon title={check.message} data-testid="import-failed" />;
    case 'invalid':
      return (
        <div style={{ marginTop: 16 }} data-testid="import-errors">
          <Alert
            type="error"
            showIcon
            title={check.message || t('import.invalid', { count: check.errors.length, formatted: formatNumber(check.errors.length) })}
            description={t('import.nothingWritten')}
            style={{ marginBottom: 12 }}
          />
          <Table<ImportRowError>
            rowKey={(r, i) => `${r.row}-${r.column ?? ''}-${i}`}
            size="small"
            columns={errorColumns}
            dataSource={check.errors}
            pagination={check.errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
            scroll={{ x: 'max-content' }}
          />
        </div>
      );
    default:
      return null;
  }
}
