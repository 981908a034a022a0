import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { usePermissions, useToday } from '../../app/auth';
import { useErrorText } from '../../app/errors';
import { DATE_FORMAT, formatDate, fromApiDate, toApiDate } from '../../app/format';
import { applyServerErrors } from '../../app/forms';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { PageHeader } from '../../components/PageHeader';
import type { Items } from '../../../shared/contract/common';
import type { CalendarAdjustment, CalendarAdjustmentCreated, WorkingDaysAdded, WorkingDaysBetween } from '../../../shared/contract/calendar';

const CAL_KEY = ['calendar'] as const;

function weekday(day: string): string {
  return dayjs(day).format('dddd');
}

interface AddValues {
  day: Dayjs | null;
  kind: CalendarAdjustment['kind'];
  note?: string;
}

/** Declared days off and make-up working days (on top of the public holidays built into tdkt). */
function AdjustmentForm({ onAdded }: { onAdded: (year: number) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const [form] = Form.useForm<AddValues>();
  const [error, setError] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: (v: AddValues) => api.post<CalendarAdjustmentCreated>('/calendar/adjustments', { day: toApiDate(v.day), kind: v.kind, note: v.note?.trim() || undefined }),
    onMutate: () => setError(null),
    onSuccess: (_, v) => {
      message.success(t('calendar.added'));
      void qc.invalidateQueries({ queryKey: CAL_KEY });
      onAdded(v.day!.year());
      form.resetFields(['day', 'note']);
    },
    onError: (e) => {
      if (!applyServerErrors(form, e)) setError(errorText(e));
    },
  });
  return (
    <Card size="small" title={t('calendar.addTitle')} style={{ marginBottom: 16 }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form<AddValues> form={form} layout="vertical" initialValues={{ kind: 'day_off' }} onFinish={(v) => add.mutate(v)}>
        <Row gutter={12} align="bottom">
          <Col xs={24} sm={6}>
            <Form.Item name="day" label={t('calendar.day')} rules={[{ required: true, message: t('validation.required') }]}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={6}>
            <Form.Item name="kind" label={t('calendar.kind')}>
              <Select
                options={(['day_off', 'working_day'] as const).map((k) => ({ value: k, label: t(`calendar.kinds.${k}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="note" label={t('calendar.note')}>
              <Input maxLength={300} placeholder={t('calendar.notePlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={4}>
            <Form.Item>
              <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={add.isPending} block>
                {t('calendar.add')}
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}

/** "Cộng ngày làm việc": the n-th working day after a date, and the working days between two dates. */
function WorkingDayTool() {
  const today = useToday();
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [from, setFrom] = useState<Dayjs | null>(dayjs(today));
  const [days, setDays] = useState<number | null>(10);
  const [to, setTo] = useState<Dayjs | null>(null);
  const addQ = useQuery({
    queryKey: [...CAL_KEY, 'add', toApiDate(from), days],
    queryFn: () => api.get<WorkingDaysAdded>('/calendar/add', { from: toApiDate(from), days: days ?? undefined }),
    enabled: !!from && days != null,
  });
  const betweenQ = useQuery({
    queryKey: [...CAL_KEY, 'between', toApiDate(from), toApiDate(to)],
    queryFn: () => api.get<WorkingDaysBetween>('/calendar/between', { from: toApiDate(from), to: toApiDate(to) }),
    enabled: !!from && !!to,
  });
  return (
    <Card size="small" title={t('calendar.tool.title')} data-testid="working-day-tool">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('calendar.tool.hint')}
      </Typography.Paragraph>
      <Form layout="vertical">
        <Row gutter={12}>
          <Col xs={12}>
            <Form.Item label={t('calendar.tool.from')} htmlFor="tool-from">
              <DatePicker id="tool-from" format={DATE_FORMAT} value={from} onChange={setFrom} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item label={t('calendar.tool.days')} htmlFor="tool-days">
              <InputNumber id="tool-days" min={-3650} max={3650} precision={0} value={days} onChange={setDays} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label={t('calendar.tool.result')}>
              {addQ.isError ? (
                <Typography.Text type="danger">{errorText(addQ.error)}</Typography.Text>
              ) : (
                <Typography.Text strong style={{ fontSize: 16 }} data-testid="tool-add-result">
                  {addQ.data ? `${formatDate(addQ.data.date)} (${weekday(addQ.data.date)})` : '—'}
                </Typography.Text>
              )}
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item label={t('calendar.tool.to')} htmlFor="tool-to">
              <DatePicker id="tool-to" format={DATE_FORMAT} value={to} onChange={setTo} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item label={t('calendar.tool.between')}>
              {betweenQ.isError ? (
                <Typography.Text type="danger">{errorText(betweenQ.error)}</Typography.Text>
              ) : (
                <Typography.Text strong style={{ fontSize: 16 }} data-testid="tool-between-result">
                  {betweenQ.data ? t('calendar.tool.daysCount', { count: betweenQ.data.days }) : '—'}
                </Typography.Text>
              )}
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}

export default function CalendarPage() {
  const today = useToday();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const perms = usePermissions();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const url = useUrlState();
  useDocumentTitle(t('calendar.title'));
  const canEdit = perms.canEditCalendar;
  const year = Number(url.get('year')) || dayjs(today).year();

  const list = useQuery({
    queryKey: [...CAL_KEY, 'adjustments', year],
    queryFn: () => api.get<Items<CalendarAdjustment>>('/calendar/adjustments', { year }),
    placeholderData: (prev) => prev,
  });
  const remove = useMutation({
    mutationFn: (day: string) => api.delete(`/calendar/adjustments/${day}`),
    onSuccess: () => {
      message.success(t('calendar.removed'));
      void qc.invalidateQueries({ queryKey: CAL_KEY });
    },
    onError: (e) => message.error(errorText(e)),
  });

  return (
    <>
      <PageHeader
        title={t('calendar.title')}
        subTitle={t('calendar.subtitle')}
        extra={
          <Space>
            <Typography.Text>{t('calendar.year')}</Typography.Text>
            <DatePicker
              picker="year"
              aria-label={t('calendar.year')}
              allowClear={false}
              value={fromApiDate(`${year}-01-01`)}
              onChange={(d) => url.update({ year: d ? d.year() : undefined })}
            />
          </Space>
        }
      />
      {canEdit && <AdjustmentForm onAdded={(y) => y !== year && url.update({ year: y })} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('calendar.listTitle', { year })}>
            {list.isError && !list.data ? (
              <ErrorState error={list.error} onRetry={() => list.refetch()} />
            ) : (
              <Table<CalendarAdjustment>
                rowKey="day"
                size="middle"
                dataSource={list.data?.items}
                loading={list.isFetching}
                pagination={false}
                scroll={{ x: 'max-content' }}
                locale={{ emptyText: list.isPending ? ' ' : <EmptyState description={canEdit ? t('calendar.emptyCanAdd') : t('calendar.empty')} /> }}
                columns={[
                  {
                    title: t('calendar.day'),
                    dataIndex: 'day',
                    width: 190,
                    render: (d: string) => (
                      <span>
                        {formatDate(d)} <Typography.Text type="secondary">({weekday(d)})</Typography.Text>
                      </span>
                    ),
                  },
                  {
                    title: t('calendar.kind'),
                    dataIndex: 'kind',
                    width: 150,
                    render: (k: CalendarAdjustment['kind']) => <Tag color={k === 'day_off' ? 'red' : 'blue'}>{t(`calendar.kinds.${k}`)}</Tag>,
                  },
                  { title: t('calendar.note'), dataIndex: 'note', render: (n: string | null) => n ?? '' },
                  ...(canEdit
                    ? [
                        {
                          title: '',
                          key: 'actions',
                          width: 60,
                          render: (_: unknown, r: CalendarAdjustment) => (
                            <Popconfirm
                              title={t('calendar.confirmRemove', { day: formatDate(r.day) })}
                              okText={t('common.remove')}
                              cancelText={t('common.cancel')}
                              okButtonProps={{ danger: true }}
                              onConfirm={() => remove.mutateAsync(r.day)}
                            >
                              <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('calendar.remove', { day: formatDate(r.day) })} />
                            </Popconfirm>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <WorkingDayTool />
          <Card size="small" style={{ marginTop: 16 }}>
            <Descriptions
              size="small"
              column={1}
              title={t('calendar.aboutTitle')}
              items={[
                { key: 'h', label: t('calendar.about.holidaysLabel'), children: t('calendar.about.holidays') },
                { key: 'd', label: t('calendar.about.declaredLabel'), children: t('calendar.about.declared') },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
