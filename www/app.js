// @ts-nocheck (the repository type-checks the extension's scripts only)
// Starts the playground: the engine module (as the extension's service worker would), on
// the demo state, with the English UI strings and the dictionary the extension ships;
// then the pages module draws the time travel and "Under the hood"
// (src/web/playground.rs) and the views load in their frames (demo-chrome.js).
import initPages, { playground_start } from './pkg/pages.js';
import initEngine, { engine_load_dictionary, engine_page_message, engine_start, engine_ui_message } from './pkg/engine.js';
import { pendingSends } from './sends.js';

const demo = window.afterviewDemo;
const text = (path) => fetch(path).then((r) => (r.ok ? r.text() : ''));

const [messages, state, aff, dic] = await Promise.all([
  text('_locales/en/messages.json'),
  text('demo-state.json'),
  text('dictionaries/en_US.aff'),
  text('dictionaries/en_US.dic'),
  initPages({ module_or_path: 'pkg/pages_bg.wasm' }),
  initEngine({ module_or_path: 'pkg/engine_bg.wasm' }),
]);
demo.setMessages(messages);
demo.seed(JSON.parse(state));
// The demo starts at the first step of the time travel, before the engine reads the clock.
playground_start(messages);
await engine_start();
engine_load_dictionary(aff, dic);
// The mock mailbox's sends go the extension's way: held until the undo window passed
// (sends.js), then recorded by the engine.
const sends = pendingSends(async ({ id, channel, to, cc, subject, body }) => {
  const answer = await engine_page_message({ type: 'sent', id, channel, to, cc, subject, body });
  return answer.type === 'recorded';
});
const pageMessage = (message) => (message && sends.handles(message.type) ? sends.handle(message, 'mailbox') : engine_page_message(message));
demo.engineReady({ engine_ui_message, engine_page_message: pageMessage });

// Each view fills its frame's height, so the page scrolls as one.
for (const frame of document.querySelectorAll('iframe[data-view]')) {
  frame.addEventListener('load', () => {
    const doc = frame.contentDocument;
    if (!doc) return;
    const fit = () => (frame.style.height = `${Math.ceil(doc.body.getBoundingClientRect().height) + 2}px`);
    new ResizeObserver(fit).observe(doc.body);
    fit();
  });
  frame.setAttribute('src', frame.dataset.view);
}
