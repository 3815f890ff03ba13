// Runs once before the suite: builds the front end when it is missing or stale, so that the browser
// tests and the tests that start `accord serve` processes find it built instead of each building it
// at the same time into the same folder.
import { buildWebIfNeeded } from '../src/server/web-build.ts';

export default async function setup(): Promise<void> {
  await buildWebIfNeeded({ log: (line) => process.stdout.write(`${line}\n`) });
}
