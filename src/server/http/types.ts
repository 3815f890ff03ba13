import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';

/** The Fastify instance with zod schemas as its type provider. */
export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider>;

/** What every feature's routes receive. */
export interface AppDeps {
  db: Db;
  config: Pick<Config, 'bodyLimit'> & Partial<Pick<Config, 'trustProxy'>>;
}

export type FeatureRoutes = (app: App, deps: AppDeps) => void | Promise<void>;
