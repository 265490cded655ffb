// The applications page (dashboard.html) as a user meets it: walked by keyboard alone
// (focus, type, Enter, Space; no clicks), the welcome a new install opens, 200
// applications, and axe-core in light and dark with screenshots for the README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, freshState, iso, launch, manyApplications, openExtensionPage, readState, repoRoot, seedState, until, yearOfSearching } from '../harness.mjs';

const shots = join(repoRoot, 'target', 'screenshots');
mkdirSync(shots, { recursive: true });

/** A local `datetime-local` value `hours` from now, in the page's zone (the test's is UTC). */
function localInput(hours) {
  return new Date(Date.now() + hours * 3600_000).toISOString().slice(0, 16);
}

/** Presses Enter on the control with `id`, after giving it the focus. */
async function enterOn(page, id) {
  await page.locator(`#${id}`).focus();
  await page.keyboard.press('Enter');
}

/** Gives the focus to `id` and types `text` there, key by key. */
async function typeInto(page, id, text) {
  await page.locator(`#${id}`).focus();
  await page.keyboard.type(text);
}

const empty = { schema: 1, profile: { name: 'Sam Rivera', timezone: 'UTC' }, processes: [] };

test('by keyboard: an application with two interviewers and a recruiter, a second round, a reply recorded, backdated, edited, deleted and undone, then archived, deleted and undone', async () => {
  const browser = await launch();
  try {
    await seedState(browser, empty);
    const page = await openExtensionPage(browser, 'dashboard.html');
    await page.locator('#new-company').waitFor({ timeout: 10000 });
    await typeInto(page, 'new-company', 'Globex');
    await typeInto(page, 'new-role', 'Product Manager');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Globex — Product Manager' }).waitFor({ timeout: 10000 });
    assert.match(page.url(), /#application=globex-product-manager$/);

    // People: two interviewers and a recruiter.
    for (const [name, email, part] of [
      ['Dana Whitfield', 'dana@globex.example', ''],
      ['Ben Okafor', 'ben@globex.example', ''],
      ['Riley Chen', 'riley@globex.example', 'r'],
    ]) {
      await typeInto(page, 'person-new-name', name);
      if (part) {
        await page.locator('#person-new-role').focus();
        await page.keyboard.press(part);
      }
      await typeInto(page, 'person-new-email', email);
      await page.keyboard.press('Enter');
      await page.locator('li.person h3', { hasText: name }).waitFor({ timeout: 5000 });
      // The focus stays in the blank form, ready for the next person.
      assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'person-new-email');
    }
    let state = await readState(browser);
    assert.deepEqual(
      state.processes[0].contacts.map((c) => [c.id, c.name, c.email, c.role]),
      [
        ['dana', 'Dana Whitfield', 'dana@globex.example', 'interviewer'],
        ['ben', 'Ben Okafor', 'ben@globex.example', 'interviewer'],
        ['riley', 'Riley Chen', 'riley@globex.example', 'recruiter'],
      ],
    );

    // Rounds open on demand (Enter on their summary), and stay open as the page is drawn again.
    await page.locator('details.rounds summary').focus();
    await page.keyboard.press('Enter');
    // Round 1, three hours ago with Dana and Ben; its timeline sentence is read live.
    await page.locator('#round-new-start').fill(localInput(-3));
    for (const who of ['dana', 'ben']) {
      await page.locator(`#round-new-who-${who}`).focus();
      await page.keyboard.press('Space');
    }
    await typeInto(page, 'round-new-timeline', "We'll decide by the end of next week");
    await until(() => page.locator('#round-new-reading').innerText(), (t) => /^Reads as: a decision by /.test(t), 'the live reading');
    await enterOn(page, 'round-new-save');
    await page.locator('#round-1-heading').waitFor({ timeout: 5000 });
    // Round 2, in two days.
    await page.locator('#round-new-start').fill(localInput(48));
    await page.locator('#round-new-who-riley').focus();
    await page.keyboard.press('Space');
    await enterOn(page, 'round-new-save');
    await page.locator('#round-2-heading').waitFor({ timeout: 5000 });
    state = await readState(browser);
    assert.equal(state.processes[0].interviews.length, 2);
    assert.deepEqual(state.processes[0].interviews.map((i) => i.contacts), [['dana', 'ben'], ['riley']]);
    assert.equal(state.processes[0].interviews[0].timeline, "We'll decide by the end of next week");
    // The plan follows: a thank-you for each interviewer of round 1, and one to come
    // after round 2.
    const thanks = page.locator('section.next li.action[data-kind="thank_you"]');
    await until(() => thanks.count(), (n) => n === 3, 'three thank-yous planned');
    assert.equal(await thanks.and(page.locator('[data-status="upcoming"]')).count(), 1);

    // Record a reply ("a decision comes later") that came yesterday, in the timeline.
    await page.locator('details.history > summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('details.record summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('#record-what').focus();
    await page.keyboard.press('Home');
    await page.locator('#record-when').fill(localInput(-20));
    await page.locator('#record-when').focus();
    await page.keyboard.press('Enter');
    const reply = await until(() => readState(browser), (s) => s.processes[0].events.length === 1, 'the recorded reply');
    const event = reply.processes[0].events[0];
    assert.equal(event.kind, 'reply');
    assert.ok(Date.now() - Date.parse(event.at) > 19 * 3600_000, `backdated: ${event.at}`);

    // Edit its time, by keyboard: two hours earlier.
    const row = page.locator(`li.event[data-event="${event.id}"]`);
    await row.locator('input[type="datetime-local"]').fill(localInput(-22));
    await row.getByRole('button', { name: 'Save time' }).focus();
    await page.keyboard.press('Enter');
    const edited = await until(() => readState(browser), (s) => s.processes[0].events[0].at !== event.at, 'the new time');
    assert.ok(Date.now() - Date.parse(edited.processes[0].events[0].at) > 21 * 3600_000);

    // Delete it, then undo.
    await page.locator(`li.event[data-event="${event.id}"]`).getByRole('button', { name: /^Delete/ }).focus();
    await page.keyboard.press('Enter');
    await until(() => readState(browser), (s) => s.processes[0].events.length === 0, 'the deleted reply');
    // Undo takes back what its bar names: once drawn again, the deletion.
    await page.getByText('Last change: Deleted an event').waitFor({ timeout: 5000 });
    await enterOn(page, 'undo');
    await until(() => readState(browser), (s) => s.processes[0].events.length === 1, 'the reply back');
    await page.locator(`li.event[data-event="${event.id}"]`).waitFor({ timeout: 5000 });

    // Back to the list; archive: it leaves the active list, and shows under "All".
    await page.locator('a.back').focus();
    await page.keyboard.press('Enter');
    await page.locator('tr[data-process="globex-product-manager"]').waitFor({ timeout: 5000 });
    await enterOn(page, 'dash_archive-globex-product-manager');
    await until(() => page.locator('tr[data-process="globex-product-manager"]').count(), (n) => n === 0, 'the archived row leaving the active list');
    state = await readState(browser);
    assert.equal(state.processes[0].events.at(-1).kind, 'closed');
    await page.locator('#filter-stage').focus();
    await page.keyboard.press('ArrowDown');
    const archivedRow = page.locator('tr[data-process="globex-product-manager"]');
    await until(() => archivedRow.getAttribute('data-stage'), (s) => s === 'archived', 'the archived row under All');

    // Delete the application, then undo.
    await enterOn(page, 'delete-globex-product-manager');
    await until(() => readState(browser), (s) => s.processes.length === 0, 'the deleted application');
    await page.getByText('No applications yet').waitFor({ timeout: 5000 });
    await enterOn(page, 'undo');
    const back = await until(() => readState(browser), (s) => s.processes.length === 1, 'the application back');
    assert.equal(back.processes[0].contacts.length, 3);
    assert.equal(back.processes[0].interviews.length, 2);
  } finally {
    await browser.close();
  }
});

test('a second Add of the same application is refused with a reason, and a bad email is refused without losing the form', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const page = await openExtensionPage(browser, 'dashboard.html');
    await page.locator('#new-company').fill('Acme Corp');
    await page.locator('#new-role').fill('Data Analyst');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByText('Acme Corp — Data Analyst is already in your applications').waitFor({ timeout: 5000 });
    assert.equal((await readState(browser)).processes.length, 1);

    await page.goto(page.url().replace(/#.*$/, '') + '#application=acme-analyst');
    // A name typed in the email box: the browser's own check stops it.
    await page.locator('#person-jordan-email').fill('Jordan Lee');
    await page.locator('#person-jordan-save').click();
    assert.notEqual(await page.locator('#person-jordan-email').evaluate((e) => e.validationMessage), '');
    // A link to somewhere else than a LinkedIn profile: the core refuses it, and says why.
    await page.locator('#person-jordan-email').fill('jordan.lee@acme.example');
    await page.locator('#person-jordan-linkedin').fill('https://evil.example/in/jordan');
    await page.locator('#person-jordan-save').click();
    await page.getByText('"https://evil.example/in/jordan" is not a LinkedIn profile link').waitFor({ timeout: 5000 });
    const contact = (await readState(browser)).processes[0].contacts[0];
    assert.equal(contact.linkedin, 'https://www.linkedin.com/in/jordan-lee-0a1b2c', 'nothing changed');
    assert.equal(await page.locator('#person-jordan-linkedin').inputValue(), 'https://evil.example/in/jordan', 'what was typed stays');
    // The profile link opens LinkedIn in a new tab, never the extension.
    const profile = page.locator('li.person[data-contact="jordan"] a', { hasText: 'Open LinkedIn profile' });
    assert.equal(await profile.getAttribute('href'), 'https://www.linkedin.com/in/jordan-lee-0a1b2c');
    assert.equal(await profile.getAttribute('target'), '_blank');
  } finally {
    await browser.close();
  }
});

test('a note tied to a person shows the sentence a draft will make of it, as it is typed', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const page = await openExtensionPage(browser, 'dashboard.html#application=acme-analyst');
    await page.locator('details.notes summary').click();
    await page.locator('#note-new-text').waitFor({ timeout: 10000 });
    await page.locator('#note-new-about').selectOption('jordan');
    await page.locator('#note-new-kind').selectOption('need');
    await page.locator('#note-new-text').fill('someone to own the churn model end to end');
    await until(() => page.locator('#note-new-preview').innerText(), (t) => /someone to own the churn model end to end/.test(t) && t.startsWith('In a draft:'), 'the preview');
    await page.locator('#note-new-save').click();
    const state = await until(() => readState(browser), (s) => s.processes[0].notes.length === 4, 'the saved note');
    assert.deepEqual(state.processes[0].notes[3], { contact: 'jordan', kind: 'need', text: 'someone to own the churn model end to end' });
  } finally {
    await browser.close();
  }
});

test('installing opens the welcome: a name is required, the first application is added, and the privacy promise is said', async () => {
  const browser = await launch();
  try {
    const welcome = await until(
      async () => browser.context.pages().find((p) => p.url().endsWith('/dashboard.html#welcome')),
      (p) => Boolean(p),
      'the welcome tab opened on install',
    );
    await welcome.locator('#welcome-name').waitFor({ timeout: 10000 });
    await welcome.locator('#welcome-name').fill('  ');
    await welcome.locator('#welcome-next-1').click();
    await welcome.getByText('Your name is needed').waitFor({ timeout: 5000 });
    await welcome.locator('#welcome-name').fill('Sam Rivera');
    await welcome.locator('#welcome-zone').fill('Europe/Lisbon');
    await welcome.locator('#welcome-next-1').click();
    await welcome.locator('#welcome-company').waitFor({ timeout: 5000 });
    const profile = (await readState(browser)).profile;
    assert.equal(profile.name, 'Sam Rivera');
    assert.equal(profile.timezone, 'Europe/Lisbon');
    await welcome.locator('#welcome-company').fill('Initech');
    await welcome.locator('#welcome-role').fill('Analyst');
    await welcome.locator('#welcome-next-2').click();
    await welcome.getByText('nothing you write is ever sent anywhere').waitFor({ timeout: 5000 });
    await welcome.getByText('reads it on your device').waitFor();
    await welcome.locator('#welcome-done').click();
    await welcome.getByRole('heading', { level: 1, name: 'Initech — Analyst' }).waitFor({ timeout: 5000 });
    // It can be opened again from the list.
    await welcome.goto(welcome.url().replace(/#.*$/, ''));
    await welcome.getByRole('link', { name: 'Open the welcome again' }).click();
    await welcome.locator('#welcome-name').waitFor({ timeout: 5000 });
  } finally {
    await browser.close();
  }
});

test('200 applications: every active one is listed with its stage, and search and stage filter narrow the list', async () => {
  const browser = await launch();
  try {
    await seedState(browser, manyApplications(200));
    const page = await openExtensionPage(browser, 'dashboard.html');
    const rows = page.locator('tbody tr');
    await until(() => rows.count(), (n) => n === 160, '160 active rows (every fifth is archived)');
    await page.locator('#filter-words').fill('Company 17');
    await until(() => rows.count(), (n) => n === 9, 'Company 17 and 171–179 but 175 (170 and 175 are archived)');
    await page.locator('#filter-words').fill('');
    await page.locator('#filter-stage').selectOption('archived');
    await until(() => rows.count(), (n) => n === 40, 'the 40 archived');
    assert.equal(await page.locator('tbody tr[data-stage="archived"]').count(), 40);
  } finally {
    await browser.close();
  }
});

test('a year of sent notes: no page is given a body or another application, and a sent note corrected on its page keeps its body', async () => {
  const browser = await launch();
  try {
    const year = yearOfSearching(3);
    year.profile.words = ['Kubernetes'];
    await seedState(browser, year);
    const page = await openExtensionPage(browser, 'dashboard.html');
    await page.locator('tbody tr').first().waitFor({ timeout: 10000 });
    const views = await page.evaluate(async () => {
      const ask = (view) => chrome.runtime.sendMessage({ type: 'view', page: view });
      return { popup: await ask('popup'), list: await ask('applications'), one: await ask({ application: 'company-1' }), options: await ask('options') };
    });
    for (const [name, view] of Object.entries(views)) {
      assert.equal(view.type, 'overview', name);
      const events = view.state.processes.flatMap((p) => p.events);
      assert.ok(events.every((e) => e.body === undefined), `${name}: no sent body`);
    }
    assert.equal(views.popup.state.processes.length, 3);
    assert.ok(views.popup.state.processes[0].notes.length > 0, 'the popup drafts from the notes');
    assert.ok(views.list.state.processes.every((p) => (p.notes ?? []).length === 0), 'the list draws no note');
    assert.deepEqual(views.one.state.processes.map((p) => p.id), ['company-1']);
    assert.ok(views.one.actions.every((a) => a.process === 'company-1'));
    assert.ok(views.options.state.processes.every((p) => (p.notes ?? []).length === 0), 'the options page draws no note');
    assert.deepEqual(views.options.state.profile.words, ['Kubernetes']);
    assert.equal(views.popup.state.profile.words, undefined, 'the dictionary only on the options page');

    // Correct the time of a sent thank-you on its application's page: its body stays.
    await page.goto(page.url().replace(/#.*$/, '') + '#application=company-1');
    await page.locator('details.history > summary').click();
    const row = page.locator('li.event[data-event="ev-1-1"]');
    await row.locator('input[type="datetime-local"]').fill(new Date(Date.parse(year.processes[1].events[0].at) - 3600_000).toISOString().slice(0, 16));
    await row.getByRole('button', { name: 'Save time' }).click();
    const stored = await until(() => readState(browser), (s) => s.processes[1].events[0].at !== year.processes[1].events[0].at, 'the corrected time');
    assert.equal(stored.processes[1].events[0].body, year.processes[1].events[0].body, 'the body kept');
    assert.equal(stored.processes[1].events.filter((e) => e.body).length, 4, 'every other body kept');
  } finally {
    await browser.close();
  }
});

test('the list paints its last drawing before any wasm, the same rows Rust then draws, and keeps only the unfiltered list', async () => {
  const browser = await launch();
  try {
    await seedState(browser, manyApplications(30));
    const marks = (page) => page.evaluate(() => Object.fromEntries(['afterview-painted', 'afterview-rendered'].map((m) => [m, performance.getEntriesByName(m)[0]?.startTime ?? null])));
    const kept = () => browser.worker.evaluate(async () => (await chrome.storage.session.get('afterview_applications_view')).afterview_applications_view);
    /** The text of each row of a kept drawing, as the table shows it. */
    const keptRows = (drawing) => {
      const rows = [];
      const textOf = (node) => (Array.isArray(node) ? node.slice(2).map(textOf).join('') : String(node));
      const walk = (node) => {
        if (!Array.isArray(node)) return;
        if (node[0] === 'tbody') rows.push(...node.slice(2).filter((row) => Array.isArray(row) && row[0] === 'tr').map(textOf));
        else node.slice(2).forEach(walk);
      };
      walk(drawing);
      return rows;
    };

    const first = await openExtensionPage(browser, 'dashboard.html');
    await until(() => first.locator('tbody tr').count(), (n) => n === 24, 'the 24 active rows');
    const drawing = await until(kept, (k) => Boolean(k && k.view), 'the kept list');
    assert.equal(keptRows(drawing.view).length, 24);
    assert.equal((await marks(first))['afterview-painted'], null, 'nothing kept on the first opening');
    // A search, then a visit to one application and back: the list is drawn again
    // filtered, and that drawing is not kept.
    await first.locator('#filter-words').fill('Company 1');
    await until(() => first.locator('tbody tr').count(), (n) => n < 24, 'the narrowed list');
    await first.locator('tbody tr a').first().click();
    await first.waitForFunction(() => location.hash.startsWith('#application='));
    await first.evaluate(() => (location.hash = ''));
    await until(() => first.locator('tbody tr').count(), (n) => n > 0 && n < 24, 'the narrowed list drawn again');
    await first.waitForTimeout(300);
    const toPaint = keptRows((await kept()).view);
    assert.equal(toPaint.length, 24, 'the kept list is still the whole one');
    await first.close();

    const second = await openExtensionPage(browser, 'dashboard.html');
    await until(() => marks(second), (m) => m['afterview-rendered'] !== null, 'the Rust drawing');
    const seen = await marks(second);
    assert.ok(seen['afterview-painted'] !== null && seen['afterview-painted'] < seen['afterview-rendered'], JSON.stringify(seen));
    assert.equal(await second.locator('#app').evaluate((app) => app.inert), false, 'live once Rust drew it');
    const live = await second.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.textContent));
    assert.deepEqual(live, toPaint, 'the rows painted early are the rows Rust draws');
    // Live: the focus went to the heading once Rust drew the page.
    assert.equal(await second.evaluate(() => document.activeElement?.tagName), 'H1');
    await second.close();

    // An application page opened directly paints nothing early.
    const direct = await openExtensionPage(browser, `dashboard.html#application=${encodeURIComponent((await readState(browser)).processes[0].id)}`);
    await until(() => marks(direct), (m) => m['afterview-rendered'] !== null, 'the Rust drawing');
    assert.equal((await marks(direct))['afterview-painted'], null);
  } finally {
    await browser.close();
  }
});

for (const scheme of ['light', 'dark']) {
  test(`the applications page, one application and the welcome have no axe-core violation (${scheme})`, async () => {
    const browser = await launch();
    try {
      const state = freshState();
      state.processes.push({ ...structuredClone(state.processes[0]), id: 'globex-pm', company: 'Globex', role: 'Product Manager', events: [{ id: 'ev-1', at: iso(new Date()), kind: 'reply', from: 'morgan', says: 'later' }] });
      await seedState(browser, state);
      const page = await openExtensionPage(browser, 'dashboard.html');
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1100, height: 800 });
      await page.locator('tbody tr').first().waitFor({ timeout: 10000 });
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: join(shots, `dashboard-${scheme}.png`) });

      await page.goto(page.url().replace(/#.*$/, '') + '#application=globex-pm');
      await page.locator('#person-new-name').waitFor({ timeout: 10000 });
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: join(shots, `application-${scheme}.png`), fullPage: true });

      await page.goto(page.url().replace(/#.*$/, '') + '#welcome');
      await page.locator('#welcome-name').waitFor({ timeout: 10000 });
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: join(shots, `welcome-${scheme}.png`) });
    } finally {
      await browser.close();
    }
  });
}
