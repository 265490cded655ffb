// The link between the pages and the engine survives what MV3 does to a service worker
// and what a trap does to a wasm instance: a request the engine never answered is sent
// again (the panel says Afterview is restarting meanwhile), a sent message is recorded
// once however often it arrives, and a trap leaves an engine that answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fixturesRoot, freshState, gmailComposeToJordan, launch, openExtensionPage, panelWhen, readState, readyFindings, seedState, stopWorker, until } from '../harness.mjs';

const GMAIL_INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const GMAIL_BODY = 'div[aria-label="Message Body"][contenteditable="true"]';


/** Wakes the extension's worker with an extension page, once it is there to evaluate in. */
async function wakeWorker(browser) {
  await openExtensionPage(browser, 'popup.html');
  await until(() => browser.worker.evaluate(() => typeof globalThis.afterviewReady).catch(() => ''), (t) => t === 'object', 'the worker running again');
}

/** Keeps the worker's thread busy for `ms`, from its next task on (the evaluation returns at once). */
async function busyWorker(browser, ms) {
  await browser.worker.evaluate((busy) => {
    setTimeout(() => {
      const end = Date.now() + busy;
      while (Date.now() < end);
    }, 0);
  }, ms);
}

/** Opens a Gmail compose to Jordan with the fresh state, once the panel matched. */
async function composeToJordan(browser, state = freshState()) {
  const page = await gmailComposeToJordan(browser, GMAIL_INBOX, state);
  // Every state the panel goes through from now on.
  await page.evaluate(() => {
    const panel = /** @type {HTMLElement} */ (document.querySelector('afterview-panel'));
    window.__states = [];
    new MutationObserver(() => window.__states.push(panel.dataset.state)).observe(panel, { attributes: true, attributeFilter: ['data-state'] });
  });
  return page;
}

/** The text of the panel's status line, as a screen reader finds it (the shadow root is closed). */
async function statusText(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes.filter((n) => n.role?.value === 'status' && !n.ignored).map((n) => String(n.name?.value || '')).join(' | ');
  } finally {
    await cdp.detach();
  }
}

const statesSeen = (page) => page.evaluate(() => window.__states);
const sentEvents = async (browser) => ((await readState(browser)) || { processes: [] }).processes.flatMap((p) => p.events).filter((e) => e.kind === 'sent');

test('a check whose worker was stopped before it answered is sent again: the panel says Afterview is restarting, then shows the findings', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: join(fixturesRoot, 'gmail/inbox-2025.html') } });
  try {
    const page = await composeToJordan(browser);
    const asker = await openExtensionPage(browser, 'options.html');
    await busyWorker(browser, 8000);
    await page.locator(GMAIL_BODY).click();
    await page.keyboard.type('hey jordan, thx 4 the chat');
    await panelWhen(page, (p) => p.state === 'checking');
    // The panel is checking from the first key; the check itself is asked 300 ms after
    // the last one, and then waits on the busy worker.
    await page.waitForTimeout(1000);
    await stopWorker(browser);
    // When the browser has a worker to answer again (it takes about 2 s to end one stuck
    // in a loop): a ping from an extension page, sent at the same time, says.
    const pinged = asker
      .evaluate(() => new Promise((resolve) => {
        const port = chrome.runtime.connect({ name: 'afterview-page' });
        port.onMessage.addListener(() => resolve(true));
        port.postMessage({ request_id: 1, protocol: 2, message: { type: 'ping' } });
      }))
      .then(() => Date.now());
    const ids = await readyFindings(page, (found) => found.includes('casual'));
    const recovered = Date.now() - (await pinged);
    assert.ok(ids.includes('casual'), `findings: ${ids}`);
    assert.ok(recovered < 2000, `the panel recovered ${recovered} ms after the engine could answer`);
    assert.ok((await statesSeen(page)).includes('restarting'), `the panel said it was waiting for the engine: ${await statesSeen(page)}`);
    assert.equal(await statusText(page), '', 'and says so no more');
  } finally {
    await browser.close();
  }
});

test('a message sent while the worker stops with it unanswered is sent again and recorded once, under the id the page gave it', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: join(fixturesRoot, 'gmail/inbox-2025.html') } });
  try {
    const page = await composeToJordan(browser);
    await page.locator('input[name="subjectbox"]').fill('Thank you – Sam Rivera');
    await page.locator(GMAIL_BODY).click();
    await page.keyboard.type('Dear Jordan,\n\nThank you for the conversation about the weekly revenue dashboard.\n\nBest regards,\nSam Rivera');
    await readyFindings(page, () => true);
    await busyWorker(browser, 8000);
    await page.locator('[role="button"][data-tooltip^="Send"]').click();
    await until(() => page.locator('afterview-panel').count(), (n) => n === 0, 'the compose closing on send');
    await page.waitForTimeout(500); // the content script has seen the send go and told the busy worker
    await stopWorker(browser);
    await wakeWorker(browser);
    const [sent] = await until(() => sentEvents(browser), (events) => events.length > 0, 'the sent event');
    assert.match(sent.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'the id the content script made');
    assert.deepEqual(sent.to, ['jordan']);
    await page.waitForTimeout(4000); // past the time a second attempt would have been sent
    assert.equal((await sentEvents(browser)).length, 1, 'recorded once');
  } finally {
    await browser.close();
  }
});

test('a send whose steps arrive twice under the same id is recorded once, and a page cannot record a send by itself', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const page = await openExtensionPage(browser, 'popup.html');
    const id = 'b9f6c1de-4a43-4d8e-9a57-1f0e3c2d7a10';
    const asked = { type: 'send_asked', id, channel: 'email', to: ['jordan.lee@acme.example'], cc: [], subject: 'Thank you – Sam Rivera', body: 'Dear Jordan,\n\nThank you for the conversation today.\n\nBest regards,\nSam Rivera', hold_ms: 0 };
    /** Sends `messages` on one port, all at once, and gives their answers. */
    const post = (/** @type {unknown[]} */ messages) =>
      page.evaluate(
        (list) =>
          new Promise((resolve) => {
            const port = chrome.runtime.connect({ name: 'afterview-page' });
            const got = [];
            port.onMessage.addListener((envelope) => {
              got[envelope.request_id] = envelope.answer;
              if (got.filter(Boolean).length === list.length) resolve(got.filter(Boolean));
            });
            list.forEach((message, i) => port.postMessage({ request_id: i + 1, protocol: 2, message }));
          }),
        messages,
      );
    // Each step twice at once (a retry on a new port arrives beside the first attempt).
    const answers = await post([asked, asked, { type: 'send_closed', id }, { type: 'send_went', id }, { type: 'send_went', id }]);
    assert.deepEqual(answers, Array(5).fill({ type: 'noted' }));
    const [sent] = await until(() => sentEvents(browser), (events) => events.length > 0, 'the sent event');
    assert.equal(sent.id, id);
    await post([asked, { type: 'send_went', id }]);
    await page.waitForTimeout(500);
    assert.equal((await sentEvents(browser)).length, 1, 'recorded once');

    const [noId, direct] = await post([{ ...asked, id: undefined }, { type: 'sent', id: 'c0ffee00-0000-4000-8000-000000000000', channel: 'email', to: ['jordan.lee@acme.example'], cc: [], subject: 'Hi', body: 'Hello' }]);
    assert.equal(noId.type, 'error', 'a send without an id is refused');
    assert.equal(direct.type, 'error', 'a page cannot record a send without its steps');
    assert.equal((await sentEvents(browser)).length, 1);
  } finally {
    await browser.close();
  }
});

test('a trap in the engine while it holds its state: the engine starts afresh from storage and the next check is answered', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: join(fixturesRoot, 'gmail/inbox-2025.html') } });
  try {
    const page = await composeToJordan(browser);
    const editor = page.locator(GMAIL_BODY);
    await editor.click();
    await page.keyboard.type('hey jordan');
    await readyFindings(page, (found) => found.includes('casual'));

    // The next time the engine builds a time zone (inside its state's borrow, for the badge
    // and alarm) the browser's Intl calls back into the wasm with a table index past the
    // table's end: the wasm traps there, as a panic would.
    await browser.worker.evaluate(async () => {
      globalThis.firstStart = globalThis.afterviewReady;
      const exports = await (await globalThis.afterviewReady).default();
      const Real = Intl.DateTimeFormat;
      Intl.DateTimeFormat = /** @type {any} */ (function () {
        Intl.DateTimeFormat = Real;
        exports.__externref_table_dealloc(0x7fffffff);
      });
    });
    const moved = freshState();
    moved.profile.timezone = 'Asia/Kolkata';
    await seedState(browser, moved);

    assert.ok(
      await until(() => browser.worker.evaluate(() => globalThis.afterviewReady !== globalThis.firstStart), Boolean, 'the engine starting again'),
    );

    await editor.press('End');
    await page.keyboard.type(', thx 4 the chat [detail]');
    const ids = await readyFindings(page, (found) => found.includes('placeholder'));
    assert.ok(ids.includes('casual'), `findings: ${ids}`);
    assert.equal(await statusText(page), '', 'nothing left saying Afterview is restarting');

    const popup = await openExtensionPage(browser, 'popup.html');
    const overview = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'overview' }));
    assert.equal(overview.type, 'overview');
    assert.equal(overview.state.profile.timezone, 'Asia/Kolkata', 'the state the engine started again from');
  } finally {
    await browser.close();
  }
});
