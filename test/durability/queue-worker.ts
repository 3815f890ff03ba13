// One Accord job-queue process for the exactly-once test: opens the PostgreSQL schema given on the
// command line with the server's own queue (pg-boss in `<schema>_jobs`), defines a job that records
// each run with this process's pid, prints "started", queues N jobs for each line "N" read on stdin,
// works until SIGTERM, then stops gracefully (finishing the job in hand) and exits 0.
//   node --import tsx test/durability/queue-worker.ts <postgres url> <schema> <prefix>
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { z } from 'zod';
import { openDatabase } from '../../src/server/db/database.ts';
import { createJobQueue } from '../../src/server/jobs/create.ts';

const [url, schema, prefix] = process.argv.slice(2);
if (!url || !schema || !prefix) throw new Error('usage: queue-worker.ts <postgres url> <schema> <prefix>');

const db = openDatabase({ dialect: 'postgres', url }, { searchPath: schema, poolSize: 2 });
const queue = createJobQueue(db, { pollingIntervalSeconds: 0.5 });
queue.define({
  name: 'durability-count',
  payload: z.object({ key: z.string() }),
  retryLimit: 0,
  handler: async ({ key }) => {
    // Long enough that both processes are busy at once.
    await sleep(50);
    await sql`insert into durability_runs (key, pid) values (${key}, ${process.pid})`.execute(db.kysely);
  },
});
await queue.start();
process.stdout.write('started\n');
let sent = 0;
createInterface({ input: process.stdin }).on('line', (line) => {
  void (async () => {
    for (let i = 0; i < Number(line); i += 1) await queue.send('durability-count', { key: `${prefix}-${(sent += 1)}` });
    process.stdout.write(`queued ${line}\n`);
  })();
});
process.once('SIGTERM', () => {
  void queue
    .stop()
    .then(() => db.close())
    .then(() => process.exit(0));
});
