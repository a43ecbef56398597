'use client';

import type { Chart } from '@/lib/stream/events';

const W = 360;
const H = 200;
const PAD = { left: 40, right: 10, top: 24, bottom: 36 };
const COLORS = ['#f55036', '#3b82f6', '#10b981', '#a855f7', '#eab308', '#64748b'];

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

function pointsOf(chart: Chart): { label: string; points: [number, number][] }[] {
  return chart.elements
    .map((el) => ({
      label: String(el.label ?? ''),
      points: (Array.isArray(el.points) ? el.points : []).filter(
        (p): p is [number, number] => Array.isArray(p) && finite(p[0]) && finite(p[1]),
      ),
    }))
    .filter((series) => series.points.length > 0);
}

function scale(values: number[], from: number, to: number) {
  const min = Math.min(0, ...values);
  const max = Math.max(...values, min + 1e-9);
  return (v: number) => from + ((v - min) / (max - min)) * (to - from);
}

function BarChart({ chart }: { chart: Chart }) {
  const bars = chart.elements.filter((el) => finite(el.value));
  const y = scale(
    bars.map((b) => b.value as number),
    H - PAD.bottom,
    PAD.top,
  );
  const slot = (W - PAD.left - PAD.right) / Math.max(1, bars.length);
  return (
    <>
      {bars.map((bar, i) => {
        const value = bar.value as number;
        const top = Math.min(y(value), y(0));
        const x = PAD.left + i * slot;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: chart elements have no identity beyond order.
          <g key={i}>
            <rect
              x={x + slot * 0.15}
              y={top}
              width={slot * 0.7}
              height={Math.abs(y(value) - y(0))}
              fill={COLORS[0]}
            >
              <title>{`${bar.label}: ${value}`}</title>
            </rect>
            <text
              x={x + slot / 2}
              y={H - PAD.bottom + 14}
              fontSize="10"
              textAnchor="middle"
              fill="currentColor"
            >
              {String(bar.label).slice(0, 12)}
            </text>
          </g>
        );
      })}
    </>
  );
}

function PointChart({ chart }: { chart: Chart }) {
  const series = pointsOf(chart);
  const all = series.flatMap((s) => s.points);
  const x = scale(
    all.map((p) => p[0]),
    PAD.left,
    W - PAD.right,
  );
  const y = scale(
    all.map((p) => p[1]),
    H - PAD.bottom,
    PAD.top,
  );
  const line = chart.type === 'line';
  return (
    <>
      {series.map((s, i) => {
        const color = COLORS[i % COLORS.length];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: series have no identity beyond order.
          <g key={i}>
            {line ? (
              <polyline
                fill="none"
                stroke={color}
                strokeWidth="2"
                points={s.points.map(([px, py]) => `${x(px)},${y(py)}`).join(' ')}
              />
            ) : null}
            {s.points.map(([px, py], j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: points have no identity beyond order.
              <circle key={j} cx={x(px)} cy={y(py)} r="3" fill={color}>
                <title>{`${s.label} (${px}, ${py})`}</title>
              </circle>
            ))}
          </g>
        );
      })}
    </>
  );
}

/** A chart from `code_results[].chart(s)`, drawn as SVG (bars from values, lines/points from points). */
export function CodeChart({ chart }: { chart: Chart }) {
  const elements = Array.isArray(chart.elements) ? chart.elements : [];
  const safe = { ...chart, elements };
  const hasPoints = pointsOf(safe).length > 0;
  const title = chart.title || `${chart.type} chart`;
  return (
    <figure className="my-2">
      <svg
        role="img"
        aria-label={`Chart: ${title}`}
        viewBox={`0 0 ${W} ${H}`}
        className="w-full max-w-md rounded border border-divider bg-canvas text-fg-soft"
      >
        <text x={W / 2} y={16} fontSize="12" textAnchor="middle" fill="currentColor">
          {title.slice(0, 60)}
        </text>
        <line
          x1={PAD.left}
          y1={H - PAD.bottom}
          x2={W - PAD.right}
          y2={H - PAD.bottom}
          stroke="currentColor"
        />
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} stroke="currentColor" />
        {hasPoints ? <PointChart chart={safe} /> : <BarChart chart={safe} />}
        {chart.x_label ? (
          <text x={W / 2} y={H - 4} fontSize="10" textAnchor="middle" fill="currentColor">
            {chart.x_label.slice(0, 50)}
          </text>
        ) : null}
      </svg>
      <figcaption className="sr-only">
        {elements.map((el) => `${el.label}${finite(el.value) ? `: ${el.value}` : ''}`).join('; ')}
      </figcaption>
    </figure>
  );
}
