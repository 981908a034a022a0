import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Col, DatePicker, Form, InputNumber, Radio, Row, Segmented } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { DATE_FORMAT, toApiDate } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { PersonSelect } from '../../components/PersonSelect';
import { UnitSelect } from '../../components/UnitSelect';
import { AwardSelect } from './AwardSelect';
import { CheckResultView, FactsView } from './CheckResultView';
import { ManualCheck } from './ManualCheck';
import { useCatalog } from './queries';
import { RulesetCard } from './RulesetCard';
import type { CaseFacts, CheckResult, SubjectCheckResponse } from './types';
import { useToday } from '../../app/auth';

interface SubjectValues {
  subject: 'person' | 'unit';
  personId?: number | null;
  unitId?: number | null;
  award?: string;
  year: number;
  date: Dayjs;
}

/** Mode A: the facts come from the registry (ratings, awards, initiatives… of the person or unit). */
function SubjectCheck() {
  const today = useToday();
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [form] = Form.useForm<SubjectValues>();
  const subject = Form.useWatch('subject', form) ?? 'person';
  const date = Form.useWatch('date', form) as Dayjs | undefined;
  const catalog = useCatalog(toApiDate(date ?? dayjs(today)) ?? undefined);
  const [answer, setAnswer] = useState<{ result: CheckResult; facts?: CaseFacts } | null>(null);
  const nameOf = (code: string) => catalog.data?.entries.find((e) => e.code === code)?.name ?? code;

  const check = useMutation({
    mutationFn: (v: SubjectValues) =>
      api.post<SubjectCheckResponse>('/rules/check-subject', {
        subject: v.subject,
        id: v.subject === 'person' ? v.personId : v.unitId,
        award: v.award,
        year: v.year,
        date: toApiDate(v.date),
      }),
    onMutate: () => setAnswer(null),
    onSuccess: (res) => setAnswer({ result: res.result, facts: res.facts }),
  });
  const notReady = check.isError && isApiError(check.error) && check.error.status === 404 && !check.error.fromServer;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={9}>
        <Card size="small" title={t('rules.check.whoWhat')}>
          <Form<SubjectValues>
            form={form}
            layout="vertical"
            initialValues={{ subject: 'person', year: dayjs(today).year(), date: dayjs(today) }}
            onFinish={(v) => check.mutate(v)}
          >
            <Form.Item name="subject" label={t('rules.check.subjectKind')}>
              <Radio.Group
                optionType="button"
                options={[
                  { value: 'person', label: t('rules.check.person') },
                  { value: 'unit', label: t('rules.check.unit') },
                ]}
                onChange={() => form.setFieldsValue({ award: undefined })}
              />
            </Form.Item>
            {subject === 'person' ? (
              <Form.Item name="personId" label={t('rules.check.person')} rules={[{ required: true, message: t('rules.check.pickPerson') }]}>
                <PersonSelect placeholder={t('rules.check.personPlaceholder')} style={{ width: '100%' }} />
              </Form.Item>
            ) : (
              <Form.Item name="unitId" label={t('rules.check.unit')} rules={[{ required: true, message: t('rules.check.pickUnit') }]}>
                <UnitSelect style={{ width: '100%' }} />
              </Form.Item>
            )}
            <Form.Item name="award" label={t('rules.award')} rules={[{ required: true, message: t('rules.check.pickAward') }]}>
              <AwardSelect entries={catalog.data?.entries} subject={subject === 'person' ? 'ca_nhan' : 'tap_the'} loading={catalog.isFetching} style={{ width: '100%' }} />
            </Form.Item>
            <Row gutter={12}>
              <Col span={10}>
                <Form.Item name="year" label={t('rules.check.year')} rules={[{ required: true, message: t('validation.required') }]}>
                  <InputNumber min={1990} max={2100} precision={0} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={14}>
                <Form.Item name="date" label={t('rules.check.date')} tooltip={t('rules.check.dateHint')} rules={[{ required: true, message: t('validation.required') }]}>
                  <DatePicker format={DATE_FORMAT} allowClear={false} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </Row>
            <Button type="primary" htmlType="submit" icon={<SafetyCertificateOutlined />} loading={check.isPending} block>
              {t('rules.check.run')}
            </Button>
          </Form>
        </Card>
      </Col>
      <Col xs={24} lg={15}>
        {check.isError ? (
          <Alert type={notReady ? 'info' : 'error'} showIcon title={notReady ? t('rules.check.notReady') : errorText(check.error)} />
        ) : answer ? (
          <>
            <CheckResultView result={answer.result} awardName={nameOf(answer.result.award)} />
            {answer.facts && <FactsView facts={answer.facts} awardName={nameOf} />}
          </>
        ) : (
          <Card size="small">
            <EmptyState description={t('rules.check.empty')} />
          </Card>
        )}
        {catalog.data && (
          <div style={{ marginTop: 16 }}>
            <RulesetCard ruleset={catalog.data.ruleset} showNotes={false} />
          </div>
        )}
      </Col>
    </Row>
  );
}

export default function CheckPage() {
  const { t } = useTranslation();
  const url = useUrlState();
  useDocumentTitle(t('rules.check.title'));
  const mode = url.get('mode') === 'manual' ? 'manual' : 'subject';
  return (
    <>
      <PageHeader
        title={t('rules.check.title')}
        subTitle={t('rules.check.subtitle')}
        extra={
          <Segmented
            aria-label={t('rules.check.mode')}
            value={mode}
            onChange={(v) => url.update({ mode: v === 'manual' ? 'manual' : undefined })}
            options={[
              { value: 'subject', label: t('rules.check.modeSubject') },
              { value: 'manual', label: t('rules.check.modeManual') },
            ]}
          />
        }
      />
      {mode === 'subject' ? <SubjectCheck /> : <ManualCheck />}
    </>
  );
}
