// Counts by state as a table: the chart's accessible twin.
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format.ts';
import { EXECUTION_STATES, type ExecutionState } from '../types.ts';

export interface ChartRow { label: string; values: Partial<Record<ExecutionState, number>> }

export function CountsTable({ rows, caption }: { rows: ChartRow[]; caption: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <table>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" />
          {EXECUTION_STATES.map((s) => (
            <th key={s} scope="col" className="num">
              {t(`states.${s}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <th scope="row">{r.label}</th>
            {EXECUTION_STATES.map((s) => (
              <td key={s} className="num">
                {f.number(r.values[s] ?? 0)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
