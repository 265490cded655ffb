// The playground (`make run`, www/): the extension's own applications page, popup and Gmail
// panel, run on a plain page by its chrome.* stand-in (www/demo-chrome.js), on a demo job
// search. The time travel moves the plan; the mock compose is checked as typed; the mock
// reply is recorded and moves the plan; "Under the hood" holds the state and the clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PLAYGROUND, clickPanelButton, launch, playgroundSite, until } from '../harness.mjs';

/** The popup's actions as "kind:status:title · when" lines (its frame is drawn again after each change). */
const actions = async (/** @type {import('playwright-core').Page} */ page) => {
  const frame = page.frames().find((f) => f.url().endsWith('/popup.html'));
  if (!frame) return [];
  return frame
    .evaluate(() =>
      [...document.querySelectorAll('li.action')].map(
        (c) => `${c.getAttribute('data-kind')}:${c.getAttribute('data-status')}:${c.querySelector('h3')?.textContent} · ${c.querySelector('.action-when')?.textContent}`,
      ),
    )
    .catch(() => []);
};

/** The data-* of the mock Gmail's panel of `surface` (`compose` or `read`), {} while there is none. */
const panel = async (/** @type {import('playwright-core').Page} */ page, /** @type {string} */ surface) => {
  const frame = page.frames().find((f) => f.url().endsWith('/mailbox.html'));
  if (!frame) return {};
  return frame
    .evaluate((s) => {
      const host = document.querySelector(`afterview-panel[data-surface="${s}"]`);
      return host instanceof HTMLElement ? { ...host.dataset } : {};
    }, surface)
    .catch(() => ({}));
};

test('the time travel walks the demo search: the plan, the due dates and the checker change at each step', async () => {
  const browser = await launch({ sites: playgroundSite });
  try {
    const page = await browser.context.newPage();
    await page.goto(PLAYGROUND);
    const said = page.locator('#travel-said');
    await page.waitForFunction(() => document.querySelector('iframe[data-view="popup.html"]')?.contentDocument?.querySelector('li.action'), null, { timeout: 60000, polling: 100 });
    const has = (/** @type {string[]} */ list, /** @type {string} */ line) => list.some((l) => l.startsWith(line));

    // The interview ends: a thank-you to each interviewer is open; the compose to Jordan is a thank-you.
    let plan = await until(() => actions(page), (l) => has(l, 'thank_you:open:Thank Jordan Lee') && has(l, 'thank_you:open:Thank Priya Nair'), 'thank-yous open');
    assert.ok(has(plan, 'check_in:upcoming:Check in with Morgan Diaz'), plan.join('\n'));
    assert.match(await said.innerText(), /ended half an hour ago/);
    let compose = await until(() => panel(page, 'compose'), (p) => p.state === 'ready' && (p.findings || '').includes('placeholder'), 'the compose checked');
    assert.ok(!(compose.findings || '').split(' ').includes('late'), compose.findings);
    const dashboard = page.frameLocator('iframe[data-view="dashboard.html"]');
    await until(() => dashboard.locator('table').innerText({ timeout: 1000 }).catch(() => ''), (t) => /Acme Corp[\s\S]*Thank Jordan Lee/.test(t), 'the applications list');

    // A day later: the thank-yous are late, and the checker says so in the draft.
    await page.getByLabel('A day later').check();
    assert.match(await said.innerText(), /24 hours have passed/);
    await until(() => actions(page), (l) => has(l, 'thank_you:overdue:Thank Jordan Lee'), 'thank-yous overdue');
    compose = await until(() => panel(page, 'compose'), (p) => (p.findings || '').split(' ').includes('late'), 'a late thank-you found');

    // The decision date: the thank-yous are gone from the plan; the check-in opens after it.
    await page.getByLabel('The decision date').check();
    plan = await until(() => actions(page), (l) => l.length > 0 && !has(l, 'thank_you'), 'no thank-you left');
    assert.ok(has(plan, 'check_in:upcoming:Check in with Morgan Diaz'), plan.join('\n'));

    // A week of silence: Acme's check-in is overdue, Globex's open.
    await page.getByLabel('A week of silence').check();
    plan = await until(() => actions(page), (l) => has(l, 'check_in:overdue:Check in with Morgan Diaz'), 'the check-in overdue');
    assert.ok(has(plan, 'check_in:open:Check in with Ben Okafor'), plan.join('\n'));
    await until(() => dashboard.locator('table').innerText({ timeout: 1000 }).catch(() => ''), (t) => /Acme Corp[\s\S]*Check in with Morgan Diaz/.test(t), 'the list follows');

    // An offer elsewhere: Globex's offer is recorded; answer it, and ask Acme to speed up.
    await page.getByLabel('An offer elsewhere').check();
    assert.match(await said.innerText(), /Globex offers Sam/);
    plan = await until(() => actions(page), (l) => has(l, 'answer_offer:open') && has(l, 'expedite:open'), 'the offer in the plan');
    await until(() => dashboard.locator('table').innerText({ timeout: 1000 }).catch(() => ''), (t) => /Globex[\s\S]*Offer/.test(t), 'Globex at the offer stage');

    // Back to the start: the offer is taken away again.
    await page.getByLabel('The interview ends').check();
    await until(() => actions(page), (l) => has(l, 'thank_you:open:Thank Jordan Lee') && !has(l, 'answer_offer'), 'back at the start');

    // Under the hood: the exact now and the state as the engine holds it.
    await page.getByText('Under the hood').click();
    await until(() => page.locator('#hood-now').innerText(), (t) => t.includes('2026-11-20T15:30:00-05:00'), 'the exact now');
    const state = JSON.parse(await page.getByLabel(/State \(JSON\)/).inputValue());
    assert.deepEqual(state.processes.map((/** @type {{company: string}} */ p) => p.company), ['Acme Corp', 'Globex', 'Initech']);
    assert.equal(browser.violations.length, 0);
  } finally {
    await browser.close();
  }
});

test('the mock compose is checked as typed, fixed and filled; the mock reply is recorded and moves the plan', async () => {
  const browser = await launch({ sites: playgroundSite });
  try {
    const page = await browser.context.newPage();
    await page.goto(PLAYGROUND);
    const mailbox = page.frameLocator('iframe[data-view="mailbox.html"]');
    const body = mailbox.getByRole('textbox', { name: 'Message Body' });
    await page.waitForFunction(() => document.querySelector('iframe[data-view="mailbox.html"]')?.contentDocument?.querySelector('afterview-panel'), null, { timeout: 60000, polling: 100 });
    await until(() => panel(page, 'compose'), (p) => p.state === 'ready' && (p.findings || '').length > 0, 'the pre-filled draft checked');

    // Typing: new findings, underlined in the text.
    await body.click();
    await body.press('End');
    await body.pressSequentially(' cheers', { delay: 10 });
    await until(() => panel(page, 'compose'), (p) => p.state === 'ready' && (p.findings || '').includes('placeholder'), 'the typed draft checked');
    await until(() => mailbox.locator('afterview-underlines').count(), (n) => n > 0, 'underlines drawn');

    // Apply fix edits the text; Insert draft fills it with the draft for Jordan.
    const before = await body.innerText();
    await clickPanelButton(page, 'Apply fix: “Dear”', 'mailbox.html');
    await until(() => body.innerText(), (t) => t !== before, 'a fix applied');
    await clickPanelButton(page, 'Insert draft', 'mailbox.html');
    await clickPanelButton(page, 'Insert draft (replaces', 'mailbox.html');
    await until(() => body.innerText(), (t) => t.startsWith('Dear Jordan') && t.includes('revenue dashboard'), 'the inserted draft');

    // After a week of silence Morgan's reply arrives: Acme now expects to decide by
    // 18 December; Record moves the overdue check-in.
    await page.getByLabel('A week of silence').check();
    const checkIn = () => actions(page).then((l) => l.find((a) => a.startsWith('check_in:') && a.includes('Morgan Diaz')) || '');
    assert.match(await until(checkIn, (a) => a.startsWith('check_in:overdue'), 'the check-in overdue'), /Overdue since/);
    const read = await until(() => panel(page, 'read'), (p) => p.state === 'ready', 'the reply read');
    assert.equal(read.date, '2026-12-18');
    await clickPanelButton(page, 'Record', 'mailbox.html');
    await until(() => panel(page, 'read'), (p) => p.state === 'recorded', 'the reply recorded');
    await until(checkIn, (a) => /Opens Mon 21 Dec/.test(a), 'the check-in moved after 18 December');
    assert.equal(browser.violations.length, 0);
  } finally {
    await browser.close();
  }
});
