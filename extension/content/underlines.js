// @ts-check
// Underlines under the findings in a compose body: one fixed, click-through overlay per
// compose, in its own closed shadow root, positioned from the Range rects of each span.
// The user's text is never edited to draw them. Hovering an underline shows its message
// and, where the checker has one, an "Apply fix" button.

const UNDERLINE_STYLE = `
:host { all: initial; position: fixed; inset: 0; pointer-events: none; z-index: 2147483000; }
.line { position: fixed; height: 3px; pointer-events: auto; cursor: help;
  background: repeating-linear-gradient(90deg, currentColor 0 3px, transparent 3px 5px); }
.line.error { color: #d93025; } .line.warning { color: #e37400; } .line.info { color: #1a73e8; }
.card { position: fixed; pointer-events: auto; max-width: 320px; font: 13px/1.4 system-ui, sans-serif;
  color: #1d2330; background: #fff; border: 1px solid #d8dee9; border-radius: 8px; padding: 6px 10px;
  box-shadow: 0 4px 14px rgba(0,0,0,.15); overflow-wrap: anywhere; }
.card button { font: inherit; margin-top: 6px; padding: 2px 10px; border-radius: 6px; border: 1px solid #1f6feb;
  background: #1f6feb; color: #fff; cursor: pointer; }
@media (prefers-color-scheme: dark) { .card { color: #e6e9ef; background: #1f242d; border-color: #343b48; } }
`;

class AfterviewUnderlines {
  /**
   * @param {(finding: Finding) => void} onFix  called when the user applies a finding's fix
   */
  constructor(onFix) {
    this.onFix = onFix;
    /** @type {HTMLElement} */
    this.host = hostElement('afterview-underlines');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = UNDERLINE_STYLE;
    this.layer = document.createElement('div');
    this.card = document.createElement('div');
    this.card.className = 'card';
    this.card.hidden = true;
    this.card.addEventListener('mouseleave', () => (this.card.hidden = true));
    shadow.append(style, this.layer, this.card);
    /** @type {{range: Range, finding: Finding}[]} */
    this.marks = [];
    this.frame = 0;
    this.onMove = () => {
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.draw();
      });
    };
    window.addEventListener('scroll', this.onMove, true);
    window.addEventListener('resize', this.onMove);
  }

  /**
   * Underlines `findings` in the body `map` was read from (spans that no longer fit the
   * text are left out). A finding about the whole message (its timing, a near copy) spans
   * all of it: it is said in the panel, never drawn under every line.
   * @param {EditableText} map
   * @param {Finding[]} findings
   */
  show(map, findings) {
    if (!this.host.isConnected) document.documentElement.append(this.host);
    this.marks = [];
    for (const finding of findings) {
      if (finding.field !== 'body' || finding.end <= finding.start) continue;
      if (finding.start === 0 && finding.end >= map.text.trimEnd().length) continue;
      const range = rangeOf(map, finding.start, finding.end);
      if (range) this.marks.push({ range, finding });
    }
    this.draw();
  }

  /** Removes every underline (the text changed; new ones come with the next check). */
  clear() {
    this.marks = [];
    this.card.hidden = true;
    this.layer.replaceChildren();
    setHostAttribute(this.host, 'count', '0');
  }

  draw() {
    const lines = [];
    for (const { range, finding } of this.marks) {
      for (const rect of Array.from(range.getClientRects())) {
        if (rect.width < 1) continue;
        const line = document.createElement('div');
        line.className = `line ${finding.severity}`;
        line.style.left = `${rect.left}px`;
        line.style.top = `${rect.bottom - 2}px`;
        line.style.width = `${rect.width}px`;
        line.title = finding.message;
        line.addEventListener('mouseenter', () => this.explain(finding, rect));
        lines.push(line);
      }
    }
    this.layer.replaceChildren(...lines);
    setHostAttribute(this.host, 'count', String(lines.length));
  }

  /**
   * @param {Finding} finding
   * @param {DOMRect} rect
   */
  explain(finding, rect) {
    const message = document.createElement('div');
    message.textContent = finding.message;
    this.card.replaceChildren(message);
    if (finding.fix) {
      const button = panelButton(uiText('panel_apply_fix', finding.fix), () => {
        this.card.hidden = true;
        this.onFix(finding);
      });
      this.card.append(button);
    }
    this.card.style.left = `${Math.max(4, Math.min(rect.left, innerWidth - 330))}px`;
    this.card.style.top = `${rect.bottom + 4}px`;
    this.card.hidden = false;
  }

  /** Removes the overlay and its listeners. */
  remove() {
    cancelAnimationFrame(this.frame);
    window.removeEventListener('scroll', this.onMove, true);
    window.removeEventListener('resize', this.onMove);
    this.host.remove();
    forgetHost(this.host);
  }
}
