import { Bar, BarChart, CartesianGrid, Cell, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { num } from './parts';
import type { MovementProgress, Target } from './types';

const GREEN = '#389e0d';
const ORANGE = '#d46b08';
const BLUE = '#1677ff';
const GREY = '#bfbfbf';

const short = (s: string, n = 22) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Mean attainment (%) of each unit's targets, with the 100% line. */
export function AttainmentByUnitChart({ units }: { units: MovementProgress['units'] }) {
  const { t, i18n } = useTranslation();
  const data = units.map((u) => ({ name: u.unitName, percent: u.percent ?? 0, has: u.percent != null, met: u.met, targets: u.targets }));
  const top = Math.max(125, Math.ceil(Math.max(0, ...data.map((d) => d.percent)) / 25) * 25);
  const ticks = Array.from({ length: top / 25 + 1 }, (_, i) => i * 25);
  return (
    <div data-testid="chart-attainment" role="img" aria-label={t('movementsUi.progress.chartUnits')}>
      <ResponsiveContainer width="100%" height={Math.max(220, 60 + data.length * 34)}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 48, top: 24, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, top]} ticks={ticks} tickFormatter={(v: number) => `${v}%`} />
          <YAxis type="category" dataKey="name" width={180} tickFormatter={(s: string) => short(s, 26)} />
          <Tooltip formatter={(v) => [`${num(Number(v), i18n.language)}%`, t('movementsUi.progress.percent')]} />
          <ReferenceLine x={100} stroke={GREEN} strokeDasharray="4 4" label={{ value: '100%', position: 'top', fill: GREEN }} />
          <Bar dataKey="percent" name={t('movementsUi.progress.percent')} isAnimationActive={false} maxBarSize={32} label={{ position: 'right', formatter: (v: unknown) => `${num(Number(v), i18n.language)}%` }}>
            {data.map((d) => (
              <Cell key={d.name} fill={!d.has ? GREY : d.percent >= 100 ? GREEN : ORANGE} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** How many targets were reported and met, per period. */
export function PeriodsChart({ periods }: { periods: MovementProgress['periods'] }) {
  const { t } = useTranslation();
  return (
    <div data-testid="chart-periods" role="img" aria-label={t('movementsUi.progress.chartPeriods')}>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={periods} margin={{ left: 0, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar dataKey="reported" name={t('movementsUi.progress.reported')} fill={BLUE} isAnimationActive={false} maxBarSize={48} />
          <Bar dataKey="met" name={t('movementsUi.progress.met')} fill={GREEN} isAnimationActive={false} maxBarSize={48} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The value an actual figure is compared with: the target, or for a reduction the baseline less the reduction. */
export function goalValue(t: Pick<Target, 'direction' | 'baseline' | 'target'>): number | null {
  if (t.direction === 'reduce_by') return t.baseline == null ? null : t.baseline - t.target;
  return t.target;
}

/** The actual figures of one target by period, against its target line. */
export function TargetActualsChart({ target }: { target: Target }) {
  const { t, i18n } = useTranslation();
  const goal = goalValue(target);
  const data = target.actuals.map((a) => ({ label: a.periodLabel, value: a.value, met: a.attainment.met }));
  return (
    <div data-testid={`chart-target-${target.id}`} role="img" aria-label={t('movementsUi.target.chart', { name: target.name })}>
      <ResponsiveContainer width="100%" height={220}>
        <ComposedChart data={data} margin={{ left: 0, right: 24, top: 16, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis domain={[0, 'auto']} tickFormatter={(v: number) => num(Math.round(v * 100) / 100, i18n.language)} />
          <Tooltip formatter={(v) => [`${num(Number(v), i18n.language)} ${target.measure}`, t('movementsUi.target.actual')]} />
          <Legend />
          {goal != null && (
            <ReferenceLine y={goal} ifOverflow="extendDomain" stroke={GREEN} strokeDasharray="5 5" label={{ value: `${t('movementsUi.target.goalLine')}: ${num(goal, i18n.language)}`, position: 'insideTopRight', fill: GREEN }} />
          )}
          <Bar dataKey="value" name={t('movementsUi.target.actual')} fill={GREEN} isAnimationActive={false} barSize={36}>
            {data.map((d) => (
              <Cell key={d.label} fill={d.met ? GREEN : d.met === false ? ORANGE : GREY} />
            ))}
          </Bar>
          {data.length > 1 && <Line dataKey="value" stroke={BLUE} dot legendType="none" isAnimationActive={false} />}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
