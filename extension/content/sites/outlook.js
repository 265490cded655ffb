// @ts-check
// Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com):
// compose in the reading pane and the pop-out. Fluent UI renders recipients as persona
// chips whose text may be only a display name; the engine resolves names against the
// state's contacts. Newest first, each with the date it was last seen and the fixtures it is checked against.

(function () {
  // The editor: by structure first (the editor Outlook mounts under `#editorParent_N`, a
  // multi-line contenteditable textbox), then by its label in any UI language (labels.js:
  // "Message body", and since 2024 "Message body, press Alt+F10 to exit"; a prefix match
  // takes both, in any case).
  const BODY = [
    { selector: '[id^="editorParent"][contenteditable="true"], [id^="editorParent"] [contenteditable="true"][role="textbox"]', seen: '2025-05 outlook/mail-2025, outlook/reading-pane-2025, outlook/reply-collapsed-2025' },
    { selector: labelSelector('div[contenteditable="true"]', 'aria-label', 'body', 'prefix'), seen: '2025-05 outlook/mail-2025, outlook/popout-2025' },
    { selector: labelSelector('div[role="textbox"]', 'aria-label', 'body', 'prefix'), seen: '2023-10, no fixture' },
  ];
  /** Send: the compose toolbar's button, by its label in any UI language (its tooltip adds the shortcut). */
  const SEND = [
    { selector: `${labelSelector('button', 'aria-label', 'send', 'exact')}, ${labelSelector('button', 'title', 'send', 'prefix')}`, seen: '2025-05 outlook/mail-2025, outlook/reading-pane-2025, outlook/reply-collapsed-2025' },
  ];
  /**
   * The To and Cc wells, labelled with the word alone. A reading-pane reply opens with them
   * collapsed into one line and they appear once the user focuses it: until then the
   * recipients are those of the message being replied to.
   */
  const TO_WELL = labelSelector('div', 'aria-label', 'to', 'exact');
  const CC_WELL = labelSelector('div', 'aria-label', 'cc', 'exact');
  const WELLS = `${TO_WELL}, ${CC_WELL}`;
  /** A chip in a well: the persona's hover target, else a titled span (older layouts). */
  const CHIPS = [
    { selector: '[data-lpc-hover-target-id]', seen: '2025-05 outlook/mail-2025, outlook/reply-collapsed-2025' },
    { selector: 'span[title]', seen: '2024-02, no fixture' },
  ];
  const SUBJECT = [
    { selector: `${labelSelector('input', 'aria-label', 'subject', 'exact')}, ${labelSelector('input', 'placeholder', 'subject', 'exact')}`, seen: '2025-05 outlook/mail-2025' },
    { selector: 'input[maxlength="255"]:not([role])', seen: '2025-05 outlook/mail-2025' },
  ];
  /**
   * A reply's history: everything from the (empty) marker Outlook puts before it,
   * `#appendonsend`, which stays in place when a draft is inserted.
   */
  const QUOTE = '#appendonsend, #appendonsend ~ *, #divRplyFwdMsg, #divRplyFwdMsg ~ *, blockquote';

  // ---- the messages opened in the reading pane ----
  /** The body of a received message: a document (by role or Outlook's id), or labelled, and never an editor. */
  const MESSAGE_BODY = [
    { selector: '[role="document"]:not([contenteditable="true"]), [id^="UniqueMessageBody"]:not([contenteditable="true"])', seen: '2025-05 outlook/reading-2025, outlook/reply-collapsed-2025' },
    { selector: labelSelector('div:not([contenteditable="true"])', 'aria-label', 'body', 'exact'), seen: '2024-02, outlook/reading-pane-2025' },
  ];
  const HAS_BODY = MESSAGE_BODY.map((s) => s.selector).join(', ');
  /**
   * A message of the conversation in the reading pane: `div[aria-label="Email message"]`
   * (no role, in any UI language) as public scripts find it, or a list item or region that
   * holds a message body.
   */
  const MESSAGES = [
    { selector: labelSelector('[role="main"] div', 'aria-label', 'message', 'exact'), seen: '2025-06 outlook/reply-collapsed-2025' },
    { selector: `[role="main"] [role="listitem"]:has(${HAS_BODY})`, seen: '2025-05 outlook/reading-2025' },
    { selector: `[role="main"] [role="region"]:has(${HAS_BODY})`, seen: '2024-02, outlook/reading-pane-2025' },
  ];
  /**
   * A received message's history, collapsed behind "Show message history": from the marker
   * on (a received message's ids carry an `x_` prefix, hence the suffix match), and the
   * buttons inside the body (that one among them), which are never the message's words.
   */
  const MESSAGE_QUOTE = '[id$="appendonsend"], [id$="appendonsend"] ~ *, [id$="divRplyFwdMsg"], [id$="divRplyFwdMsg"] ~ *, blockquote, button';

  /**
   * A chip's best identifier: an email in its (or its persona's) title, "Name <email>", else
   * the display name it shows.
   * @param {Element} chip
   */
  function chipText(chip) {
    const titled = chip.closest('[title]');
    const inWell = titled && titled.closest(WELLS);
    const title = (inWell && titled.getAttribute('title')) || '';
    const text = (chip.textContent || '').trim();
    return title.includes('@') ? normalizeRecipient(title) : normalizeRecipient(text);
  }

  /**
   * `Name <email>` from a persona's title and shown name.
   * @param {string} title
   * @param {string} shown
   */
  function normalizeSender(title, shown) {
    if (title.includes('<')) return title.trim();
    const name = shown.trim();
    return name && !name.includes('@') ? `${name} <${title.trim()}>` : title.trim();
  }

  /**
   * A message's sender: the persona whose title is "Name <email>" (or the address alone).
   * @param {Element} message
   */
  function senderOf(message) {
    const persona = message.querySelector('[title*="@"]');
    return persona ? normalizeSender(persona.getAttribute('title') || '', persona.textContent || '') : '';
  }

  /**
   * The chips of the compose's wells that `well` selects.
   * @param {Element} compose
   * @param {string} well
   */
  function recipients(compose, well) {
    const values = Array.from(compose.querySelectorAll(well))
      .flatMap((box) => queryFirst(box, CHIPS))
      .map(chipText)
      .filter((v) => v.length > 0);
    return Array.from(new Set(values));
  }

  /**
   * Whom a reply with its recipients collapsed goes to: the sender of the opened message it
   * follows in the reading pane, else the first address of its quoted header (a pop-out
   * has no message beside it), else no one.
   * @param {Element} compose
   * @returns {string[]}
   */
  function repliedTo(compose) {
    const pane = compose.closest('[role="main"]') || document;
    const before = (outlook.openedMessages ? outlook.openedMessages(pane) : []).filter(
      (message) => message.compareDocumentPosition(compose) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
    const sender = before.length > 0 ? senderOf(before[before.length - 1]) : '';
    if (sender) return [normalizeRecipient(sender)];
    const header = outlook.bodyField(compose)?.querySelector('#divRplyFwdMsg');
    const address = /[^\s<>"',;:]+@[^\s<>"',;:]+/.exec((header && header.textContent) || '');
    return address ? [address[0].toLowerCase()] : [];
  }

  /** @type {SiteAdapter} */
  const outlook = {
    name: 'outlook',
    // Outlook on the web holds a sent message behind "Undo" for up to 10 seconds when the
    // user turned "Undo send" on in its settings.
    undoHoldMs: 10000,
    exampleUrls: [
      'https://outlook.live.com/mail/0/',
      'https://outlook.office.com/mail/deeplink/compose',
      'https://outlook.office365.com/mail/inbox',
    ],
    matchesUrl: (url) => ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'].includes(url.hostname),
    findComposes(root) {
      const roots = new Set();
      for (const editor of queryFirst(root, BODY)) {
        // The smallest box around the editor that holds Send: the wells may not be there yet.
        const compose = closestHolding(editor, [SEND]);
        if (compose) roots.add(compose);
      }
      return Array.from(roots);
    },
    surface(compose) {
      // The reading pane's inline reply has no subject field: its quoted history tells.
      const quoted = outlook.bodyField(compose)?.querySelector('#appendonsend ~ *, #divRplyFwdMsg');
      return quoted || /^(re|aw|sv|r|rif|odp|antw|回复|答复|回覆)\s*[:：]/i.test(outlook.readSubject(compose)) ? 'reply' : 'compose';
    },
    channel: () => 'email',
    readTo: (compose) => (compose.querySelector(WELLS) ? recipients(compose, TO_WELL) : repliedTo(compose)),
    readCc: (compose) => recipients(compose, CC_WELL),
    ...emailFields(BODY, SUBJECT, SEND, QUOTE),
    looksLikeCompose(doc) {
      return doc.querySelector('[contenteditable="true"][role="textbox"]') !== null;
    },
    ...mailReading({
      messages: MESSAGES,
      body: MESSAGE_BODY,
      quote: MESSAGE_QUOTE,
      from: senderOf,
      date: (message) => (message.querySelector('[data-testid="SentReceivedSavedTime"]')?.textContent || '').trim(),
      subject: () => (document.querySelector('[role="main"] [role="heading"][aria-level="2"]')?.textContent || '').trim(),
    }),
  };
  afterviewSites.push(outlook);
})();
