import { Tag, Tooltip, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { DecisionCell, SubjectCell } from './parts';
import { useAwardNames } from './queries';
import type { Author, DisciplineRecord, SubjectRefs, InitiativeRecord, PendingRecord, RatingRecord, RecordOf, RecordTab, ResearchRecord } from './types';

const RATING_COLOR: Record<string, string> = { HTXSNV: 'green', HTTNV: 'blue', HTNV: 'default', KHTNV: 'red' };

export function RatingTag({ rating }: { rating: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={rating}>
      <Tag color={RATING_COLOR[rating] ?? 'default'}>{t(`rules.rating.${rating}`, { defaultValue: rating })}</Tag>
    </Tooltip>
  );
}

function Authors({ list }: { list: Author[] }) {
  return (
    <div style={{ minWidth: 160, maxWidth: 240 }}>
      {list.map((a, i) => (
        <div key={`${a.personId ?? a.name}-${i}`}>
          {a.personId ? <Link to={`/people/${a.personId}`}>{a.name}</Link> : a.name}{' '}
          <Typography.Text type="secondary">({a.share}%)</Typography.Text>
        </div>
      ))}
    </div>
  );
}

/** Title of an initiative or a research project, with its owning unit below. */
function TitleCell({ r, showUnit }: { r: { title: string; unitId?: number | null; unitName?: string | null }; showUnit: boolean }) {
  return (
    <div style={{ minWidth: 180, maxWidth: 260 }}>
      <div>{r.title}</div>
      {showUnit && r.unitId != null && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <Link to={`/units/${r.unitId}`} style={{ color: 'inherit' }}>
            {r.unitName ?? `#${r.unitId}`}
          </Link>
        </Typography.Text>
      )}
    </div>
  );
}

const Note = ({ v }: { v: string | null }) => <div style={{ maxWidth: 260 }}>{v || '—'}</div>;

/** The columns of each kind's table (actions are added by the page). */
export function useRecordColumns<K extends RecordTab>(kind: K, opts: { showSubject?: boolean } = {}): TableProps<RecordOf[K]>['columns'] {
  const { t } = useTranslation();
  const { name: awardName } = useAwardNames();
  const showSubject = opts.showSubject ?? true;
  const subject = { title: t('records.fields.subject'), key: 'subject', render: (_: unknown, r: SubjectRefs) => <SubjectCell r={r} /> };
  switch (kind) {
    case 'ratings': {
      const cols: TableProps<RatingRecord>['columns'] = [
        ...(showSubject ? [subject] : []),
        { title: t('records.fields.year'), dataIndex: 'year', key: 'year', width: 80 },
        { title: t('records.fields.rating'), dataIndex: 'rating', key: 'rating', render: (v: string) => <RatingTag rating={v} /> },
        { title: t('records.fields.note'), dataIndex: 'note', key: 'note', responsive: ['md'], render: (v: string | null) => <Note v={v} /> },
      ];
      return cols as TableProps<RecordOf[K]>['columns'];
    }
    case 'initiatives': {
      const cols: TableProps<InitiativeRecord>['columns'] = [
        { title: t('records.fields.initiativeTitle'), dataIndex: 'title', key: 'title', render: (_, r) => <TitleCell r={r} showUnit={showSubject} /> },
        { title: t('records.fields.authors'), key: 'authors', render: (_, r) => <Authors list={r.authors} /> },
        { title: t('records.fields.year'), dataIndex: 'year', key: 'year', width: 70 },
        { title: t('records.fields.scope'), dataIndex: 'scope', key: 'scope', width: 130, render: (v: string) => <div style={{ maxWidth: 130 }}>{t(`rules.scope.${v}`, { defaultValue: v })}</div> },
        {
          title: t('records.fields.recognizedBy'),
          key: 'recognizedBy',
          width: 170,
          responsive: ['lg'],
          render: (_, r) => (
            <div style={{ maxWidth: 160 }}>
              <div>{r.recognizedBy || '—'}</div>
              {(r.decisionNo || r.decisionDate) && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[r.decisionNo, r.decisionDate ? t('records.fields.dated', { date: formatDate(r.decisionDate) }) : null].filter(Boolean).join(' ')}
                </Typography.Text>
              )}
            </div>
          ),
        },
        {
          title: t('records.fields.usedForAwardShort'),
          key: 'usedFor',
          width: 150,
          render: (_, r) =>
            r.usedForAward ? (
              <Tag color="purple" style={{ whiteSpace: 'normal', maxWidth: 140 }}>
                {awardName(r.usedForAward)} {r.usedForYear ?? ''}
              </Tag>
            ) : (
              <Typography.Text type="secondary">{t('records.notUsed')}</Typography.Text>
            ),
        },
      ];
      return cols as TableProps<RecordOf[K]>['columns'];
    }
    case 'research': {
      const cols: TableProps<ResearchRecord>['columns'] = [
        { title: t('records.fields.researchTitle'), dataIndex: 'title', key: 'title', render: (_, r) => <TitleCell r={r} showUnit={showSubject} /> },
        { title: t('records.fields.authors'), key: 'authors', render: (_, r) => <Authors list={r.authors} /> },
        { title: t('records.fields.year'), dataIndex: 'year', key: 'year', width: 70 },
        { title: t('records.fields.scope'), dataIndex: 'scope', key: 'scope', width: 130, render: (v: string) => <div style={{ maxWidth: 130 }}>{t(`rules.scope.${v}`, { defaultValue: v })}</div> },
        { title: t('records.fields.acceptedBy'), dataIndex: 'acceptedBy', key: 'acceptedBy', responsive: ['lg'], render: (v: string | null) => <Note v={v} /> },
        { title: t('records.fields.decision'), key: 'decision', render: (_, r) => <DecisionCell no={r.decisionNo} date={r.decisionDate} /> },
      ];
      return cols as TableProps<RecordOf[K]>['columns'];
    }
    case 'discipline': {
      const cols: TableProps<DisciplineRecord>['columns'] = [
        ...(showSubject ? [subject] : []),
        { title: t('records.fields.disciplineLevel'), dataIndex: 'level', key: 'level', render: (v: string) => <Tag color="volcano">{t(`rules.discipline.${v}`, { defaultValue: v })}</Tag> },
        {
          title: t('records.fields.period'),
          key: 'period',
          render: (_, r) => (
            <span style={{ whiteSpace: 'nowrap' }}>
              {formatDate(r.fromDate)} – {r.toDate ? formatDate(r.toDate) : '…'}
            </span>
          ),
        },
        { title: t('records.fields.decision'), key: 'decision', render: (_, r) => <DecisionCell no={r.decisionNo} date={r.decisionDate} /> },
        { title: t('records.fields.note'), dataIndex: 'note', key: 'note', responsive: ['md'], render: (v: string | null) => <Note v={v} /> },
      ];
      return cols as TableProps<RecordOf[K]>['columns'];
    }
    case 'pending': {
      const cols: TableProps<PendingRecord>['columns'] = [
        ...(showSubject ? [subject] : []),
        { title: t('records.fields.pendingKind'), dataIndex: 'kind', key: 'kind', render: (v: string) => <div style={{ maxWidth: 280 }}>{t(`rules.pending.${v}`, { defaultValue: v })}</div> },
        { title: t('records.fields.openedOn'), dataIndex: 'openedOn', key: 'openedOn', width: 120, render: (v: string) => formatDate(v) },
        {
          title: t('records.fields.closedOn'),
          dataIndex: 'closedOn',
          key: 'closedOn',
          width: 140,
          render: (v: string | null) => (v ? formatDate(v) : <Tag color="orange">{t('records.stillOpen')}</Tag>),
        },
        { title: t('records.fields.note'), dataIndex: 'note', key: 'note', responsive: ['md'], render: (v: string | null) => <Note v={v} /> },
      ];
      return cols as TableProps<RecordOf[K]>['columns'];
    }
  }
  return [];
}
