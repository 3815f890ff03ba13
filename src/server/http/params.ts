import { z } from 'zod';

const DIGITS = /^[0-9]{1,15}$/;

/**
 * A whole number as it arrives in a path or a query string: decimal digits only. `z.coerce.number()`
 * would also take "0x10", "1e3", " 7", "1.0" or "" (as 0), so `/instructions/0x10` would answer for
 * instruction 16; such values are refused here with a message naming the rule. The OpenAPI document
 * still shows the inner integer schema with its bounds.
 */
export function decimal<T extends z.ZodNumber>(schema: T) {
  return z.preprocess((value, ctx) => {
    if (typeof value !== 'string') return value;
    if (DIGITS.test(value)) return Number(value);
    ctx.addIssue({ code: 'custom', message: 'must be a whole number written in decimal digits', input: value });
    return z.NEVER;
  }, schema);
}
