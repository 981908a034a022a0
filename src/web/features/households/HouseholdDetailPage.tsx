import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Table, type TableProps } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { usePermissions } from '../../app/auth';
import { formatNumber } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import type { HouseholdDetail, HouseholdMember } from '../../../shared/contract/households';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/PageSpinner';
import { HouseholdFormModal } from './HouseholdFormModal';

export default function HouseholdDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const perms = usePermissions();
  const [editOpen, setEditOpen] = useState(false);
  const q = useQuery({
    queryKey: ['households', 'detail', Number(id)],
    queryFn: () => api.get<HouseholdDetail>(`/households/${id}`),
  });
  useDocumentTitle(q.data ? t('households.detailTitle', { name: q.data.headName }) : t('households.title'));

  if (q.isPending) return <PageSpinner />;
  if (q.isError) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  const h = q.data;

  const columns: TableProps<HouseholdMember>['columns'] = [
    { title: t('people.fields.fullName'), dataIndex: 'fullName', render: (_, m) => <Link to={`/people/${m.personId}`}>{m.fullName}</Link> },
    { title: t('households.fields.relation'), dataIndex: 'relation', render: (v: string | null) => v || '—' },
  ];

  return (
    <>
      <PageHeader
        crumbs={[{ title: t('households.title'), to: '/households' }, { title: h.code }]}
        title={t('households.detailTitle', { name: h.headName })}
        subTitle={`${t('households.fields.code')}: ${h.code}`}
        extra={
          perms.canEditPeople && (
            <Button icon={<EditOutlined />} onClick={() => setEditOpen(true)}>
              {t('common.edit')}
            </Button>
          )
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2, lg: 3 }}
          items={[
            { key: 'code', label: t('households.fields.code'), children: h.code },
            {
              key: 'head',
              label: t('households.fields.headName'),
              children: h.headPersonId ? <Link to={`/people/${h.headPersonId}`}>{h.headName}</Link> : h.headName,
            },
            { key: 'thon', label: t('households.fields.thon'), children: <Link to={`/units/${h.thonUnitId}`}>{h.thonName}</Link> },
            { key: 'address', label: t('households.fields.address'), children: h.address || '—' },
            { key: 'count', label: t('households.fields.memberCount'), children: formatNumber(h.memberCount) },
          ]}
        />
      </Card>
      <Card size="small" title={t('households.members.title')}>
        <Table<HouseholdMember>
          rowKey="personId"
          size="small"
          columns={columns}
          dataSource={h.members}
          pagination={false}
          locale={{ emptyText: <EmptyState description={t('households.members.empty')} /> }}
        />
      </Card>
      <HouseholdFormModal open={editOpen} onClose={() => setEditOpen(false)} household={h} />
    </>
  );
}
