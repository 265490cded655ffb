// @ts-check
// Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com):
// compose in the reading pane and the pop-out. Fluent UI renders recipients as persona
// chips whose text may be only a display name; the engine resolves names against the
// state's contacts. Newest first, each with the date it was last seen and the fixtures it is checked against.

(function () {
  // The editor's label has more than one form: "Message body" and, since 2024, "Message
  // body, press Alt+F10 to exit"; a prefix match takes both.
  const BODY = [
    { selector: 'div[aria-label^="Message body"][contenteditable="true"]', seen: '2025-05 outlook/mail-2025, outlook/reading-pane-2025' },
    { selector: 'div[role="textbox"][aria-label^="Message body"]', seen: '2023-10, outlook/reading-pane-2025' },
  ];
  /**
   * A compose is the smallest box around the editor that also holds Send and a To well:
   * the reading-pane compose sits under [role=main] with no wrapper of its own, the
   * pop-out under data-app-section="Form_Content", older layouts in a form or dialog.
   */
  const WELL = [
    { selector: 'div[aria-label="To"]', seen: '2025-05 outlook/mail-2025, outlook/reading-pane-2025' },
    { selector: 'input[aria-label^="To"]', seen: '2023-10, outlook/mail-2025' },
  ];
  const TO = [
    { selector: 'div[aria-label="To"] [data-lpc-hover-target-id]', seen: '2025-05 outlook/mail-2025' },
    { selector: 'div[aria-label="To"] span[title]', seen: '2024-02, no fixture' },
    { selector: 'div[role="textbox"][aria-label="To"] span', seen: '2023-10, no fixture' },
  ];
  const CC = [
    { selector: 'div[aria-label="Cc"] [data-lpc-hover-target-id]', seen: '2025-05 outlook/mail-2025' },
    { selector: 'div[aria-label="Cc"] span[title]', seen: '2024-02, no fixture' },
  ];
  const SUBJECT = [
    { selector: 'input[aria-label="Subject"], input[aria-label="Add a subject"], input[placeholder="Add a subject"]', seen: '2025-05 outlook/mail-2025' },
  ];
  const SEND = [{ selector: 'button[aria-label="Send"], button[title^="Send"]', seen: '2025-05 outlook/mail-2025, outlook/reading-pane-2025' }];
  /**
   * A reply's history: everything from the (empty) marker Outlook puts before it,
   * `#appendonsend`, which stays in place when a draft is inserted.
   */
  const QUOTE = '#appendonsend, #appendonsend ~ *, #divRplyFwdMsg, #divRplyFwdMsg ~ *, blockquote';

  // ---- the messages opened in the reading pane ----
  /** A message of the conversation in the reading pane: a list item or region that holds a message body. */
  const MESSAGES = [
    { selector: '[role="main"] [role="listitem"]:has([aria-label="Message body"])', seen: '2025-05 outlook/reading-2025' },
    { selector: '[role="main"] [role="region"]:has([aria-label="Message body"])', seen: '2024-02, outlook/reading-2025' },
  ];
  /** The body of a received message: labelled, and not an editor. */
  const MESSAGE_BODY = [{ selector: '[aria-label="Message body"]:not([contenteditable="true"])', seen: '2025-05 outlook/reading-2025' }];
  /**
   * A received message's history, collapsed behind "Show message history": from the marker
   * on (a received message's ids carry an `x_` prefix, hence the suffix match).
   */
  const MESSAGE_QUOTE = '[id$="appendonsend"], [id$="appendonsend"] ~ *, [id$="divRplyFwdMsg"], [id$="divRplyFwdMsg"] ~ *, blockquote, [aria-label="Show message history"]';

  /**
   * A chip's best identifier: an email in its (or its persona's) title, "Name <email>", else
   * the display name it shows.
   * @param {Element} chip
   */
  function chipText(chip) {
    const titled = chip.closest('[title]');
    const inWell = titled && titled.closest('div[aria-label="To"], div[aria-label="Cc"]');
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
   * @param {Element} compose
   * @param {{selector: string, seen: string}[]} selectors
   */
  function recipients(compose, selectors) {
    const values = queryFirst(compose, selectors).map(chipText).filter((v) => v.length > 0);
    return Array.from(new Set(values));
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
        const compose = closestHolding(editor, [SEND, WELL]);
        if (compose) roots.add(compose);
      }
      return Array.from(roots);
    },
    surface(compose) {
      // The reading pane's inline reply has no subject field: its quoted history tells.
      const quoted = outlook.bodyField(compose)?.querySelector('#appendonsend ~ *, #divRplyFwdMsg');
      return quoted || /^(re|aw|sv):/i.test(outlook.readSubject(compose)) ? 'reply' : 'compose';
    },
    channel: () => 'email',
    readTo: (compose) => recipients(compose, TO),
    readCc: (compose) => recipients(compose, CC),
    ...emailFields(BODY, SUBJECT, SEND, QUOTE),
    looksLikeCompose(doc) {
      return doc.querySelector('[contenteditable="true"][role="textbox"]') !== null;
    },
    ...mailReading({
      messages: MESSAGES,
      body: MESSAGE_BODY,
      quote: MESSAGE_QUOTE,
      from(message) {
        // The sender's persona: its title is "Name <email>" (or the address alone).
        const persona = message.querySelector('[title*="@"]');
        return persona ? normalizeSender(persona.getAttribute('title') || '', persona.textContent || '') : '';
      },
      date: (message) => (message.querySelector('[data-testid="SentReceivedSavedTime"]')?.textContent || '').trim(),
      subject: () => (document.querySelector('[role="main"] [role="heading"][aria-level="2"]')?.textContent || '').trim(),
    }),
  };
  afterviewSites.push(outlook);
})();
