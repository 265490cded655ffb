// @ts-check
// Paints the list of applications as it was last drawn (when the address asks for the
// list), then loads the wasm and hands the page to Rust (src/web/dashboard/), which draws
// it afresh from the engine's answer.
import init, { dashboard_start } from './pkg/pages.js';
import { paintKept } from './kept.js';

const app = document.getElementById('app');
const showsList = !/^#(application=|welcome$)/.test(location.hash);
const painted = showsList ? paintKept('afterview_applications_view', app).catch(() => {}) : Promise.resolve();
init({ module_or_path: 'pkg/pages_bg.wasm' })
  .then(() => {
    // Read by `make bench`, with the page's own marks (the first drawing's parts).
    performance.mark('afterview-wasm-ready');
    return painted;
  })
  .then(() => dashboard_start());
