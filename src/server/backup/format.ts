// The portable backup: JSON Lines, so that a million-row database is written and read as a stream.
//   line 1            {"format":"accord-backup","formatVersion":1,"dialect":…,"createdAt":…,"migrations":[…]}
//   per table         {"table":"instructions","columns":["id","title",…]}
//   per row           ["1","Agree the gas price",…]          (values in the table's column order)
//   last line         {"end":true,"rows":{"instructions":12,…}}
// Bytes (BLOB / bytea) are {"$base64":"…"}: every other stored value is a string, number or null
// (JSON lives in TEXT columns, booleans are 0/1). The trailer tells a whole file from a cut one.
import { z } from 'zod';

export const FORMAT = 'accord-backup';
export const FORMAT_VERSION = 1;

export const HeaderSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  dialect: z.enum(['sqlite', 'postgres']),
  createdAt: z.string(),
  migrations: z.array(z.string()),
});
export type BackupHeader = z.infer<typeof HeaderSchema>;

export const TableLineSchema = z.object({ table: z.string().min(1), columns: z.array(z.string().min(1)).min(1) });
export const TrailerSchema = z.object({ end: z.literal(true), rows: z.record(z.string(), z.number().int().min(0)) });

export type Value = string | number | null | Buffer;

export function encodeValue(v: unknown): unknown {
  if (Buffer.isBuffer(v)) return { $base64: v.toString('base64') };
  if (v instanceof Uint8Array) return { $base64: Buffer.from(v).toString('base64') };
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v ?? null;
}

export function decodeValue(v: unknown, where: string): Value {
  if (v === null || typeof v === 'string' || typeof v === 'number') return v;
  if (typeof v === 'object' && typeof (v as { $base64?: unknown }).$base64 === 'string') return Buffer.from((v as { $base64: string }).$base64, 'base64');
  throw new Error(`${where}: a value of an unknown kind (${JSON.stringify(v).slice(0, 80)}).`);
}
