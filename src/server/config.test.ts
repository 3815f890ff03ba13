import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('has defaults for a fresh machine', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, host: '127.0.0.1', database: { dialect: 'sqlite', path: './data/accord.db' }, demo: true });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('reads DATABASE_URL for both engines, and lets flags win over the environment', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).database).toEqual({ dialect: 'postgres', url: 'postgres://u@h/db' });
    expect(loadConfig({ DATABASE_URL: 'sqlite:/tmp/x.db' }, { DATABASE_URL: 'sqlite:/tmp/y.db' }).database).toEqual({ dialect: 'sqlite', path: '/tmp/y.db' });
    expect(loadConfig({ ACCORD_DEMO: 'false' }).demo).toBe(false);
  });

  it('reads which proxies to trust: none by default, any, or a list of addresses and ranges', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ ACCORD_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ ACCORD_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1' }).trustProxy).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '0x50' }, 'PORT'],
    [{ ACCORD_BODY_LIMIT: '1e6' }, 'ACCORD_BODY_LIMIT'],
    [{ ACCORD_TRUST_PROXY: 'proxy.example.org' }, 'ACCORD_TRUST_PROXY'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ ACCORD_DEMO: 'maybe' }, 'ACCORD_DEMO'],
    [{ ACCORD_ADMIN_PASSWORD: 'short' }, 'ACCORD_ADMIN_PASSWORD'],
  ])('stops on a bad value and names it: %o', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(name);
  });
});
