// @ts-nocheck (the repository type-checks the extension's scripts only)
// A view of the playground (popup.html, dashboard.html): the extension's own page code
// from the pages module, talking to the host page's engine through demo-chrome.js.
import init, { dashboard_start, popup_start } from './pkg/pages.js';

await init({ module_or_path: 'pkg/pages_bg.wasm' });
await (document.body.classList.contains('popup') ? popup_start() : dashboard_start());
