// @ts-check
// Loads the wasm and hands the page to Rust (src/web/dashboard/).
import init, { dashboard_start } from './pkg/pages.js';

init({ module_or_path: 'pkg/pages_bg.wasm' }).then(() => {
  // Read by `make bench`, with the page's own marks (the first drawing's parts).
  performance.mark('afterview-wasm-ready');
  return dashboard_start();
});
