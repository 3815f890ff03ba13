// Crash safety on both engines. The normal suite kills once per engine; `npm run test:durability`
// kills at ACCORD_DURABILITY_KILLS points (default there: 3) with a seed from ACCORD_DURABILITY_SEED.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIALECTS } from '../db.ts';
import { runCrashRounds } from './crash.ts';
import { pgSchema } from './server.ts';

const KILLS = Number(process.env.ACCORD_DURABILITY_KILLS ?? 1);
const SEED = Number(process.env.ACCORD_DURABILITY_SEED ?? Date.now() % 100_000);
const TIMEOUT = 90_000 + KILLS * 60_000;

describe('crash safety: SIGKILL while clients write', () => {
  it.each(DIALECTS)(`keeps every acknowledged write and an intact database on %s (${KILLS} kill point(s), seed ${SEED})`, async (dialect) => {
    let url: string;
    let cleanup: () => Promise<void>;
    if (dialect === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'accord-crash-'));
      url = `sqlite:${join(dir, 'accord.db')}`;
      cleanup = () => Promise.resolve(rmSync(dir, { recursive: true, force: true }));
    } else {
      const schema = await pgSchema(process.env.ACCORD_TEST_PG ?? '');
      url = schema.url;
      cleanup = schema.drop;
    }
    try {
      const result = await runCrashRounds({ databaseUrl: url, kills: KILLS, seed: SEED, log: (l) => console.log(`[${dialect}] ${l}`) });
      expect(result.refused).toEqual([]);
      expect(result.rounds).toHaveLength(KILLS);
      for (const round of result.rounds) expect(round.acked).toBeGreaterThan(0);
      expect(result.reports + result.decisions).toBeGreaterThan(0);
    } finally {
      await cleanup();
    }
  }, TIMEOUT);
});
