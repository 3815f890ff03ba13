// Configuration is read once at start-up from the environment and the command line, validated with zod,
// then frozen. A bad value stops the start with a message naming it.
import { z } from 'zod';
import { decimal } from './http/params.ts';

const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const databaseUrl = z
  .string()
  .refine((v) => v.startsWith('sqlite:') || /^postgres(ql)?:\/\//.test(v), {
    error: 'must be sqlite:PATH or postgres://…',
  });

/**
 * Which proxies to believe about the client (X-Forwarded-For, X-Forwarded-Proto): `false` (none, the
 * default: Accord faces clients itself), `true` (any: only when nothing but the proxy can reach Accord),
 * or addresses and CIDR ranges separated by commas. Behind a TLS-terminating proxy
 * this is what makes `request.protocol` https, so that the session cookie is marked Secure and HSTS is sent.
 */
const trustProxy = z
  .string()
  .trim()
  .transform((v, ctx): boolean | string[] => {
    if (/^(true|yes|1)$/i.test(v)) return true;
    if (/^(false|no|0)$/i.test(v)) return false;
    const list = v.split(',').map((x) => x.trim()).filter((x) => x !== '');
    if (list.length > 0 && list.every((x) => /^[0-9a-fA-F.:]+(\/[0-9]{1,3})?$/.test(x))) return list;
    ctx.addIssue({ code: 'custom', message: 'must be true, false, or addresses/CIDR ranges separated by commas' });
    return z.NEVER;
  });

const ConfigSchema = z.object({
  PORT: decimal(z.number().int().min(0).max(65535)).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: databaseUrl.default('sqlite:./data/accord.db'),
  ACCORD_DEMO: booleanish.default(true),
  ACCORD_ADMIN_EMAIL: z.email({ error: 'must be an e-mail address' }).default('admin@accord.local'),
  ACCORD_ADMIN_PASSWORD: z.string().min(12, { error: 'must be at least 12 characters' }).optional(),
  ACCORD_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ACCORD_BODY_LIMIT: decimal(z.number().int().positive()).default(1024 * 1024),
  ACCORD_DOCUMENT_LIMIT: decimal(z.number().int().positive()).default(50 * 1024 * 1024),
  ACCORD_TRUST_PROXY: trustProxy.default(false),
});

export type DatabaseTarget = { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseTarget;
  readonly demo: boolean;
  readonly adminEmail: string;
  readonly adminPassword: string | undefined;
  readonly logLevel: string;
  readonly bodyLimit: number;
  /** Largest document file (one version) accepted, in bytes. */
  readonly documentLimit: number;
  /** Fastify's trustProxy: which proxies' X-Forwarded-* headers are believed (see ACCORD_TRUST_PROXY). */
  readonly trustProxy: boolean | readonly string[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    return { dialect: 'sqlite', path: path === '' ? ':memory:' : path };
  }
  return { dialect: 'postgres', url };
}

/** Reads configuration from `env` (usually process.env) overlaid with command-line values (already keyed by env name). */
export function loadConfig(
  env: Record<string, string | undefined>,
  overrides: Record<string, string | undefined> = {},
): Config {
  const merged: Record<string, string | undefined> = {};
  for (const key of Object.keys(ConfigSchema.shape)) {
    const value = overrides[key] ?? env[key];
    if (value !== undefined && value !== '') merged[key] = value;
  }
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(merged[String(i.path[0])])})`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const c = parsed.data;
  return Object.freeze({
    port: c.PORT,
    host: c.HOST,
    database: Object.freeze(parseDatabaseUrl(c.DATABASE_URL)),
    demo: c.ACCORD_DEMO,
    adminEmail: c.ACCORD_ADMIN_EMAIL.toLowerCase(),
    adminPassword: c.ACCORD_ADMIN_PASSWORD,
    logLevel: c.ACCORD_LOG_LEVEL,
    bodyLimit: c.ACCORD_BODY_LIMIT,
    documentLimit: c.ACCORD_DOCUMENT_LIMIT,
    trustProxy: Array.isArray(c.ACCORD_TRUST_PROXY) ? Object.freeze(c.ACCORD_TRUST_PROXY) : c.ACCORD_TRUST_PROXY,
  });
}
