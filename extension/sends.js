// @ts-check
// Sends on their way out. Gmail always, and Outlook when the user set it, close the
// compose at once and hold the message for some seconds behind an "Undo" notice; a send
// undone there never went. So a send the user asked for is kept here, in the worker,
// until the site's undo window has passed, and only then recorded (by the engine, under
// the id the page made for it, so that it is recorded once however often it arrives).
//
// A send goes through these steps, each a message from the page's content script:
// - `send_asked`: the user clicked Send (or pressed the keys that send). Kept from here on,
//   in storage too, so that a tab closed now, a pop-out window that closes itself as it
//   sends, or a worker stopped meanwhile still records it.
// - `send_closed`: the compose closed. The send is recorded once the site's longest hold
//   has passed, unless the page says more first.
// - `send_went`: the page saw the undo window end (its notice went away, or the site has
//   none): recorded now.
// - `send_held`: the user clicked in the site's notice (perhaps its Undo): until the page
//   says more, a tab closed now drops the send rather than record one the user undid.
// - `send_dropped`: undone (the compose came back with the same text), or refused by the
//   site (it said so, the user typed on, or the compose never closed): forgotten.
// A page that goes away (its tab closed) leaves its sends to go as the site sends them:
// those whose compose closed are recorded at once (so is one asked for just before the
// tab closed), the others dropped. What is kept survives a stopped worker: at start, every kept
// send whose time has come is recorded, and an alarm wakes the worker for the rest.

/** Where the sends on their way out are kept (chrome.storage.local; Delete all removes it). */
export const PENDING_SENDS_KEY = 'afterview_pending_sends';
/** The alarm that wakes the worker when a kept send's time comes. */
export const PENDING_SENDS_ALARM = 'afterview-pending-sends';
/** How long a site may take to close the compose after Send; a send still open then was refused. */
const CLOSE_WAIT_MS = 35000;
/**
 * A tab closed this soon after Send, its compose not yet seen closing, closed as it sent
 * (a pop-out window closes itself); later, its send was most likely refused.
 */
const CLOSED_WITH_TAB_MS = 1500;
/** How long to wait before trying again to record a send the engine could not take. */
const RETRY_MS = 5000;

/**
 * A send kept until its undo window passes.
 * @typedef {{id: string, channel: string, to: string[], cc: string[], subject: string, body: string,
 *   hold_ms: number, closed: boolean, held: boolean, asked_at: number, due: number}} PendingSend
 */

/**
 * The sends on their way out, and what to do with each page message about them.
 * @param {(send: PendingSend) => Promise<boolean>} record  records a send; false when the engine could not
 */
export function pendingSends(record) {
  /** @type {Map<string, PendingSend>} */
  const sends = new Map();
  /** Which page port each send came from (not kept: a port lives as long as the worker). @type {Map<string, unknown>} */
  const ports = new Map();
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  /** Storage writes in order, so that a slower write never puts back an older map. */
  let writes = Promise.resolve();
  const loaded = chrome.storage.local.get(PENDING_SENDS_KEY).then(
    (stored) => {
      const kept = stored[PENDING_SENDS_KEY];
      if (kept && typeof kept === 'object') {
        for (const send of Object.values(kept)) if (send && typeof send.id === 'string') sends.set(send.id, send);
      }
    },
    () => {},
  );

  function keep() {
    const copy = Object.fromEntries(sends);
    writes = writes
      .then(() => (sends.size === 0 ? chrome.storage.local.remove(PENDING_SENDS_KEY) : chrome.storage.local.set({ [PENDING_SENDS_KEY]: copy })))
      .catch((error) => console.warn('Afterview: could not keep the sends on their way out:', error));
    return writes;
  }

  /** Wakes at the earliest due time: a timer while the worker runs, an alarm if it stops. */
  function arm() {
    clearTimeout(timer);
    const due = Math.min(...Array.from(sends.values(), (send) => send.due));
    if (!Number.isFinite(due)) {
      chrome.alarms.clear(PENDING_SENDS_ALARM).catch(() => {});
      return;
    }
    timer = setTimeout(() => settleDue(), Math.max(0, due - Date.now()));
    chrome.alarms.create(PENDING_SENDS_ALARM, { when: Math.max(due, Date.now() + 1000) }).catch(() => {});
  }

  /**
   * Records one send and forgets it; one the engine could not take is tried again later.
   * @param {string} id
   */
  async function go(id) {
    const send = sends.get(id);
    if (!send) return;
    // Taken out first: a second `send_went` while this one records finds nothing to do.
    sends.delete(id);
    ports.delete(id);
    let recorded = false;
    try {
      recorded = await record(send);
    } catch (error) {
      console.warn('Afterview: a send was not recorded:', error);
    }
    if (!recorded) sends.set(id, { ...send, due: Date.now() + RETRY_MS });
    await keep();
    arm();
  }

  /** Settles every send whose time has come: a closed one goes, one never closed was refused. */
  async function settleDue() {
    await loaded;
    const now = Date.now();
    for (const send of Array.from(sends.values())) {
      if (send.due > now) continue;
      if (send.closed) await go(send.id);
      else {
        sends.delete(send.id);
        ports.delete(send.id);
        await keep();
      }
    }
    arm();
  }

  /**
   * @param {string} id
   * @param {(send: PendingSend) => PendingSend} change
   */
  async function update(id, change) {
    const send = sends.get(id);
    if (!send) return;
    sends.set(id, change(send));
    await keep();
    arm();
  }

  return {
    /** Records what became due while the worker was stopped, and arms for the rest. */
    start: () => settleDue(),

    /** The alarm fired: the worker may have stopped since a send was kept. */
    alarm: () => settleDue(),

    /**
     * One page message about a send; answers what the page is told.
     * @param {{type: string, id?: unknown, channel?: unknown, to?: unknown, cc?: unknown, subject?: unknown, body?: unknown, hold_ms?: unknown}} message
     * @param {unknown} port  the page port it came on
     * @returns {Promise<{type: 'noted'} | {type: 'error', message: string}>}
     */
    async handle(message, port) {
      await loaded;
      const id = typeof message.id === 'string' ? message.id : '';
      if (!id) return { type: 'error', message: 'a send needs an id' };
      // A page whose port dropped (a stopped worker) goes on with the same send on a new one.
      if (sends.has(id)) ports.set(id, port);
      const strings = (/** @type {unknown} */ list) => (Array.isArray(list) ? list.filter((x) => typeof x === 'string') : []);
      switch (message.type) {
        case 'send_asked': {
          if (sends.has(id)) return { type: 'noted' };
          const hold = typeof message.hold_ms === 'number' && message.hold_ms >= 0 ? Math.min(message.hold_ms, 60000) : 0;
          ports.set(id, port);
          sends.set(id, {
            id,
            channel: String(message.channel || 'email'),
            to: strings(message.to),
            cc: strings(message.cc),
            subject: String(message.subject || ''),
            body: String(message.body || ''),
            hold_ms: hold,
            closed: false,
            held: false,
            asked_at: Date.now(),
            due: Date.now() + CLOSE_WAIT_MS + hold,
          });
          await keep();
          arm();
          return { type: 'noted' };
        }
        case 'send_closed':
          await update(id, (send) => ({ ...send, closed: true, due: Date.now() + send.hold_ms }));
          return { type: 'noted' };
        case 'send_held':
          await update(id, (send) => ({ ...send, held: true }));
          return { type: 'noted' };
        case 'send_went':
          if (sends.has(id)) await go(id);
          return { type: 'noted' };
        case 'send_dropped':
          if (sends.delete(id)) {
            ports.delete(id);
            await keep();
            arm();
          }
          return { type: 'noted' };
        default:
          return { type: 'error', message: `unrecognised message: ${message.type}` };
      }
    },

    /**
     * A page went away (its tab closed, or it navigated): its sends go as the site sends them.
     * @param {unknown} port
     */
    async portClosed(port) {
      await loaded;
      for (const [id, from] of Array.from(ports)) {
        if (from !== port) continue;
        const send = sends.get(id);
        if (!send) continue;
        const sent = !send.held && (send.closed || Date.now() - send.asked_at < CLOSED_WITH_TAB_MS);
        if (sent) {
          sends.set(id, { ...send, closed: true });
          await go(id);
        } else {
          sends.delete(id);
          ports.delete(id);
          await keep();
          arm();
        }
      }
    },

    /** Whether `type` is one of the messages this handles. @param {unknown} type */
    handles: (type) => ['send_asked', 'send_closed', 'send_held', 'send_went', 'send_dropped'].includes(String(type)),
  };
}
