// @ts-check
// Loads the wasm and hands the page to Rust (src/web/popup.rs).
import init, { popup_start } from './pkg/afterview.js';

init({ module_or_path: 'pkg/afterview_bg.wasm' }).then(() => popup_start());
