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
  /** An ARIA role. */
  const ROLE =
    '(alert|alertdialog|application|article|banner|button|cell|checkbox|columnheader|combobox|complementary|contentinfo|dialog|document|feed|figure|form|grid|gridcell|group|heading|img|link|list|listbox|listitem|log|main|menu|menubar|menuitem|menuitemcheckbox|menuitemradio|navigation|none|option|presentation|progressbar|radio|radiogroup|region|row|rowgroup|rowheader|search|searchbox|separator|status|switch|tab|table|tablist|tabpanel|textbox|toolbar|tooltip|tree|treegrid|treeitem)';
  /** Attributes whose values are structure, not content, with the values they may take. */
  const STRUCTURAL = new Map([
    ['role', new RegExp(`^${ROLE}( ${ROLE})*$`)],
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
  /**
   * The words of page structure a name (a class, a custom element's or attribute's name)
   * may keep as they are; any other part longer than two letters is shaped. A page may
   * write anything into its names, a person's name or address among them.
   */
  const UI_WORDS = new Set(
    ('app area artdeco attachment avatar bar block body bottom box btn bubble button card cell chip col column compose composer ' +
      'container content control conversation dialog draft editable editor element email entity field footer form frame grid ' +
      'group header heading hidden icon inbox inline input item label layout left link list mail main menu message modal msg ' +
      'nav note option overlay pane panel participant placeholder popup popout primary profile recipient recipients region reply ' +
      'right root row scroll section send shadow sidebar subject tab text textarea textbox thread title to token toolbar tooltip ' +
      'top view well window wrapper quote quoted signature cc bcc from outlook gmail linkedin new read contenteditable editable').split(' '),
  );
  /** The HTML elements a report names as they are; any other tag name is a name of the page's own. */
  const HTML_TAGS = new Set(
    ('a abbr address article aside b bdi bdo blockquote body br button caption cite code col colgroup data dd del details dfn ' +
      'dialog div dl dt em fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html i iframe img input ins kbd ' +
      'label legend li main mark menu meter nav ol optgroup option output p picture pre progress q s samp search section select ' +
      'slot small span strong sub summary sup svg table tbody td textarea tfoot th thead time tr u ul var video').split(' '),
  );
  /** Attribute names a report names as they are (besides ARIA's and `data-`, whose names are shaped after the prefix). */
  const HTML_ATTRIBUTES = new Set(
    ('id class style role type name href src alt title placeholder value contenteditable tabindex dir lang hidden disabled readonly ' +
      'maxlength minlength rows cols for form action method target rel width height spellcheck autocomplete draggable checked ' +
      'selected multiple required size wrap accept autofocus inputmode enterkeyhint translate slot part is nonce').split(' '),
  );

  /**
   * A name as a report keeps it: each part (between `-`, `_`, `.`, `:` and at a change to
   * upper case) kept when it is a word of page structure or two letters at most, else its
   * shape.
   * @param {string} name
   */
  function safeName(name) {
    return name
      .slice(0, 60)
      .split(/([-_.:]|(?=[A-Z][a-z]))/)
      .map((part = '') => (part.length <= 2 || UI_WORDS.has(part.toLowerCase()) ? part : shapeOf(part)))
      .join('');
  }

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
    const tag = element.tagName.toLowerCase();
    /** @type {Record<string, unknown>} */
    const node = { tag: HTML_TAGS.has(tag) ? tag : safeName(tag) };
    if (element === focused) node.focused = true;
    /** @type {Record<string, unknown>} */
    const attributes = {};
    for (const { name, value } of Array.from(element.attributes)) {
      if (name === 'class' || name === 'style') continue;
      const allowed = STRUCTURAL.get(name);
      if (allowed) attributes[name] = allowed.test(value) ? value : shapeOf(value);
      else if (WORDS.has(name)) attributes[name] = words(value);
      else if (name === 'id' || name.startsWith('aria-') || name.startsWith('data-')) attributes[name.startsWith('data-') ? `data-${safeName(name.slice(5))}` : name] = shapeOf(value);
      else attributes[HTML_ATTRIBUTES.has(name) ? name : safeName(name)] = null;
    }
    if (Object.keys(attributes).length) node.attributes = attributes;
    const classes = Array.from(element.classList).map((c) => {
      const holdsWords = c.toLowerCase().split(/[^a-z]+/).some((part) => said.has(part));
      return holdsWords ? shapeOf(c) : safeName(c);
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
      } else if (child instanceof Element && !['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(child.tagName) && !child.tagName.startsWith('AFTERVIEW-')) {
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
