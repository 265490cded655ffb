// @ts-check
// The suggestion panel: one <afterview-panel> host per compose surface, its UI inside a
// closed shadow root so the site's CSS cannot reach it and ours cannot leak out. Every
// string is set with textContent: user data never reaches an HTML parser.

const PANEL_STYLE = `
:host { all: initial; display: block; contain: inline-size; font: 13px/1.4 system-ui, sans-serif; color: #1d2330; margin: 6px 0; }
.box { border: 1px solid #d8dee9; border-radius: 8px; background: #f7f9fc; padding: 6px 10px; max-width: 100%; box-sizing: border-box; }
.box.collapsed { display: inline-block; padding: 2px 8px; border-radius: 12px; }
.head { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.head.said { white-space: normal; overflow-wrap: anywhere; }
.more { display: contents; }
.toggle { display: none; }
.box.compact { position: relative; display: inline-block; padding: 0; border: 0; background: transparent; }
.box.compact .toggle { display: inline-block; margin: 0; padding: 0 8px; border-radius: 12px; font-size: 12px; }
.box.compact > .more { display: block; position: absolute; bottom: 100%; left: 0; z-index: 1; width: 280px; max-height: 220px;
  overflow: auto; border: 1px solid #d8dee9; border-radius: 8px; background: #f7f9fc; padding: 6px 10px; box-sizing: border-box; }
.box.compact > .more[hidden] { display: none; }
.box.floating { box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18); }
.why { margin: 4px 0 0; overflow-wrap: anywhere; max-height: 6em; overflow: auto; }
.rule { font-size: 11px; color: #5b6476; margin-left: 6px; }
.count { font-size: 12px; color: #5b6476; margin-top: 4px; }
.count.over { color: #b3261e; font-weight: 600; }
ul { margin: 6px 0 0; padding-left: 18px; max-height: 12em; overflow: auto; }
li { overflow-wrap: anywhere; }
li.error { color: #b3261e; }
button { font: inherit; margin: 6px 6px 0 0; padding: 2px 10px; border-radius: 6px; border: 1px solid #1f6feb; background: #1f6feb; color: #fff; cursor: pointer; }
button.quiet { background: transparent; color: #1f6feb; }
li button { margin: 2px 0 2px 6px; padding: 0 6px; font-size: 12px; }
button:focus-visible, input:focus-visible, select:focus-visible { outline: 2px solid #1f6feb; outline-offset: 2px; }
form { display: grid; gap: 4px; margin-top: 6px; max-width: 320px; }
label { display: grid; gap: 2px; font-size: 12px; }
input, select { font: inherit; padding: 2px 4px; border: 1px solid #b8c0cc; border-radius: 4px; min-width: 0; }
@media (prefers-color-scheme: dark) {
  :host { color: #e6e9ef; } .box, .box.compact > .more { background: #1f242d; border-color: #343b48; } .rule, .count { color: #a3acbd; }
  li.error, .count.over { color: #ff7b72; } button.quiet { color: #8ab4f8; }
  input, select { background: #151a21; color: #e6e9ef; border-color: #4a5262; }
}
`;

/**
 * The attributes a page may see on Afterview's elements: what kind of surface it is and
 * whether its findings belong to the text as it stands. Everything else an element says
 * (the site, the recipients, the matched process and contact, what a message says and its
 * day, the findings' ids) names what the user tracks, and reaches the page's DOM only
 * while tests ask for it (`afterview_test_attributes`, docs/contract.md): the closed
 * shadow root hides the panel's contents, not its host's attributes.
 */
const PUBLIC_ATTRIBUTES = new Set(['surface', 'state']);

/** Every host element's attributes, the test ones included, whether shown or not. @type {Map<HTMLElement, Record<string, string>>} */
const hostAttributes = new Map();

/** Whether the test attributes are shown (main.js sets it from `afterview_test_attributes`). */
let testAttributesShown = false;

/**
 * Sets one of a host element's `data-` attributes: on the page when it is public or the
 * test attributes are shown, and kept for when they are.
 * @param {HTMLElement} host
 * @param {string} name  the dataset key (`surface`, `match`, …)
 * @param {string} value
 */
function setHostAttribute(host, name, value) {
  let kept = hostAttributes.get(host);
  if (!kept) hostAttributes.set(host, (kept = {}));
  kept[name] = value;
  if (PUBLIC_ATTRIBUTES.has(name) || testAttributesShown) host.dataset[name] = value;
}

/**
 * Shows or hides the test attributes on every host element Afterview has put on the page.
 * @param {boolean} shown
 */
function showTestAttributes(shown) {
  testAttributesShown = shown;
  for (const [host, kept] of hostAttributes) {
    if (!host.isConnected) {
      hostAttributes.delete(host);
      continue;
    }
    for (const [name, value] of Object.entries(kept)) {
      if (PUBLIC_ATTRIBUTES.has(name)) continue;
      if (shown) host.dataset[name] = value;
      else delete host.dataset[name];
    }
  }
}

/**
 * Forgets a host element that left the page.
 * @param {HTMLElement} host
 */
function forgetHost(host) {
  hostAttributes.delete(host);
}

/**
 * What the panel shows.
 * @typedef {{site: string, surface: string, to: string[], match: string, findings: string[], state: string}} PanelAttributes
 * @typedef {{id: string, company: string, role: string}} ProcessChoice
 * @typedef {{name: string, company: string, role: string, recipient: string}} PersonChoice
 * @typedef {{onInsert: () => void, onFix: (finding: Finding) => void, onTrack: (request: TrackRequest) => void,
 *   processes: () => Promise<ProcessChoice[]>, people?: () => Promise<PersonChoice[]>, onChoose?: (recipient: string) => void,
 *   onClose?: () => void, onAddWord?: (finding: Finding) => void, wordToAdd?: (finding: Finding) => string}} PanelActions
 *   `people` and `onChoose`: a box that names no recipient (one the user asked to check) asks whom it is for;
 *   `onClose`: a panel the user may put away (one floating over a page Afterview does not know);
 *   `wordToAdd`: the word a spelling finding offers to the dictionary, '' when it cannot take it.
 */

/**
 * A host element for Afterview's UI on the page, named `name`, unless the page defined a
 * custom element of that name first: its constructor would then run for our host and could
 * reach the closed shadow root through ElementInternals. Such a page gets a host of a name
 * it cannot know (`name` and a random suffix), never defined by it.
 * @param {string} name
 * @returns {HTMLElement}
 */
function hostElement(name) {
  const host = document.createElement(name);
  if (!host.matches(':defined')) return host;
  const suffix = Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');
  return document.createElement(`${name}-${suffix}`);
}

/**
 * @param {string} tag
 * @param {string} [className]
 * @param {string} [text]
 */
function panelElement(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * @param {string} text
 * @param {() => void} onClick
 * @param {string} [className]
 */
function panelButton(text, onClick, className) {
  const node = /** @type {HTMLButtonElement} */ (panelElement('button', className, text));
  node.type = 'button';
  node.addEventListener('click', (event) => {
    if (byUser(event) && seenByUser(node)) onClick();
  });
  return node;
}

/**
 * Whether `node` can be seen: nothing around it (across the panel's shadow root and up
 * the page) hides it, masks it or clips it away, and the opacity it is drawn with (each
 * element's opacity and `opacity()` filter, multiplied together) is at least a half, and
 * no filter darkens or greys it out. A page that makes the panel invisible and draws its
 * own bait where a button is gets no click from the user taken as a decision.
 * @param {Element} node
 */
function seenByUser(node) {
  let shown = 1;
  /** @type {Element | null} */
  let at = node;
  while (at) {
    const style = getComputedStyle(at);
    if (style.visibility === 'hidden') return false;
    if (style.maskImage && style.maskImage !== 'none') return false;
    if (style.clipPath && style.clipPath !== 'none') return false;
    shown *= Number(style.opacity);
    for (const [, name, amount, percent] of style.filter.matchAll(/(opacity|brightness|contrast)\(([\d.]+)(%?)\)/g)) {
      const fraction = percent ? Number(amount) / 100 : Number(amount);
      if (name === 'opacity') shown *= fraction;
      else if (fraction < 0.3) return false;
    }
    if (shown < 0.5) return false;
    const root = at.getRootNode();
    at = at.parentElement || (root instanceof ShadowRoot ? root.host : null);
  }
  return true;
}

/**
 * Whether the user did this (a click, a key, a submit), not a script: the page's scripts
 * can dispatch events, and only what the user does may insert, fix, record or track.
 * @param {Event} event
 */
function byUser(event) {
  return event.isTrusted;
}

class AfterviewPanel {
  /**
   * @param {string} site
   * @param {string} surface
   * @param {PanelActions} actions
   */
  constructor(site, surface, actions) {
    this.actions = actions;
    /** @type {HTMLElement} */
    this.host = hostElement('afterview-panel');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = panelElement('style');
    style.textContent = PANEL_STYLE;
    this.box = panelElement('div', 'box collapsed');
    this.head = panelElement('div', 'head', 'Afterview');
    this.why = panelElement('p', 'why');
    this.why.hidden = true;
    this.count = panelElement('div', 'count');
    this.count.hidden = true;
    /** Shown while the engine does not answer and the request waits to be sent again. */
    this.waiting = panelElement('div', 'count', uiText('panel_restarting'));
    this.waiting.setAttribute('role', 'status');
    this.waiting.hidden = true;
    /** What the panel has to say about the user's last click (a fix that no longer fits). */
    this.notice = panelElement('div', 'count');
    this.notice.setAttribute('role', 'status');
    this.notice.hidden = true;
    this.list = panelElement('ul');
    this.list.setAttribute('aria-label', uiText('panel_suggestions'));
    this.insert = panelButton(uiText('panel_insert'), () => actions.onInsert());
    this.insert.hidden = true;
    this.trackButton = panelButton(uiText('panel_track'), () => this.openTrackForm(), 'quiet');
    this.trackButton.hidden = true;
    this.whoButton = panelButton(uiText('panel_who'), () => this.openWhoForm(), 'quiet');
    this.whoButton.hidden = true;
    this.closeButton = panelButton(uiText('panel_close'), () => actions.onClose && actions.onClose(), 'quiet');
    this.closeButton.hidden = !actions.onClose;
    /** @type {HTMLFormElement | null} */
    this.form = null;
    /** The findings the list shows, as JSON (none shown yet). */
    this.shownFindings = '';
    /** @type {string[]} */
    this.recipients = [];
    /** Everything but the compact toggle: folded away in a small chat window until asked for. */
    this.more = panelElement('div', 'more');
    this.more.append(this.head, this.waiting, this.why, this.count, this.notice, this.list, this.insert, this.trackButton, this.whoButton, this.closeButton);
    this.toggle = panelButton(uiText('panel_compact', '0'), () => this.fold(!this.more.hidden), 'toggle quiet');
    this.box.append(this.toggle, this.more);
    shadow.append(style, this.box);
    this.set({ site, surface, to: [], match: '', findings: [], state: 'idle' });
  }

  /** @param {Partial<PanelAttributes>} attributes */
  set(attributes) {
    const h = this.host;
    if (attributes.site !== undefined) setHostAttribute(h, 'site', attributes.site);
    if (attributes.surface !== undefined) setHostAttribute(h, 'surface', attributes.surface);
    if (attributes.to !== undefined) {
      setHostAttribute(h, 'to', attributes.to.join(','));
      this.recipients = attributes.to;
    }
    if (attributes.match !== undefined) setHostAttribute(h, 'match', attributes.match);
    if (attributes.findings !== undefined) setHostAttribute(h, 'findings', attributes.findings.join(' '));
    if (attributes.state !== undefined) {
      setHostAttribute(h, 'state', attributes.state);
      this.waiting.hidden = attributes.state !== 'restarting';
    }
  }

  /**
   * Shows what the engine said about this compose: the person, what is due and why; or,
   * for someone not tracked, a small chip that offers to track them.
   * @param {EngineToPage} answer
   */
  showContext(answer) {
    this.closeTrackForm();
    const asks = Boolean(this.actions.people);
    this.whoButton.hidden = !asks;
    if (answer.type !== 'context' || !answer.context) {
      // A box that names nobody stays open on its question: whom is it for?
      this.box.classList.toggle('collapsed', !asks);
      this.head.textContent = asks ? uiText('panel_checking_box') : uiText('panel_not_tracked');
      this.whoButton.textContent = uiText('panel_who');
      this.why.hidden = true;
      this.insert.hidden = true;
      this.trackButton.hidden = asks || answer.type !== 'context' || this.recipients.length === 0;
      this.set({ match: '' });
      return;
    }
    const { context } = answer;
    this.trackButton.hidden = true;
    this.whoButton.textContent = uiText('panel_who_else');
    this.set({ match: `${context.process}:${context.contact}:${context.purpose}` });
    this.box.classList.remove('collapsed');
    const person = answer.contact_name || context.contact;
    this.head.textContent = answer.company ? uiText('panel_head_at', person, answer.company) : uiText('panel_head', person);
    this.head.title = this.head.textContent;
    this.insert.hidden = !answer.draft;
    this.insert.textContent = uiText('panel_insert');
    if (answer.action) {
      this.why.hidden = false;
      this.why.textContent = answer.action.why;
      this.why.append(panelElement('span', 'rule', answer.action.rule));
    } else {
      this.why.hidden = true;
    }
  }

  /**
   * Shows the findings for the text as it stands, each with its fix when there is one.
   * @param {Finding[]} findings
   * @returns {boolean} whether the list changed (and the panel's size with it)
   */
  showFindings(findings) {
    // While the user types, most checks find what the last one found: the list is then
    // left as it is, and the page need not lay itself out again.
    const shown = JSON.stringify(findings);
    const changed = shown !== this.shownFindings;
    if (changed) {
      this.shownFindings = shown;
      this.list.replaceChildren(
        ...findings.map((finding) => {
          const item = panelElement('li', finding.severity, finding.message);
          // A fix may replace a span, or be inserted where the span is empty (a sign-off).
          if (finding.fix && finding.end >= finding.start) {
            const apply = panelButton(uiText('panel_apply_fix', finding.fix), () => this.actions.onFix(finding));
            item.append(apply);
          }
          // A word the dictionary does not know may be the user's own (a tool, a name).
          // Offered only for a word the dictionary takes; named by the word, since a list
          // may hold several.
          const addWord = this.actions.onAddWord;
          const word = finding.id === 'spelling' && this.actions.wordToAdd ? this.actions.wordToAdd(finding) : '';
          if (finding.severity === 'warning' && addWord && word) {
            const add = panelButton(uiText('panel_add_word'), () => addWord(finding), 'quiet');
            add.setAttribute('aria-label', uiText('panel_add_word_named', word));
            item.append(add);
          }
          return item;
        }),
      );
    }
    if (findings.length > 0) this.box.classList.remove('collapsed');
    this.toggle.textContent = uiText('panel_compact', String(findings.length));
    this.set({ findings: Array.from(new Set(findings.map((f) => f.id))) });
    return changed;
  }

  /**
   * Marks the findings on show as stale (the text changed since they were found): their
   * fixes cannot be applied until the next check answers.
   * @param {boolean} stale
   */
  markStale(stale) {
    this.list.setAttribute('aria-busy', String(stale));
    for (const button of this.list.querySelectorAll('button')) button.disabled = stale;
    if (!stale) this.notice.hidden = true;
  }

  /**
   * Says something about the user's last click, until the next check.
   * @param {string} text
   */
  say(text) {
    this.notice.textContent = text;
    this.notice.hidden = false;
    this.box.classList.remove('collapsed');
  }

  /** Afterview was updated since this tab loaded it: the panel asks for a reload, nothing more. */
  showStale() {
    this.closeTrackForm();
    this.box.className = 'box';
    this.more.hidden = false;
    this.head.textContent = uiText('panel_reload');
    for (const part of [this.waiting, this.why, this.count, this.notice, this.list, this.insert, this.trackButton, this.whoButton, this.toggle]) part.hidden = true;
    this.set({ state: 'stale' });
  }

  /**
   * Folds the panel into one small button whose contents open above it, over the text
   * rather than below it: in a fixed-height chat window anything the panel added below
   * the editor would push the site's Send button out of the window.
   */
  compact() {
    this.box.classList.add('compact');
    this.fold(true);
  }

  /** @param {boolean} folded  whether a compact panel shows only its button */
  fold(folded) {
    this.more.hidden = folded && this.box.classList.contains('compact');
    this.toggle.setAttribute('aria-expanded', String(!this.more.hidden));
  }

  /**
   * Shows "used / limit" under a length-limited field (a LinkedIn note).
   * @param {number} used
   * @param {number} limit
   */
  showCount(used, limit) {
    this.count.hidden = false;
    this.count.textContent = uiText('panel_count', String(used), String(limit));
    this.count.classList.toggle('over', used > limit);
  }

  /** Asks for a second click before the draft replaces text the user typed. */
  confirmReplace() {
    this.insert.textContent = uiText('panel_insert_replaces');
  }

  /**
   * The small form behind "Track this person": their name, and which process. It opens at
   * once with the focus on the name, so that what the user types next lands there; the
   * processes to pick from fill in when they come.
   */
  openTrackForm() {
    if (this.form) return;
    const recipient = this.recipients[0] || '';
    const isEmail = recipient.includes('@');
    this.form = trackForm(
      { name: isEmail ? '' : recipient, email: isEmail ? recipient : '', title: '', company: '', linkedin: '' },
      this.actions.processes(),
      (request) => this.actions.onTrack(request),
      () => {
        this.closeTrackForm();
        this.trackButton.hidden = false;
      },
    );
    this.box.classList.remove('collapsed');
    this.trackButton.hidden = true;
    this.more.append(this.form);
    this.form.querySelector('input')?.focus();
  }

  closeTrackForm() {
    if (this.form) this.form.remove();
    this.form = null;
  }

  /**
   * "Who is this for?": the people the user tracks, to pick the one this box's text is
   * for. Drawn at once; the list fills in when it comes.
   */
  openWhoForm() {
    const people = this.actions.people;
    const onChoose = this.actions.onChoose;
    if (this.form || !people || !onChoose) return;
    const form = /** @type {HTMLFormElement} */ (panelElement('form'));
    const select = /** @type {HTMLSelectElement} */ (panelElement('select'));
    const choose = /** @type {HTMLButtonElement} */ (panelElement('button', undefined, uiText('panel_choose')));
    choose.type = 'submit';
    choose.disabled = true;
    people()
      .catch(() => [])
      .then((list) => {
        for (const person of list) {
          const option = /** @type {HTMLOptionElement} */ (panelElement('option', undefined, uiText('panel_person_at', person.name, person.role ? `${person.company} — ${person.role}` : person.company)));
          option.value = person.recipient;
          select.append(option);
        }
        if (list.length === 0) select.append(panelElement('option', undefined, uiText('panel_nobody_tracked')));
        choose.disabled = list.length === 0;
      });
    form.append(panelLabel(uiText('panel_who'), select), choose, panelButton(uiText('panel_cancel'), () => {
      this.closeTrackForm();
      this.whoButton.hidden = false;
    }, 'quiet'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!byUser(event) || choose.disabled || !select.value) return;
      choose.disabled = true;
      this.closeTrackForm();
      onChoose(select.value);
    });
    this.form = form;
    this.whoButton.hidden = true;
    this.box.classList.remove('collapsed');
    this.more.append(form);
    select.focus();
  }

  /** Opens the panel, folded or not, as the user asked to see it. */
  open() {
    this.box.classList.remove('collapsed');
    this.fold(false);
  }

  /**
   * Floats the panel over the page, at the bottom right of the window: on a page
   * Afterview does not know, nothing is put into the page's own layout.
   */
  float() {
    const style = this.host.style;
    for (const [name, value] of [['position', 'fixed'], ['right', '16px'], ['bottom', '16px'], ['z-index', '2147483647'],
      ['width', 'min(380px, calc(100vw - 32px))'], ['max-height', '60vh'], ['overflow', 'auto'], ['margin', '0']]) {
      style.setProperty(name, value, 'important');
    }
    this.box.classList.add('floating');
  }

  remove() {
    this.host.remove();
    forgetHost(this.host);
  }
}

/**
 * A person as read from the page, to prefill the track form.
 * @typedef {{name: string, email: string, title: string, company: string, linkedin: string}} CapturedPerson
 */

/**
 * The form that adds a person to a process (existing, or new for a company and role).
 * It is drawn at once; the processes to pick from are added when `choices` settles, and a
 * Save clicked before then is carried out then.
 * @param {CapturedPerson} person
 * @param {Promise<{id: string, company: string, role: string}[]>} choices
 * @param {(request: TrackRequest) => void} onSubmit
 * @param {() => void} onCancel
 * @returns {HTMLFormElement}
 */
function trackForm(person, choices, onSubmit, onCancel) {
  const form = /** @type {HTMLFormElement} */ (panelElement('form'));
  /** @param {string} value */
  const input = (value) => {
    const node = /** @type {HTMLInputElement} */ (panelElement('input'));
    node.maxLength = 200;
    node.value = value;
    return node;
  };
  const name = input(person.name);
  name.required = true;
  const email = input(person.email);
  email.type = 'email';
  const title = input(person.title);
  const process = /** @type {HTMLSelectElement} */ (panelElement('select'));
  const fresh = /** @type {HTMLOptionElement} */ (panelElement('option', undefined, uiText('panel_new_process')));
  fresh.value = '';
  process.append(fresh);
  const company = input(person.company);
  company.addEventListener('input', () => company.setCustomValidity(''));
  const role = input('');
  const newFields = [panelLabel(uiText('panel_company'), company), panelLabel(uiText('panel_role'), role)];
  const toggle = () => newFields.forEach((f) => (f.hidden = process.value !== ''));
  process.addEventListener('change', toggle);
  const save = /** @type {HTMLButtonElement} */ (panelElement('button', undefined, uiText('panel_save_contact')));
  save.type = 'submit';
  let chosen = false;
  process.addEventListener('change', () => (chosen = true));
  const ready = choices.catch(() => []).then((processes) => {
    for (const p of processes) {
      const option = /** @type {HTMLOptionElement} */ (panelElement('option', undefined, p.role ? `${p.company} — ${p.role}` : p.company));
      option.value = p.id;
      fresh.before(option);
    }
    // Unless the user chose already: the process of the company the page names, else the
    // first one; a company the page names but no process has makes a new one likely.
    if (!chosen) {
      const match = processes.find((p) => person.company && p.company.toLowerCase() === person.company.toLowerCase());
      if (match) process.value = match.id;
      else if (!person.company && processes.length) process.value = processes[0].id;
      toggle();
    }
  });
  toggle();
  const fields = [panelLabel(uiText('panel_name'), name), person.linkedin ? panelLabel(uiText('panel_title'), title) : panelLabel(uiText('panel_email'), email)];
  form.append(...fields, panelLabel(uiText('panel_process'), process), ...newFields, save, panelButton(uiText('panel_cancel'), onCancel, 'quiet'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    // One save a form: a second click while the first is on its way sends nothing.
    if (!byUser(event) || save.disabled) return;
    save.disabled = true;
    // Saved as soon as the processes to pick from are there (a click may come first):
    // the choice the form then shows is the one saved.
    await ready;
    if (!process.value && !company.value.trim()) {
      // A new application needs its company: said where it is typed.
      save.disabled = false;
      company.setCustomValidity(uiText('panel_company_needed'));
      company.reportValidity();
      company.focus();
      return;
    }
    /** @type {ProcessTarget} */
    const target = process.value ? { type: 'existing', id: process.value } : { type: 'new', company: company.value, role: role.value };
    onSubmit({
      target,
      person: {
        name: name.value,
        email: email.value || null,
        title: title.value || null,
        linkedin: person.linkedin || null,
        role: 'interviewer',
      },
    });
  });
  return form;
}

/**
 * "Save to Afterview" on a LinkedIn profile: a small button beside the name that opens
 * the track form, prefilled with what the page shows (name, headline, company, URL).
 */
class AfterviewSaveButton {
  /**
   * @param {() => CapturedPerson} read  reads the profile when the user asks, not before
   * @param {() => Promise<ProcessChoice[]>} processes  the processes to pick from, asked for when the user opens the form
   * @param {(request: TrackRequest) => Promise<string>} save  returns what to say afterwards
   */
  constructor(read, processes, save) {
    /** @type {HTMLElement} */
    this.host = hostElement('afterview-save');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = panelElement('style');
    style.textContent = PANEL_STYLE;
    const box = panelElement('div', 'box collapsed');
    const status = panelElement('span', 'count');
    status.setAttribute('role', 'status');
    const open = panelButton(uiText('panel_save_to_afterview'), () => {
      open.hidden = true;
      const form = trackForm(read(), processes(), async (request) => {
        status.textContent = await save(request);
        form.remove();
        open.hidden = false;
        box.className = 'box collapsed';
      }, () => {
        form.remove();
        open.hidden = false;
        box.className = 'box collapsed';
      });
      box.className = 'box';
      box.append(form);
      form.querySelector('input')?.focus();
    }, 'quiet');
    box.append(open, status);
    shadow.append(style, box);
  }
}

/**
 * A label around a control (its accessible name).
 * @param {string} text
 * @param {HTMLElement} control
 */
function panelLabel(text, control) {
  const label = panelElement('label', undefined, text);
  label.append(control);
  return label;
}

/**
 * What an opened message says, beside it: the summary sentence and one button, "Record"
 * (or "Track this application" for an untracked invitation). Nothing is written before
 * the click; afterwards, and when the message was recorded before, the panel says so.
 */
/**
 * What an unsure reading lets the user choose, in the order a reply most often means, each
 * with its words.
 * @type {[string, () => string][]}
 */
const READ_KINDS = [
  ['rejection', () => uiText('panel_kind_rejection')],
  ['offer', () => uiText('panel_kind_offer')],
  ['next_round', () => uiText('panel_kind_next_round')],
  ['timeline', () => uiText('panel_kind_timeline')],
  ['later', () => uiText('panel_kind_later')],
  ['delay', () => uiText('panel_kind_delay')],
  ['references', () => uiText('panel_kind_references')],
  ['out_of_office', () => uiText('panel_kind_out_of_office')],
  ['other', () => uiText('panel_kind_other')],
];

class AfterviewReadPanel {
  /**
   * @param {string} site
   * @param {Extract<EngineToPage, {type: 'reading'}>} reading
   * @param {(says?: string) => Promise<EngineToPage>} record  records the message when the user asks (as `says`, when they corrected it)
   */
  constructor(site, reading, record) {
    /** @type {HTMLElement} */
    this.host = hostElement('afterview-panel');
    const h = this.host;
    setHostAttribute(h, 'site', site);
    setHostAttribute(h, 'surface', 'read');
    setHostAttribute(h, 'says', reading.says);
    setHostAttribute(h, 'date', reading.date || '');
    setHostAttribute(h, 'match', reading.match);
    setHostAttribute(h, 'state', 'ready');
    const shadow = h.attachShadow({ mode: 'closed' });
    const style = panelElement('style');
    style.textContent = PANEL_STYLE;
    const box = panelElement('div', 'box');
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', uiText('panel_reading_label'));
    // The summary wraps: its date is at its end, and a narrow window must not cut it off.
    const said = panelElement('div', 'head said', reading.summary);
    const status = panelElement('div', 'count');
    status.setAttribute('role', 'status');
    const label = reading.offer === 'track' ? uiText('panel_track_application') : uiText('panel_record');
    const done = () => {
      button.hidden = true;
      setHostAttribute(h, 'state', 'recorded');
      status.textContent = uiText('panel_recorded');
    };
    // An unsure reading asks before anything is recorded: what it looks like is chosen,
    // and one change of the choice corrects it.
    const unsure = reading.offer === 'record' && reading.sure === false;
    const kinds = /** @type {HTMLSelectElement} */ (panelElement('select'));
    if (unsure) {
      for (const [kind, words] of READ_KINDS) {
        // A decision date is a choice only where the message names a day.
        if (kind === 'timeline' && !reading.date) continue;
        const option = /** @type {HTMLOptionElement} */ (panelElement('option', undefined, words()));
        option.value = kind;
        kinds.append(option);
      }
      kinds.value = reading.says;
      setHostAttribute(h, 'state', 'asking');
    }
    const button = panelButton(label, async () => {
      if (unsure && kinds.value === 'other') {
        // "Nothing to record": the panel goes, nothing is written, and the engine sets the
        // message aside so that opening it again asks nothing. The panel goes even when
        // the engine cannot be reached: the user's answer is that nothing is to be done.
        button.disabled = true;
        await record('other').catch(() => undefined);
        h.remove();
        return;
      }
      button.disabled = true;
      const corrected = unsure && kinds.value !== reading.says ? kinds.value : undefined;
      const answer = await record(corrected);
      if (answer.type === 'recorded' && answer.recorded) {
        done();
        kinds.closest('label')?.remove();
        // Recorded as the user said: the panel says that, not what was read.
        if (corrected) {
          said.textContent = uiText('panel_recorded_as', kinds.selectedOptions[0]?.textContent || corrected);
          setHostAttribute(h, 'says', corrected);
        }
      } else {
        button.disabled = false;
        status.textContent = uiText('panel_not_recorded', answer.type === 'error' ? answer.message : uiText('panel_try_again'));
      }
    });
    if (unsure) {
      box.append(said, panelLabel(uiText('panel_unsure'), kinds), button, status);
    } else {
      box.append(said, button, status);
    }
    shadow.append(style, box);
    // Opened again after it was recorded: it says so, and offers nothing more.
    if (reading.offer === 'recorded') done();
  }
}
