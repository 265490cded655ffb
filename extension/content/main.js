// @ts-check
// Picks the site adapter, finds compose surfaces and opened messages (a start-up scan,
// then one debounced MutationObserver), attaches a panel to each and talks to the engine
// over one port.
// Of the content scripts, this file and strings.js (chrome.i18n, for the panel's words)
// touch chrome.*; this one holds the only port to the engine (chrome.runtime.connect).

(function () {
  // The site's adapter; on a page no adapter knows, these scripts run only because the
  // user asked to check a text box there (sites/anybox.js).
  const adapter = afterviewSites.find((site) => site.matchesUrl(new URL(location.href))) || afterviewAnyBox;
  if (!adapter) return;
  const site = adapter;

  // ---- the engine port: connected lazily, reconnected when it drops ----
  // The engine may not answer: its worker stopped with the request in it (the port then
  // drops), or it is restarting, or busy. Every request therefore has a deadline. A
  // request that may be repeated is sent again, on a new port if the old one dropped,
  // for as long as its caller still wants the answer; any attempt's answer settles it.
  // One that may not be repeated (an action the user asked for) is answered with an error.

  /** How long the engine may take to answer one attempt: a stopped worker wakes in about 0.2 s (BENCH.md). */
  const ANSWER_WAIT_MS = 3000;
  /** The longest pause between attempts; the pause doubles from one second up to it. */
  const MAX_RETRY_PAUSE_MS = 30000;
  /** How long after an answer without spelling (the dictionary still loading) to check again. */
  const SPELLING_RETRY_MS = 250;
  /** The most characters of a word the user's dictionary takes: the engine's limit. */
  const MAX_DICTIONARY_WORD_CHARS = 64;

  /**
   * Whether to mark each check's steps: only when `make bench` asks, by setting
   * `afterview_bench_marks` in local storage (the extension never sets it). The page's own
   * scripts can read its Performance timeline, and they need not learn when we check.
   */
  let markingSteps = false;
  // The test attributes (docs/contract.md) reach the page only while tests ask for them.
  chrome.storage.local.get(['afterview_bench_marks', 'afterview_test_attributes']).then(
    (stored) => {
      markingSteps = stored.afterview_bench_marks === true;
      if (stored.afterview_test_attributes === true) showTestAttributes(true);
    },
    () => {},
  );
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.afterview_test_attributes) showTestAttributes(changes.afterview_test_attributes.newValue === true);
  });

  /**
   * Marks a step of the latest check in the page's Performance timeline, where `make
   * bench` reads what the time after a keystroke is made of (when it asked for the marks).
   * Each name is kept once (the previous mark of that name is cleared).
   * @param {'afterview-check-read' | 'afterview-check-asked' | 'afterview-check-answered'} step
   */
  function markStep(step) {
    if (!markingSteps) return;
    performance.clearMarks(step);
    performance.mark(step);
  }

  /**
   * A request on its way to the engine.
   * @typedef {{message: PageToEngine, resolve: (answer: EngineToPage) => void, retry: Retry | undefined,
   *   attempts: number, port: chrome.runtime.Port | null, timer: ReturnType<typeof setTimeout> | undefined}} Pending
   * @typedef {{wanted: () => boolean, onWait?: () => void}} Retry  send again while `wanted()`, after `onWait()`
   */

  /** @type {chrome.runtime.Port | null} */
  let port = null;
  let nextRequest = 1;
  /** @type {Map<number, Pending>} */
  const waiting = new Map();

  /**
   * Whether this content script belongs to an extension that was updated or removed since
   * the tab loaded it: it then asks the user to reload the tab, and does nothing else.
   */
  let stale = false;

  /** Every panel says the tab needs a reload; the page is left alone from now on. */
  function goStale() {
    if (stale) return;
    stale = true;
    observer.disconnect();
    for (const session of sessions.values()) session.panel.showStale();
    for (const [id] of waiting) settle(id, { type: 'error', message: uiText('panel_reload') });
  }

  function connect() {
    const p = chrome.runtime.connect({ name: AFTERVIEW_PORT });
    p.onMessage.addListener((envelope) => settle(envelope.request_id, envelope.answer));
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
      for (const [id, request] of waiting) if (request.port === p) unanswered(id);
    });
    return p;
  }

  /**
   * @param {number} id
   * @param {EngineToPage} answer
   */
  function settle(id, answer) {
    const request = waiting.get(id);
    if (!request) return;
    if (answer.type === 'error' && answer.code === 'stale') {
      waiting.delete(id);
      clearTimeout(request.timer);
      request.resolve(answer);
      goStale();
      return;
    }
    waiting.delete(id);
    clearTimeout(request.timer);
    request.resolve(answer);
  }

  /** @param {number} id  (re)sends the request on the port, connecting one if there is none */
  function attempt(id) {
    const request = waiting.get(id);
    if (!request) return;
    try {
      if (!port) port = connect();
      request.port = port;
      port.postMessage({ request_id: id, protocol: AFTERVIEW_PROTOCOL, message: request.message });
    } catch (error) {
      // The extension was updated, reloaded or removed: this script is cut off from it.
      settle(id, { type: 'error', code: 'stale', message: String(error) });
      return;
    }
    request.timer = setTimeout(() => unanswered(id), ANSWER_WAIT_MS);
  }

  /** @param {number} id  the engine did not answer this attempt: send again, or give up */
  function unanswered(id) {
    const request = waiting.get(id);
    if (!request) return;
    clearTimeout(request.timer);
    request.port = null;
    const retry = request.retry;
    if (!retry || !retry.wanted()) {
      settle(id, { type: 'error', message: uiText('panel_restarting') });
      return;
    }
    if (retry.onWait) retry.onWait();
    const pause = request.attempts === 0 ? 0 : Math.min(1000 * 2 ** (request.attempts - 1), MAX_RETRY_PAUSE_MS);
    request.attempts += 1;
    request.timer = setTimeout(() => attempt(id), pause);
  }

  /**
   * Asks the engine; see above for what happens when it does not answer.
   * @param {PageToEngine} message
   * @param {Retry} [retry]  how to send it again; without it, an unanswered request gets an error
   * @returns {Promise<EngineToPage>}
   */
  function ask(message, retry) {
    if (stale) return Promise.resolve({ type: 'error', code: 'stale', message: uiText('panel_reload') });
    return new Promise((resolve) => {
      const id = nextRequest++;
      waiting.set(id, { message, resolve, retry, attempts: 0, port: null, timer: undefined });
      attempt(id);
    });
  }

  /** For a request sent until the engine answers it, whatever happens to the page. @type {Retry} */
  const UNTIL_ANSWERED = { wanted: () => true };

  /**
   * How long a send may take to show on the page (the compose closing, the box emptying):
   * long, as an attachment still uploading holds it; a send the site refused says so
   * (REFUSAL), and one the user goes on typing in did not go.
   */
  const SEND_WAIT_MS = 30000;

  // ---- one session per compose surface ----
  class Session {
    /**
     * @param {Element} compose
     * @param {SiteAdapter} adapter  the site's, or for a box the user asked about, any box's
     */
    constructor(compose, adapter) {
      this.compose = compose;
      this.site = adapter;
      this.surface = this.site.surface(compose);
      this.panel = new AfterviewPanel(this.site.name, this.surface, {
        onInsert: () => this.insertDraft(),
        onFix: (finding) => this.applyFix(finding),
        onTrack: (request) => this.track(request),
        onAddWord: (finding) => this.addWord(finding),
        wordToAdd: (finding) => this.wordToAdd(finding),
        processes: () => processList(),
        // A box that names no recipient (one the user asked to check): the user says whom
        // it is for, and may put the panel away.
        ...(this.site.choose
          ? { people: () => peopleList(), onChoose: (/** @type {string} */ recipient) => this.choose(recipient), onClose: () => this.close() }
          : {}),
      });
      this.underlines = new AfterviewUnderlines((finding) => this.applyFix(finding));
      if (this.site.compact && this.site.compact(compose)) this.panel.compact();
      this.place();
      this.recipientsKey = '';
      this.textKey = '';
      this.noteLimit = 300;
      /** @type {SuggestedDraft | null} */
      this.suggested = null;
      this.replaceArmed = false;
      /** @type {ReturnType<typeof setTimeout> | undefined} */
      this.timer = undefined;
      /** @type {DraftFields | null} the text the findings on show were found in */
      this.checked = null;
      /**
       * Whether the user has used this compose (typed in it, or clicked in it other than
       * on Send). Send records nothing before: a compose the page laid under a click meant
       * for something else cannot be sent in the user's name. Nor does a compose out of
       * the user's sight, never used, get a panel that says anything of what the user
       * tracks (`refresh`). A compose an Undo brought back is the user's already.
       */
      this.used = Boolean(this.site.usedFromStart) || restored.has(compose);
      this.onUse = (/** @type {Event} */ event) => {
        if (!event.isTrusted || !(event.target instanceof Element)) return;
        if (event instanceof KeyboardEvent) {
          // A key typed into a compose whose send has not gone yet: it did not go.
          if (!this.site.sendsOnKey(compose, event) && !['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) dropSend(compose);
        } else if (this.site.isSendTarget(event.target)) {
          return;
        }
        if (!this.used) {
          this.used = true;
          this.recipientsKey = '';
          this.schedule();
        }
      };
      this.onInput = () => {
        // The findings on show belong to the text before this edit: until the next check
        // answers, they are marked stale and their fixes cannot be applied.
        this.underlines.clear();
        this.panel.markStale(true);
        this.panel.set({ state: 'checking' });
        this.schedule();
      };
      // Only what the user does sends: the page's scripts can click and type too, and can
      // lay a compose of their own, unseen, under the user's click.
      this.onClick = (/** @type {Event} */ event) => {
        if (!event.isTrusted || !(event.target instanceof Element)) return;
        if (this.site.isSendTarget(event.target)) {
          if (this.used && inSight(event.target)) startSend(this);
        } else if (event.target.closest('button, [role="button"]')) {
          dropSend(this.compose);
        }
      };
      this.onKey = (/** @type {Event} */ event) => {
        if (!event.isTrusted || !(event instanceof KeyboardEvent) || !this.used) return;
        // The site's keys that send, or Enter or Space on its Send control.
        const onSend = (event.key === 'Enter' || event.key === ' ') && event.target instanceof Element && this.site.isSendTarget(event.target);
        if (this.site.sendsOnKey(compose, event) || onSend) startSend(this);
      };
      compose.addEventListener('pointerdown', this.onUse, true);
      compose.addEventListener('keydown', this.onUse, true);
      compose.addEventListener('input', this.onInput, true);
      compose.addEventListener('change', this.onInput, true);
      compose.addEventListener('click', this.onClick, true);
      compose.addEventListener('keydown', this.onKey, true);
      this.refresh();
    }

    /**
     * Puts the panel on the page: after the site's anchor, or for a page Afterview does not
     * know, floating over it (its layout is left as it is).
     */
    place() {
      if (this.site.floats) {
        this.panel.float();
        document.documentElement.append(this.panel.host);
      } else {
        this.site.panelAnchor(this.compose).after(this.panel.host);
      }
    }

    /** Shows the panel open and brings it into view (the user asked to check this box). */
    reveal() {
      this.panel.open();
      this.panel.host.scrollIntoView({ block: 'nearest' });
    }

    /**
     * How a request of this panel is sent again when the engine does not answer: while the
     * panel is on the page and `current()` holds, saying meanwhile that Afterview is restarting.
     * @param {() => boolean} current
     * @returns {Retry}
     */
    retry(current) {
      return { wanted: () => this.panel.host.isConnected && current(), onWait: () => this.panel.set({ state: 'restarting' }) };
    }

    /** Debounced: about 300 ms after the last keystroke. */
    schedule() {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.refresh();
      }, 300);
    }

    /**
     * The page changed somewhere: a check is due, but one already due is not put off, so
     * that a page changing faster than the debounce (a progress line, a clock) never holds
     * the check back.
     */
    nudge() {
      if (this.timer === undefined) this.schedule();
    }

    /** @returns {DraftFields} */
    fields() {
      const limit = this.site.limit(this.compose);
      return {
        channel: this.site.channel(this.compose),
        to: this.site.readTo(this.compose),
        cc: this.site.readCc(this.compose),
        subject: this.site.readSubject(this.compose),
        body: this.site.readBody(this.compose),
        ...(limit ? { limit } : {}),
      };
    }

    /** Reads the compose; asks who it is for when the recipients changed, then checks the text. */
    async refresh() {
      // A compose the page keeps out of sight learns nothing until the user uses it.
      if (!this.used && !inSight(this.compose)) return;
      markStep('afterview-check-read');
      const fields = this.fields();
      const recipientsKey = JSON.stringify([fields.to, fields.cc]);
      if (recipientsKey !== this.recipientsKey) {
        this.recipientsKey = recipientsKey;
        this.textKey = '';
        this.panel.set({ to: fields.to, state: 'checking' });
        const limit = fields.limit ? { limit: fields.limit } : {};
        const answer = await ask(
          { type: 'compose', site: this.site.name, surface: this.surface, to: fields.to, cc: fields.cc, ...limit },
          this.retry(() => recipientsKey === this.recipientsKey),
        );
        if (recipientsKey !== this.recipientsKey || !this.panel.host.isConnected) return;
        this.panel.showContext(answer);
        this.suggested = answer.type === 'context' ? answer.draft : null;
        if (answer.type === 'context') this.noteLimit = answer.note_limit;
      }
      await this.check(fields);
    }

    /**
     * Checks the text; the answer is shown only if the text has not changed since.
     * @param {DraftFields} fields
     */
    async check(fields) {
      const key = JSON.stringify(fields);
      if (key === this.textKey) {
        // An edit that changed nothing (typed, then undone): the findings on show still hold.
        if (this.checked && key === JSON.stringify(this.checked)) {
          this.panel.markStale(false);
          this.panel.set({ state: 'ready' });
        }
        return;
      }
      this.textKey = key;
      // JS lengths are UTF-16 units, the unit of `maxlength` and of LinkedIn's limit.
      if (fields.channel === 'linkedin_note') this.panel.showCount(fields.body.length, fields.limit || this.noteLimit);
      if (!fields.body.trim() && !fields.subject.trim()) {
        this.panel.showFindings([]);
        this.checked = fields;
        this.panel.markStale(false);
        this.underlines.clear();
        this.panel.set({ state: 'ready' });
        return;
      }
      this.panel.set({ state: 'checking' });
      markStep('afterview-check-asked');
      const answer = await ask({ type: 'check', draft: fields }, this.retry(() => key === this.textKey));
      markStep('afterview-check-answered');
      if (key !== JSON.stringify(this.fields()) || !this.panel.host.isConnected) return;
      if (answer.type === 'findings') {
        const { findings } = answer.report;
        // Underlines first: they measure the text, which is cheapest before the panel's
        // list changes and the page needs laying out again. A list of another size may
        // move the editor (a compose anchored at the bottom of its pane): the underlines
        // are then placed again in the next frame, with the layout the frame does anyway.
        const editor = this.site.bodyField(this.compose);
        if (editor && editor.isContentEditable) this.underlines.show(editableText(editor, this.site.quoteSelector), findings);
        // What was checked first: the panel reads a finding's word from it.
        this.checked = fields;
        if (this.panel.showFindings(findings)) this.underlines.onMove();
        this.panel.markStale(false);
        // The engine just woke up and its dictionary is still loading: check the same
        // text again in a moment, spelling included.
        if (answer.spelling_pending) {
          setTimeout(() => {
            if (this.textKey === key) {
              this.textKey = '';
              this.check(this.fields());
            }
          }, SPELLING_RETRY_MS);
        }
      }
      this.panel.set({ state: 'ready' });
    }

    /** Puts the suggested draft in, through the editor's own input path. */
    insertDraft() {
      const draft = this.suggested;
      const body = this.site.bodyField(this.compose);
      if (!draft || !body) return;
      const typed = this.site.readBody(this.compose).trim();
      if (typed && !this.replaceArmed) {
        this.replaceArmed = true;
        this.panel.confirmReplace();
        return;
      }
      this.replaceArmed = false;
      const subject = this.site.subjectField(this.compose);
      if (subject && draft.subject && !subject.value.trim()) insertThroughInputPath(subject, draft.subject, '');
      insertThroughInputPath(body, draft.body, this.site.quoteSelector);
      this.schedule();
    }

    /**
     * Applies a finding's fix to the text it was found in, through the input path.
     * @param {Finding} finding
     */
    applyFix(finding) {
      const inSubject = finding.field === 'subject';
      const field = inSubject ? this.site.subjectField(this.compose) : this.site.bodyField(this.compose);
      if (!field || !finding.fix || !this.checked) return;
      // The finding's offsets are in the text it was found in; the user may have typed
      // since. The fix goes where that text is now, or nowhere.
      const found = inSubject ? this.checked.subject : this.checked.body;
      const now = inSubject ? this.site.readSubject(this.compose) : this.site.readBody(this.compose);
      const start = relocateSpan(found, now, finding.start, finding.end);
      if (start < 0) {
        this.panel.say(uiText('panel_fix_moved'));
        this.schedule();
        return;
      }
      this.underlines.clear();
      replaceSpan(field, this.site.quoteSelector, start, start + (finding.end - finding.start), finding.fix);
      this.schedule();
    }

    /**
     * "Track this person": the engine adds the contact, then the compose is matched again.
     * @param {TrackRequest} request
     */
    async track(request) {
      const answer = await ask({ type: 'track', target: request.target, person: request.person });
      this.recipientsKey = '';
      await this.refresh();
      // Said where the user asked, once the panel is drawn again.
      if (answer.type === 'error') this.panel.say(uiText('panel_not_saved', answer.message));
    }

    /**
     * The word a spelling finding is about, as written, if the dictionary can take it:
     * one word of at most MAX_DICTIONARY_WORD_CHARS characters, no control character;
     * otherwise ''.
     * @param {Finding} finding
     * @returns {string}
     */
    wordToAdd(finding) {
      if (!this.checked) return '';
      const word = (finding.field === 'subject' ? this.checked.subject : this.checked.body).slice(finding.start, finding.end).trim();
      const chars = Array.from(word).length;
      return chars >= 1 && chars <= MAX_DICTIONARY_WORD_CHARS && !/[\s\p{Cc}]/u.test(word) ? word : '';
    }

    /**
     * "Add to dictionary": the word the finding is about, as it was written, is accepted
     * from now on; the text is checked again.
     * @param {Finding} finding
     */
    async addWord(finding) {
      const word = this.wordToAdd(finding);
      if (!word) return;
      const answer = await ask({ type: 'add_word', word });
      if (answer.type === 'error') {
        this.panel.say(uiText('panel_not_saved', answer.message));
        return;
      }
      this.textKey = '';
      this.refresh();
    }

    /**
     * The user said whom this box's text is for: it is matched as if written to them.
     * @param {string} recipient
     */
    choose(recipient) {
      if (!this.site.choose) return;
      this.site.choose(this.compose, recipient);
      this.recipientsKey = '';
      this.refresh();
    }

    /** The user put the panel away: this box is checked no more, until they ask again. */
    close() {
      if (this.site.release) this.site.release(this.compose);
      sessions.delete(this.compose);
      this.dispose();
    }

    dispose() {
      clearTimeout(this.timer);
      this.compose.removeEventListener('pointerdown', this.onUse, true);
      this.compose.removeEventListener('keydown', this.onUse, true);
      this.compose.removeEventListener('input', this.onInput, true);
      this.compose.removeEventListener('change', this.onInput, true);
      this.compose.removeEventListener('click', this.onClick, true);
      this.compose.removeEventListener('keydown', this.onKey, true);
      this.underlines.remove();
      this.panel.remove();
    }
  }

  /**
   * The processes to pick from, asked for when the user opens a track form (never with a
   * compose's answer).
   * @returns {Promise<{id: string, company: string, role: string}[]>}
   */
  async function processList() {
    const answer = await ask({ type: 'processes' });
    return answer.type === 'processes' ? answer.processes : [];
  }

  /**
   * The people the user tracks, asked for when the user opens "Who is this for?" (never
   * before).
   * @returns {Promise<PersonChoice[]>}
   */
  async function peopleList() {
    const answer = await ask({ type: 'people' });
    return answer.type === 'people' ? answer.people : [];
  }

  // ---- sends on their way out ----
  // A send is the worker's to record (background.js, sends.js): it is told when the user
  // asks to send, when the compose closes, and when the site's undo window has passed or
  // the send was undone. Gmail, and Outlook when set, hold a sent message for some seconds
  // behind a notice with an Undo control; an Undo brings the compose back with its text.

  // Times here are performance.now(): the page's own clock may be set or frozen (the
  // playground's demo clock is).
  /** How long after the compose closed the site's "sent, Undo" notice may take to show. */
  const NOTICE_WAIT_MS = 1500;
  /** How long after a click in that notice the compose may take to come back (an Undo). */
  const REOPEN_WAIT_MS = 2000;
  /** How often a send on its way out is looked at. */
  const SEND_LOOK_MS = 100;
  /** Where sites announce what just happened (the "sent, Undo" notice among them). */
  const NOTICE = '[role="alert"], [role="status"], [aria-live="assertive"], [aria-live="polite"]';
  /** The controls such a notice offers. */
  const NOTICE_CONTROL = '[role="link"], [role="button"], button, a[href]';

  /**
   * @typedef {{id: string, fields: DraftFields, compose: Element, asked: number, closedAt: number,
   *   before: Set<Element>, others: Set<Element>, dialogs: Set<Element>, noticeSeen: boolean, clickedAt: number}} OutgoingSend
   */
  /** Composes an Undo brought back: the user's already (see Session.used). @type {WeakSet<Element>} */
  const restored = new WeakSet();
  /** Where a site says it refused a send ("the address … was not recognised"). */
  const REFUSAL = '[role="alertdialog"]';

  /**
   * Whether the user could see what they clicked: not made transparent or hidden by the
   * page (a compose laid unseen under a click meant for something else), and on screen.
   * @param {Element} target
   */
  function inSight(target) {
    for (let node = /** @type {Element | null} */ (target); node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (Number(style.opacity) < 0.1 || style.visibility === 'hidden') return false;
    }
    const box = target.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight;
  }
  /** @type {Set<OutgoingSend>} */
  const outgoing = new Set();

  /** The controls every notice on the page shows now. */
  function noticeControls() {
    /** @type {Set<Element>} */
    const found = new Set();
    for (const notice of document.querySelectorAll(NOTICE)) {
      for (const control of notice.querySelectorAll(NOTICE_CONTROL)) if (control.getClientRects().length > 0) found.add(control);
    }
    return found;
  }

  /**
   * The controls of notices that appeared since the send was asked for.
   * @param {OutgoingSend} send
   */
  function newNoticeControls(send) {
    return Array.from(noticeControls()).filter((control) => !send.before.has(control));
  }

  /** @param {PageToEngine} message  told to the worker until it answers */
  function tellWorker(message) {
    ask(message, UNTIL_ANSWERED).then((answer) => {
      if (answer.type === 'error') console.info(`Afterview: ${answer.message}`);
    });
  }

  /**
   * The user asked the site to send this compose (a trusted click on Send, or the keys).
   * A second Send before the compose closed (a double click, or Send again after the site
   * refused the first) replaces the first: one send, recorded once.
   * @param {Session} session
   */
  function startSend(session) {
    dropSend(session.compose);
    const fields = session.fields();
    /** @type {OutgoingSend} */
    const send = {
      id: crypto.randomUUID(),
      fields,
      compose: session.compose,
      asked: performance.now(),
      closedAt: 0,
      before: noticeControls(),
      // Composes already open beside it (one holding the same text is not this one back).
      others: new Set(site.findComposes(document).filter((c) => c !== session.compose)),
      dialogs: new Set(document.querySelectorAll(REFUSAL)),
      noticeSeen: false,
      clickedAt: 0,
    };
    outgoing.add(send);
    const { channel, to, cc, subject, body } = fields;
    tellWorker({ type: 'send_asked', id: send.id, channel, to, cc, subject, body, hold_ms: site.undoHoldMs });
    if (outgoing.size === 1) setTimeout(lookAtSends, SEND_LOOK_MS);
  }

  /**
   * Forgets the send of a compose that is still open (its Discard, or another Send).
   * @param {Element} compose
   */
  function dropSend(compose) {
    for (const send of outgoing) {
      if (send.compose !== compose || send.closedAt) continue;
      outgoing.delete(send);
      tellWorker({ type: 'send_dropped', id: send.id });
    }
  }

  /**
   * @param {OutgoingSend} send
   * @param {'send_went' | 'send_dropped'} how
   */
  function settleSend(send, how) {
    outgoing.delete(send);
    tellWorker({ type: how, id: send.id });
  }

  /**
   * Whether a compose holding the sent text is on the page again: the site's Undo
   * brought it back.
   * @param {OutgoingSend} send
   */
  function reopened(send) {
    const [subject, body] = [send.fields.subject.trim(), send.fields.body.trim()];
    if (!subject && !body) return false;
    const back = site
      .findComposes(document)
      .find(
        (compose) =>
          !send.others.has(compose) &&
          compose.getClientRects().length > 0 &&
          site.readBody(compose).trim() === body &&
          site.readSubject(compose).trim() === subject,
      );
    if (!back) return false;
    // The user's own compose again: Send there counts at once.
    restored.add(back);
    const session = sessions.get(back);
    if (session) session.used = true;
    else scan();
    return true;
  }

  /** Follows every send on its way out, until each went or was dropped. */
  function lookAtSends() {
    const now = performance.now();
    for (const send of Array.from(outgoing)) {
      if (!send.closedAt) {
        const closed = !send.compose.isConnected || send.compose.getClientRects().length === 0;
        const emptied = Boolean(site.sendEmptiesBox) && send.fields.body.trim() !== '' && !site.readBody(send.compose).trim();
        const refused = Array.from(document.querySelectorAll(REFUSAL)).some((dialog) => !send.dialogs.has(dialog) && dialog.getClientRects().length > 0);
        if (refused && !closed) {
          settleSend(send, 'send_dropped');
        } else if (closed || emptied) {
          send.closedAt = now;
          tellWorker({ type: 'send_closed', id: send.id });
          // A site without an undo window (LinkedIn) sent it there and then.
          if (!site.undoHoldMs) settleSend(send, 'send_went');
        } else if (now - send.asked > SEND_WAIT_MS) {
          // Still open: the site refused it (a malformed address), or did nothing.
          settleSend(send, 'send_dropped');
        }
        continue;
      }
      if (reopened(send)) {
        settleSend(send, 'send_dropped');
        continue;
      }
      if (send.clickedAt && send.closedAt) {
        // A control of the notice was used: an Undo brings the compose back soon.
        if (now - send.clickedAt > REOPEN_WAIT_MS) settleSend(send, 'send_went');
        continue;
      }
      const showing = newNoticeControls(send).length > 0;
      if (showing) send.noticeSeen = true;
      const windowOver = send.noticeSeen ? !showing : now - send.closedAt > NOTICE_WAIT_MS;
      if (windowOver || now - send.closedAt > site.undoHoldMs) settleSend(send, 'send_went');
    }
    if (outgoing.size > 0) setTimeout(lookAtSends, SEND_LOOK_MS);
  }

  /**
   * The user used a control of a notice that appeared after a send (its Undo, or another
   * link): the send is not settled until it is clear whether the compose comes back.
   * @param {Event} event
   */
  function onNoticeControl(event) {
    if (!event.isTrusted || outgoing.size === 0 || !(event.target instanceof Element)) return;
    if (event instanceof KeyboardEvent && event.key !== 'Enter' && event.key !== ' ') return;
    const control = event.target.closest(NOTICE_CONTROL);
    if (!control || !control.closest(NOTICE)) return;
    for (const send of outgoing) {
      if (send.before.has(control) || send.clickedAt) continue;
      send.clickedAt = performance.now();
      // Held until it is clear whether that was Undo: a tab closed meanwhile drops it.
      tellWorker({ type: 'send_held', id: send.id });
    }
  }
  document.addEventListener('click', onNoticeControl, true);
  document.addEventListener('keydown', onNoticeControl, true);

  /** @type {Map<Element, Session>} */
  const sessions = new Map();
  let warned = false;

  /** The "Save to Afterview" button of the profile on screen, keyed by its URL. */
  /** @type {{key: string, button: AfterviewSaveButton} | null} */
  let saver = null;

  function scanProfile() {
    const page = site.profile ? site.profile() : null;
    if (!page) {
      if (saver) saver.button.host.remove();
      saver = null;
      return;
    }
    if (saver && saver.key === page.key && saver.button.host.isConnected) return;
    if (saver) saver.button.host.remove();
    const save = async (/** @type {TrackRequest} */ request) => {
      const answer = await ask({ type: 'track', target: request.target, person: request.person });
      if (answer.type === 'tracked') return uiText('panel_saved');
      return uiText('panel_not_saved', answer.type === 'error' ? answer.message : uiText('panel_try_again'));
    };
    const button = new AfterviewSaveButton(page.read, processList, save);
    page.anchor.after(button.host);
    saver = { key: page.key, button };
  }

  // ---- the messages the user opened: a read panel beside each one that says something ----
  /** @type {WeakSet<Element>} messages already read (each is read once) */
  const readMessages = new WeakSet();
  /** @type {WeakMap<Element, HTMLElement>} the read panel shown beside each message */
  const readPanels = new WeakMap();
  let reading = false;

  /**
   * Whether `message` was read and still shows what it says: a message whose panel the
   * site took away (it redrew the message's body) is read again.
   * @param {Element} message
   */
  function stillRead(message) {
    if (!readMessages.has(message)) return false;
    const host = readPanels.get(message);
    if (!host || host.isConnected) return true;
    readMessages.delete(message);
    readPanels.delete(message);
    return false;
  }

  /** Reads each newly opened message, unless the user turned reading off, and shows what it says. */
  async function scanMessages() {
    if (!site.openedMessages || !site.readMessage || !site.messageAnchor || reading) return;
    const opened = site.openedMessages(document).filter((m) => !stillRead(m));
    if (opened.length === 0) return;
    reading = true;
    try {
      const pong = await ask({ type: 'ping' }, UNTIL_ANSWERED);
      if (pong.type !== 'pong' || !pong.read_replies) return;
      for (const element of opened) {
        readMessages.add(element);
        const message = site.readMessage(element);
        const answer = await ask({ type: 'read', message }, { wanted: () => element.isConnected });
        if (answer.type !== 'reading' || answer.says === 'other' || !element.isConnected) continue;
        const panel = new AfterviewReadPanel(site.name, answer, async (says) => {
          // The message as it reads now: what was read is what is recorded, or nothing is.
          // Changed since (the page rewrote it), its panel goes and it is read again.
          const now = site.readMessage?.(element);
          if (!now || now.body !== message.body || now.from !== message.from || now.subject !== message.subject) {
            panel.host.remove();
            return { type: 'error', message: '' };
          }
          return answer.offer === 'track' ? ask({ type: 'track_application', message }) : ask({ type: 'record_reading', message, ...(says ? { says } : {}) });
        });
        site.messageAnchor(element).before(panel.host);
        readPanels.set(element, panel.host);
      }
    } finally {
      reading = false;
    }
  }

  function scan() {
    if (stale) return;
    scanProfile();
    scanMessages();
    const composes = site.findComposes(document);
    for (const compose of composes) {
      if (!sessions.has(compose)) sessions.set(compose, new Session(compose, site));
    }
    if (afterviewAnyBox && afterviewAnyBox !== site) {
      for (const box of afterviewAnyBox.findComposes(document)) {
        if (!sessions.has(box)) sessions.set(box, new Session(box, afterviewAnyBox));
      }
    }
    for (const [compose, session] of sessions) {
      if (!compose.isConnected) {
        session.dispose();
        sessions.delete(compose);
      } else if (!session.panel.host.isConnected) {
        session.place();
      }
    }
    if (composes.length === 0 && !warned && site.looksLikeCompose(document)) {
      warned = true;
      console.info(`Afterview: this ${site.name} compose layout is not recognised; staying out of the way.`);
    }
  }

  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let pending;
  const observer = new MutationObserver(() => {
    if (pending !== undefined) return;
    pending = setTimeout(() => {
      pending = undefined;
      watch();
      scan();
      for (const session of sessions.values()) session.nudge();
    }, 150);
  });
  /** @type {WeakSet<Node>} */
  const watched = new WeakSet();
  /** Watches the document and every shadow root the site renders composes into. */
  function watch() {
    for (const root of [document.documentElement, ...(site.shadowRoots ? site.shadowRoots() : [])]) {
      if (watched.has(root)) continue;
      watched.add(root);
      observer.observe(root, { childList: true, subtree: true });
    }
  }
  /**
   * "Check with Afterview" (the toolbar popup, the context menu, the keyboard command):
   * the text box with the focus gets a panel that checks it, or shows its own if it has
   * one. The worker calls this in the tab (background.js), after putting these scripts
   * there if the page had none; the page's own scripts cannot reach it.
   * @returns {'checking' | 'no_box' | 'stale'}
   */
  function checkFocusedBox() {
    if (stale) return 'stale';
    const anybox = afterviewAnyBox;
    const box = anybox && anybox.focused ? anybox.focused(document) : null;
    if (!anybox || !box || !anybox.request) return 'no_box';
    const known = Array.from(sessions).find(([compose]) => compose === box || compose.contains(box));
    if (known) {
      known[1].reveal();
      return 'checking';
    }
    anybox.request(box);
    scan();
    sessions.get(box)?.reveal();
    return 'checking';
  }
  Object.defineProperty(globalThis, 'afterviewCheckFocused', { value: checkFocusedBox });

  scan();
  watch();
})();
