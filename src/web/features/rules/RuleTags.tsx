import { Space, Tag, Tooltip, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Confidence } from './types';

/**
 * The confidence of a rule as docs/rules.md shows it: confirmed rules carry no tag (they are the
 * norm); partial → "chưa xác nhận", unconfirmed → "thiếu tham số", tenant → "tham số của đơn vị".
 */
export function ConfidenceTag({ confidence, showConfirmed = false }: { confidence: Confidence | undefined; showConfirmed?: boolean }) {
  const { t } = useTranslation();
  if (!confidence || (confidence === 'confirmed' && !showConfirmed)) return null;
  const color = { confirmed: 'green', partial: 'gold', unconfirmed: 'red', tenant: 'blue' }[confidence];
  return (
    <Tooltip title={t(`rules.confidenceHint.${confidence}`)}>
      <Tag color={color} style={{ marginInlineEnd: 0 }}>
        {t(`rules.confidence.${confidence}`)}
      </Tag>
    </Tooltip>
  );
}

/** The verdict, big: Đủ điều kiện / Không đủ điều kiện / Chưa đủ dữ kiện. */
export function EligibleTag({ eligible, large = false }: { eligible: boolean | null; large?: boolean }) {
  const { t } = useTranslation();
  const [color, key, icon] =
    eligible === true
      ? ['success', 'eligible', <CheckCircleFilled key="i" />]
      : eligible === false
        ? ['error', 'notEligible', <CloseCircleFilled key="i" />]
        : ['warning', 'undecided', <QuestionCircleFilled key="i" />];
  return (
    <Tag
      color={color}
      icon={icon}
      data-testid="eligible-tag"
      style={large ? { fontSize: 18, lineHeight: '32px', padding: '0 14px', marginInlineEnd: 0 } : { marginInlineEnd: 0 }}
    >
      {t(`rules.verdict.${key}`)}
    </Tag>
  );
}

/** ✓ / ✗ / ? for one criterion. */
export function CriterionIcon({ ok }: { ok: boolean | null }) {
  const { t } = useTranslation();
  if (ok === true) return <CheckCircleFilled style={{ color: '#389e0d', fontSize: 18 }} aria-label={t('rules.criterion.ok')} role="img" />;
  if (ok === false) return <CloseCircleFilled style={{ color: '#cf1322', fontSize: 18 }} aria-label={t('rules.criterion.fail')} role="img" />;
  return <QuestionCircleFilled style={{ color: '#d48806', fontSize: 18 }} aria-label={t('rules.criterion.unknown')} role="img" />;
}

/** A list of legal citations, small and secondary. */
export function Refs({ refs }: { refs: readonly (string | undefined | null)[] }) {
  const list = [...new Set(refs.filter((r): r is string => !!r))];
  if (!list.length) return null;
  return (
    <Space orientation="vertical" size={0}>
      {list.map((r) => (
        <Typography.Text key={r} type="secondary" style={{ fontSize: 12 }}>
          {r}
        </Typography.Text>
      ))}
    </Space>
  );
}
