// Engagements on a time axis, drawn as SVG: a window of more than one day is a band (hatched when
// tentative), an exact day a point, the days the constraints still allow a thin bar beneath, and each
// "before" constraint a link from the end of one window to the start of the next. Engagements in a clash
// are red. The table beside it carries the same facts for screen readers.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format.ts';
import type { Bounds, Constraint, Engagement } from '../types.ts';

const DAY = 86_400_000;
const ROW = 30;
const LEFT = 250;
const WIDTH = 1000;

const dayNum = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

export function TimelineChart({ engagements, bounds, constraints, clash }: { engagements: Engagement[]; bounds: Map<number, Bounds>; constraints: Constraint[]; clash: Set<number> }) {
  const { t, i18n } = useTranslation();
  const f = useFormat();
  const rows = useMemo(
    () => engagements.filter((e) => e.when.earliest || e.when.latest).sort((a, b) => (a.when.earliest ?? a.when.latest ?? '').localeCompare(b.when.earliest ?? b.when.latest ?? '') || a.id - b.id),
    [engagements],
  );
  if (rows.length === 0) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of rows) {
    const a = dayNum(e.when.earliest ?? e.when.latest ?? '');
    const b = dayNum(e.when.latest ?? e.when.earliest ?? '');
    lo = Math.min(lo, a);
    hi = Math.max(hi, b + 1);
  }
  const pad = Math.max(7, (hi - lo) * 0.03);
  lo -= pad;
  hi += pad;
  const plot = WIDTH - LEFT - 20;
  const x = (d: number) => LEFT + ((d - lo) / (hi - lo)) * plot;
  const index = new Map(rows.map((e, i) => [e.id, i]));
  const height = rows.length * ROW + 40;
  const ticks = monthTicks(lo, hi);
  const monthF = new Intl.DateTimeFormat(i18n.language === 'ru' ? 'ru-RU' : 'en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const every = Math.max(1, Math.ceil(ticks.length / 12));

  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} className="timeline-svg" role="img" aria-label={t('schedule.timeline')} data-testid="timeline-svg">
      <defs>
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" fill="#cfe3fb" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#0b5cad" strokeWidth="2" opacity="0.45" />
        </pattern>
        <marker id="arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L8,4 L0,8 z" fill="#57606a" />
        </marker>
      </defs>
      {ticks.map((d, i) => (
        <g key={d}>
          <line x1={x(d)} x2={x(d)} y1={20} y2={height - 10} stroke="#eaeef2" />
          {i % every === 0 && (
            <text x={x(d) + 2} y={14} fontSize="11" fill="#57606a">
              {monthF.format(new Date(d * DAY))}
            </text>
          )}
        </g>
      ))}
      {rows.map((e, i) => {
        const y = 30 + i * ROW;
        const a = dayNum(e.when.earliest ?? e.when.latest ?? '');
        const b = dayNum(e.when.latest ?? e.when.earliest ?? '') + 1;
        const exact = e.when.earliest !== null && e.when.earliest === e.when.latest;
        const inClash = clash.has(e.id);
        const colour = inClash ? '#b42318' : '#0b5cad';
        const allowed = bounds.get(e.id);
        return (
          <g key={e.id} data-engagement={e.id}>
            <title>{`${e.title}: ${f.window(e.when, e.when.edtf)}`}</title>
            <text x={LEFT - 8} y={y + 4} fontSize="12" textAnchor="end" fill={inClash ? '#b42318' : '#1f2328'}>
              {e.title.length > 38 ? `${e.title.slice(0, 36)}…` : e.title}
            </text>
            {allowed?.narrowed && allowed.allowedEarliest && allowed.allowedLatest && (
              <rect x={x(dayNum(allowed.allowedEarliest))} y={y + 8} width={Math.max(2, x(dayNum(allowed.allowedLatest) + 1) - x(dayNum(allowed.allowedEarliest)))} height={3} fill="#1a7f37" />
            )}
            {exact ? (
              <circle cx={x(a + 0.5)} cy={y} r={6} fill={colour} data-shape="point" />
            ) : (
              <rect
                x={x(a)}
                y={y - 7}
                width={Math.max(3, x(b) - x(a))}
                height={14}
                rx={3}
                fill={e.when.tentative ? 'url(#hatch)' : inClash ? '#fde2e0' : '#cfe3fb'}
                stroke={colour}
                strokeDasharray={e.when.tentative ? '4 3' : undefined}
                data-shape="band"
              />
            )}
          </g>
        );
      })}
      {constraints.map((c) => {
        const ia = index.get(c.beforeId);
        const ib = index.get(c.afterId);
        const ea = ia === undefined ? undefined : rows[ia];
        const eb = ib === undefined ? undefined : rows[ib];
        if (!ea || !eb || ia === undefined || ib === undefined) return null;
        const x1 = x(dayNum(ea.when.latest ?? ea.when.earliest ?? '') + 1);
        const x2 = x(dayNum(eb.when.earliest ?? eb.when.latest ?? ''));
        const y1 = 30 + ia * ROW;
        const y2 = 30 + ib * ROW;
        const bend = Math.max(20, Math.abs(x2 - x1) / 2);
        const red = c.forced || (clash.has(c.beforeId) && clash.has(c.afterId));
        return (
          <path
            key={c.id}
            d={`M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`}
            fill="none"
            stroke={red ? '#b42318' : '#57606a'}
            strokeWidth={1.5}
            markerEnd="url(#arrow)"
            data-constraint={c.id}
          >
            <title>{t('schedule.before', { a: ea.title, b: eb.title })}</title>
          </path>
        );
      })}
    </svg>
  );
}

function monthTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  const start = new Date(lo * DAY);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth() + 1;
  const stepMonths = hi - lo > 3650 ? 12 : 1;
  for (let guard = 0; guard < 400; guard++) {
    if (m > 12) {
      y += 1;
      m -= 12;
    }
    const d = Date.UTC(y, m - 1, 1) / DAY;
    if (d > hi) break;
    if (d >= lo) out.push(d);
    m += stepMonths;
  }
  return out;
}
