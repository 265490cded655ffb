// The boundary between Afterview and the page it runs in: the page's own scripts see
// nothing of what the user tracks on Afterview's elements, and cannot send, fix or record
// in the user's name; a send is recorded once it really went (the site's "Message sent ·
// Undo" window over, or the tab closed while it was open), and an undone send never; a
// fix lands only on the text it was found in; LinkedIn's recipient is read from the open
// conversation only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  clickPanelButton, fixturesRoot, freshState, gmailComposeToJordan, launch, panelShown, panelWhen, readState, seedState, storedEvent, until,
} from '../harness.mjs';

const GMAIL_INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmLbTbvqvLPbCLkHnJqd';
const GMAIL_BODY = 'div[aria-label="Message Body"][contenteditable="true"]';
const GMAIL_SEND = '[role="button"][data-tooltip^="Send"]';
const LINKEDIN_THREAD = 'https://www.linkedin.com/messaging/thread/2-abc/';

/**
 * The `sent` events stored for Acme.
 * @param {import('../harness.mjs').Browser} browser
 */
async function sentEvents(browser) {
  const state = await readState(browser);
  return (state?.processes.find((/** @type {any} */ p) => p.id === 'acme-analyst')?.events || []).filter((/** @type {any} */ e) => e.kind === 'sent');
}

/**
 * Types a thank-you into the compose to Jordan, as the user would.
 * @param {import('playwright-core').Page} page
 */
async function typeThanks(page) {
  await page.locator('input[name="subjectbox"]').fill('Thank you');
  await page.locator(GMAIL_BODY).click();
  await page.keyboard.type('Dear Jordan,\n\nThank you for your time today and for the tour of the data platform.\n\nBest regards,\nSam Rivera');
}

/**
 * Every Afterview element on the page as the page's own scripts see it (page.evaluate runs
 * in the page's world): its tag, its attributes, and its markup.
 * @param {import('playwright-core').Page} page
 */
function afterviewElements(page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('*'))
      .filter((el) => el.tagName.toLowerCase().startsWith('afterview-'))
      .map((el) => ({ tag: el.tagName.toLowerCase(), attributes: el.getAttributeNames(), html: el.outerHTML + (el.shadowRoot ? el.shadowRoot.innerHTML : '') })),
  );
}

/**
 * Asserts that the page sees only the surface and state of each Afterview element.
 * @param {import('playwright-core').Page} page
 */
async function assertNothingTracked(page) {
  const seen = await afterviewElements(page);
  assert.ok(seen.length > 0, 'Afterview put its elements on the page');
  for (const { tag, attributes, html } of seen) {
    assert.deepEqual(attributes.filter((a) => a !== 'data-surface' && a !== 'data-state'), [], `${tag} shows only its surface and state`);
    assert.doesNotMatch(html, /acme|jordan|morgan|analyst/i, `${tag} names nothing the user tracks`);
  }
}

test('without the test switch, a page script finds nothing tracked on a compose panel or its underlines', async () => {
  const browser = await launch({ testAttributes: false, fixtures: { [GMAIL_INBOX]: join(fixturesRoot, 'gmail/inbox-2025.html') } });
  try {
    await seedState(browser, freshState());
    const page = await browser.context.newPage();
    await page.goto(GMAIL_INBOX);
    await page.locator('#compose-button').click();
    const to = page.locator('input[aria-label="To recipients"]').first();
    await to.click();
    await to.pressSequentially('jordan.lee@acme.example');
    await to.press('Enter');
    await page.locator(GMAIL_BODY).click();
    await page.keyboard.type('Dear Jordan, thank you for teh chat.');
    // The panel matched Jordan (it offers the thank-you draft) and checked the text.
    await until(() => panelShown(page), (shown) => shown.buttons.some((b) => b.name.startsWith('Insert')) && shown.findings > 0, 'the panel matched and checked');
    await until(() => page.locator('afterview-panel').getAttribute('data-state'), (s) => s === 'ready', 'the check');
    await assertNothingTracked(page);

    // Turned on (as tests do, through the worker), the same panel says what it matched.
    await browser.worker.evaluate(() => chrome.storage.local.set({ afterview_test_attributes: true }));
    await panelWhen(page, (a) => a.match === 'acme-analyst:jordan:thank_you');
  } finally {
    await browser.close();
  }
});

test('without the test switch, a page script finds nothing tracked on a read panel', async () => {
  const browser = await launch({ testAttributes: false, fixtures: { [GMAIL_THREAD]: join(fixturesRoot, 'gmail/reading-2025.html') } });
  try {
    await seedState(browser, freshState());
    const page = await browser.context.newPage();
    await page.goto(GMAIL_THREAD);
    await page.locator('afterview-panel[data-surface="read"]').waitFor({ state: 'attached', timeout: 10000 });
    await assertNothingTracked(page);
  } finally {
    await browser.close();
  }
});

test('a send the page\'s script makes (a synthetic click or key) records nothing', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: join(fixturesRoot, 'gmail/inbox-2025.html') } });
  try {
    const page = await gmailComposeToJordan(browser, GMAIL_INBOX);
    await typeThanks(page);
    await page.evaluate(() => {
      const body = document.querySelector('div[aria-label="Message Body"]');
      body?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
      /** @type {HTMLElement | null} */ (document.querySelector('[role="button"][data-tooltip^="Send"]'))?.click();
    });
    await until(() => page.evaluate(() => /** @type {any} */ (window).__sent || 0), (n) => n >= 1, 'the page sending');
    await page.waitForTimeout(4000);
    assert.deepEqual(await sentEvents(browser), [], 'nothing recorded');
  } finally {
    await browser.close();
  }
});

test('Gmail\'s Undo within its window records nothing; sent again and left alone, it is recorded once', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: join(fixturesRoot, 'gmail/inbox-2025.html') } });
  try {
    const page = await gmailComposeToJordan(browser, GMAIL_INBOX);
    await page.evaluate(() => (/** @type {any} */ (window).__undoMs = 4000));
    await typeThanks(page);
    await page.locator(GMAIL_SEND).click();
    await page.locator('#link_undo').click();
    // The compose comes back with its text; nothing was recorded.
    await page.locator(GMAIL_BODY).waitFor({ timeout: 5000 });
    await page.waitForTimeout(5000);
    assert.deepEqual(await sentEvents(browser), [], 'an undone send is not recorded');

    // Sent again, the notice left alone: recorded exactly once, with the text sent.
    await page.evaluate(() => (/** @type {any} */ (window).__undoMs = 1500));
    await page.locator(GMAIL_SEND).click();
    const sent = await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'sent');
    assert.match(sent.body, /tour of the data platform/);
    await page.waitForTimeout(3000);
    assert.equal((await sentEvents(browser)).length, 1, 'one send, one event');
  } finally {
    await browser.close();
  }
});

test('a tab closed while Gmail still offers Undo records the send exactly once', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: join(fixturesRoot, 'gmail/inbox-2025.html') } });
  try {
    const page = await gmailComposeToJordan(browser, GMAIL_INBOX);
    await page.evaluate(() => (/** @type {any} */ (window).__undoMs = 30000));
    await typeThanks(page);
    await page.locator(GMAIL_SEND).click();
    await page.locator('#link_undo').waitFor({ timeout: 5000 });
    await page.close();
    await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'sent');
    await new Promise((r) => setTimeout(r, 2000));
    assert.equal((await sentEvents(browser)).length, 1, 'one send, one event');
    const pending = await browser.worker.evaluate(async () => (await chrome.storage.local.get('afterview_pending_sends')).afterview_pending_sends);
    assert.equal(pending, undefined, 'nothing left waiting');
  } finally {
    await browser.close();
  }
});

test('a fix clicked after the text moved lands on the word it was found at, or nowhere, never on another', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: join(fixturesRoot, 'gmail/inbox-2025.html') } });
  try {
    const page = await gmailComposeToJordan(browser, GMAIL_INBOX);
    const body = page.locator(GMAIL_BODY);
    await body.click();
    await page.keyboard.type('Dear Jordan, thank you for teh chat.');
    await panelWhen(page, (a) => a.state === 'ready' && (a.findings || '').split(' ').includes('spelling'));

    // Typing marks the findings stale at once: the panel is checking, not ready.
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Hi! ');
    assert.equal(await page.locator('afterview-panel').getAttribute('data-state'), 'checking');
    await panelWhen(page, (a) => a.state === 'ready' && (a.findings || '').split(' ').includes('spelling'));

    // The page's script moves the text without an input event; the listed fix still
    // finds its word.
    await page.evaluate(() => document.querySelector('div[aria-label="Message Body"]')?.prepend(document.createTextNode('Hello. ')));
    await clickPanelButton(page, 'Apply fix: “the”');
    await until(() => body.innerText(), (t) => t.includes('for the chat'), 'the fix applied');
    assert.equal((await body.innerText()).trim(), 'Hello. Hi! Dear Jordan, thank you for the chat.');

    // The flagged word is gone when the fix is clicked: nothing changes.
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' See you teh next time.');
    await panelWhen(page, (a) => a.state === 'ready' && (a.findings || '').split(' ').includes('spelling'));
    await page.evaluate(() => {
      const editor = document.querySelector('div[aria-label="Message Body"]');
      const walker = document.createTreeWalker(/** @type {Node} */ (editor), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node instanceof Text) node.data = node.data.replace(' teh ', ' a ');
    });
    const before = await body.innerText();
    await clickPanelButton(page, 'Apply fix: “the”');
    await page.waitForTimeout(500);
    assert.equal(await body.innerText(), before, 'no other word changed');

    // The flagged word grew into a longer one: the fix does not land inside it.
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Safe travels teh way home.');
    await panelWhen(page, (a) => a.state === 'ready' && (a.findings || '').split(' ').includes('spelling'));
    await page.evaluate(() => {
      const editor = document.querySelector('div[aria-label="Message Body"]');
      const walker = document.createTreeWalker(/** @type {Node} */ (editor), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node instanceof Text) node.data = node.data.replace('teh way', 'tehran way');
    });
    const grown = await body.innerText();
    await clickPanelButton(page, 'Apply fix: “the”');
    await page.waitForTimeout(500);
    assert.equal(await body.innerText(), grown, 'no part of a longer word changed');
  } finally {
    await browser.close();
  }
});

test('a page that changes its own text faster than the check waits does not hold the check back', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: join(fixturesRoot, 'gmail/inbox-2025.html') } });
  try {
    const page = await gmailComposeToJordan(browser, GMAIL_INBOX);
    // An upload's progress line, and a clock elsewhere on the page, each redrawn every 100 ms.
    await page.evaluate(() => {
      const progress = document.createElement('div');
      const clock = document.createElement('span');
      document.querySelector('div[aria-label="Message Body"]')?.parentElement?.append(progress);
      document.body.append(clock);
      let n = 0;
      setInterval(() => {
        n += 1;
        progress.textContent = `Uploading portfolio.pdf… ${n % 100}%`;
        clock.replaceChildren(document.createTextNode(String(Date.now())));
      }, 100);
    });
    const body = page.locator(GMAIL_BODY);
    await body.click();
    await page.keyboard.type('Dear Jordan, thank you for teh chat.');
    await panelWhen(page, (a) => a.state === 'ready' && (a.findings || '').split(' ').includes('spelling'));
  } finally {
    await browser.close();
  }
});

test('the LinkedIn recipient comes from the open conversation, never from other profile links on the page', async () => {
  const browser = await launch({ fixtures: { [LINKEDIN_THREAD]: join(fixturesRoot, 'linkedin/messaging-2025.html') } });
  try {
    await seedState(browser, freshState());
    const page = await browser.context.newPage();
    await page.goto(LINKEDIN_THREAD);
    await page.locator('afterview-panel').waitFor({ state: 'attached', timeout: 10000 });
    await panelWhen(page, (a) => a.to === 'https://www.linkedin.com/in/jordan-lee-0a1b2c/');

    // A person mentioned in a message, and a sidebar of other people: neither is the recipient.
    await page.evaluate(() => {
      const mention = document.createElement('a');
      mention.href = '/in/casey-morgan-99/';
      mention.textContent = 'Casey';
      document.querySelector('.msg-s-event-listitem')?.append(' Have you met ', mention, '?');
      const aside = document.createElement('aside');
      const other = document.createElement('a');
      other.href = '/in/riley-chen-42/';
      other.textContent = 'Riley Chen';
      aside.append(other);
      document.body.prepend(aside);
      // The thread's header link goes (the header is still loading): nothing else stands in for it.
      document.querySelector('.msg-thread__link-to-profile')?.remove();
    });
    await page.locator('.msg-form__contenteditable').click();
    await page.keyboard.type('Hi');
    const panel = await panelWhen(page, (a) => a.state === 'ready' && a.to !== 'https://www.linkedin.com/in/jordan-lee-0a1b2c/');
    assert.equal(panel.to, '', 'no recipient rather than the wrong person');
  } finally {
    await browser.close();
  }
});

test('an Undo clicked just before the tab closes, and a send the site refused before it closed, record nothing', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: join(fixturesRoot, 'gmail/inbox-2025.html') } });
  try {
    // Undo, then the tab closed at once (before the compose is seen coming back).
    let page = await gmailComposeToJordan(browser, GMAIL_INBOX);
    await page.evaluate(() => (/** @type {any} */ (window).__undoMs = 10000));
    await typeThanks(page);
    await page.locator(GMAIL_SEND).click();
    await page.locator('#link_undo').click();
    await page.close();
    await new Promise((r) => setTimeout(r, 3000));
    assert.deepEqual(await sentEvents(browser), [], 'an undone send is not recorded');

    // A malformed address: the site refuses and says so; the tab closed soon after.
    page = await gmailComposeToJordan(browser, GMAIL_INBOX);
    const to = page.locator('input[aria-label="To recipients"]').first();
    await to.click();
    await to.pressSequentially('morgan.diaz-at-acme');
    await to.press('Enter');
    await typeThanks(page);
    await page.locator(GMAIL_SEND).click();
    await page.getByRole('alertdialog').waitFor({ timeout: 5000 });
    await page.waitForTimeout(500);
    await page.close();
    await new Promise((r) => setTimeout(r, 3000));
    assert.deepEqual(await sentEvents(browser), [], 'a refused send is not recorded');
  } finally {
    await browser.close();
  }
});

test('a compose the page keeps out of sight learns nothing, and one laid unseen under the user\'s click sends nothing', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: join(fixturesRoot, 'gmail/inbox-2025.html') } });
  try {
    await seedState(browser, freshState());
    const page = await browser.context.newPage();
    await page.goto(GMAIL_INBOX);
    // The page opens a compose of its own, out of sight, to a tracked address.
    await page.evaluate(() => {
      /** @type {HTMLElement} */ (document.querySelector('#compose-button')).click();
      const compose = /** @type {HTMLElement} */ (document.querySelector('[data-fixture-compose]'));
      compose.style.cssText = 'position: fixed; left: -5000px; top: 0';
      const list = compose.querySelector('[name="to"] [role="listbox"]');
      const chip = document.createElement('div');
      chip.setAttribute('role', 'option');
      chip.dataset.hovercardId = 'jordan.lee@acme.example';
      chip.textContent = 'Jordan Lee';
      list?.append(chip);
      const body = compose.querySelector('div[aria-label="Message Body"]');
      if (body) body.textContent = 'Dear Jordan, thank you for your time today.';
    });
    await page.locator('afterview-panel').waitFor({ state: 'attached', timeout: 10000 });
    await page.waitForTimeout(1500);
    assert.equal(await page.locator('afterview-panel').getAttribute('data-state'), 'idle', 'the panel asked nothing');
    const offered = (await panelShown(page)).buttons.filter((b) => /^(Insert|Track)/.test(b.name));
    assert.deepEqual(offered, [], 'and offers nothing');

    // Brought into the viewport but transparent, under where the user is about to click.
    await page.evaluate(() => {
      const compose = /** @type {HTMLElement} */ (document.querySelector('[data-fixture-compose]'));
      compose.style.cssText = 'position: fixed; left: 0; top: 0; opacity: 0; z-index: 99';
    });
    const box = await page.locator(GMAIL_SEND).boundingBox();
    assert.ok(box);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await until(() => page.evaluate(() => /** @type {any} */ (window).__sent || 0), (n) => n === 1, 'the page sending its compose');
    await page.waitForTimeout(3000);
    assert.deepEqual(await sentEvents(browser), [], 'nothing recorded in the user\'s name');
  } finally {
    await browser.close();
  }
});
