import type { ReactNode } from 'react';
import { Button, Card, Col, Flex, Input, InputNumber, Row, Select, Space, Tooltip, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, SubnodeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { clauseNumber, roman, useQuarterName } from './parts';
import { SECTION_KINDS, type PlanClause, type PlanContent, type PlanSection, type Quarter, type SectionKind } from './types';

/** What the editor changes: the document and the two columns shown in it. */
export interface PlanDraft {
  title: string;
  year: number;
  content: PlanContent;
}

const move = <T,>(list: T[], i: number, d: -1 | 1): T[] => {
  const j = i + d;
  if (j < 0 || j >= list.length) return list;
  const out = [...list];
  [out[i], out[j]] = [out[j], out[i]];
  return out;
};
const replace = <T,>(list: T[], i: number, v: T): T[] => list.map((x, k) => (k === i ? v : x));
const without = <T,>(list: T[], i: number): T[] => list.filter((_, k) => k !== i);
const insertAt = <T,>(list: T[], i: number, v: T): T[] => [...list.slice(0, i), v, ...list.slice(i)];

const blank = (s: string | undefined) => (s?.trim() ? s : undefined);

/** The content as the server wants it: no empty lines in lists, no empty optional fields. */
export function cleanContent(c: PlanContent): PlanContent {
  const clause = (x: PlanClause): PlanClause => {
    const paragraphs = (x.paragraphs ?? []).filter((p) => p.trim());
    const children = (x.children ?? []).map(clause);
    return {
      title: blank(x.title),
      text: x.text ?? '',
      paragraphs: paragraphs.length ? paragraphs : undefined,
      responsible: blank(x.responsible),
      quarter: x.quarter,
      children: children.length ? children : undefined,
    };
  };
  const preamble = (c.preamble ?? []).filter((p) => p.trim());
  return {
    ...c,
    issuer: { parent: blank(c.issuer.parent), name: c.issuer.name },
    numberSuffix: blank(c.numberSuffix),
    bases: c.bases.map((b) => b.trim()).filter(Boolean),
    upperRef: blank(c.upperRef),
    preamble: preamble.length ? preamble : undefined,
    theme: blank(c.theme),
    recipients: c.recipients.map((r) => r.trim()).filter(Boolean),
    sections: c.sections.map((s) => {
      const intro = (s.intro ?? []).filter((p) => p.trim());
      return { ...s, intro: intro.length ? intro : undefined, clauses: s.clauses.map(clause) };
    }),
  };
}

function IconButton({ title, icon, onClick, disabled, danger }: { title: string; icon: ReactNode; onClick: () => void; disabled?: boolean; danger?: boolean }) {
  return (
    <Tooltip title={title}>
      <Button size="small" type="text" aria-label={title} icon={icon} onClick={onClick} disabled={disabled} danger={danger} />
    </Tooltip>
  );
}

/** A list of paragraphs (bases, preamble, intro), one text box each. */
function ParagraphList({ label, values, onChange, addLabel, readOnly }: { label: string; values: string[]; onChange: (v: string[]) => void; addLabel: string; readOnly?: boolean }) {
  const { t } = useTranslation();
  return (
    <div>
      {values.map((v, i) => (
        <Flex key={i} gap={4} align="flex-start" style={{ marginBottom: 6 }}>
          <Input.TextArea aria-label={`${label} ${i + 1}`} value={v} autoSize={{ minRows: 1, maxRows: 6 }} readOnly={readOnly} onChange={(e) => onChange(replace(values, i, e.target.value))} />
          {!readOnly && (
            <>
              <IconButton title={t('plansUi.editor.moveUp')} icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => onChange(move(values, i, -1))} />
              <IconButton title={t('plansUi.editor.remove')} icon={<DeleteOutlined />} danger onClick={() => onChange(without(values, i))} />
            </>
          )}
        </Flex>
      ))}
      {!readOnly && (
        <Button size="small" icon={<PlusOutlined />} onClick={() => onChange([...values, ''])}>
          {addLabel}
        </Button>
      )}
    </div>
  );
}

function ClauseEditor({
  clause,
  path,
  sectionNo,
  year,
  siblings,
  onChange,
  onRemove,
  onMove,
  onAddAfter,
}: {
  clause: PlanClause;
  path: number[];
  /** "II": the section's numeral, to tell "1." of section I from "1." of section II in labels */
  sectionNo: string;
  year: number;
  siblings: number;
  onChange: (c: PlanClause) => void;
  onRemove: () => void;
  onMove: (d: -1 | 1) => void;
  onAddAfter: () => void;
}) {
  const { t } = useTranslation();
  const quarterName = useQuarterName();
  const number = clauseNumber(path);
  // labels name the clause with its section ("II.1."), the screen shows the number alone
  const ref = `${sectionNo}.${number}`;
  const children = clause.children ?? [];
  const index = path[path.length - 1];
  const setChildren = (list: PlanClause[]) => onChange({ ...clause, children: list });
  return (
    <div
      data-testid="clause"
      style={{ borderLeft: '3px solid #f0f0f0', paddingLeft: 10, marginLeft: path.length > 1 ? 16 : 0, marginBottom: 10 }}
    >
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong data-testid="clause-number" style={{ minWidth: 36 }}>
          {number}
        </Typography.Text>
        <Input
          aria-label={t('plansUi.editor.clauseTitle', { number: ref })}
          placeholder={clause.quarter && !clause.title ? `${quarterName(clause.quarter)}/${year}` : t('plansUi.editor.clauseTitlePlaceholder')}
          value={clause.title ?? ''}
          style={{ flex: '1 1 220px', fontWeight: 600 }}
          onChange={(e) => onChange({ ...clause, title: e.target.value })}
        />
        <Select<Quarter>
          allowClear
          aria-label={t('plansUi.editor.clauseQuarter', { number: ref })}
          placeholder={t('plansUi.editor.quarter')}
          style={{ width: 110 }}
          value={clause.quarter}
          options={([1, 2, 3, 4] as const).map((q) => ({ value: q, label: quarterName(q) }))}
          onChange={(q) => onChange({ ...clause, quarter: q ?? undefined })}
        />
        <Space size={0}>
          <IconButton title={t('plansUi.editor.moveUp')} icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => onMove(-1)} />
          <IconButton title={t('plansUi.editor.moveDown')} icon={<ArrowDownOutlined />} disabled={index === siblings - 1} onClick={() => onMove(1)} />
          <IconButton title={t('plansUi.editor.addChild', { number: ref })} icon={<SubnodeOutlined />} onClick={() => setChildren([...children, { text: '' }])} />
          <IconButton title={t('plansUi.editor.addAfter', { number: ref })} icon={<PlusOutlined />} onClick={onAddAfter} />
          <IconButton title={t('plansUi.editor.removeClause', { number: ref })} icon={<DeleteOutlined />} danger onClick={onRemove} />
        </Space>
      </Flex>
      <Input.TextArea
        aria-label={t('plansUi.editor.clauseText', { number: ref })}
        placeholder={t('plansUi.editor.clauseTextPlaceholder')}
        value={clause.text ?? ''}
        autoSize={{ minRows: 1, maxRows: 10 }}
        style={{ marginTop: 6 }}
        onChange={(e) => onChange({ ...clause, text: e.target.value })}
      />
      <Input.TextArea
        aria-label={t('plansUi.editor.clauseParagraphs', { number: ref })}
        placeholder={t('plansUi.editor.paragraphsPlaceholder')}
        value={(clause.paragraphs ?? []).join('\n')}
        autoSize={{ minRows: 1, maxRows: 10 }}
        style={{ marginTop: 6 }}
        onChange={(e) => onChange({ ...clause, paragraphs: e.target.value.split('\n') })}
      />
      <Input
        aria-label={t('plansUi.editor.clauseResponsible', { number: ref })}
        placeholder={t('plansUi.editor.responsiblePlaceholder')}
        value={clause.responsible ?? ''}
        style={{ marginTop: 6, fontStyle: 'italic' }}
        onChange={(e) => onChange({ ...clause, responsible: e.target.value })}
      />
      {children.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <ClauseList clauses={children} prefix={path} sectionNo={sectionNo} year={year} onChange={setChildren} />
        </div>
      )}
    </div>
  );
}

function ClauseList({ clauses, prefix, sectionNo, year, onChange }: { clauses: PlanClause[]; prefix: number[]; sectionNo: string; year: number; onChange: (c: PlanClause[]) => void }) {
  return (
    <>
      {clauses.map((c, i) => (
        <ClauseEditor
          key={i}
          clause={c}
          path={[...prefix, i]}
          sectionNo={sectionNo}
          year={year}
          siblings={clauses.length}
          onChange={(v) => onChange(replace(clauses, i, v))}
          onRemove={() => onChange(without(clauses, i))}
          onMove={(d) => onChange(move(clauses, i, d))}
          onAddAfter={() => onChange(insertAt(clauses, i + 1, { text: '' }))}
        />
      ))}
    </>
  );
}

function SectionEditor({
  section,
  index,
  count,
  year,
  onChange,
  onRemove,
  onMove,
}: {
  section: PlanSection;
  index: number;
  count: number;
  year: number;
  onChange: (s: PlanSection) => void;
  onRemove: () => void;
  onMove: (d: -1 | 1) => void;
}) {
  const { t } = useTranslation();
  const number = `${roman(index + 1)}.`;
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="section"
      title={
        <Flex gap={8} align="center" wrap style={{ padding: '6px 0' }}>
          <Typography.Text strong data-testid="section-number">
            {number}
          </Typography.Text>
          <Input
            aria-label={t('plansUi.editor.sectionTitle', { number })}
            value={section.title}
            style={{ flex: '1 1 240px', fontWeight: 600, textTransform: 'uppercase' }}
            onChange={(e) => onChange({ ...section, title: e.target.value })}
          />
          <Select<SectionKind>
            aria-label={t('plansUi.editor.sectionKind', { number })}
            style={{ width: 200 }}
            value={section.kind}
            options={SECTION_KINDS.map((k) => ({ value: k, label: t(`plansUi.sectionKind.${k}`) }))}
            onChange={(kind) => onChange({ ...section, kind })}
          />
        </Flex>
      }
      extra={
        <Space size={0}>
          <IconButton title={t('plansUi.editor.moveUp')} icon={<ArrowUpOutlined />} disabled={index === 0} onClick={() => onMove(-1)} />
          <IconButton title={t('plansUi.editor.moveDown')} icon={<ArrowDownOutlined />} disabled={index === count - 1} onClick={() => onMove(1)} />
          <IconButton title={t('plansUi.editor.removeSection', { number })} icon={<DeleteOutlined />} danger onClick={onRemove} />
        </Space>
      }
    >
      <ParagraphList
        label={t('plansUi.editor.intro', { number })}
        values={section.intro ?? []}
        onChange={(intro) => onChange({ ...section, intro })}
        addLabel={t('plansUi.editor.addIntro')}
      />
      <div style={{ marginTop: 12 }}>
        <ClauseList clauses={section.clauses} prefix={[]} sectionNo={roman(index + 1)} year={year} onChange={(clauses) => onChange({ ...section, clauses })} />
      </div>
      <Button icon={<PlusOutlined />} onClick={() => onChange({ ...section, clauses: [...section.clauses, { text: '' }] })}>
        {t('plansUi.editor.addClause', { number })}
      </Button>
    </Card>
  );
}

function Field({ label, children, span = 12 }: { label: string; children: ReactNode; span?: number }) {
  return (
    <Col xs={24} md={span}>
      <div style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
          {label}
        </Typography.Text>
        {children}
      </div>
    </Col>
  );
}

/** Editing a draft plan's document: header, sections of numbered clauses, recipients, signer. */
export function PlanEditor({ draft, onChange }: { draft: PlanDraft; onChange: (d: PlanDraft) => void }) {
  const { t } = useTranslation();
  const c = draft.content;
  const set = (patch: Partial<PlanContent>) => onChange({ ...draft, content: { ...c, ...patch } });
  const signer = c.signer ?? { position: '', name: '' };
  return (
    <div data-testid="plan-editor">
      <Card size="small" title={t('plansUi.editor.header')} style={{ marginBottom: 12 }}>
        <Row gutter={12}>
          <Field label={t('plansUi.editor.issuerParent')}>
            <Input aria-label={t('plansUi.editor.issuerParent')} value={c.issuer.parent ?? ''} onChange={(e) => set({ issuer: { ...c.issuer, parent: e.target.value } })} />
          </Field>
          <Field label={t('plansUi.editor.issuerName')}>
            <Input aria-label={t('plansUi.editor.issuerName')} value={c.issuer.name} onChange={(e) => set({ issuer: { ...c.issuer, name: e.target.value } })} />
          </Field>
          <Field label={t('plansUi.editor.numberSuffix')} span={6}>
            <Input aria-label={t('plansUi.editor.numberSuffix')} prefix="…/" value={c.numberSuffix ?? ''} onChange={(e) => set({ numberSuffix: e.target.value })} />
          </Field>
          <Field label={t('plansUi.editor.place')} span={6}>
            <Input aria-label={t('plansUi.editor.place')} value={c.place} onChange={(e) => set({ place: e.target.value })} />
          </Field>
          <Field label={t('plansUi.fields.year')} span={4}>
            <InputNumber aria-label={t('plansUi.fields.year')} min={1945} max={2100} precision={0} value={draft.year} style={{ width: '100%' }} onChange={(y) => y && onChange({ ...draft, year: y })} />
          </Field>
          <Field label={t('plansUi.fields.title')} span={24}>
            <Input.TextArea aria-label={t('plansUi.fields.title')} value={draft.title} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={500} onChange={(e) => onChange({ ...draft, title: e.target.value })} />
          </Field>
          <Field label={t('plansUi.editor.bases')} span={24}>
            <ParagraphList label={t('plansUi.editor.basis')} values={c.bases} onChange={(bases) => set({ bases })} addLabel={t('plansUi.editor.addBasis')} />
          </Field>
          <Field label={t('plansUi.editor.upperRef')} span={24}>
            <Input.TextArea aria-label={t('plansUi.editor.upperRef')} value={c.upperRef ?? ''} autoSize={{ minRows: 1, maxRows: 4 }} onChange={(e) => set({ upperRef: e.target.value })} />
          </Field>
          <Field label={t('plansUi.editor.preamble')} span={24}>
            <ParagraphList label={t('plansUi.editor.preambleItem')} values={c.preamble ?? []} onChange={(preamble) => set({ preamble })} addLabel={t('plansUi.editor.addParagraph')} />
          </Field>
          <Field label={t('plansUi.editor.theme')} span={24}>
            <Input.TextArea aria-label={t('plansUi.editor.theme')} value={c.theme ?? ''} autoSize={{ minRows: 1, maxRows: 3 }} onChange={(e) => set({ theme: e.target.value })} />
          </Field>
        </Row>
      </Card>

      {c.sections.map((s, i) => (
        <SectionEditor
          key={i}
          section={s}
          index={i}
          count={c.sections.length}
          year={draft.year}
          onChange={(v) => set({ sections: replace(c.sections, i, v) })}
          onRemove={() => set({ sections: without(c.sections, i) })}
          onMove={(d) => set({ sections: move(c.sections, i, d) })}
        />
      ))}
      <Button icon={<PlusOutlined />} style={{ marginBottom: 12 }} onClick={() => set({ sections: [...c.sections, { kind: 'khac', title: '', clauses: [] }] })}>
        {t('plansUi.editor.addSection')}
      </Button>

      <Card size="small" title={t('plansUi.editor.closing')}>
        <Row gutter={12}>
          <Field label={t('plansUi.editor.recipients')}>
            <Input.TextArea
              aria-label={t('plansUi.editor.recipients')}
              value={c.recipients.join('\n')}
              autoSize={{ minRows: 3, maxRows: 10 }}
              onChange={(e) => set({ recipients: e.target.value.split('\n') })}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('plansUi.editor.recipientsHelp')}
            </Typography.Text>
          </Field>
          <Col xs={24} md={12}>
            <Row gutter={12}>
              <Field label={t('plansUi.editor.signerAuthority')} span={24}>
                <Input aria-label={t('plansUi.editor.signerAuthority')} value={signer.authority ?? ''} onChange={(e) => set({ signer: { ...signer, authority: e.target.value } })} />
              </Field>
              <Field label={t('plansUi.editor.signerPosition')} span={24}>
                <Input aria-label={t('plansUi.editor.signerPosition')} value={signer.position} onChange={(e) => set({ signer: { ...signer, position: e.target.value } })} />
              </Field>
              <Field label={t('plansUi.editor.signerName')} span={24}>
                <Input aria-label={t('plansUi.editor.signerName')} value={signer.name} onChange={(e) => set({ signer: { ...signer, name: e.target.value } })} />
              </Field>
            </Row>
          </Col>
        </Row>
      </Card>
    </div>
  );
}
