// @ts-check
// Loads the same wasm the extension ships and hands the page to Rust (src/web/playground.rs).
import init, { playground_start } from './pkg/pages.js';

init({ module_or_path: 'pkg/pages_bg.wasm' }).then(() => playground_start());
