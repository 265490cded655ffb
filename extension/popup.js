// @ts-check
// Paints the popup as it was last drawn, at once, then loads the wasm and hands the page
// to Rust (src/web/popup.rs), which draws it afresh from the engine's answer.
import init, { popup_start } from './pkg/pages.js';
import { paintKept } from './kept.js';

const app = document.getElementById('app');
const painted = paintKept('afterview_popup_view', app).catch(() => {});
init({ module_or_path: 'pkg/pages_bg.wasm' })
  .then(() => painted)
  .then(() => popup_start());
