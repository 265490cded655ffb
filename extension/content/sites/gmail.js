// @ts-check
// Gmail (mail.google.com): new compose (popup and full screen), inline reply, pop-out
// (the compose-only window, `?view=cm`).
// Gmail's class names are obfuscated and change; the attributes below (aria-label, name,
// role, data-hovercard-id) have been stable for years and are what InboxSDK and gmail.js
// rely on too. Newest first, each with the date it was last seen and the fixtures it is checked against.

(function () {
  // The editor: by Gmail's own attribute first (`g_editable`, in every layout and UI
  // language), then by its label in any UI language (labels.js).
  const BODY = [
    { selector: 'div[g_editable="true"][contenteditable="true"]', seen: '2025-06 gmail/inbox-2025, gmail/popout-2025, gmail/compose-2020-layout' },
    { selector: labelSelector('div[contenteditable="true"]', 'aria-label', 'body', 'exact'), seen: '2025-06 gmail/inbox-2025' },
  ];
  /**
   * A compose is the smallest box around the editor that also holds a To field: the
   * new-message dialog, the inline reply in a thread, the pop-out window, whatever wrappers
   * (obfuscated classes: .M9, td.Bu) Gmail puts around them this year. The field's `name`
   * is the same in every UI language.
   */
  const WELL = [{ selector: '[name="to"]', seen: '2025-06 gmail/inbox-2025, gmail/compose-2020-layout' }];
  const TO_CHIPS = [
    // Since the 2021 compose redesign: div.anm[name=to] › [role=listbox] › [role=option][data-hovercard-id].
    { selector: '[name="to"] [role="option"][data-hovercard-id], [name="to"] [data-hovercard-id]', seen: '2025-06 gmail/inbox-2025' },
    { selector: 'div.aoD.hl [data-hovercard-id]', seen: '2021-09, no fixture' },
    { selector: 'span[email]', seen: '2019-01, no fixture' },
  ];
  const TO_FIELDS = [
    { selector: 'textarea[name="to"], input[name="to"]', seen: '2020-10 gmail/compose-2020-layout' },
  ];
  const CC_CHIPS = [
    { selector: '[name="cc"] [role="option"][data-hovercard-id], [name="cc"] [data-hovercard-id]', seen: '2025-06 gmail/inbox-2025' },
  ];
  const CC_FIELDS = [{ selector: 'textarea[name="cc"], input[name="cc"]', seen: '2020-10 gmail/compose-2020-layout' }];
  const SUBJECT = [{ selector: 'input[name="subjectbox"]', seen: '2025-06 gmail/inbox-2025, gmail/compose-2020-layout' }];
  /** The earlier messages a reply quotes, once expanded; never part of the user's draft. */
  const QUOTE = '.gmail_quote, .gmail_extra, blockquote';
  /**
   * Send: the button whose tooltip (or label) begins with the word in the UI language
   * (labels.js; the tooltip adds the shortcut, "Send (Ctrl-Enter)", in that language's key
   * names); else, by position, the first button after the editor that opens no menu (the
   * compose's bottom bar starts with Send, then its options menu, then the formatting).
   */
  const SEND = [
    { selector: labelSelector('[role="button"]', 'data-tooltip', 'send', 'prefix'), seen: '2025-06 gmail/inbox-2025, gmail/compose-2020-layout' },
    { selector: labelSelector('[role="button"]', 'aria-label', 'send', 'prefix'), seen: '2025-06 gmail/inbox-2025, gmail/compose-2020-layout' },
  ];

  /**
   * The compose's Send button: by its label, else the first button after the editor.
   * @param {Element} compose
   * @returns {Element | null}
   */
  function sendButton(compose) {
    const labelled = queryFirst(compose, SEND)[0];
    if (labelled) return labelled;
    const editor = queryFirst(compose, BODY)[0];
    if (!editor) return null;
    for (const button of compose.querySelectorAll('[role="button"]:not([aria-haspopup="true"])')) {
      if (editor.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING && !editor.contains(button)) return button;
    }
    return null;
  }

  // ---- the messages opened in a thread ----
  /** A thread's message: a list item of the conversation that names its sender with an `email` attribute. */
  const MESSAGES = [
    { selector: '[role="main"] [role="listitem"]:has([email])', seen: '2025-06 gmail/reading-2025' },
    { selector: '[role="main"] [data-message-id]', seen: '2023-01, no fixture' },
  ];
  /** The message's content container (its body as sent); a collapsed message has none. */
  const MESSAGE_BODY = [
    { selector: 'div.a3s', seen: '2025-06 gmail/reading-2025' },
    { selector: '[data-message-id] div.ii.gt > div', seen: '2023-01, no fixture' },
  ];
  /** The earlier messages a message quotes, collapsed behind "…" (Show trimmed content). */
  const MESSAGE_QUOTE = '.gmail_quote, .gmail_extra, blockquote, .adL, .yj6qo';

  /**
   * @param {Element} compose
   * @param {{selector: string, seen: string}[]} chips
   * @param {{selector: string, seen: string}[]} fields
   */
  function recipients(compose, chips, fields) {
    const out = [];
    for (const chip of queryFirst(compose, chips)) {
      const id = chip.getAttribute('data-hovercard-id') || chip.getAttribute('email');
      if (id) out.push(normalizeRecipient(id));
    }
    for (const field of queryFirst(compose, fields)) {
      if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
        out.push(...splitRecipients(field.value));
      }
    }
    return Array.from(new Set(out));
  }

  /** @type {SiteAdapter} */
  const gmail = {
    name: 'gmail',
    // Gmail holds every sent message behind "Undo" for the cancellation period the user
    // chose in its settings: 5, 10, 20 or 30 seconds.
    undoHoldMs: 30000,
    exampleUrls: ['https://mail.google.com/mail/u/0/#inbox', 'https://mail.google.com/mail/u/1/#inbox?compose=new'],
    matchesUrl: (url) => url.hostname === 'mail.google.com',
    findComposes(root) {
      const roots = new Set();
      for (const editor of queryFirst(root, BODY)) {
        const compose = closestHolding(editor, [WELL]);
        if (compose) roots.add(compose);
      }
      return Array.from(roots);
    },
    surface(compose) {
      // An inline reply hides its subject (the thread's); a popped-out reply keeps "Re:".
      const subject = queryFirst(compose, SUBJECT)[0];
      const hidden = subject instanceof HTMLInputElement && subject.type === 'hidden';
      return hidden || /^(re|aw|sv|antw):/i.test(gmail.readSubject(compose)) ? 'reply' : 'compose';
    },
    channel: () => 'email',
    readTo: (compose) => recipients(compose, TO_CHIPS, TO_FIELDS),
    readCc: (compose) => recipients(compose, CC_CHIPS, CC_FIELDS),
    ...emailFields(BODY, SUBJECT, SEND, QUOTE),
    isSendTarget(target) {
      const compose = gmail.findComposes(document).find((c) => c.contains(target));
      const send = compose && sendButton(compose);
      return Boolean(send && send.contains(target));
    },
    looksLikeCompose(doc) {
      return doc.querySelector('div[role="dialog"] [contenteditable="true"]') !== null;
    },
    ...mailReading({
      messages: MESSAGES,
      body: MESSAGE_BODY,
      quote: MESSAGE_QUOTE,
      from(message) {
        // The sender comes first in the header; recipients ("to me") follow with their own `email`.
        const sender = message.querySelector('[email]');
        const email = sender?.getAttribute('email') || '';
        const name = sender?.getAttribute('name') || (sender?.textContent || '').trim();
        return name && name !== email ? `${name} <${email}>` : email;
      },
      // The date's full form is its title ("Tue, Nov 24, 2026, 10:00 AM"); its text may be "10:00 AM (2 hours ago)".
      date: (message) => message.querySelector('span.g3[title], span[title][alt]')?.getAttribute('title') || '',
      subject: () => document.querySelector('[role="main"] h2')?.textContent?.trim() || '',
    }),
  };
  afterviewSites.push(gmail);
})();
