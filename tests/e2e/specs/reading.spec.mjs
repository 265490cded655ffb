// Reading the messages the user opens, in Gmail and Outlook on the web, on our fixtures of
// their reading views (tests/e2e/fixtures/*/reading-2025.html): one panel beside each
// opened message that says something, with what it says; nothing written before "Record"
// or "Track this application"; the quoted history and the inbox list never read; a
// setting that turns it all off. The harness fails any test that makes a network request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  clickPanelButton, fixturesRoot, freshState, launch, openExtensionPage, panelWhen, readState, repoRoot, seedState, storedEvent, until,
} from '../harness.mjs';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmLbTbvqvLPbCLkHnJqd';
const OUTLOOK_THREAD = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNjU5LTAwAi0wMAoAEABqM2xXzTnqRKBDkM2FjR7Y';

/** The latest message of each fixture as served, and how each site writes its date. */
const SITES = {
  gmail: {
    url: GMAIL_THREAD,
    file: 'gmail/reading-2025.html',
    sender: '<span class="gD" email="morgan.diaz@acme.example" name="Morgan Diaz">Morgan Diaz</span>',
    date: 'title="Tue, Nov 24, 2026, 10:00 AM" alt="Tue, Nov 24, 2026, 10:00 AM"',
    /** @param {string} name @param {string} email */
    senderAs: (name, email) => `<span class="gD" email="${email}" name="${name}">${name}</span>`,
    /** @param {Date} d */
    dateAs: (d) => {
      const shown = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' }).format(d);
      return `title="${shown}" alt="${shown}"`;
    },
  },
  outlook: {
    url: OUTLOOK_THREAD,
    file: 'outlook/reading-2025.html',
    sender: '<span class="persona" title="morgan.diaz@acme.example">Morgan Diaz</span>',
    date: 'Tue 11/24/2026 10:00 AM',
    /** @param {string} name @param {string} email */
    senderAs: (name, email) => `<span class="persona" title="${email}">${name}</span>`,
    /** @param {Date} d */
    dateAs: (d) => {
      const day = new Intl.DateTimeFormat('en-US', { weekday: 'short' }).format(d);
      const time = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' }).format(d);
      return `${day} ${d.getMonth() + 1}/${d.getDate()}/${d.getFullYear()} ${time}`;
    },
  },
};
/** The latest message's words in both fixtures. */
const SAYS = 'Thanks for your patience. The panel meets next week and we should have an answer for you soon.';

const scratch = mkdtempSync(join(tmpdir(), 'afterview-reading-'));

/**
 * The site's fixture with its latest message from `from`, saying `text`, sent now.
 * @param {'gmail' | 'outlook'} site
 * @param {{name: string, email: string, text: string}} latest
 */
function thread(site, latest) {
  const s = SITES[site];
  const html = readFileSync(join(fixturesRoot, s.file), 'utf8');
  const escaped = latest.text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const variant = [[s.sender, s.senderAs(latest.name, latest.email)], [s.date, s.dateAs(new Date())], [SAYS, escaped]]
    .reduce((page, [from, to]) => {
      assert.ok(page.includes(from), `the fixture holds ${from}`);
      return page.replace(from, to);
    }, html);
  const file = join(scratch, `${site}-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(file, variant);
  return file;
}

/** "Friday 11 December" and "2026-12-11", `days` from now. */
function dayAhead(days) {
  const d = new Date(Date.now() + days * 86400_000);
  const words = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(d).replace(',', '');
  return { words, ymd: d.toISOString().slice(0, 10) };
}

/** The engine's overview, asked from an extension page. */
async function overview(browser) {
  const page = await openExtensionPage(browser, 'popup.html');
  try {
    return await page.evaluate(() => chrome.runtime.sendMessage({ type: 'overview' }));
  } finally {
    await page.close();
  }
}

/**
 * Opens the site's thread with `latest` as its newest message, the state seeded.
 * @param {'gmail' | 'outlook'} site
 * @param {{name: string, email: string, text: string}} latest
 */
async function openThread(site, latest, state = freshState()) {
  const browser = await launch({ fixtures: { [SITES[site].url]: thread(site, latest) } });
  await seedState(browser, state);
  const page = await browser.context.newPage();
  await page.goto(SITES[site].url);
  return { browser, page };
}

/** Waits long enough for the content script to have read the thread, and counts the read panels. */
async function readPanelsAfterScan(page) {
  await page.waitForTimeout(2000);
  return page.locator('afterview-panel[data-surface="read"]').count();
}

const MORGAN = { name: 'Morgan Diaz', email: 'morgan.diaz@acme.example' };

/** Focuses an unsure read panel's list of what the message may say, found by its role and name. */
async function focusUnsureList(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const list = nodes.find((n) => n.role?.value === 'combobox' && String(n.name?.value || '').startsWith('Not sure'));
  assert.ok(list, 'the list of what it may say');
  await cdp.send('DOM.focus', { backendNodeId: list.backendDOMNodeId });
  await cdp.detach();
}

for (const site of /** @type {const} */ (['gmail', 'outlook'])) {
  test(`${site}: a timeline is shown beside the message, recorded on Record (once, opened again), and the check-in moves after it`, async () => {
    const day = dayAhead(20);
    const { browser, page } = await openThread(site, { ...MORGAN, text: `Thanks for your patience. We expect to make a decision by ${day.words}.` });
    try {
      const panel = await panelWhen(page, (p) => p.surface === 'read');
      assert.equal(panel.site, site);
      assert.equal(panel.says, 'timeline');
      assert.equal(panel.date, day.ymd);
      assert.equal(panel.match, 'acme-analyst:morgan');
      assert.equal(await page.locator('afterview-panel[data-surface="read"]').count(), 1, 'one panel: the user\'s own message and the collapsed one say nothing');
      const before = await overview(browser);
      const checkIn = before.actions.find((a) => a.process === 'acme-analyst' && a.kind === 'check_in');
      assert.equal((await readState(browser)).processes[0].events.length, 0, 'nothing written before the click');

      await clickPanelButton(page, 'Record');
      const event = await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'reply');
      assert.equal(event.by, day.ymd);
      assert.equal(event.from, 'morgan');
      assert.equal(event.says, 'later');
      await panelWhen(page, (p) => p.state === 'recorded');
      await page.reload();
      await panelWhen(page, (p) => p.surface === 'read' && p.state === 'recorded');
      assert.equal((await readState(browser)).processes[0].events.length, 1, 'opened again, it is recorded once');
      const after = await overview(browser);
      const moved = after.actions.find((a) => a.process === 'acme-analyst' && a.kind === 'check_in');
      assert.ok(moved, 'a check-in is still planned');
      assert.ok(moved.due.slice(0, 10) > day.ymd, `the check-in (${moved.due}) comes after ${day.ymd}`);
      if (checkIn) assert.notEqual(moved.due, checkIn.due);
    } finally {
      await browser.close();
    }
  });

  test(`${site}: a rejection from someone new at the company is recorded with them, and the follow-ups stop`, async () => {
    const { browser, page } = await openThread(site, {
      name: 'Priya Shah', email: 'priya.shah@acme.example', text: 'Unfortunately we have decided to move forward with another candidate.',
    });
    try {
      const panel = await panelWhen(page, (p) => p.surface === 'read');
      assert.equal(panel.says, 'rejection');
      assert.equal(panel.match, 'acme-analyst:');
      await clickPanelButton(page, 'Record');
      const event = await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'reply' && e.says === 'rejection');
      const contacts = (await readState(browser)).processes[0].contacts;
      const priya = contacts.find((c) => c.email === 'priya.shah@acme.example');
      assert.ok(priya, 'the sender became a contact');
      assert.equal(priya.name, 'Priya Shah');
      assert.equal(event.from, priya.id);
      const kinds = (await overview(browser)).actions.filter((a) => a.process === 'acme-analyst').map((a) => a.kind);
      assert.deepEqual([...new Set(kinds)], ['gracious_reply']);
    } finally {
      await browser.close();
    }
  });

  test(`${site}: an invitation from an untracked company is tracked as a new application`, async () => {
    const { browser, page } = await openThread(site, {
      name: 'Lee Park', email: 'lee.park@hooli.example', text: 'We would like to invite you to a second interview with the team.',
    });
    try {
      const panel = await panelWhen(page, (p) => p.surface === 'read');
      assert.equal(panel.says, 'next_round');
      assert.equal(panel.match, '');
      assert.equal((await readState(browser)).processes.length, 1, 'nothing written before the click');
      await clickPanelButton(page, 'Track this application');
      const state = await until(() => readState(browser), (s) => s.processes.length === 2, 'the new application');
      const hooli = state.processes.find((p) => p.company === 'Hooli');
      assert.ok(hooli);
      assert.equal(hooli.role, '');
      assert.equal(hooli.contacts[0].email, 'lee.park@hooli.example');
      assert.equal(hooli.contacts[0].role, 'recruiter');
      assert.equal(hooli.events[0].says, 'next_round');
      assert.equal(hooli.events[0].from, hooli.contacts[0].id);
      const kinds = (await overview(browser)).actions.filter((a) => a.process === hooli.id).map((a) => a.kind);
      assert.ok(kinds.includes('schedule_round'), `actions: ${kinds}`);
    } finally {
      await browser.close();
    }
  });

  test(`${site}: a newsletter from the company's domain shows no panel`, async () => {
    const { browser, page } = await openThread(site, {
      name: 'Acme News', email: 'news@acme.example', text: 'Our December newsletter is here: new product features, customer stories and upcoming webinars.',
    });
    try {
      assert.equal(await readPanelsAfterScan(page), 0);
    } finally {
      await browser.close();
    }
  });

  test(`${site}: turned off on the options page, no message is read and no panel shown`, async () => {
    const browser = await launch({ fixtures: { [SITES[site].url]: thread(site, { ...MORGAN, text: 'Unfortunately we have decided to move forward with another candidate.' }) } });
    try {
      await seedState(browser, freshState());
      const options = await openExtensionPage(browser, 'options.html');
      const box = options.locator('#profile-read-replies');
      await box.waitFor();
      assert.equal(await box.isChecked(), true, 'on unless turned off');
      await box.uncheck();
      await options.getByRole('button', { name: 'Save profile' }).click();
      await until(() => readState(browser), (s) => s.profile.read_replies === false, 'the profile saved with reading off');
      const page = await browser.context.newPage();
      await page.goto(SITES[site].url);
      assert.equal(await readPanelsAfterScan(page), 0);
    } finally {
      await browser.close();
    }
  });
}

const ADAPTER_SCRIPTS = ['messages.js', 'textmap.js', 'sites/labels.js'];

for (const site of /** @type {const} */ (['gmail', 'outlook'])) {
  test(`${site}: the adapter reads only the opened messages, each one's sender, subject, date and new text`, async () => {
    const browser = await launch();
    try {
      const page = await browser.context.newPage();
      const html = readFileSync(join(fixturesRoot, SITES[site].file), 'utf8').replace(/<script[^>]*fixture-site\.js[^>]*><\/script>/, '');
      await page.setContent(html);
      for (const name of [...ADAPTER_SCRIPTS, `sites/${site}.js`]) {
        await page.addScriptTag({ path: join(repoRoot, 'extension', 'content', name) });
      }
      const read = await page.evaluate(() => {
        const adapter = /** @type {any} */ (globalThis).afterviewSites[0];
        return adapter.openedMessages(document).map((m) => adapter.readMessage(m));
      });
      assert.equal(read.length, 2, 'the collapsed message is not read');
      const [own, latest] = read;
      assert.match(own.from, /sam\.rivera@example\.com>?$/);
      assert.equal(latest.from, 'Morgan Diaz <morgan.diaz@acme.example>');
      assert.equal(latest.subject, 'Re: Data Analyst interview');
      assert.match(latest.date, /^2026-11-24T10:00:00[+-]\d\d:\d\d$/);
      assert.match(latest.body, /^Hi Sam,\n/);
      assert.ok(latest.body.includes(SAYS), latest.body);
      assert.ok(!/regret|wrote:|From:/.test(latest.body), `the quoted history is left out: ${latest.body}`);
    } finally {
      await browser.close();
    }
  });
}

test('gmail: in a narrow window the read panel\'s summary wraps, so the day at its end is never cut off', async () => {
  const day = dayAhead(20);
  const { browser, page } = await openThread('gmail', { ...MORGAN, text: `Thanks for your patience. We expect to make a decision by ${day.words}.` });
  try {
    await panelWhen(page, (p) => p.surface === 'read' && p.says === 'timeline');
    const host = page.locator('afterview-panel[data-surface="read"]');
    await page.setViewportSize({ width: 1280, height: 800 });
    const wide = (await host.boundingBox())?.height ?? 0;
    await page.setViewportSize({ width: 390, height: 800 });
    await until(async () => (await host.boundingBox())?.height ?? 0, (h) => h > wide, 'the summary taking more lines than one');
  } finally {
    await browser.close();
  }
});

test('gmail: an unsure reading asks what the message says, and records it as the user corrected it', async () => {
  // Said by what a clause does, with a door left open: Afterview reads a rejection, unsure.
  const text = 'The team picked someone else for this one, but we would like to talk again in the spring.';
  const { browser, page } = await openThread('gmail', { ...MORGAN, text });
  try {
    const panel = await panelWhen(page, (p) => p.surface === 'read');
    assert.equal(panel.says, 'rejection');
    assert.equal(panel.state, 'asking', 'it asks before anything is recorded');
    assert.equal((await readState(browser)).processes[0].events.length, 0);

    // The user says it is not a rejection but a "we will get back to you".
    await focusUnsureList(page);
    // rejection → offer → next round → later (no decision date: the message names no day)
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await clickPanelButton(page, 'Record');
    const event = await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'reply');
    assert.equal(event.says, 'later');
    assert.equal(event.from, 'morgan');
    const recorded = await panelWhen(page, (p) => p.state === 'recorded');
    assert.equal(recorded.says, 'later', 'the panel says what was recorded, not what was read');
    assert.equal((await readState(browser)).processes[0].events.length, 1, 'recorded once');
  } finally {
    await browser.close();
  }
});

test('gmail: "Nothing to record" on an unsure reading writes nothing, and the message opened again asks nothing', async () => {
  const text = 'The team picked someone else for this one, but we would like to talk again in the spring.';
  const { browser, page } = await openThread('gmail', { ...MORGAN, text });
  try {
    const panel = await panelWhen(page, (p) => p.surface === 'read');
    assert.equal(panel.state, 'asking');
    await focusUnsureList(page);
    // The last choice is "Nothing to record".
    await page.keyboard.press('End');
    await clickPanelButton(page, 'Record');
    await until(() => page.locator('afterview-panel[data-surface="read"]').count(), (n) => n === 0, 'the panel put away');
    assert.equal((await readState(browser)).processes[0].events.length, 0, 'nothing written');

    await page.reload();
    assert.equal(await readPanelsAfterScan(page), 0, 'opened again, it asks nothing');
    // In another tab too.
    const other = await browser.context.newPage();
    await other.goto(SITES.gmail.url);
    assert.equal(await readPanelsAfterScan(other), 0, 'nor in another tab');
    assert.equal((await readState(browser)).processes[0].events.length, 0, 'still nothing written');
  } finally {
    await browser.close();
  }
});

test('gmail: a message the site draws again gets its read panel again', async () => {
  const { browser, page } = await openThread('gmail', { ...MORGAN, text: 'Unfortunately we have decided to move forward with another candidate.' });
  try {
    await panelWhen(page, (p) => p.surface === 'read' && p.says === 'rejection');
    // Gmail redraws an open message with fresh nodes (the panel goes with the old ones).
    await page.evaluate(() => {
      const message = [...document.querySelectorAll('[data-message-id]')].pop();
      const copy = /** @type {Element} */ (message?.cloneNode(true));
      copy.querySelectorAll('afterview-panel').forEach((p) => p.remove());
      message?.replaceWith(copy);
    });
    await panelWhen(page, (p) => p.surface === 'read' && p.says === 'rejection');
    assert.equal(await page.locator('afterview-panel[data-surface="read"]').count(), 1, 'one panel, not two');
  } finally {
    await browser.close();
  }
});

test('gmail: a message rewritten after it was read is read again, and what the panel said is not recorded', async () => {
  const { browser, page } = await openThread('gmail', { ...MORGAN, text: 'Unfortunately we have decided to move forward with another candidate.' });
  try {
    await panelWhen(page, (p) => p.surface === 'read' && p.says === 'rejection');
    // The page rewrites the message in place, under the panel that read it.
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.nodeValue?.includes('another candidate')) node.nodeValue = 'We are delighted to offer you the position of Data Analyst.';
      }
    });
    await clickPanelButton(page, 'Record');
    await panelWhen(page, (p) => p.surface === 'read' && p.says === 'offer');
    const events = (await readState(browser)).processes[0].events;
    assert.ok(!events.some((e) => e.says === 'rejection'), `no rejection recorded: ${JSON.stringify(events)}`);
  } finally {
    await browser.close();
  }
});

test('gmail: a click on a read panel the page made transparent, masked, clipped or darkened records nothing', async () => {
  const { browser, page } = await openThread('gmail', { ...MORGAN, text: 'Unfortunately we have decided to move forward with another candidate.' });
  try {
    await panelWhen(page, (p) => p.surface === 'read' && p.says === 'rejection');
    // The page hides the panel, each way in turn, and puts its own bait where Record is:
    // transparent, transparent by a filter, half-transparent on each of several
    // ancestors, masked away, clipped away, or darkened to black.
    for (const hide of [
      'opacity: 0',
      'filter: opacity(0)',
      'stacked: 0.6',
      'mask-image: linear-gradient(transparent, transparent)',
      'clip-path: inset(50%)',
      'filter: brightness(0)',
    ]) {
      await page.evaluate((how) => {
        const host = /** @type {HTMLElement} */ (document.querySelector('afterview-panel[data-surface="read"]'));
        if (how.startsWith('stacked')) {
          for (let at = /** @type {HTMLElement | null} */ (host), n = 0; at && n < 4; at = at.parentElement, n++) at.style.opacity = '0.6';
        } else {
          host.style.cssText += `;${how}`;
        }
      }, hide);
      await clickPanelButton(page, 'Record');
      await page.waitForTimeout(500);
      assert.equal((await readState(browser)).processes[0].events.length, 0, `nothing recorded (${hide})`);
      await page.evaluate(() => {
        const host = /** @type {HTMLElement} */ (document.querySelector('afterview-panel[data-surface="read"]'));
        for (let at = /** @type {HTMLElement | null} */ (host), n = 0; at && n < 4; at = at.parentElement, n++) at.style.opacity = '';
        host.style.cssText = host.style.cssText.replace(/(filter|mask-image|clip-path)[^;]*;?/g, '');
      });
    }
    // Seen again, the same click records.
    await page.evaluate(() => {
      const host = /** @type {HTMLElement} */ (document.querySelector('afterview-panel[data-surface="read"]'));
      host.style.opacity = '';
    });
    await clickPanelButton(page, 'Record');
    await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'reply' && e.says === 'rejection');
  } finally {
    await browser.close();
  }
});
