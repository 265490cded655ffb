// @ts-check
// Any text box, on request: "Check with Afterview" from the toolbar popup, the context
// menu or the keyboard command puts these scripts into the tab the user is on (through
// `activeTab` and `scripting`, never a host permission), and this adapter makes the box
// that has the focus a compose: other webmail, an applicant-tracking form, a job board's
// messaging. Nothing here runs on a page until the user asks. The box names no recipient:
// the panel asks the user who the text is for (`choose`), and a send there is the page's
// business, never recorded (the popup's "Mark as sent" is the way).

(function () {
  /** The text boxes the user asked Afterview to check on this page, oldest first. @type {Set<HTMLElement>} */
  const requested = new Set();
  /** Whom each box's text is for, as the user chose (a recipient the engine knows). @type {WeakMap<Element, string>} */
  const chosen = new WeakMap();
  /** Where each box was when it was asked about (its parent), to find it again if the page draws it anew. @type {WeakMap<Element, Element | null>} */
  const places = new WeakMap();

  /**
   * Whether `element` is a box the user writes prose in: a textarea, a text input, or the
   * root of a contenteditable editor (a rich-text box of any framework).
   * @param {Element} element
   * @returns {element is HTMLElement}
   */
  function isTextBox(element) {
    if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
    if (element instanceof HTMLInputElement) return ['text', 'search', ''].includes(element.type) && !element.readOnly && !element.disabled;
    return element instanceof HTMLElement && element.isContentEditable;
  }

  /**
   * The editor a focused element belongs to: itself, or for a node inside a rich-text
   * editor the editor's root (the outermost editable ancestor).
   * @param {HTMLElement} element
   * @returns {HTMLElement}
   */
  function editorRoot(element) {
    let root = element;
    while (root.parentElement && root.parentElement.isContentEditable) root = root.parentElement;
    return root;
  }

  /**
   * The text box with the focus in this frame, looking into open shadow roots; null when
   * the focus is on no text box. (A box in a frame of its own is reached by asking in that
   * frame: the context menu names it.)
   * @param {Document} doc
   * @returns {HTMLElement | null}
   */
  function focusedTextBox(doc) {
    /** @type {Element | null} */
    let active = doc.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
    return active && isTextBox(active) ? editorRoot(active) : null;
  }

  /** @type {SiteAdapter} */
  const anybox = {
    name: 'page',
    undoHoldMs: 0,
    // Never chosen by a page's address: main.js takes it for a box the user asked about,
    // on a page no site adapter knows or in a box the site's adapter does not.
    exampleUrls: [],
    matchesUrl: () => false,
    findComposes() {
      // A box the page drew again (a framework's editor re-rendered): the new one takes
      // its place, with whom it is for, when it can be told: the only text box where the
      // old one was, or the one the user is writing in now.
      for (const box of Array.from(requested)) {
        if (box.isConnected) continue;
        requested.delete(box);
        const where = places.get(box);
        const inPlace = where && where.isConnected ? Array.from(where.querySelectorAll('textarea, input, [contenteditable]')).filter(isTextBox).map(editorRoot) : [];
        const next = new Set(inPlace).size === 1 ? inPlace[0] : focusedTextBox(document);
        if (!next || requested.has(next)) continue;
        requested.add(next);
        places.set(next, next.parentElement);
        const recipient = chosen.get(box);
        if (recipient) chosen.set(next, recipient);
      }
      return Array.from(requested);
    },
    surface: () => 'compose',
    channel: () => 'email',
    readTo: (box) => {
      const recipient = chosen.get(box);
      return recipient ? [recipient] : [];
    },
    readCc: () => [],
    readSubject: () => '',
    readBody(box) {
      if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) return box.value;
      return box instanceof HTMLElement ? editableText(box, '').text : '';
    },
    bodyField: (box) => (box instanceof HTMLElement ? box : null),
    subjectField: () => null,
    quoteSelector: '',
    limit: (box) => ((box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) && box.maxLength > 0 ? box.maxLength : null),
    // A page Afterview does not know: its sends are its own, never recorded.
    sendsOnKey: () => false,
    isSendTarget: () => false,
    usedFromStart: true,
    floats: true,
    panelAnchor: (box) => box,
    looksLikeCompose: () => false,
    focused: focusedTextBox,
    request(box) {
      requested.add(box);
      places.set(box, box.parentElement);
    },
    release(box) {
      requested.delete(/** @type {HTMLElement} */ (box));
      chosen.delete(box);
    },
    choose(box, recipient) {
      chosen.set(box, recipient);
    },
  };
  afterviewAnyBox = anybox;
})();
