/**
 * The DOCX of a TĐKT plan: planDocx of the largest of the five seed plans (test/fixtures/plans),
 * median and p95 over a number of runs after one warm-up run; the target is under 1 s. Also the PDF
 * of the same plan, for comparison. Never a test assertion.
 *
 *   npx tsx bench/plan-docx.ts [--rounds N]
 *
 * Results: bench/results/plan-docx.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { planDocx, planPdf } from '../src/server/documents/plan.js';
import { SEED_PLANS } from '../test/fixtures/plans/index.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);

export const PLAN_DOCX_TARGET_MS = 1000;

export interface PlanDocxFigure {
  seed: string;
  rounds: number;
  docxMedianMs: number;
  docxP95Ms: number;
  docxKb: number;
  pdfMedianMs: number;
  pdfP95Ms: number;
  pdfKb: number;
  targetMs: number;
}

/** the q-quantile (0..1) of the samples, nearest rank */
function quantile(samples: number[], q: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

async function timed(rounds: number, f: () => Promise<Buffer>): Promise<{ median: number; p95: number; bytes: number }> {
  let bytes = (await f()).length; // warm-up
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    bytes = (await f()).length;
    samples.push(performance.now() - t);
  }
  const r = (x: number) => Math.round(x * 10) / 10;
  return { median: r(quantile(samples, 0.5)), p95: r(quantile(samples, 0.95)), bytes };
}

/** planDocx (and planPdf) of the largest seed plan, `rounds` runs each */
export async function measurePlanDocx(rounds = 20): Promise<PlanDocxFigure> {
  const largest = SEED_PLANS.reduce((a, b) => (JSON.stringify(b.plan).length > JSON.stringify(a.plan).length ? b : a));
  const docx = await timed(rounds, () => planDocx(largest.plan));
  const pdf = await timed(rounds, () => planPdf(largest.plan));
  return {
    seed: largest.file,
    rounds,
    docxMedianMs: docx.median,
    docxP95Ms: docx.p95,
    docxKb: Math.round(docx.bytes / 1024),
    pdfMedianMs: pdf.median,
    pdfP95Ms: pdf.p95,
    pdfKb: Math.round(pdf.bytes / 1024),
    targetMs: PLAN_DOCX_TARGET_MS,
  };
}

async function main() {
  const figure = await measurePlanDocx(Number(arg('rounds', '20')));
  const verdict = figure.docxP95Ms < PLAN_DOCX_TARGET_MS ? 'within' : 'OVER';
  log(`plan DOCX of ${figure.seed}: median ${figure.docxMedianMs} ms, p95 ${figure.docxP95Ms} ms (${verdict} the ${PLAN_DOCX_TARGET_MS} ms target)`);
  const out = { date: new Date().toISOString().slice(0, 10), node: process.version, ...figure };
  fs.mkdirSync(path.join(here, 'results'), { recursive: true });
  fs.writeFileSync(path.join(here, 'results', 'plan-docx.json'), JSON.stringify(out, null, 2) + '\n');
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

// run as a script, not when imported (e.g. by bench/run.ts)
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    process.stderr.write(String(e?.stack ?? e) + '\n');
    process.exit(1);
  });
}
