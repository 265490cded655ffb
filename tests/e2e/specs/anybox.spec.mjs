// Any text box, on request: on a page of no supported site nothing of Afterview runs until
// the user asks (the toolbar popup's "Check the text box on this page", the context menu,
// the keyboard command; each hands the worker the tab through `activeTab`). Then the box
// with the focus gets a panel floating over the page, which checks it, asks whom it is for
// and drafts for that person. The page-shape report carries no text, address or link out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { clickPanelButton, clickToolbarButton, fixturesRoot, freshState, launch, openExtensionPage, panelWhen, seedState } from '../harness.mjs';

const OTHER_MAIL = 'https://mail.yahoo.com/d/compose/2';
const NAMES_PAGE = 'https://mail.yahoo.com/d/folders/1';

/**
 * What the popup's buttons send, sent from an extension page in the background while
 * `page` is the tab in front (the popup itself, opened by the toolbar button, is not a
 * page the tests can drive).
 * @param {import('playwright-core').Page} extensionPage
 * @param {object} message
 */
function askAsPopup(extensionPage, message) {
  return extensionPage.evaluate((m) => chrome.runtime.sendMessage(m), message);
}

/**
 * A browser with the usual state, an extension page in the background to send the popup's
 * messages from, and `url` (served from `fixtures`) open in front.
 * @param {Record<string, string>} fixtures
 * @param {string} url
 */
async function openAsked(fixtures, url) {
  const browser = await launch({ fixtures });
  await seedState(browser, freshState());
  const extension = await openExtensionPage(browser, 'options.html');
  const page = await browser.context.newPage();
  await page.goto(url);
  return { browser, extension, page };
}

test('a page of no supported site: nothing runs until the user asks; then the focused box is checked, and "Who is this for?" matches and drafts for the person', async () => {
  const { browser, extension, page } = await openAsked({ [OTHER_MAIL]: join(fixturesRoot, 'other/webmail-compose.html') }, OTHER_MAIL);
  try {
    await page.locator('#body').click();
    await page.keyboard.type('hey jordan, i has a question about the dashboard.');
    await page.waitForTimeout(800);
    assert.equal(await page.locator('afterview-panel').count(), 0, 'nothing of Afterview before the user asks');

    // Without the toolbar button's leave, the worker cannot reach the page.
    assert.equal((await askAsPopup(extension, { type: 'check_text_box' })).result, 'refused');

    await clickToolbarButton(browser, page);
    assert.equal((await askAsPopup(extension, { type: 'check_text_box' })).result, 'checking');
    const checked = await panelWhen(page, (p) => p.state === 'ready' && (p.findings || '').length > 0);
    assert.equal(checked.site, 'page');
    assert.equal(checked.match, '', 'no recipient is guessed from the page');
    assert.equal(await page.evaluate(() => window.__afterviewReachable()), false, "the page's scripts cannot reach Afterview's functions");

    await clickPanelButton(page, 'Who is this for?');
    await clickPanelButton(page, 'Use');
    const matched = await panelWhen(page, (p) => (p.match || '').startsWith('acme-analyst:jordan:'));
    assert.equal(matched.to, 'jordan.lee@acme.example');

    // Asked again on the same box: the same panel, not a second one.
    await page.locator('#body').click();
    assert.equal((await askAsPopup(extension, { type: 'check_text_box' })).result, 'checking');
    assert.equal(await page.locator('afterview-panel').count(), 1);

    // Another box on the page (an application form's textarea): its own panel, and the
    // draft goes in through the page's own input path.
    await page.locator('#cover').click();
    assert.equal((await askAsPopup(extension, { type: 'check_text_box' })).result, 'checking');
    await page.waitForFunction(() => document.querySelectorAll('afterview-panel').length === 2);
    await clickPanelButton(page, 'Who is this for?');
    await clickPanelButton(page, 'Use');
    await page.waitForFunction(() => Array.from(document.querySelectorAll('afterview-panel')).some((p) => (p.getAttribute('data-match') || '').startsWith('acme-analyst:jordan:') && p !== document.querySelector('afterview-panel')));
    await clickPanelButton(page, 'Insert draft');
    await page.waitForFunction(() => /** @type {HTMLTextAreaElement} */ (document.querySelector('#cover')).value.includes('Jordan'));
    assert.equal(browser.violations.length, 0);
  } finally {
    await browser.close();
  }
});

test('the popup says why when there is no box to check: nothing has the focus, or the tab is a page no extension may change', async () => {
  const { browser, extension, page } = await openAsked({ [OTHER_MAIL]: join(fixturesRoot, 'other/webmail-compose.html') }, OTHER_MAIL);
  try {
    await clickToolbarButton(browser, page);
    assert.equal((await askAsPopup(extension, { type: 'check_text_box' })).result, 'no_box');
    assert.equal(await page.locator('afterview-panel').count(), 0);

    // The popup opened as a tab of its own is the tab in front: an extension's page.
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.locator('li.action').first().waitFor();
    await popup.locator('#check-text-box').click();
    await popup.locator('#check-text-box-status', { hasText: /./ }).waitFor();
    assert.match(await popup.locator('#check-text-box-status').innerText(), /cannot check this page/);
  } finally {
    await browser.close();
  }
});

test('a page-shape report keeps the structure and carries out no text, name, address, number or link', async () => {
  const browser = await launch({ fixtures: { [NAMES_PAGE]: join(fixturesRoot, 'other/full-of-names.html') } });
  try {
    const extension = await openExtensionPage(browser, 'options.html');
    const page = await browser.context.newPage();
    await page.goto(NAMES_PAGE);
    await page.locator('[contenteditable="true"]').click();
    await clickToolbarButton(browser, page);
    const { report } = await askAsPopup(extension, { type: 'shape_report' });
    assert.equal(report.report, 'afterview-page-shape');
    const json = JSON.stringify(report);
    for (const secret of ['priya', 'raman', 'jordan', 'lee', 'globex', 'acme', 'baker', 'shoreditch', 'london', 'nw1', '6xe', '7946', '0958', '483920174', 'https', 'yahoo', 'example', 'token', 'pixel', 'careers', 'dear', 'inbox',
      // Names kept in what the page never shows: class names, attribute and tag names, a role.
      'delacroix', 'eriksen', 'priyanka', 'ramaswamy', 'prudence', 'fairweather', 'tobias', 'okafor', 'evergreen', 'terrace', 'marisol', 'quintana']) {
      assert.ok(!json.toLowerCase().includes(secret), `"${secret}" is not in the report`);
    }
    // What a fixture needs is there: the editor by role and state, the field names, the nesting.
    assert.match(json, /"role":"textbox"/);
    assert.match(json, /"contenteditable":"true"/);
    assert.match(json, /"name":"to"/);
    assert.match(json, /"focused":true/);
    assert.match(json, /"classes":\["compose"\]/);
    assert.equal(report.page_language, 'en-GB');
  } finally {
    await browser.close();
  }
});

test('a page that defines <afterview-panel> itself first gets no way into the panel: its host is another element the page cannot know', async () => {
  const hostile = join(fixturesRoot, 'other/defines-our-tags.html');
  const { browser, extension, page } = await openAsked({ [OTHER_MAIL]: hostile }, OTHER_MAIL);
  try {
    await page.locator('#body').click();
    await page.keyboard.type('hey jordan, i has a question.');
    await clickToolbarButton(browser, page);
    assert.equal((await askAsPopup(extension, { type: 'check_text_box' })).result, 'checking');
    // The panel is there, under a name of its own, and it checks the box.
    await page.waitForFunction(() => Array.from(document.querySelectorAll('*')).some((e) => e.tagName.startsWith('AFTERVIEW-PANEL-') && e.getAttribute('data-state') === 'ready'));
    await clickPanelButton(page, 'Who is this for?');
    await page.waitForTimeout(500);
    // Whatever the page's own <afterview-panel> class saw, no shadow root of ours is in it.
    const seen = await page.evaluate(() => window.__internals.map((i) => (i.shadowRoot ? i.shadowRoot.textContent : null)));
    assert.ok(seen.every((root) => root === null), `the page reached a shadow root: ${JSON.stringify(seen)}`);
  } finally {
    await browser.close();
  }
});


test('a box in a frame of the same site is checked where it is, and a box the page draws anew keeps its panel and person', async () => {
  const FRAMED = 'https://mail.yahoo.com/d/compose/3';
  const browser = await launch({
    fixtures: {
      [FRAMED]: join(fixturesRoot, 'other/webmail-framed.html'),
      'https://mail.yahoo.com/d/compose/editor': join(fixturesRoot, 'other/framed-editor.html'),
      [OTHER_MAIL]: join(fixturesRoot, 'other/webmail-compose.html'),
    },
  });
  try {
    await seedState(browser, freshState());
    const extension = await openExtensionPage(browser, 'options.html');
    const page = await browser.context.newPage();
    await page.goto(FRAMED);
    const frame = page.frameLocator('#editor-frame');
    await frame.locator('#framed').click();
    await page.keyboard.type('hey jordan, i has a question.');
    await clickToolbarButton(browser, page);
    assert.equal((await askAsPopup(extension, { type: 'check_text_box' })).result, 'checking');
    await frame.locator('afterview-panel[data-state="ready"]').waitFor({ timeout: 5000 });

    // The page replaces the box with a copy of it, as a framework's editor does when it
    // draws again: the panel follows, still for the person chosen.
    const other = await browser.context.newPage();
    await other.goto(OTHER_MAIL);
    await other.locator('#cover').click();
    await clickToolbarButton(browser, other);
    assert.equal((await askAsPopup(extension, { type: 'check_text_box' })).result, 'checking');
    await clickPanelButton(other, 'Who is this for?');
    await clickPanelButton(other, 'Use');
    await panelWhen(other, (p) => (p.match || '').startsWith('acme-analyst:jordan:'));
    await other.evaluate(() => {
      const old = /** @type {HTMLTextAreaElement} */ (document.querySelector('#cover'));
      const copy = /** @type {HTMLTextAreaElement} */ (old.cloneNode());
      old.replaceWith(copy);
      copy.focus();
    });
    await other.keyboard.type('Dear Jordan, thank you.');
    await panelWhen(other, (p) => (p.match || '').startsWith('acme-analyst:jordan:') && p.state === 'ready');
    assert.equal(await other.locator('afterview-panel').count(), 1);
  } finally {
    await browser.close();
  }
});
