// @ts-check
// Loads the wasm and hands the page to Rust (src/web/popup.rs).
import init, { popup_start } from './pkg/pages.js';

init({ module_or_path: 'pkg/pages_bg.wasm' }).then(() => popup_start());
