import { useState, type ReactNode } from 'react';
import { Button, Card, Col, Flex, Radio, Result, Row, Space, Steps, Typography } from 'antd';
import { BankOutlined, HomeOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../app/auth';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import type { ImportKind, ImportResult } from '../../../shared/contract/imports';
import { ExcelImport, ImportTemplateButton } from '../../components/ExcelImport';
import { PageHeader } from '../../components/PageHeader';

const KINDS: { kind: ImportKind; icon: ReactNode; list: string }[] = [
  { kind: 'units', icon: <BankOutlined />, list: '/units' },
  { kind: 'people', icon: <UserOutlined />, list: '/people' },
  { kind: 'households', icon: <HomeOutlined />, list: '/households' },
];

function isKind(v: string | null): v is ImportKind {
  return v === 'units' || v === 'people' || v === 'households';
}

export default function ImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [sp, setSp] = useSearchParams();
  const perms = usePermissions();
  // Units are imported only by those who manage the unit registry.
  const allowed = (k: ImportKind) => (k === 'units' ? perms.canManageUnits : perms.canImport);
  const requested = sp.get('kind');
  const initialKind = isKind(requested) && allowed(requested) ? requested : null;
  const [kind, setKind] = useState<ImportKind>(initialKind ?? 'people');
  const [step, setStep] = useState(initialKind ? 1 : 0);
  useDocumentTitle(t('import.title'));

  const kindLabel = t(`import.kinds.${kind}.name`);
  const templatePath = `/imports/templates/${kind}`;
  const templateName = `mau-nhap-${kind}.xlsx`;

  const chooseKind = (k: ImportKind) => {
    setKind(k);
    setSp({ kind: k }, { replace: true });
  };

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
              <ImportTemplateButton path={templatePath} fileName={templateName} />
            </Flex>
          </>
        )}

        {/* kept mounted from the first step on, so the chosen file stays while the kind is changed */}
        <div hidden={step === 0}>
          <ExcelImport<ImportResult>
            variant="panel"
            importPath={`/imports/${kind}`}
            templatePath={templatePath}
            templateName={templateName}
            header={(busy) => (
              <Typography.Text>
                {t('import.kindChosen')} <strong>{kindLabel}</strong>{' '}
                <Button type="link" size="small" onClick={() => setStep(0)} disabled={busy}>
                  {t('import.changeKind')}
                </Button>
              </Typography.Text>
            )}
            onImported={() => {
              setStep(2);
              void qc.invalidateQueries({ queryKey: [kind] });
              if (kind === 'people') void qc.invalidateQueries({ queryKey: ['households'] });
            }}
            doneTitle={() => t('import.doneTitle', { kind: kindLabel })}
            doneExtra={
              <Button type="primary" key="list" onClick={() => navigate(KINDS.find((k) => k.kind === kind)!.list)}>
                {t('import.openList')}
              </Button>
            }
            onAgain={() => setStep(1)}
          />
        </div>
      </Card>
    </>
  );
}
