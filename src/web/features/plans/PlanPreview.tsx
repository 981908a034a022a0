import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { clauseNumber, roman, useQuarterName } from './parts';
import type { PlanClause, PlanContent } from './types';

const serif: CSSProperties = { fontFamily: '"Noto Serif", "Times New Roman", serif', fontSize: 15, lineHeight: 1.5, color: '#111' };
const center: CSSProperties = { textAlign: 'center', margin: 0 };
const para: CSSProperties = { textIndent: 32, textAlign: 'justify', margin: '4px 0' };

/**
 * The plan as it prints (NĐ 30/2020 layout, simplified): header, "KẾ HOẠCH", trích yếu, bases,
 * numbered sections and clauses, recipients and the signature block. Read-only.
 */
export function PlanPreview({ content: c, title, year, number, issuedOn }: { content: PlanContent; title: string; year: number; number: string | null; issuedOn: string | null }) {
  const { t } = useTranslation();
  const quarterName = useQuarterName();
  const date = issuedOn
    ? t('plansUi.preview.date', { place: c.place || '…', d: issuedOn.slice(8, 10), m: issuedOn.slice(5, 7), y: issuedOn.slice(0, 4) })
    : t('plansUi.preview.dateBlank', { place: c.place || '…', y: year });
  const clauseBlocks = (list: PlanClause[], prefix: number[]): ReactNode[] =>
    list.flatMap((cl, i) => {
      const path = [...prefix, i];
      const n = clauseNumber(path);
      const lead = cl.title?.trim() || (cl.quarter ? `${quarterName(cl.quarter)}/${year}` : '');
      return [
        <p key={`c${n}`} style={para}>
          {lead ? <strong>{`${n} ${lead}${cl.text?.trim() ? (/[:.;!?]$/.test(lead) ? ' ' : ': ') : ''}`}</strong> : `${n} `}
          {cl.text}
        </p>,
        ...(cl.paragraphs ?? []).filter((p) => p.trim()).map((p, k) => (
          <p key={`p${n}${k}`} style={para}>
            {p}
          </p>
        )),
        ...(cl.responsible?.trim()
          ? [
              <p key={`r${n}`} style={{ ...para, fontStyle: 'italic' }}>
                {t('plansUi.preview.responsible', { who: cl.responsible.trim() })}
              </p>,
            ]
          : []),
        ...clauseBlocks(cl.children ?? [], path),
      ];
    });

  return (
    <div data-testid="plan-preview" style={{ ...serif, background: '#fff', maxWidth: 820, margin: '0 auto', padding: '32px 48px', boxShadow: '0 1px 6px rgba(0,0,0,.12)' }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 24 }}>
        <div style={{ flex: '0 0 42%' }}>
          {c.issuer.parent && <p style={{ ...center, textTransform: 'uppercase' }}>{c.issuer.parent}</p>}
          <p style={{ ...center, fontWeight: 700, textTransform: 'uppercase' }}>{c.issuer.name}</p>
          <p style={{ ...center, marginTop: 8 }}>{t('plansUi.preview.number', { number: number ?? `…/${c.numberSuffix ?? ''}` })}</p>
        </div>
        <div style={{ flex: '1 1 auto' }}>
          <p style={{ ...center, fontWeight: 700 }}>{t('plansUi.preview.nation')}</p>
          <p style={{ ...center, fontWeight: 700 }}>{t('plansUi.preview.motto')}</p>
          <p style={{ ...center, fontStyle: 'italic', marginTop: 8 }}>{date}</p>
        </div>
      </div>
      <p style={{ ...center, fontWeight: 700, fontSize: 17, marginTop: 24 }}>{t('plansUi.preview.kind')}</p>
      <p style={{ ...center, fontWeight: 700 }}>{title}</p>
      <div style={{ borderTop: '1px solid #111', width: 120, margin: '4px auto 16px' }} />
      {c.bases.filter((b) => b.trim()).map((b, i) => (
        <p key={`b${i}`} style={{ ...para, fontStyle: 'italic' }}>
          {b}
        </p>
      ))}
      {c.upperRef?.trim() && <p style={para}>{c.upperRef}</p>}
      {(c.preamble ?? []).map((p, i) => (
        <p key={`pre${i}`} style={para}>
          {p}
        </p>
      ))}
      {c.theme?.trim() && (
        <p style={{ ...para, fontStyle: 'italic' }} data-testid="preview-theme">
          {t('plansUi.preview.theme', { year, theme: c.theme.trim() })}
        </p>
      )}
      {c.sections.map((s, i) => (
        <div key={`s${i}`}>
          <p style={{ ...para, fontWeight: 700, textTransform: 'uppercase' }}>{`${roman(i + 1)}. ${s.title}`}</p>
          {(s.intro ?? []).map((p, k) => (
            <p key={`i${k}`} style={para}>
              {p}
            </p>
          ))}
          {clauseBlocks(s.clauses, [])}
        </div>
      ))}
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 24, marginTop: 24 }}>
        <div style={{ flex: '0 0 45%', fontSize: 13 }}>
          <p style={{ margin: 0, fontWeight: 700, fontStyle: 'italic' }}>{t('plansUi.preview.recipients')}</p>
          {c.recipients.filter((r) => r.trim()).map((r, i) => (
            <p key={`r${i}`} style={{ margin: 0 }}>
              - {r}
            </p>
          ))}
        </div>
        {c.signer && (
          <div style={{ flex: '1 1 auto', textAlign: 'center' }}>
            {c.signer.authority && <p style={{ ...center, fontWeight: 700 }}>{c.signer.authority}</p>}
            <p style={{ ...center, fontWeight: 700 }}>{c.signer.position}</p>
            <p style={{ ...center, fontWeight: 700, marginTop: 64 }}>{c.signer.name || '…'}</p>
          </div>
        )}
      </div>
    </div>
  );
}
