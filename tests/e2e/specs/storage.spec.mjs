// Storage faults and the single writer: a stored document the engine cannot use is kept
// untouched (under its own key too), the user is told and offered a download, and nothing
// is written over it; a 9 MB document still works; concurrent popups and a worker stopped
// in the middle of writes lose no acknowledged event.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshState, iso, launch, openExtensionPage, readState, seedState, until } from '../harness.mjs';

/** Every stored key. */
const stored = (browser) => browser.worker.evaluate(() => chrome.storage.local.get(null));

/** Sends a UI message to the engine from an extension page, as the popup does. */
const ask = (page, message) => page.evaluate((m) => chrome.runtime.sendMessage(m), message);

const FAULTS = {
  garbage: 'this is not JSON {{{',
  'truncated JSON': JSON.stringify(freshState()).slice(0, 180),
  'a wrong type': 42,
  'a wrong shape': { schema: 1, profile: { name: 'Sam' }, processes: 'none' },
  'a future schema': { ...freshState(), schema: 99 },
};

for (const [name, bad] of Object.entries(FAULTS)) {
  test(`a stored document with ${name} is kept, explained, offered for download and never overwritten`, async () => {
    const browser = await launch();
    try {
      await seedState(browser, bad, { refused: true });
      const popup = await openExtensionPage(browser, 'popup.html');
      const alert = popup.getByRole('alert');
      await alert.waitFor({ timeout: 10000 });
      const message = await alert.innerText();
      assert.match(message, name === 'a future schema' ? /saved by a newer version of Afterview: update Afterview/ : /could not be read/);
      assert.match(message, /download it from the options page/);

      const keys = await stored(browser);
      assert.deepEqual(keys.afterview, bad, 'the document is untouched');
      assert.deepEqual(keys.afterview_backup, bad, 'and kept under the backup key');

      // Writes are refused with the reason; nothing is written over the document.
      const answer = await ask(popup, { type: 'mark_done', process: 'acme-analyst', kind: 'thank_you', contact: 'jordan' });
      assert.equal(answer.type, 'error');
      assert.deepEqual((await stored(browser)).afterview, bad);

      // The engine keeps working for the pages.
      const pong = await popup.evaluate(() => new Promise((resolve) => {
        const port = chrome.runtime.connect({ name: 'afterview-page' });
        port.onMessage.addListener((envelope) => resolve(envelope.answer));
        port.postMessage({ request_id: 1, protocol: 2, message: { type: 'ping' } });
      }));
      assert.equal(pong.type, 'pong');

      const options = await openExtensionPage(browser, 'options.html');
      const download = options.getByRole('link', { name: 'Download the kept copy' });
      await download.waitFor({ timeout: 10000 });
      const [file] = await Promise.all([options.waitForEvent('download'), download.click()]);
      const text = await (await file.createReadStream()).toArray();
      assert.deepEqual(JSON.parse(Buffer.concat(text).toString('utf8')), bad, 'the download is the kept document');
    } finally {
      await browser.close();
    }
  });
}

test('a 9 MB document is read, planned and written without loss', async () => {
  const browser = await launch();
  try {
    const state = freshState();
    const big = 'A long note about the interview. '.repeat(9 * 1024 * 1024 / 33);
    state.processes[0].notes.push({ kind: 'detail', text: big });
    await seedState(browser, state);
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.locator('li.action[data-kind="thank_you"]').waitFor({ timeout: 20000 });
    const answer = await ask(popup, { type: 'mark_done', process: 'acme-analyst', kind: 'thank_you', contact: 'jordan' });
    const after = await readState(browser);
    if (answer.type === 'saved') {
      assert.equal(after.processes[0].events.length, 1);
    } else {
      assert.match(answer.message, /quota|space|storage/i, 'a failed write says why');
    }
    assert.equal(after.processes[0].notes.at(-1).text.length, big.length, 'the big note is intact');
  } finally {
    await browser.close();
  }
});

/** A reply event the popup would record. */
const reply = (i) => ({ process: 'acme-analyst', event: { at: iso(new Date(Date.now() - (100 - i) * 1000)), kind: 'reply', from: 'morgan', says: 'later', note: `reply ${i}` } });

test('two popups recording at once lose no event (the engine is the single writer)', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const [a, b] = await Promise.all([openExtensionPage(browser, 'popup.html'), openExtensionPage(browser, 'popup.html')]);
    await a.locator('li.action').first().waitFor({ timeout: 10000 });
    const send = (page, from) => page.evaluate((events) => Promise.all(events.map((e) => chrome.runtime.sendMessage({ type: 'record', ...e }))), Array.from({ length: 15 }, (_, i) => reply(from + i)));
    const answers = (await Promise.all([send(a, 0), send(b, 50)])).flat();
    assert.ok(answers.every((x) => x.type === 'saved'), JSON.stringify(answers.find((x) => x.type !== 'saved')));
    const notes = (await readState(browser)).processes[0].events.map((e) => e.note).sort();
    assert.equal(notes.length, 30);
    assert.equal(new Set(notes).size, 30);
  } finally {
    await browser.close();
  }
});

test('a worker stopped in the middle of writes loses no acknowledged event and comes back', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.locator('li.action').first().waitFor({ timeout: 10000 });
    const cdp = await browser.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    // Fire writes without waiting, stop every worker in the middle, and collect what was acknowledged.
    const pending = popup.evaluate((events) => Promise.all(events.map((e) => chrome.runtime.sendMessage({ type: 'record', ...e }).then((a) => [e.event.note, a ? a.type : 'lost'], () => [e.event.note, 'lost']))), Array.from({ length: 20 }, (_, i) => reply(i)));
    await new Promise((r) => setTimeout(r, 5));
    await cdp.send('ServiceWorker.stopAllWorkers');
    const outcomes = await pending;
    const acknowledged = outcomes.filter(([, t]) => t === 'saved').map(([n]) => n);
    // The worker starts again for the next message, reloads the state and answers.
    const overview = await until(() => ask(popup, { type: 'overview' }).catch(() => ({})), (a) => a.type === 'overview', 'the engine answering again');
    const kept = overview.state.processes[0].events.map((e) => e.note);
    for (const note of acknowledged) assert.ok(kept.includes(note), `${note} was acknowledged, then lost`);
    const inStorage = (await stored(browser)).afterview.processes[0].events.map((e) => e.note);
    assert.deepEqual(inStorage.sort(), kept.sort(), 'the engine holds what storage holds');
  } finally {
    await browser.close();
  }
});
