// @ts-check
// The engine's service worker. Listeners are registered synchronously at the top, as MV3
// requires for events that wake the worker; each hands its event to the wasm engine once
// it is ready. All decisions and all writes happen in Rust (src/web/engine.rs).
import init, * as wasm from './pkg/engine.js';

/** @param {string} path */
const packaged = (path) => fetch(chrome.runtime.getURL(path)).then((r) => (r.ok ? r.text() : ''));

/** Start-up timings in ms since the worker started, read by `make bench`. */
const startup = { wasm_ready_ms: 0, engine_ready_ms: 0 };

/** @type {Promise<typeof wasm>} */
const ready = Promise.all([
  init({ module_or_path: chrome.runtime.getURL('pkg/engine_bg.wasm') }).then(() => (startup.wasm_ready_ms = performance.now())),
  packaged('dictionaries/en_US.aff'),
  packaged('dictionaries/en_US.dic'),
]).then(async ([, aff, dic]) => {
  await wasm.engine_start(aff, dic);
  startup.engine_ready_ms = performance.now();
  return wasm;
});
// For the benchmarks, which evaluate in this worker; nothing outside the extension sees it.
Object.assign(globalThis, { afterviewReady: ready, afterviewStartup: startup });

/**
 * Runs `call` with the engine. Every rejection is caught here: the caller gets an error
 * answer instead of silence.
 * @template T
 * @param {(engine: typeof wasm) => Promise<T> | T} call
 * @returns {Promise<T | {type: 'error', message: string}>}
 */
function withEngine(call) {
  return ready.then(call).catch((error) => {
    console.warn('Afterview: the engine failed:', error);
    return { type: 'error', message: `Afterview could not answer (${error})` };
  });
}

const PAGE_PORT = 'afterview-page';

chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== PAGE_PORT) return;
  port.onMessage.addListener((envelope) => {
    const requestId = envelope && envelope.request_id;
    withEngine((engine) => engine.engine_page_message(envelope && envelope.message))
      .then((answer) => {
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
  withEngine((engine) => engine.engine_ui_message(message)).then(sendResponse);
  return true;
});

chrome.storage.onChanged.addListener((changes, area) => {
  withEngine((engine) => engine.engine_storage_changed(changes, area));
});

chrome.alarms.onAlarm.addListener((alarm) => {
  withEngine((engine) => engine.engine_alarm(alarm.name));
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
