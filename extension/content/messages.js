// @ts-check
// The page side of the typed messages of src/web/messages.rs (PageToEngine and
// EngineToPage), and the adapter interface every site file implements.

/**
 * @typedef {{type: 'ping'}
 *   | {type: 'compose', site: string, surface: string, to: string[], cc: string[]}
 *   | {type: 'sent', channel: string, to: string[], cc: string[], subject: string, body: string}} PageToEngine
 */

/**
 * @typedef {{process: string, contact: string, purpose: string}} MatchContext
 * @typedef {{process: string, kind: string, contact?: string, opens: string, due: string, rule: string, why: string, status: string}} PlannedAction
 * @typedef {{type: 'pong', version: string, protocol: number}
 *   | {type: 'context', context: MatchContext | null, contact_name: string | null, company: string | null, action: PlannedAction | null}
 *   | {type: 'recorded', recorded: boolean}
 *   | {type: 'error', message: string}} EngineToPage
 */

/**
 * One site's knowledge of its own pages. Selectors are data, newest first, each with the
 * date it was last seen on the real site (DESIGN.md convention 3).
 * @typedef {Object} SiteAdapter
 * @property {string} name                 `gmail`, `outlook` or `linkedin`
 * @property {string[]} exampleUrls        pages the adapter is for (tested against every other adapter)
 * @property {(url: URL) => boolean} matchesUrl
 * @property {(root: ParentNode) => Element[]} findComposes   every compose surface under root
 * @property {(compose: Element) => string} surface           `compose`, `reply`, `invite-note` or `message`
 * @property {(compose: Element) => string} channel           `email`, `linkedin_note` or `linkedin_message`
 * @property {(compose: Element) => string[]} readTo
 * @property {(compose: Element) => string[]} readCc
 * @property {(compose: Element) => string} readSubject
 * @property {(compose: Element) => string} readBody
 * @property {(compose: Element) => boolean} isSendTarget    (event target inside compose) is it the send button?
 * @property {(compose: Element) => Element} panelAnchor      the panel host is inserted after this element
 * @property {(doc: Document) => boolean} looksLikeCompose    is there something compose-like the adapter did not recognise?
 */

/** Every site adapter; each file under sites/ adds its own. @type {SiteAdapter[]} */
var afterviewSites = [];

/** The port name the engine listens on (background.js). */
var AFTERVIEW_PORT = 'afterview-page';

/**
 * A recipient as the engine wants it: the lower-cased email when there is one
 * ("Jordan Lee <Jordan.Lee@acme.example>" → "jordan.lee@acme.example"), else the text.
 * @param {string} text
 * @returns {string}
 */
function normalizeRecipient(text) {
  const email = /[^\s<>"',;]+@[^\s<>"',;]+/.exec(text);
  return email ? email[0].toLowerCase() : text.trim();
}

/**
 * The recipients in a comma/semicolon separated field.
 * @param {string} value
 * @returns {string[]}
 */
function splitRecipients(value) {
  return value
    .split(/[,;]\s*/)
    .map(normalizeRecipient)
    .filter((part) => part.length > 0);
}

/**
 * Selectors in order; the first that matches anything wins.
 * @param {ParentNode} root
 * @param {{selector: string, seen: string}[]} selectors
 * @returns {Element[]}
 */
function queryFirst(root, selectors) {
  for (const { selector } of selectors) {
    const found = Array.from(root.querySelectorAll(selector));
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * The nearest ancestor matching the first selector (in priority order) that matches any.
 * @param {Element} element
 * @param {{selector: string, seen: string}[]} selectors
 * @returns {Element | null}
 */
function closestFirst(element, selectors) {
  for (const { selector } of selectors) {
    const found = element.closest(selector);
    if (found) return found;
  }
  return null;
}
