// @ts-check
// Paints the popup as it was last drawn, at once, then loads the wasm and hands the page
// to Rust (src/web/popup.rs), which draws it afresh from the engine's answer.
import init, { popup_start } from './pkg/pages.js';

/** The popup's last drawing and the stored document's stamp of that moment (src/web/keys.rs). */
const VIEW_KEY = 'afterview_popup_view';
const META_KEY = 'afterview_meta';

/**
 * Builds a drawing (`[tag, {attributes}, ...children]`, a child being a drawing or a
 * text) with DOM calls only: text stays text, nothing is parsed as HTML.
 * @param {unknown} drawing
 * @returns {Node}
 */
function build(drawing) {
  if (!Array.isArray(drawing)) return document.createTextNode(String(drawing));
  const [tag, attributes, ...children] = drawing;
  const element = document.createElement(String(tag));
  for (const [name, value] of Object.entries(attributes || {})) {
    // Our drawings carry no handlers; a name that could run script is never set.
    if (!/^on/i.test(name)) element.setAttribute(name, String(value));
  }
  for (const child of children) element.append(build(child));
  return element;
}

const app = document.getElementById('app');

/**
 * Paints the kept drawing, not yet usable (`inert`), when nothing was written since it was
 * kept; the Rust popup replaces it with the same drawing, live.
 */
async function paintKept() {
  const [session, local] = await Promise.all([chrome.storage.session.get(VIEW_KEY), chrome.storage.local.get(META_KEY)]);
  const kept = session[VIEW_KEY];
  if (!kept || !Array.isArray(kept.view) || !app || !app.querySelector('.loading')) return;
  // The stamp the engine's last write left (none before its first write) is still the one
  // the drawing was kept with; a write from elsewhere makes the engine drop the drawing.
  const then = kept.meta || {};
  const now = local[META_KEY] || {};
  if (then.writer !== now.writer || then.revision !== now.revision) return;
  const [, , ...children] = kept.view;
  app.replaceChildren(...children.map(build));
  app.inert = true;
  // Read by `make bench` (popup first render: this, or the Rust drawing when none is kept).
  performance.mark('afterview-painted');
}

const painted = paintKept().catch(() => {});
init({ module_or_path: 'pkg/pages_bg.wasm' })
  .then(() => painted)
  .then(() => popup_start())
  .finally(() => {
    if (app) app.inert = false;
  });
