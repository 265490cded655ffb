// @ts-check
// Loads the wasm and hands the page to Rust (src/web/options.rs).
import init, { options_start } from './pkg/pages.js';

init({ module_or_path: 'pkg/pages_bg.wasm' }).then(() => options_start());
