// The Firefox harness: Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi,
// with dist/firefox installed as a temporary add-on. Its internal UUID is fixed in advance
// (pref extensions.webextensions.uuids), so its pages have known moz-extension:// URLs.
// Site pages come from fixtures at their real URLs (firefox-network.mjs); `close()` fails
// if any request tried to leave the browser.
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './harness.mjs';
import { serveFixtures, startProxy } from './firefox-network.mjs';

/** Debian's Firefox ESR (`make setup` installs it). */
const FIREFOX = '/usr/bin/firefox-esr';
const addonDir = join(repoRoot, 'dist', 'firefox');
/** The add-on's internal UUID, fixed for the tests (Firefox picks a random one otherwise). */
const ADDON_UUID = '6b0f6a8e-5f2c-4b8e-9d3a-0a1b2c3d4e5f';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

/**
 * A running Firefox with the add-on. `storage` is an extension page kept open to read and
 * write browser.storage.
 * @typedef {{browser: import('puppeteer-core').Browser, bidi: import('./firefox-network.mjs').BiDi,
 *   chromeContext: string, storage: import('puppeteer-core').Page, violations: string[],
 *   close: () => Promise<void>}} Firefox
 */

/**
 * Starts Firefox with the add-on installed and `fixtures` (page URL → HTML file) served.
 * If Firefox cannot start, throws one line saying so.
 * @param {{fixtures?: Record<string, string>}} [options]
 * @returns {Promise<Firefox>}
 */
export async function launchFirefox(options = {}) {
  /** @type {string[]} */
  const violations = [];
  const proxy = await startProxy(violations);
  const addonId = JSON.parse(readFileSync(join(addonDir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  let browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // Lets BiDi open moz-extension:// pages and read the accessibility tree (clickPanelButton).
      args: ['--remote-allow-system-access'],
      // Firefox itself refuses any connection to a non-loopback address.
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      extraPrefsFirefox: {
        ...proxy.prefs,
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: ADDON_UUID }),
        'network.dns.disablePrefetch': true,
        'network.trr.mode': 5,
        // Firefox's own remote settings stay off (honoured with non-local connections disabled).
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
      },
    });
  } catch (error) {
    await proxy.close();
    throw new Error(`Firefox could not start (${FIREFOX}): ${String(error instanceof Error ? error.message : error).split('\n')[0]}`);
  }
  const bidi = /** @type {any} */ (browser).connection;
  await serveFixtures(bidi, options.fixtures || {}, violations);
  await browser.installExtension(addonDir);
  const { result } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const firefox = { browser, bidi, chromeContext: result.contexts[0].context, violations, storage: /** @type {any} */ (null) };
  firefox.storage = await openExtensionPage(firefox, 'popup.html');
  // The panels' test attributes (docs/contract.md), which the specs read.
  await firefox.storage.evaluate(() => browser.storage.local.set({ afterview_test_attributes: true }));
  return {
    ...firefox,
    async close() {
      await browser.close();
      await proxy.close();
      if (violations.length > 0) throw new Error(`requests left the browser: ${[...new Set(violations)].join(', ')}`);
    },
  };
}

/** A page's BiDi browsing context id. */
const contextOf = (/** @type {import('puppeteer-core').Page} */ page) => /** @type {any} */ (page.mainFrame())._id;

/**
 * Opens an extension page (popup.html, options.html) in a new tab. BiDi navigates there
 * itself: puppeteer's goto loses the tab when it moves into the extension process.
 * @param {Pick<Firefox, 'browser' | 'bidi'>} firefox
 * @param {string} path
 */
export async function openExtensionPage(firefox, path) {
  const page = await firefox.browser.newPage();
  await firefox.bidi.send('browsingContext.navigate', { context: contextOf(page), url: `${EXTENSION_ORIGIN}/${path}`, wait: 'complete' });
  return page;
}

/**
 * The uncaught script errors of the add-on's pages and background script so far, from
 * Firefox's console service (BiDi reports no log entries for moz-extension:// pages).
 * Left out: Firefox's own notes that a page closed while its message to the engine was on
 * its way ("Promise rejected/resolved after context unloaded"): users, and these tests,
 * close the popup whenever they like, also while it draws itself again after a change.
 * @param {Firefox} firefox
 * @returns {Promise<string[]>}
 */
export async function extensionErrors(firefox) {
  const { result } = await firefox.bidi.send('script.callFunction', {
    functionDeclaration: `(origin) => Services.console.getMessageArray()
      .filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.warningFlag) && (m.sourceName || '').startsWith(origin))
      .filter((m) => !/^Promise (rejected|resolved) after context unloaded/.test(m.errorMessage))
      .map((m) => m.errorMessage + ' (' + m.sourceName + ':' + m.lineNumber + ')')`,
    arguments: [{ type: 'string', value: EXTENSION_ORIGIN }],
    target: { context: firefox.chromeContext },
    awaitPromise: false,
  });
  return result.result.value.map((/** @type {{value: string}} */ entry) => entry.value);
}

/**
 * Replaces the stored state (the engine reloads it on storage.onChanged).
 * @param {Firefox} firefox
 * @param {unknown} state
 */
export async function seedState(firefox, state) {
  await firefox.storage.evaluate((s) => browser.storage.local.set({ afterview: s }), state);
}

/**
 * The stored state document.
 * @param {Firefox} firefox
 */
export async function readState(firefox) {
  return firefox.storage.evaluate(async () => (await browser.storage.local.get('afterview')).afterview);
}

/**
 * Runs in Firefox's parent process: finds, in the accessibility tree of the tab with BiDi
 * context `contextId`, the button whose name starts with `prefix`, scrolls it into view and
 * returns its centre in CSS pixels of the viewport (null while there is none).
 */
const FIND_BUTTON = `async (contextId, prefix) => {
  const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
  const service = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
  const outer = service.getAccessibleFor(NavigableManager.getBrowserById(contextId));
  const find = (acc) => {
    if (!acc) return null;
    if (acc.role === Ci.nsIAccessibleRole.ROLE_PUSHBUTTON && (acc.name || '').startsWith(prefix)) return acc;
    for (let child = acc.firstChild; child; child = child.nextSibling) { const hit = find(child); if (hit) return hit; }
    return null;
  };
  const doc = outer && outer.firstChild;
  const button = find(doc);
  if (!button) return null;
  button.scrollTo(Ci.nsIAccessibleScrollType.SCROLL_TYPE_ANYWHERE);
  await new Promise((r) => setTimeout(r, 50));
  const box = (acc) => { const x = {}, y = {}, w = {}, h = {}; acc.getBounds(x, y, w, h); return [x.value, y.value, w.value, h.value]; };
  const [bx, by, bw, bh] = box(button);
  const [dx, dy] = box(doc);
  return { x: (bx - dx + bw / 2) / devicePixelRatio, y: (by - dy + bh / 2) / devicePixelRatio };
}`;

/**
 * Clicks the panel button whose accessible name starts with `name`, as a user would: the
 * panel's shadow root is closed, so the button is found in Firefox's accessibility tree and
 * clicked at its position on screen.
 * @param {Firefox} firefox
 * @param {import('puppeteer-core').Page} page
 * @param {string} name
 */
export async function clickPanelButton(firefox, page, name) {
  const deadline = Date.now() + 5000;
  for (;;) {
    const { result: { result } } = await firefox.bidi.send('script.callFunction', {
      functionDeclaration: FIND_BUTTON,
      arguments: [{ type: 'string', value: contextOf(page) }, { type: 'string', value: name }],
      target: { context: firefox.chromeContext },
      awaitPromise: true,
    });
    if (result.type === 'object') {
      const point = Object.fromEntries(result.value.map(([key, value]) => [key, value.value]));
      await page.mouse.click(point.x, point.y);
      return;
    }
    if (Date.now() > deadline) throw new Error(`no panel button named "${name}…"`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The panel's data-* attributes (empty when there is no panel), in the page or in
 * LinkedIn's #interop-outlet shadow root.
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<Record<string, string>>}
 */
export function panelData(page) {
  return page.evaluate(() => {
    const host = document.querySelector('afterview-panel') || document.querySelector('#interop-outlet')?.shadowRoot?.querySelector('afterview-panel');
    return host instanceof HTMLElement ? { ...host.dataset } : {};
  });
}
