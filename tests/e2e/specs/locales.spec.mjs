// UI strings: the Rust pages (src/web/i18n.rs), the pages' HTML (data-i18n) and
// the in-page panel (extension/content/strings.js) take their words from
// _locales/en/messages.json. A key used but missing from the file would show as the key
// itself, and a key nobody uses is dead text for translators.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../harness.mjs';

const messages = JSON.parse(readFileSync(join(repoRoot, 'extension', '_locales', 'en', 'messages.json'), 'utf8'));

/** The text of every file under `dir` (recursively) whose name ends with one of `endings`. */
function sources(dir, endings) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && endings.some((end) => e.name.endsWith(end)))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

const rust = sources(join(repoRoot, 'src', 'web'), ['.rs']);
const content = sources(join(repoRoot, 'extension', 'content'), ['.js']);
const html = [join(repoRoot, 'extension', 'popup.html'), join(repoRoot, 'extension', 'dashboard.html'), join(repoRoot, 'extension', 'options.html'), join(repoRoot, 'www', 'index.html')]
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const manifest = readFileSync(join(repoRoot, 'extension', 'manifest.json'), 'utf8');
/** The worker: the context menu's title (chrome.i18n.getMessage). */
const worker = readFileSync(join(repoRoot, 'extension', 'background.js'), 'utf8');
/** The rules' plain words, asked for by rule id (rule_T1_title, rule_T1_why) for each rule of the core's registry. */
const rules = readFileSync(join(repoRoot, 'src', 'core', 'plan', 'rules.rs'), 'utf8');
const ruleKeys = new Set([...rules.matchAll(/\bid: "([A-Z]\d+)"/g)].flatMap((m) => [`rule_${m[1]}_title`, `rule_${m[1]}_why`]));

/** Every key asked for: text("…")/text_with("…") in Rust, uiText('…') in the content scripts, data-i18n="…" in HTML, getMessage('…') in the worker. */
const asked = new Set([
  ...[...rust.matchAll(/\btext(?:_with)?\(\s*"([a-z0-9_]+)"/g)].map((m) => m[1]),
  ...[...content.matchAll(/\buiText\(\s*'([a-z0-9_]+)'/g)].map((m) => m[1]),
  ...[...html.matchAll(/\bdata-i18n="([a-z0-9_]+)"/g)].map((m) => m[1]),
  ...[...worker.matchAll(/\bgetMessage\(\s*'([a-z0-9_]+)'/g)].map((m) => m[1]),
]);

test('every key the pages and the panel ask for is in the English messages.json, with a description', () => {
  assert.ok(asked.size >= 100, `the UI asks for ${asked.size} keys`);
  for (const key of asked) {
    assert.ok(messages[key], `"${key}" is used but missing from messages.json`);
    assert.ok(messages[key].description, `"${key}" has no description for translators`);
  }
});

test('every key in messages.json is used by the pages, the panel or the manifest', () => {
  for (const key of Object.keys(messages)) {
    // Rust also picks keys in `if` branches (text(if … { "a" } else { "b" })) and tables.
    // A count's forms (`count("count_events", n)` picks count_events_one, _other…) by the plural rules.
    const plural = /^(.+)_(zero|one|two|few|many|other)$/.exec(key);
    const counted = Boolean(plural && rust.includes(`count("${plural[1]}"`));
    const used = asked.has(key) || ruleKeys.has(key) || counted || rust.includes(`"${key}"`) || manifest.includes(`__MSG_${key}__`);
    assert.ok(used, `"${key}" is in messages.json but nothing uses it`);
  }
});

test('the in-page UI sets no English literal where a key belongs', () => {
  // Button and label words in the panel come from uiText; a quoted capitalised phrase
  // handed to panelButton/panelLabel/textContent would be a string translators never see.
  const literal = /(?:panelButton|panelLabel)\(\s*['`][A-Z]|textContent = ['`][A-Z]/g;
  assert.deepEqual([...content.matchAll(literal)].map((m) => m[0]), []);
});

test('substitutions are numbered $1…$9 and every message has text', () => {
  for (const [key, { message }] of Object.entries(messages)) {
    assert.ok(typeof message === 'string' && message.trim(), `"${key}" has no message`);
    for (const [, n] of message.matchAll(/\$(\d+)/g)) assert.ok(Number(n) >= 1 && Number(n) <= 9, `"${key}" uses $${n}`);
  }
});
