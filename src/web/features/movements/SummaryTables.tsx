import { Col, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RegistrationStatusTag } from './parts';
import type { RegistrationSummary } from './types';
import { LocalTable } from '../../components/LocalTable';

/** The subtree's registrations sent up: per title and per unit. */
export function SummaryTables({ data, loading }: { data: RegistrationSummary | undefined; loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={10}>
        <Typography.Title level={5}>{t('movementsUi.summary.byAward')}</Typography.Title>
        <LocalTable
          rowKey="award"
          data-testid="summary-by-award"
          loading={loading}
          dataSource={data?.byAward}
          empty={t('movementsUi.summary.empty')}
          columns={[
            { title: t('movementsUi.reg.award'), dataIndex: 'awardName', key: 'award' },
            { title: t('movementsUi.subject.tap_the'), dataIndex: 'collectives', key: 'collectives', width: 90, align: 'right' },
            { title: t('movementsUi.subject.ca_nhan'), dataIndex: 'individuals', key: 'individuals', width: 90, align: 'right' },
          ]}
        />
      </Col>
      <Col xs={24} lg={14}>
        <Typography.Title level={5}>{t('movementsUi.summary.byUnit')}</Typography.Title>
        <LocalTable
          data-testid="summary-by-unit"
          loading={loading}
          dataSource={data?.byUnit}
          pageAbove={20}
          empty={t('movementsUi.summary.empty')}
          columns={[
            { title: t('movementsUi.unitCol'), key: 'unit', render: (_, r) => <Link to={`/registrations/${r.id}`}>{r.unitName}</Link> },
            { title: t('movementsUi.fields.status'), key: 'status', width: 120, render: (_, r) => <RegistrationStatusTag status={r.status} testId="summary-status" /> },
            { title: t('movementsUi.subject.tap_the'), dataIndex: 'collectives', key: 'collectives', width: 90, align: 'right' },
            { title: t('movementsUi.subject.ca_nhan'), dataIndex: 'individuals', key: 'individuals', width: 90, align: 'right' },
            { title: t('movementsUi.reg.targets'), dataIndex: 'targets', key: 'targets', width: 90, align: 'right' },
          ]}
        />
      </Col>
    </Row>
  );
}
