// @ts-check
// A page-shape report: what the page around the text box looks like, with nothing of what
// it says. When a site changes and Afterview no longer finds its compose, the user can save
// one from the popup (background.js puts this file into the tab on their request) and
// attach it to a bug report; docs/adapters.md says how a report becomes a fixture.
//
// Kept: tag names, roles, the names of attributes, the values of the attributes that
// describe structure (type, contenteditable, aria states, a form field's name), class
// names, nesting. Replaced: every text, label, title or placeholder by its script and
// length; every id and data- value by its shape (letters a, digits 9). Left out: addresses,
// URLs, images, every other value. Nothing that names a person or an address survives.

(function () {
  /** How many levels above the focused box the report starts. */
  const LEVELS_UP = 6;
  /** The most elements a report describes. */
  const MAX_ELEMENTS = 600;
  /** Attributes whose values are structure, not content, with the values they may take. */
  const STRUCTURAL = new Map([
    ['role', /^(alert|alertdialog|application|article|banner|button|cell|checkbox|columnheader|combobox|complementary|contentinfo|dialog|document|feed|figure|form|grid|gridcell|group|heading|img|link|list|listbox|listitem|log|main|menu|menubar|menuitem|menuitemcheckbox|menuitemradio|navigation|none|option|presentation|progressbar|radio|radiogroup|region|row|rowgroup|rowheader|search|searchbox|separator|status|switch|tab|table|tablist|tabpanel|textbox|toolbar|tooltip|tree|treegrid|treeitem)( |$)/],
    ['type', /^[a-z-]{1,20}$/],
    ['contenteditable', /^(true|false|plaintext-only|)$/],
    ['aria-expanded', /^(true|false)$/],
    ['aria-haspopup', /^(true|false|menu|listbox|tree|grid|dialog)$/],
    ['aria-hidden', /^(true|false)$/],
    ['aria-multiline', /^(true|false)$/],
    ['aria-modal', /^(true|false)$/],
    ['aria-live', /^(off|polite|assertive)$/],
    ['aria-disabled', /^(true|false)$/],
    ['aria-selected', /^(true|false)$/],
    ['tabindex', /^-?\d{1,3}$/],
    ['dir', /^(ltr|rtl|auto)$/],
    ['lang', /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?$/],
    ['name', /^(to|cc|bcc|from|subject|subjectbox|body|message|content|text|comment|note|reply|q|search|email|title)$/i],
  ]);
  /** Attributes that carry words a person reads: replaced by their script and length. */
  const WORDS = new Set(['aria-label', 'title', 'placeholder', 'alt', 'aria-placeholder', 'aria-description', 'data-tooltip']);
  /** Class names kept: word-like tokens without an address or a long number in them. */
  const CLASS_TOKEN = /^-?[A-Za-z_][A-Za-z0-9_-]{0,40}$/;

  /**
   * The words (three letters or more, lower case) of every text and attribute value under
   * `root`: a class name holding one of them is shaped, not kept, so that a class made of
   * a person's name ("jordan-lee") does not carry it out.
   * @param {Element} root
   * @returns {Set<string>}
   */
  function wordsUnder(root) {
    const found = new Set();
    /** @param {string} text */
    const take = (text) => {
      for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) if (word.length >= 3) found.add(word);
    };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = /** @type {Node | null} */ (walker.currentNode); node; node = walker.nextNode()) {
      if (node instanceof Text) take(node.data);
      else if (node instanceof Element) {
        for (const { name, value } of Array.from(node.attributes)) if (name !== 'class' && name !== 'style') take(value);
        if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) take(node.value);
      }
    }
    return found;
  }

  /**
   * The writing system of a text: what a report keeps of it, with its length.
   * @param {string} text
   */
  function script(text) {
    if (/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(text)) return 'cjk';
    if (/[\u0400-\u04ff]/.test(text)) return 'cyrillic';
    if (/[\u0590-\u06ff]/.test(text)) return 'rtl';
    if (/[A-Za-z\u00c0-\u024f]/.test(text)) return 'latin';
    if (/\d/.test(text)) return 'digits';
    return 'other';
  }

  /**
   * @param {string} text
   * @returns {{script: string, length: number}}
   */
  function words(text) {
    return { script: script(text), length: text.trim().length };
  }

  /**
   * A value's shape: each letter an `a`, each digit a `9`, the rest as it is but for `@`
   * and `.` runs of an address, which become `@` and `.` alone.
   * @param {string} value
   */
  function shapeOf(value) {
    return value
      .slice(0, 60)
      .replace(/\p{L}/gu, 'a')
      .replace(/\p{N}/gu, '9')
      .replace(/[^a9_:\-@. ]/g, '*');
  }

  /**
   * One element as the report describes it.
   * @param {Element} element
   * @param {Element} focused
   * @param {{left: number, words: Set<string>}} budget  elements left to describe; the words a class name may not hold
   * @returns {object}
   */
  function describe(element, focused, budget) {
    const said = budget.words;
    budget.left -= 1;
    /** @type {Record<string, unknown>} */
    const node = { tag: element.tagName.toLowerCase() };
    if (element === focused) node.focused = true;
    /** @type {Record<string, unknown>} */
    const attributes = {};
    for (const { name, value } of Array.from(element.attributes)) {
      if (name === 'class' || name === 'style') continue;
      const allowed = STRUCTURAL.get(name);
      if (allowed) attributes[name] = allowed.test(value) ? value : shapeOf(value);
      else if (WORDS.has(name)) attributes[name] = words(value);
      else if (name === 'id' || name.startsWith('data-') || name.startsWith('aria-')) attributes[name] = shapeOf(value);
      else attributes[name] = null;
    }
    if (Object.keys(attributes).length) node.attributes = attributes;
    const classes = Array.from(element.classList).map((c) => {
      const holdsWords = c.toLowerCase().split(/[^a-z]+/).some((part) => said.has(part));
      return CLASS_TOKEN.test(c) && !/\d{4,}/.test(c) && !holdsWords ? c : shapeOf(c);
    });
    if (classes.length) node.classes = classes;
    if (element.shadowRoot) node.shadow = 'open';
    /** @type {object[]} */
    const children = [];
    const parts = element.shadowRoot ? [...Array.from(element.shadowRoot.childNodes), ...Array.from(element.childNodes)] : Array.from(element.childNodes);
    for (const child of parts) {
      if (budget.left <= 0) {
        children.push({ cut: true });
        break;
      }
      if (child instanceof Text) {
        if (child.data.trim()) children.push({ text: words(child.data) });
      } else if (child instanceof Element && !['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'AFTERVIEW-PANEL', 'AFTERVIEW-READ', 'AFTERVIEW-SAVE'].includes(child.tagName)) {
        children.push(describe(child, focused, budget));
      }
    }
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
      if (element.value) children.push({ value: words(element.value) });
    }
    if (children.length) node.children = children;
    return node;
  }

  /**
   * The report for this frame: the area around the focused element (or the whole body
   * when nothing has the focus), with the page's language and the window's size.
   * @returns {object}
   */
  function shapeReport() {
    /** @type {Element | null} */
    let focused = document.activeElement;
    while (focused && focused.shadowRoot && focused.shadowRoot.activeElement) focused = focused.shadowRoot.activeElement;
    if (focused === document.body) focused = null;
    let top = focused || document.body;
    for (let level = 0; focused && level < LEVELS_UP && top.parentElement && top.parentElement !== document.documentElement; level++) top = top.parentElement;
    return {
      report: 'afterview-page-shape',
      version: 1,
      page_language: /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})?$/.test(document.documentElement.lang) ? document.documentElement.lang : '',
      ui_language: navigator.language,
      window: { width: innerWidth, height: innerHeight },
      focused: focused ? focused.tagName.toLowerCase() : null,
      tree: describe(top, focused || top, { left: MAX_ELEMENTS, words: wordsUnder(top) }),
    };
  }

  Object.defineProperty(globalThis, 'afterviewShapeReport', { value: shapeReport, configurable: true });
})();
