// DOM drift: seeded mutants of a fixture page, changed the way the sites' markup changes
// between releases while what a user sees and does stays the same. Class names are
// renamed (and the page's own stylesheet with them), elements get extra wrappers and new
// siblings, attributes change order, aria-labels take another of the forms the site is
// known to use, and labels and tooltips change case. The page's UI language is the
// caller's (languages.mjs localises the page before it is mutated). The text inside
// editors (the user's words, a reply's quote) is left alone.
// `mutateHtml` runs in a browser page (it parses with DOMParser): pass it to page.evaluate.

/** Each site's known forms of the same label: an aria-label in a group may become any other of it. */
export const LABEL_VARIANTS = {
  gmail: [
    ['To recipients', 'To'],
    ['Send \u202a(Ctrl-Enter)\u202c', 'Send (Ctrl-Enter)', 'Send (\u2318Enter)'],
  ],
  outlook: [
    ['Message body', 'Message body, press Alt+F10 to exit'],
    ['To recipients', 'To recipients, type to search'],
  ],
  linkedin: [['Write a message\u2026', 'Write a message...']],
};

/**
 * One mutant of `html`, the same for the same `seed`.
 * @param {{html: string, seed: number, labels: string[][]}} input
 * @returns {string} the mutant page's HTML
 */
export function mutateHtml({ html, seed, labels }) {
  // mulberry32: a small seeded generator, so a failing mutant can be made again.
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const token = () => `x${Math.floor(random() * 2 ** 31).toString(36)}`;
  const doc = new DOMParser().parseFromString(html, 'text/html');

  const UNTOUCHED = new Set(['HTML', 'HEAD', 'BODY', 'SCRIPT', 'STYLE', 'TEMPLATE', 'META', 'TITLE', 'LINK']);
  // Elements whose children the HTML parser places by rule: nothing may be put between.
  const STRICT_PARENT = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'COLGROUP', 'UL', 'OL', 'SELECT', 'P', 'DL', 'H1', 'H2', 'H3']);
  const STRICT_CHILD = new Set(['TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT', 'COL', 'COLGROUP', 'CAPTION', 'LI', 'OPTION', 'DT', 'DD']);
  const INLINE = new Set(['SPAN', 'A', 'BUTTON', 'LABEL', 'B', 'I', 'EM', 'STRONG']);

  /** @type {ParentNode[]} the page and every template's content (composes opened later) */
  const roots = [doc.body];
  for (let i = 0; i < roots.length; i++) {
    for (const template of roots[i].querySelectorAll('template')) roots.push(template.content);
  }
  const elements = [];
  for (const root of roots) {
    for (const el of root.querySelectorAll('*')) {
      if (UNTOUCHED.has(el.tagName)) continue;
      if (el.parentElement && el.parentElement.closest('[contenteditable="true"]')) continue;
      elements.push(el);
    }
  }

  // Class names: every name renamed, the same way everywhere, the stylesheet too.
  const renamed = new Map();
  for (const el of elements) {
    if (!el.classList.length) continue;
    const names = Array.from(el.classList).map((name) => {
      if (!renamed.has(name)) renamed.set(name, token());
      return renamed.get(name);
    });
    el.setAttribute('class', names.join(' '));
  }
  for (const root of [doc, ...roots]) {
    for (const style of root.querySelectorAll('style')) {
      style.textContent = style.textContent.replace(/\.(-?[_a-zA-Z][\w-]*)/g, (all, name) => (renamed.has(name) ? `.${renamed.get(name)}` : all));
    }
  }

  // aria-labels: another known form of the same label.
  for (const el of elements) {
    const label = el.getAttribute('aria-label');
    const group = label === null ? null : labels.find((forms) => forms.includes(label));
    if (group) el.setAttribute('aria-label', group[Math.floor(random() * group.length)]);
  }

  // Labels and tooltips in another case (all lower or all upper), as a redesign restyles
  // them; an address in a persona's title keeps its case.
  const caseRate = random() * 0.6;
  for (const el of elements) {
    for (const name of ['aria-label', 'data-tooltip', 'title', 'placeholder']) {
      const value = el.getAttribute(name);
      if (value === null || value.includes('@') || random() > caseRate) continue;
      el.setAttribute(name, random() < 0.5 ? value.toLowerCase() : value.toUpperCase());
    }
  }

  // Attributes in another order.
  const reorderRate = 0.3 + random() * 0.7;
  for (const el of elements) {
    if (el.attributes.length < 2 || random() > reorderRate) continue;
    const attributes = Array.from(el.attributes).map((a) => [a.name, a.value]);
    for (let i = attributes.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [attributes[i], attributes[j]] = [attributes[j], attributes[i]];
    }
    for (const [name] of attributes) el.removeAttribute(name);
    for (const [name, value] of attributes) el.setAttribute(name, value);
  }

  // Extra wrappers and new siblings, where the parser would keep them where they are put
  // (and not at a template's top, which the page clones as the compose itself).
  const movable = elements.filter((el) => el.parentElement && !STRICT_CHILD.has(el.tagName) && !(el.parentElement && STRICT_PARENT.has(el.parentElement.tagName)));
  const wrapRate = 0.05 + random() * 0.25;
  const siblingRate = 0.05 + random() * 0.25;
  for (const el of movable) {
    const inline = el.parentElement !== null && INLINE.has(el.parentElement.tagName);
    const make = () => {
      const node = doc.createElement(inline ? 'span' : 'div');
      node.className = token();
      return node;
    };
    if (random() < wrapRate) {
      const wrapper = make();
      el.replaceWith(wrapper);
      wrapper.append(el);
    }
    if (random() < siblingRate) {
      if (random() < 0.5) el.before(make());
      else el.after(make());
    }
  }
  return `<!doctype html>\n${doc.documentElement.outerHTML}`;
}
