// The extension pages and the playground for everyone: axe-core (injected through the
// DevTools protocol, since the pages' CSP blocks inline scripts) reports no violation, in
// light and dark; screenshots go to target/screenshots/ for the README. And the engine's
// alarm still fires after the worker was stopped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PLAYGROUND, axeViolations as violations, freshState, iso, launch, openExtensionPage, playgroundSite, repoRoot, seedState, until } from '../harness.mjs';

const shots = join(repoRoot, 'target', 'screenshots');
mkdirSync(shots, { recursive: true });


/**
 * Waits for the playground's views to be drawn (its popup's actions, its Gmail panel).
 * @param {import('playwright-core').Page} page
 */
async function playgroundReady(page) {
  await page.waitForFunction(
    () => ['popup.html', 'mailbox.html'].every((v) => document.querySelector(`iframe[data-view="${v}"]`)?.contentDocument?.querySelector('li.action, afterview-panel')),
    null,
    { timeout: 60000, polling: 100 },
  );
}

for (const scheme of ['light', 'dark']) {
  test(`popup, options and playground have no axe-core violation (${scheme})`, async () => {
    const browser = await launch({ sites: playgroundSite });
    try {
      await seedState(browser, freshState());
      const popup = await openExtensionPage(browser, 'popup.html');
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 420, height: 600 });
      await popup.locator('li.action').first().waitFor({ timeout: 10000 });
      assert.deepEqual(await violations(popup), []);
      await popup.screenshot({ path: join(shots, `popup-${scheme}.png`) });

      const options = await openExtensionPage(browser, 'options.html');
      await options.emulateMedia({ colorScheme: scheme });
      await options.locator('form').first().waitFor({ timeout: 10000 });
      assert.deepEqual(await violations(options), []);
      await options.screenshot({ path: join(shots, `options-${scheme}.png`), fullPage: true });

      const playground = await browser.context.newPage();
      await playground.emulateMedia({ colorScheme: scheme });
      await playground.setViewportSize({ width: 1280, height: 900 });
      await playground.goto(PLAYGROUND);
      await playgroundReady(playground);
      await playground.getByText('Under the hood').click();
      assert.deepEqual(await violations(playground), []);
      await playground.getByText('Under the hood').click();
      await playground.screenshot({ path: join(shots, `playground-${scheme}.png`), fullPage: true });

      // A 390 px-wide phone: no horizontal scroll, on the page nor in its views.
      await playground.setViewportSize({ width: 390, height: 844 });
      await until(() => playground.evaluate(() => document.documentElement.scrollWidth), (w) => w <= 390, 'the playground within 390 px');
      const widths = await playground.evaluate(() =>
        [...document.querySelectorAll('iframe')].map((f) => [f.dataset.view, f.contentDocument?.documentElement.scrollWidth, f.clientWidth]),
      );
      for (const [view, inner, outer] of widths) assert.ok(Number(inner) <= Number(outer), `${view}: ${inner} > ${outer}`);
      assert.deepEqual(await violations(playground), []);
    } finally {
      await browser.close();
    }
  });
}

/**
 * Every extension page, as a user sees it at `width`: the popup with a card's menu and
 * draft open; the list; one application with every part open; the welcome; the options.
 * @param {import('../harness.mjs').Browser} browser
 * @param {'light' | 'dark'} scheme
 */
async function everyPage(browser, scheme, width) {
  /** @type {[string, string, (page: import('playwright-core').Page) => Promise<void>][]} */
  const pages = [
    ['popup.html', 'li.action', async (page) => {
      const card = page.locator('li.action[data-kind="thank_you"]');
      await card.locator('details.more summary').click();
      await card.getByText('Read and edit the draft', { exact: true }).click();
    }],
    ['dashboard.html', 'tbody tr', async () => {}],
    ['dashboard.html#application=acme-analyst', 'section.people', async (page) => {
      for (const summary of await page.locator('details.fold > summary').all()) await summary.click();
    }],
    ['dashboard.html#welcome', '#welcome-name', async () => {}],
    ['options.html', 'form', async () => {}],
  ];
  const found = [];
  for (const [path, ready, open] of pages) {
    const page = await openExtensionPage(browser, path);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: path === 'popup.html' ? 400 : width, height: 900 });
    await page.locator(ready).first().waitFor({ timeout: 10000 });
    await open(page);
    found.push(...(await violations(page)).map((v) => `${path} at ${width}: ${v}`));
    if (path !== 'popup.html') {
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      if (wide > width) found.push(`${path} at ${width}: ${wide} px wide`);
    }
    await page.close();
  }
  return found;
}

for (const scheme of ['light', 'dark']) {
  test(`every extension page at 390 and 1280 px (the popup at 400) has no axe-core violation and fits (${scheme})`, async () => {
    const browser = await launch();
    try {
      await seedState(browser, freshState());
      const found = [];
      for (const width of [390, 1280]) found.push(...(await everyPage(browser, scheme, width)));
      assert.deepEqual(found, []);
    } finally {
      await browser.close();
    }
  });
}

test('the alarm set for the next due time fires after the worker was stopped, and notifies', async () => {
  const browser = await launch();
  try {
    // An interview that ended 24 hours minus 4 seconds ago: the thank-you falls due in 4 s.
    const state = freshState({ hoursAgo: 24 - 4 / 3600 });
    await seedState(browser, state);
    const popup = await openExtensionPage(browser, 'popup.html');
    const alarm = await until(() => popup.evaluate(() => chrome.alarms.get('afterview-next')), (a) => Boolean(a), 'the alarm');
    assert.ok(alarm.scheduledTime - Date.now() < 10000, `due soon: ${iso(new Date(alarm.scheduledTime))}`);
    const cdp = await browser.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const shown = await until(() => popup.evaluate(() => new Promise((r) => chrome.notifications.getAll(r))), (all) => Object.keys(all).length > 0, 'a notification after the alarm');
    assert.ok(Object.keys(shown).some((id) => id.startsWith('acme-analyst-thank_you-jordan-')), JSON.stringify(shown));
  } finally {
    await browser.close();
  }
});
