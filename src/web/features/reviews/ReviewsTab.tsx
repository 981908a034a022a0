import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, List, Space, Tag, Typography } from 'antd';
import { DownloadOutlined, FileAddOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api, download, isApiError } from '../../app/api';
import { useErrorText } from '../../app/errors';
import { formatDate, formatDateTime } from '../../app/format';
import { ErrorState } from '../../components/ErrorState';
import { PlanEditor, cleanContent, type PlanDraft } from '../plans/PlanEditor';
import type { Items } from '../../app/types';
import type { PlanDetail, Review } from '../plans/types';

/** Sơ kết 6 tháng / tổng kết năm: a report drafted from the data, edited here, printed as DOCX. */
export function ReviewsTab({ plan, canManage }: { plan: PlanDetail; canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const qc = useQueryClient();
  const [selected, setSelected] = useState<number | null>(null);
  const [draft, setDraft] = useState<PlanDraft | null>(null);
  const list = useQuery({ queryKey: ['plans', 'reviews', plan.id], queryFn: () => api.get<Items<Review>>(`/plans/${plan.id}/reviews`) });
  const current = list.data?.items.find((r) => r.id === selected) ?? null;

  const open = (r: Review) => {
    setSelected(r.id);
    setDraft({ title: r.content.title, year: r.content.year, content: r.content });
  };
  const create = useMutation({
    mutationFn: (kind: Review['kind']) => api.post<Review>(`/plans/${plan.id}/reviews`, { kind }),
    onSuccess: (r) => {
      message.success(t('plansUi.reviews.created'));
      void qc.invalidateQueries({ queryKey: ['plans', 'reviews', plan.id] });
      open(r);
    },
    onError: (e) => message.error(errorText(e)),
  });
  const save = useMutation({
    mutationFn: () => {
      const r = current!;
      const content = { ...cleanContent(draft!.content), title: draft!.title, year: r.content.year, number: r.content.number, issuedOn: r.content.issuedOn, typeName: 'BÁO CÁO' };
      return api.patch<Review>(`/reviews/${r.id}`, { version: r.version, content });
    },
    onSuccess: (r) => {
      message.success(t('plansUi.reviews.saved'));
      void qc.invalidateQueries({ queryKey: ['plans', 'reviews', plan.id] });
      open(r);
    },
    onError: (e) => {
      message.error(isApiError(e) && e.code === 'VERSION_CONFLICT' ? t('plansUi.reviews.conflict') : errorText(e));
      void qc.invalidateQueries({ queryKey: ['plans', 'reviews', plan.id] });
    },
  });

  if (list.isError) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;
  const issued = plan.status !== 'draft';
  return (
    <div data-testid="reviews-tab">
      {!issued && <Alert type="info" showIcon title={t('plansUi.reviews.notIssued')} style={{ marginBottom: 12 }} />}
      {canManage && issued && (
        <Space style={{ marginBottom: 12 }} wrap>
          <Button icon={<FileAddOutlined />} loading={create.isPending && create.variables === 'so_ket'} onClick={() => create.mutate('so_ket')}>
            {t('plansUi.reviews.newSoKet')}
          </Button>
          <Button icon={<FileAddOutlined />} loading={create.isPending && create.variables === 'tong_ket'} onClick={() => create.mutate('tong_ket')}>
            {t('plansUi.reviews.newTongKet')}
          </Button>
          <Typography.Text type="secondary">{t('plansUi.reviews.help')}</Typography.Text>
        </Space>
      )}
      <Card size="small" title={t('plansUi.reviews.list')} style={{ marginBottom: 12 }} loading={list.isPending}>
        {list.data?.items.length ? (
          <List
            size="small"
            dataSource={list.data.items}
            renderItem={(r) => (
              <List.Item
                actions={[
                  <Button key="open" type="link" onClick={() => open(r)}>
                    {t('plansUi.reviews.open')}
                  </Button>,
                  <Button key="docx" type="link" icon={<DownloadOutlined />} onClick={() => void download(`/reviews/${r.id}/document.docx`, undefined, `bao-cao-${r.id}.docx`).catch((e) => message.error(errorText(e)))}>
                    DOCX
                  </Button>,
                ]}
              >
                <Space wrap>
                  <Tag color={r.kind === 'so_ket' ? 'blue' : 'green'}>{r.kindName}</Tag>
                  <span>{t('plansUi.reviews.asOf', { date: formatDate(r.asOf) })}</span>
                  <Typography.Text type="secondary">{t('plansUi.reviews.updated', { at: formatDateTime(r.updatedAt) })}</Typography.Text>
                  {r.id === selected && <Tag>{t('plansUi.reviews.editing')}</Tag>}
                </Space>
              </List.Item>
            )}
          />
        ) : (
          <Empty description={t('plansUi.reviews.empty')} />
        )}
      </Card>
      {current && draft && (
        <Card
          size="small"
          title={`${current.kindName} — ${t('plansUi.reviews.asOf', { date: formatDate(current.asOf) })}`}
          extra={
            canManage && (
              <Button type="primary" icon={<SaveOutlined />} loading={save.isPending} onClick={() => save.mutate()}>
                {t('plansUi.reviews.save')}
              </Button>
            )
          }
        >
          <PlanEditor draft={draft} onChange={setDraft} />
        </Card>
      )}
    </div>
  );
}
