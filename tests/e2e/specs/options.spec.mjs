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

test('import: a bad file is refused with its line and changes nothing; a good one is previewed, then merged', async () => {
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
    assert.match(await alert.innerText(), /line 2/);
    assert.match(await alert.innerText(), /Nothing was changed/);
    assert.equal(await options.getByRole('button', { name: /Merge this file/ }).isVisible(), false);

    await picker.setInputFiles(file('wrong.json', JSON.stringify({ schema: 1, processes: [{ id: 'x', company: 'X', events: [{ at: 'soon', kind: 'sent' }] }] })));
    await until(() => alert.innerText(), (t) => /processes\[0\]\.events\[0\]\.at/.test(t), 'the path of the bad field');
    assert.deepEqual(await readState(browser), before);

    await picker.setInputFiles(file('globex.json', JSON.stringify(otherExport())));
    const preview = options.locator('.import [role="status"]');
    await until(() => preview.innerText(), (t) => /1 applications, 1 contacts and 0 events/.test(t), 'the preview');
    assert.deepEqual(await readState(browser), before, 'a preview changes nothing');
    await options.getByRole('button', { name: /Merge this file/ }).click();
    await until(() => preview.innerText(), (t) => /Imported: 1 applications/.test(t), 'the merge');
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
    await until(() => browser.worker.evaluate(() => chrome.storage.local.get(null)), (all) => Object.keys(all).length === 0, 'everything gone');
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

test('"Add an application": the timeline is read live, and the saved application is planned', async () => {
  const browser = await launch();
  try {
    const options = await openExtensionPage(browser, 'options.html');
    await options.getByLabel('Company').waitFor({ timeout: 10000 });
    await options.getByLabel('Company').fill('Initech');
    await options.getByLabel('Role', { exact: true }).fill('Analyst');
    const start = new Date(Date.now() - 3 * 3600000);
    const local = new Date(start.getTime() - start.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
    await options.getByLabel('Interview starts (your time)').fill(local);
    await options.getByLabel(/Who interviewed you/).fill('Jordan Lee <jordan.lee@initech.example>\nPat Kim');
    await options.getByLabel('What they said about their timeline').pressSequentially("We'll decide by the end of next week");
    await until(() => options.locator('#timeline-reading').innerText(), (t) => /^Reads as: a decision by \w+day \d+ \w+\.$/.test(t), 'the live reading');
    await options.getByLabel(/What you talked about/).fill('the churn model');
    await options.getByRole('button', { name: 'Add application' }).click();
    // The page answers in place (a form the browser submitted would reload it, blank).
    await until(() => options.locator('form.application p.status').innerText(), (t) => t.startsWith('Added.'), 'the answer on the page');
    const state = await until(() => readState(browser), (s) => Boolean(s && s.processes.length === 1), 'the saved application');
    const p = state.processes[0];
    assert.equal(p.id, 'initech-analyst');
    assert.deepEqual(p.contacts.map((c) => c.name), ['Jordan Lee', 'Pat Kim']);
    assert.deepEqual(p.interviews[0].contacts, ['jordan', 'pat']);
    assert.equal(p.interviews[0].timeline, "We'll decide by the end of next week");
    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.locator('li.action[data-kind="thank_you"]').first().waitFor({ timeout: 10000 });
  } finally {
    await browser.close();
  }
});

test('editing an application: the form shows the latest interview; a correction and a new round are saved, nothing else lost', async () => {
  const browser = await launch();
  try {
    const seeded = freshState();
    seeded.processes[0].extra_from_a_newer_build = { kept: true };
    await seedState(browser, seeded);
    const options = await openExtensionPage(browser, 'options.html');
    await options.getByLabel('Application', { exact: true }).waitFor({ timeout: 10000 });
    await options.getByLabel('Application', { exact: true }).selectOption({ label: 'Acme Corp — Data Analyst' });
    assert.equal(await options.getByLabel('Company').inputValue(), 'Acme Corp');
    assert.equal(await options.getByLabel(/Who interviewed you/).inputValue(), 'Jordan Lee <jordan.lee@acme.example>');
    assert.equal(await options.getByLabel(/What you talked about/).inputValue(), 'the plan to rebuild the weekly revenue dashboard');
    assert.match(await options.locator('#timeline-reading').innerText(), /^Reads as: a decision by /, 'the timeline is read as soon as it is shown');
    const start = await options.getByLabel('Interview starts (your time)').inputValue();
    assert.match(start, /^\d{4}-\d\d-\d\dT\d\d:\d\d$/);

    // A correction: the role and the people of the latest interview.
    await options.getByLabel('Role', { exact: true }).fill('Senior Data Analyst');
    await options.getByLabel(/Who interviewed you/).fill('Jordan Lee <jordan.lee@acme.example>\nMorgan Diaz');
    await options.getByRole('button', { name: 'Save changes' }).click();
    await until(() => options.locator('form.application p.status').innerText(), (t) => t.startsWith('Saved.'), 'the saved edit');
    let state = await readState(browser);
    let p = state.processes[0];
    assert.equal(p.role, 'Senior Data Analyst');
    assert.equal(p.interviews.length, 1);
    assert.deepEqual(p.interviews[0].contacts, ['jordan', 'morgan'], 'Morgan, already a contact, is not added twice');
    assert.equal(p.contacts.length, 2);
    assert.equal(p.notes.length, 3, 'notes the form does not show (strengths) are kept');
    assert.deepEqual(p.extra_from_a_newer_build, { kept: true });
    assert.equal(await options.getByLabel('Application', { exact: true }).inputValue(), 'acme-analyst', 'the list follows the saved name');

    // Another round, two days later, with a new interviewer.
    const later = new Date(Date.parse(`${start}:00Z`) + 2 * 86400000).toISOString().slice(0, 16);
    await options.getByLabel('The interview below').selectOption('add_round');
    await options.getByLabel('Interview starts (your time)').fill(later);
    await options.getByLabel(/Who interviewed you/).fill('Pat Kim <pat.kim@acme.example>');
    await options.getByRole('button', { name: 'Save changes' }).click();
    state = await until(() => readState(browser), (s) => s.processes[0].interviews.length === 2, 'the second round');
    p = state.processes[0];
    assert.deepEqual(p.interviews[0].contacts, ['jordan', 'morgan'], 'the first round is untouched');
    assert.deepEqual(p.interviews[1].contacts, ['pat']);
    assert.equal(Date.parse(p.interviews[1].start) - Date.parse(p.interviews[0].start), 2 * 86400000);
  } finally {
    await browser.close();
  }
});
