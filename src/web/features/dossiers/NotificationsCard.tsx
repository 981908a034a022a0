import { useQuery } from '@tanstack/react-query';
import { Card, Collapse, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useAuth } from '../../app/auth';
import { formatDateTime } from '../../app/format';
import type { Items } from '../../../shared/contract/common';
import type { Notice } from '../../../shared/contract/decisions';

/** Notices to the user's unit: the results of its proposals (who was awarded, who was not and why). */
export function NotificationsCard() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const unitId = me?.roles[0]?.unitId;
  const q = useQuery({ queryKey: ['notifications', unitId], queryFn: () => api.get<Items<Notice>>(`/units/${unitId}/notifications`), enabled: !!unitId });
  const items = q.data?.items ?? [];
  if (!items.length) return null;
  return (
    <Card size="small" title={t('dossiers.notices.title', { unit: me?.roles[0]?.unitName })} style={{ marginBottom: 16 }} data-testid="notices">
      <Collapse
        size="small"
        ghost
        items={items.slice(0, 10).map((n) => ({
          key: n.id,
          label: (
            <span>
              {n.title} <Typography.Text type="secondary">· {formatDateTime(n.createdAt)}</Typography.Text>
            </span>
          ),
          children: (
            <div>
              <div style={{ whiteSpace: 'pre-wrap' }}>{n.body}</div>
              {n.link && <Link to={n.link}>{t('dossiers.notices.open')}</Link>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
