// The browser test harness: Debian's Chromium, driven by playwright-core, with the
// unpacked extension from dist/chrome loaded. Site pages are served from fixtures at
// their real URLs through request routing (with a strict CSP header, as real sites
// send); every other request is refused and recorded, and `close()` fails the test if
// any was made: the extension must never talk to the network.
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { localize, siteOf } from './languages.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..', '..');
const extensionDir = join(repoRoot, 'dist', 'chrome');
/** Our own fixture pages, and the scripts that give them the sites' behaviour. */
export const fixturesRoot = join(here, 'fixtures');
/** The playground, as `make run` serves it. */
export const PLAYGROUND = 'http://127.0.0.1:8080/';
export const playgroundSite = { 'http://127.0.0.1:8080': join(repoRoot, 'www') };
/** A fixture page's own script, served on the site's origin: /fixture-site.js, /fixture-linkedin.js. */
const SITE_SCRIPT = /^\/fixture-(site|linkedin)\.js$/;

// Service-worker requests are reported to the context only with this flag.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

/** A strict policy like the sites': no inline script without a nonce, no eval, no wasm. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'nonce-fixture'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'";

/**
 * A running browser with the extension.
 * @typedef {{context: import('playwright-core').BrowserContext, worker: import('playwright-core').Worker,
 *   extensionId: string, violations: string[], close: () => Promise<void>}} Browser
 */

/**
 * Starts Chromium with the extension. `fixtures` maps a page URL (without its #fragment)
 * to an HTML file, or to `{file, lang}` for the page as the site shows it in another UI
 * language (languages.mjs); every other request to a fixture's origin is answered locally with a 404.
 * `sites` maps an origin to a folder served as it is (the playground at 127.0.0.1:8080).
 * `extension` loads another unpacked extension instead (the benchmarks' empty one).
 * `testAttributes: false` leaves the panels' test attributes off, as users have them.
 * @param {{fixtures?: Record<string, string | {file: string, lang: string}>, sites?: Record<string, string>, extension?: string, testAttributes?: boolean}} [options]
 * @returns {Promise<Browser>}
 */
export async function launch(options = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'afterview-e2e-'));
  const loaded = options.extension || extensionDir;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${loaded}`,
      `--load-extension=${loaded}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--metrics-recording-only',
    ],
  });
  const violations = [];
  const fixtures = new Map(Object.entries(options.fixtures || {}).map(([url, file]) => [url.split('#')[0], file]));
  const sites = options.sites || {};
  const origins = new Set([...fixtures.keys()].map((url) => new URL(url).origin).concat(Object.keys(sites)));

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    const bare = url.split('#')[0];
    if (/^(chrome-extension|data|blob):/.test(url)) {
      await route.continue();
    } else if (sites[new URL(url).origin]) {
      const path = new URL(url).pathname.replace(/\/$/, '/index.html');
      const file = join(sites[new URL(url).origin], path);
      const type = { html: 'text/html', js: 'text/javascript', css: 'text/css', wasm: 'application/wasm', json: 'application/json' }[path.split('.').pop()] || 'text/plain';
      if (file.startsWith(sites[new URL(url).origin]) && existsSync(file)) await route.fulfill({ status: 200, contentType: type, body: readFileSync(file) });
      else await route.fulfill({ status: 404, body: '' });
    } else if (origins.has(new URL(url).origin) && SITE_SCRIPT.test(new URL(url).pathname)) {
      const [, name] = SITE_SCRIPT.exec(new URL(url).pathname) || [];
      await route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(join(fixturesRoot, `${name}.js`)) });
    } else if (fixtures.has(bare)) {
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': STRICT_CSP },
        body: fixtureBody(bare, fixtures.get(bare)),
      });
    } else if (origins.has(new URL(url).origin)) {
      await route.fulfill({ status: 404, body: '' });
    } else {
      violations.push(url);
      await route.abort('blockedbyclient');
    }
  });
  const watch = (/** @type {import('playwright-core').Request} */ request) => {
    const url = request.url();
    const origin = url.startsWith('http') ? new URL(url).origin : '';
    if (/^(chrome-extension|data|blob|about):/.test(url) || origins.has(origin)) return;
    if (!violations.includes(url)) violations.push(url);
  };
  context.on('request', watch);

  let worker = context.serviceWorkers()[0];
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;
  // The panels' test attributes (docs/contract.md), which the specs read; a spec about
  // what the page may see turns them off again.
  if (options.testAttributes !== false && !options.extension) {
    await worker.evaluate(() => chrome.storage.local.set({ afterview_test_attributes: true }));
  }

  return {
    context,
    worker,
    extensionId,
    violations,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (violations.length > 0) throw new Error(`requests left the browser: ${violations.join(', ')}`);
    },
  };
}

/**
 * A fixture page's HTML, in the UI language asked for.
 * @param {string} url
 * @param {string | {file: string, lang: string}} fixture
 */
function fixtureBody(url, fixture) {
  if (typeof fixture === 'string') return readFileSync(fixture);
  return localize(readFileSync(fixture.file, 'utf8'), siteOf(url), fixture.lang);
}

/**
 * Replaces the stored state (the engine reloads it on storage.onChanged).
 * `refused`: a document the engine cannot use (the storage-fault tests).
 * @param {Browser} browser
 * @param {unknown} state
 * @param {{refused?: boolean}} [options]
 */
export async function seedState(browser, state, options = {}) {
  await browser.worker.evaluate(
    async ([s, refused]) => {
      await chrome.storage.local.set({ afterview: s });
      // The engine reloads on storage.onChanged; wait (up to 2 s) until it answers from
      // this document, so that a page opened next never sees the one before: its
      // applications, or for a refused one the problem it reports.
      const want = JSON.stringify(Array.isArray(s && s.processes) ? s.processes.map((p) => p && p.id) : []);
      for (let i = 0; i < 100; i++) {
        const engine = await globalThis.afterviewReady;
        // Asked of the engine directly, not through the worker's message handler: a call
        // the engine trapped in never settles (the handler would answer it), so each
        // attempt waits half a second at most.
        const overview = await Promise.race([engine.engine_ui_message({ type: 'overview' }), new Promise((r) => setTimeout(() => r({ type: 'none' }), 500))]);
        const shown = overview.type === 'overview' && (refused ? Boolean(overview.problem) : JSON.stringify(overview.state.processes.map((p) => p.id)) === want);
        if (shown) return;
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    [state, Boolean(options.refused)],
  );
}

/**
 * The stored state document.
 * @param {Browser} browser
 */
export async function readState(browser) {
  return browser.worker.evaluate(async () => (await chrome.storage.local.get('afterview')).afterview);
}

/**
 * Opens an extension page (popup.html, options.html) in a tab.
 * @param {Browser} browser
 * @param {string} path
 */
export async function openExtensionPage(browser, path) {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/** RFC 3339 with offset for a Date, in UTC. */
export function iso(date) {
  return date.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/**
 * A state with one process whose interview ended `hoursAgo` hours ago, relative to the
 * real clock (the extension plans against the real time).
 * @param {{hoursAgo?: number}} [options]
 */
export function freshState(options = {}) {
  const hoursAgo = options.hoursAgo ?? 2;
  const end = new Date(Date.now() - hoursAgo * 3600_000);
  const start = new Date(end.getTime() - 3600_000);
  return {
    schema: 1,
    profile: { name: 'Sam Rivera', email: 'sam.rivera@example.com', timezone: 'America/New_York', linkedin_note_limit: 300 },
    processes: [
      {
        id: 'acme-analyst',
        company: 'Acme Corp',
        role: 'Data Analyst',
        contacts: [
          { id: 'jordan', name: 'Jordan Lee', title: 'Analytics Manager', email: 'jordan.lee@acme.example', linkedin: 'https://www.linkedin.com/in/jordan-lee-0a1b2c', role: 'interviewer' },
          { id: 'morgan', name: 'Morgan Diaz', email: 'morgan.diaz@acme.example', role: 'recruiter' },
        ],
        interviews: [{ start: iso(start), end: iso(end), format: 'video', contacts: ['jordan'], timeline: "We'll be in touch by the end of next week" }],
        notes: [
          { contact: 'jordan', kind: 'detail', text: 'the plan to rebuild the weekly revenue dashboard' },
          { kind: 'need', text: 'faster answers to ad-hoc sales questions' },
          { kind: 'strength', text: 'building self-serve Tableau dashboards for a 40-person sales team' },
        ],
        events: [],
      },
    ],
  };
}

/**
 * Clicks the panel button whose accessible name starts with `name`, as a user would: the
 * panel's shadow root is closed, so the button is found in the accessibility tree and
 * clicked at its position on screen. With `inFrame`, the button is looked for in the
 * child frame whose address ends with it (the playground's views).
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {string} [inFrame]
 */
export async function clickPanelButton(page, name, inFrame) {
  const cdp = await page.context().newCDPSession(page);
  try {
    /** @type {{frameId?: string}} */
    const where = {};
    if (inFrame) {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const frame = (frameTree.childFrames || []).find((f) => f.frame.url.endsWith(inFrame));
      if (!frame) throw new Error(`no frame ${inFrame}`);
      where.frameId = frame.frame.id;
    }
    const deadline = Date.now() + 5000;
    let button;
    while (!button) {
      const { nodes } = await cdp.send('Accessibility.getFullAXTree', where);
      button = nodes.find((n) => n.role?.value === 'button' && String(n.name?.value || '').startsWith(name) && !n.ignored && n.backendDOMNodeId !== undefined);
      if (!button && Date.now() > deadline) throw new Error(`no panel button named "${name}…"${inFrame ? ` in ${inFrame}` : ''}`);
      if (!button) await new Promise((r) => setTimeout(r, 50));
    }
    await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId: button.backendDOMNodeId });
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendDOMNodeId });
    const [x1, y1, , , x3, y3] = model.content;
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

/**
 * What the panel shows to a user, read from the accessibility tree (its shadow root is
 * closed): the number of findings in its list, and the on-screen box of each visible button.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{findings: number, buttons: {name: string, x: number, y: number, width: number, height: number}[]}>}
 */
export async function panelShown(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const list = nodes.find((n) => n.role?.value === 'list' && n.name?.value === 'Suggestions for this draft' && !n.ignored);
    const findings = list ? (list.childIds || []).filter((id) => byId.get(id)?.role?.value === 'listitem').length : 0;
    const buttons = [];
    for (const n of nodes) {
      if (n.role?.value !== 'button' || n.ignored || n.backendDOMNodeId === undefined) continue;
      try {
        const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: n.backendDOMNodeId });
        const [x1, y1, , , x3, y3] = model.border;
        buttons.push({ name: String(n.name?.value || ''), x: x1, y: y1, width: x3 - x1, height: y3 - y1 });
      } catch {
        // not rendered
      }
    }
    return { findings, buttons };
  } finally {
    await cdp.detach();
  }
}

/**
 * Waits until the panel is `ready` with findings for which `accept(ids)` holds (the
 * panel may still show the previous text's findings for up to the debounce), and
 * returns the ids.
 * @param {import('playwright-core').Page} page
 * @param {(ids: string[]) => boolean} accept
 */
export async function readyFindings(page, accept) {
  const panel = page.locator('afterview-panel');
  const deadline = Date.now() + 10000;
  let seen = '';
  while (Date.now() < deadline) {
    const [state, findings] = await Promise.all([panel.getAttribute('data-state'), panel.getAttribute('data-findings')]);
    const ids = (findings || '').split(' ').filter(Boolean);
    seen = `${state}: ${ids.join(' ')}`;
    if (state === 'ready' && accept(ids)) return ids;
    await page.waitForTimeout(50);
  }
  throw new Error(`the panel never showed the expected findings (last: ${seen})`);
}

/**
 * Polls `read` from Node (strict site CSPs block the string predicates of
 * page.waitForFunction) until `accept` holds, and returns the value.
 * @template T
 * @param {() => Promise<T>} read
 * @param {(value: T) => boolean} accept
 * @param {string} what  said when it never happens
 * @returns {Promise<T>}
 */
export async function until(read, accept, what) {
  const deadline = Date.now() + 10000;
  let last;
  while (Date.now() < deadline) {
    last = await read();
    if (accept(last)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${what} never happened (last: ${JSON.stringify(last)})`);
}

/**
 * Waits for the stored state to hold an event of process `processId` for which `match` holds.
 * @param {Browser} browser
 * @param {string} processId
 * @param {(event: any) => boolean} match
 */
export async function storedEvent(browser, processId, match) {
  const state = await until(
    () => readState(browser),
    (s) => Boolean(s && s.processes.find((p) => p.id === processId)?.events.some(match)),
    `an event in ${processId}`,
  );
  return state.processes.find((p) => p.id === processId).events.find(match);
}

/**
 * The panel's data-* attributes, once `accept` holds for them.
 * @param {import('playwright-core').Page} page
 * @param {(attributes: Record<string, string>) => boolean} accept
 */
export async function panelWhen(page, accept) {
  const read = () =>
    page.evaluate(() => {
      const host = document.querySelector('afterview-panel') || document.querySelector('#interop-outlet')?.shadowRoot?.querySelector('afterview-panel');
      return host instanceof HTMLElement ? { ...host.dataset } : {};
    });
  return until(read, accept, 'the expected panel state');
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on the page and its frames, as "rule: target" lines. axe is
 * injected through the DevTools protocol, since the extension pages' CSP blocks inline
 * scripts; into every frame too, so that it checks what they show (the playground's views).
 * @param {import('playwright-core').Page} page
 */
export async function axeViolations(page) {
  for (const frame of page.frames()) await frame.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/**
 * A state of `n` applications like `freshState`'s, their interviews 1 to 30 days ago,
 * every fifth archived (a `closed` event).
 * @param {number} n
 */
export function manyApplications(n) {
  const state = freshState();
  const base = state.processes[0];
  state.processes = Array.from({ length: n }, (_, i) => {
    const ended = new Date(Date.now() - ((i % 30) + 1) * 86400_000);
    const process = structuredClone(base);
    process.id = `company-${i}`;
    process.company = `Company ${i}`;
    process.role = `Role ${i % 7}`;
    process.interviews[0].start = iso(new Date(ended.getTime() - 3600_000));
    process.interviews[0].end = iso(ended);
    if (i % 5 === 0) process.events = [{ id: `ev-${i}`, at: iso(new Date(ended.getTime() + 3600_000)), kind: 'closed' }];
    return process;
  });
  return state;
}

/**
 * A year of searching: `manyApplications(n)` where each application also holds what a
 * year leaves behind, five events each (a thank-you to each interviewer, a reply, two
 * check-ins) with the body of every note sent kept as the mail tab saw it, the
 * quoted thread under the new text included (n = 200: about 1,000 events, 2.3 MB). The
 * bodies are the clean emails of the proofreading corpus, varied by application.
 * @param {number} n
 */
export function yearOfSearching(n) {
  const emails = readFileSync(join(repoRoot, 'tests', 'data', 'proofreading', 'clean-formats.txt'), 'utf8')
    .split(/^=== .*$/m)
    .map((b) => b.trim())
    .filter(Boolean);
  const body = (k) => [0, 1, 2, 3, 4, 5].map((i) => emails[(k + i * 7) % emails.length]).join('\n\n> ');
  const state = manyApplications(n);
  state.processes.forEach((process, i) => {
    const after = Date.parse(process.interviews[0].end);
    const at = (hours) => iso(new Date(after + hours * 3600_000));
    const sent = (k, hours, purpose, to) => ({ id: `ev-${i}-${k}`, at: at(hours), kind: 'sent', channel: 'email', purpose, to, subject: `Thank you, ${process.role}`, body: body(i * 5 + k) });
    process.events = [
      sent(1, 2, 'thank_you', ['jordan']),
      sent(2, 3, 'thank_you', ['morgan']),
      { id: `ev-${i}-3`, at: at(30), kind: 'reply', from: 'morgan', says: 'later' },
      sent(4, 200, 'check_in', ['morgan']),
      sent(5, 400, 'check_in', ['morgan']),
      ...process.events,
    ];
  });
  return state;
}

/**
 * Seeds `state`, opens Gmail's inbox (the fixture served at `inbox`), starts a compose to
 * Jordan Lee of `freshState` and waits until the panel matched the thank-you owed to him.
 * @param {Browser} browser
 * @param {string} inbox
 * @param {unknown} [state]
 */
export async function gmailComposeToJordan(browser, inbox, state = freshState()) {
  await seedState(browser, state);
  const page = await browser.context.newPage();
  await page.goto(inbox);
  await page.locator('#compose-button').click();
  await page.locator('afterview-panel').waitFor({ state: 'attached', timeout: 10000 });
  const to = page.locator('input[aria-label="To recipients"]').first();
  await to.click();
  await to.pressSequentially('jordan.lee@acme.example');
  await to.press('Enter');
  await panelWhen(page, (p) => p.match === 'acme-analyst:jordan:thank_you' && p.state === 'ready');
  return page;
}

/** Stops the extension's service worker, as the browser stops an idle or overdue one (even mid-task). */
export async function stopWorker(browser) {
  const cdp = await browser.context.browser().newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
    await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  } finally {
    await cdp.detach();
  }
}

/**
 * Clicks the extension's toolbar button over `page`, as a user would (DevTools'
 * `Extensions.triggerAction`): the browser gives the extension leave to script that tab
 * (`activeTab`), and opens the popup. `page` is brought to the front first, so that it is
 * the tab the popup's requests are for.
 * @param {Browser} browser
 * @param {import('playwright-core').Page} page
 */
export async function clickToolbarButton(browser, page) {
  await page.bringToFront();
  const chrome = browser.context.browser();
  if (!chrome) throw new Error('no browser session for the toolbar');
  const cdp = await chrome.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no tab target for ${page.url()}`);
    await cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId: tab.targetId });
  } finally {
    await cdp.detach();
  }
}
