// The popup's per-action tools: the draft opened in Gmail's compose window (the card's one
// primary button), and in its menu Outlook's and Copy draft (links only: nothing is sent,
// no request is made by the extension).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshState, iso, launch, openExtensionPage, readState, repoRoot, seedState, until, yearOfSearching } from '../harness.mjs';

const messages = JSON.parse(readFileSync(join(repoRoot, 'extension', '_locales', 'en', 'messages.json'), 'utf8'));

/** What was copied: pasted back, as the user would, into a scratch box. */
async function pasted(popup) {
  await popup.evaluate(() => {
    const box = document.createElement('textarea');
    box.id = 'paste-here';
    document.body.append(box);
    box.focus();
  });
  await popup.keyboard.press('Control+V');
  return popup.locator('#paste-here').inputValue();
}

test('each email action offers Copy draft and compose links with recipient, subject and body', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const popup = await openExtensionPage(browser, 'popup.html');
    const card = popup.locator('li.action[data-kind="thank_you"]');
    await card.waitFor({ timeout: 10000 });
    const gmail = new URL(await card.getByRole('link', { name: 'Open in Gmail' }).getAttribute('href'));
    assert.equal(gmail.origin + gmail.pathname, 'https://mail.google.com/mail/');
    assert.equal(gmail.searchParams.get('view'), 'cm');
    assert.equal(gmail.searchParams.get('to'), 'jordan.lee@acme.example');
    assert.equal(gmail.searchParams.get('su'), 'Thank you – Sam Rivera');
    assert.match(gmail.searchParams.get('body'), /^Dear Jordan,\n\n.*revenue dashboard/s);
    // Gmail is the one primary button; the rest are in the card's menu.
    await card.locator('details.more summary').click();
    const outlook = new URL(await card.getByRole('link', { name: 'Open in Outlook' }).getAttribute('href'));
    assert.equal(outlook.origin + outlook.pathname, 'https://outlook.office.com/mail/deeplink/compose');
    assert.equal(outlook.searchParams.get('subject'), 'Thank you – Sam Rivera');
    assert.equal(await card.getByRole('link', { name: 'Open in Gmail' }).getAttribute('rel'), 'noopener noreferrer');

    await card.getByRole('button', { name: 'Copy draft' }).click();
    await until(() => card.locator('button', { hasText: /^(Copy draft|Copied|Copy failed)$/ }).innerText(), (t) => t === 'Copied', 'the copy');
    assert.match(await pasted(popup), /^Subject: Thank you – Sam Rivera\n\nDear Jordan,/);
  } finally {
    await browser.close();
  }
});

test('"Record what happened": an offer with its response date becomes a reply event and the plan follows', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.locator('li.action').first().waitFor({ timeout: 10000 });
    await popup.getByText('Record what happened', { exact: true }).first().click();
    await popup.getByLabel('What happened', { exact: true }).selectOption('reply:offer');
    const respondBy = new Date(Date.now() + 5 * 86400000).toISOString().slice(0, 10);
    await popup.getByLabel('They need an answer by').fill(respondBy);
    await popup.getByRole('button', { name: 'Record', exact: true }).click();
    const state = await until(() => readState(browser), (s) => s.processes[0].events.length === 1, 'the recorded event');
    const event = state.processes[0].events[0];
    assert.equal(event.kind, 'reply');
    assert.equal(event.says, 'offer');
    assert.equal(event.respond_by, respondBy);
    // The popup re-renders from the new plan: no check-in is proposed after an offer.
    await until(() => popup.locator('li.action[data-kind="check_in"]').count(), (n) => n === 0, 'the check-in leaving the plan');
  } finally {
    await browser.close();
  }
});

test('before an interview the checklist is checkboxes: what the state answers is ticked, and a tick the user makes stays through reopening', async () => {
  const browser = await launch();
  try {
    const state = freshState({ hoursAgo: -48 }); // the interview ends in two days
    delete state.processes[0].contacts[0].email; // the timeline is known, an email is not
    state.processes[0].interviews[0].future_field = { kept: true };
    await seedState(browser, state);
    let popup = await openExtensionPage(browser, 'popup.html');
    const section = () => popup.getByRole('region', { name: /Before your interview at Acme Corp/ });
    await section().waitFor({ timeout: 10000 });
    const boxes = () => section().getByRole('checkbox');
    assert.equal(await boxes().count(), 3);
    assert.deepEqual(await boxes().evaluateAll((inputs) => inputs.map((i) => `${i.closest('li').dataset.rule}:${i.checked}`)), ['A1:true', 'A1:false', 'A2:false']);
    assert.ok(await section().getByRole('checkbox', { name: /Ask when you can expect an answer/ }).isDisabled(), 'answered by the recorded timeline');

    const followUp = /Ask how they prefer you follow up/;
    await section().getByRole('checkbox', { name: followUp }).check();
    const ticked = await until(() => readState(browser), (s) => (s.processes[0].interviews[0].prep_done || []).length === 1, 'the stored tick');
    assert.deepEqual(ticked.processes[0].interviews[0].prep_done, ['ask_follow_up']);
    assert.deepEqual(ticked.processes[0].interviews[0].future_field, { kept: true }, 'unknown fields survive');
    await popup.close();

    popup = await openExtensionPage(browser, 'popup.html');
    await section().waitFor({ timeout: 10000 });
    assert.ok(await section().getByRole('checkbox', { name: followUp }).isChecked(), 'still ticked after reopening');
    await section().getByRole('checkbox', { name: /Note every interviewer/ }).check();
    await until(() => readState(browser), (s) => (s.processes[0].interviews[0].prep_done || []).length === 2, 'the second tick');
    await section().getByRole('checkbox', { name: followUp }).uncheck();
    const unticked = await until(() => readState(browser), (s) => (s.processes[0].interviews[0].prep_done || []).length === 1, 'the untick');
    assert.deepEqual(unticked.processes[0].interviews[0].prep_done, ['note_contacts']);
    await popup.close();

    popup = await openExtensionPage(browser, 'popup.html');
    await section().waitFor({ timeout: 10000 });
    assert.deepEqual(await boxes().evaluateAll((inputs) => inputs.map((i) => i.checked)), [true, false, true]);
  } finally {
    await browser.close();
  }
});

test('long company, role and names are cut with an ellipsis inside the 400 px popup, the full text in the tooltip', async () => {
  const browser = await launch();
  try {
    const state = freshState();
    const role = 'Senior Staff Machine Learning Infrastructure Engineer, Payments Risk and Compliance Platform';
    state.processes[0].company = 'Acme Corporation International Holdings and Subsidiaries';
    state.processes[0].role = role;
    state.processes[0].contacts[0].name = 'Jordan Alexandra Montgomery-Fitzwilliam Lee';
    await seedState(browser, state);
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.locator('li.action').first().waitFor({ timeout: 10000 });
    const measured = await popup.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      cards: [...document.querySelectorAll('li.action')].map((li) => li.getBoundingClientRect().width),
      right: Math.max(...[...document.querySelectorAll('body *')].map((e) => e.getBoundingClientRect().right)),
    }));
    assert.ok(measured.page <= 400, `the page is ${measured.page} px wide`);
    assert.ok(measured.cards.length > 0 && measured.cards.every((w) => w <= 400), `cards: ${measured.cards.join(', ')} px`);
    assert.ok(measured.right <= 400, `an element reaches ${measured.right} px`);
    const place = popup.locator('li.action[data-kind="thank_you"] .action-place');
    assert.equal(await place.getAttribute('title'), `Acme Corporation International Holdings and Subsidiaries · ${role}`);
    const cut = await place.evaluate((e) => ({ overflow: getComputedStyle(e).textOverflow, cut: e.scrollWidth > e.clientWidth }));
    assert.deepEqual(cut, { overflow: 'ellipsis', cut: true });
    const title = popup.locator('li.action[data-kind="thank_you"] .action-title');
    assert.match(await title.getAttribute('title'), /Jordan Alexandra Montgomery-Fitzwilliam Lee/);
  } finally {
    await browser.close();
  }
});

test('each card gives its reason, then a "Why?" disclosure with the rule in plain words (from the locale), not a bare code', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.locator('li.action').first().waitFor({ timeout: 10000 });
    const cards = popup.locator('li.action');
    const count = await cards.count();
    assert.ok(count >= 2, `${count} cards`);
    for (let i = 0; i < count; i++) {
      const card = cards.nth(i);
      const rule = await card.getAttribute('data-rule');
      const title = messages[`rule_${rule}_title`]?.message;
      const why = messages[`rule_${rule}_why`]?.message;
      assert.ok(title && why, `rule ${rule} has plain words in messages.json`);
      const details = card.locator('details.rule-why');
      assert.equal(await details.evaluate((d) => d.open), false, 'closed until asked');
      await card.getByText('Why?', { exact: true }).click();
      assert.equal(await details.evaluate((d) => d.open), true);
      const shown = await details.innerText();
      assert.ok(shown.includes(title) && shown.includes(why), shown);
    }
    const thanks = popup.locator('li.action[data-kind="thank_you"]');
    assert.match(await thanks.locator('.action-why').innerText(), /within 24 hours/);
    assert.equal(await thanks.getAttribute('data-rule'), 'T1');
  } finally {
    await browser.close();
  }
});

test('the draft can be read and edited in the popup; Copy draft and the Gmail and Outlook links carry the edited text', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const popup = await openExtensionPage(browser, 'popup.html');
    const card = popup.locator('li.action[data-kind="thank_you"]');
    await card.waitFor({ timeout: 10000 });
    await card.getByText('Read and edit the draft', { exact: true }).click();
    const subject = card.getByLabel('Subject', { exact: true });
    const body = card.getByLabel('Message', { exact: true });
    assert.equal(await subject.inputValue(), 'Thank you – Sam Rivera');
    assert.match(await body.inputValue(), /^Dear Jordan,\n\n.*revenue dashboard/s);

    const edited = 'Dear Jordan,\n\nThank you for the talk about the revenue dashboard & the team.\n\nBest regards,\nSam Rivera';
    await subject.fill('Thanks, Jordan');
    await body.fill(edited);
    const gmail = new URL(await card.getByRole('link', { name: 'Open in Gmail' }).getAttribute('href'));
    assert.equal(gmail.searchParams.get('body'), edited);
    assert.equal(gmail.searchParams.get('su'), 'Thanks, Jordan');
    assert.equal(gmail.searchParams.get('to'), 'jordan.lee@acme.example');
    await card.locator('details.more summary').click();
    const outlook = new URL(await card.getByRole('link', { name: 'Open in Outlook' }).getAttribute('href'));
    assert.equal(outlook.searchParams.get('body'), edited);
    assert.equal(outlook.searchParams.get('subject'), 'Thanks, Jordan');

    await card.getByRole('button', { name: 'Copy draft' }).click();
    await until(() => card.locator('button', { hasText: /^(Copy draft|Copied|Copy failed)$/ }).innerText(), (t) => t === 'Copied', 'the copy');
    assert.equal(await pasted(popup), `Subject: Thanks, Jordan\n\n${edited}`);
  } finally {
    await browser.close();
  }
});

test('a LinkedIn note longer than its limit is copied with a warning of how far over it is', async () => {
  const browser = await launch();
  try {
    // The thank-you went: the LinkedIn invitation is what is open now.
    const state = freshState();
    const ended = Date.parse(state.processes[0].interviews[0].end);
    state.processes[0].events = [{ id: 'ev-1', at: iso(new Date(ended + 30 * 60_000)), kind: 'sent', channel: 'email', to: ['jordan'], purpose: 'thank_you' }];
    await seedState(browser, state);
    const popup = await openExtensionPage(browser, 'popup.html');
    const card = popup.locator('li.action[data-kind="linkedin_connect"]');
    await card.waitFor({ timeout: 10000 });
    await card.getByText('Read and edit the draft', { exact: true }).click();
    const long = `Hi Jordan, ${'thank you for the conversation about the weekly revenue dashboard. '.repeat(6)}`.trim();
    await card.getByLabel('Message', { exact: true }).fill(long);
    await card.locator('details.more summary').click();
    await card.getByRole('button', { name: 'Copy draft' }).click();
    const over = long.length - 300; // the profile's limit (Premium)
    const said = await until(() => card.locator('details.more button').filter({ hasText: /^Cop/ }).first().innerText(), (t) => t !== 'Copy draft', 'the copy');
    assert.equal(said, `Copied — ${over} characters over LinkedIn's limit: shorten it before you send`);
    assert.equal(await pasted(popup), long);
  } finally {
    await browser.close();
  }
});

test('by keyboard: Escape closes a card\'s More menu with the focus back on More, and after Mark done the focus goes on to the next card', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const popup = await openExtensionPage(browser, 'popup.html');
    const card = popup.locator('li.action[data-kind="thank_you"]');
    await card.waitFor({ timeout: 10000 });
    const more = card.locator('details.more');
    await more.locator('summary').focus();
    await popup.keyboard.press('Enter');
    assert.equal(await more.getAttribute('open'), '', 'the menu opens');
    await popup.keyboard.press('Tab');
    await popup.keyboard.press('Escape');
    assert.equal(await more.getAttribute('open'), null, 'Escape closes it');
    assert.equal(await popup.evaluate(() => document.activeElement?.tagName), 'SUMMARY', 'the focus is back on More');

    await popup.keyboard.press('Enter');
    await card.getByRole('button', { name: 'Mark done' }).focus();
    await popup.keyboard.press('Enter');
    await until(() => readState(browser), (s) => s.processes[0].events.length === 1, 'marked done');
    const focused = await until(() => popup.evaluate(() => document.activeElement?.tagName), (t) => t !== undefined && t !== 'BODY', 'the focus kept in the list');
    // On a card's button while cards are left, not on a section's heading.
    assert.ok(['A', 'BUTTON'].includes(focused), focused);
  } finally {
    await browser.close();
  }
});

test('a double click on "Open in Gmail" opens one compose tab, not two', async () => {
  // Gmail's address is served (nothing there) so that the opened tab stays in the browser.
  const browser = await launch({ sites: { 'https://mail.google.com': join(repoRoot, 'www') } });
  try {
    await seedState(browser, freshState());
    const popup = await openExtensionPage(browser, 'popup.html');
    const card = popup.locator('li.action[data-kind="thank_you"]');
    await card.waitFor({ timeout: 10000 });
    /** @type {string[]} */
    const opened = [];
    browser.context.on('page', (page) => opened.push(page.url()));
    await card.getByRole('link', { name: 'Open in Gmail' }).dblclick();
    await popup.waitForTimeout(1500);
    assert.equal(opened.length, 1, `tabs opened: ${opened.join(', ')}`);
  } finally {
    await browser.close();
  }
});

test('Snooze moves the reminder to 09:00 tomorrow, never past a thank-you\'s 24 hours, and the popup shows it later', async () => {
  const browser = await launch();
  try {
    // Ended 2 hours ago: due in 22 hours, which may come before or after 09:00 tomorrow.
    const seeded = freshState();
    const due = new Date(Date.parse(seeded.processes[0].interviews[0].end) + 24 * 3600_000);
    await seedState(browser, seeded);
    const popup = await openExtensionPage(browser, 'popup.html');
    const card = popup.locator('li.action[data-kind="thank_you"]');
    await card.waitFor({ timeout: 10000 });
    assert.notEqual(await card.getAttribute('data-status'), 'upcoming');
    await card.locator('details.more summary').click();
    const button = card.getByRole('button', { name: /^Remind me at / });
    await button.click();
    const state = await until(() => readState(browser), (s) => (s.processes[0].snoozes || []).length === 1, 'the snooze');
    const snooze = state.processes[0].snoozes[0];
    assert.equal(snooze.kind, 'thank_you');
    assert.equal(snooze.contact, 'jordan');
    assert.ok(Date.parse(snooze.until) <= due.getTime(), `${snooze.until} is not after the thank-you's deadline ${due.toISOString()}`);
    if (Date.parse(snooze.until) !== due.getTime()) {
      assert.match(snooze.until, /T09:00:00-0[45]:00$/, 'tomorrow 09:00 in the user\'s zone (America/New_York)');
    }
    assert.ok(Date.parse(snooze.until) > Date.now(), 'a snooze is in the future');
    await until(() => popup.locator('li.action[data-kind="thank_you"]').getAttribute('data-status'), (s) => s === 'upcoming', 'the action waiting');
    // Put off, it is no longer for today.
    assert.equal(await popup.locator('section[data-section="today"] li.action[data-kind="thank_you"]').count(), 0);
    // The deadline itself did not move.
    assert.match(await popup.locator('li.action[data-kind="thank_you"] .action-when').innerText(), /due/i);
  } finally {
    await browser.close();
  }
});

test('the last change can be undone from the popup, and a reply can be recorded at an earlier time', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.locator('li.action').first().waitFor({ timeout: 10000 });
    await popup.getByText('Record what happened', { exact: true }).first().click();
    await popup.getByLabel('What happened', { exact: true }).selectOption('reply:later');
    const yesterday = new Date(Date.now() - 86400000);
    // The datetime-local field holds the user's own clock (America/New_York).
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .format(yesterday).replace(' ', 'T');
    await popup.getByLabel('When it happened').fill(local);
    await popup.getByRole('button', { name: 'Record', exact: true }).click();
    const recorded = await until(() => readState(browser), (s) => s.processes[0].events.length === 1, 'the recorded reply');
    const event = recorded.processes[0].events[0];
    assert.equal(event.says, 'later');
    assert.match(event.id, /^ev-\d+$/, 'every event gets a stable id');
    assert.ok(Math.abs(Date.parse(event.at) - yesterday.getTime()) < 120_000, `recorded at ${event.at}, a day ago`);

    const undo = popup.getByRole('button', { name: 'Undo', exact: true });
    await undo.waitFor({ timeout: 10000 });
    assert.match(await popup.locator('p.undo').innerText(), /Recorded what happened/);
    await undo.click();
    await until(() => readState(browser), (s) => s.processes[0].events.length === 0, 'the undone reply');
  } finally {
    await browser.close();
  }
});

test('a recorded event can be given an earlier time and deleted from the popup, and the delete undone', async () => {
  const browser = await launch();
  try {
    const seeded = freshState();
    seeded.processes[0].events = [{ id: 'ev-1', at: new Date().toISOString().replace(/\.\d+Z$/, '+00:00'), kind: 'reply', from: 'morgan', says: 'later' }];
    await seedState(browser, seeded);
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.getByText('What happened so far', { exact: true }).click();
    const row = popup.locator('li.event[data-event="ev-1"]');
    await row.waitFor({ timeout: 10000 });
    assert.match(await row.innerText(), /Reply from Morgan Diaz/);
    const twoDaysAgo = new Date(Date.now() - 2 * 86400000);
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .format(twoDaysAgo).replace(' ', 'T');
    await row.getByLabel(/^When: /).fill(local);
    await row.getByRole('button', { name: 'Save time' }).click();
    const moved = await until(() => readState(browser), (s) => Math.abs(Date.parse(s.processes[0].events[0].at) - twoDaysAgo.getTime()) < 120_000, 'the earlier time');
    assert.equal(moved.processes[0].events[0].id, 'ev-1', 'the same event, corrected');

    // Drawn again after the save, the list stays open where the focus was.
    const history = popup.locator('details').filter({ has: popup.locator('summary', { hasText: 'What happened so far' }) });
    await until(() => history.getAttribute('open'), (open) => open !== null, 'the list still open');
    await popup.getByRole('button', { name: /^Delete: Acme Corp · Reply from Morgan Diaz/ }).click();
    await until(() => readState(browser), (s) => s.processes[0].events.length === 0, 'the deleted event');
    await popup.getByRole('button', { name: 'Undo', exact: true }).click();
    const back = await until(() => readState(browser), (s) => s.processes[0].events.length === 1, 'the event back');
    assert.equal(back.processes[0].events[0].id, 'ev-1');
    // What an Undo did is offered back as Redo, never as a second Undo that would
    // quietly re-apply the change the user just took back.
    const redo = popup.getByRole('button', { name: 'Redo', exact: true });
    await redo.waitFor({ timeout: 5000 });
    assert.equal(await popup.getByRole('button', { name: 'Undo', exact: true }).count(), 0);
    await redo.click();
    await until(() => readState(browser), (s) => s.processes[0].events.length === 0, 'the deletion redone');
    // What the Redo did is offered back as Undo: the bar says what it did, and its button
    // takes back the redo, never the other way round.
    await popup.getByText('Redid the change').waitFor({ timeout: 5000 });
    assert.equal(await popup.getByRole('button', { name: 'Redo', exact: true }).count(), 0);
    await popup.getByRole('button', { name: 'Undo', exact: true }).click();
    await until(() => readState(browser), (s) => s.processes[0].events.length === 1, 'the redo taken back');
  } finally {
    await browser.close();
  }
});

test('drawn 200 times, the popup holds no more event listeners than after its first drawing', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.locator('li.action').first().waitFor({ timeout: 10000 });
    const counts = await popup.evaluate(async () => {
      // The same module instance popup.js started (one module map per page).
      const pages = await import('/pkg/pages.js');
      const first = pages.live_listeners();
      for (let i = 0; i < 200; i++) await pages.popup_start();
      return { first, last: pages.live_listeners() };
    });
    assert.ok(counts.first >= 5, `the popup listens on its buttons (${counts.first})`);
    assert.equal(counts.last, counts.first);
  } finally {
    await browser.close();
  }
});

test('the popup paints its last drawing before any wasm, and not after a write made since', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const marks = (page) => page.evaluate(() => Object.fromEntries(['afterview-painted', 'afterview-rendered'].map((m) => [m, performance.getEntriesByName(m)[0]?.startTime ?? null])));
    const first = await openExtensionPage(browser, 'popup.html');
    await first.locator('li.action').first().waitFor({ timeout: 10000 });
    await until(() => browser.worker.evaluate(async () => (await chrome.storage.session.get('afterview_popup_view')).afterview_popup_view), Boolean, 'the kept drawing');
    assert.equal((await marks(first))['afterview-painted'], null, 'nothing kept on the first opening');
    await first.close();

    const second = await openExtensionPage(browser, 'popup.html');
    await until(() => marks(second), (m) => m['afterview-rendered'] !== null, 'the Rust drawing');
    const seen = await marks(second);
    assert.ok(seen['afterview-painted'] !== null && seen['afterview-painted'] < seen['afterview-rendered'], JSON.stringify(seen));
    assert.equal(await second.locator('#app').evaluate((app) => app.inert), false, 'live once Rust drew it');
    const titles = await second.locator('li.action .action-title').allInnerTexts();
    await second.close();

    // A write since (the profile, from the options page): the kept drawing is not painted.
    const options = await openExtensionPage(browser, 'options.html');
    await options.getByLabel('Your name (signs every draft)').fill('Sam R.');
    await options.getByRole('button', { name: 'Save profile' }).click();
    await until(() => readState(browser), (s) => s.profile.name === 'Sam R.', 'the saved name');
    const third = await openExtensionPage(browser, 'popup.html');
    await until(() => marks(third), (m) => m['afterview-rendered'] !== null, 'the Rust drawing');
    assert.equal((await marks(third))['afterview-painted'], null);
    assert.deepEqual(await third.locator('li.action .action-title').allInnerTexts(), titles);
  } finally {
    await browser.close();
  }
});

test('a double click on Record records once, and an action that opens later offers no snooze', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.locator('li.action').first().waitFor({ timeout: 10000 });
    // The check-in opens days from now: putting it off to tomorrow would move nothing.
    const checkIn = popup.locator('li.action[data-kind="check_in"]');
    await checkIn.waitFor({ timeout: 10000 });
    assert.equal(await checkIn.getAttribute('data-status'), 'upcoming');
    assert.equal(await checkIn.getByRole('button', { name: /^Remind me at / }).count(), 0);

    await popup.getByText('Record what happened', { exact: true }).first().click();
    await popup.getByLabel('What happened', { exact: true }).selectOption('reply:rejection');
    await popup.getByRole('button', { name: 'Record', exact: true }).dblclick();
    await until(() => readState(browser), (s) => s.processes[0].events.length >= 1, 'the recorded reply');
    await popup.waitForTimeout(1000);
    assert.equal((await readState(browser)).processes[0].events.length, 1, 'one event for a double click');
  } finally {
    await browser.close();
  }
});

test('a year of searching: each section shows its first ten cards and "Show N more", which draws the rest with the focus on the first new card', async () => {
  const browser = await launch();
  try {
    await seedState(browser, yearOfSearching(200));
    const popup = await openExtensionPage(browser, 'popup.html');
    const sections = popup.locator('section.section');
    await until(() => sections.count(), (n) => n > 0, 'the sections');
    const drawn = await popup.evaluate(() => [...document.querySelectorAll('section.section')].map((s) => ({
      key: s.dataset.section,
      heading: s.querySelector('h2').textContent,
      cards: s.querySelectorAll('li.action').length,
      more: s.querySelector('button.more')?.textContent ?? null,
    })));
    const cut = drawn.find((s) => s.more);
    assert.ok(cut, JSON.stringify(drawn));
    const total = Number(/\((\d+)\)$/.exec(cut.heading)[1]);
    assert.equal(cut.cards, 10);
    assert.equal(cut.more, `Show ${total - 10} more`);
    for (const s of drawn) assert.ok(s.cards <= 10, `${s.key} cut at ten`);

    await popup.locator(`#more-${cut.key}`).click();
    const section = popup.locator(`section[data-section="${cut.key}"]`);
    await until(() => section.locator('li.action').count(), (n) => n === total, 'the whole section');
    assert.equal(await section.locator('button.more').count(), 0);
    const focused = await popup.evaluate((key) => {
      const card = document.querySelectorAll(`section[data-section="${key}"] li.action`)[10];
      return card.contains(document.activeElement);
    }, cut.key);
    assert.ok(focused, 'the focus on the eleventh card');
  } finally {
    await browser.close();
  }
});

test('a change in another tab redraws the popup with the focus where it was, in a card\'s draft', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const popup = await openExtensionPage(browser, 'popup.html');
    const card = popup.locator('li.action[data-kind="thank_you"]');
    await card.waitFor({ timeout: 10000 });
    await card.locator('details.draft summary').click();
    const body = card.locator('textarea');
    await body.focus();
    const id = await body.getAttribute('id');
    assert.ok(id, 'the draft field has an id');
    const drawings = await popup.evaluate(() => document.querySelectorAll('#app li.action').length);
    const other = await openExtensionPage(browser, 'options.html');
    await other.evaluate(() => chrome.runtime.sendMessage({ type: 'record', process: 'acme-analyst', event: { at: new Date(Date.now() - 60_000).toISOString().replace(/\.\d{3}Z$/, '+00:00'), kind: 'reply', from: 'morgan', says: 'later' } }));
    await until(() => readState(browser), (s) => s.processes[0].events.length === 1, 'the change elsewhere');
    // Drawn again (the recorded reply shows among the recent events), the focus kept.
    await until(() => popup.locator('.events li, li.event').count(), (n) => n > 0, 'the popup drawn again');
    const focused = await until(() => popup.evaluate(() => document.activeElement?.id ?? ''), (f) => f === id, 'the focus back on the draft');
    assert.equal(focused, id);
    assert.ok(drawings > 0);
    assert.equal(await popup.locator(`#${id}`).isVisible(), true, 'its disclosure open');
  } finally {
    await browser.close();
  }
});
