// @ts-check
// The page side of the typed messages of src/web/messages.rs (PageToEngine and
// EngineToPage), and the adapter interface every site file implements.

/**
 * @typedef {{channel: string, to: string[], cc: string[], subject: string, body: string, purpose?: string, limit?: number}} DraftFields
 * @typedef {{type: 'existing', id: string} | {type: 'new', company: string, role: string}} ProcessTarget
 * @typedef {{name: string, email?: string | null, linkedin?: string | null, title?: string | null, role?: string}} NewContact
 * @typedef {{target: ProcessTarget, person: NewContact}} TrackRequest
 * @typedef {{anchor: Element, key: string, read: () => CapturedPerson}} ProfilePage
 * @typedef {{type: 'send_asked', id: string, channel: string, to: string[], cc: string[], subject: string, body: string, hold_ms: number}
 *   | {type: 'send_closed' | 'send_went' | 'send_dropped' | 'send_held', id: string}} SendStep
 * @typedef {{type: 'ping'}
 *   | {type: 'compose', site: string, surface: string, to: string[], cc: string[], limit?: number}
 *   | {type: 'check', draft: DraftFields}
 *   | SendStep
 *   | {type: 'processes'}
 *   | {type: 'people'}
 *   | {type: 'add_word', word: string}
 *   | {type: 'track', target: ProcessTarget, person: NewContact}
 *   | {type: 'read', message: IncomingMessage}
 *   | {type: 'record_reading', message: IncomingMessage, says?: string}
 *   | {type: 'track_application', message: IncomingMessage}} PageToEngine
 * @typedef {{from: string, subject: string, body: string, date: string | null}} IncomingMessage
 */

/**
 * @typedef {{id: string, severity: string, rule: string, field: string, start: number, end: number, message: string, fix: string}} Finding
 * @typedef {{context: MatchContext | null, findings: Finding[], score: number}} CheckReport
 * @typedef {{channel: string, to: string[], subject: string, body: string, rule: string, kind: string}} SuggestedDraft
 * @typedef {{process: string, contact: string, purpose: string}} MatchContext
 * @typedef {{process: string, kind: string, contact?: string, opens: string, due: string, rule: string, why: string, status: string}} PlannedAction
 * @typedef {{type: 'pong', version: string, protocol: number, read_replies: boolean}
 *   | {type: 'reading', says: string, date: string | null, summary: string, match: string, offer: string, sure: boolean}
 *   | {type: 'context', context: MatchContext | null, contact_name: string | null, company: string | null, action: PlannedAction | null,
 *      draft: SuggestedDraft | null, note_limit: number}
 *   | {type: 'processes', processes: {id: string, company: string, role: string}[]}
 *   | {type: 'people', people: {name: string, company: string, role: string, recipient: string}[]}
 *   | {type: 'noted'}
 *   | {type: 'tracked', tracked: {process: string, contact: string}}
 *   | {type: 'findings', report: CheckReport, spelling_pending: boolean}
 *   | {type: 'recorded', recorded: boolean}
 *   | {type: 'error', message: string, code?: 'stale'}} EngineToPage
 */

/**
 * One site's knowledge of its own pages. Selectors are data, newest first, each `seen`
 * with the date it was last seen on the real site and the fixtures under tests/e2e/fixtures/
 * it is checked against (docs/adapters.md says what each fixture follows).
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
 * @property {(compose: Element) => HTMLElement | null} bodyField       the editor (contenteditable or textarea)
 * @property {string} quoteSelector        quoted history inside the editor, left out of the text ('' for none)
 * @property {(compose: Element) => number | null} limit        a length limit the page enforces (maxlength), if any
 * @property {(compose: Element, event: KeyboardEvent) => boolean} sendsOnKey   does this key press ask the site to send?
 * @property {(compose: Element) => boolean} [compact]   a small fixed-size window (LinkedIn's messaging overlay): the panel folds
 * @property {() => ShadowRoot[]} [shadowRoots]   open shadow roots where composes appear (watched too)
 * @property {() => ProfilePage | null} [profile]   a person's profile page, where "Save to Afterview" goes
 * @property {(compose: Element) => HTMLInputElement | null} subjectField
 * @property {(compose: Element) => boolean} isSendTarget    (event target inside compose) is it the send button?
 * @property {number} undoHoldMs           the longest the site holds a sent message behind its Undo (0: none; sends.js)
 * @property {boolean} [sendEmptiesBox]   sending empties the box and leaves it open (LinkedIn's messaging), instead of closing the compose
 * @property {boolean} [usedFromStart]    a compose the user needs not touch first (the playground's prefilled demo)
 * @property {(compose: Element) => Element} panelAnchor      the panel host is inserted after this element
 * @property {boolean} [floats]           the panel floats over the page instead (a page Afterview does not know, whose layout it must not touch)
 * @property {(doc: Document) => HTMLElement | null} [focused]   the text box with the focus, if any
 * @property {(box: HTMLElement) => void} [request]   makes a text box a compose: the user asked Afterview to check it
 * @property {(compose: Element, recipient: string) => void} [choose]   whom the user said the text is for (a box that names no recipient)
 * @property {(compose: Element) => void} [release]   the user put the box's panel away: it is no compose any more
 * @property {(doc: Document) => boolean} looksLikeCompose    is there something compose-like the adapter did not recognise?
 * @property {(root: ParentNode) => Element[]} [openedMessages]   the messages opened in the reading view (never the inbox list)
 * @property {(message: Element) => IncomingMessage} [readMessage]   an opened message's sender, subject, new text and date
 * @property {(message: Element) => Element} [messageAnchor]   the read panel is inserted before this element
 */

/** Every site adapter; each file under sites/ adds its own. @type {SiteAdapter[]} */
var afterviewSites = [];

/** The adapter for any text box the user asks Afterview to check (sites/anybox.js). @type {SiteAdapter | null} */
var afterviewAnyBox = null;

/** The port name the engine listens on (background.js). */
var AFTERVIEW_PORT = 'afterview-page';

/**
 * The version of the messages this script speaks (PAGE_PROTOCOL in background.js): after
 * an update, a script left in an open tab is told it is stale and asks for a reload.
 */
var AFTERVIEW_PROTOCOL = 2;

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

/** @type {WeakMap<{selector: string, seen: string}[], string>} each selector list as one selector */
const anyOfSelectors = new WeakMap();

/**
 * Selectors in order; the first that matches anything wins.
 * @param {ParentNode} root
 * @param {{selector: string, seen: string}[]} selectors
 * @returns {Element[]}
 */
function queryFirst(root, selectors) {
  // One pass over the tree says whether any of them matches anything; where none does (a
  // page with no compose, no opened message: most scans), that pass is all the work.
  if (selectors.length > 1) {
    let any = anyOfSelectors.get(selectors);
    if (any === undefined) {
      any = selectors.map(({ selector }) => selector).join(', ');
      anyOfSelectors.set(selectors, any);
    }
    try {
      if (!root.querySelector(any)) return [];
    } catch {
      // A selector this browser cannot parse: the loop below still tries the others.
    }
  }
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

/**
 * The nearest ancestor of `element` that also holds a match for each selector group in
 * `parts` (a compose found from its editor: the smallest box with a Send control and a
 * recipient well, whatever wrappers the site puts around it).
 * @param {Element} element
 * @param {{selector: string, seen: string}[][]} parts
 * @returns {Element | null}
 */
function closestHolding(element, parts) {
  const groups = parts.map((selectors) => selectors.map((s) => s.selector).join(', '));
  for (let node = element.parentElement; node; node = node.parentElement) {
    const box = node;
    if (groups.every((group) => box.querySelector(group) !== null)) return box;
  }
  return null;
}

/**
 * Puts `text` into a field through its own input path, as a user typing would: a
 * textarea or input through the native value setter and an `input` event (what React
 * pages listen to), a contenteditable editor through `insertText` over what the user
 * wrote, that is everything before the first element `keep` matches (a reply's quoted
 * history stays as it is).
 * @param {HTMLElement} field
 * @param {string} text
 * @param {string} keep  a selector of what to leave in place ('' for none)
 */
function insertThroughInputPath(field, text, keep) {
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
    const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value');
    if (setter && setter.set) setter.set.call(field, text);
    else field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    return;
  }
  field.focus();
  const range = document.createRange();
  range.selectNodeContents(field);
  const kept = keep ? field.querySelector(keep) : null;
  const before = kept && kept.previousSibling;
  // The end is put where the editor cannot take it for the start of the kept part: before
  // the line break that separates the two (Gmail), or inside the block before it (Outlook,
  // where ending at the block boundary would merge that block away with its empty marker).
  if (before instanceof HTMLBRElement) range.setEndBefore(before);
  else if (before instanceof Element && before.firstChild) range.setEnd(before, before.childNodes.length);
  else if (kept) range.setEndBefore(kept);
  const selection = window.getSelection();
  if (selection) {
    selection.removeAllRanges();
    selection.addRange(range);
  }
  if (!document.execCommand('insertText', false, text)) {
    range.deleteContents();
    range.insertNode(document.createTextNode(text));
    field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
}

/**
 * The field readers every webmail adapter shares: subject input, contenteditable body,
 * send button and keys, and where the panel goes (after the body editor's container).
 * @param {{selector: string, seen: string}[]} body
 * @param {{selector: string, seen: string}[]} subject
 * @param {{selector: string, seen: string}[]} send
 * @param {string} quote  the quoted history inside the editor, left out of the checked text
 * @returns {Pick<SiteAdapter, 'readSubject' | 'readBody' | 'bodyField' | 'subjectField' | 'isSendTarget' | 'sendsOnKey' | 'panelAnchor' | 'quoteSelector' | 'limit'>}
 */
function emailFields(body, subject, send, quote) {
  /** @param {Element} compose */
  const editor = (compose) => {
    const found = queryFirst(compose, body)[0];
    return found instanceof HTMLElement ? found : null;
  };
  /** @param {Element} compose */
  const subjectInput = (compose) => {
    const found = queryFirst(compose, subject)[0];
    return found instanceof HTMLInputElement ? found : null;
  };
  return {
    readSubject: (compose) => subjectInput(compose)?.value ?? '',
    readBody(compose) {
      const field = editor(compose);
      return field ? editableText(field, quote).text : '';
    },
    quoteSelector: quote,
    limit: () => null,
    bodyField: editor,
    subjectField: subjectInput,
    isSendTarget: (target) => Boolean(target.closest(send.map((s) => s.selector).join(','))),
    // Both webmails send on Ctrl+Enter (⌘+Enter on a Mac).
    sendsOnKey: (_compose, event) => event.key === 'Enter' && (event.ctrlKey || event.metaKey),
    panelAnchor: (compose) => editor(compose)?.parentElement || compose,
  };
}

/**
 * How a webmail shows an opened message, for `mailReading`: the message boxes, and in
 * each its sender (`Name <email>`), date, body and the quoted history inside the body.
 * @typedef {{messages: {selector: string, seen: string}[], body: {selector: string, seen: string}[], quote: string,
 *   from: (message: Element) => string, date: (message: Element) => string, subject: (message: Element) => string}} MailReading
 */

/**
 * The reading side of a webmail adapter: the opened messages (a message box that shows
 * its body; a collapsed one or a row of the inbox list has none) and what each says,
 * its quoted history left out.
 * @param {MailReading} spec
 * @returns {Pick<SiteAdapter, 'openedMessages' | 'readMessage' | 'messageAnchor'>}
 */
function mailReading(spec) {
  /** @param {Element} message */
  const body = (message) => {
    const found = queryFirst(message, spec.body)[0];
    return found instanceof HTMLElement ? found : null;
  };
  return {
    openedMessages: (root) => queryFirst(root, spec.messages).filter((m) => body(m) !== null),
    readMessage(message) {
      const field = body(message);
      return {
        from: spec.from(message),
        subject: spec.subject(message),
        body: field ? shownText(field, spec.quote) : '',
        date: instant(spec.date(message)),
      };
    },
    messageAnchor: (message) => body(message) || message,
  };
}

/**
 * The text a received message shows, as lines: its markup's whitespace collapsed as the
 * browser collapses it (line breaks come from `<br>` and blocks), `skip` left out.
 * @param {HTMLElement} body
 * @param {string} skip
 */
function shownText(body, skip) {
  const copy = /** @type {HTMLElement} */ (body.cloneNode(true));
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) node.data = node.data.replace(/\s+/g, ' ');
  }
  const lines = editableText(copy, skip).text.split('\n').map((line) => line.trim());
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * A date as a page shows it ("Tue, Nov 24, 2026, 10:00 AM"), in RFC 3339 with the
 * browser's offset; null when it does not read as one.
 * @param {string} shown
 * @returns {string | null}
 */
function instant(shown) {
  const time = Date.parse(shown.replace(/\s+at\s+/, ' ').replace(/^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, ''));
  if (Number.isNaN(time)) return null;
  const d = new Date(time);
  const offset = -d.getTimezoneOffset();
  const pad = (/** @type {number} */ n) => String(Math.abs(n)).padStart(2, '0');
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:00${zone}`;
}
