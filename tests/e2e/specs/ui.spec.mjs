// The pages a job seeker lives in: read at the size they were written for, in the words of
// a person rather than a program, with one obvious next step and nothing lost when the
// popup closes. Each test is one promise the pages keep.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PLAYGROUND, freshState, iso, launch, openExtensionPage, playgroundSite, readState, seedState, until } from '../harness.mjs';

/** Rule ids as the plan and the checklist cite them (T1, W2, A1…), as whole words. */
const RULE_ID = /\b[TWALRD]\d\b/;

/** `freshState` with its interview moved to `days` from now (negative: in the past). */
function interviewIn(days) {
  const state = freshState();
  const start = new Date(Date.now() + days * 86400_000);
  state.processes[0].interviews[0].start = iso(start);
  state.processes[0].interviews[0].end = iso(new Date(start.getTime() + 3600_000));
  return state;
}

test('the popup is read at 14 px in Chromium: the page font is set on body, over the browser\'s own 75%', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const popup = await openExtensionPage(browser, 'popup.html');
    const card = popup.locator('li.action[data-kind="thank_you"]');
    await card.waitFor({ timeout: 10000 });
    assert.equal(await popup.evaluate(() => getComputedStyle(document.body).fontSize), '14px');
    assert.equal(await card.locator('.action-why').evaluate((e) => getComputedStyle(e).fontSize), '14px');
  } finally {
    await browser.close();
  }
});

test('a draft edited in the popup is still there when the popup opens again, until the user puts it back', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    let popup = await openExtensionPage(browser, 'popup.html');
    let card = popup.locator('li.action[data-kind="thank_you"]');
    await card.waitFor({ timeout: 10000 });
    await card.getByText('Read and edit the draft', { exact: true }).click();
    const body = card.getByLabel('Message', { exact: true });
    const composed = await body.inputValue();
    await body.fill('Dear Jordan,\n\nMy own words about the revenue dashboard.');
    const kept = () => browser.worker.evaluate(async () => (await chrome.storage.session.get('afterview_drafts')).afterview_drafts || {});
    await until(kept, (d) => Object.values(d).some((x) => /My own words/.test(x.body)), 'the edit kept');
    await popup.close();

    popup = await openExtensionPage(browser, 'popup.html');
    card = popup.locator('li.action[data-kind="thank_you"]');
    await card.waitFor({ timeout: 10000 });
    await until(() => card.getByLabel('Message', { exact: true }).inputValue(), (v) => /My own words/.test(v), 'the edit shown again');
    // The Gmail link carries the edit too.
    const gmail = new URL(await card.locator('a.primary').getAttribute('href'));
    assert.match(gmail.searchParams.get('body'), /My own words/);

    await card.getByRole('button', { name: 'Undo my edits' }).click();
    assert.equal(await card.getByLabel('Message', { exact: true }).inputValue(), composed);
    await until(kept, (d) => Object.keys(d).length === 0, 'the edit let go');
  } finally {
    await browser.close();
  }
});

test('the popup says "Today" for what is due within 24 hours, and shows no empty section', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.locator('li.action').first().waitFor({ timeout: 10000 });
    const today = popup.locator('section[data-section="today"]');
    assert.match(await today.locator('h2').innerText(), /^Today \(\d+\)$/i);
    assert.equal(await today.locator('li.action[data-kind="thank_you"]').count(), 1);
    const headings = await popup.locator('section h2').allInnerTexts();
    assert.ok(!headings.some((h) => /\(0\)/.test(h)), headings.join(' | '));
    assert.ok(!headings.some((h) => /due now/i.test(h)), headings.join(' | '));
  } finally {
    await browser.close();
  }
});

test('no rule id is shown on a card or a checklist item; "Why?" says the rule in words', async () => {
  const browser = await launch();
  try {
    // An interview in two days: the checklist before it, and the plan after it.
    await seedState(browser, interviewIn(2));
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.locator('.checklist li').first().waitFor({ timeout: 10000 });
    assert.doesNotMatch(await popup.locator('main').innerText(), RULE_ID);
    await seedState(browser, freshState());
    const card = popup.locator('li.action[data-kind="thank_you"]');
    await card.waitFor({ timeout: 10000 });
    await card.getByText('Why?', { exact: true }).click();
    assert.match(await card.locator('.rule-title').innerText(), /\w{4}/);
    assert.doesNotMatch(await popup.locator('main').innerText(), RULE_ID);

    const page = await openExtensionPage(browser, 'dashboard.html#application=acme-analyst');
    await page.locator('section.next li.action').first().waitFor({ timeout: 10000 });
    assert.doesNotMatch(await page.locator('main').innerText(), RULE_ID);
  } finally {
    await browser.close();
  }
});

test('the time zone is found by its city: "New York" on the welcome, "Bangalore" on the options page', async () => {
  const browser = await launch();
  try {
    const page = await openExtensionPage(browser, 'dashboard.html#welcome');
    await page.locator('#welcome-name').fill('Sam Rivera');
    await page.locator('#welcome-zone').fill('New York');
    await page.locator('#welcome-next-1').click();
    const state = await until(() => readState(browser), (s) => Boolean(s?.profile?.timezone), 'the saved zone');
    assert.equal(state.profile.timezone, 'America/New_York');

    const options = await openExtensionPage(browser, 'options.html');
    const zone = options.locator('#profile-timezone');
    await zone.waitFor({ timeout: 10000 });
    assert.equal(await zone.inputValue(), 'New York (America/New_York)');
    assert.ok((await options.locator('#profile-timezone-zones option[value="London (Europe/London)"]').count()) > 0);
    // A save draws the form again from what is stored: the next city is typed, as a person
    // would, once the saved zone shows in it.
    const shown = (name) => until(() => zone.inputValue(), (v) => v.endsWith(`(${name})`), `the form showing ${name}`);
    await zone.fill('Bangalore');
    await options.getByRole('button', { name: 'Save profile' }).click();
    await until(() => readState(browser), (s) => s.profile.timezone === 'Asia/Kolkata', 'Bangalore saved as Asia/Kolkata');
    // A city the browser lists under an older name (Asia/Calcutta), and one with an accent.
    let saved = 'Asia/Kolkata';
    for (const [typed, zoneName] of [['Kolkata', 'Asia/Kolkata'], ['São Paulo', 'America/Sao_Paulo'], ['Bombay', 'Asia/Kolkata']]) {
      await shown(saved);
      await zone.fill('Tokyo');
      await options.getByRole('button', { name: 'Save profile' }).click();
      await until(() => readState(browser), (s) => s.profile.timezone === 'Asia/Tokyo', 'Tokyo saved first');
      await shown('Asia/Tokyo');
      await zone.fill(typed);
      await options.getByRole('button', { name: 'Save profile' }).click();
      await until(() => readState(browser), (s) => s.profile.timezone === zoneName, `${typed} saved as ${zoneName}`);
      saved = zoneName;
    }
  } finally {
    await browser.close();
  }
});

test('a date not in this year shows its year, and a round more than a year off is warned about, not refused', async () => {
  const browser = await launch();
  try {
    // An interview twenty months ago: what is still owed on it fell due last year or before.
    await seedState(browser, interviewIn(-600));
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.locator('li.action').first().waitFor({ timeout: 10000 });
    const whens = await popup.locator('.action-when').allInnerTexts();
    const thisYear = String(new Date().getFullYear());
    assert.ok(whens.some((w) => /\b20\d\d\b/.test(w) && !w.includes(thisYear)), whens.join(' | '));

    await seedState(browser, freshState());
    const page = await openExtensionPage(browser, 'dashboard.html#application=acme-analyst');
    await page.locator('details.rounds summary').click();
    await page.locator('#round-new-start').fill('2020-03-02T10:00');
    await until(() => page.locator('#round-new-start-check').innerText(), (t) => /more than a year ago/.test(t), 'the warning');
    await page.locator('#round-new-save').click();
    await until(() => readState(browser), (s) => s.processes[0].interviews.length === 2, 'the round saved anyway');
  } finally {
    await browser.close();
  }
});

test('an import is refused in plain words, and counts follow the plural rules', async () => {
  const browser = await launch();
  try {
    const page = await openExtensionPage(browser, 'options.html');
    const file = page.locator('#import-file');
    await file.waitFor({ timeout: 10000 });
    const problem = page.locator('.problem[role="alert"]').last();
    await file.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
    let said = await until(() => problem.innerText(), (t) => t.length > 0, 'the refusal');
    assert.match(said, /not an Afterview export/);
    assert.doesNotMatch(said, /schema|missing/);
    await file.setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from('{"schema": 1, "proc') });
    said = await until(() => problem.innerText(), (t) => t.includes('cut.json'), 'the second refusal');
    assert.doesNotMatch(said, /line \d+|column/);
    assert.match(said, /damaged or cut short/);

    const one = freshState();
    one.processes[0].contacts = one.processes[0].contacts.slice(0, 1);
    await file.setInputFiles({ name: 'one.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(one)) });
    said = await until(() => page.locator('.import-preview').innerText(), (t) => t.includes('one.json'), 'the preview');
    assert.match(said, /1 application, 1 contact and 0 events/);
  } finally {
    await browser.close();
  }
});

test('each popup card has one primary button and the rest in a menu; an application\'s parts open on demand', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const popup = await openExtensionPage(browser, 'popup.html');
    const card = popup.locator('li.action[data-kind="thank_you"]');
    await card.waitFor({ timeout: 10000 });
    const visible = card.locator('.action-tools').locator('button:visible, a:visible');
    assert.equal(await visible.count(), 1);
    assert.equal(await visible.first().innerText(), 'Open in Gmail');
    await card.locator('details.more summary').click();
    for (const name of ['Open in Outlook', 'Copy draft', 'Mark done']) assert.ok(await card.getByText(name, { exact: true }).isVisible(), name);

    const page = await openExtensionPage(browser, 'dashboard.html#application=acme-analyst');
    await page.locator('section.people').waitFor({ timeout: 10000 });
    for (const part of ['rounds', 'notes', 'references', 'history']) {
      assert.equal(await page.locator(`details.${part}`).getAttribute('open'), null, `${part} closed`);
    }
    assert.equal(await page.locator('details.rounds summary').textContent(), 'Rounds (1)');
    assert.equal(await page.locator('details.notes summary').textContent(), 'Notes (3)');
    await page.setViewportSize({ width: 1280, height: 900 });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(height < 2600, `the page is ${height} px high`);
  } finally {
    await browser.close();
  }
});

test('at 390 px the list fits without clipping, and the options checkbox sits beside its label', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const page = await openExtensionPage(browser, 'dashboard.html');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('tbody tr').first().waitFor({ timeout: 10000 });
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390);
    for (const control of ['#delete-acme-analyst', 'tbody td.due']) {
      const box = await page.locator(control).first().boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `${control}: ${JSON.stringify(box)}`);
    }

    const options = await openExtensionPage(browser, 'options.html');
    await options.setViewportSize({ width: 390, height: 844 });
    const box = await options.locator('#profile-read-replies').boundingBox();
    const label = await options.locator('label[for="profile-read-replies"]').boundingBox();
    assert.ok(box && label && Math.abs(box.y + box.height / 2 - (label.y + label.height / 2)) < 12 && box.x < label.x, `${JSON.stringify(box)} ${JSON.stringify(label)}`);
  } finally {
    await browser.close();
  }
});

test('the playground opens on the product: the checker and the popup above the fold, the time travel never in Undo, the mail on the story\'s clock', async () => {
  const browser = await launch({ sites: playgroundSite });
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(PLAYGROUND);
    await page.waitForFunction(() => document.querySelector('iframe[data-view="mailbox.html"]')?.contentDocument?.querySelector('afterview-panel[data-surface="compose"]'), null, { timeout: 60000, polling: 100 });
    const top = (selector) => page.evaluate((s) => document.querySelector(s).getBoundingClientRect().top, selector);
    assert.ok((await top('iframe[data-view="mailbox.html"]')) < 500, 'the mock Gmail starts high');
    assert.ok((await top('iframe[data-view="popup.html"]')) < 500, 'the popup beside it');
    const composeTop = await page.evaluate(() => {
      const frame = document.querySelector('iframe[data-view="mailbox.html"]');
      const compose = frame.contentDocument.querySelector('.compose');
      return frame.getBoundingClientRect().top + compose.getBoundingClientRect().top;
    });
    assert.ok(composeTop < 700, `the compose at ${composeTop}`);

    const mailbox = page.frameLocator('iframe[data-view="mailbox.html"]');
    // Half an hour after the interview, no "thank you for your patience" yet.
    await mailbox.getByText('No new mail from Acme yet.').waitFor({ timeout: 10000 });

    await page.getByLabel('An offer elsewhere').check();
    const popup = page.frameLocator('iframe[data-view="popup.html"]');
    await until(() => popup.locator('li.action[data-kind="answer_offer"]').count().catch(() => 0), (n) => n > 0, 'the offer in the popup');
    assert.equal(await popup.locator('.undo').count(), 0, 'the time travel is not the visitor\'s change');
    const received = await until(() => mailbox.locator('#received').innerText({ timeout: 1000 }).catch(() => ''), (t) => t.length > 0, 'the reply');
    assert.match(received, /Dec 4, 11:40\sAM/);

    await page.getByText('Under the hood').click();
    const bar = await page.locator('#state-problem').boundingBox();
    assert.equal(bar, null, 'no empty error bar');
  } finally {
    await browser.close();
  }
});

test('next steps: the welcome shows how to pin the icon; a new application says to add its interview; the empty popup links to the first step', async () => {
  const browser = await launch();
  try {
    const popup = await openExtensionPage(browser, 'popup.html');
    const start = popup.getByRole('link', { name: 'Add your first application' });
    await start.waitFor({ timeout: 10000 });
    assert.match(await start.getAttribute('href'), /dashboard\.html#welcome$/);

    const page = await openExtensionPage(browser, 'dashboard.html#welcome');
    await page.locator('#welcome-name').fill('Sam Rivera');
    await page.locator('#welcome-next-1').click();
    await page.locator('#welcome-company').fill('Initech');
    await page.locator('#welcome-next-2').click();
    await page.locator('[data-step="3"]').waitFor({ timeout: 10000 });
    assert.match(await page.locator('[data-step="3"]').innerText(), /pin/i);
    await page.locator('#welcome-done').click();

    await page.getByText('Next step: add your interview').waitFor({ timeout: 10000 });
    await page.locator('#next-add-round').click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'round-new-start');
    assert.notEqual(await page.locator('details.rounds').getAttribute('open'), null);
  } finally {
    await browser.close();
  }
});

test('LinkedIn: a profile address without https:// is taken, and the connection note shows its profile and a counter', async () => {
  const browser = await launch();
  try {
    // Jordan was thanked an hour ago: connecting on LinkedIn is next.
    const state = freshState();
    state.processes[0].events = [{ id: 'thanks', at: iso(new Date(Date.now() - 3600_000)), kind: 'sent', channel: 'email', to: ['jordan'], purpose: 'thank_you' }];
    await seedState(browser, state);
    const page = await openExtensionPage(browser, 'dashboard.html#application=acme-analyst');
    await page.locator('#person-morgan-linkedin').fill('www.linkedin.com/in/morgan-diaz-77');
    await page.locator('#person-morgan-save').click();
    await until(() => readState(browser), (s) => s.processes[0].contacts.find((c) => c.id === 'morgan')?.linkedin === 'https://www.linkedin.com/in/morgan-diaz-77', 'the profile saved');

    const popup = await openExtensionPage(browser, 'popup.html');
    const card = popup.locator('li.action[data-kind="linkedin_connect"]').first();
    await card.waitFor({ timeout: 10000 });
    assert.equal(await card.locator('a.primary').innerText(), 'Open LinkedIn profile');
    assert.match(await card.locator('a.primary').getAttribute('href'), /^https:\/\/www\.linkedin\.com\/in\//);
    await card.getByText('Read and edit the draft', { exact: true }).click();
    assert.match(await card.locator('.count').innerText(), /^\d+ of 300 characters$/);
  } finally {
    await browser.close();
  }
});

test('a rejected application stays in the list while a reply to it is still due', async () => {
  const browser = await launch();
  try {
    const state = freshState({ hoursAgo: 72 });
    state.processes[0].events = [{ id: 'no', at: iso(new Date(Date.now() - 3600_000)), kind: 'reply', from: 'morgan', says: 'rejection' }];
    await seedState(browser, state);
    const page = await openExtensionPage(browser, 'dashboard.html');
    const row = page.locator('tr[data-process="acme-analyst"]');
    await row.waitFor({ timeout: 10000 });
    assert.equal(await row.getAttribute('data-stage'), 'archived');
    assert.notEqual(await row.locator('td.next').innerText(), '');
  } finally {
    await browser.close();
  }
});
