// Verifies an audit export (NDJSON from GET /api/v1/audit/export or `accord audit export`) with no
// database: the same chain rules as the server (chain.ts), over the lines of the file.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { EXPORT_FORMAT, verifyChain, type AuditEntry, type ChainVerification } from './chain.ts';

const Hash = z.string().regex(/^[0-9a-f]{64}$/);
const EntryLine = z.object({
  entry: z.object({
    seq: z.number().int().positive(),
    at: z.string(),
    actor: z.object({ userId: z.number().int().nullable(), name: z.string(), role: z.string(), party: z.string().nullable() }).strict(),
    operation: z.string(),
    recordType: z.string(),
    recordId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    prevHash: Hash,
    hash: Hash,
  }).strict(),
}).strict();
const HeadLine = z.object({ head: z.object({ seq: z.number().int().nonnegative(), hash: Hash }).strict() }).strict();
const HeaderLine = z.object({ format: z.literal(EXPORT_FORMAT) }).loose();

export interface FileVerification extends ChainVerification {
  /** the head recorded at the end of the file */
  head: { seq: number; hash: string } | null;
  /** a line that is not part of the format (1-based), when the file itself is damaged */
  badLine: { line: number; reason: string } | null;
}

class BadLine extends Error {
  constructor(readonly line: number, reason: string) {
    super(reason);
  }
}

export async function verifyExportFile(path: string): Promise<FileVerification> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let head: { seq: number; hash: string } | null = null;
  let lineNo = 0;
  async function* entries(): AsyncGenerator<AuditEntry> {
    for await (const line of lines) {
      lineNo += 1;
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new BadLine(lineNo, 'not JSON');
      }
      if (lineNo === 1) {
        if (!HeaderLine.safeParse(value).success) throw new BadLine(1, `not an ${EXPORT_FORMAT} export (the first line names the format)`);
        continue;
      }
      if (head !== null) throw new BadLine(lineNo, 'a line after the head, which ends the export');
      const asHead = HeadLine.safeParse(value);
      if (asHead.success) {
        head = asHead.data.head;
        continue;
      }
      const asEntry = EntryLine.safeParse(value);
      if (!asEntry.success) throw new BadLine(lineNo, `neither an entry nor the head: ${asEntry.error.issues[0]?.message ?? 'invalid'}`);
      yield asEntry.data.entry as AuditEntry;
    }
  }
  try {
    const chain = await verifyChain(entries());
    if (head === null) return { ...chain, ok: false, head: null, badLine: { line: lineNo, reason: 'the file ends without its head line: it was cut short' } };
    // The head is checked after the walk: the file's last line says where the chain ended.
    const withHead = chain.ok ? await verifyChain([], { head, start: { seq: chain.lastSeq, hash: chain.lastHash } }) : chain;
    return { ...chain, ok: withHead.ok, firstBad: withHead.firstBad, head, badLine: null };
  } catch (error) {
    if (!(error instanceof BadLine)) throw error;
    return { ok: false, entries: 0, lastSeq: 0, lastHash: '', firstBad: null, head, badLine: { line: error.line, reason: error.message } };
  }
}
