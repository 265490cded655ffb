// One true record with several tabs open at once: Undo on a page reverts the change its bar
// names and no later one (a send recorded from a mail tab stays); a Save on an
// application's page keeps what was changed elsewhere while it was open; a change the
// loader would refuse is refused before it is written, and the worker starts again on a
// document it can read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  clickPanelButton, fixturesRoot, freshState, launch, openExtensionPage, panelWhen, readState, seedState, stopWorker, storedEvent, until,
} from '../harness.mjs';

const GMAIL_INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const GMAIL_BODY = 'div[aria-label="Message Body"][contenteditable="true"]';

/**
 * Asks the engine as a content script does, over the page port.
 * @param {import('playwright-core').Page} page  an extension page
 * @param {unknown} message
 */
function askAsPage(page, message) {
  return page.evaluate(
    (m) =>
      new Promise((resolve) => {
        const port = chrome.runtime.connect({ name: 'afterview-page' });
        port.onMessage.addListener((envelope) => resolve(envelope.answer));
        port.postMessage({ request_id: 1, protocol: 2, message: m });
      }),
    message,
  );
}

/**
 * Whether the applications page's last drawing shows the stored document as it is now:
 * the page keeps each drawing under the revision it shows, and only while it is the latest.
 * @param {import('../harness.mjs').Browser} browser
 */
async function listDrawnFromStore(browser) {
  return browser.worker.evaluate(async () => {
    const { afterview_meta: meta } = await chrome.storage.local.get('afterview_meta');
    const { afterview_applications_view: kept } = await chrome.storage.session.get('afterview_applications_view');
    return Boolean(meta && kept && kept.meta && kept.meta.revision === meta.revision);
  });
}

test('Undo on the applications page reverts its archive and keeps the thank-you a mail tab sent after it', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: join(fixturesRoot, 'gmail/inbox-2025.html') } });
  try {
    const state = freshState();
    await seedState(browser, state);
    const list = await openExtensionPage(browser, 'dashboard.html');
    await list.locator('#dash_archive-acme-analyst').click();
    await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'closed');
    await list.locator('#undo').waitFor({ timeout: 5000 });

    // Meanwhile, in Gmail: the thank-you to Jordan goes.
    const gmail = await browser.context.newPage();
    await gmail.goto(GMAIL_INBOX);
    await gmail.locator('#compose-button').click();
    const to = gmail.locator('input[aria-label="To recipients"]').first();
    await to.click();
    await to.pressSequentially('jordan.lee@acme.example');
    await to.press('Enter');
    await panelWhen(gmail, (p) => (p.match || '').startsWith('acme-analyst:jordan:') && p.state === 'ready');
    await gmail.locator('input[name="subjectbox"]').fill('Thank you');
    await gmail.locator(GMAIL_BODY).click();
    await gmail.keyboard.type('Dear Jordan,\n\nThank you for the conversation about the weekly revenue dashboard.\n\nBest regards,\nSam Rivera');
    await gmail.locator('[role="button"][data-tooltip^="Send"]').click();
    await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'sent');

    // Back on the applications page, still open and drawn again since the send: its bar
    // still names the page's own archive.
    await until(() => listDrawnFromStore(browser), Boolean, 'the list drawn again with the send');
    await list.bringToFront();
    await list.locator('#undo').click();
    const after = await until(() => readState(browser), (s) => !s.processes[0].events.some((/** @type {any} */ e) => e.kind === 'closed'), 'the archive undone');
    assert.deepEqual(after.processes[0].events.map((/** @type {any} */ e) => e.kind), ['sent'], 'the send stays');
  } finally {
    await browser.close();
  }
});

test('a person tracked from another tab while an application\'s page is open survives a Save there', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const page = await openExtensionPage(browser, 'dashboard.html#application=acme-analyst');
    await page.locator('#person-jordan-save').waitFor({ timeout: 10000 });

    // A mail tab tracks a new person while this page is open (and not drawn again).
    const tab = await openExtensionPage(browser, 'options.html');
    const tracked = await askAsPage(tab, {
      type: 'track',
      target: { type: 'existing', id: 'acme-analyst' },
      person: { name: 'Riley Chen', email: 'riley.chen@acme.example', role: 'interviewer' },
    });
    assert.equal(tracked.type, 'tracked');

    await page.locator('#person-jordan-title').fill('Head of Analytics');
    await page.locator('#person-jordan-save').click();
    const saved = await until(
      () => readState(browser),
      (s) => s.processes[0].contacts.find((/** @type {any} */ c) => c.id === 'jordan')?.title === 'Head of Analytics',
      'the edit saved',
    );
    assert.ok(saved.processes[0].contacts.some((/** @type {any} */ c) => c.name === 'Riley Chen'), 'the person tracked elsewhere is kept');
  } finally {
    await browser.close();
  }
});

test('marking done for someone not in the application is refused before it is written, and the worker starts again cleanly', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const popup = await openExtensionPage(browser, 'popup.html');
    const answer = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'mark_done', process: 'acme-analyst', kind: 'thank_you', contact: 'nobody' }));
    assert.equal(answer.type, 'error');
    assert.match(answer.message, /nobody/);
    assert.equal((await readState(browser)).processes[0].events.length, 0, 'nothing written');

    await stopWorker(browser);
    const again = await openExtensionPage(browser, 'popup.html');
    const overview = await until(
      () => again.evaluate(() => chrome.runtime.sendMessage({ type: 'overview' })).catch(() => null),
      (o) => Boolean(o && o.type === 'overview'),
      'the engine answering again',
    );
    assert.equal(overview.problem, null, 'the stored document is one the engine reads');
    assert.equal(overview.state.processes.length, 1);
  } finally {
    await browser.close();
  }
});

test('a change sent twice under one request id counts once, beside the first and after the worker stopped', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const page = await openExtensionPage(browser, 'options.html');
    const add = { type: 'new_application', company: 'Initech', role: 'Analyst', request_id: 'click-1' };
    // A double click's two requests (or a retry on a new port) arrive together.
    const [first, second] = await page.evaluate((m) => Promise.all([chrome.runtime.sendMessage(m), chrome.runtime.sendMessage(m)]), add);
    assert.equal(first.type, 'created', JSON.stringify(first));
    assert.deepEqual(second, first, 'the repeat gets the first answer, not "already in your applications"');

    // Sent again after the engine stopped under it: the first answer, nothing added.
    await stopWorker(browser);
    const again = await until(() => page.evaluate((m) => chrome.runtime.sendMessage(m), add).catch(() => null), Boolean, 'an answer');
    assert.deepEqual(again, first);
    const state = await readState(browser);
    assert.equal(state.processes.filter((/** @type {any} */ p) => p.company === 'Initech').length, 1);

    // Another click is another request.
    const other = await page.evaluate((m) => chrome.runtime.sendMessage(m), { ...add, request_id: 'click-2' });
    assert.equal(other.type, 'error', 'a second Add of the same application is refused');
  } finally {
    await browser.close();
  }
});

test('open pages follow the stored document: the list shows an application added elsewhere, and a page being typed in keeps the typing and offers the latest', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const list = await openExtensionPage(browser, 'dashboard.html');
    await list.locator('tr[data-process="acme-analyst"]').waitFor({ timeout: 10000 });
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.locator('li.action').first().waitFor({ timeout: 10000 });
    const other = await openExtensionPage(browser, 'options.html');
    const created = await other.evaluate(() => chrome.runtime.sendMessage({ type: 'new_application', company: 'Initech', role: 'Analyst' }));
    assert.equal(created.type, 'created');
    // The list, never reloaded, shows it.
    await list.locator(`tr[data-process="${created.process}"]`).waitFor({ timeout: 5000 });

    // An application's page with a title half typed: a change elsewhere does not draw it
    // again under the user's fingers; it says so, and the Save keeps both.
    const page = await openExtensionPage(browser, 'dashboard.html#application=acme-analyst');
    const title = page.locator('#person-jordan-title');
    await title.fill('Head of');
    await askAsPage(other, { type: 'track', target: { type: 'existing', id: 'acme-analyst' }, person: { name: 'Riley Chen', email: 'riley.chen@acme.example', role: 'interviewer' } });
    await page.locator('#store-changed').waitFor({ timeout: 5000 });
    assert.equal(await title.inputValue(), 'Head of', 'what was typed stays');
    await title.fill('Head of Analytics');
    await page.locator('#person-jordan-save').click();
    const saved = await until(() => readState(browser), (s) => s.processes[0].contacts.find((/** @type {any} */ c) => c.id === 'jordan')?.title === 'Head of Analytics', 'the edit saved');
    assert.ok(saved.processes[0].contacts.some((/** @type {any} */ c) => c.name === 'Riley Chen'));
    // Drawn again after the Save: the person tracked elsewhere is on the page now.
    await page.locator('li.person', { hasText: 'Riley Chen' }).waitFor({ timeout: 5000 });
  } finally {
    await browser.close();
  }
});

test('text typed while a Save is on its way is kept: the options form and an application\'s page say it was saved and keep the typing', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const options = await openExtensionPage(browser, 'options.html');
    const name = options.locator('#profile-name');
    await name.waitFor({ timeout: 10000 });
    // Save, and type in another field in the same instant, before the engine answers.
    await options.evaluate(() => {
      /** @type {HTMLInputElement} */ (document.querySelector('#profile-name')).value = 'Sam Q. Rivera';
      /** @type {HTMLFormElement} */ (document.querySelector('#profile-name').closest('form')).requestSubmit();
      const email = /** @type {HTMLInputElement} */ (document.querySelector('#profile-email'));
      email.value = 'sam.typed@example.net';
      email.dispatchEvent(new Event('input', { bubbles: true }));
      // The field just saved, typed in again.
      const name = /** @type {HTMLInputElement} */ (document.querySelector('#profile-name'));
      name.value = 'Sam Q. Rivera-Jones';
      name.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(() => readState(browser), (s) => s.profile.name === 'Sam Q. Rivera', 'the name saved');
    await until(() => options.locator('#store-changed').innerText(), (t) => /^Saved\./.test(t), 'the notice that the change was saved');
    assert.equal(await options.locator('#profile-email').inputValue(), 'sam.typed@example.net', 'what was typed after Save stays');
    await options.getByRole('button', { name: 'Save profile' }).click();
    const saved = await until(() => readState(browser), (s) => s.profile.email === 'sam.typed@example.net', 'the typing saved by the next Save');
    assert.equal(saved.profile.name, 'Sam Q. Rivera-Jones', 'the field typed in again is saved over the first Save, not refused');

    // The same on an application's page: a person's title saved while the next is typed.
    const page = await openExtensionPage(browser, 'dashboard.html#application=acme-analyst');
    const title = page.locator('#person-jordan-title');
    await title.waitFor({ timeout: 10000 });
    await page.evaluate(() => {
      /** @type {HTMLInputElement} */ (document.querySelector('#person-jordan-title')).value = 'Head of Analytics';
      /** @type {HTMLElement} */ (document.querySelector('#person-jordan-save')).click();
      const note = /** @type {HTMLInputElement} */ (document.querySelector('#person-jordan-title'));
      note.value = 'Head of Analytics, EMEA';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await until(() => readState(browser), (s) => s.processes[0].contacts.find((/** @type {any} */ c) => c.id === 'jordan')?.title === 'Head of Analytics', 'the title saved');
    await until(() => page.locator('#store-changed').innerText(), (t) => /^Saved\./.test(t), 'the notice that the change was saved');
    assert.equal(await title.inputValue(), 'Head of Analytics, EMEA', 'what was typed after Save stays');
    await page.locator('#person-jordan-save').click();
    await until(() => readState(browser), (s) => s.processes[0].contacts.find((/** @type {any} */ c) => c.id === 'jordan')?.title === 'Head of Analytics, EMEA', 'the title typed again saved over the first Save, not refused');
  } finally {
    await browser.close();
  }
});

test('an Undo a later change stands on is refused in plain words, naming the change and never an id', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const page = await openExtensionPage(browser, 'options.html');
    const retitle = async (/** @type {string} */ title) => {
      const stored = (await readState(browser)).processes[0];
      const process = structuredClone(stored);
      process.contacts.find((/** @type {any} */ c) => c.id === 'jordan').title = title;
      return page.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'save_application', process, base: stored });
    };
    const first = await retitle('Lead Analyst');
    assert.equal(first.type, 'saved', JSON.stringify(first));
    assert.equal((await retitle('Head of Analytics')).type, 'saved');
    const refused = await page.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'undo', change: first.change });
    assert.equal(refused.type, 'error', JSON.stringify(refused));
    assert.match(refused.message, /was not undone on its own, because one of its people was changed meanwhile/);
    assert.doesNotMatch(refused.message, /acme-analyst|contacts|\[/);
    assert.equal((await readState(browser)).processes[0].contacts.find((/** @type {any} */ c) => c.id === 'jordan').title, 'Head of Analytics');
  } finally {
    await browser.close();
  }
});

test('Track clicked twice in a compose panel gives one application with one contact', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: join(fixturesRoot, 'gmail/inbox-2025.html') } });
  try {
    await seedState(browser, { schema: 1, profile: { name: 'Sam Rivera', timezone: 'America/New_York' }, processes: [] });
    const page = await browser.context.newPage();
    await page.goto(GMAIL_INBOX);
    await page.locator('#compose-button').click();
    const to = page.locator('input[aria-label="To recipients"]').first();
    await to.click();
    await to.pressSequentially('dana.reyes@hooli.example');
    await to.press('Enter');
    await clickPanelButton(page, 'Track this person');
    // The form lives in the panel's closed shadow root: wait, through the
    // accessibility tree, until its Save button is there.
    const cdp = await page.context().newCDPSession(page);
    const save = await until(
      async () => (await cdp.send('Accessibility.getFullAXTree')).nodes
        .find((n) => n.role?.value === 'button' && n.name?.value === 'Save contact' && !n.ignored && n.backendDOMNodeId !== undefined),
      (node) => node !== undefined,
      'the Save contact button',
    );
    // The form opens with the focus on the name; a new application is the only choice.
    await page.keyboard.type('Dana Reyes');
    await page.keyboard.press('Tab'); // the email, read from the compose
    await page.keyboard.press('Tab'); // the application: a new one
    await page.keyboard.press('Tab');
    await page.keyboard.type('Hooli');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Engineer');
    // Save, twice at once.
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: save.backendDOMNodeId });
    await cdp.detach();
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.dblclick((x1 + x3) / 2, (y1 + y3) / 2);
    const state = await until(() => readState(browser), (s) => s && s.processes.length > 0, 'the application');
    await page.waitForTimeout(1000);
    const after = await readState(browser);
    assert.equal(after.processes.length, 1, JSON.stringify(after.processes.map((/** @type {any} */ p) => p.id)));
    assert.equal(after.processes[0].contacts.length, 1);
    assert.equal(state.processes[0].company, 'Hooli');
  } finally {
    await browser.close();
  }
});

test('a Save over a field another tab changed meanwhile is refused in plain words that name the part, never a path', async () => {
  const browser = await launch();
  try {
    const seeded = freshState();
    await seedState(browser, seeded);
    const page = await openExtensionPage(browser, 'dashboard.html#application=acme-analyst');
    const title = page.locator('#person-jordan-title');
    await title.waitFor({ timeout: 10000 });
    await title.fill('Head of Analytics');

    // Meanwhile another tab gives Jordan another title.
    const other = await openExtensionPage(browser, 'options.html');
    const stored = (await readState(browser)).processes[0];
    const process = structuredClone(stored);
    process.contacts.find((/** @type {any} */ c) => c.id === 'jordan').title = 'VP of Data';
    const saved = await other.evaluate((m) => chrome.runtime.sendMessage(m), { type: 'save_application', process, base: stored });
    assert.equal(saved.type, 'saved', JSON.stringify(saved));

    await page.locator('#person-jordan-save').click();
    const said = await until(() => page.locator('[role="status"]').allInnerTexts(), (texts) => texts.some((t) => t.includes('Not saved')), 'the refusal');
    const refusal = said.find((t) => t.includes('Not saved')) || '';
    assert.match(refusal, /^Not saved, because one of its people was changed meanwhile/, 'one sentence, with no second prefix');
    assert.doesNotMatch(refusal, /the application\.|contacts|\[/);
    assert.equal((await readState(browser)).processes[0].contacts.find((/** @type {any} */ c) => c.id === 'jordan').title, 'VP of Data', 'the other tab\'s change stays');
  } finally {
    await browser.close();
  }
});
