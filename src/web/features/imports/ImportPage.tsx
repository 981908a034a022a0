import { useState, type ReactNode } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Radio,
  Result,
  Row,
  Space,
  Statistic,
  Steps,
  Table,
  Typography,
  Upload,
  type TableProps,
} from 'antd';
import {
  BankOutlined,
  CheckCircleOutlined,
  DownloadOutlined,
  HomeOutlined,
  InboxOutlined,
  SafetyCertificateOutlined,
  UploadOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, download, isApiError } from '../../app/api';
import { usePermissions } from '../../app/auth';
import { useErrorText } from '../../app/errors';
import { formatNumber } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import type { ImportKind, ImportResult, ImportRowError } from '../../../shared/contract/imports';
import { PageHeader } from '../../components/PageHeader';

const KINDS: { kind: ImportKind; icon: ReactNode; list: string }[] = [
  { kind: 'units', icon: <BankOutlined />, list: '/units' },
  { kind: 'people', icon: <UserOutlined />, list: '/people' },
  { kind: 'households', icon: <HomeOutlined />, list: '/households' },
];

function isKind(v: string | null): v is ImportKind {
  return v === 'units' || v === 'people' || v === 'households';
}

type Check =
  | { state: 'none' }
  | { state: 'valid'; result: ImportResult }
  | { state: 'invalid'; message: string; errors: ImportRowError[] }
  | { state: 'failed'; message: string };

function rowErrorsOf(e: unknown): ImportRowError[] | null {
  if (!isApiError(e) || e.status !== 422) return null;
  const d = e.details as { errors?: ImportRowError[] } | undefined;
  return Array.isArray(d?.errors) ? d.errors : null;
}

export default function ImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const [sp, setSp] = useSearchParams();
  const perms = usePermissions();
  // Units are imported only by those who manage the unit registry.
  const allowed = (k: ImportKind) => (k === 'units' ? perms.canManageUnits : perms.canImport);
  const requested = sp.get('kind');
  const initialKind = isKind(requested) && allowed(requested) ? requested : null;
  const [kind, setKind] = useState<ImportKind>(initialKind ?? 'people');
  const [step, setStep] = useState(initialKind ? 1 : 0);
  const [file, setFile] = useState<File | null>(null);
  const [check, setCheck] = useState<Check>({ state: 'none' });
  const [done, setDone] = useState<ImportResult | null>(null);
  const [downloading, setDownloading] = useState(false);
  useDocumentTitle(t('import.title'));

  const kindLabel = t(`import.kinds.${kind}.name`);

  const send = (dryRun: boolean) => {
    const fd = new FormData();
    fd.append('file', file as File);
    return api.post<ImportResult>(`/imports/${kind}${dryRun ? '?dryRun=1' : ''}`, fd);
  };

  const onFailure = (e: unknown) => {
    const rows = rowErrorsOf(e);
    if (rows) setCheck({ state: 'invalid', message: isApiError(e) && e.fromServer ? e.message : '', errors: rows });
    else setCheck({ state: 'failed', message: errorText(e) });
  };

  const validate = useMutation({
    mutationFn: () => send(true),
    onSuccess: (result) => setCheck({ state: 'valid', result }),
    onError: onFailure,
  });

  const commit = useMutation({
    mutationFn: () => send(false),
    onSuccess: (result) => {
      setDone(result);
      setStep(2);
      void qc.invalidateQueries({ queryKey: [kind] });
      if (kind === 'people') void qc.invalidateQueries({ queryKey: ['households'] });
    },
    onError: onFailure,
  });

  const chooseKind = (k: ImportKind) => {
    setKind(k);
    setSp({ kind: k }, { replace: true });
    setCheck({ state: 'none' });
  };

  const restart = () => {
    setFile(null);
    setCheck({ state: 'none' });
    setDone(null);
    setStep(1);
  };

  const downloadTemplate = async () => {
    setDownloading(true);
    try {
      await download(`/imports/templates/${kind}`, undefined, `mau-nhap-${kind}.xlsx`);
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setDownloading(false);
    }
  };

  const errorColumns: TableProps<ImportRowError>['columns'] = [
    { title: t('import.errors.row'), dataIndex: 'row', width: 80, align: 'right' },
    { title: t('import.errors.column'), dataIndex: 'column', width: 180, render: (v: string | null) => v || '—' },
    { title: t('import.errors.message'), dataIndex: 'message' },
  ];

  const busy = validate.isPending || commit.isPending;

  if (!perms.canImport) {
    return <Result status="403" title={t('errors.forbiddenTitle')} subTitle={t('import.notAllowed')} />;
  }

  return (
    <>
      <PageHeader title={t('import.title')} subTitle={t('import.subtitle')} />
      <Card size="small">
        <Steps
          current={step}
          size="small"
          style={{ marginBottom: 24 }}
          items={[{ title: t('import.steps.kind') }, { title: t('import.steps.check') }, { title: t('import.steps.result') }]}
        />

        {step === 0 && (
          <>
            <Typography.Paragraph>{t('import.chooseKind')}</Typography.Paragraph>
            <Radio.Group value={kind} onChange={(e) => chooseKind(e.target.value as ImportKind)} style={{ width: '100%' }}>
              <Row gutter={[16, 16]}>
                {KINDS.filter((k) => allowed(k.kind)).map((k) => (
                  <Col key={k.kind} xs={24} md={8}>
                    <Card
                      size="small"
                      hoverable
                      onClick={() => chooseKind(k.kind)}
                      style={{ height: '100%', borderColor: kind === k.kind ? '#b71c1c' : undefined }}
                    >
                      <Radio value={k.kind}>
                        <Space>
                          {k.icon}
                          <strong>{t(`import.kinds.${k.kind}.name`)}</strong>
                        </Space>
                      </Radio>
                      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                        {t(`import.kinds.${k.kind}.description`)}
                      </Typography.Paragraph>
                    </Card>
                  </Col>
                ))}
              </Row>
            </Radio.Group>
            <Flex gap={8} wrap style={{ marginTop: 24 }}>
              <Button type="primary" onClick={() => setStep(1)}>
                {t('common.next')}
              </Button>
              <Button icon={<DownloadOutlined />} loading={downloading} onClick={downloadTemplate}>
                {t('import.downloadTemplate')}
              </Button>
            </Flex>
          </>
        )}

        {step === 1 && (
          <>
            <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
              <Typography.Text>
                {t('import.kindChosen')} <strong>{kindLabel}</strong>{' '}
                <Button type="link" size="small" onClick={() => setStep(0)} disabled={busy}>
                  {t('import.changeKind')}
                </Button>
              </Typography.Text>
              <Button icon={<DownloadOutlined />} loading={downloading} onClick={downloadTemplate}>
                {t('import.downloadTemplate')}
              </Button>
            </Flex>
            <Alert type="info" showIcon title={t('import.howTo')} style={{ marginBottom: 16 }} />
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
            <Flex gap={8} wrap style={{ marginTop: 16 }}>
              <Button
                icon={<SafetyCertificateOutlined />}
                type={check.state === 'valid' ? 'default' : 'primary'}
                disabled={!file}
                loading={validate.isPending}
                onClick={() => validate.mutate()}
              >
                {t('import.validate')}
              </Button>
              <Button
                type="primary"
                icon={<UploadOutlined />}
                disabled={check.state !== 'valid'}
                loading={commit.isPending}
                onClick={() => commit.mutate()}
              >
                {t('import.commit')}
              </Button>
            </Flex>

            {check.state === 'valid' && (
              <Alert
                style={{ marginTop: 16 }}
                type="success"
                showIcon
                data-testid="import-valid"
                title={t('import.valid', { total: formatNumber(check.result.total) })}
                description={t('import.validDetail', {
                  created: formatNumber(check.result.created),
                  updated: formatNumber(check.result.updated),
                  unchanged: formatNumber(check.result.unchanged),
                })}
              />
            )}
            {check.state === 'failed' && (
              <Alert style={{ marginTop: 16 }} type="error" showIcon title={check.message} data-testid="import-failed" />
            )}
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
                  rowKey={(r, i) => `${r.row}-${r.column ?? ''}-${i}`}
                  size="small"
                  columns={errorColumns}
                  dataSource={check.errors}
                  pagination={check.errors.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
                  scroll={{ x: 'max-content' }}
                />
              </div>
            )}
          </>
        )}

        {step === 2 && done && (
          <Result
            status="success"
            icon={<CheckCircleOutlined />}
            title={t('import.doneTitle', { kind: kindLabel })}
            subTitle={t('import.doneSubtitle', { total: formatNumber(done.total) })}
            extra={[
              <Button type="primary" key="list" onClick={() => navigate(KINDS.find((k) => k.kind === kind)!.list)}>
                {t('import.openList')}
              </Button>,
              <Button key="again" onClick={restart}>
                {t('import.again')}
              </Button>,
            ]}
          >
            <Row gutter={16} justify="center" data-testid="import-result">
              <Col xs={8} md={4}>
                <Statistic title={t('import.created')} value={formatNumber(done.created)} />
              </Col>
              <Col xs={8} md={4}>
                <Statistic title={t('import.updated')} value={formatNumber(done.updated)} />
              </Col>
              <Col xs={8} md={4}>
                <Statistic title={t('import.unchanged')} value={formatNumber(done.unchanged)} />
              </Col>
            </Row>
          </Result>
        )}
      </Card>
    </>
  );
}
