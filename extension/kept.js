// @ts-check
// Paints a page as it was last drawn, before any wasm is loaded: the popup after each
// drawing, and the applications page when it draws its list unfiltered, have the engine
// keep the drawing in session storage (src/web/keys.rs); the next opening shows it at once
// while Rust draws it afresh.

/** The stored document's stamp, which every write of the engine changes. */
const META_KEY = 'afterview_meta';

/** @typedef {{writer?: string, revision?: number}} Stamp */
/** @typedef {{view?: unknown, meta?: Stamp}} Kept */

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

/**
 * Paints the drawing kept under `key` into `app`, not yet usable (`inert`), when `app`
 * still shows its loading line and nothing was written since the drawing was kept; the
 * Rust page then replaces it with the same drawing, live, and lifts `inert`
 * (src/web/views.rs `load_overview`). Marks `afterview-painted` (read by `make bench`) when it paints.
 * @param {string} key
 * @param {HTMLElement | null} app
 */
export async function paintKept(key, app) {
  const [session, local] = await Promise.all([chrome.storage.session.get(key), chrome.storage.local.get(META_KEY)]);
  const kept = /** @type {Kept | undefined} */ (session[key]);
  if (!kept || !Array.isArray(kept.view) || !app || !app.querySelector('.loading')) return;
  // The stamp the engine's last write left (none before its first write) is still the one
  // the drawing was kept with; a write from elsewhere makes the engine drop the drawing.
  const then = kept.meta || {};
  const now = /** @type {Stamp} */ (local[META_KEY] || {});
  if (then.writer !== now.writer || then.revision !== now.revision) return;
  const [, , ...children] = kept.view;
  app.replaceChildren(...children.map(build));
  app.inert = true;
  performance.mark('afterview-painted');
}
