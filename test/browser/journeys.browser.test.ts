// Whole journeys through the browser, on the demo: the cycle of control from issuing an instruction to
// the summary that changes, and that no text typed by someone else ever runs as HTML.
import { execFile } from 'node:child_process';
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Locator } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { account, apiAs, screenshot, seriousViolations, signIn, signOut, startHarness, type Harness } from './harness.ts';

const run = promisify(execFile);

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 120_000);
afterAll(async () => {
  await h?.close();
});
// No page of any journey may need what the Content-Security-Policy forbids.
afterEach(() => {
  expect(h.cspViolations.splice(0)).toEqual([]);
});

async function selectMatching(select: Locator, pattern: RegExp): Promise<void> {
  const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: (o as unknown as { value: string }).value, text: o.textContent ?? '' })));
  const hit = options.find((o) => pattern.test(o.text));
  if (!hit) throw new Error(`no option matches ${pattern}`);
  await select.selectOption(hit.value);
}

const HOSTILE = 'Plan <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> <b onclick="window.__pwned = 3">bold</b>';

describe('control cycle in the browser', () => {
  it('controller issues, executor reports, controller accepts, the summary changes', { timeout: 150_000 }, async () => {
    const page = await h.newPage();
    const nextYear = new Date().getUTCFullYear() + 1;

    // The controller's summary today.
    await signIn(page, h.url, 'controller');
    await expect.poll(() => page.getByTestId('user-role').textContent()).toBe('controller');
    await page.getByTestId('summary-ready').waitFor();
    const onTrack = Number(await page.getByTestId('total-on_track').locator('.tile-n').textContent());
    const queueBefore = await page.getByTestId('review-queue').textContent();
    await page.locator('.chart svg').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'summary');

    // The list, then a new instruction for the Belarusian Ministry of Industry.
    await page.getByRole('link', { name: 'Instructions' }).click();
    await page.getByTestId('instruction-list').locator('tbody tr').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'instructions');
    await page.getByRole('button', { name: 'Issue an instruction' }).click();
    const form = page.getByRole('form', { name: 'Issue an instruction' });
    await form.getByLabel('Title').fill('Certify the domestic CNC control system');
    await form.getByLabel('Text', { exact: true }).fill(HOSTILE);
    await form.getByLabel('Topic').selectOption('industry');
    await form.getByLabel('Responsible body').selectOption({ label: 'Ministry of Industry of the Republic of Belarus' });
    await form.getByLabel(/^Deadline \(EDTF/).fill(`${nextYear}-12`);
    await form.getByRole('button', { name: 'Issue', exact: true }).click();
    await page.getByRole('heading', { name: 'Certify the domestic CNC control system' }).waitFor();
    const instructionUrl = page.url();
    await expect.poll(() => page.locator('.lead').textContent()).toBe(HOSTILE);
    await signOut(page);

    // The executor of that ministry reports.
    await signIn(page, h.url, 'executor_by');
    await page.goto(instructionUrl);
    await page.getByLabel('What was done').fill('Control system passed the state certification tests. <img src=y onerror="window.__pwned = 4">');
    await page.getByLabel('Progress, %').fill('60');
    await page.getByRole('button', { name: 'Submit the report' }).click();
    await page.getByText('Report submitted; it waits for review.').waitFor();
    await page.getByText('waiting for review').first().waitFor();
    await signOut(page);

    // The controller sees the report waiting, and accepts it by keyboard.
    await signIn(page, h.url, 'controller');
    await page.getByTestId('summary-ready').waitFor();
    expect(await page.getByTestId('review-queue').textContent()).not.toBe(queueBefore);
    await page.goto(instructionUrl);
    const accept = page.getByRole('button', { name: 'Accept' });
    await accept.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Report accepted').waitFor();
    await expect.poll(() => page.locator('dl.facts .progress').textContent()).toContain('60');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'instruction');

    // Nothing anyone typed ran as HTML.
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('main script').count()).toBe(0);
    await expect.poll(() => page.getByTestId('timeline').textContent()).toContain('<img src=y onerror="window.__pwned = 4">');

    // The summary counts the new instruction on track, and the queue is as before.
    await page.getByRole('link', { name: 'Control summary' }).click();
    await page.getByTestId('summary-ready').waitFor();
    await expect.poll(async () => Number(await page.getByTestId('total-on_track').locator('.tile-n').textContent())).toBe(onTrack + 1);
    expect(await page.getByTestId('review-queue').textContent()).toBe(queueBefore);

    // Moving `at` into the past shows the past.
    await page.getByTestId('at-date').fill('2024-06-30');
    await expect.poll(() => page.url()).toContain('at=2024-06-30');
    await page.getByTestId('summary-ready').waitFor();
    await expect.poll(async () => Number(await page.getByTestId('total-withdrawn').locator('.tile-n').textContent())).toBe(1);
    await page.close();
  });

  it('summary chart: hovering a bar shows its values in a tooltip, and the Content-Security-Policy reports nothing', { timeout: 90_000 }, async () => {
    const page = await h.newPage();
    const csp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
    });
    await signIn(page, h.url, 'controller');
    const at = new Date().toISOString().slice(0, 10);
    await page.goto(`${h.url}/?at=${at}`);
    await page.getByTestId('summary-ready').waitFor();
    const svg = page.getByRole('region', { name: 'Execution state by party' }).locator('.chart svg');
    await svg.waitFor();
    await svg.locator('text', { hasText: /^BY$/ }).first().waitFor();

    // What the API says of Belarus on that day, state by state in the chart's order.
    const summary = (await (await page.request.get(`${h.url}/api/v1/control/summary?at=${at}&limit=10`)).json()) as { counts: { party: string | null; state: string; count: number }[] };
    const states = ['overdue', 'at_risk', 'on_track', 'fulfilled', 'withdrawn'];
    const names: Record<string, string> = { overdue: 'overdue', at_risk: 'at risk', on_track: 'on track', fulfilled: 'fulfilled', withdrawn: 'withdrawn' };
    const count = (st: string) => summary.counts.filter((c) => c.party === 'BY' && c.state === st).reduce((n, c) => n + c.count, 0);
    const expected = ['BY', ...states.flatMap((st) => [names[st], String(count(st))])];
    expect(states.some((st) => count(st) > 0)).toBe(true);

    const before = await svg.locator('text').allTextContents();
    const box = await svg.boundingBox();
    const label = await svg.locator('text', { hasText: /^BY$/ }).first().boundingBox();
    if (!box || !label) throw new Error('the chart is not laid out');
    await page.mouse.move(box.x + box.width * 0.6, label.y + label.height / 2);
    // The tooltip is drawn in the chart's own SVG (richText): its lines follow the axis and legend labels.
    await expect.poll(async () => (await svg.locator('text').allTextContents()).slice(before.length).filter((x) => x.trim() !== '')).toEqual(expected);
    expect(csp).toEqual([]); // the console's word
    expect(h.cspViolations).toEqual([]); // the securitypolicyviolation events'
    await page.close();
  });

  it('plans: the schedule with bands, points and links, a clash explained, an agenda proposed, reordered by keyboard, saved and decided on', { timeout: 150_000 }, async () => {
    const page = await h.newPage();
    await signIn(page, h.url, 'controller');
    await page.getByRole('link', { name: 'Schedule' }).click();
    await page.getByTestId('schedule-state').waitFor();
    const svg = page.getByTestId('timeline-svg');
    await svg.waitFor();
    expect(await svg.locator('[data-shape="band"]').count()).toBeGreaterThan(0); // the Council of Ministers in February, the SSC in April–May
    expect(await svg.locator('[data-shape="point"]').count()).toBeGreaterThan(0); // the call of 5 February
    expect(await svg.locator('[data-constraint]').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'schedule');

    // The Supreme State Council (April–May) cannot come before the talks of 17 February: the API says why.
    const form = page.getByRole('form', { name: 'Add a constraint: A before B' });
    await selectMatching(form.getByLabel('Earlier engagement (A)'), /Supreme State Council/);
    await selectMatching(form.getByLabel('Later engagement (B)'), /Talks of the Presidents/);
    await form.getByRole('button', { name: 'Save' }).click();
    const clash = page.getByTestId('constraint-conflict');
    await clash.waitFor();
    expect(await clash.textContent()).toMatch(/Supreme State Council/);

    // A control meeting next month: propose its agenda, take it, reorder by keyboard, save, decide on an item.
    const next = new Date(Date.now() + 31 * 86_400_000).toISOString().slice(0, 7);
    const meeting = page.getByRole('form', { name: 'Record an engagement' });
    await meeting.getByLabel('Kind').selectOption('session');
    await meeting.getByLabel('Engagement', { exact: true }).fill('Control meeting of the Standing Committee');
    await meeting.getByLabel('When (EDTF)').fill(next);
    await meeting.getByLabel('Status').selectOption('scheduled');
    await meeting.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('engagement-list').getByRole('link', { name: 'Control meeting of the Standing Committee' }).click();
    await page.getByRole('heading', { name: 'Agenda' }).waitFor();
    await page.getByRole('button', { name: 'Propose a control agenda' }).click();
    await page.getByTestId('agenda-proposal').waitFor();
    await page.getByRole('button', { name: 'Use this proposal' }).click();
    const items = page.getByTestId('agenda-item');
    expect(await items.count()).toBeGreaterThan(1);
    const first = (await items.nth(0).locator('.agenda-title').textContent()) ?? '';
    await items.nth(0).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => items.nth(1).locator('.agenda-title').textContent()).toBe(first);
    await expect.poll(() => page.evaluate(`document.activeElement?.querySelector('.agenda-title')?.textContent`)).toBe(first);
    await page.getByRole('button', { name: 'Save the agenda' }).click();
    await page.getByText('Agenda saved.').waitFor();
    await expect.poll(() => items.nth(1).locator('.agenda-title').textContent()).toBe(first);
    await items.nth(0).getByText('Record a control decision').click();
    await items.nth(0).getByLabel('Decision', { exact: true }).selectOption('keep');
    await items.nth(0).getByRole('button', { name: 'Record the decision' }).click();
    await items.nth(0).locator('.chip', { hasText: 'keep on control' }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'engagement');
    await page.close();
  });

  it('reads a readout: highlighted text, proposals accepted, the schedule shows them; hostile text stays text', { timeout: 150_000 }, async (ctx) => {
    if ((await fetch(`${h.url}/api/v1/sources`)).status === 404) ctx.skip(); // the intake API is not on this server yet
    const page = await h.newPage();
    await signIn(page, h.url, 'controller');
    await page.getByRole('link', { name: 'Intake' }).click();
    await page.getByTestId('readout-input').fill(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'intake', 'fixtures', 'seed.txt'), 'utf8'));
    await page.getByRole('button', { name: 'Read it' }).click();
    const text = page.getByTestId('readout-text');
    await text.waitFor();
    await expect.poll(() => text.locator('mark.hl-date').count()).toBeGreaterThan(0);
    expect(await text.locator('mark.hl-person').count()).toBeGreaterThan(0);
    expect(await text.locator('mark[data-marks~="quote"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('proposal').count()).toBeGreaterThan(0);

    // Accept the new engagement (the interview of 16 February) and every update of the seed story.
    const interview = page.locator('[data-testid="proposal"][data-kind="new_engagement"]').first();
    const title = (await interview.locator('h3').textContent()) ?? '';
    await interview.getByRole('button', { name: 'Accept' }).click();
    await page.locator('[data-testid="proposal"][data-kind="new_engagement"][data-status="accepted"]').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'intake', { fullPage: true });
    await page.getByRole('link', { name: 'Schedule' }).click();
    await page.getByTestId('engagement-list').getByRole('link', { name: title }).click();
    await page.getByTestId('readouts').getByRole('link', { name: 'Lukashenko headed to Moscow for talks with Putin' }).waitFor(); // its provenance

    // A readout with markup in it is shown as the characters it holds.
    await page.getByRole('link', { name: 'Intake' }).click();
    await page.getByTestId('readout-input').fill(`source: Test\npublished: 2023-03-01\ntitle: Hostile <script>window.__pwned = 5</script>\n---\n${HOSTILE} The presidents met in Minsk on 1 March.`);
    await page.getByRole('button', { name: 'Read it' }).click();
    await expect.poll(() => page.getByTestId('readout-text').textContent()).toContain('<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">');
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main img, main script, main b').count()).toBe(0);
    await page.close();
  });

  it('documents: a text and a file version, their diff, approvals signed in the browser with each party\'s key, signing, the verification trail', { timeout: 180_000 }, async () => {
    const page = await h.newPage();
    // This Chromium's WebCrypto signs with Ed25519 (the page relies on it).
    await page.goto(`${h.url}/sign-in`);
    expect(await page.evaluate(`crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']).then((k) => k.privateKey.algorithm.name)`)).toBe('Ed25519');

    // Each party's key pair: Belarus's made by the CLI (`accord documents keygen`), Russia's by node:crypto.
    // Only the public halves reach the server: Russia's through the API, Belarus's through the page.
    const keys = mkdtempSync(join(tmpdir(), 'accord-keys-'));
    const byKey = join(keys, 'by.pem');
    const { stdout: byPublic } = await run(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', '..', 'src', 'cli', 'main.ts'), 'documents', 'keygen', '--out', byKey], { timeout: 60_000 });
    writeFileSync(join(keys, 'by.pub'), byPublic);
    const ru = generateKeyPairSync('ed25519');
    const ruKey = join(keys, 'ru.pem');
    writeFileSync(ruKey, ru.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    await (await apiAs(h.url, 'admin')).post('/documents/keys', { party: 'RU', publicKey: ru.publicKey.export({ type: 'spki', format: 'pem' }), label: 'RU' });
    const byFingerprint = createHash('sha256').update(createPublicKey(byPublic).export({ type: 'spki', format: 'der' })).digest('hex');

    await signIn(page, h.url, 'admin');
    await page.getByRole('link', { name: 'Documents' }).click();
    const partyKeys = page.getByTestId('party-keys');
    await partyKeys.getByLabel('Party', { exact: true }).selectOption('BY');
    await partyKeys.getByLabel('Public key file').setInputFiles(join(keys, 'by.pub'));
    await expect.poll(() => partyKeys.getByLabel(/^Public key \(PEM/).inputValue()).toContain('BEGIN PUBLIC KEY');
    await partyKeys.getByLabel('Label').fill('BY, made by accord documents keygen');
    await partyKeys.getByRole('button', { name: 'Register a public key' }).click();
    await partyKeys.getByText(`Key of BY registered, fingerprint ${byFingerprint.slice(0, 16)}`).waitFor();
    await partyKeys.locator(`code[title="${byFingerprint}"]`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await signIn(page, h.url, 'controller');
    await page.getByRole('link', { name: 'Documents' }).click();
    await page.getByRole('button', { name: 'New document' }).click();
    const form = page.getByRole('form', { name: 'New document' });
    await form.getByLabel('Title').fill('Agreement on the unified market of oil and petroleum products');
    await form.getByLabel('First version (plain text)').fill('Article 1. The Parties form a unified market.\nArticle 2. Prices are agreed yearly.\nArticle 3. Disputes go to the Court.');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Agreement on the unified market of oil and petroleum products' }).waitFor();
    const docUrl = page.url();
    await page.getByLabel('Text', { exact: true }).fill('Article 1. The Parties form a unified market.\nArticle 2. Prices are agreed every half-year.\nArticle 3. Disputes go to the Court.\nArticle 4. In force on signature.');
    await page.getByRole('button', { name: 'Store the version' }).click();
    await page.getByText('New version stored').waitFor();
    await page.getByRole('button', { name: 'Compare' }).click();
    const diff = page.getByTestId('diff');
    await diff.waitFor();
    expect(await diff.locator('tr.diff-changed').count()).toBe(1);
    expect(await diff.locator('tr.diff-added').count()).toBe(1);

    // A file that only claims to be a PDF is refused with the server's reason, and nothing is stored.
    await page.getByLabel('a file').check();
    await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'not-really.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Article 1. Plain text.') });
    await page.getByRole('button', { name: 'Store the version' }).click();
    await expect.poll(() => page.getByRole('form', { name: 'Upload a new version' }).getByRole('alert').textContent()).toContain('%PDF-');
    expect(await page.getByTestId('versions').locator('tbody tr').count()).toBe(2);

    // Version 3 is the PDF as the lawyers sent it: stored byte for byte (non-ASCII bytes included).
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x00, 0xff]), Buffer.from('\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')]);
    await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'agreement-oil-v3.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByLabel('Note').fill('as signed off by the lawyers');
    await page.getByRole('button', { name: 'Store the version' }).click();
    const v3 = page.getByTestId('versions').locator('tr[data-version="3"]');
    await v3.waitFor();
    expect(await v3.textContent()).toContain('agreement-oil-v3.pdf');
    expect(await v3.locator('code').getAttribute('data-sha256')).toBe(createHash('sha256').update(pdf).digest('hex'));
    expect(await seriousViolations(page)).toEqual([]); // the page with the diff, the file form and the signing form

    // Each party approves version 3, signing in the browser with its private key file.
    for (const [executor, party, keyFile] of [['executor_by', 'BY', byKey], ['executor_ru', 'RU', ruKey]] as const) {
      await signIn(page, h.url, executor);
      await page.goto(docUrl);
      const signed = page.getByTestId('signed-approval');
      if (party === 'BY') {
        // Bytes that differ from the recorded hash (here altered on the way) are never signed.
        await page.route('**/versions/3/content', (route) => route.fulfill({ status: 200, contentType: 'application/pdf', body: Buffer.concat([pdf, Buffer.from(' ')]) }));
        await signed.getByLabel(`Private key of ${party} (PEM)`).setInputFiles(keyFile);
        await signed.getByRole('button', { name: `Approve and sign for ${party}` }).click();
        await expect.poll(() => signed.getByRole('alert').textContent()).toContain('does not match its record');
        await page.unroute('**/versions/3/content');
        // The other party's key is refused before anything is sent.
        await signed.getByLabel(`Private key of ${party} (PEM)`).setInputFiles(ruKey);
        await signed.getByRole('button', { name: `Approve and sign for ${party}` }).click();
        await expect.poll(() => signed.getByRole('alert').textContent()).toContain(`is not a key of ${party} in force`);
        expect(await seriousViolations(page)).toEqual([]);
      }
      await signed.getByLabel(`Private key of ${party} (PEM)`).setInputFiles(keyFile);
      if (party === 'RU') await screenshot(page, 'document-approve');
      await signed.getByRole('button', { name: `Approve and sign for ${party}` }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId(`signature-${party}`).textContent()).toContain('valid');
      expect(await page.getByTestId(`signature-${party}`).textContent()).not.toContain('invalid');
      await expect.poll(() => page.locator('code.statement').textContent()).toMatch(new RegExp(`^accord:v1:approve:document=\\d+:version=3:party=${party}:sha256=[0-9a-f]{64}$`));
    }

    // The controller records the signing; each signatory signs with the party's key.
    await signIn(page, h.url, 'controller');
    await page.goto(docUrl);
    await page.getByLabel('Signatory for BY').selectOption({ label: 'Alexander Lukashenko' });
    await page.getByLabel('Key of BY to sign with (optional, PEM)').setInputFiles(byKey);
    await page.getByLabel('Signatory for RU').selectOption({ label: 'Vladimir Putin' });
    await page.getByLabel('Key of RU to sign with (optional, PEM)').setInputFiles(ruKey);
    await page.getByLabel('Place').fill('Minsk');
    await page.getByRole('button', { name: 'Sign', exact: true }).click();
    await page.getByRole('heading', { name: 'Signatures' }).waitFor();
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => page.getByTestId('verification').textContent()).toContain('Every hash and signature checks out.');
    // Two approvals of version 3 and two signatories, each signature valid under the registered keys.
    const trail = page.getByTestId('trail');
    expect(await trail.locator('td[data-signature="valid"]').count()).toBe(4);
    expect(await trail.locator('td[data-signature="invalid"]').count()).toBe(0);
    expect(await trail.locator(`code[title="${byFingerprint}"]`).count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'document', { fullPage: true });

    // Russia's key is revoked afterwards (by keyboard): the signatures made while it was in force stay valid.
    await signIn(page, h.url, 'admin');
    await page.getByRole('link', { name: 'Documents' }).click();
    const ruFingerprint = createHash('sha256').update(ru.publicKey.export({ type: 'spki', format: 'der' })).digest('hex');
    const ruRow = page.getByTestId('party-keys').locator('tbody tr', { has: page.locator(`code[title="${ruFingerprint}"]`) });
    await ruRow.getByRole('button', { name: `Revoke the key of RU ${ruFingerprint.slice(0, 16)}` }).focus();
    await page.keyboard.press('Enter');
    await ruRow.getByRole('button', { name: 'Revoke this key of RU from now on' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => ruRow.textContent()).not.toContain('in force');
    await page.goto(docUrl);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => page.getByTestId('verification').textContent()).toContain('Every hash and signature checks out.');
    expect(await page.getByTestId('trail').locator('td[data-signature="valid"]').count()).toBe(4);
    rmSync(keys, { recursive: true, force: true });
    await page.close();
  });

  it('admin reads the audit trail of those changes and verifies its chain', { timeout: 60_000 }, async (ctx) => {
    if ((await fetch(`${h.url}/api/v1/audit`)).status === 404) ctx.skip(); // the audit API is not on this server yet
    const page = await h.newPage();
    await signIn(page, h.url, 'admin');
    await page.getByRole('link', { name: 'Audit trail' }).click();
    const list = page.getByTestId('audit-list');
    await list.locator('tbody tr').first().waitFor();
    await page.getByLabel('Record type').fill('report');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.url()).toContain('recordType=report');
    await list.getByText('Ministry of Industry of Belarus').first().waitFor(); // the executor's report of the first journey
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await expect.poll(() => page.getByTestId('audit-verification').textContent()).toMatch(/is intact/);
    await list.locator('details summary').first().click();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'audit');
    await page.close();
  });

  it('signed out, the summary\'s address leads to sign-in and back to a summary that loads', { timeout: 60_000 }, async () => {
    const page = await h.newPage();
    await page.context().clearCookies();
    await page.goto(`${h.url}/?at=2024-06-30`);
    await page.getByRole('heading', { name: 'Sign in to Accord' }).waitFor();
    const a = account('controller');
    await page.getByLabel('E-mail').fill(a.email);
    await page.getByLabel('Password').fill(a.password);
    await page.getByLabel('Password').press('Enter');
    await page.getByTestId('summary-ready').waitFor();
    expect(page.url()).toContain('at=2024-06-30');
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('switches to Russian with dates and labels for the language', { timeout: 60_000 }, async () => {
    const page = await h.newPage();
    await signIn(page, h.url, 'controller');
    await page.goto(`${h.url}/?at=2024-06-30`);
    await page.getByTestId('summary-ready').waitFor();
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { name: 'Сводка контроля' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(await page.getByTestId('user-role').textContent()).toBe('контролёр');
    await page.getByLabel('Язык').selectOption('en');
    await page.getByRole('heading', { name: 'Control summary' }).waitFor();
    await page.close();
  });
});
