// @ts-check
// The suggestion panel: one <afterview-panel> host per compose surface, its UI inside a
// closed shadow root so the site's CSS cannot reach it and ours cannot leak out. Every
// string is set with textContent: user data never reaches an HTML parser.

const PANEL_STYLE = `
:host { all: initial; display: block; font: 13px/1.4 system-ui, sans-serif; color: #1d2330; margin: 6px 0; }
.box { border: 1px solid #d8dee9; border-radius: 8px; background: #f7f9fc; padding: 6px 10px; max-width: 100%; box-sizing: border-box; }
.box.collapsed { display: inline-block; padding: 2px 8px; border-radius: 12px; }
.head { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.why { margin: 4px 0 0; overflow-wrap: anywhere; }
.rule { font-size: 11px; color: #5b6476; margin-left: 6px; }
ul { margin: 6px 0 0; padding-left: 18px; }
li { overflow-wrap: anywhere; }
li.error { color: #b3261e; }
button { font: inherit; margin-top: 6px; padding: 2px 10px; border-radius: 6px; border: 1px solid #1f6feb; background: #1f6feb; color: #fff; cursor: pointer; }
button:focus-visible { outline: 2px solid #1f6feb; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { :host { color: #e6e9ef; } .box { background: #1f242d; border-color: #343b48; } .rule { color: #a3acbd; } li.error { color: #ff7b72; } }
`;

/**
 * What the panel shows.
 * @typedef {{site: string, surface: string, to: string[], match: string, findings: string[], state: string}} PanelAttributes
 */

class AfterviewPanel {
  /**
   * @param {string} site
   * @param {string} surface
   * @param {() => void} onInsert  called when the user asks for the suggested draft
   */
  constructor(site, surface, onInsert) {
    /** @type {HTMLElement} */
    this.host = document.createElement('afterview-panel');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = PANEL_STYLE;
    this.box = document.createElement('div');
    this.box.className = 'box collapsed';
    this.head = document.createElement('div');
    this.head.className = 'head';
    this.head.textContent = 'Afterview';
    this.why = document.createElement('p');
    this.why.className = 'why';
    this.why.hidden = true;
    this.list = document.createElement('ul');
    this.list.setAttribute('aria-label', 'Suggestions for this draft');
    this.insert = document.createElement('button');
    this.insert.type = 'button';
    this.insert.textContent = 'Insert draft';
    this.insert.hidden = true;
    this.insert.addEventListener('click', () => onInsert());
    this.box.append(this.head, this.why, this.list, this.insert);
    shadow.append(style, this.box);
    this.set({ site, surface, to: [], match: '', findings: [], state: 'idle' });
  }

  /** @param {Partial<PanelAttributes>} attributes */
  set(attributes) {
    const h = this.host;
    if (attributes.site !== undefined) h.dataset.site = attributes.site;
    if (attributes.surface !== undefined) h.dataset.surface = attributes.surface;
    if (attributes.to !== undefined) h.dataset.to = attributes.to.join(',');
    if (attributes.match !== undefined) h.dataset.match = attributes.match;
    if (attributes.findings !== undefined) h.dataset.findings = attributes.findings.join(' ');
    if (attributes.state !== undefined) h.dataset.state = attributes.state;
  }

  /**
   * Shows what the engine said about this compose.
   * @param {EngineToPage} answer
   */
  showContext(answer) {
    if (answer.type !== 'context' || !answer.context) {
      this.box.className = 'box collapsed';
      this.head.textContent = 'Afterview · not a tracked contact';
      this.why.hidden = true;
      this.insert.hidden = true;
      this.set({ match: '' });
      return;
    }
    const { context } = answer;
    this.set({ match: `${context.process}:${context.contact}:${context.purpose}` });
    this.box.className = 'box';
    this.head.textContent = `Afterview · ${answer.contact_name || context.contact}${answer.company ? ` (${answer.company})` : ''}`;
    this.insert.hidden = !answer.draft;
    this.insert.textContent = 'Insert draft';
    if (answer.action) {
      this.why.hidden = false;
      this.why.textContent = answer.action.why;
      const rule = document.createElement('span');
      rule.className = 'rule';
      rule.textContent = answer.action.rule;
      this.why.append(rule);
    } else {
      this.why.hidden = true;
    }
  }

  /**
   * Shows the findings for the text as it stands.
   * @param {Finding[]} findings
   */
  showFindings(findings) {
    this.list.replaceChildren(
      ...findings.map((finding) => {
        const item = document.createElement('li');
        item.className = finding.severity;
        item.textContent = finding.message;
        return item;
      }),
    );
    this.set({ findings: Array.from(new Set(findings.map((f) => f.id))) });
  }

  /** Asks for a second click before the draft replaces text the user typed. */
  confirmReplace() {
    this.insert.textContent = 'Insert draft (replaces your text)';
  }

  remove() {
    this.host.remove();
  }
}
