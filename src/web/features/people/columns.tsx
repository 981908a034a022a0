import { Space, Tag, Tooltip, type TableColumnsType } from 'antd';
import { CrownOutlined, ToolOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCodes } from '../../app/codes';
import { formatDate } from '../../app/format';
import type { Person } from '../../../shared/contract/people';

/** Columns of a people table, shared by the people list and the unit's people tab. */
export function usePeopleColumns({ showUnit = true }: { showUnit?: boolean } = {}): TableColumnsType<Person> {
  const { t } = useTranslation();
  const { label } = useCodes();
  const cols: TableColumnsType<Person> = [
    {
      title: t('people.fields.fullName'),
      dataIndex: 'fullName',
      render: (_, p) => (
        <Space size={4}>
          <Link to={`/people/${p.id}`}>{p.fullName}</Link>
          {p.isLeader && (
            <Tooltip title={t('people.fields.isLeader')}>
              <CrownOutlined style={{ color: '#d48806' }} aria-label={t('people.fields.isLeader')} />
            </Tooltip>
          )}
          {p.isDirectWorker && (
            <Tooltip title={t('people.fields.isDirectWorker')}>
              <ToolOutlined style={{ color: '#389e0d' }} aria-label={t('people.fields.isDirectWorker')} />
            </Tooltip>
          )}
        </Space>
      ),
    },
    { title: t('people.fields.gender'), dataIndex: 'gender', width: 90, render: (v: string) => label('gender', v) },
    {
      title: t('people.fields.birthDate'),
      dataIndex: 'birthDate',
      width: 120,
      responsive: ['sm'],
      render: (v: string | null) => formatDate(v),
    },
    { title: t('people.fields.citizenId'), dataIndex: 'citizenIdMasked', width: 150, responsive: ['xl'] },
    { title: t('people.fields.position'), dataIndex: 'position', responsive: ['lg'] },
    {
      title: t('people.fields.employmentCategory'),
      dataIndex: 'employmentCategory',
      width: 170,
      responsive: ['md'],
      render: (v: string) => <Tag>{label('employmentCategory', v)}</Tag>,
    },
  ];
  if (showUnit) {
    cols.push({
      title: t('people.fields.unit'),
      dataIndex: 'unitName',
      responsive: ['md'],
      render: (_, p) => <Link to={`/units/${p.unitId}`}>{p.unitName}</Link>,
    });
  }
  return cols;
}
