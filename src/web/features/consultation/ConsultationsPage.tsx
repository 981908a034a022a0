import { useQuery } from '@tanstack/react-query';
import { Card, Empty, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { formatDate } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorState } from '../../components/ErrorState';
import { PageSpinner } from '../../components/PageSpinner';
import { PublicLayout } from '../../app/PublicLayout';
import type { Items } from '../../../shared/contract/common';
import type { PublicConsultationSummary } from './types';

/** The lists of nominees open for public comment, for anyone. */
export default function ConsultationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('public.consultations.title'));
  const q = useQuery({ queryKey: ['public', 'consultations'], queryFn: () => api.get<Items<PublicConsultationSummary>>('/public/consultations', undefined, { skipAuthRedirect: true }) });
  return (
    <PublicLayout>
      <Typography.Title level={3}>{t('public.consultations.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('public.consultations.intro')}</Typography.Paragraph>
      {q.isPending ? (
        <PageSpinner />
      ) : q.isError ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : q.data.items.length === 0 ? (
        <Card>
          <Empty description={t('public.consultations.empty')} />
        </Card>
      ) : (
        <List
          dataSource={q.data.items}
          renderItem={(d) => (
            <Card size="small" style={{ marginBottom: 12 }} data-testid="consultation">
              <Link to={`/cong-khai/${d.id}`}>
                <Typography.Text strong>{d.title}</Typography.Text>
              </Link>
              <div>
                <Typography.Text type="secondary">
                  {d.proposingUnitName} → {d.receivingUnitName} · {t('public.consultations.until', { date: formatDate(d.consultationUntil) })}
                </Typography.Text>
              </div>
              <div style={{ marginTop: 6 }}>
                {d.nominees.slice(0, 8).map((n) => (
                  <Tag key={n.id}>
                    {n.name} — {n.awardName}
                  </Tag>
                ))}
                {d.nominees.length > 8 && <Tag>+{d.nominees.length - 8}</Tag>}
              </div>
            </Card>
          )}
        />
      )}
    </PublicLayout>
  );
}
