// Whole journeys through the browser, on the demo: the cycle of control from issuing an instruction to
// the summary that changes, and that no text typed by someone else ever runs as HTML.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, seriousViolations, signIn, signOut, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 120_000);
afterAll(async () => {
  await h?.close();
});

const HOSTILE = 'Plan <script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> <b onclick="window.__pwned = 3">bold</b>';

describe('control cycle in the browser', () => {
  it('controller issues, executor reports, controller accepts, the summary changes', { timeout: 90_000 }, async () => {
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

  it('switches to Russian with dates and labels for the language', { timeout: 30_000 }, async () => {
    const page = await h.newPage();
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
