// DOM drift: every compose fixture, each written from the sites' documented structure,
// in 30 seeded mutants (drift.mjs: class names renamed, wrappers and siblings added,
// attributes reordered, aria-labels in another known form, labels in another case), each
// in one of the sites' UI languages (languages.mjs) in turn. The adapters find composes by
// structure and role, so most mutants must still get a panel: at least 95% per site. On
// every mutant the page's own behaviour still works (typing reaches it, Send sends), nothing
// throws, and the extension logs at most one line. One browser for all of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STRICT_CSP, fixturesRoot, freshState, launch, seedState, until } from '../harness.mjs';
import { LABEL_VARIANTS, mutateHtml } from '../drift.mjs';
import { FIXTURE_LANGUAGES, localize } from '../languages.mjs';

const MUTANTS = 30;
/** The UI languages the mutants are served in, in turn. */
const LANGUAGES = ['en', ...FIXTURE_LANGUAGES];
/** Each site's editors, by what no language or release changes. */
const EDITOR = {
  gmail: '[g_editable="true"][contenteditable="true"]',
  outlook: '[role="textbox"][contenteditable="true"]',
  linkedin: 'form [contenteditable="true"]',
};

/**
 * A compose fixture: where it is served, how its compose opens (a button, or "Add a note"
 * after one), its editor, how the page sends and what the page counts when it has.
 */
const SCENARIOS = [
  { site: 'gmail', name: 'compose dialog', url: 'https://mail.google.com/mail/u/0/#inbox', file: 'gmail/inbox-2025.html', open: ['#compose-button'],
    editor: EDITOR.gmail, send: { click: '[data-fixture="send"]' }, sent: 'window.__sent' },
  { site: 'gmail', name: 'inline reply', url: 'https://mail.google.com/mail/u/0/#inbox', file: 'gmail/inbox-2025.html', open: ['#reply-button'],
    editor: EDITOR.gmail, send: { key: 'Control+Enter' }, sent: 'window.__sent' },
  { site: 'gmail', name: 'pop-out', url: 'https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1', file: 'gmail/popout-2025.html', open: [],
    editor: EDITOR.gmail, send: { click: '[data-fixture="send"]' }, sent: 'window.__sent' },
  { site: 'gmail', name: '2020 layout', url: 'https://mail.google.com/mail/u/1/#inbox', file: 'gmail/compose-2020-layout.html', open: [],
    editor: EDITOR.gmail, send: { click: '[data-fixture="send"]' }, sent: 'window.__sent' },
  { site: 'outlook', name: 'new mail', url: 'https://outlook.office.com/mail/inbox', file: 'outlook/mail-2025.html', open: ['#new-mail-button'],
    editor: EDITOR.outlook, send: { click: '[data-fixture="send"]' }, sent: 'window.__sent' },
  { site: 'outlook', name: 'pop-out', url: 'https://outlook.live.com/mail/0/deeplink/compose', file: 'outlook/popout-2025.html', open: [],
    editor: EDITOR.outlook, send: { key: 'Control+Enter' }, sent: 'window.__sent' },
  { site: 'outlook', name: 'reading-pane reply', url: 'https://outlook.office365.com/mail/inbox/id/AAQk', file: 'outlook/reading-pane-2025.html', open: ['#reply-button'],
    editor: EDITOR.outlook, send: { click: '[data-fixture="send"]' }, sent: 'window.__sent' },
  { site: 'outlook', name: 'reply with recipients collapsed', url: 'https://outlook.office.com/mail/inbox/id/AAQkCollapsed', file: 'outlook/reply-collapsed-2025.html', open: ['#reply-button'],
    editor: EDITOR.outlook, send: { click: '[data-fixture="send"]' }, sent: 'window.__sent' },
  { site: 'linkedin', name: 'messaging page', url: 'https://www.linkedin.com/messaging/thread/2-abc/', file: 'linkedin/messaging-2025.html', open: [],
    editor: EDITOR.linkedin, send: { key: 'Enter' }, sent: '(window.__messages || []).length' },
  { site: 'linkedin', name: 'messaging overlay', url: 'https://www.linkedin.com/in/jordan-lee-0a1b2c/', file: 'linkedin/profile-2025.html', open: ['#message'],
    editor: EDITOR.linkedin, send: { key: 'Enter' }, sent: '(window.__messages || []).length' },
  { site: 'linkedin', name: 'invitation note', url: 'https://www.linkedin.com/in/jordan-lee-0a1b2c/', file: 'linkedin/profile-2025.html', open: ['#connect', '[data-fixture="add-note"]'],
    editor: 'textarea#custom-message', send: { click: '[data-fixture="send-note"]' }, sent: '(window.__invitations || []).length' },
];

/** The scenario's page for mutant `id`: its URL with a query the mutants' route answers. */
function mutantUrl(url, id) {
  const [page, fragment] = url.split('#');
  return `${page}${page.includes('?') ? '&' : '?'}drift=${id}${fragment ? `#${fragment}` : ''}`;
}

/** A seed from the scenario's name and the mutant's number. */
function seedOf(name, n) {
  let h = 2166136261;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return (h ^ Math.imul(n + 1, 2654435761)) >>> 0;
}

/** Pages working through the mutants side by side. */
const PAGES = 3;

test(`drift: ${MUTANTS} mutants of each compose fixture in ${LANGUAGES.length} languages; each site attaches to at least 95%`, async () => {
  const fixtures = Object.fromEntries(SCENARIOS.map((s) => [s.url, join(fixturesRoot, s.file)]));
  const browser = await launch({ fixtures });
  /** @type {Map<string, string>} each mutant's HTML, by its `drift` query */
  const mutants = new Map();
  await browser.context.route((url) => url.searchParams.has('drift'), (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': STRICT_CSP },
      body: mutants.get(new URL(route.request().url()).searchParams.get('drift')) || '',
    }));
  try {
    await seedState(browser, freshState());
    const lab = await browser.context.newPage();
    /** @type {string[]} */
    const errors = [];
    /** @type {Record<string, {attached: number, total: number}>} */
    const rates = {};
    /** @type {{scenario: typeof SCENARIOS[number], n: number, id: string}[]} */
    const queue = [];
    for (const [index, scenario] of SCENARIOS.entries()) {
      const html = readFileSync(join(fixturesRoot, scenario.file), 'utf8');
      for (let n = 0; n < MUTANTS; n++) {
        const id = `${index}-${n}`;
        const page = localize(html, scenario.site, LANGUAGES[n % LANGUAGES.length]);
        mutants.set(id, await lab.evaluate(mutateHtml, { html: page, seed: seedOf(scenario.name, n), labels: LABEL_VARIANTS[scenario.site] }));
        queue.push({ scenario, n, id });
      }
    }

    /** Works through the queue on one page. */
    const worker = async () => {
      const page = await browser.context.newPage();
      /** @type {string[]} */
      let logs = [];
      page.on('console', (m) => logs.push(m.text()));
      page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
      for (let job = queue.shift(); job; job = queue.shift()) {
        const { scenario, n, id } = job;
        const where = `${scenario.site} ${scenario.name} #${n}`;
        logs = [];
        await page.goto(mutantUrl(scenario.url, id));
        for (const button of scenario.open) await page.locator(button).first().click();
        const editor = page.locator(scenario.editor).first();
        await editor.waitFor({ timeout: 5000 });
        const attached = await until(() => page.locator('afterview-panel').count(), (c) => c > 0, 'a panel').then(() => true, () => false);
        const rate = (rates[scenario.site] ||= { attached: 0, total: 0 });
        rate.total++;
        if (attached) rate.attached++;

        // The page's own behaviour: typing reaches it, and Send sends.
        const inputsBefore = await page.evaluate(() => window.__inputs.length);
        await editor.focus();
        await page.keyboard.type('Dear Jordan, thank you.');
        assert.ok((await page.evaluate(() => window.__inputs.length)) > inputsBefore, `${where}: the page saw the typing`);
        if (scenario.send.click) await page.locator(scenario.send.click).first().click();
        else await editor.press(scenario.send.key);
        await until(() => page.evaluate(scenario.sent), (count) => count === 1, `${where}: the page sending`);
        const ours = logs.filter((l) => /Afterview/.test(l));
        assert.ok(ours.length <= 1, `${where}: the extension logged ${ours.length} lines: ${ours.join(' | ')}`);
      }
    };
    await Promise.all(Array.from({ length: PAGES }, worker));

    for (const [site, { attached, total }] of Object.entries(rates)) {
      console.log(`drift: ${site} ${attached}/${total} attached (${((100 * attached) / total).toFixed(1)}%)`);
    }
    assert.deepEqual(errors, [], 'nothing threw');
    for (const [site, { attached, total }] of Object.entries(rates)) assert.ok(attached / total >= 0.95, `${site}: ${attached}/${total}`);
  } finally {
    await browser.close();
  }
});
