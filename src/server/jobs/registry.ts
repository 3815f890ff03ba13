// Every feature's background jobs. A feature adds a function here that defines its jobs on the queue;
// the server starts the queue after defining them all.
import type { Db } from '../db/database.ts';
import type { JobQueue } from './queue.ts';
import { registerFeedJobs } from '../features/feeds/jobs.ts';

export type FeatureJobs = (queue: JobQueue, db: Db) => void;

export const FEATURE_JOBS: readonly FeatureJobs[] = [(queue, db) => registerFeedJobs(queue, db)];
