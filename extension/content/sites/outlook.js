// @ts-check
// Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com):
// compose in the reading pane and the pop-out. Fluent UI renders recipients as persona
// chips whose text may be only a display name; the engine resolves names against the
// state's contacts. Newest first, with the date each was last seen.

(function () {
  const BODY = [
    { selector: 'div[aria-label="Message body"][contenteditable="true"]', seen: '2025-05' },
    { selector: 'div[role="textbox"][aria-label^="Message body"]', seen: '2023-10' },
  ];
  const ROOT = [
    { selector: 'div[data-app-section="Form_Content"]', seen: '2025-05' },
    { selector: 'div[role="dialog"]', seen: '2025-05' },
    { selector: 'form', seen: '2022-01' },
  ];
  const TO = [
    { selector: 'div[aria-label="To"] [data-lpc-hover-target-id]', seen: '2025-05' },
    { selector: 'div[aria-label="To"] span[title]', seen: '2024-02' },
    { selector: 'div[role="textbox"][aria-label="To"] span', seen: '2023-10' },
  ];
  const CC = [
    { selector: 'div[aria-label="Cc"] [data-lpc-hover-target-id]', seen: '2025-05' },
    { selector: 'div[aria-label="Cc"] span[title]', seen: '2024-02' },
  ];
  const SUBJECT = [
    { selector: 'input[aria-label="Subject"], input[aria-label="Add a subject"], input[placeholder="Add a subject"]', seen: '2025-05' },
  ];
  const SEND = [{ selector: 'button[aria-label="Send"], button[title^="Send"]', seen: '2025-05' }];
  /** A reply's history: everything from the divider Outlook inserts before it. */
  const QUOTE = '#divRplyFwdMsg, #divRplyFwdMsg ~ *, #appendonsend ~ *, blockquote';

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
    exampleUrls: [
      'https://outlook.live.com/mail/0/',
      'https://outlook.office.com/mail/deeplink/compose',
      'https://outlook.office365.com/mail/inbox',
    ],
    matchesUrl: (url) => ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'].includes(url.hostname),
    findComposes(root) {
      const roots = new Set();
      for (const editor of queryFirst(root, BODY)) {
        const compose = closestFirst(editor, ROOT);
        if (compose) roots.add(compose);
      }
      return Array.from(roots);
    },
    surface(compose) {
      const subject = outlook.readSubject(compose);
      return /^(re|aw|sv):/i.test(subject) ? 'reply' : 'compose';
    },
    channel: () => 'email',
    readTo: (compose) => recipients(compose, TO),
    readCc: (compose) => recipients(compose, CC),
    ...emailFields(BODY, SUBJECT, SEND, QUOTE),
    looksLikeCompose(doc) {
      return doc.querySelector('[contenteditable="true"][role="textbox"]') !== null;
    },
  };
  afterviewSites.push(outlook);
})();
