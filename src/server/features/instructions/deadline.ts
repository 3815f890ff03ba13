// Deadlines as typed in (days and/or EDTF) and as stored (five columns with a prefix).
import { parseEdtf } from '../../../domain/edtf.ts';
import { checkWindow, classifyPrecision, type Precision, type TimeWindow } from '../../../domain/window.ts';
import { toEpochDay } from '../../../domain/days.ts';
import { AppError, type FieldProblem } from '../../errors.ts';
import type { WindowInput } from './schemas.ts';

/** The window the input describes, or throws a validation error naming `path.…` fields. */
export function resolveWindow(path: string, input: WindowInput): TimeWindow {
  const fields: FieldProblem[] = [];
  let days: { earliest: string | null; latest: string | null; tentative: boolean } | null = null;
  const hasDays = input.earliest !== undefined || input.latest !== undefined;
  if (input.edtf !== undefined) {
    const parsed = parseEdtf(input.edtf);
    if (!parsed.ok) {
      fields.push({ path: `${path}.edtf`, message: parsed.error.message });
    } else {
      days = parsed.window;
      if (hasDays && ((input.earliest ?? null) !== parsed.window.earliest || (input.latest ?? null) !== parsed.window.latest)) {
        fields.push({ path: `${path}.edtf`, message: `'${input.edtf}' means ${parsed.window.earliest ?? '…'}–${parsed.window.latest ?? '…'}, which disagrees with earliest/latest` });
      }
    }
  } else if (hasDays) {
    days = { earliest: input.earliest ?? null, latest: input.latest ?? null, tentative: false };
  } else {
    fields.push({ path, message: 'give earliest and/or latest, or edtf' });
  }
  if (days !== null && fields.length === 0) {
    const shape = classifyPrecision(days.earliest === null ? null : toEpochDay(days.earliest), days.latest === null ? null : toEpochDay(days.latest));
    const window: TimeWindow = {
      earliest: days.earliest,
      latest: days.latest,
      // a stated precision wins (the source said "in the second quarter"), unless it contradicts the days
      precision: (input.precision as Precision | undefined) ?? shape,
      tentative: input.tentative ?? days.tentative,
      text: input.text ?? null,
    };
    for (const problem of checkWindow(window)) fields.push({ path, message: problem });
    if (fields.length === 0) return window;
  }
  throw new AppError('validation', fields.map((f) => `${f.path}: ${f.message}`).join('; '), { fields });
}

export interface WindowColumns {
  earliest: string | null;
  latest: string | null;
  precision: string | null;
  tentative: number | null;
  text: string | null;
}

export function windowFromColumns(c: WindowColumns): TimeWindow | null {
  if (c.precision === null) return null;
  return { earliest: c.earliest, latest: c.latest, precision: c.precision as Precision, tentative: c.tentative === 1, text: c.text };
}

export function columnsFromWindow(w: TimeWindow | null): WindowColumns {
  if (w === null) return { earliest: null, latest: null, precision: null, tentative: null, text: null };
  return { earliest: w.earliest, latest: w.latest, precision: w.precision, tentative: w.tentative ? 1 : 0, text: w.text };
}
