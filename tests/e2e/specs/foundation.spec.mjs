// The foundation: the extension loads, its engine answers through the wasm, the popup
// renders the plan, and the Gmail adapter attaches to a compose window of Gmail's 2020 layout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { clickPanelButton, fixturesRoot, freshState, launch, openExtensionPage, readState, readyFindings, seedState } from '../harness.mjs';

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
/** Gmail's compose window in its 2020 layout (what it follows, at its top). */
const GMAIL_2020 = join(fixturesRoot, 'gmail', 'compose-2020-layout.html');

test('the service worker starts and answers a ping through the wasm engine', async () => {
  const browser = await launch();
  try {
    const page = await openExtensionPage(browser, 'popup.html');
    const answer = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const port = chrome.runtime.connect({ name: 'afterview-page' });
          port.onMessage.addListener((envelope) => resolve(envelope));
          port.postMessage({ request_id: 7, protocol: 2, message: { type: 'ping' } });
        }),
    );
    assert.equal(answer.request_id, 7);
    assert.equal(answer.answer.type, 'pong');
    assert.match(answer.answer.version, /^\d+\.\d+\.\d+$/);
    assert.equal(answer.answer.protocol, 2);
  } finally {
    await browser.close();
  }
});

test('the popup renders the plan from storage, with reasons and their rules in words', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const page = await openExtensionPage(browser, 'popup.html');
    const card = page.locator('li.action[data-kind="thank_you"]');
    await card.waitFor({ timeout: 10000 });
    assert.match(await card.locator('.action-title').innerText(), /Thank Jordan Lee/);
    assert.match(await card.locator('.action-why').innerText(), /within 24 hours/);
    assert.equal(await card.getAttribute('data-rule'), 'T1');
    await card.getByText('Why?', { exact: true }).click();
    assert.match(await card.locator('.rule-title').innerText(), /within a day/);
    assert.ok(await page.getByRole('heading', { name: /^Today/ }).isVisible());
  } finally {
    await browser.close();
  }
});

test('the popup teaches the first step when nothing is stored', async () => {
  const browser = await launch();
  try {
    const page = await openExtensionPage(browser, 'popup.html');
    await page.getByRole('heading', { name: 'No interviews yet' }).waitFor({ timeout: 10000 });
  } finally {
    await browser.close();
  }
});

test('on the 2020 Gmail compose the panel attaches, matches the recipient and records the send', async () => {
  const browser = await launch({ fixtures: { [GMAIL]: GMAIL_2020 } });
  try {
    await seedState(browser, freshState());
    const page = await browser.context.newPage();
    const logs = [];
    page.on('console', (m) => logs.push(m.text()));
    await page.goto(GMAIL);
    const panel = page.locator('afterview-panel');
    await panel.waitFor({ state: 'attached', timeout: 10000 });
    assert.equal(await panel.count(), 1);
    assert.equal(await panel.getAttribute('data-site'), 'gmail');
    assert.equal(await panel.getAttribute('data-surface'), 'compose');

    // Type into the To row the way Gmail's own autocomplete does (value + input event).
    await page.evaluate(() => {
      const to = /** @type {HTMLTextAreaElement} */ (document.querySelector('textarea[name="to"]'));
      to.value = 'Jordan Lee <Jordan.Lee@acme.example>';
      to.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction(() => document.querySelector('afterview-panel')?.getAttribute('data-match') !== '' && document.querySelector('afterview-panel')?.getAttribute('data-state') === 'ready', null, { timeout: 10000 });
    assert.equal(await panel.getAttribute('data-match'), 'acme-analyst:jordan:thank_you');
    assert.equal(await panel.getAttribute('data-to'), 'jordan.lee@acme.example');

    await page.locator('input[name="subjectbox"]').click();
    await page.locator('input[name="subjectbox"]').fill('Thank you – Sam Rivera');
    await page.locator('div[aria-label="Message Body"][contenteditable="true"]').fill('Dear Jordan, thank you for your time today.');
    await page.locator('[role="button"][data-tooltip^="Send"]').click();
    let sent;
    for (let i = 0; i < 50 && !sent; i++) {
      const state = await readState(browser);
      sent = state.processes[0].events.find((e) => e.kind === 'sent');
      if (!sent) await new Promise((r) => setTimeout(r, 100));
    }
    assert.ok(sent, 'a sent event was recorded');
    assert.deepEqual(sent.to, ['jordan']);
    assert.equal(sent.purpose, 'thank_you');
    assert.equal(sent.channel, 'email');
    assert.equal(sent.subject, 'Thank you – Sam Rivera');
    assert.match(sent.body, /thank you for your time/);
    assert.ok(!logs.some((l) => /not recognised/.test(l)), 'no "not recognised" log on a known layout');
  } finally {
    await browser.close();
  }
});

test('on the 2020 Gmail compose a bad draft shows findings, and "Insert draft" fills subject and body', async () => {
  const browser = await launch({ fixtures: { [GMAIL]: GMAIL_2020 } });
  try {
    await seedState(browser, freshState());
    const page = await browser.context.newPage();
    await page.goto(GMAIL);
    await page.locator('afterview-panel').waitFor({ state: 'attached', timeout: 10000 });
    await page.evaluate(() => {
      const to = /** @type {HTMLTextAreaElement} */ (document.querySelector('textarea[name="to"]'));
      to.value = 'jordan.lee@acme.example';
      to.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction(() => document.querySelector('afterview-panel')?.getAttribute('data-match') === 'acme-analyst:jordan:thank_you');

    const editor = page.locator('div[aria-label="Message Body"][contenteditable="true"]');
    await editor.fill('hey jordan, thx 4 the chat 🙂 it was [detail]');
    const ids = await readyFindings(page, (found) => found.includes('placeholder'));
    for (const id of ['casual', 'emoji', 'placeholder']) assert.ok(ids.includes(id), `${id} in ${ids}`);

    // The editor's own input listeners must see the insertion (the fixture has none: count them here).
    await page.evaluate(() => {
      window.__inputs = 0;
      document.querySelector('div[aria-label="Message Body"][contenteditable="true"]').addEventListener('input', () => window.__inputs++);
    });
    await clickPanelButton(page, 'Insert draft');
    await page.waitForTimeout(100);
    await clickPanelButton(page, 'Insert draft'); // the second click confirms replacing typed text
    await page.waitForFunction(() => document.querySelector('div[aria-label="Message Body"]')?.textContent?.includes('Dear Jordan'));
    assert.ok((await page.evaluate(() => window.__inputs)) > 0, 'the page saw input events');
    assert.equal(await page.locator('input[name="subjectbox"]').inputValue(), 'Thank you – Sam Rivera');
    const after = await readyFindings(page, (found) => !found.includes('placeholder'));
    assert.deepEqual(after.filter((id) => ['casual', 'emoji', 'placeholder', 'greeting', 'no-closing'].includes(id)), []);
  } finally {
    await browser.close();
  }
});
