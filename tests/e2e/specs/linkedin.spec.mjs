// LinkedIn: the invitation note (in #interop-outlet's shadow root, and the legacy modal),
// messaging (the page and the overlay bubble), and "Save to Afterview" on a profile, on our
// own fixtures (tests/e2e/fixtures/linkedin/, origins noted at their tops).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  clickPanelButton, fixturesRoot, freshState, launch, panelShown, panelWhen, readState, readyFindings, seedState, storedEvent, until,
} from '../harness.mjs';

const PROFILE = 'https://www.linkedin.com/in/jordan-lee-0a1b2c/';
const PROFILE_LEGACY = 'https://www.linkedin.com/in/jordan-lee-0a1b2c?trk=public_profile';
const MESSAGING = 'https://www.linkedin.com/messaging/thread/2-abc/';
const fixture = (path) => join(fixturesRoot, path);

/** A profile link in URN form, as messaging and search often give them (it names no stored profile). */
const URN = 'ACoAABx3kLMBQ2n5dGvT8yZpW4qR0sUeFhJcKoA';
const scratch = mkdtempSync(join(tmpdir(), 'afterview-linkedin-'));

/** The fixture with its links to Jordan's profile in URN form, as a file to serve. */
function withUrnLinks(path) {
  const html = readFileSync(fixture(path), 'utf8').replaceAll('/in/jordan-lee-0a1b2c/', `/in/${URN}/`);
  const file = join(scratch, path.replace('/', '-'));
  writeFileSync(file, html);
  return file;
}

/** Opens `url` with the seeded state. */
async function open(browser, url, state = freshState()) {
  await seedState(browser, state);
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

/** The note box, wherever the dialog lives (Playwright's CSS reaches into open shadow roots). */
const noteBox = (page) => page.locator('textarea#custom-message');
const panelCount = (page) => page.locator('afterview-panel').count();

test('invitation note in #interop-outlet: the panel comes with "Add a note", counts against maxlength, inserts, records the send', async () => {
  const browser = await launch({ fixtures: { [PROFILE]: fixture('linkedin/profile-2025.html') } });
  try {
    const page = await open(browser, PROFILE);
    await page.locator('#connect').click();
    await page.getByRole('button', { name: 'Add a note' }).waitFor();
    await page.waitForTimeout(500);
    assert.equal(await panelCount(page), 0, 'no panel before "Add a note"');
    await page.getByRole('button', { name: 'Add a note' }).click();
    const panel = await panelWhen(page, (p) => p.match !== '' && p.state === 'ready');
    assert.equal(panel.site, 'linkedin');
    assert.equal(panel.surface, 'invite-note');
    assert.equal(panel.to, 'https://www.linkedin.com/in/jordan-lee-0a1b2c/');
    assert.equal(panel.match, 'acme-analyst:jordan:linkedin_connect');

    // 250 characters in a box whose maxlength is 200: the page truncates what is typed,
    // so paste it the way a script-filled box would be, through the value setter.
    await page.evaluate((text) => {
      const box = document.querySelector('#interop-outlet').shadowRoot.querySelector('#custom-message');
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(box, text);
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }, `Hi Jordan, ${'great talking about dashboards today. '.repeat(7)}`.slice(0, 250));
    const ids = await readyFindings(page, (found) => found.includes('length'));
    assert.ok(ids.includes('length'));

    await noteBox(page).fill('');
    await page.evaluate(() => (window.__inputs = []));
    await clickPanelButton(page, 'Insert draft');
    const note = await until(() => noteBox(page).inputValue(), (v) => v.startsWith('Hi Jordan'), 'the inserted note');
    assert.ok(note.length <= 200, `the drafted note fits 200: ${note.length}`);
    assert.ok((await page.evaluate(() => window.__inputs.map((e) => e.field))).includes('custom-message'), 'React saw an input event');
    const clean = await readyFindings(page, (found) => !found.includes('length'));
    assert.deepEqual(clean.filter((id) => id === 'length' || id === 'placeholder'), []);

    await page.getByRole('button', { name: 'Send invitation' }).click();
    const sent = await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'sent');
    assert.equal(sent.channel, 'linkedin_note');
    assert.equal(sent.purpose, 'linkedin_connect');
    assert.deepEqual(sent.to, ['jordan']);
    assert.equal(sent.body, note);
    await until(() => panelCount(page), (n) => n === 0, 'the panel leaving with the dialog');
  } finally {
    await browser.close();
  }
});

test('legacy .artdeco-modal: no maxlength, so the profile limit applies; the URL matches without its slash and with a query', async () => {
  const browser = await launch({ fixtures: { [PROFILE_LEGACY]: fixture('linkedin/profile-legacy.html') } });
  try {
    const state = freshState();
    state.profile.linkedin_note_limit = 200;
    const page = await open(browser, PROFILE_LEGACY, state);
    await page.locator('#connect').click();
    await page.getByRole('button', { name: 'Add a note' }).click();
    const panel = await panelWhen(page, (p) => p.match !== '' && p.state === 'ready');
    assert.equal(panel.match, 'acme-analyst:jordan:linkedin_connect');
    // The user clicks into the note, as anyone writing one does (Send counts only in a
    // compose the user used).
    await noteBox(page).click();
    await noteBox(page).fill(`Hi Jordan, ${'great talking about dashboards today. '.repeat(7)}`.slice(0, 250));
    assert.ok((await readyFindings(page, (found) => found.includes('length'))).includes('length'));
    await noteBox(page).fill('Hi Jordan, thank you for the interview today about the revenue dashboard. I would be glad to stay in touch. Sam');
    await readyFindings(page, (found) => !found.includes('length'));
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const sent = await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'sent');
    assert.equal(sent.channel, 'linkedin_note');
  } finally {
    await browser.close();
  }
});

test('messaging page: the thread is matched, a draft is suggested, Enter-to-send is recorded', async () => {
  const browser = await launch({ fixtures: { [MESSAGING]: fixture('linkedin/messaging-2025.html') } });
  try {
    const page = await open(browser, MESSAGING);
    const panel = await panelWhen(page, (p) => p.match !== '' && p.state === 'ready');
    assert.equal(panel.surface, 'message');
    assert.equal(panel.match, 'acme-analyst:jordan:linkedin_message');
    const editor = page.locator('.msg-form__contenteditable');
    await editor.click();
    await page.keyboard.type('hey jordan!!! thx 4 everything');
    const ids = await readyFindings(page, (found) => found.includes('casual'));
    assert.ok(ids.includes('casual'));
    await clickPanelButton(page, 'Insert draft');
    await clickPanelButton(page, 'Insert draft (replaces');
    await until(() => editor.innerText(), (t) => t.startsWith('Hi Jordan'), 'the inserted message');
    await editor.press('End');
    await page.keyboard.press('Enter');
    const sent = await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'sent');
    assert.equal(sent.channel, 'linkedin_message');
    assert.equal(sent.purpose, 'linkedin_message');
    assert.match(sent.body, /^Hi Jordan/);
    assert.equal((await page.evaluate(() => window.__messages)).length, 1);
  } finally {
    await browser.close();
  }
});

test('messaging overlay bubble on a profile: matched from the bubble\'s profile link, Send button recorded', async () => {
  const browser = await launch({ fixtures: { [PROFILE]: fixture('linkedin/profile-2025.html') } });
  try {
    const page = await open(browser, PROFILE);
    await page.locator('#message').click();
    const panel = await panelWhen(page, (p) => p.surface === 'message' && p.match !== '' && p.state === 'ready');
    assert.equal(panel.match, 'acme-analyst:jordan:linkedin_message');
    await page.locator('.msg-overlay-conversation-bubble .msg-form__contenteditable').click();
    await page.keyboard.type('Hi Jordan, I read the article on dashboard design you mentioned and enjoyed it. Best, Sam');
    await readyFindings(page, () => true);
    await page.locator('.msg-form__send-button').click();
    const sent = await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'sent');
    assert.equal(sent.channel, 'linkedin_message');
    assert.match(sent.body, /dashboard design/);
  } finally {
    await browser.close();
  }
});

test('URN-form profile links: the messaging page, the overlay and a note on a profile opened by its URN match the person by name', async () => {
  const urnProfile = `https://www.linkedin.com/in/${URN}/`;
  const browser = await launch({
    fixtures: { [MESSAGING]: withUrnLinks('linkedin/messaging-2025.html'), [urnProfile]: withUrnLinks('linkedin/profile-2025.html') },
  });
  try {
    const page = await open(browser, MESSAGING);
    const panel = await panelWhen(page, (p) => p.match !== '' && p.state === 'ready');
    assert.equal(panel.match, 'acme-analyst:jordan:linkedin_message');
    await page.close();

    const profile = await open(browser, urnProfile);
    await profile.locator('#message').click();
    const bubble = await panelWhen(profile, (p) => p.surface === 'message' && p.match !== '' && p.state === 'ready');
    assert.equal(bubble.match, 'acme-analyst:jordan:linkedin_message');
    await profile.close();

    const invite = await open(browser, urnProfile);
    await invite.locator('#connect').click();
    await invite.locator('[data-fixture="add-note"]').click();
    const note = await panelWhen(invite, (p) => p.surface === 'invite-note' && p.match !== '' && p.state === 'ready');
    assert.equal(note.match, 'acme-analyst:jordan:linkedin_connect');
  } finally {
    await browser.close();
  }
});

test('"Save to Afterview" on a profile captures name, headline, company and URL into a new process', async () => {
  const browser = await launch({ fixtures: { [PROFILE]: fixture('linkedin/profile-2025.html') } });
  try {
    const state = freshState();
    state.processes[0].contacts = state.processes[0].contacts.filter((c) => c.id !== 'jordan');
    state.processes[0].interviews[0].contacts = [];
    state.processes[0].notes = state.processes[0].notes.filter((n) => n.contact !== 'jordan');
    state.processes[0].company = 'Initech';
    const page = await open(browser, PROFILE, state);
    await page.locator('afterview-save').waitFor({ state: 'attached', timeout: 10000 });
    await clickPanelButton(page, 'Save to Afterview');
    // The form is prefilled from the page; the company is not a tracked process yet.
    await clickPanelButton(page, 'Save contact');
    const saved = await until(() => readState(browser), (s) => s.processes.length === 2, 'a new process');
    const process = saved.processes[1];
    assert.equal(process.company, 'Acme Corp');
    assert.equal(process.contacts.length, 1);
    const jordan = process.contacts[0];
    assert.equal(jordan.name, 'Jordan Lee');
    assert.equal(jordan.title, 'Analytics Manager at Acme Corp · Dashboards, SQL, mentoring');
    assert.equal(jordan.linkedin, 'https://www.linkedin.com/in/jordan-lee-0a1b2c/');
    assert.equal(jordan.email, undefined, 'nothing else is read from the page (the About section has an address)');
  } finally {
    await browser.close();
  }
});

test('invitation note: the draft fits the page\'s maxlength (200) when it is below the profile\'s limit (300)', async () => {
  const browser = await launch({ fixtures: { [PROFILE]: fixture('linkedin/profile-2025.html') } });
  try {
    const state = freshState();
    assert.equal(state.profile.linkedin_note_limit, 300);
    // A long detail: the note that mentions it is over 200 characters but under 300.
    state.processes[0].notes[0].text = 'the plan to rebuild the weekly revenue dashboard for the regional sales teams and the finance group';
    const page = await open(browser, PROFILE, state);
    await page.locator('#connect').click();
    await page.getByRole('button', { name: 'Add a note' }).click();
    await panelWhen(page, (p) => p.match === 'acme-analyst:jordan:linkedin_connect' && p.state === 'ready');
    await clickPanelButton(page, 'Insert draft');
    const note = await until(() => noteBox(page).inputValue(), (v) => v.startsWith('Hi Jordan'), 'the inserted note');
    assert.ok(note.length <= 200, `the note fits the box: ${note.length} characters: ${note}`);
    assert.match(note, /[.!]|Sam$/, 'a whole note, not one cut mid-word');
  } finally {
    await browser.close();
  }
});

test('invitation note: Ctrl+Enter sends nothing on LinkedIn and records nothing; the Send button does', async () => {
  const browser = await launch({ fixtures: { [PROFILE]: fixture('linkedin/profile-2025.html') } });
  try {
    const page = await open(browser, PROFILE);
    await page.locator('#connect').click();
    await page.getByRole('button', { name: 'Add a note' }).click();
    await panelWhen(page, (p) => p.match !== '' && p.state === 'ready');
    await noteBox(page).fill('Hi Jordan, thank you for the interview today. I would be glad to stay in touch. Sam');
    await readyFindings(page, () => true);
    await noteBox(page).press('Control+Enter');
    await noteBox(page).press('Meta+Enter');
    await page.waitForTimeout(1500);
    assert.equal(await noteBox(page).count(), 1, 'the dialog is still open');
    assert.deepEqual((await readState(browser)).processes[0].events, [], 'nothing went, nothing recorded');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'sent');
    await page.waitForTimeout(500);
    assert.equal((await readState(browser)).processes[0].events.filter((e) => e.kind === 'sent').length, 1);
  } finally {
    await browser.close();
  }
});

test('messaging: the body is read with the underlines\' text map, so a fix in the second paragraph lands on its word', async () => {
  const browser = await launch({ fixtures: { [MESSAGING]: fixture('linkedin/messaging-2025.html') } });
  try {
    const page = await open(browser, MESSAGING);
    await panelWhen(page, (p) => p.match !== '' && p.state === 'ready');
    // Two paragraphs, as LinkedIn's editor makes them (one <p> each).
    await page.evaluate(() => {
      const editor = document.querySelector('.msg-form__contenteditable');
      const first = document.createElement('p');
      first.textContent = 'Dear Jordan,';
      const second = document.createElement('p');
      second.textContent = 'thx for the chat about dashboards.';
      editor.replaceChildren(first, second);
      editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    });
    await readyFindings(page, (found) => found.includes('casual'));
    await clickPanelButton(page, 'Apply fix: “thank you”');
    const second = page.locator('.msg-form__contenteditable p').nth(1);
    await until(() => second.textContent(), (t) => t !== 'thx for the chat about dashboards.', 'the fix');
    assert.equal(await second.textContent(), 'thank you for the chat about dashboards.');
    assert.equal(await page.locator('.msg-form__contenteditable p').first().textContent(), 'Dear Jordan,');
  } finally {
    await browser.close();
  }
});

test('messaging overlay: the panel folds into the fixed-height window and never pushes out or covers Send', async () => {
  const browser = await launch({ fixtures: { [PROFILE]: fixture('linkedin/profile-2025.html') } });
  try {
    const page = await open(browser, PROFILE);
    await page.locator('#message').click();
    await panelWhen(page, (p) => p.surface === 'message' && p.match !== '' && p.state === 'ready');
    // Focused, not clicked: the pointer stays off the underlines (hovering one opens its card).
    await page.locator('.msg-overlay-conversation-bubble .msg-form__contenteditable').focus();
    await page.keyboard.type('hey jordan!!! thx 4 everything, gonna send the deck');
    await readyFindings(page, (found) => found.length >= 2);
    let shown = await panelShown(page);
    if (shown.findings === 0) {
      // A folded panel: open it, as the user would.
      await clickPanelButton(page, 'Afterview (');
      shown = await until(() => panelShown(page), (s) => s.findings > 0, 'the panel open');
    }
    assert.ok(shown.findings >= 3, `3 findings shown: ${shown.findings}`);
    const viewport = page.viewportSize();
    const send = page.locator('.msg-overlay-conversation-bubble .msg-form__send-button');
    const box = await send.boundingBox();
    assert.ok(box, 'Send is rendered');
    assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height, `Send is in view: ${JSON.stringify(box)}`);
    const bubble = await page.locator('.msg-overlay-conversation-bubble').boundingBox();
    assert.ok(box.y + box.height <= bubble.y + bubble.height + 0.5, `Send is inside its window: ${JSON.stringify({ box, bubble })}`);
    const hit = await send.evaluate((button, point) => {
      const found = document.elementFromPoint(point.x, point.y);
      return Boolean(found && button.contains(found));
    }, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    assert.ok(hit, 'what is under the middle of Send is Send');
    // The panel's own buttons are within the window too.
    const fix = shown.buttons.find((b) => b.name.startsWith('Apply fix'));
    assert.ok(fix.y >= bubble.y && fix.y + fix.height <= bubble.y + bubble.height, `the open panel stays in the window: ${JSON.stringify({ fix, bubble })}`);
  } finally {
    await browser.close();
  }
});
