// @ts-check
// LinkedIn (www.linkedin.com): the invitation note (today inside the open shadow root
// of #interop-outlet, earlier in an .artdeco-modal) and the messaging composer (the
// messaging page and the overlay bubbles). Newest first, each with the date it was last seen and the fixtures it is checked against.

(function () {
  const NOTE = [
    { selector: 'textarea#custom-message', seen: '2025-06 linkedin/profile-2025' },
    { selector: '[role="dialog"] textarea[name="message"]', seen: '2025-06 linkedin/profile-2025' },
  ];
  const NOTE_ROOT = [
    { selector: '[role="dialog"]', seen: '2025-06 linkedin/profile-2025' },
    { selector: '.artdeco-modal', seen: '2022-03 linkedin/profile-legacy' },
  ];
  const MESSAGE = [
    { selector: '.msg-form__contenteditable[contenteditable="true"]', seen: '2025-06 linkedin/messaging-2025, linkedin/profile-2025' },
    // By role and place, whatever its label says in the UI language ("Write a message…").
    { selector: 'form [role="textbox"][contenteditable="true"]', seen: '2025-06 linkedin/messaging-2025, linkedin/profile-2025' },
  ];
  const MESSAGE_ROOT = [
    { selector: 'form.msg-form, .msg-form', seen: '2025-06 linkedin/messaging-2025, linkedin/profile-2025' },
    { selector: 'form', seen: '2025-06 linkedin/messaging-2025, linkedin/profile-2025' },
  ];
  /** The conversation a message composer belongs to, whose header names the other person. */
  const CONVERSATION = [
    { selector: '.msg-overlay-conversation-bubble', seen: '2025-06 linkedin/profile-2025' },
    { selector: '.msg-convo-wrapper, .msg-thread', seen: '2025-06 linkedin/messaging-2025' },
    { selector: '[role="dialog"]', seen: '2025-06, no fixture' },
  ];
  /** The messages of a conversation (the links in them are people mentioned). */
  const MESSAGE_LIST = '.msg-s-message-list, .msg-s-message-list-content, [role="list"]';
  /** The profile's top card: name, headline, current company (nothing else is read). */
  const PROFILE_NAME = [
    { selector: 'main section h1', seen: '2025-06 linkedin/profile-2025' },
    { selector: '.pv-top-card h1', seen: '2021-04 linkedin/profile-legacy' },
  ];
  const PROFILE_HEADLINE = [
    { selector: 'main section h1 ~ .text-body-medium, main section .text-body-medium.break-words', seen: '2025-06 linkedin/profile-2025' },
    { selector: '.pv-top-card .text-body-medium', seen: '2021-04 linkedin/profile-legacy' },
  ];
  const PROFILE_COMPANY = [
    { selector: 'main section [aria-label^="Current company:"]', seen: '2025-06 linkedin/profile-2025' },
    { selector: '.pv-text-details__right-panel-item-text', seen: '2022-08, no fixture' },
  ];
  /**
   * Send: the composer's submit button, or a button whose label holds the word in the UI
   * language (labels.js: "Send invitation", "Einladung senden", "招待を送信").
   */
  const SEND = [
    { selector: '.msg-form__send-button', seen: '2025-06 linkedin/messaging-2025, linkedin/profile-2025' },
    { selector: labelSelector('button', 'aria-label', 'send', 'contains'), seen: '2025-06 linkedin/profile-2025' },
    { selector: 'form button[type="submit"]', seen: '2025-06 linkedin/messaging-2025, linkedin/profile-2025' },
  ];
  /** A profile link in URN form (`/in/ACoAA…`), which names no one until LinkedIn resolves it. */
  const URN_PROFILE = /\/in\/ACo[A-Za-z0-9_-]{10,}/;

  /** Where invitation dialogs live: the document and the #interop-outlet shadow root. */
  function searchRoots() {
    /** @type {ParentNode[]} */
    const roots = [document];
    const outlet = document.querySelector('#interop-outlet');
    if (outlet && outlet.shadowRoot) roots.push(outlet.shadowRoot);
    return roots;
  }

  /**
   * The first non-empty text of the first matching element, on one line.
   * @param {{selector: string, seen: string}[]} selectors
   */
  function textOf(selectors) {
    const found = queryFirst(document, selectors)[0];
    return found ? (found.textContent || '').replace(/\s+/g, ' ').trim() : '';
  }

  /** The profile URL of the page the dialog belongs to. */
  function profileUrl() {
    const match = /^\/in\/[^/]+\/?/.exec(location.pathname);
    return match ? `https://www.linkedin.com${match[0]}` : '';
  }

  /**
   * A person as the engine can match them: their profile URL, or, where it is in URN form
   * (which matches no stored profile), their name as the page shows it.
   * @param {string} url
   * @param {string} name
   * @returns {string[]}
   */
  function person(url, name) {
    const shown = name.replace(/\s+/g, ' ').trim();
    if (!URN_PROFILE.test(url)) return url ? [url] : [];
    return shown ? [shown] : [];
  }

  /**
   * The name a profile link shows: its text, else its label or its picture's alt text, else
   * the conversation's heading.
   * @param {HTMLAnchorElement} link
   * @param {Element} conversation
   */
  function linkName(link, conversation) {
    const text = (link.textContent || '').trim();
    const picture = link.querySelector('img[alt]');
    const heading = conversation.querySelector('h2, h3');
    return text || link.getAttribute('aria-label') || (picture && picture.getAttribute('alt')) || (heading && heading.textContent) || '';
  }

  /** @param {Element} compose */
  function isNote(compose) {
    return queryFirst(compose, NOTE).length > 0;
  }

  /** @type {SiteAdapter} */
  const linkedin = {
    name: 'linkedin',
    // A LinkedIn message or invitation goes at once: there is no undo window.
    undoHoldMs: 0,
    // A message goes with the box emptied and left open; an invitation closes its dialog.
    sendEmptiesBox: true,
    exampleUrls: ['https://www.linkedin.com/in/jordan-lee-0a1b2c/', 'https://www.linkedin.com/messaging/thread/2-abc/'],
    matchesUrl: (url) => url.hostname === 'www.linkedin.com',
    shadowRoots() {
      const outlet = document.querySelector('#interop-outlet');
      return outlet && outlet.shadowRoot ? [outlet.shadowRoot] : [];
    },
    findComposes() {
      const found = new Set();
      for (const root of searchRoots()) {
        for (const note of queryFirst(root, NOTE)) {
          const dialog = closestFirst(note, NOTE_ROOT);
          if (dialog) found.add(dialog);
        }
        for (const editor of queryFirst(root, MESSAGE)) {
          const form = closestFirst(editor, MESSAGE_ROOT);
          if (form) found.add(form);
        }
      }
      return Array.from(found);
    },
    surface: (compose) => (isNote(compose) ? 'invite-note' : 'message'),
    channel: (compose) => (isNote(compose) ? 'linkedin_note' : 'linkedin_message'),
    readTo(compose) {
      if (isNote(compose)) return person(profileUrl(), textOf(PROFILE_NAME));
      // The conversation the composer belongs to (the thread on the messaging page, the
      // bubble of the overlay, a dialog) links to the other person in its header. Nothing
      // outside that conversation is read: a page holds many other people's links.
      const conversation = closestFirst(compose, CONVERSATION);
      if (!conversation) return [];
      // Links inside the messages are people someone mentioned, not the recipient.
      const links = Array.from(conversation.querySelectorAll('a[href*="/in/"]')).filter(
        (link) => link instanceof HTMLAnchorElement && !link.closest(MESSAGE_LIST) && !compose.contains(link),
      );
      // The participant's profile link by its name where the conversation has one, else
      // the person's name (a URN link, as messaging often shows, names no stored profile).
      const named = links.find((link) => link instanceof HTMLAnchorElement && !URN_PROFILE.test(link.href));
      if (named instanceof HTMLAnchorElement) return [named.href];
      const first = links[0];
      return first instanceof HTMLAnchorElement ? person(first.href, linkName(first, conversation)) : [];
    },
    readCc: () => [],
    readSubject: () => '',
    readBody(compose) {
      const note = queryFirst(compose, NOTE)[0];
      if (note instanceof HTMLTextAreaElement) return note.value;
      // The same text map the underlines and fixes use: one newline between paragraphs
      // (innerText puts two between <p>s, which would shift every offset after them).
      const editor = queryFirst(compose, MESSAGE)[0];
      return editor instanceof HTMLElement ? editableText(editor, '').text : '';
    },
    bodyField(compose) {
      const field = queryFirst(compose, NOTE)[0] || queryFirst(compose, MESSAGE)[0];
      return field instanceof HTMLElement ? field : null;
    },
    subjectField: () => null,
    quoteSelector: '',
    limit(compose) {
      const note = queryFirst(compose, NOTE)[0];
      return note instanceof HTMLTextAreaElement && note.maxLength > 0 ? note.maxLength : null;
    },
    // The composer sends on Enter ("Press Enter to Send", the default) or Ctrl/⌘+Enter
    // (with it off); a note box sends on nothing but its Send button.
    sendsOnKey(compose, event) {
      const editor = isNote(compose) ? null : queryFirst(compose, MESSAGE)[0];
      return event.key === 'Enter' && !event.shiftKey && Boolean(editor && event.target instanceof Node && editor.contains(event.target));
    },
    // The messaging overlay is a small fixed-height window at the bottom right.
    compact(compose) {
      for (let box = compose.parentElement; box; box = box.parentElement) {
        if (getComputedStyle(box).position === 'fixed') return true;
      }
      return false;
    },
    profile() {
      const heading = queryFirst(document, PROFILE_NAME)[0];
      const url = profileUrl();
      if (!heading || !url) return null;
      return {
        anchor: heading,
        key: url,
        read: () => ({ name: textOf(PROFILE_NAME), title: textOf(PROFILE_HEADLINE), company: textOf(PROFILE_COMPANY), email: '', linkedin: url }),
      };
    },
    isSendTarget(target) {
      return Boolean(target.closest(SEND.map((s) => s.selector).join(',')));
    },
    panelAnchor(compose) {
      const field = queryFirst(compose, NOTE)[0] || queryFirst(compose, MESSAGE)[0];
      return (field && field.parentElement) || compose;
    },
    looksLikeCompose(doc) {
      return doc.querySelector('.msg-form, .artdeco-modal textarea') !== null;
    },
  };
  afterviewSites.push(linkedin);
})();
