import { useLayoutEffect, useRef } from "preact/hooks";
import { PatternDefs, patternFill } from "./patterns";

/** One bar: its full label (tooltips, table), a short axis label with an optional second line, and a value per series. */
export interface BarRow {
  label: string;
  axis: [string, string?];
  values: Record<string, number>;
}

const W = 640;
const H = 220;
const PAD = { top: 18, right: 8, bottom: 40, left: 8 };

/**
 * Stacked vertical bars in plain SVG: each series has its own texture (see patterns.tsx), every segment
 * carries a `<title>` with its value, totals are printed above the bars, and a visually-hidden table holds the same data.
 */
export function StackedBarChart(props: {
  id: string;
  caption: string;
  rows: BarRow[];
  series: string[];
  seriesLabel: (s: string) => string;
}) {
  const { rows, series } = props;
  const totals = rows.map((r) => series.reduce((sum, s) => sum + (r.values[s] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const slot = (W - PAD.left - PAD.right) / Math.max(1, rows.length);
  const barW = Math.min(40, slot * 0.7);
  const plotH = H - PAD.top - PAD.bottom;
  // On a narrow screen the chart scrolls sideways: start at its right end, where the latest months are.
  const scroller = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) el.scrollLeft = el.scrollWidth;
  }, [rows.length, rows[rows.length - 1]?.label]);
  return (
    <figure class="chart">
      <figcaption id={`${props.id}-caption`}>{props.caption}</figcaption>
      {/* On a phone the chart keeps a readable size and scrolls sideways; focusable so keyboards can scroll it too. */}
      <div class="chart-scroll" ref={scroller} tabIndex={0} role="region" aria-label={`${props.caption} (chart)`}>
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-labelledby={`${props.id}-caption`}
          aria-describedby={`${props.id}-table`}
        >
          <PatternDefs prefix={props.id} />
          <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} class="axis" />
          {rows.map((r, i) => {
            const x = PAD.left + i * slot + (slot - barW) / 2;
            let y = H - PAD.bottom;
            return (
              <g key={r.label}>
                {series.map((s, si) => {
                  const v = r.values[s] ?? 0;
                  if (!v) return null;
                  const h = (v / max) * plotH;
                  y -= h;
                  return (
                    <rect key={s} x={x} y={y} width={barW} height={h} fill={patternFill(props.id, si)} class="segment">
                      <title>{`${r.label} · ${props.seriesLabel(s)}: ${v}`}</title>
                    </rect>
                  );
                })}
                {totals[i]! > 0 && (
                  <text x={x + barW / 2} y={y - 4} class="bar-total" text-anchor="middle">
                    {totals[i]}
                  </text>
                )}
                <text x={x + barW / 2} y={H - PAD.bottom + 16} class="bar-label" text-anchor="middle">
                  {r.axis[0]}
                  {r.axis[1] && (
                    <tspan x={x + barW / 2} dy="14">
                      {r.axis[1]}
                    </tspan>
                  )}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      {series.length > 1 && (
        <ul class="legend" aria-hidden="true">
          {series.map((s, si) => (
            <li key={s}>
              <svg viewBox="0 0 12 12" class="swatch">
                <rect width="12" height="12" fill={patternFill(props.id, si)} class="segment" />
              </svg>
              {props.seriesLabel(s)}
            </li>
          ))}
        </ul>
      )}
      {/* Hidden by a wrapper: a table ignores the 1px width and would widen the page on phones. */}
      <div class="visually-hidden">
        <table id={`${props.id}-table`}>
          <caption>{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              {series.map((s) => (
                <th scope="col" key={s}>
                  {props.seriesLabel(s)}
                </th>
              ))}
              {series.length > 1 && <th scope="col">Total</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.label}>
                <th scope="row">{r.label}</th>
                {series.map((s) => (
                  <td key={s}>{r.values[s] ?? 0}</td>
                ))}
                {series.length > 1 && <td>{totals[i]}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
