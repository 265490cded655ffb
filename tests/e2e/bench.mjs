// `make bench`, the browser half and the report: runs the native divan benches (their
// output is passed in as a file), measures the built extension in headless Chromium,
// measures sizes, writes target/bench.json (metric → number) and prints a table with the
// budgets below (BENCH.md says what each measures). Timings are printed, never asserted (machines are noisy).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { fixturesRoot, freshState, launch, openExtensionPage, repoRoot, seedState, until, yearOfSearching } from './harness.mjs';

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
const DEBOUNCE_MS = 300;

/** The budgets: metric → [limit, unit]. Lower is better for all. */
const BUDGETS = {
  check_300_native_us_warm: 100,
  read_2000_native_us: 1000,
  check_300_browser_ms_p50: 0.5,
  check_300_browser_ms_p95: 1,
  keystroke_ready_ms_p95: 10,
  worker_cold_start_ms: 100,
  plan_500_native_ms: 5,
  wasm_gzip_kb: 200,
  dictionary_gzip_kb: 200,
  content_idle_1000_mutations_ms: 1,
  popup_first_render_ms: 50,
  popup_vs_blank_page: 2,
  cold_start_vs_blank_worker: 3,
  cold_start_year_vs_blank_worker: 3,
  dashboard_first_render_ms: 100,
  dashboard_vs_blank_page: 2,
  dashboard_interactive_vs_blank_page: 3,
};

/** @param {number[]} values @param {number} q */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
const round = (x, digits = 3) => Number(x.toFixed(digits));

/** Divan's table: "name / arg" → median in µs. */
function parseDivan(text) {
  const units = { ns: 1e-3, 'µs': 1, us: 1, ms: 1e3, s: 1e6 };
  const out = {};
  let group = '';
  for (const line of text.split('\n')) {
    const m = /^[│├╰\s─]*([\w]+)\s+(?:([\d.]+)\s+(ns|µs|us|ms|s)\s+│\s+[\d.]+\s+\S+\s+│\s+([\d.]+)\s+(ns|µs|us|ms|s))?/.exec(line);
    if (!m) continue;
    if (!m[2]) {
      group = m[1];
      continue;
    }
    const depth = line.search(/[\w]/);
    const name = depth > 4 ? `${group}/${m[1]}` : m[1];
    if (depth <= 4) group = m[1];
    out[name] = Number(m[4]) * units[m[5]];
  }
  return out;
}

/** A draft of about `words` words. */
function prose(words) {
  const sentence = 'Thank you for the conversation about the weekly revenue dashboard and the questions your sales team asks. ';
  const per = sentence.split(' ').length - 1;
  return `Dear Jordan,\n\n${sentence.repeat(Math.ceil(words / per))}\n\nBest regards,\nSam Rivera`;
}

/** The check message the content script sends, for a 300-word draft. */
const CHECK = { type: 'check', draft: { channel: 'email', to: ['jordan.lee@acme.example'], cc: [], subject: 'Thank you – Sam Rivera', body: prose(300) } };

/**
 * 20 different drafts of about `words` words, built the way the native check bench
 * builds its own (benches/core.rs): the clean emails of the proofreading corpus from the
 * 3i-th on, one after another, cut at the first sentence end after `words` words.
 * @param {number} words
 */
function corpusDrafts(words) {
  const bodies = readFileSync(join(repoRoot, 'tests', 'data', 'proofreading', 'clean.txt'), 'utf8')
    .split(/^=== .*$/m)
    .slice(1)
    .map((b) => b.replace(/^\n/, ''))
    .filter((b) => b.trim());
  return Array.from({ length: 20 }, (_, i) => {
    let body = '';
    let count = 0;
    for (let k = i * 3; ; k++) {
      const pieces = bodies[k % bodies.length].match(/[^ \n]*[ \n]*/g) || [];
      const done = pieces.some((piece) => {
        body += piece;
        if (piece.trim()) count++;
        return count >= words && /[.!?]\s*$/.test(piece);
      });
      if (done) break;
    }
    return { type: 'check', draft: { channel: 'email', to: ['jordan.lee@acme.example'], cc: [], subject: 'Thank you – Sam Rivera', body } };
  });
}

/**
 * An unpacked extension with nothing in it, the floor the real one is measured against:
 * a worker that answers every port message at once, and a page that draws three cards
 * with plain DOM calls (no wasm) and marks when it is drawn, as the popup does.
 */
function blankExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'afterview-blank-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Blank', version: '1.0', background: { service_worker: 'worker.js', type: 'module' } }));
  writeFileSync(join(dir, 'worker.js'), "chrome.runtime.onConnect.addListener((port) => port.onMessage.addListener((m) => port.postMessage({ request_id: m.request_id, answer: { type: 'pong' } })));\n");
  copyFileSync(join(repoRoot, 'extension', 'styles', 'pages.css'), join(dir, 'pages.css'));
  writeFileSync(join(dir, 'blank.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="pages.css"></head><body class="popup"><main id="app"></main><script type="module" src="blank.js"></script></body></html>');
  writeFileSync(join(dir, 'blank.js'), "const list = document.createElement('ul');\nfor (const what of ['Thank Jordan Lee', 'Check in with Morgan Diaz', 'Connect on LinkedIn']) { const li = document.createElement('li'); li.className = 'action'; li.textContent = what; list.append(li); }\ndocument.getElementById('app').append(list);\nperformance.mark('afterview-rendered');\n");
  return dir;
}

/**
 * The median time from `ask()` to its answer over `n` tries.
 * @param {number} n @param {() => Promise<number>} ask
 */
async function medianOf(n, ask) {
  const times = [];
  for (let i = 0; i < n; i++) times.push(await ask());
  return quantile(times, 0.5);
}

/** Asks over a fresh port from an extension page; resolves with the round trip in ms. */
const PORT_ASK = (message) => new Promise((resolve) => {
  const t0 = performance.now();
  const port = chrome.runtime.connect({ name: 'afterview-page' });
  port.onMessage.addListener(() => {
    resolve(performance.now() - t0);
    port.disconnect();
  });
  port.postMessage({ request_id: 1, message });
});

/**
 * Marks `afterview-interactive` on the applications page the first time its list answers
 * input: the filter box is typed into (a word no row has) and the list is empty at once;
 * the box is then cleared again. Runs in the page from its first script on, every 4 ms.
 */
function interactiveProbe() {
  const timer = setInterval(() => {
    const app = document.getElementById('app');
    const box = /** @type {HTMLInputElement | null} */ (document.getElementById('filter-words'));
    if (!app || app.inert || !box || !document.querySelector('tbody tr')) return;
    box.value = 'no-such-application-anywhere';
    box.dispatchEvent(new Event('input'));
    const answered = !document.querySelector('tbody tr');
    box.value = '';
    box.dispatchEvent(new Event('input'));
    if (answered) {
      performance.mark('afterview-interactive');
      clearInterval(timer);
    }
  }, 4);
}

/**
 * The popup's and the applications page's times over five openings each, medians, with
 * `suffix` on each metric's name: first render (the kept drawing or the Rust one), and for
 * the applications page the pages module ready, the overview answered, the live list drawn
 * and the list answering input (`interactiveProbe`).
 * @param {Awaited<ReturnType<typeof launch>>} browser @param {string} suffix
 */
async function pageRenders(browser, suffix) {
  const metrics = {};
  const renders = [];
  for (let i = 0; i < 5; i++) {
    const popup = await openExtensionPage(browser, 'popup.html');
    // The kept drawing painted before any wasm, else the Rust drawing.
    await until(() => popup.evaluate(() => performance.getEntriesByName('afterview-rendered').length), (n) => n > 0, 'the popup rendering');
    renders.push(await popup.evaluate(() => Math.min(...['afterview-painted', 'afterview-rendered'].flatMap((m) => performance.getEntriesByName(m).map((e) => e.startTime)))));
    await popup.close();
  }
  metrics[`popup_first_render${suffix}_ms`] = round(quantile(renders, 0.5));
  const marks = ['afterview-wasm-ready', 'afterview-overview', 'afterview-rendered', 'afterview-interactive'];
  const times = Object.fromEntries([...marks, 'first'].map((m) => [m, []]));
  for (let i = 0; i < 5; i++) {
    const dashboard = await browser.context.newPage();
    await dashboard.addInitScript(interactiveProbe);
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    await until(() => dashboard.evaluate(() => performance.getEntriesByName('afterview-rendered').length), (n) => n > 0, 'the applications page rendering');
    const at = (name) => dashboard.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Infinity, name);
    if (suffix === '') await until(() => at('afterview-interactive'), (t) => t < Infinity, 'the list answering input');
    for (const mark of marks) times[mark].push(await at(mark));
    times.first.push(Math.min(await at('afterview-painted'), await at('afterview-rendered')));
    await dashboard.close();
  }
  const median = (mark) => round(quantile(times[mark], 0.5));
  metrics[`dashboard_first_render${suffix}_ms`] = median('first');
  metrics[`dashboard_wasm_ready${suffix}_ms`] = median('afterview-wasm-ready');
  metrics[`dashboard_overview${suffix}_ms`] = median('afterview-overview');
  metrics[`dashboard_live_render${suffix}_ms`] = median('afterview-rendered');
  if (suffix === '') metrics.dashboard_interactive_ms = median('afterview-interactive');
  return metrics;
}

/**
 * The size (KB of JSON) of the engine's answer to each page's overview, and of the whole
 * state (the export's), on the state seeded.
 * @param {Awaited<ReturnType<typeof launch>>} browser
 */
async function viewSizes(browser) {
  const page = await openExtensionPage(browser, 'popup.html');
  const sizes = await page.evaluate(async () => {
    const kb = (answer) => JSON.stringify(answer).length / 1024;
    const ask = (message) => chrome.runtime.sendMessage(message).then(kb);
    return {
      view_popup_kb: await ask({ type: 'view', page: 'popup' }),
      view_applications_kb: await ask({ type: 'view', page: 'applications' }),
      view_application_kb: await ask({ type: 'view', page: { application: 'company-7' } }),
      whole_state_kb: await ask({ type: 'overview' }),
    };
  });
  await page.close();
  return Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, round(v, 1)]));
}

/**
 * Worker cold start → first check answer (dictionary included), median of five: the
 * worker is stopped, then asked from an extension page.
 * @param {Awaited<ReturnType<typeof launch>>} browser
 */
async function coldStarts(browser) {
  const asker = await openExtensionPage(browser, 'popup.html');
  await asker.waitForTimeout(500);
  const cdp = await browser.context.newCDPSession(asker);
  await cdp.send('ServiceWorker.enable');
  const colds = [];
  for (let i = 0; i < 5; i++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await asker.waitForTimeout(300);
    colds.push(await asker.evaluate(PORT_ASK, CHECK));
  }
  await asker.close();
  return quantile(colds, 0.5);
}

async function browserMetrics() {
  const metrics = {};
  const browser = await launch({ fixtures: { [GMAIL]: join(fixturesRoot, 'gmail', 'inbox-2025.html') } });
  try {
    await seedState(browser, freshState());
    const startup = await browser.worker.evaluate(async () => {
      await globalThis.afterviewReady;
      return globalThis.afterviewStartup;
    });
    metrics.wasm_instantiate_ms = round(startup.wasm_ready_ms);
    metrics.engine_start_ms = round(startup.engine_ready_ms);

    // check of 300 words in the worker, warm, going round 20 different drafts: batches of
    // 20 calls (one of each) per timer read (timers are coarse).
    const perCall = await browser.worker.evaluate(async (messages) => {
      const engine = await globalThis.afterviewReady;
      const samples = [];
      for (const message of messages) await engine.engine_page_message(message); // warm
      for (let round = 0; round < 50; round++) {
        const t0 = performance.now();
        for (const message of messages) await engine.engine_page_message(message);
        samples.push((performance.now() - t0) / messages.length);
      }
      return samples;
    }, corpusDrafts(300));
    metrics.check_300_browser_ms_p50 = round(quantile(perCall, 0.5));
    metrics.check_300_browser_ms_p95 = round(quantile(perCall, 0.95));

    // The popup and the applications page on a fresh install (nothing tracked yet), then
    // on a year of searching (200 applications, about 1,000 events, every sent body kept).
    await seedState(browser, { schema: 1, profile: { name: 'Sam Rivera', timezone: 'UTC' }, processes: [] });
    Object.assign(metrics, await pageRenders(browser, '_fresh'));
    await seedState(browser, yearOfSearching(200));
    Object.assign(metrics, await pageRenders(browser, ''));
    Object.assign(metrics, await viewSizes(browser));
    metrics.worker_cold_start_year_ms = round(await coldStarts(browser));
    await seedState(browser, freshState());

    // Content idle: 1,000 unrelated mutations with no compose open, the content script's
    // share of the CPU profile (samples in chrome-extension:// scripts).
    const page = await browser.context.newPage();
    await page.goto(GMAIL);
    await page.waitForTimeout(500);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.evaluate(async () => {
      const list = document.querySelector('.thread') || document.body;
      for (let i = 0; i < 1000; i++) {
        const item = document.createElement('div');
        item.textContent = `unrelated update ${i}`;
        list.append(item);
        if (i % 10 === 9) await new Promise((r) => setTimeout(r, 16)); // as a busy page ticks
      }
      await new Promise((r) => setTimeout(r, 400)); // let the debounced scan run
    });
    const { profile } = await cdp.send('Profiler.stop');
    metrics.content_idle_1000_mutations_ms = round(extensionTime(profile));

    // Keystroke → ready on the Gmail fixture: 50 edits at the end of a 300-word draft. The
    // content script marks each check's steps only when asked (main.js markStep); a page
    // opened after the key is set reads it.
    await browser.worker.evaluate(() => chrome.storage.local.set({ afterview_bench_marks: true }));
    await page.reload();
    await page.locator('#compose-button').click();
    const input = page.locator('input[aria-label="To recipients"]');
    await input.fill('jordan.lee@acme.example');
    await input.press('Enter');
    const editor = page.locator('div[aria-label="Message Body"][contenteditable="true"]');
    await editor.fill(prose(300));
    await until(() => page.locator('afterview-panel').getAttribute('data-state'), (s) => s === 'ready', 'the first check');
    await page.evaluate(() => {
      const panel = document.querySelector('afterview-panel');
      window.__ready = [];
      window.__lastKey = 0;
      window.__steps = {};
      document.addEventListener('keydown', () => (window.__lastKey = performance.now()), true);
      // The content script marks the steps of each check (main.js markStep).
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name.startsWith('afterview-check-')) window.__steps[entry.name] = entry.startTime;
      }).observe({ type: 'mark' });
      new MutationObserver(() => {
        if (panel.getAttribute('data-state') === 'ready') window.__ready.push(performance.now());
      }).observe(panel, { attributes: true, attributeFilter: ['data-state'] });
    });
    await editor.press('End');
    const latencies = [];
    // What each latency is made of: the debounce timer firing late, reading the compose,
    // the engine's answer (port and check), drawing the findings and underlines.
    const parts = { timer_late: [], read: [], engine: [], draw: [] };
    for (let i = 0; i < 50; i++) {
      const count = await page.evaluate(() => window.__ready.length);
      await page.keyboard.type(i % 2 ? 'a' : ' ');
      const readyAt = await until(() => page.evaluate((n) => window.__ready[n] ?? -1, count), (t) => t >= 0, 'ready after an edit');
      const { keyAt, steps } = await page.evaluate(() => ({ keyAt: window.__lastKey, steps: window.__steps }));
      latencies.push(readyAt - keyAt - DEBOUNCE_MS);
      parts.timer_late.push(steps['afterview-check-read'] - keyAt - DEBOUNCE_MS);
      parts.read.push(steps['afterview-check-asked'] - steps['afterview-check-read']);
      parts.engine.push(steps['afterview-check-answered'] - steps['afterview-check-asked']);
      parts.draw.push(readyAt - steps['afterview-check-answered']);
    }
    metrics.keystroke_ready_ms_p50 = round(quantile(latencies, 0.5));
    metrics.keystroke_ready_ms_p95 = round(quantile(latencies, 0.95));
    for (const [part, values] of Object.entries(parts)) metrics[`keystroke_${part}_ms_p95`] = round(quantile(values, 0.95));

    // Worker cold start → first check answer (dictionary included), on a fresh install.
    metrics.worker_cold_start_ms = round(await coldStarts(browser));
    const asker = await openExtensionPage(browser, 'popup.html');

    // The floor under keystroke → findings: a port round trip to the awake engine.
    metrics.port_round_trip_ms = round(await medianOf(30, () => asker.evaluate(PORT_ASK, { type: 'ping' })));
  } finally {
    await browser.close();
  }
  Object.assign(metrics, await floors());
  metrics.popup_vs_blank_page = round(metrics.popup_first_render_ms / metrics.blank_page_first_render_ms);
  metrics.cold_start_vs_blank_worker = round(metrics.worker_cold_start_ms / metrics.blank_worker_wake_ms);
  metrics.cold_start_year_vs_blank_worker = round(metrics.worker_cold_start_year_ms / metrics.blank_worker_wake_ms);
  metrics.dashboard_vs_blank_page = round(metrics.dashboard_first_render_ms / metrics.blank_page_first_render_ms);
  metrics.dashboard_interactive_vs_blank_page = round(metrics.dashboard_interactive_ms / metrics.blank_page_first_render_ms);
  metrics.keystroke_vs_port_round_trip = round(metrics.keystroke_ready_ms_p95 / metrics.port_round_trip_ms);
  return metrics;
}

/**
 * The floors, in the same run, with the empty extension: its page's first render, and its
 * worker's wake-up and port round trip after it was stopped.
 */
async function floors() {
  const dir = blankExtension();
  const browser = await launch({ extension: dir });
  try {
    const renders = [];
    for (let i = 0; i < 5; i++) {
      const page = await openExtensionPage(browser, 'blank.html');
      renders.push(await until(() => page.evaluate(() => performance.getEntriesByName('afterview-rendered')[0]?.startTime ?? -1), (t) => t >= 0, 'the blank page rendering'));
      await page.close();
    }
    const asker = await openExtensionPage(browser, 'blank.html');
    const cdp = await browser.context.newCDPSession(asker);
    await cdp.send('ServiceWorker.enable');
    const wakes = [];
    for (let i = 0; i < 5; i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await asker.waitForTimeout(300);
      wakes.push(await asker.evaluate(PORT_ASK, { type: 'ping' }));
    }
    return { blank_page_first_render_ms: round(quantile(renders, 0.5)), blank_worker_wake_ms: round(quantile(wakes, 0.5)) };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Milliseconds of a CPU profile spent in extension scripts (self time). */
function extensionTime(profile) {
  const ours = new Set(profile.nodes.filter((n) => n.callFrame.url.startsWith('chrome-extension://')).map((n) => n.id));
  let total = 0;
  profile.samples.forEach((id, i) => {
    if (ours.has(id)) total += profile.timeDeltas[i] || 0;
  });
  return total / 1000;
}

/** Raw and gzip sizes of every shipped .wasm, .js and dictionary file. */
function sizes() {
  const root = join(repoRoot, 'dist', 'chrome');
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(wasm|js|aff|dic)$/.test(name)) files.push(path);
    }
  };
  walk(root);
  const rows = files.map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(root, path), raw_kb: round(bytes.length / 1024, 1), gzip_kb: round(gzipSync(bytes, { level: 9 }).length / 1024, 1) };
  });
  const sum = (pattern) => round(rows.filter((r) => pattern.test(r.file)).reduce((a, r) => a + r.gzip_kb, 0), 1);
  // The budget is the engine's (the service worker's module); the pages' module is reported beside it.
  return {
    rows,
    wasm_gzip_kb: sum(/engine_bg\.wasm$/),
    pages_wasm_gzip_kb: sum(/pages_bg\.wasm$/),
    dictionary_gzip_kb: sum(/\.(aff|dic)$/),
    js_gzip_kb: sum(/\.js$/),
  };
}

async function main() {
  const divanFile = process.argv[2];
  const native = parseDivan(readFileSync(divanFile, 'utf8'));
  const need = (name) => {
    if (native[name] === undefined) throw new Error(`divan output has no ${name} (have: ${Object.keys(native).join(', ')})`);
    return native[name];
  };
  const metrics = {
    check_50_native_us: round(need('check_words/50'), 1),
    check_300_native_us_warm: round(need('check_words/300'), 1),
    check_300_native_us_cold: round(need('check_300_cold'), 1),
    check_1000_native_us: round(need('check_words/1000'), 1),
    plan_1_native_ms: round(need('plan_processes/1') / 1000),
    plan_50_native_ms: round(need('plan_processes/50') / 1000),
    plan_500_native_ms: round(need('plan_processes/500') / 1000),
    when_100_phrases_native_us: round(need('when_100_phrases'), 1),
    read_2000_native_us: round(need('read_2000_words'), 1),
    check_after_ten_sent_notes_native_us: round(need('check_after_ten_sent_notes'), 1),
    dictionary_load_native_ms: round(need('dictionary_load') / 1000),
  };
  const size = sizes();
  const { rows, ...sizeMetrics } = size;
  Object.assign(metrics, sizeMetrics);
  Object.assign(metrics, await browserMetrics());

  mkdirSync(join(repoRoot, 'target'), { recursive: true });
  writeFileSync(join(repoRoot, 'target', 'bench.json'), `${JSON.stringify(metrics, null, 2)}\n`);
  const twiggy = twiggyTop();
  if (twiggy) writeFileSync(join(repoRoot, 'target', 'twiggy-top.txt'), twiggy);
  const areas = engineAreas(metrics.wasm_gzip_kb);
  if (areas) writeFileSync(join(repoRoot, 'target', 'engine-areas.json'), `${JSON.stringify(areas, null, 2)}\n`);

  console.log('\nmetric                              value      budget  ');
  console.log('----------------------------------  ---------  --------');
  for (const [name, value] of Object.entries(metrics)) {
    const budget = BUDGETS[name];
    const verdict = budget === undefined ? '' : value <= budget ? `≤ ${budget} ok` : `≤ ${budget} MISSED`;
    console.log(`${name.padEnd(34)}  ${String(value).padStart(9)}  ${verdict}`);
  }
  console.log('\nfile                                raw KB   gzip KB');
  for (const row of rows) console.log(`${row.file.padEnd(34)}  ${String(row.raw_kb).padStart(7)}  ${String(row.gzip_kb).padStart(8)}`);
  if (twiggy) console.log(`\ntwiggy top of the raw cargo wasm (target/twiggy-top.txt):\n${twiggy.split('\n').slice(0, 14).join('\n')}`);
  if (areas) {
    console.log('\nengine wasm by area, KB gzip, estimated (target/engine-areas.json):');
    for (const [area, kb] of Object.entries(areas)) console.log(`${area.padEnd(44)}  ${String(kb).padStart(6)}`);
  }
  console.log('\nwritten: target/bench.json');
}

/** The raw cargo build of the engine: every function still named. */
const RAW_ENGINE = join(repoRoot, 'target', 'wasm-engine', 'wasm32-unknown-unknown', 'wasm', 'afterview.wasm');

/** `twiggy top` of the raw cargo wasm, when twiggy is installed. */
function twiggyTop() {
  try {
    return execFileSync('twiggy', ['top', '-n', '25', RAW_ENGINE], { encoding: 'utf8' });
  } catch {
    return '';
  }
}

/**
 * What the engine's code and data are for, by function name (the first area whose
 * pattern matches; the engine's message handlers are inlined into the futures that run
 * them, so they count as its glue). Order matters: serde's impls on our types are JSON.
 */
const ENGINE_AREAS = [
  ['JSON (serde)', /serde/],
  ['spelling (spellbook)', /spellbook|engine_load_dictionary|afterview::core::lexicon/],
  ['checker', /afterview::core::(check|matching)/],
  ['drafts', /afterview::core::draft/],
  ['reply reader', /afterview::core::read/],
  ['planner, dates', /afterview::core::(plan|when|calendar|dates|stage)|chrono/],
  ['state, edits', /afterview::core::/],
  ['engine glue, handlers', /afterview::web|js_sys|wasm_bindgen|web_sys|gloo|^engine_/],
  ['Rust runtime (core, alloc, std, collections)', /./],
];

/**
 * The engine as shipped but with its function names: the raw cargo wasm through
 * wasm-bindgen and wasm-opt with the build's own flags (`make bench` passes them), the
 * names kept (`-g`) where the build strips them.
 */
function namedEngine() {
  const dir = join(repoRoot, 'target', 'engine-named');
  mkdirSync(dir, { recursive: true });
  const bindgenFlags = (process.env.ENGINE_BINDGEN_FLAGS || '').split(/\s+/).filter(Boolean);
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', ...bindgenFlags, '--out-dir', dir, '--out-name', 'engine', RAW_ENGINE]);
  const optFlags = (process.env.WASM_OPT_FLAGS || '-Oz').split(/\s+/).filter((flag) => flag && flag !== '--strip-debug');
  const named = join(dir, 'engine_named.wasm');
  execFileSync(join(repoRoot, 'tests', 'e2e', 'node_modules', '.bin', 'wasm-opt'), [...optFlags, '-g', join(dir, 'engine_bg.wasm'), '-o', named]);
  return named;
}

/**
 * The engine's size by area: each area's share of the named module's code and data
 * (its custom sections left out), applied to the shipped module's gzip size. An estimate:
 * gzip shrinks the areas about alike.
 * @param {number} shippedGzipKb
 */
function engineAreas(shippedGzipKb) {
  let csv;
  try {
    csv = execFileSync('twiggy', ['top', '-n', '1000000', '--format', 'csv', namedEngine()], { encoding: 'utf8', maxBuffer: 256 << 20 });
  } catch {
    return null;
  }
  const bytes = new Map([...ENGINE_AREAS.map(([area]) => [area, 0]), ['data (word lists, messages, tables)', 0]]);
  for (const line of csv.split('\n').slice(1)) {
    const row = /^"?(.*?)"?,(\d+),/.exec(line);
    if (!row) continue;
    const [, name, size] = row;
    if (/^custom section|subsection|__wbindgen_describe|^import /.test(name)) continue;
    const area = name.startsWith('data segment') ? 'data (word lists, messages, tables)' : ENGINE_AREAS.find(([, pattern]) => pattern.test(name))[0];
    bytes.set(area, bytes.get(area) + Number(size));
  }
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  return Object.fromEntries([...bytes].sort((a, b) => b[1] - a[1]).map(([area, n]) => [area, round((shippedGzipKb * n) / total, 1)]));
}

await main();
