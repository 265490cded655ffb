// Nothing lost, nothing stuck: a write the browser refuses changes nothing (memory and
// disk stay equal) and says how to keep a copy; Import → Replace is the way out of a
// document the engine could not read; "Delete all data" keeps that document's copy until
// its own button deletes it; Export writes the state as it is at the click.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshState, launch, openExtensionPage, readState, seedState, until } from '../harness.mjs';

/** Sends a UI message to the engine from an extension page, as the popup does. */
const ask = (page, message) => page.evaluate((m) => chrome.runtime.sendMessage(m), message);

const reply = { type: 'record', process: 'acme-analyst', event: { at: '2026-11-24T10:00:00-05:00', kind: 'reply', from: 'morgan', says: 'later' } };

test('a write refused for the quota changes nothing, in memory or on disk, and says how to keep a copy', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.locator('li.action').first().waitFor({ timeout: 10000 });
    await browser.worker.evaluate(() => {
      const area = chrome.storage.local;
      globalThis.realSet = area.set.bind(area);
      area.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    });
    const answer = await ask(popup, reply);
    assert.equal(answer.type, 'error');
    assert.match(answer.message, /QUOTA_BYTES quota exceeded/);
    assert.match(answer.message, /nothing was changed/);
    assert.match(answer.message, /Export your data from the options page/);
    const overview = await ask(popup, { type: 'overview' });
    assert.deepEqual(overview.state.processes[0].events, [], 'memory did not take the change');
    await browser.worker.evaluate(() => {
      chrome.storage.local.set = globalThis.realSet;
    });
    assert.deepEqual((await readState(browser)).processes[0].events, [], 'nor did the disk');
    assert.equal((await ask(popup, reply)).type, 'saved', 'the next write goes through');
    assert.equal((await readState(browser)).processes[0].events.length, 1);
  } finally {
    await browser.close();
  }
});

test('Mark done in the popup refused for the quota says so where the user clicked, and the button waits while it is sent', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const popup = await openExtensionPage(browser, 'popup.html');
    const card = popup.locator('li.action[data-kind="thank_you"]');
    await card.waitFor({ timeout: 10000 });
    // Mark done is in the card's menu.
    await card.locator('details.more summary').click();
    const done = card.getByRole('button', { name: 'Mark done' });
    await done.waitFor({ timeout: 10000 });
    await browser.worker.evaluate(() => {
      chrome.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    });
    await done.click();
    const alert = popup.getByRole('alert');
    await alert.waitFor({ timeout: 5000 });
    assert.match(await alert.innerText(), /QUOTA_BYTES quota exceeded/);
    assert.match(await alert.innerText(), /Export your data from the options page/);
    assert.deepEqual((await readState(browser)).processes[0].events, [], 'nothing written');
  } finally {
    await browser.close();
  }
});

test('Import → Replace recovers from a damaged document; Delete all keeps the kept copy until its own button', async () => {
  const browser = await launch();
  try {
    await seedState(browser, 'this is not JSON {{{');
    const options = await openExtensionPage(browser, 'options.html');
    await options.getByRole('link', { name: 'Download the kept copy' }).waitFor({ timeout: 10000 });
    const answer = await ask(options, { type: 'import', document: freshState(), mode: 'replace' });
    assert.equal(answer.type, 'imported', JSON.stringify(answer));
    assert.equal((await readState(browser)).processes[0].id, 'acme-analyst');
    const overview = await ask(options, { type: 'overview' });
    assert.equal(overview.problem, null, 'the engine uses the imported state');
    assert.equal(await browser.worker.evaluate(async () => (await chrome.storage.local.get('afterview_backup')).afterview_backup), 'this is not JSON {{{');

    await options.reload();
    const remove = options.getByRole('button', { name: 'Delete all data' });
    await remove.click();
    await options.getByRole('button', { name: /Click again to delete everything/ }).click();
    await until(() => readState(browser), (s) => s === undefined, 'everything deleted');
    assert.equal(await browser.worker.evaluate(async () => (await chrome.storage.local.get('afterview_backup')).afterview_backup), 'this is not JSON {{{', 'the kept copy stays');

    await options.reload();
    await options.getByRole('button', { name: 'Delete the kept copy' }).click();
    await options.getByRole('button', { name: /Click again to delete the kept copy/ }).click();
    await until(() => browser.worker.evaluate(async () => Object.keys(await chrome.storage.local.get('afterview_backup')).length), (n) => n === 0, 'the kept copy deleted');
  } finally {
    await browser.close();
  }
});

test('after the engine traps while starting on the stored data, the options page still exports it, replaces it and deletes everything', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    // The next two time zones the engine builds trap (the browser's Intl calls back into
    // the wasm with a table index past its end): one while it reloads a changed
    // document, one again while it starts afresh from that document.
    await browser.worker.evaluate(async () => {
      const exports = await (await globalThis.afterviewReady).default();
      const Real = Intl.DateTimeFormat;
      let traps = 2;
      Intl.DateTimeFormat = /** @type {any} */ (function (/** @type {any[]} */ ...args) {
        if (traps > 0) {
          traps -= 1;
          exports.__externref_table_dealloc(0x7fffffff);
        }
        return new Real(...args);
      });
    });
    const moved = freshState();
    moved.profile.timezone = 'Asia/Kolkata';
    await browser.worker.evaluate((s) => chrome.storage.local.set({ afterview: s }), moved);

    const options = await openExtensionPage(browser, 'options.html');
    const download = options.getByRole('link', { name: 'Download the kept copy' });
    await download.waitFor({ timeout: 15000 });
    const [file] = await Promise.all([options.waitForEvent('download'), download.click()]);
    const kept = JSON.parse(Buffer.concat(await (await file.createReadStream()).toArray()).toString('utf8'));
    assert.equal(kept.profile.timezone, 'Asia/Kolkata', 'the stored document, untouched');

    const answer = await ask(options, { type: 'import', document: freshState(), mode: 'replace' });
    assert.equal(answer.type, 'imported', JSON.stringify(answer));
    assert.equal((await ask(options, { type: 'overview' })).problem, null, 'the engine uses the imported state');

    await options.reload();
    await options.getByRole('button', { name: 'Delete all data' }).click();
    await options.getByRole('button', { name: /Click again to delete everything/ }).click();
    await until(() => readState(browser), (s) => s === undefined, 'everything deleted');
  } finally {
    await browser.close();
  }
});

test('Export writes the state as it is at the click, with an application added after the page opened', async () => {
  const browser = await launch();
  try {
    await seedState(browser, { schema: 1, profile: { name: 'Sam Rivera', timezone: 'America/New_York' }, processes: [] });
    const options = await openExtensionPage(browser, 'options.html');
    const exportButton = options.getByRole('button', { name: 'Export JSON' });
    await exportButton.waitFor({ timeout: 10000 });
    // Added on the applications page, in another tab, while the options page is open.
    const dashboard = await openExtensionPage(browser, 'dashboard.html');
    await dashboard.getByLabel('Company', { exact: true }).fill('Initech');
    await dashboard.getByRole('button', { name: 'Add', exact: true }).click();
    await until(() => readState(browser), (s) => s.processes.length === 1, 'the added application');
    const [file] = await Promise.all([options.waitForEvent('download'), exportButton.click()]);
    const text = Buffer.concat(await (await file.createReadStream()).toArray()).toString('utf8');
    const exported = JSON.parse(text);
    assert.equal(exported.processes.length, 1);
    assert.equal(exported.processes[0].company, 'Initech');
  } finally {
    await browser.close();
  }
});
