import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../app/format';
import type { Household } from '../../../shared/contract/households';

export function useHouseholdColumns({ showThon = true }: { showThon?: boolean } = {}): TableColumnsType<Household> {
  const { t } = useTranslation();
  const cols: TableColumnsType<Household> = [
    { title: t('households.fields.code'), dataIndex: 'code', width: 220, render: (_, h) => <Link to={`/households/${h.id}`}>{h.code}</Link> },
    {
      title: t('households.fields.headName'),
      dataIndex: 'headName',
      render: (_, h) => (h.headPersonId ? <Link to={`/people/${h.headPersonId}`}>{h.headName}</Link> : h.headName),
    },
    { title: t('households.fields.address'), dataIndex: 'address', responsive: ['lg'] },
    {
      title: t('households.fields.memberCount'),
      dataIndex: 'memberCount',
      width: 120,
      align: 'right',
      responsive: ['sm'],
      render: (v: number) => formatNumber(v),
    },
  ];
  if (showThon) {
    cols.splice(3, 0, {
      title: t('households.fields.thon'),
      dataIndex: 'thonName',
      responsive: ['md'],
      render: (_, h) => <Link to={`/units/${h.thonUnitId}`}>{h.thonName}</Link>,
    });
  }
  return cols;
}
