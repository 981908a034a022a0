import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Result, Typography } from 'antd';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { formatDate } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { PageSpinner } from '../../components/PageSpinner';
import { PublicLayout } from '../../app/PublicLayout';
import type { Verification } from '../consultation/types';

/** Where a certificate's QR code leads: the award, the decision and the issuing body, or "revoked". */
export default function VerifyPage() {
  const { t } = useTranslation();
  const { code } = useParams();
  const errorText = useErrorText();
  useDocumentTitle(t('public.verify.title'));
  const q = useQuery({ queryKey: ['public', 'verify', code], queryFn: () => api.get<Verification>(`/public/verify/${code}`, undefined, { skipAuthRedirect: true }) });
  return (
    <PublicLayout>
      <Typography.Title level={3}>{t('public.verify.title')}</Typography.Title>
      {q.isPending ? (
        <PageSpinner />
      ) : q.isError ? (
        <Result status="warning" title={t('public.verify.notFound')} subTitle={errorText(q.error)} />
      ) : (
        <Card data-testid="verification">
          {q.data.status === 'valid' ? (
            <Alert type="success" showIcon title={t('public.verify.valid')} style={{ marginBottom: 16 }} data-testid="verify-status" />
          ) : (
            <Alert
              type="error"
              showIcon
              title={t('public.verify.revoked', { date: formatDate(q.data.revokedOn) })}
              description={q.data.revokeReason}
              style={{ marginBottom: 16 }}
              data-testid="verify-status"
            />
          )}
          <Descriptions
            column={1}
            size="small"
            items={[
              { key: 'name', label: t('public.verify.name'), children: q.data.name },
              { key: 'award', label: t('public.verify.award'), children: `${q.data.awardName} (${q.data.year})` },
              { key: 'decision', label: t('public.verify.decision'), children: `${q.data.decisionNo}${q.data.decisionDate ? ` — ${formatDate(q.data.decisionDate)}` : ''}` },
              { key: 'issuer', label: t('public.verify.issuer'), children: q.data.issuer },
              { key: 'code', label: t('public.verify.code'), children: <Typography.Text code>{q.data.code}</Typography.Text> },
            ]}
          />
        </Card>
      )}
    </PublicLayout>
  );
}
