import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, List, Row, Statistic, Tag, Typography } from 'antd';
import { BankOutlined, HomeOutlined, ImportOutlined, UserOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useAuth, usePermissions } from '../../app/auth';
import { useCodes } from '../../app/codes';
import { formatNumber } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import type { Page } from '../../../shared/contract/common';
import { PageHeader } from '../../components/PageHeader';

function useTotal(path: string) {
  return useQuery({
    queryKey: [path.slice(1), 'total'],
    queryFn: () => api.get<Page<unknown>>(path, { pageSize: 1 }),
    select: (p) => p.total,
  });
}

function StatCard({ title, icon, to, q }: { title: string; icon: ReactNode; to: string; q: ReturnType<typeof useTotal> }) {
  return (
    <Link to={to}>
      <Card hoverable size="small">
        <Statistic
          title={title}
          prefix={icon}
          loading={q.isPending}
          value={q.isError ? '—' : formatNumber(q.data ?? 0)}
        />
      </Card>
    </Link>
  );
}

export default function DashboardPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const perms = usePermissions();
  const { label } = useCodes();
  useDocumentTitle(t('nav.dashboard'));
  const units = useTotal('/units');
  const people = useTotal('/people');
  const households = useTotal('/households');

  return (
    <>
      <PageHeader title={t('dashboard.welcome', { name: me?.fullName })} subTitle={t('dashboard.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={8}>
          <StatCard title={t('dashboard.units')} icon={<BankOutlined />} to="/units" q={units} />
        </Col>
        <Col xs={24} sm={8}>
          <StatCard title={t('dashboard.people')} icon={<UserOutlined />} to="/people" q={people} />
        </Col>
        <Col xs={24} sm={8}>
          <StatCard title={t('dashboard.households')} icon={<HomeOutlined />} to="/households" q={households} />
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('dashboard.myRoles')}>
            <List
              size="small"
              dataSource={me?.roles ?? []}
              locale={{ emptyText: t('dashboard.noRoles') }}
              renderItem={(r) => (
                <List.Item>
                  <div>
                    <Tag color="red">{label('role', r.role)}</Tag>
                    <Typography.Text>{r.unitName}</Typography.Text>
                  </div>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('dashboard.shortcuts')}>
            <List size="small">
              <List.Item>
                <Link to="/people">
                  <UserOutlined /> {t('dashboard.findPerson')}
                </Link>
              </List.Item>
              <List.Item>
                <Link to="/units">
                  <BankOutlined /> {t('dashboard.browseUnits')}
                </Link>
              </List.Item>
              {perms.canImport && (
                <List.Item>
                  <Link to="/import">
                    <ImportOutlined /> {t('dashboard.importExcel')}
                  </Link>
                </List.Item>
              )}
            </List>
          </Card>
        </Col>
      </Row>
    </>
  );
}
