import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Tag, type TableProps } from 'antd';
import { SwapOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { usePermissions } from '../../app/auth';
import { useCodes } from '../../app/codes';
import { formatDate } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import type { Membership, PersonDetail } from '../../../shared/contract/people';
import { DetailFacts, DetailTabs, EditButton, LocalTable, detailFallback } from '../../components/DetailParts';
import { PageHeader } from '../../components/PageHeader';
import { HistoryTab } from '../records/HistoryTab';
import { PersonFormModal } from './PersonFormModal';
import { TransferModal } from './TransferModal';

export default function PersonDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const perms = usePermissions();
  const { label } = useCodes();
  const [editOpen, setEditOpen] = useState(false);
  const [transferOpen, setTransferOpen] = useState(false);
  const q = useQuery({
    queryKey: ['people', 'detail', Number(id)],
    queryFn: () => api.get<PersonDetail>(`/people/${id}`),
  });
  useDocumentTitle(q.data?.fullName ?? t('people.title'));

  if (!q.data) return detailFallback(q);
  const p = q.data;

  const membershipColumns: TableProps<Membership>['columns'] = [
    { title: t('people.fields.unit'), dataIndex: 'unitName', render: (_, m) => <Link to={`/units/${m.unitId}`}>{m.unitName}</Link> },
    { title: t('people.fields.position'), dataIndex: 'position' },
    { title: t('people.memberships.from'), dataIndex: 'fromDate', width: 120, render: (v: string | null) => formatDate(v) || '—' },
    {
      title: t('people.memberships.to'),
      dataIndex: 'toDate',
      width: 140,
      render: (v: string | null) => (v ? formatDate(v) : <Tag color="green">{t('people.memberships.current')}</Tag>),
    },
  ];

  const householdColumns: TableProps<PersonDetail['households'][number]>['columns'] = [
    {
      title: t('households.fields.headName'),
      dataIndex: 'headName',
      render: (_, h) => <Link to={`/households/${h.id}`}>{h.headName}</Link>,
    },
    { title: t('households.fields.relation'), dataIndex: 'relation', render: (v: string | null) => v || '—' },
  ];

  return (
    <>
      <PageHeader
        crumbs={[{ title: t('people.title'), to: '/people' }, { title: p.fullName }]}
        title={p.fullName}
        tags={
          <>
            <Tag>{label('employmentCategory', p.employmentCategory)}</Tag>
            {p.isLeader && <Tag color="gold">{t('people.fields.isLeader')}</Tag>}
            {p.isDirectWorker && <Tag color="green">{t('people.fields.isDirectWorker')}</Tag>}
          </>
        }
        extra={
          perms.canEditPeople && (
            <>
              <EditButton onClick={() => setEditOpen(true)} />
              <Button icon={<SwapOutlined />} onClick={() => setTransferOpen(true)}>
                {t('people.transfer.action')}
              </Button>
            </>
          )
        }
      />
      <DetailFacts
        items={[
          { key: 'gender', label: t('people.fields.gender'), children: label('gender', p.gender) },
          { key: 'birth', label: t('people.fields.birthDate'), children: formatDate(p.birthDate) || '—' },
          { key: 'ethnicity', label: t('people.fields.ethnicity'), children: p.ethnicity || '—' },
          { key: 'cccd', label: t('people.fields.citizenId'), children: p.citizenId || p.citizenIdMasked || '—' },
          { key: 'position', label: t('people.fields.position'), children: p.position || '—' },
          {
            key: 'unit',
            label: t('people.fields.unit'),
            children: <Link to={`/units/${p.unitId}`}>{p.unitName}</Link>,
          },
          {
            key: 'category',
            label: t('people.fields.employmentCategory'),
            children: label('employmentCategory', p.employmentCategory),
          },
          { key: 'leader', label: t('people.fields.isLeader'), children: p.isLeader ? t('common.yes') : t('common.no') },
          {
            key: 'direct',
            label: t('people.fields.isDirectWorker'),
            children: p.isDirectWorker ? t('common.yes') : t('common.no'),
          },
        ]}
      />
      <DetailTabs
        defaultKey="memberships"
        items={[
          {
            key: 'memberships',
            label: t('people.memberships.title'),
            children: (
              <LocalTable<Membership>
                columns={membershipColumns}
                dataSource={p.memberships}
                scroll={{ x: 'max-content' }}
                empty={t('people.memberships.empty')}
              />
            ),
          },
          {
            key: 'households',
            label: `${t('people.householdsTab')} (${p.households.length})`,
            children: (
              <LocalTable columns={householdColumns} dataSource={p.households} empty={t('people.noHouseholds')} />
            ),
          },
          { key: 'history', label: t('records.history.tab'), children: <HistoryTab personId={p.id} /> },
        ]}
      />
      <PersonFormModal open={editOpen} onClose={() => setEditOpen(false)} person={p} />
      <TransferModal open={transferOpen} onClose={() => setTransferOpen(false)} person={p} />
    </>
  );
}
