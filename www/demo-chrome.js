// @ts-nocheck (the repository type-checks the extension's scripts only; this one is the playground's)
// The playground's stand-in for the few `chrome.*` calls Afterview makes, so that the
// extension's own wasm and content scripts run unchanged on a plain web page:
//
//   runtime.sendMessage    → the engine module's engine_ui_message (the popup, the applications page)
//   runtime.connect (port) → the engine module's engine_page_message (the panel in the mock Gmail)
//   runtime.getURL, id     → this site's own files
//   storage.local/session  → memory (nothing is stored: a reload starts the demo again)
//   i18n.getMessage        → the extension's English messages.json
//   alarms, action badge, notifications → accepted and ignored
//
// The host page (index.html) loads the engine, holds the store and the demo's clock, and
// exposes them as `afterviewDemo`; each view is a frame of that page (popup.html,
// dashboard.html, mailbox.html) whose `chrome` and `Date` are the host's. What the time
// travel records (sent from the host page itself) is the story's, not the visitor's: it is
// never offered for Undo. `Date` is the
// clock both wasm modules read (`new Date()`), so setting the demo's time moves "now" for
// the engine, the pages and the panel at once. Every change the engine writes, and every
// move of the clock, draws the other views again.
(function () {
  const isHost = document.currentScript instanceof HTMLScriptElement && document.currentScript.dataset.role === 'host';
  const host = !isHost && window.parent !== window ? window.parent.afterviewDemo : undefined;
  if (isHost) {
    window.afterviewDemo = createHost();
    window.chrome = window.afterviewDemo.chromeFor(window);
    installClock(window, () => window.afterviewDemo.now);
  } else if (host) {
    frameStandIn(host);
  } else {
    // A view opened on its own (a link opened in a new tab): the demo lives on the playground page.
    location.replace('index.html');
  }

  /** A frame: the host's chrome stand-in and clock. */
  function frameStandIn(demo) {
    window.chrome = demo.chromeFor(window);
    installClock(window, () => demo.now);
  }

  /** Replaces `win.Date` with one whose current time is `now()` (ms since the epoch). */
  function installClock(win, now) {
    const RealDate = win.Date;
    class DemoDate extends RealDate {
      constructor(...args) {
        if (args.length === 0) super(now());
        else super(...args);
      }
      static now() {
        return now();
      }
    }
    win.Date = DemoDate;
  }

  /** The host: the engine, the store, the clock, the UI strings and the frames. */
  function createHost() {
    // The demo's panels show the test attributes (docs/contract.md): the playground holds
    // demo data on a page of its own, and its tests read them.
    const local = new Map([['afterview_test_attributes', true]]);
    const session = new Map();
    /** @type {Record<string, string>} */
    let strings = {};
    let engine = null;
    let markReady;
    const ready = new Promise((resolve) => (markReady = resolve));
    let revision = 0;
    let redrawTimer;
    let redrawAll = false;
    const except = new Set();
    // The changes the time travel made (the demo's story, not the visitor's doing): never
    // offered for Undo.
    const travelled = new Set();
    const TRAVEL_TYPES = new Set(['record', 'delete_event']);

    /** A plain copy of `value` made in `win`'s realm (the wasm reads it as JSON). */
    const copyFor = (win, value) => (value === undefined ? undefined : win.JSON.parse(JSON.stringify(value)));

    const area = (map, isLocal) => ({
      async get(keys) {
        const list = keys == null ? [...map.keys()] : Array.isArray(keys) ? keys : typeof keys === 'string' ? [keys] : Object.keys(keys);
        const found = {};
        for (const key of list) if (map.has(key)) found[key] = structuredClone(map.get(key));
        return found;
      },
      async set(items) {
        for (const [key, value] of Object.entries(items)) map.set(key, copyFor(window, value));
        if (isLocal && 'afterview' in items) revision += 1;
      },
      async remove(keys) {
        for (const key of Array.isArray(keys) ? keys : [keys]) map.delete(key);
        if (isLocal && (Array.isArray(keys) ? keys : [keys]).includes('afterview')) revision += 1;
      },
    });
    const storage = { local: area(local, true), session: area(session, false) };
    const quiet = { create: async () => {}, clear: async () => true, addListener() {} };

    const demo = {
      /** The demo's "now", in ms since the epoch. */
      now: Date.now(),
      /** The state the engine last wrote, for the "Under the hood" view. */
      stored: () => local.get('afterview'),
      /** Takes the UI strings of a messages.json. */
      setMessages(json) {
        strings = Object.fromEntries(Object.entries(JSON.parse(json)).map(([key, entry]) => [key, entry.message]));
      },
      /** Puts the demo state in the store, before the engine starts. */
      seed(state) {
        local.set('afterview', copyFor(window, state));
      },
      /** The engine module has started: messages are answered from now on. */
      engineReady(module) {
        engine = module;
        markReady();
      },
      /** Moves the demo's clock to `ms` and draws every view again. */
      setNow(ms) {
        demo.now = ms;
        demo.redraw(null);
      },
      /**
       * Draws every view again but `source`'s (the one that made the change draws itself).
       * Calls within a moment are drawn once.
       */
      redraw(source) {
        if (source) except.add(source);
        else redrawAll = true;
        clearTimeout(redrawTimer);
        redrawTimer = setTimeout(() => {
          for (const frame of document.querySelectorAll('iframe[data-view]')) {
            // A view still on its way (its first page not loaded yet) is drawn from the new state anyway.
            if (!frame.contentWindow || frame.contentWindow.location.href === 'about:blank') continue;
            if (redrawAll || !except.has(frame.contentWindow)) frame.contentWindow.location.reload();
          }
          except.clear();
          redrawAll = false;
          window.dispatchEvent(new Event('afterview-demo-change'));
        }, 30);
      },
      /** Runs `call` with the engine; a change to the state draws the other views again. */
      async ask(source, call) {
        await ready;
        const before = revision;
        const answer = await call(engine);
        if (revision !== before) demo.redraw(source);
        return answer;
      },
      /** The `chrome` object of `win` (the host page or one of its frames). */
      chromeFor(win) {
        return {
          runtime: {
            id: 'afterview-playground',
            getURL: (path) => new URL(path, location.href).href,
            sendMessage: (message) =>
              demo
                .ask(win, async (e) => {
                  const answer = await e.engine_ui_message(copyFor(window, message));
                  if (win === window && message && TRAVEL_TYPES.has(message.type) && answer && answer.change) travelled.add(answer.change);
                  if (answer && answer.type === 'overview' && Array.isArray(answer.changes)) answer.changes = answer.changes.filter((c) => !travelled.has(c.change));
                  return answer;
                })
                .then((answer) => copyFor(win, answer)),
            connect: ({ name } = {}) => port(win, name),
            onMessage: quiet,
          },
          storage: { ...storage, onChanged: quiet },
          alarms: { ...quiet, onAlarm: quiet },
          action: { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {} },
          notifications: { ...quiet, onClicked: quiet },
          i18n: {
            getMessage(key, substitutions = []) {
              const message = strings[key];
              if (message === undefined) return '';
              const list = Array.isArray(substitutions) ? substitutions : [substitutions];
              let filled = message;
              for (let i = list.length - 1; i >= 0; i--) filled = filled.split(`$${i + 1}`).join(String(list[i]));
              return filled.split('$$').join('$');
            },
          },
        };
      },
    };

    /** A content script's port: each envelope goes to engine_page_message, its answer comes back. */
    function port(win, name) {
      const listeners = [];
      return {
        name,
        postMessage(envelope) {
          const requestId = envelope && envelope.request_id;
          const message = copyFor(window, envelope && envelope.message);
          demo.ask(win, (e) => e.engine_page_message(message)).then((answer) => {
            const reply = copyFor(win, { request_id: requestId, answer });
            for (const listener of listeners) listener(reply);
          });
        },
        onMessage: { addListener: (listener) => listeners.push(listener) },
        onDisconnect: { addListener() {} },
        disconnect() {},
      };
    }
    return demo;
  }
})();
