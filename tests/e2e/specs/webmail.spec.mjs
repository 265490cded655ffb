// Inline suggestions in Gmail and Outlook on the web, on our own fixtures of the current
// layouts (tests/e2e/fixtures/, each with its origin noted at its top): recipients read,
// the right person and purpose matched, findings with underlines and fixes, the draft
// inserted through the editor's input path, sends recorded, closed composes cleaned up,
// unknown markup left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  clickPanelButton, fixturesRoot, freshState, gmailComposeToJordan, launch, openExtensionPage, panelWhen, readState, readyFindings, seedState, storedEvent, until,
} from '../harness.mjs';

const GMAIL_INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const GMAIL_POPOUT = 'https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1';
const OUTLOOK_MAIL = 'https://outlook.office.com/mail/inbox';
const OUTLOOK_POPOUT = 'https://outlook.live.com/mail/0/deeplink/compose';
const OUTLOOK_READING = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNjU';
const fixture = (path) => join(fixturesRoot, path);
const GMAIL_BODY = 'div[aria-label="Message Body"][contenteditable="true"]';
const OUTLOOK_BODY = 'div[aria-label="Message body"][contenteditable="true"]';
/** Outlook's editor label since 2024. */
const OUTLOOK_BODY_2024 = 'div[aria-label="Message body, press Alt+F10 to exit"][contenteditable="true"]';

/** Opens `url` with the seeded state and returns the page. */
async function open(browser, url, state = freshState()) {
  await seedState(browser, state);
  const page = await browser.context.newPage();
  /** @type {string[]} */
  const logs = [];
  page.on('console', (m) => logs.push(m.text()));
  await page.goto(url);
  return { page, logs };
}

/** Types a recipient into a chips field and presses Enter, as a user does. */
async function addChip(page, label, text) {
  const input = page.locator(`input[aria-label="${label}"]`).first();
  await input.click();
  await input.pressSequentially(text);
  await input.press('Enter');
}

/** The input events the page's own listeners saw, per field. */
const inputsSeen = (page) => page.evaluate(() => window.__inputs.map((e) => e.field));

/** How many underlines the overlay draws. */
const underlineCount = (page) => page.evaluate(() => Number(document.querySelector('afterview-underlines')?.getAttribute('data-count') || 0));

test('Gmail 2021+ compose: chips are read, a bad draft is underlined and fixed, the draft inserted, the send recorded', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: fixture('gmail/inbox-2025.html') } });
  try {
    const { page, logs } = await open(browser, GMAIL_INBOX);
    await page.locator('#compose-button').click();
    await page.locator('afterview-panel').waitFor({ state: 'attached', timeout: 10000 });
    await addChip(page, 'To recipients', 'Jordan Lee <Jordan.Lee@acme.example>');
    const matched = await panelWhen(page, (p) => p.match !== '' && p.state === 'ready');
    assert.equal(matched.site, 'gmail');
    assert.equal(matched.surface, 'compose');
    assert.equal(matched.to, 'jordan.lee@acme.example');
    assert.equal(matched.match, 'acme-analyst:jordan:thank_you');

    const editor = page.locator(GMAIL_BODY);
    await editor.click();
    await page.keyboard.type('hey jordan, thx 4 the chat 🙂 it was [detail]');
    const ids = await readyFindings(page, (found) => found.includes('placeholder'));
    for (const id of ['casual', 'emoji', 'placeholder']) assert.ok(ids.includes(id), `${id} in ${ids}`);
    await until(() => underlineCount(page), (n) => n >= 3, 'underlines under the findings');
    assert.equal(await editor.innerText(), 'hey jordan, thx 4 the chat 🙂 it was [detail]', 'drawing underlines left the text alone');

    // "Apply fix" edits through the editor's input path.
    const before = (await inputsSeen(page)).length;
    await clickPanelButton(page, 'Apply fix: “Dear”');
    await until(() => editor.innerText(), (t) => t.startsWith('Dear jordan'), 'the fix in the text');
    assert.ok((await inputsSeen(page)).length > before, 'the page saw the fix as input');

    // Fixing everything clears the findings (and their underlines).
    await editor.fill('');
    await page.keyboard.type('Dear Jordan,\n\nThank you for the conversation today about the plan to rebuild the weekly revenue dashboard. I enjoyed hearing how the team works.\n\nBest regards,\nSam Rivera');
    const clean = await readyFindings(page, (found) => !found.includes('placeholder'));
    assert.deepEqual(clean.filter((id) => ['casual', 'emoji', 'placeholder'].includes(id)), []);

    // Insert draft: asks once before replacing typed text, then fills subject and body.
    await page.evaluate(() => (window.__inputs = []));
    await clickPanelButton(page, 'Insert draft');
    await clickPanelButton(page, 'Insert draft (replaces');
    await until(() => editor.innerText(), (t) => t.includes('revenue dashboard') && t.startsWith('Dear Jordan'), 'the inserted draft');
    assert.equal(await page.locator('input[name="subjectbox"]').inputValue(), 'Thank you – Sam Rivera');
    const seen = await inputsSeen(page);
    assert.ok(seen.includes('Message Body') && seen.includes('Subject'), `input events: ${seen}`);

    await page.locator('[role="button"][data-tooltip^="Send"]').click();
    const sent = await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'sent');
    assert.deepEqual(sent.to, ['jordan']);
    assert.equal(sent.purpose, 'thank_you');
    assert.equal(sent.channel, 'email');
    assert.equal(sent.subject, 'Thank you – Sam Rivera');
    await until(() => page.locator('afterview-panel').count(), (n) => n === 0, 'the panel leaving with the compose');
    await until(() => page.locator('afterview-underlines').count(), (n) => n === 0, 'the underlines leaving with the compose');
    assert.ok(!logs.some((l) => /not recognised/.test(l)));
  } finally {
    await browser.close();
  }
});

test('Gmail: a finding about the whole message (a late thank-you) is said in the panel, not drawn under every line', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: fixture('gmail/inbox-2025.html') } });
  try {
    // The interview ended 30 hours ago: the thank-you is late (a finding on the whole draft).
    const { page } = await open(browser, GMAIL_INBOX, freshState({ hoursAgo: 30 }));
    await page.locator('#compose-button').click();
    await page.locator('afterview-panel').waitFor({ state: 'attached', timeout: 10000 });
    await addChip(page, 'To recipients', 'Jordan Lee <jordan.lee@acme.example>');
    await panelWhen(page, (p) => p.match !== '' && p.state === 'ready');
    const editor = page.locator(GMAIL_BODY);
    await editor.click();
    await page.keyboard.type('Dear Jordan,\n\nThank you for the conversation yesterday about the plan to rebuild the weekly revenue dashboard, thx.\n\nI look forward to hearing about the next steps.\n\nBest regards,\nSam Rivera');
    // A finding on the whole message, the thank-you is late; and one on a word, "thx".
    const ids = await readyFindings(page, (found) => found.includes('casual') && found.includes('late'));
    assert.ok(!ids.includes('too-soon'), `a thank-you is not read as a check-in: ${ids}`);
    // Underlines under "thx" only (one per finding on it); none under the five lines the
    // whole-message finding spans.
    await until(() => underlineCount(page), (n) => n >= 1, 'the word\'s underline');
    assert.ok((await underlineCount(page)) <= 2, `${await underlineCount(page)} underlines`);
  } finally {
    await browser.close();
  }
});

test('Gmail inline reply: the sender chip is matched as a reply, the quoted message is not part of the draft', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: fixture('gmail/inbox-2025.html') } });
  try {
    const { page } = await open(browser, GMAIL_INBOX);
    await page.locator('#reply-button').click();
    const panel = await panelWhen(page, (p) => p.match !== '' && p.state === 'ready');
    assert.equal(panel.surface, 'reply');
    assert.equal(panel.match, 'acme-analyst:jordan:thank_you');
    const editor = page.locator(GMAIL_BODY);
    await editor.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Dear Jordan, thank you for your time today. Best regards, Sam');
    await readyFindings(page, () => true);
    await page.keyboard.press('Control+Enter');
    const sent = await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'sent');
    assert.match(sent.body, /thank you for your time today/);
    assert.doesNotMatch(sent.body, /Let us know if you have any questions/, 'the quoted history stays out');
    await until(() => page.locator('afterview-panel').count(), (n) => n === 0, 'the panel leaving with the reply');
  } finally {
    await browser.close();
  }
});

test('Gmail pop-out: a compose open at load is found by the start-up scan and Ctrl+Enter is recorded', async () => {
  const browser = await launch({ fixtures: { [GMAIL_POPOUT]: fixture('gmail/popout-2025.html') } });
  try {
    const { page } = await open(browser, GMAIL_POPOUT);
    const panel = await panelWhen(page, (p) => p.match !== '' && p.state === 'ready');
    assert.equal(panel.to, 'morgan.diaz@acme.example');
    assert.match(panel.match, /^acme-analyst:morgan:/);
    await page.locator(GMAIL_BODY).click();
    await page.keyboard.type('Dear Morgan, I hope your week is going well. Best regards, Sam');
    await readyFindings(page, () => true);
    await page.keyboard.press('Control+Enter');
    const sent = await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'sent');
    assert.deepEqual(sent.to, ['morgan']);
    assert.equal(sent.subject, 'Data Analyst role: checking in');
  } finally {
    await browser.close();
  }
});

test('Gmail: closing a compose removes its panel and records nothing', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: fixture('gmail/inbox-2025.html') } });
  try {
    const { page } = await open(browser, GMAIL_INBOX);
    await page.locator('#compose-button').click();
    await page.locator('#compose-button').click();
    await until(() => page.locator('afterview-panel').count(), (n) => n === 2, 'one panel per compose');
    await page.locator('[aria-label="Save & close"]').first().click();
    await until(() => page.locator('afterview-panel').count(), (n) => n === 1, 'the closed compose losing its panel');
    await page.locator('[aria-label="Save & close"]').first().click();
    await until(() => page.locator('afterview-panel').count(), (n) => n === 0, 'no orphaned panel');
    const state = await readState(browser);
    assert.deepEqual(state.processes[0].events, []);
  } finally {
    await browser.close();
  }
});

test('Gmail: an unknown recipient gets a small chip, and "Track this person" adds them to a process', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: fixture('gmail/inbox-2025.html') } });
  try {
    const { page } = await open(browser, GMAIL_INBOX);
    await page.locator('#compose-button').click();
    await addChip(page, 'To recipients', 'Riley Chen <riley.chen@acme.example>');
    const unmatched = await panelWhen(page, (p) => p.to === 'riley.chen@acme.example' && p.state === 'ready');
    assert.equal(unmatched.match, '');
    await clickPanelButton(page, 'Track this person');
    await page.keyboard.type('Riley Chen'); // the name field has focus; the email is prefilled
    await clickPanelButton(page, 'Save contact');
    const tracked = await panelWhen(page, (p) => p.match !== '');
    assert.match(tracked.match, /^acme-analyst:riley:/);
    const state = await readState(browser);
    const riley = state.processes[0].contacts.find((c) => c.id === 'riley');
    assert.equal(riley.name, 'Riley Chen');
    assert.equal(riley.email, 'riley.chen@acme.example');
  } finally {
    await browser.close();
  }
});

test('Gmail markup the adapter does not know: nothing attached, nothing changed, one line logged', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: fixture('gmail/unknown-layout.html') } });
  try {
    const { page, logs } = await open(browser, GMAIL_INBOX);
    const before = await page.evaluate(() => document.body.innerHTML);
    await page.locator('[contenteditable="true"]').click();
    await page.keyboard.type('hey, thx!!');
    await page.waitForTimeout(800);
    assert.equal(await page.locator('afterview-panel').count(), 0);
    const after = await page.evaluate(() => document.body.innerHTML);
    assert.equal(after.replace('hey, thx!!', ''), before, 'the page is as it was, but for what the user typed');
    assert.equal(logs.filter((l) => /Afterview/.test(l)).length, 1, `logs: ${logs}`);
    assert.match(logs.find((l) => /Afterview/.test(l)), /not recognised/);
  } finally {
    await browser.close();
  }
});

test('Outlook reading-pane compose: a display-name chip is resolved, findings shown, draft inserted, send recorded', async () => {
  const browser = await launch({ fixtures: { [OUTLOOK_MAIL]: fixture('outlook/mail-2025.html') } });
  try {
    const { page, logs } = await open(browser, OUTLOOK_MAIL);
    await page.locator('#new-mail-button').click();
    await addChip(page, 'To recipients', 'Jordan Lee');
    const matched = await panelWhen(page, (p) => p.match !== '' && p.state === 'ready');
    assert.equal(matched.site, 'outlook');
    assert.equal(matched.surface, 'compose');
    assert.equal(matched.to, 'Jordan Lee');
    assert.equal(matched.match, 'acme-analyst:jordan:thank_you');

    const editor = page.locator(OUTLOOK_BODY);
    await editor.click();
    await page.keyboard.type('hey jordan thx!!! [detail]');
    const ids = await readyFindings(page, (found) => found.includes('placeholder'));
    for (const id of ['casual', 'placeholder']) assert.ok(ids.includes(id), `${id} in ${ids}`);

    await page.evaluate(() => (window.__inputs = []));
    await clickPanelButton(page, 'Insert draft');
    await clickPanelButton(page, 'Insert draft (replaces');
    await until(() => editor.innerText(), (t) => t.startsWith('Dear Jordan'), 'the inserted draft');
    assert.equal(await page.locator('input[aria-label="Add a subject"]').inputValue(), 'Thank you – Sam Rivera');
    const seen = await inputsSeen(page);
    assert.ok(seen.includes('Message body') && seen.includes('Add a subject'), `input events: ${seen}`);
    const clean = await readyFindings(page, (found) => !found.includes('placeholder'));
    assert.deepEqual(clean.filter((id) => ['casual', 'placeholder', 'greeting'].includes(id)), []);

    await page.locator('button[aria-label="Send"]').click();
    const sent = await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'sent');
    assert.deepEqual(sent.to, ['jordan']);
    assert.equal(sent.purpose, 'thank_you');
    await until(() => page.locator('afterview-panel').count(), (n) => n === 0, 'the panel leaving with the form');
    assert.ok(!logs.some((l) => /not recognised/.test(l)));
  } finally {
    await browser.close();
  }
});

test('Outlook pop-out reply: the reply is matched by display name and the quoted history stays out', async () => {
  const browser = await launch({ fixtures: { [OUTLOOK_POPOUT]: fixture('outlook/popout-2025.html') } });
  try {
    const { page } = await open(browser, OUTLOOK_POPOUT);
    const panel = await panelWhen(page, (p) => p.match !== '' && p.state === 'ready');
    assert.equal(panel.surface, 'reply');
    assert.equal(panel.to, 'Jordan Lee');
    await page.locator(OUTLOOK_BODY).click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Dear Jordan, thank you for the chat today. Best regards, Sam');
    await readyFindings(page, () => true);
    await page.keyboard.press('Control+Enter');
    const sent = await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'sent');
    assert.equal(sent.subject, 'RE: Data Analyst interview');
    assert.doesNotMatch(sent.body, /Let us know/);
  } finally {
    await browser.close();
  }
});

test('Outlook reading-pane reply, under [role=main] with no form, dialog or Form_Content: found by structure and matched', async () => {
  const browser = await launch({ fixtures: { [OUTLOOK_READING]: fixture('outlook/reading-pane-2025.html') } });
  try {
    const { page, logs } = await open(browser, OUTLOOK_READING);
    await page.locator('#reply-button').click();
    const panel = await panelWhen(page, (p) => p.match !== '' && p.state === 'ready');
    assert.equal(panel.site, 'outlook');
    assert.equal(panel.surface, 'reply');
    assert.equal(panel.to, 'jordan.lee@acme.example');
    assert.equal(panel.match, 'acme-analyst:jordan:thank_you');
    assert.equal(await page.locator('afterview-panel').count(), 1, 'the message in the reading view gets no panel');

    const editor = page.locator(OUTLOOK_BODY_2024);
    await editor.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Dear Jordan, thank you for the chat today. Best regards, Sam');
    await readyFindings(page, () => true);
    await page.locator('button[aria-label="Send"]').click();
    const sent = await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'sent');
    assert.deepEqual(sent.to, ['jordan']);
    assert.match(sent.body, /thank you for the chat today/);
    assert.doesNotMatch(sent.body, /Let us know/, 'the quoted history stays out');
    await until(() => page.locator('afterview-panel').count(), (n) => n === 0, 'the panel leaving with the reply');
    assert.ok(!logs.some((l) => /not recognised/.test(l)));
  } finally {
    await browser.close();
  }
});

test('Gmail inline reply: "Insert draft" fills the space above the quote, keeps the quoted history, and asks only over typed text', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: fixture('gmail/inbox-2025.html') } });
  try {
    const { page } = await open(browser, GMAIL_INBOX);
    await page.locator('#reply-button').click();
    await panelWhen(page, (p) => p.match !== '' && p.state === 'ready');
    const editor = page.locator(GMAIL_BODY);
    // Nothing typed yet: no question, the draft goes in above the quote.
    await clickPanelButton(page, 'Insert draft');
    let text = await until(() => editor.innerText(), (t) => t.startsWith('Dear Jordan'), 'the draft above the quote');
    await readyFindings(page, (found) => !found.includes('no-thanks')); // read as the user's text, not as quote
    assert.match(text, /Let us know if you have any questions/, 'the quoted history is still there');
    assert.equal(await page.locator(`${GMAIL_BODY} blockquote`).count(), 1);

    // Typed text above the quote: asked first, then only that text is replaced.
    await editor.click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('hey jordan ');
    await readyFindings(page, (found) => found.includes('casual'));
    await clickPanelButton(page, 'Insert draft');
    await clickPanelButton(page, 'Insert draft (replaces');
    text = await until(() => editor.innerText(), (t) => t.startsWith('Dear Jordan') && !t.includes('hey jordan'), 'the draft over the typed text');
    assert.equal(text.split('Dear Jordan').length - 1, 1, `one draft: ${text}`);
    assert.match(text, /Let us know if you have any questions/, 'the quoted history is still there');
    assert.equal(await page.locator(`${GMAIL_BODY} blockquote`).count(), 1);
  } finally {
    await browser.close();
  }
});

test('Outlook pop-out reply: "Insert draft" keeps the history after #appendonsend and does not ask over an empty reply', async () => {
  const browser = await launch({ fixtures: { [OUTLOOK_POPOUT]: fixture('outlook/popout-2025.html') } });
  try {
    const { page } = await open(browser, OUTLOOK_POPOUT);
    await panelWhen(page, (p) => p.match !== '' && p.state === 'ready');
    const editor = page.locator(OUTLOOK_BODY);
    await clickPanelButton(page, 'Insert draft');
    const text = await until(() => editor.innerText(), (t) => t.startsWith('Dear Jordan'), 'the draft above the history');
    await readyFindings(page, (found) => !found.includes('no-thanks')); // read as the user's text, not as history
    assert.match(text, /Let us know if you have any questions/, 'the quoted history is still there');
    assert.equal(await page.locator(`${OUTLOOK_BODY} #appendonsend`).count(), 1, 'the marker Outlook sends by stays');
    assert.equal(await page.locator(`${OUTLOOK_BODY} #divRplyFwdMsg`).count(), 1);
  } finally {
    await browser.close();
  }
});

test('Gmail: a send the site refuses (a malformed address) is not recorded', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: fixture('gmail/inbox-2025.html') } });
  try {
    const { page } = await open(browser, GMAIL_INBOX);
    await page.locator('#compose-button').click();
    await addChip(page, 'To recipients', 'Jordan Lee <jordan.lee@acme.example>');
    await addChip(page, 'Cc recipients', 'morgan at acme');
    await panelWhen(page, (p) => p.match !== '' && p.state === 'ready');
    await page.locator(GMAIL_BODY).click();
    await page.keyboard.type('Dear Jordan, thank you for your time today. Best regards, Sam');
    await readyFindings(page, () => true);
    await page.locator('[role="button"][data-tooltip^="Send"]').click();
    await page.locator('[role="alertdialog"]').waitFor();
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(1500);
    assert.equal(await page.locator('[role="dialog"]').count(), 1, 'the compose is still open');
    assert.deepEqual((await readState(browser)).processes[0].events, [], 'nothing went, nothing recorded');
  } finally {
    await browser.close();
  }
});

test('Gmail: "Add to dictionary" on a spelling finding: the word is accepted from then on, listed on the options page, and taken out there', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: fixture('gmail/inbox-2025.html') } });
  try {
    const page = await gmailComposeToJordan(browser, GMAIL_INBOX);
    await page.locator(GMAIL_BODY).click();
    await page.keyboard.type('Dear Jordan,\n\nOur kubeflowz jobs run nightly, and I would be glad to show you how.\n\nBest regards,\nSam Rivera');
    await readyFindings(page, (ids) => ids.includes('spelling'));
    await clickPanelButton(page, 'Add “kubeflowz” to the dictionary');
    await until(() => readState(browser), (s) => (s.profile.words || []).includes('kubeflowz'), 'the word kept in the state');
    await readyFindings(page, (ids) => !ids.includes('spelling'));

    const options = await openExtensionPage(browser, 'options.html');
    await options.getByRole('button', { name: 'Remove kubeflowz' }).click();
    await until(() => readState(browser), (s) => !(s.profile.words || []).includes('kubeflowz'), 'the word taken out');
    await options.getByText('No words yet.').waitFor({ timeout: 5000 });
  } finally {
    await browser.close();
  }
});
