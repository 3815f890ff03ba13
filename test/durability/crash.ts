// The crash-safety harness: several clients write reports, reviews and control decisions through the
// HTTP API of a real `accord serve`; at a random moment (seeded) the server is killed with SIGKILL; the
// database is checked as the crash left it (SQLite integrity_check and foreign_key_check; on
// PostgreSQL, every foreign key has its parent row); the server is started again and every write that
// had been answered 2xx must be there, intact. Rounds accumulate on one database, so the writes of
// earlier rounds must survive later crashes too.
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { rng, seedDatabase, startAccord } from './server.ts';

interface AckedReport {
  id: number;
  instructionId: number;
  text: string;
  progress: number;
  review?: { status: 'accepted' | 'returned'; comment: string };
}
interface AckedDecision {
  id: number;
  instructionId: number;
  reason: string;
}

export interface CrashOptions {
  databaseUrl: string;
  kills: number;
  seed: number;
  clients?: number;
  instructions?: number;
  log?: (line: string) => void;
}

export interface CrashRound {
  killAfterMs: number;
  acked: number;
  /** requests cut off by the kill (may or may not have been written; either is fine) */
  cut: number;
}

export interface CrashResult {
  rounds: CrashRound[];
  reports: number;
  decisions: number;
  reviews: number;
  /** writes answered with an error status before the kill (must be none) */
  refused: string[];
}

export async function runCrashRounds(options: CrashOptions): Promise<CrashResult> {
  const random = rng(options.seed);
  const log = options.log ?? (() => undefined);
  const seeded = await seedDatabase(options.databaseUrl, options.instructions ?? 12);
  const reports = new Map<number, AckedReport>();
  const decisions = new Map<number, AckedDecision>();
  const refused: string[] = [];
  const rounds: CrashRound[] = [];
  const headers = { authorization: `Bearer ${seeded.token}`, 'content-type': 'application/json' };
  // Nobody reviews their own report: a controller does.
  const reviewer = { authorization: `Bearer ${seeded.reviewerToken}`, 'content-type': 'application/json' };

  for (let round = 0; round < options.kills; round += 1) {
    const started = Date.now();
    const server = await startAccord(options.databaseUrl);
    log(`round ${round + 1}: the server was ready in ${Date.now() - started} ms`);
    if (round > 0) await verify(server.url, headers, seeded.instructionIds, reports, decisions);
    const killAfterMs = 600 + Math.floor(random() * 2400);
    let stopped = false;
    let acked = 0;
    let cut = 0;
    let n = 0;
    // The kill is timed from the first answered write, so a slow start on a loaded machine does not
    // leave a round with nothing to check.
    let firstAck: () => void = () => undefined;
    const acknowledged = new Promise<void>((resolve) => (firstAck = resolve));
    const post = async (path: string, body: unknown, as = headers): Promise<{ status: number; json: { id?: number } } | null> => {
      try {
        const res = await fetch(`${server.url}/api/v1${path}`, { method: 'POST', headers: as, body: JSON.stringify(body) });
        const json = (await res.json()) as { id?: number };
        if (res.status >= 300) refused.push(`${path} ${res.status} ${JSON.stringify(json).slice(0, 200)}`);
        else firstAck();
        return { status: res.status, json };
      } catch {
        // The kill cut this request: its fate is unknown, and either outcome is correct.
        cut += 1;
        stopped = true;
        return null;
      }
    };
    const client = async (c: number) => {
      const pick = rng(options.seed * 1000 + round * 100 + c);
      while (!stopped) {
        n += 1;
        const instructionId = seeded.instructionIds[Math.floor(pick() * seeded.instructionIds.length)] ?? 0;
        const marker = `round ${round} client ${c} write ${n} ${pick().toString(36).slice(2)}`;
        if (pick() < 0.7) {
          const progress = Math.floor(pick() * 100);
          const made = await post(`/instructions/${instructionId}/reports`, { text: `Report: ${marker}`, progress });
          if (made?.status !== 201 || made.json.id === undefined) continue;
          const report: AckedReport = { id: made.json.id, instructionId, text: `Report: ${marker}`, progress };
          reports.set(report.id, report);
          acked += 1;
          if (pick() < 0.5) {
            const review = { status: pick() < 0.7 ? ('accepted' as const) : ('returned' as const), comment: `Review: ${marker}` };
            const reviewed = await post(`/reports/${report.id}/review`, review, reviewer);
            if (reviewed?.status === 200) {
              report.review = review;
              acked += 1;
            }
          }
        } else {
          const made = await post(`/instructions/${instructionId}/decisions`, { kind: 'keep', reason: `Decision: ${marker}` });
          if (made?.status !== 201 || made.json.id === undefined) continue;
          decisions.set(made.json.id, { id: made.json.id, instructionId, reason: `Decision: ${marker}` });
          acked += 1;
        }
      }
    };
    const writers = Array.from({ length: options.clients ?? 6 }, (_, c) => client(c));
    await Promise.race([acknowledged, sleep(30_000)]);
    await sleep(killAfterMs);
    await server.kill();
    stopped = true;
    await Promise.all(writers);
    rounds.push({ killAfterMs, acked, cut });
    log(`round ${round + 1}: SIGKILL ${killAfterMs} ms after the first answer, ${acked} writes answered 2xx, ${cut} cut off`);
    await checkIntegrity(options.databaseUrl);
  }

  const server = await startAccord(options.databaseUrl);
  try {
    await verify(server.url, headers, seeded.instructionIds, reports, decisions);
  } catch (error) {
    await server.kill();
    throw error;
  }
  // SIGTERM: the graceful stop must finish and exit 0.
  const code = await server.stop();
  if (code !== 0) throw new Error(`the graceful stop exited ${code}:\n${server.output()}`);
  await checkIntegrity(options.databaseUrl);
  const reviews = [...reports.values()].filter((r) => r.review).length;
  return { rounds, reports: reports.size, decisions: decisions.size, reviews, refused };
}

/** Every acknowledged write, read back through the API of the restarted server. */
async function verify(url: string, headers: Record<string, string>, instructionIds: number[], reports: Map<number, AckedReport>, decisions: Map<number, AckedDecision>): Promise<void> {
  const problems: string[] = [];
  for (const id of instructionIds) {
    const stored = (await (await fetch(`${url}/api/v1/instructions/${id}/reports`, { headers })).json()) as { items: { id: number; text: string; progress: number; reviewStatus: string; reviewComment: string | null }[] };
    const byId = new Map(stored.items.map((r) => [r.id, r]));
    for (const want of reports.values()) {
      if (want.instructionId !== id) continue;
      const got = byId.get(want.id);
      if (!got) problems.push(`report ${want.id} (answered 201) is missing`);
      else if (got.text !== want.text || got.progress !== want.progress) problems.push(`report ${want.id} changed: ${JSON.stringify(got)}`);
      else if (want.review && (got.reviewStatus !== want.review.status || got.reviewComment !== want.review.comment)) problems.push(`the review of report ${want.id} (answered 200) is missing or changed: ${got.reviewStatus}`);
    }
    const storedDecisions = (await (await fetch(`${url}/api/v1/instructions/${id}/decisions`, { headers })).json()) as { items: { id: number; reason: string | null }[] };
    const decisionById = new Map(storedDecisions.items.map((d) => [d.id, d]));
    for (const want of decisions.values()) {
      if (want.instructionId !== id) continue;
      const got = decisionById.get(want.id);
      if (!got) problems.push(`decision ${want.id} (answered 201) is missing`);
      else if (got.reason !== want.reason) problems.push(`decision ${want.id} changed: ${JSON.stringify(got)}`);
    }
  }
  if (problems.length > 0) throw new Error(`Acknowledged writes lost or damaged after the crash:\n  ${problems.slice(0, 20).join('\n  ')}`);
}

/** The database as the crash left it: SQLite's own checks, or PostgreSQL's foreign keys re-checked row by row. */
export async function checkIntegrity(databaseUrl: string): Promise<void> {
  if (databaseUrl.startsWith('sqlite:')) {
    const db = new SqliteDatabase(databaseUrl.slice('sqlite:'.length));
    try {
      const integrity = db.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw new Error(`PRAGMA integrity_check: ${String(integrity)}`);
      const orphans = db.pragma('foreign_key_check') as unknown[];
      if (orphans.length > 0) throw new Error(`PRAGMA foreign_key_check: ${JSON.stringify(orphans.slice(0, 5))}`);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const fks = await client.query<{ child: string; cols: string[]; parent: string; pcols: string[] }>(`
      select c.relname as child, p.relname as parent,
        array(select attname from unnest(f.conkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = f.conrelid and a.attnum = k.n order by o)::text[] as cols,
        array(select attname from unnest(f.confkey) with ordinality k(n, o) join pg_attribute a on a.attrelid = f.confrelid and a.attnum = k.n order by o)::text[] as pcols
      from pg_constraint f join pg_class c on c.oid = f.conrelid join pg_class p on p.oid = f.confrelid join pg_namespace s on s.oid = c.relnamespace
      where f.contype = 'f' and s.nspname = current_schema()`);
    if (fks.rows.length === 0) throw new Error('no foreign keys found: wrong schema?');
    for (const fk of fks.rows) {
      const join = fk.cols.map((c, i) => `p."${fk.pcols[i]}" = c."${c}"`).join(' and ');
      const notNull = fk.cols.map((c) => `c."${c}" is not null`).join(' and ');
      const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from "${fk.child}" c where ${notNull} and not exists (select 1 from "${fk.parent}" p where ${join})`);
      if ((rows[0]?.n ?? 0) > 0) throw new Error(`${rows[0]?.n} rows of ${fk.child} point at missing ${fk.parent}`);
    }
  } finally {
    await client.end();
  }
}
