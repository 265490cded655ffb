// Firefox: every page of the add-on, in light and dark, the popup at 400 px and the
// others at 390 and 1280 px, has no axe-core violation and no horizontal scroll; and
// the pages are read at 14 px there too.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { freshState } from '../harness.mjs';
import { launchFirefox, openExtensionPage, seedState } from '../firefox.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** @type {import('../firefox.mjs').Firefox} */
let firefox;
before(async () => {
  firefox = await launchFirefox();
  await seedState(firefox, freshState());
});
after(async () => {
  await firefox?.close();
});

/**
 * Makes the pages' `prefers-color-scheme` `scheme` (Firefox's own override, set in its
 * parent process: 0 dark, 1 light).
 * @param {'light' | 'dark'} scheme
 */
async function colorScheme(scheme) {
  await firefox.bidi.send('script.callFunction', {
    functionDeclaration: `(value) => Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', value)`,
    arguments: [{ type: 'number', value: scheme === 'dark' ? 0 : 1 }],
    target: { context: firefox.chromeContext },
    awaitPromise: false,
  });
}

/** What each page is checked with open: [path, ready selector, what to open first]. */
const PAGES = [
  ['popup.html', 'li.action', 'li.action[data-kind="thank_you"] details.more > summary, li.action[data-kind="thank_you"] details.draft > summary'],
  ['dashboard.html', 'tbody tr', ''],
  ['dashboard.html#application=acme-analyst', 'section.people', 'details.fold > summary'],
  ['dashboard.html#welcome', '#welcome-name', ''],
  ['options.html', 'form', ''],
];

for (const scheme of /** @type {const} */ (['light', 'dark'])) {
  test(`Firefox: every page has no axe-core violation and fits, at 390 and 1280 px (the popup at 400) (${scheme})`, async () => {
    await colorScheme(scheme);
    const found = [];
    for (const width of [390, 1280]) {
      for (const [path, ready, open] of PAGES) {
        const page = await openExtensionPage(firefox, path);
        try {
          const wide = path === 'popup.html' ? 400 : width;
          await page.setViewport({ width: wide, height: 900 });
          await page.waitForSelector(ready, { timeout: 10000 });
          if (open) await page.$$eval(open, (summaries) => summaries.forEach((s) => s instanceof HTMLElement && s.click()));
          assert.equal(await page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, scheme), true, 'the scheme applies');
          await page.evaluate(axeSource);
          const result = await page.evaluate(() => /** @type {any} */ (window).axe.run(document, { resultTypes: ['violations'] }));
          found.push(...result.violations.flatMap((/** @type {any} */ v) => v.nodes.map((/** @type {any} */ n) => `${path} at ${wide}: ${v.id}: ${n.target.join(' ')}`)));
          const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
          if (path !== 'popup.html' && scroll > wide) found.push(`${path} at ${wide}: ${scroll} px wide`);
        } finally {
          await page.close();
        }
      }
    }
    assert.deepEqual(found, []);
  });
}

test('Firefox: the popup\'s text is 14 px', async () => {
  const popup = await openExtensionPage(firefox, 'popup.html');
  try {
    await popup.waitForSelector('li.action .action-why', { timeout: 10000 });
    assert.equal(await popup.$eval('li.action .action-why', (e) => getComputedStyle(e).fontSize), '14px');
  } finally {
    await popup.close();
  }
});
