// @ts-check
// Loads the same pages wasm the extension ships, with the extension's English UI strings
// (a plain web page has no chrome.i18n), and hands the page to Rust (src/web/playground.rs).
import init, { playground_start } from './pkg/pages.js';

Promise.all([
  init({ module_or_path: 'pkg/pages_bg.wasm' }),
  fetch('_locales/en/messages.json').then((r) => (r.ok ? r.text() : '{}')),
]).then(([, messages]) => playground_start(messages));
