// Stacked bars of execution states, drawn by ECharts. Only this module imports ECharts (and only the
// bar chart, grid, tooltip and legend), so the chart code loads after the page is usable.
//
// The tooltip is drawn by ECharts itself inside the SVG (renderMode 'richText'), not as HTML: the
// server's Content-Security-Policy allows no inline styles (style-src 'self'), and ECharts' HTML tooltip
// writes its layout and colour markers as style="" attributes in innerHTML, which the browser refuses
// (so the tooltip showed unstyled, and every hover reported a CSP violation). The SVG renderer itself
// sets styles through the CSSOM (element.style), which the policy allows. richText also never parses
// labels as HTML.
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format.ts';
import { EXECUTION_STATES } from '../types.ts';
import type { ChartRow } from './summary-parts.tsx';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export const STATE_COLOURS: Record<string, string> = { overdue: '#b42318', at_risk: '#b54708', on_track: '#1f6feb', fulfilled: '#1a7f37', withdrawn: '#6e7781' };

export function StateChart({ rows, label }: { rows: ChartRow[]; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const { t, i18n } = useTranslation();
  const f = useFormat();
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'svg' });
    const shown = rows.slice(0, 12).reverse();
    chart.setOption({
      animation: false,
      aria: { enabled: false },
      grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
      legend: { top: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 11 } },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        renderMode: 'richText',
        confine: true,
        backgroundColor: '#ffffff',
        borderColor: '#d0d7de',
        textStyle: { color: '#1f2328', fontSize: 12 },
        valueFormatter: (v: unknown) => (typeof v === 'number' ? f.number(v) : String(v ?? '')),
      },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: shown.map((r) => r.label), axisLabel: { fontSize: 11, width: 140, overflow: 'truncate' } },
      series: EXECUTION_STATES.map((s) => ({
        name: t(`states.${s}`),
        type: 'bar',
        stack: 'all',
        barMaxWidth: 18,
        itemStyle: { color: STATE_COLOURS[s] },
        data: shown.map((r) => r.values[s] ?? 0),
      })),
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [rows, t, f, i18n.language]);
  const height = Math.max(160, Math.min(12, rows.length) * 26 + 50);
  return <div ref={ref} className="chart" role="img" aria-label={label} style={{ height }} />;
}
