// UI strings (issue 7): the Rust pages take their words from _locales/en/messages.json
// through src/web/i18n.rs. A key used in the code but missing from the file would show
// as the key itself, and a key nobody uses is dead text for translators.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../harness.mjs';

const messages = JSON.parse(readFileSync(join(repoRoot, 'extension', '_locales', 'en', 'messages.json'), 'utf8'));
const webDir = join(repoRoot, 'src', 'web');
const rust = readdirSync(webDir)
  .filter((f) => f.endsWith('.rs'))
  .map((f) => readFileSync(join(webDir, f), 'utf8'))
  .join('\n');
const manifest = readFileSync(join(repoRoot, 'extension', 'manifest.json'), 'utf8');

test('every key the pages ask for is in the English messages.json, with a description', () => {
  const asked = new Set([...rust.matchAll(/\btext(?:_with)?\(\s*"([a-z0-9_]+)"/g)].map((m) => m[1]));
  assert.ok(asked.size >= 20, `the pages ask for ${asked.size} keys`);
  for (const key of asked) {
    assert.ok(messages[key], `"${key}" is used in src/web but missing from messages.json`);
    assert.ok(messages[key].description, `"${key}" has no description for translators`);
  }
});

test('every key in messages.json is used by the pages or the manifest', () => {
  for (const key of Object.keys(messages)) {
    const used = rust.includes(`"${key}"`) || manifest.includes(`__MSG_${key}__`);
    assert.ok(used, `"${key}" is in messages.json but nothing uses it`);
  }
});

test('substitutions are numbered $1…$9 and every message has text', () => {
  for (const [key, { message }] of Object.entries(messages)) {
    assert.ok(typeof message === 'string' && message.trim(), `"${key}" has no message`);
    for (const [, n] of message.matchAll(/\$(\d+)/g)) assert.ok(Number(n) >= 1 && Number(n) <= 9, `"${key}" uses $${n}`);
  }
});
