// Browser tests: a real Accord server on a free 127.0.0.1 port over a fresh SQLite database with the
// demo, and Debian's Chromium driven by playwright-core (no browser downloads on these machines).
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '../../src/server/config.ts';
import { DEMO_ACCOUNTS, type DemoAccount } from '../../src/server/features/demo/accounts.ts';
import { startServer, type Running } from '../../src/server/start.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
/** ACCORD_SCREENSHOTS=1 writes the README's screenshots to docs/screenshots (the demo is dated from today, so CI leaves them alone). */
export const SCREENSHOTS = process.env.ACCORD_SCREENSHOTS === '1';

export interface Harness {
  server: Running;
  url: string;
  context: BrowserContext;
  /** Every Content-Security-Policy violation any page reported (directive, blocked URI, sample); tests empty it. */
  cspViolations: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'accord-browser-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: `sqlite:${join(dir, 'accord.db')}`,
    ACCORD_DEMO: 'true',
    ACCORD_ADMIN_PASSWORD: ADMIN_PASSWORD,
    ACCORD_LOG_LEVEL: 'silent',
  });
  const server = await startServer(config, () => undefined);
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1366, height: 860 },
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  // The machines these run on are shared and often loaded: wait longer than Playwright's default.
  context.setDefaultTimeout(45_000);
  // The server's CSP allows no inline script or style: every page of every journey listens for refusals.
  const cspViolations: string[] = [];
  await context.exposeBinding('accordReportCsp', (_source, line: string) => void cspViolations.push(line));
  await context.addInitScript(
    `document.addEventListener('securitypolicyviolation', (e) => window.accordReportCsp(location.pathname + ': ' + e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')))`,
  );
  return {
    server,
    url: server.url,
    context,
    cspViolations,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close().catch(() => undefined);
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const ADMIN_PASSWORD = 'browser-test-admin-password';
const ADMIN = { email: 'admin@accord.local', password: ADMIN_PASSWORD };

export function account(key: DemoAccount['key'] | 'admin'): { email: string; password: string } {
  if (key === 'admin') return ADMIN;
  const a = DEMO_ACCOUNTS.find((x) => x.key === key);
  if (!a) throw new Error(`no demo account ${key}`);
  return a;
}

/** Signs in through the sign-in page, by keyboard like a user would. */
export async function signIn(page: Page, url: string, key: DemoAccount['key'] | 'admin'): Promise<void> {
  const a = account(key);
  await page.context().clearCookies(); // one browser profile for all journeys: start signed out
  await page.goto(`${url}/sign-in`);
  await page.getByLabel('E-mail').fill(a.email);
  await page.getByLabel('Password').fill(a.password);
  await page.getByLabel('Password').press('Enter');
  await page.getByTestId('user-name').waitFor();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Accord' }).waitFor();
}

/** Serious and critical axe-core violations (WCAG 2 A/AA) on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
}

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!SCREENSHOTS) return;
  await page.evaluate('window.scrollTo(0, 0)');
  const dir = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: options.fullPage ?? false });
}

/** Calls the API as a demo account, outside the browser (cookie session and its CSRF token), for set-up the pages do not do. */
export async function apiAs(url: string, key: DemoAccount['key'] | 'admin'): Promise<{ post(path: string, body: unknown): Promise<unknown> }> {
  const login = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(account(key)) });
  if (!login.ok) throw new Error(`sign-in as ${key} failed: ${login.status}`);
  const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const csrf = cookies.find((c) => c.startsWith('accord_csrf='))?.slice('accord_csrf='.length) ?? '';
  return {
    post: async (path, body) => {
      const res = await fetch(`${url}/api/v1${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookies.join('; '), 'x-csrf-token': decodeURIComponent(csrf) },
        body: JSON.stringify(body),
      });
      const json: unknown = await res.json();
      if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(json)}`);
      return json;
    },
  };
}
