// The options page: export, import (previewed, replace or merge; a bad file changes
// nothing and says exactly why) and delete everything (a second click confirms).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshState, launch, openExtensionPage, readState, repoRoot, seedState, until } from '../harness.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'afterview-import-'));
const file = (name, text) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};

/** A second application, as another browser would export it. */
function otherExport() {
  const state = freshState();
  state.processes[0].id = 'globex-pm';
  state.processes[0].company = 'Globex';
  state.processes[0].contacts = [{ id: 'ben', name: 'Ben Okafor', email: 'ben.okafor@globex.example', role: 'interviewer' }];
  state.processes[0].interviews[0].contacts = ['ben'];
  state.processes[0].notes = [];
  return state;
}

test('import: a bad file is refused in plain words and changes nothing; a good one is previewed, then merged', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const before = await readState(browser);
    const options = await openExtensionPage(browser, 'options.html');
    const picker = options.getByLabel('Afterview export (JSON)');
    await picker.waitFor({ timeout: 10000 });

    await picker.setInputFiles(file('broken.json', '{"schema": 1,\n "processes": [ {"id": }\n]}'));
    const alert = options.locator('.import [role="alert"]');
    await until(() => alert.innerText(), (t) => /cannot be imported/.test(t), 'the refusal');
    assert.match(await alert.innerText(), /damaged or cut short/);
    assert.match(await alert.innerText(), /Nothing was changed/);
    assert.equal(await options.getByRole('button', { name: /Merge this file/ }).isVisible(), false);

    await picker.setInputFiles(file('wrong.json', JSON.stringify({ schema: 1, processes: [{ id: 'x', company: 'X', events: [{ at: 'soon', kind: 'sent' }] }] })));
    await until(() => alert.innerText(), (t) => /processes\[0\]\.events\[0\]\.at/.test(t), 'the path of the bad field');
    assert.deepEqual(await readState(browser), before);

    await picker.setInputFiles(file('globex.json', JSON.stringify(otherExport())));
    const preview = options.locator('.import [role="status"]');
    await until(() => preview.innerText(), (t) => /1 application, 2 contacts and 0 events|1 application, 1 contact and 0 events/.test(t), 'the preview');
    assert.deepEqual(await readState(browser), before, 'a preview changes nothing');
    await options.getByRole('button', { name: /Merge this file/ }).click();
    await until(() => preview.innerText(), (t) => /Imported: 1 application/.test(t), 'the merge');
    const after = await readState(browser);
    assert.deepEqual(after.processes.map((p) => p.id), ['acme-analyst', 'globex-pm']);
  } finally {
    await browser.close();
  }
});

test('import can replace everything, and "Delete all data" asks twice', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const options = await openExtensionPage(browser, 'options.html');
    const picker = options.getByLabel('Afterview export (JSON)');
    await picker.waitFor({ timeout: 10000 });
    await picker.setInputFiles(file('replace.json', JSON.stringify(otherExport())));
    await options.getByRole('button', { name: /Replace my data/ }).click();
    await until(() => readState(browser), (s) => s.processes.length === 1 && s.processes[0].id === 'globex-pm', 'the replacement');

    const remove = options.getByRole('button', { name: 'Delete all data' });
    await remove.click();
    assert.equal((await readState(browser)).processes.length, 1, 'one click deletes nothing');
    await options.getByRole('button', { name: /Click again to delete everything/ }).click();
    // Everything the user had is gone; only the harness's own test switch stays.
    await until(() => browser.worker.evaluate(() => chrome.storage.local.get(null)), (all) => Object.keys(all).every((key) => key === 'afterview_test_attributes'), 'everything gone');
  } finally {
    await browser.close();
  }
});

test('the .ics export holds every upcoming action as a VEVENT with a VALARM, valid for an iCalendar parser', async () => {
  const { default: ICAL } = await import('ical.js');
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const options = await openExtensionPage(browser, 'options.html');
    const link = options.getByRole('link', { name: 'Export calendar (.ics)' });
    await link.waitFor({ timeout: 10000 });
    const [download] = await Promise.all([options.waitForEvent('download'), link.click()]);
    assert.equal(download.suggestedFilename(), 'afterview-follow-ups.ics');
    const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
    assert.ok(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'folded at 75 octets');
    const calendar = new ICAL.Component(ICAL.parse(text));
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const titles = events.map((e) => e.summary);
    assert.ok(titles.includes('Thank Jordan Lee'), titles.join(' | '));
    assert.ok(titles.includes('Check in with Morgan Diaz'), titles.join(' | '));
    const thanks = events.find((e) => e.summary === 'Thank Jordan Lee').description;
    const messages = JSON.parse(readFileSync(join(repoRoot, 'extension', '_locales', 'en', 'messages.json'), 'utf8'));
    assert.ok(thanks.endsWith(`\n\n${messages.rule_T1_title.message}. ${messages.rule_T1_why.message}`), thanks);
    for (const event of events) {
      assert.ok(event.startDate.toJSDate() > new Date(Date.now() - 86400000));
      // The reason, then its rule in plain words (no bare code such as "(T1)").
      assert.match(event.description, /^[^\n]+\n\n[^\n]+\. [^\n]+\.$/);
      assert.doesNotMatch(event.description, /\([A-Z]\d\)/);
      assert.equal(event.component.getAllSubcomponents('valarm').length, 1);
    }
  } finally {
    await browser.close();
  }
});

test('the last change can be undone from the options page too', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const options = await openExtensionPage(browser, 'options.html');
    await options.getByLabel('Your name (signs every draft)').fill('Sam R.');
    await options.getByRole('button', { name: 'Save profile' }).click();
    await until(() => readState(browser), (s) => s.profile.name === 'Sam R.', 'the saved name');
    await options.reload();
    await options.getByText('Last change:').waitFor({ timeout: 10000 });
    await options.getByRole('button', { name: 'Undo' }).click();
    await until(() => readState(browser), (s) => s.profile.name === 'Sam Rivera', 'the name as it was');
    await until(() => options.getByLabel('Your name (signs every draft)').inputValue(), (v) => v === 'Sam Rivera', 'the form drawn again');
  } finally {
    await browser.close();
  }
});

test('the spelling system: the browser\'s language until chosen on the options page, and a word spelt the other way gets a gentle note with the chosen form', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    /** The spelling notes the engine gives a draft holding `word`. */
    const notes = (word) => browser.worker.evaluate(async (body) => {
      const engine = await globalThis.afterviewReady;
      const answer = await engine.engine_page_message({ type: 'check', draft: { channel: 'email', to: ['jordan.lee@acme.example'], cc: [], subject: 'Thank you', body } });
      return answer.report.findings.filter((f) => f.id === 'spelling').map((f) => ({ fix: f.fix, severity: f.severity }));
    }, `Hi Jordan,\n\nThank you for showing me the ${word} dashboards today.\n\nBest,\nSam`);
    // Nothing chosen: the browser's language (American English here).
    await until(() => notes('colour'), (n) => n.length === 1 && n[0].fix === 'color', 'the American form');
    assert.equal((await notes('colour'))[0].severity, 'info');
    assert.deepEqual(await notes('color'), []);

    const options = await openExtensionPage(browser, 'options.html');
    const select = options.locator('#profile-spelling');
    await select.waitFor();
    assert.equal(await select.inputValue(), 'us', 'preselected from the browser');
    await select.selectOption('uk');
    await options.getByRole('button', { name: 'Save profile' }).click();
    await until(() => readState(browser), (s) => s.profile.spelling === 'uk', 'the profile saved with British English');
    await until(() => notes('color'), (n) => n.length === 1 && n[0].fix === 'colour', 'the British form');
    assert.deepEqual(await notes('colour'), []);
  } finally {
    await browser.close();
  }
});

test('a profile saved from a page drawn before a change in another tab keeps that change', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const stale = await openExtensionPage(browser, 'options.html');
    await stale.locator('#profile-spelling').waitFor();
    await stale.locator('#profile-name').fill('Sam R. Rivera');
    const other = await openExtensionPage(browser, 'options.html');
    await other.locator('#profile-spelling').selectOption('au');
    await other.getByRole('button', { name: 'Save profile' }).click();
    await until(() => readState(browser), (s) => s.profile.spelling === 'au', 'the spelling chosen in the other tab');
    await stale.getByRole('button', { name: 'Save profile' }).click();
    const saved = await until(() => readState(browser), (s) => s.profile.name === 'Sam R. Rivera', 'the name saved from the first tab');
    assert.equal(saved.profile.spelling, 'au', 'the other tab\'s choice kept');
    assert.equal(saved.profile.timezone, 'America/New_York');
  } finally {
    await browser.close();
  }
});

