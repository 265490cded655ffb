// @ts-check
// The text of a contenteditable editor as the checker sees it, with a map from the
// checker's UTF-16 offsets back to DOM positions, so findings can be underlined (from
// Range rects) and fixed (through the editor's input path) without touching the DOM text.

/** Elements that start a new line of text. */
const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TR', 'TABLE']);

/**
 * The editor's text and where each text node sits in it.
 * @typedef {{text: string, pieces: {node: Text, start: number}[]}} EditableText
 */

/**
 * Reads an editor: text nodes in order, a newline for each `<br>` and before each block,
 * skipping the quoted history that `skip` matches (a reply's earlier messages).
 * @param {HTMLElement} editor
 * @param {string} skip  a selector of subtrees to leave out ('' for none)
 * @returns {EditableText}
 */
function editableText(editor, skip) {
  /** @type {string[]} */
  const parts = [];
  /** @type {{node: Text, start: number}[]} */
  const pieces = [];
  let length = 0;
  let endsWithNewline = true;
  /** @param {string} s */
  const push = (s) => {
    parts.push(s);
    length += s.length;
    endsWithNewline = s.endsWith('\n');
  };
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (skip && node instanceof Element && node.matches(skip)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text) {
      if (!node.data) continue;
      pieces.push({ node, start: length });
      push(node.data);
    } else if (node instanceof HTMLBRElement) {
      push('\n');
    } else if (node instanceof Element && BLOCK_TAGS.has(node.tagName) && !endsWithNewline && length > 0) {
      push('\n');
    }
  }
  const text = parts.join('').replace(/\n$/, '');
  return { text, pieces };
}

/**
 * The DOM position of a UTF-16 offset into `map.text` (a newline of its own maps to the
 * start of the next text node).
 * @param {EditableText} map
 * @param {number} offset
 * @returns {{node: Text, offset: number} | null}
 */
function positionAt(map, offset) {
  const { pieces } = map;
  let low = 0;
  let high = pieces.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (pieces[mid].start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (found < 0) return pieces.length ? { node: pieces[0].node, offset: 0 } : null;
  const piece = pieces[found];
  const inside = offset - piece.start;
  if (inside <= piece.node.data.length) return { node: piece.node, offset: inside };
  const next = pieces[found + 1];
  return next ? { node: next.node, offset: 0 } : { node: piece.node, offset: piece.node.data.length };
}

/**
 * A Range over `start..end` (UTF-16 offsets into `map.text`), or null when the text moved.
 * @param {EditableText} map
 * @param {number} start
 * @param {number} end
 * @returns {Range | null}
 */
function rangeOf(map, start, end) {
  const from = positionAt(map, start);
  const to = positionAt(map, end);
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = document.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range;
}

/**
 * Replaces `start..end` of a field with `text` through the field's own input path: the
 * span is selected, then `insertText` runs as if typed (so the site's undo stack and its
 * draft saving see it). A textarea or input is selected with setSelectionRange.
 * @param {HTMLElement} field
 * @param {string} skip
 * @param {number} start
 * @param {number} end
 * @param {string} text
 * @returns {boolean} whether the edit was made
 */
function replaceSpan(field, skip, start, end, text) {
  field.focus();
  if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
    field.setSelectionRange(start, end);
  } else {
    const range = rangeOf(editableText(field, skip), start, end);
    const selection = window.getSelection();
    if (!range || !selection) return false;
    selection.removeAllRanges();
    selection.addRange(range);
  }
  return document.execCommand('insertText', false, text);
}

/** How many characters each side of a finding say where it is when the text moved. */
const SPAN_CONTEXT = 12;

/**
 * Where the text a finding was found at (`start..end` of `found`) is in `now`, the text
 * as it stands after the user typed: the same place when nothing moved it, else the one
 * place with the same words on both sides, else its one occurrence in both texts with a
 * word's edge where it had one; -1 when it is gone, ambiguous or inside a longer word (a
 * fix is then applied nowhere). An empty span (an insertion)
 * follows the end of the text when it was there.
 * @param {string} found  the text the finding was found in
 * @param {string} now  the text as it stands
 * @param {number} start
 * @param {number} end
 * @returns {number} the start in `now`, or -1
 */
function relocateSpan(found, now, start, end) {
  const flagged = found.slice(start, end);
  if (now === found) return start;
  // An insertion at the end of the text (a sign-off) goes at its end as it stands.
  if (!flagged) return start === end && start === found.trimEnd().length ? now.trimEnd().length : -1;
  const before = found.slice(Math.max(0, start - SPAN_CONTEXT), start);
  const after = found.slice(end, end + SPAN_CONTEXT);
  /** @type {number[]} */
  const places = [];
  for (let at = now.indexOf(flagged); at >= 0; at = now.indexOf(flagged, at + 1)) places.push(at);
  const fits = places.filter(
    (at) => at >= before.length && now.slice(at - before.length, at) === before && now.slice(at + flagged.length, at + flagged.length + after.length) === after,
  );
  if (fits.length === 1) return fits[0];
  const once = (/** @type {string} */ text) => text.indexOf(flagged) >= 0 && text.indexOf(flagged) === text.lastIndexOf(flagged);
  // Its one occurrence, with a word's edge where it had one: never a part of a longer word
  // ("teh" grown into "tehran").
  const inWord = (/** @type {string} */ text, /** @type {number} */ at) => WORD_CHAR.test(text.charAt(at));
  const sameEdges = (/** @type {number} */ at) =>
    inWord(now, at - 1) === inWord(found, start - 1) && inWord(now, at + flagged.length) === inWord(found, end);
  if (fits.length === 0 && places.length === 1 && once(found) && sameEdges(places[0])) return places[0];
  return -1;
}

/** A character of a word: a letter, a digit or an apostrophe inside it. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}'’]/u;
