/** The pieces both eligibility checks (from the registry, by hand) are made of. */
import type { ReactNode } from 'react';
import { Alert, Button, Card, Col, DatePicker, Form, InputNumber, Row, type ColProps, type FormInstance } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useToday } from '../../app/auth';
import { useErrorText } from '../../app/errors';
import { DATE_FORMAT, toApiDate } from '../../app/format';
import { EmptyState } from '../../components/EmptyState';
import { useCatalog } from './queries';

/** The catalogue in force on the form's `date` (today until one is picked), and award code → name. */
export function useCatalogOnDate(form: FormInstance) {
  const today = useToday();
  const date = Form.useWatch('date', form) as Dayjs | undefined;
  const catalog = useCatalog(toApiDate(date ?? dayjs(today)) ?? undefined);
  const nameOf = (code: string) => catalog.data?.entries.find((e) => e.code === code)?.name ?? code;
  return { catalog, nameOf };
}

/** The achievement year and the day of the check, side by side. */
export function YearDateItems({ yearCol, dateCol }: { yearCol: ColProps; dateCol: ColProps }) {
  const { t } = useTranslation();
  return (
    <>
      <Col {...yearCol}>
        <Form.Item name="year" label={t('rules.check.year')} rules={[{ required: true, message: t('validation.required') }]}>
          <InputNumber min={1990} max={2100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col {...dateCol}>
        <Form.Item name="date" label={t('rules.check.date')} tooltip={t('rules.check.dateHint')} rules={[{ required: true, message: t('validation.required') }]}>
          <DatePicker format={DATE_FORMAT} allowClear={false} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </>
  );
}

/** The form's submit button. */
export function RunCheckButton({ loading }: { loading: boolean }) {
  const { t } = useTranslation();
  return (
    <Button type="primary" htmlType="submit" icon={<SafetyCertificateOutlined />} loading={loading} block>
      {t('rules.check.run')}
    </Button>
  );
}

/**
 * A check's page body: the form in a card on the left, the answer on the right — the error (or
 * `info` in its place), the answer (`children`), or what to do first (`empty`) — and `below` it.
 */
export function CheckLayout({
  title,
  form,
  formCol,
  answerCol,
  error,
  info,
  empty,
  below,
  children,
}: {
  title: string;
  form: ReactNode;
  formCol: ColProps;
  answerCol: ColProps;
  /** the failed check's error, undefined when it did not fail */
  error: unknown;
  info?: string;
  empty: string;
  below?: ReactNode;
  children?: ReactNode;
}) {
  const errorText = useErrorText();
  return (
    <Row gutter={[16, 16]}>
      <Col {...formCol}>
        <Card size="small" title={title}>
          {form}
        </Card>
      </Col>
      <Col {...answerCol}>
        {error !== undefined ? (
          <Alert type={info ? 'info' : 'error'} showIcon title={info ?? errorText(error)} />
        ) : children ? (
          children
        ) : (
          <Card size="small">
            <EmptyState description={empty} />
          </Card>
        )}
        {below}
      </Col>
    </Row>
  );
}
