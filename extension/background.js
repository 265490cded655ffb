// @ts-check
// The engine's service worker. Listeners are registered synchronously at the top, as MV3
// requires for events that wake the worker; each hands its event to the wasm engine once
// it is ready. All decisions and all writes happen in Rust (src/web/engine.rs).
import init, * as wasm from './pkg/engine.js';
import { pendingSends, PENDING_SENDS_ALARM } from './sends.js';

/** @param {string} path */
const packaged = (path) => fetch(chrome.runtime.getURL(path)).then((r) => (r.ok ? r.text() : ''));

/** Start-up timings in ms since the worker started, read by `make bench`. */
const startup = { wasm_ready_ms: 0, engine_ready_ms: 0 };

/** The dictionary's files, read once for every start of the engine. */
const dictionaries = Promise.all([packaged('dictionaries/en_US.aff'), packaged('dictionaries/en_US.dic')]);

/** Whether the engine's current instance finished starting (a trap after that is recovered from). */
let started = false;
/** Whether the engine runs without the stored document, after it trapped while reading it. */
let safe = false;

/**
 * Starts the engine in the module's current instance: the state is read from storage.
 * The dictionary follows in a task of its own, so a first check waiting on the start is
 * answered before the dictionary is parsed (its answer says spelling is pending).
 * @returns {Promise<typeof wasm>}
 */
function start() {
  return wasm.engine_start().then(() => {
    started = true;
    setTimeout(() => withEngine((engine) => dictionaries.then(([aff, dic]) => engine.engine_load_dictionary(aff, dic))));
    return wasm;
  });
}

/** The engine once it has started; replaced when it starts again after a trap. */
let ready = init({ module_or_path: chrome.runtime.getURL('pkg/engine_bg.wasm') })
  .then(() => (startup.wasm_ready_ms = performance.now()))
  .then(start)
  .then((engine) => {
    startup.engine_ready_ms = performance.now();
    return engine;
  });
// Every call chains on `ready` and catches; this covers a failed start before any call.
ready.catch(() => {});
// For the benchmarks and tests, which evaluate in this worker; nothing outside the extension sees it.
Object.defineProperties(globalThis, { afterviewReady: { get: () => ready }, afterviewStartup: { value: startup } });

/** What a call gets when the engine stopped under it and started again (see `trapped`). */
const RESTARTED = Symbol('restarted');

/** One function per call still running in the engine, that ends it with RESTARTED. @type {Set<() => void>} */
const running = new Set();

/**
 * Runs `call` with the engine. Every rejection is caught here: the caller gets an error
 * answer instead of silence, or RESTARTED when the engine trapped and started afresh
 * while the call ran (the call is lost with the instance it ran in).
 * @template T
 * @param {(engine: typeof wasm) => Promise<T> | T} call
 * @returns {Promise<T | {type: 'error', message: string} | typeof RESTARTED>}
 */
function withEngine(call) {
  const engine = ready;
  /** @type {Promise<T>} */
  const answer = new Promise((resolve, reject) => {
    const cut = () => reject(RESTARTED);
    running.add(cut);
    engine
      .then(call)
      .then(resolve, reject)
      .finally(() => running.delete(cut));
  });
  return answer.catch((error) => {
    if (error === RESTARTED) return RESTARTED;
    trapped(error);
    console.warn('Afterview: the engine failed:', error);
    return { type: 'error', message: `Afterview could not answer (${error})` };
  });
}

/** The traps already handled. @type {WeakSet<object>} */
const traps = new WeakSet();

/**
 * A WebAssembly trap (a Rust panic, or any fault in the wasm) leaves the instance unsound:
 * a `RefCell` borrow never released, the shadow stack pointer not restored, the
 * allocator perhaps mid-update. So the engine is never called again in it. The glue is
 * built with wasm-bindgen's `--experimental-reset-state-function` (Makefile), whose
 * `__wbg_reset_state()` instantiates the compiled module afresh (new memory, the glue's
 * caches cleared, closures of the old instance refused), and the engine starts again from
 * the stored state, which only a write that storage took can have changed. The calls the
 * old instance was running end with RESTARTED: a page's are not answered (the content
 * script resends a request the engine did not answer in time), the popup's and options
 * page's get an error. Reloading the extension instead would orphan every content
 * script, a second import of the glue (`engine.js?fresh`) would give one spare instance
 * only, and MV3 workers allow no dynamic `import()`. A trap before the engine finished
 * starting would trap again on the same stored state: the engine then starts once more
 * without it (`engine_start_safe`), the document kept untouched and reported, so that
 * the options page still exports, replaces and deletes; a trap in that start too leaves
 * every call answering an error until the browser starts the worker again.
 * @param {unknown} error
 */
function trapped(error) {
  // One trap can reach both a caller's chain and a global handler: it restarts once.
  if (!(error instanceof WebAssembly.RuntimeError) || traps.has(error)) return;
  traps.add(error);
  const cut = [...running];
  running.clear();
  if (started) {
    console.warn('Afterview: the engine trapped; starting it afresh from the stored state.', error);
    started = false;
    ready = Promise.resolve()
      .then(() => wasm.__wbg_reset_state())
      .then(start);
  } else if (!safe) {
    // It trapped while reading the stored document: it starts again without it, keeping
    // the document untouched, so the options page can still export it, replace it or
    // delete everything. A trap in that start too leaves every call answering an error.
    console.warn('Afterview: the engine trapped while starting; starting it without the stored data.', error);
    safe = true;
    ready = Promise.resolve()
      .then(() => wasm.__wbg_reset_state())
      .then(() => wasm.engine_start_safe())
      .then(() => {
        started = true;
        return wasm;
      });
  } else {
    console.warn('Afterview: the engine trapped while starting without the stored data.', error);
    ready = Promise.reject(error);
  }
  ready.catch(() => {});
  for (const end of cut) end();
}
// The engine's async work runs in microtasks, outside any caller's promise chain: a trap
// there reaches the worker's global handlers.
globalThis.addEventListener('error', (event) => trapped(event.error));
globalThis.addEventListener('unhandledrejection', (event) => trapped(event.reason));

const PAGE_PORT = 'afterview-page';
/**
 * The version of the messages between the content scripts and this worker
 * (AFTERVIEW_PROTOCOL in content/messages.js, PROTOCOL in src/web/messages.rs). A content
 * script of another version (left in a tab open across an update) is told to have the
 * tab reloaded instead of being answered.
 */
const PAGE_PROTOCOL = 2;

/** Sends held until the site's undo window passes, then recorded by the engine (sends.js). */
const sends = pendingSends(async (send) => {
  const { id, channel, to, cc, subject, body } = send;
  const answer = await withEngine((engine) => engine.engine_page_message({ type: 'sent', id, channel, to, cc, subject, body }));
  return answer !== RESTARTED && answer.type === 'recorded';
});
sends.start();

/**
 * What the worker answers one page message.
 * @param {any} envelope  `{request_id, protocol, message}`
 * @param {chrome.runtime.Port} port
 */
function answerPage(envelope, port) {
  const message = envelope && envelope.message;
  if (!envelope || envelope.protocol !== PAGE_PROTOCOL) {
    return Promise.resolve({ type: 'error', code: 'stale', message: 'Afterview was updated: reload this tab.' });
  }
  if (message && sends.handles(message.type)) return sends.handle(message, port);
  // A send is recorded only through the steps above, once it really went.
  if (message && message.type === 'sent') return Promise.resolve({ type: 'error', message: 'unrecognised message: sent' });
  return withEngine((engine) => engine.engine_page_message(message));
}

chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== PAGE_PORT) return;
  port.onDisconnect.addListener(() => sends.portClosed(port));
  port.onMessage.addListener((envelope) => {
    const requestId = envelope && envelope.request_id;
    answerPage(envelope, port).then((answer) => {
      if (answer === RESTARTED) return;
      try {
        port.postMessage({ request_id: requestId, answer });
      } catch {
        // The page went away while we answered: nothing to do.
      }
    });
  });
});

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  // Privileged requests come only from our own pages (popup, options), never a site.
  if (sender.id !== chrome.runtime.id || !sender.url || !sender.url.startsWith(chrome.runtime.getURL(''))) return false;
  if (message && message.type === 'check_text_box') {
    // The popup's "Check the text box on this page", for the tab it was opened over.
    chrome.tabs
      .query({ active: true, lastFocusedWindow: true })
      .then(([tab]) => (tab && tab.id !== undefined ? checkInTab(tab.id) : 'no_box'))
      .then((result) => sendResponse({ type: 'checked', result }));
    return true;
  }
  if (message && message.type === 'shape_report') {
    // The popup's "Save a page-shape report": the page's structure, no text (content/shape.js).
    chrome.tabs
      .query({ active: true, lastFocusedWindow: true })
      .then(([tab]) => (tab && tab.id !== undefined ? shapeReport(tab.id) : null))
      .then((report) => sendResponse({ type: 'shape_report', report }));
    return true;
  }
  withEngine((engine) => engine.engine_ui_message(message)).then((answer) =>
    // `restarted`: the page sends the same request again (under its request id, so a
    // change the engine stored before it stopped counts once).
    sendResponse(answer === RESTARTED ? { type: 'error', restarted: true, message: 'Afterview could not answer (it restarted; try again)' } : answer),
  );
  return true;
});

chrome.storage.onChanged.addListener((changes, area) => {
  withEngine((engine) => engine.engine_storage_changed(changes, area));
});

chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === PENDING_SENDS_ALARM) sends.alarm();
  else withEngine((engine) => engine.engine_alarm(alarm.name));
});

chrome.notifications.onClicked.addListener((id) => {
  chrome.notifications.clear(id).catch(() => {});
  if (chrome.action.openPopup) {
    chrome.action.openPopup().catch(() => chrome.tabs.create({ url: 'popup.html' }).catch((error) => console.warn('Afterview:', error)));
  }
});

// A new user starts with the welcome (name, first application, how it works); an update
// opens nothing.
chrome.runtime.onInstalled.addListener((details) => {
  if (details.reason !== 'install') return;
  chrome.tabs.create({ url: 'dashboard.html#welcome' }).catch((error) => console.warn('Afterview:', error));
});

// ---- "Check with Afterview": any text box, on request ----
// From the toolbar popup, the context menu of a text box, or the keyboard command. Each is
// a user's gesture on the tab, which `activeTab` turns into leave to script that tab once:
// no host permission is asked for beyond the supported sites, and nothing runs on any
// other page until the user asks.

const CHECK_MENU = 'afterview-check-text-box';
const CHECK_COMMAND = 'check-text-box';

/**
 * The scripts a page gets when the user asks to check a box there: the declared content
 * scripts, with the adapter for any text box in place of the site adapters.
 * @returns {string[]}
 */
function requestedScripts() {
  const declared = chrome.runtime.getManifest().content_scripts?.[0]?.js || [];
  return declared.filter((file) => !file.startsWith('content/sites/') || file === 'content/sites/anybox.js');
}

/**
 * Checks the focused text box of tab `tabId` (in frame `frameId`, else the frame that has
 * the focus): the page's Afterview scripts are asked first, and put there first if it has
 * none.
 * `refused`: a page no extension may script (the browser's own pages, the web store).
 * @param {number} tabId
 * @param {number} [frameId]
 * @returns {Promise<'checking' | 'no_box' | 'stale' | 'refused'>}
 */
async function checkInTab(tabId, frameId) {
  const frame = frameId ?? (await focusedFrame(tabId));
  const target = frame ? { tabId, frameIds: [frame] } : { tabId };
  const askPage = async () => {
    const [done] = await chrome.scripting.executeScript({
      target,
      func: () => {
        const check = /** @type {any} */ (globalThis).afterviewCheckFocused;
        return typeof check === 'function' ? check() : null;
      },
    });
    return done ? done.result : null;
  };
  try {
    const answer = await askPage();
    if (answer) return answer;
    await chrome.scripting.executeScript({ target, files: requestedScripts() });
    return (await askPage()) || 'no_box';
  } catch (error) {
    console.info('Afterview: this page cannot be checked:', error);
    return 'refused';
  }
}

/**
 * The frame of tab `tabId` whose document holds the focus itself (a webmail's editor is
 * often in a frame of its own page); the top frame's id (0) when none can say.
 * @param {number} tabId
 * @returns {Promise<number>}
 */
async function focusedFrame(tabId) {
  try {
    const frames = await chrome.scripting.executeScript({
      target: { tabId, allFrames: true },
      func: () => document.hasFocus() && document.activeElement !== document.body && !(document.activeElement instanceof HTMLIFrameElement),
    });
    return frames.find((frame) => frame.result === true)?.frameId ?? 0;
  } catch {
    return 0;
  }
}

// Menus outlive the worker: made once, when the extension is installed or updated.
chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({ id: CHECK_MENU, title: chrome.i18n.getMessage('menu_check_text_box'), contexts: ['editable'] }, () => void chrome.runtime.lastError);
});

chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === CHECK_MENU && tab && tab.id !== undefined) checkInTab(tab.id, info.frameId);
});

chrome.commands.onCommand.addListener((command, tab) => {
  if (command === CHECK_COMMAND && tab && tab.id !== undefined) checkInTab(tab.id);
});

/**
 * The page-shape report of the frame of tab `tabId` that has the focus (content/shape.js),
 * or null where no extension may look (the browser's own pages).
 * @param {number} tabId
 * @returns {Promise<object | null>}
 */
async function shapeReport(tabId) {
  try {
    const frame = await focusedFrame(tabId);
    const target = frame ? { tabId, frameIds: [frame] } : { tabId };
    await chrome.scripting.executeScript({ target, files: ['content/shape.js'] });
    const [done] = await chrome.scripting.executeScript({
      target,
      func: () => /** @type {any} */ (globalThis).afterviewShapeReport(),
    });
    return done ? done.result : null;
  } catch (error) {
    console.info('Afterview: no shape report of this page:', error);
    return null;
  }
}
