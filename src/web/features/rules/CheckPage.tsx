import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Form, Radio, Row, Segmented } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../app/api';
import { toApiDate } from '../../app/format';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useUrlState } from '../../app/useUrlState';
import { PageHeader } from '../../components/PageHeader';
import { PersonSelect } from '../../components/PersonSelect';
import { UnitSelect } from '../../components/UnitSelect';
import { AwardSelect } from './AwardSelect';
import { CheckResultView, FactsView } from './CheckResultView';
import { ManualCheck } from './ManualCheck';
import { CheckLayout, RunCheckButton, useCatalogOnDate, YearDateItems } from './CheckParts';
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
  const [form] = Form.useForm<SubjectValues>();
  const subject = Form.useWatch('subject', form) ?? 'person';
  const { catalog, nameOf } = useCatalogOnDate(form);
  const [answer, setAnswer] = useState<{ result: CheckResult; facts?: CaseFacts } | null>(null);

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
    <CheckLayout
      title={t('rules.check.whoWhat')}
      formCol={{ xs: 24, lg: 9 }}
      answerCol={{ xs: 24, lg: 15 }}
      error={check.isError ? check.error : undefined}
      info={notReady ? t('rules.check.notReady') : undefined}
      empty={t('rules.check.empty')}
      below={
        catalog.data && (
          <div style={{ marginTop: 16 }}>
            <RulesetCard ruleset={catalog.data.ruleset} showNotes={false} />
          </div>
        )
      }
      form={
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
            <YearDateItems yearCol={{ span: 10 }} dateCol={{ span: 14 }} />
          </Row>
          <RunCheckButton loading={check.isPending} />
        </Form>
      }
    >
      {answer && (
        <>
          <CheckResultView result={answer.result} awardName={nameOf(answer.result.award)} />
          {answer.facts && <FactsView facts={answer.facts} awardName={nameOf} />}
        </>
      )}
    </CheckLayout>
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
