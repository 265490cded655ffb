// @ts-check
// Picks the site adapter, finds compose surfaces and opened messages (a start-up scan,
// then one debounced MutationObserver), attaches a panel to each and talks to the engine
// over one port.
// Of the content scripts, this file and strings.js (chrome.i18n, for the panel's words)
// touch chrome.*; this one holds the only port to the engine (chrome.runtime.connect).

(function () {
  const adapter = afterviewSites.find((site) => site.matchesUrl(new URL(location.href)));
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

  /**
   * Whether to mark each check's steps: only when `make bench` asks, by setting
   * `afterview_bench_marks` in local storage (the extension never sets it). The page's own
   * scripts can read its Performance timeline, and they need not learn when we check.
   */
  let markingSteps = false;
  chrome.storage.local.get('afterview_bench_marks').then(
    (stored) => (markingSteps = stored.afterview_bench_marks === true),
    () => {},
  );

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
      port.postMessage({ request_id: id, message: request.message });
    } catch (error) {
      // The extension was reloaded or removed: stay quiet.
      settle(id, { type: 'error', message: String(error) });
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
    return new Promise((resolve) => {
      const id = nextRequest++;
      waiting.set(id, { message, resolve, retry, attempts: 0, port: null, timer: undefined });
      attempt(id);
    });
  }

  /** For a request sent until the engine answers it, whatever happens to the page. @type {Retry} */
  const UNTIL_ANSWERED = { wanted: () => true };

  /** How long a send may take to show on the page (the compose closing, the box emptying). */
  const SEND_WAIT_MS = 5000;

  // ---- one session per compose surface ----
  class Session {
    /** @param {Element} compose */
    constructor(compose) {
      this.compose = compose;
      this.surface = site.surface(compose);
      this.panel = new AfterviewPanel(site.name, this.surface, {
        onInsert: () => this.insertDraft(),
        onFix: (finding) => this.applyFix(finding),
        onTrack: (request) => this.track(request),
      });
      this.underlines = new AfterviewUnderlines((finding) => this.applyFix(finding));
      if (site.compact && site.compact(compose)) this.panel.compact();
      site.panelAnchor(compose).after(this.panel.host);
      this.recipientsKey = '';
      this.textKey = '';
      this.noteLimit = 300;
      /** @type {SuggestedDraft | null} */
      this.suggested = null;
      this.replaceArmed = false;
      this.lastSent = '';
      /** @type {ReturnType<typeof setTimeout> | undefined} */
      this.timer = undefined;
      this.onInput = () => {
        this.underlines.clear();
        this.schedule();
      };
      /** @type {DraftFields | null} the compose as the user asked the site to send it, until the page shows it went */
      this.sending = null;
      this.onClick = (/** @type {Event} */ event) => {
        if (!(event.target instanceof Element)) return;
        // Any other control (Discard, Save & close, Cancel) ends the wait for a send.
        if (site.isSendTarget(event.target)) this.send();
        else this.sending = null;
      };
      this.onKey = (/** @type {Event} */ event) => {
        if (event instanceof KeyboardEvent && site.sendsOnKey(compose, event)) this.send();
      };
      compose.addEventListener('input', this.onInput, true);
      compose.addEventListener('change', this.onInput, true);
      compose.addEventListener('click', this.onClick, true);
      compose.addEventListener('keydown', this.onKey, true);
      this.refresh();
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
      this.timer = setTimeout(() => this.refresh(), 300);
    }

    /** @returns {DraftFields} */
    fields() {
      const limit = site.limit(this.compose);
      return {
        channel: site.channel(this.compose),
        to: site.readTo(this.compose),
        cc: site.readCc(this.compose),
        subject: site.readSubject(this.compose),
        body: site.readBody(this.compose),
        ...(limit ? { limit } : {}),
      };
    }

    /** Reads the compose; asks who it is for when the recipients changed, then checks the text. */
    async refresh() {
      markStep('afterview-check-read');
      const fields = this.fields();
      const recipientsKey = JSON.stringify([fields.to, fields.cc]);
      if (recipientsKey !== this.recipientsKey) {
        this.recipientsKey = recipientsKey;
        this.textKey = '';
        this.panel.set({ to: fields.to, state: 'checking' });
        const limit = fields.limit ? { limit: fields.limit } : {};
        const answer = await ask(
          { type: 'compose', site: site.name, surface: this.surface, to: fields.to, cc: fields.cc, ...limit },
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
      if (key === this.textKey) return;
      this.textKey = key;
      // JS lengths are UTF-16 units, the unit of `maxlength` and of LinkedIn's limit.
      if (fields.channel === 'linkedin_note') this.panel.showCount(fields.body.length, fields.limit || this.noteLimit);
      if (!fields.body.trim() && !fields.subject.trim()) {
        this.panel.showFindings([]);
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
        const editor = site.bodyField(this.compose);
        if (editor && editor.isContentEditable) this.underlines.show(editableText(editor, site.quoteSelector), findings);
        if (this.panel.showFindings(findings)) this.underlines.onMove();
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
      const body = site.bodyField(this.compose);
      if (!draft || !body) return;
      const typed = site.readBody(this.compose).trim();
      if (typed && !this.replaceArmed) {
        this.replaceArmed = true;
        this.panel.confirmReplace();
        return;
      }
      this.replaceArmed = false;
      const subject = site.subjectField(this.compose);
      if (subject && draft.subject && !subject.value.trim()) insertThroughInputPath(subject, draft.subject, '');
      insertThroughInputPath(body, draft.body, site.quoteSelector);
      this.schedule();
    }

    /**
     * Applies a finding's fix to the text it was found in, through the input path.
     * @param {Finding} finding
     */
    applyFix(finding) {
      const field = finding.field === 'subject' ? site.subjectField(this.compose) : site.bodyField(this.compose);
      if (!field || !finding.fix) return;
      this.underlines.clear();
      replaceSpan(field, site.quoteSelector, finding.start, finding.end, finding.fix);
      this.schedule();
    }

    /**
     * "Track this person": the engine adds the contact, then the compose is matched again.
     * @param {TrackRequest} request
     */
    async track(request) {
      const answer = await ask({ type: 'track', target: request.target, person: request.person });
      if (answer.type === 'error') console.info(`Afterview: ${answer.message}`);
      this.recipientsKey = '';
      await this.refresh();
    }

    /**
     * The user asked the site to send (its Send control, or the keys that send there). It
     * is recorded once the site shows the message went: the compose closed or its box was
     * emptied. A send the site refused (a malformed address; Ctrl+Enter in a LinkedIn
     * note, which sends nothing) leaves the compose as it was and records nothing.
     */
    send() {
      const fields = this.fields();
      this.sending = fields;
      const started = Date.now();
      const look = () => {
        if (this.sending !== fields) return;
        const closed = !this.compose.isConnected || this.compose.getClientRects().length === 0;
        const emptied = fields.body.trim() !== '' && !site.readBody(this.compose).trim();
        if (closed || emptied) {
          this.sending = null;
          this.sent(fields);
        } else if (Date.now() - started < SEND_WAIT_MS) {
          setTimeout(look, 100);
        } else {
          this.sending = null;
        }
      };
      setTimeout(look, 50);
    }

    /**
     * The message went: the engine records it when the recipients are tracked. It is sent
     * until the engine answers, across a dropped port or a restarted worker, under an id
     * made here once, so that the engine records it once however often it arrives.
     * @param {DraftFields} fields  the compose as it was when the user sent it
     */
    sent(fields) {
      const key = JSON.stringify(fields);
      if (key === this.lastSent) return;
      this.lastSent = key;
      const { channel, to, cc, subject, body } = fields;
      ask({ type: 'sent', id: crypto.randomUUID(), channel, to, cc, subject, body }, UNTIL_ANSWERED).then((answer) => {
        if (answer.type === 'error') console.info(`Afterview: ${answer.message}`);
      });
    }

    dispose() {
      clearTimeout(this.timer);
      this.compose.removeEventListener('input', this.onInput, true);
      this.compose.removeEventListener('change', this.onInput, true);
      this.compose.removeEventListener('click', this.onClick, true);
      this.compose.removeEventListener('keydown', this.onKey, true);
      this.underlines.remove();
      this.panel.remove();
    }
  }

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
    const to = [page.key];
    const load = async () => {
      const answer = await ask({ type: 'compose', site: site.name, surface: 'profile', to, cc: [] }, { wanted: () => page.anchor.isConnected });
      if (answer.type !== 'context') return { processes: [], tracked: '' };
      const tracked = answer.context ? uiText('panel_saved_at', answer.company || '') : '';
      return { processes: answer.processes, tracked };
    };
    const save = async (/** @type {TrackRequest} */ request) => {
      const answer = await ask({ type: 'track', target: request.target, person: request.person });
      if (answer.type === 'tracked') return uiText('panel_saved');
      return uiText('panel_not_saved', answer.type === 'error' ? answer.message : uiText('panel_try_again'));
    };
    const button = new AfterviewSaveButton(page.read, load, save);
    page.anchor.after(button.host);
    saver = { key: page.key, button };
  }

  // ---- the messages the user opened: a read panel beside each one that says something ----
  /** @type {WeakSet<Element>} messages already read (each is read once) */
  const readMessages = new WeakSet();
  let reading = false;

  /** Reads each newly opened message, unless the user turned reading off, and shows what it says. */
  async function scanMessages() {
    if (!site.openedMessages || !site.readMessage || !site.messageAnchor || reading) return;
    const opened = site.openedMessages(document).filter((m) => !readMessages.has(m));
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
        const type = answer.offer === 'track' ? 'track_application' : 'record_reading';
        const panel = new AfterviewReadPanel(site.name, answer, () => ask({ type, message }));
        site.messageAnchor(element).before(panel.host);
      }
    } finally {
      reading = false;
    }
  }

  function scan() {
    scanProfile();
    scanMessages();
    const composes = site.findComposes(document);
    for (const compose of composes) {
      if (!sessions.has(compose)) sessions.set(compose, new Session(compose));
    }
    for (const [compose, session] of sessions) {
      if (!compose.isConnected) {
        session.dispose();
        sessions.delete(compose);
      } else if (!session.panel.host.isConnected) {
        site.panelAnchor(compose).after(session.panel.host);
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
      for (const session of sessions.values()) session.schedule();
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
  scan();
  watch();
})();
