// The site detectors: each adapter claims its own example URLs and no other site's (the
// promise of SiteAdapter.exampleUrls in extension/content/messages.js). The content
// scripts run here as they are, in a bare script context: detection needs no page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { repoRoot } from '../harness.mjs';

const SCRIPTS = ['messages.js', 'sites/labels.js', 'sites/gmail.js', 'sites/outlook.js', 'sites/linkedin.js'];

/** The adapters, as main.js sees them in `afterviewSites`. */
function adapters() {
  const context = vm.createContext({ URL });
  for (const name of SCRIPTS) {
    const path = join(repoRoot, 'extension', 'content', name);
    vm.runInContext(readFileSync(path, 'utf8'), context, { filename: path });
  }
  return [...vm.runInContext('afterviewSites', context)];
}

const sites = adapters();

test('there is one adapter for each site, each with example URLs', () => {
  assert.deepEqual(sites.map((s) => s.name).sort(), ['gmail', 'linkedin', 'outlook']);
  for (const site of sites) assert.ok(site.exampleUrls.length > 0, `${site.name} has example URLs`);
});

for (const site of sites) {
  test(`${site.name}: its own example URLs match, and no other site's do`, () => {
    for (const url of site.exampleUrls) assert.ok(site.matchesUrl(new URL(url)), `${site.name} matches ${url}`);
    for (const other of sites.filter((s) => s !== site)) {
      for (const url of other.exampleUrls) {
        assert.equal(site.matchesUrl(new URL(url)), false, `${site.name} must not match ${other.name}'s ${url}`);
      }
    }
  });
}

test('pages of no supported site match no adapter', () => {
  for (const url of ['https://www.google.com/search?q=mail.google.com', 'https://mail.yahoo.com/', 'https://linkedin.com.example.org/in/x', 'https://outlook.com.example.net/mail/']) {
    assert.deepEqual(sites.filter((s) => s.matchesUrl(new URL(url))).map((s) => s.name), [], url);
  }
});
