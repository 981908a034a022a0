import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import type { CheckItem, Dossier, DossierState } from './types';

const STATE_COLORS: Record<DossierState, string> = {
  draft: 'default',
  submitted: 'blue',
  received: 'geekblue',
  appraising: 'processing',
  returned: 'orange',
  consultation: 'purple',
  council: 'cyan',
  decided: 'green',
  forwarded: 'gold',
  rejected: 'red',
  closed: 'default',
};

/** The state of a dossier as a coloured tag with its Vietnamese name. */
export function StateTag({ state, testId = 'dossier-state' }: { state: DossierState; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLORS[state]} data-testid={testId}>
      {t(`dossiers.state.${state}`)}
    </Tag>
  );
}

/** The deadline of the step in progress, red when passed. */
export function DueDate({ d }: { d: Pick<Dossier, 'dueDate' | 'overdue' | 'dueStep'> }) {
  const { t } = useTranslation();
  if (!d.dueDate) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tooltip title={d.dueStep ? t(`dossiers.dueStep.${d.dueStep}`) : undefined}>
      <Typography.Text type={d.overdue ? 'danger' : undefined} strong={d.overdue}>
        {formatDate(d.dueDate)}
        {d.overdue && ` · ${t('dossiers.overdue')}`}
      </Typography.Text>
    </Tooltip>
  );
}

export function CheckStatusTag({ status, overridden }: { status: 'ok' | 'warning' | 'fail' | null | undefined; overridden?: boolean }) {
  const { t } = useTranslation();
  if (!status) return <Tag>{t('dossiers.check.notYet')}</Tag>;
  if (status === 'fail' && overridden) return <Tag color="gold">{t('dossiers.check.overridden')}</Tag>;
  const color = status === 'ok' ? 'green' : status === 'warning' ? 'orange' : 'red';
  return (
    <Tag color={color} data-testid="check-status">
      {t(`dossiers.check.status.${status}`)}
    </Tag>
  );
}

function ItemIcon({ item }: { item: CheckItem }) {
  const { t } = useTranslation();
  if (item.ok === true) return <CheckCircleFilled style={{ color: '#389e0d' }} aria-label={t('dossiers.check.passed')} role="img" />;
  if (item.ok === null) return <QuestionCircleFilled style={{ color: '#8c8c8c' }} aria-label={t('dossiers.check.undecided')} role="img" />;
  if (item.severity === 'error') return <CloseCircleFilled style={{ color: '#cf1322' }} aria-label={t('dossiers.check.failed')} role="img" />;
  return <ExclamationCircleFilled style={{ color: '#d46b08' }} aria-label={t('dossiers.check.warning')} role="img" />;
}

/** A list of check items: what was found, why, and the article. Failures first. */
export function CheckItems({ items, testId }: { items: CheckItem[]; testId?: string }) {
  const rank = (i: CheckItem) => (i.ok === false ? (i.severity === 'error' ? 0 : 1) : i.ok === null ? 2 : 3);
  const sorted = [...items].sort((a, b) => rank(a) - rank(b));
  return (
    <ul className="check-items" data-testid={testId}>
      {sorted.map((i) => (
        <li key={i.id} data-testid={`check-${i.id}`} data-ok={String(i.ok)}>
          <ItemIcon item={i} /> <span>{i.text}</span>
          {i.ref && (
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginLeft: 22 }}>
              {i.ref}
            </Typography.Text>
          )}
        </li>
      ))}
    </ul>
  );
}
