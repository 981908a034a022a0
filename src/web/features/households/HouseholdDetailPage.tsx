import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Card, type TableProps } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { usePermissions } from '../../app/auth';
import { formatNumber } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import type { HouseholdDetail, HouseholdMember } from '../../../shared/contract/households';
import { DetailFacts, EditButton, LocalTable, detailFallback } from '../../components/DetailParts';
import { PageHeader } from '../../components/PageHeader';
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

  if (!q.data) return detailFallback(q);
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
        extra={perms.canEditPeople && <EditButton onClick={() => setEditOpen(true)} />}
      />
      <DetailFacts
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
      <Card size="small" title={t('households.members.title')}>
        <LocalTable<HouseholdMember> rowKey="personId" columns={columns} dataSource={h.members} empty={t('households.members.empty')} />
      </Card>
      <HouseholdFormModal open={editOpen} onClose={() => setEditOpen(false)} household={h} />
    </>
  );
}
