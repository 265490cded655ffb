// Every site fixture in the sites' other UI languages (languages.mjs swaps each label,
// tooltip and button word for what the site shows in that language): the panel attaches,
// the recipient is matched, and a send through the page's own Send (a click, or the key
// that site sends on) is recorded. The adapters find composes by structure, roles and
// stable attributes; where they read a label, the table in sites/labels.js has it in every
// language. The opened messages of the reading views are read in every language too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesRoot, freshState, launch, repoRoot, seedState, storedEvent, until } from '../harness.mjs';
import { FIXTURE_LANGUAGES, localize } from '../languages.mjs';

const LANGUAGES = ['en', ...FIXTURE_LANGUAGES];
const GMAIL_EDITOR = '[g_editable="true"][contenteditable="true"]';
const OUTLOOK_EDITOR = '[role="textbox"][contenteditable="true"]';
const LINKEDIN_EDITOR = 'form [contenteditable="true"]';

/**
 * A compose fixture: where it is served (with `{lang}` in its URL, as the sites put the UI
 * language in a query), how its compose opens, the address to type when it has no
 * recipient yet, its editor, how it sends, and who must be matched.
 * @typedef {{site: string, name: string, url: string, file: string, open: string[], to?: string, editor: string,
 *   send: {click?: string, key?: string}, contact: string, expand?: string}} Scenario
 */
/** @type {Scenario[]} */
const SCENARIOS = [
  { site: 'gmail', name: 'compose dialog', url: 'https://mail.google.com/mail/u/0/?hl={lang}#inbox', file: 'gmail/inbox-2025.html', open: ['#compose-button'],
    to: 'jordan.lee@acme.example', editor: GMAIL_EDITOR, send: { click: '[data-fixture="send"]' }, contact: 'jordan' },
  { site: 'gmail', name: 'inline reply', url: 'https://mail.google.com/mail/u/0/?hl={lang}#inbox', file: 'gmail/inbox-2025.html', open: ['#reply-button'],
    editor: GMAIL_EDITOR, send: { key: 'Control+Enter' }, contact: 'jordan' },
  { site: 'gmail', name: 'pop-out', url: 'https://mail.google.com/mail/u/0/?view=cm&hl={lang}', file: 'gmail/popout-2025.html', open: [],
    editor: GMAIL_EDITOR, send: { click: '[data-fixture="send"]' }, contact: 'morgan' },
  { site: 'gmail', name: '2020 layout', url: 'https://mail.google.com/mail/u/1/?hl={lang}#inbox', file: 'gmail/compose-2020-layout.html', open: [],
    to: 'jordan.lee@acme.example', editor: GMAIL_EDITOR, send: { click: '[data-fixture="send"]' }, contact: 'jordan' },
  { site: 'outlook', name: 'new mail', url: 'https://outlook.office.com/mail/inbox?lang={lang}', file: 'outlook/mail-2025.html', open: ['#new-mail-button'],
    to: 'jordan.lee@acme.example', editor: OUTLOOK_EDITOR, send: { click: '[data-fixture="send"]' }, contact: 'jordan' },
  { site: 'outlook', name: 'pop-out', url: 'https://outlook.live.com/mail/0/deeplink/compose?lang={lang}', file: 'outlook/popout-2025.html', open: [],
    editor: OUTLOOK_EDITOR, send: { key: 'Control+Enter' }, contact: 'jordan' },
  { site: 'outlook', name: 'reading-pane reply', url: 'https://outlook.office365.com/mail/inbox/id/AAQk?lang={lang}', file: 'outlook/reading-pane-2025.html', open: ['#reply-button'],
    editor: OUTLOOK_EDITOR, send: { click: '[data-fixture="send"]' }, contact: 'jordan' },
  { site: 'outlook', name: 'reply with recipients collapsed', url: 'https://outlook.office.com/mail/inbox/id/AAQkCollapsed?lang={lang}', file: 'outlook/reply-collapsed-2025.html',
    open: ['#reply-button'], editor: OUTLOOK_EDITOR, send: { click: '[data-fixture="send"]' }, contact: 'jordan', expand: '[data-fixture="recipients"]' },
  { site: 'linkedin', name: 'messaging page', url: 'https://www.linkedin.com/messaging/thread/2-abc/?lang={lang}', file: 'linkedin/messaging-2025.html', open: [],
    editor: LINKEDIN_EDITOR, send: { key: 'Enter' }, contact: 'jordan' },
  { site: 'linkedin', name: 'messaging overlay', url: 'https://www.linkedin.com/in/jordan-lee-0a1b2c/?lang={lang}', file: 'linkedin/profile-2025.html', open: ['#message'],
    editor: LINKEDIN_EDITOR, send: { key: 'Enter' }, contact: 'jordan' },
  { site: 'linkedin', name: 'invitation note', url: 'https://www.linkedin.com/in/jordan-lee-0a1b2c/?lang={lang}&invite', file: 'linkedin/profile-2025.html',
    open: ['#connect', '[data-fixture="add-note"]'], editor: 'textarea#custom-message', send: { click: '[data-fixture="send-note"]' }, contact: 'jordan' },
];

/**
 * The compose panel's data-* attributes once `accept` holds (a read panel beside the
 * message a reply follows may come first on the page).
 * @param {import('playwright-core').Page} page
 * @param {(attributes: Record<string, string>) => boolean} accept
 */
async function composePanelWhen(page, accept) {
  const read = () =>
    page.evaluate(() => {
      const hosts = [...document.querySelectorAll('afterview-panel'), ...(document.querySelector('#interop-outlet')?.shadowRoot?.querySelectorAll('afterview-panel') || [])];
      const host = hosts.find((h) => h instanceof HTMLElement && h.dataset.surface !== 'read');
      return host instanceof HTMLElement ? { ...host.dataset } : {};
    });
  return until(read, accept, 'the expected compose panel state');
}

/** @param {Scenario} scenario @param {string} lang */
const urlOf = (scenario, lang) => scenario.url.replace('{lang}', lang);

const fixtures = Object.fromEntries(
  SCENARIOS.flatMap((s) => LANGUAGES.map((lang) => [urlOf(s, lang), { file: join(fixturesRoot, s.file), lang }])),
);

for (const site of ['gmail', 'outlook', 'linkedin']) {
  test(`${site}: every compose fixture in ${LANGUAGES.join(', ')} gets a panel, matches its recipient and records its send`, async () => {
    const browser = await launch({ fixtures });
    /** @type {string[]} */
    const failures = [];
    try {
      for (const scenario of SCENARIOS.filter((s) => s.site === site)) {
        for (const lang of LANGUAGES) {
          const where = `${site} ${scenario.name} (${lang})`;
          await seedState(browser, freshState());
          const page = await browser.context.newPage();
          try {
            await page.goto(urlOf(scenario, lang));
            for (const button of scenario.open) await page.locator(button).first().click();
            await page.locator('afterview-panel').first().waitFor({ state: 'attached', timeout: 5000 });
            if (scenario.to) {
              const well = page.locator('[role="combobox"], textarea[name="to"]').first();
              await well.click();
              await well.pressSequentially(scenario.to);
              if (await well.evaluate((el) => el.getAttribute('role') === 'combobox')) await well.press('Enter');
            }
            const want = `acme-analyst:${scenario.contact}:`;
            await composePanelWhen(page, (p) => (p.match || '').startsWith(want) && p.state === 'ready');
            if (scenario.expand) {
              await page.locator(scenario.expand).click();
              await page.waitForTimeout(400);
              await composePanelWhen(page, (p) => (p.match || '').startsWith(want) && p.state === 'ready');
            }
            const editor = page.locator(scenario.editor).first();
            await editor.click();
            await page.keyboard.type(`Thank you for your time today, ${scenario.contact === 'morgan' ? 'Morgan' : 'Jordan'}.`);
            await page.waitForTimeout(400);
            if (scenario.send.click) await page.locator(scenario.send.click).first().click();
            else await editor.press(/** @type {string} */ (scenario.send.key));
            const sent = await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'sent');
            assert.deepEqual(sent.to, [scenario.contact], `${where}: the send went to ${scenario.contact}`);
          } catch (error) {
            failures.push(`${where}: ${/** @type {Error} */ (error).message.split('\n')[0]}`);
          } finally {
            await page.close();
          }
        }
      }
    } finally {
      await browser.close();
    }
    assert.deepEqual(failures, []);
  });
}

/** The reading views, each read by its adapter in every language. */
const READING = [
  { site: 'gmail', file: 'gmail/reading-2025.html', messages: 2, from: 'Morgan Diaz <morgan.diaz@acme.example>' },
  { site: 'outlook', file: 'outlook/reading-2025.html', messages: 2, from: 'Morgan Diaz <morgan.diaz@acme.example>' },
  { site: 'outlook', file: 'outlook/reply-collapsed-2025.html', messages: 1, from: 'Jordan Lee <jordan.lee@acme.example>' },
];

test(`the opened messages of every reading view are read in ${LANGUAGES.join(', ')}`, async () => {
  const browser = await launch();
  /** @type {string[]} */
  const failures = [];
  try {
    for (const { site, file, messages, from } of READING) {
      for (const lang of LANGUAGES) {
        // A page of its own each time: the scripts' globals must not carry over.
        const page = await browser.context.newPage();
        const html = localize(readFileSync(join(fixturesRoot, file), 'utf8'), site, lang).replace(/<script[^>]*fixture-site\.js[^>]*><\/script>/, '');
        await page.setContent(html);
        for (const name of ['messages.js', 'textmap.js', 'sites/labels.js', `sites/${site}.js`]) {
          await page.addScriptTag({ path: join(repoRoot, 'extension', 'content', name) });
        }
        const read = await page.evaluate(() => {
          const adapter = /** @type {any} */ (globalThis).afterviewSites[0];
          return adapter.openedMessages(document).map((/** @type {Element} */ m) => adapter.readMessage(m));
        });
        const latest = read[read.length - 1];
        await page.close();
        if (read.length !== messages || latest.from !== from || !latest.body || /…$/.test(latest.body)) {
          failures.push(`${file} (${lang}): ${read.length} read, latest ${JSON.stringify(latest)}`);
        }
      }
    }
  } finally {
    await browser.close();
  }
  assert.deepEqual(failures, []);
});
