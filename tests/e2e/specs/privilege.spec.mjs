// Least privilege and no HTML from data: the manifest asks for exactly what the product
// needs, the extension pages' CSP stays strict, and no code in extension/ (or the Rust UI
// behind it) evaluates strings or parses HTML. Failures say which file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../harness.mjs';

// activeTab, scripting and contextMenus: "Check with Afterview" on any page, which only the
// user's gesture (the toolbar button, the menu, the command) opens to the extension, once.
const PERMISSIONS = ['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'storage'];
const HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://www.linkedin.com/*',
];
const CSP = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'";

/** Every file under `dir` whose name ends with one of `endings`. */
function files(dir, endings) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, endings));
    else if (endings.some((e) => name.endsWith(e))) out.push(path);
  }
  return out;
}

for (const where of ['extension', 'dist/chrome', 'dist/firefox']) {
  test(`${where}/manifest.json asks for storage, alarms, notifications, activeTab, scripting, contextMenus and the five hosts, no more`, () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, where, 'manifest.json'), 'utf8'));
    assert.deepEqual([...manifest.permissions].sort(), PERMISSIONS);
    assert.deepEqual([...manifest.host_permissions].sort(), HOSTS);
    assert.equal(manifest.optional_permissions, undefined);
    assert.equal(manifest.optional_host_permissions, undefined);
    assert.equal(manifest.externally_connectable, undefined, 'no web page may message the extension');
    assert.equal(manifest.web_accessible_resources, undefined, 'no extension file is exposed to pages');
    assert.equal(manifest.content_security_policy.extension_pages, CSP);
    for (const script of manifest.content_scripts) {
      for (const match of script.matches) assert.ok(HOSTS.includes(match), `content script on ${match}`);
    }
  });
}

/** What must never appear in extension code: string evaluation and HTML parsing. */
const FORBIDDEN_JS = [
  [/\beval\s*\(/, 'eval('],
  [/\bnew\s+Function\s*\(/, 'new Function('],
  [/\.innerHTML\s*[+]?=/, 'innerHTML ='],
  [/\.outerHTML\s*[+]?=/, 'outerHTML ='],
  [/\binsertAdjacentHTML\s*\(/, 'insertAdjacentHTML('],
  [/\bdocument\.write(ln)?\s*\(/, 'document.write('],
  [/\bset(Timeout|Interval)\s*\(\s*['"`]/, 'a string timer'],
  [/\bcreateContextualFragment\s*\(/, 'createContextualFragment('],
  [/\bDOMParser\b/, 'DOMParser'],
];
const FORBIDDEN_RUST = [
  [/\bset_inner_html\s*\(/, 'set_inner_html('],
  [/\bset_outer_html\s*\(/, 'set_outer_html('],
  [/\binsert_adjacent_html\s*\(/, 'insert_adjacent_html('],
  [/\bjs_sys::eval\b|\bFunction::new_with_args\b|\bFunction::new_no_args\b/, 'eval through js_sys'],
  [/\bcreate_contextual_fragment\s*\(/, 'create_contextual_fragment('],
];

/** Lines matching a forbidden pattern, as `file:line: what`. */
function offences(paths, rules) {
  const found = [];
  for (const path of paths) {
    readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
      for (const [pattern, what] of rules) {
        if (pattern.test(line)) found.push(`${relative(repoRoot, path)}:${i + 1}: ${what}`);
      }
    });
  }
  return found;
}

test('no eval, new Function, innerHTML, outerHTML, insertAdjacentHTML or document.write in extension/ and www/', () => {
  const ours = [...files(join(repoRoot, 'extension'), ['.js', '.html']), ...files(join(repoRoot, 'www'), ['.js', '.html'])]
    .filter((p) => !p.includes(`${join('extension', 'pkg')}`) && !p.includes(`${join('www', 'pkg')}`));
  assert.deepEqual(offences(ours, FORBIDDEN_JS), []);
});

test('the generated wasm glue evaluates no strings either', () => {
  const glue = files(join(repoRoot, 'extension', 'pkg'), ['.js']);
  assert.ok(glue.length > 0, 'built first by make build');
  assert.deepEqual(offences(glue, FORBIDDEN_JS.slice(0, 2)), []);
});

test('the Rust UI builds the DOM from nodes and text only', () => {
  assert.deepEqual(offences(files(join(repoRoot, 'src', 'web'), ['.rs']), FORBIDDEN_RUST), []);
});

test('the lint catches what it is for', () => {
  const caught = FORBIDDEN_JS.filter(([pattern]) =>
    ['eval(x)', 'new Function("a")', 'el.innerHTML = name', 'el.outerHTML += x', 'el.insertAdjacentHTML("beforeend", x)',
      'document.write(x)', "setTimeout('go()', 1)", 'range.createContextualFragment(x)', 'new DOMParser()'].some((line) => pattern.test(line)),
  );
  assert.equal(caught.length, FORBIDDEN_JS.length);
  assert.ok(!FORBIDDEN_JS.some(([pattern]) => pattern.test('node.textContent = name')));
});
