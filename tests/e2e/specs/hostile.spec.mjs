// Hostile strings as company, role, contact names and notes: the popup, the options page,
// the playground and the in-page panel show them as text; no element or script comes of
// them; long values are cut on screen with the full value still available.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PLAYGROUND, fixturesRoot, freshState, launch, openExtensionPage, panelWhen, playgroundSite, seedState, until } from '../harness.mjs';

/** At least fifty strings that have broken real pages. */
export const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=1">',
  '<iframe src="javascript:window.__pwned=1">',
  '"><img src=x onerror=window.__pwned=1>',
  "'><script>window.__pwned=1</script>",
  '</title><script>window.__pwned=1</script>',
  '</textarea><script>window.__pwned=1</script>',
  '</style><script>window.__pwned=1</script>',
  '<a href="javascript:window.__pwned=1">click</a>',
  'javascript:window.__pwned=1',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<body onload=alert(1)>',
  '<object data="javascript:alert(1)">',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<link rel=import href=data:text/html,x>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '`${alert(1)}`',
  '<!--',
  ']]>',
  '&lt;b&gt;not bold&lt;/b&gt;',
  '&amp;&#x27;&#39;&quot;',
  '\u202Eevil.exe\u202C',
  '\u202Dforced\u202C LTR',
  '\u2066isolate\u2069 \u2067rtl\u2069 \u2068first\u2069',
  '\u200Fright-to-left mark\u200E',
  'zero\u200Bwidth\u200Cjoin\u200Dx\uFEFF',
  'عبد الله بن محمد',
  'יוסף כהן',
  '王芳',
  'Zoë Ñúñez-Çelik',
  '𝓙𝓸𝓻𝓭𝓪𝓷 𝓛𝓮𝓮',
  '👩🏽‍💻 Jordan 🇺🇸',
  'Z̷̢̛̛̦͓̖̯̟a̴̢̤̘̬l̸̡̰̝̠g̵o̶',
  'NUL\u0000inside',
  'tab\tand\nnewline\r\nand vertical\u000Btab',
  '\u0007bell \u001Bescape',
  'x'.repeat(10000),
  `Long ${'word '.repeat(2000)}end`,
  '%s%s%s%n',
  "Robert'); DROP TABLE contacts;--",
  '../../../../etc/passwd',
  '\\u003cscript\\u003e',
  'O\'Brien "The Boss" <boss@example.com>',
  '   ',
  '\u00A0non\u00A0breaking\u00A0',
  '\uFFFD replacement',
];

/** A state whose every user string is hostile (the contact keeps a real email to match). */
function hostileState(i) {
  const state = freshState();
  const h = (k) => HOSTILE[(i + k) % HOSTILE.length];
  const p = state.processes[0];
  p.company = h(0);
  p.role = h(1);
  p.contacts[0].name = h(2).trim() ? h(2) : `Jordan ${i}`;
  p.contacts[0].title = h(3);
  p.contacts[1].name = h(4).trim() ? h(4) : `Morgan ${i}`;
  p.notes = [{ contact: 'jordan', kind: 'detail', text: h(5) }, { kind: 'need', text: h(6) }];
  p.interviews[0].timeline = h(7);
  return state;
}

/** Elements that only markup in the data could have made, and the script canary. */
const injected = (page) =>
  page.evaluate(() => ({
    // Our own "Why?" disclosure comes once per action card, however many there are.
    elements: document.querySelectorAll('body script, body img, body svg, body iframe, body object, body embed, body details:not(.rule-why), body math, body form, body meta, body base, body link').length,
    pwned: Boolean(window.__pwned),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));

/** What a benign state renders on an extension page, to compare with. */
async function baseline(browser, path, ready) {
  await seedState(browser, freshState());
  const page = await openExtensionPage(browser, path);
  await page.locator(ready).first().waitFor({ timeout: 10000 });
  const result = await injected(page);
  await page.close();
  return result;
}

test('the popup renders every hostile string as text, cut when long', async () => {
  const browser = await launch();
  try {
    const benign = await baseline(browser, 'popup.html', 'li.action');
    for (let i = 0; i < HOSTILE.length; i += 8) {
      const state = hostileState(i);
      await seedState(browser, state);
      const popup = await openExtensionPage(browser, 'popup.html');
      await popup.locator('li.action').first().waitFor({ timeout: 10000 });
      assert.deepEqual(await injected(popup), benign, `strings ${i}…${i + 7}`);
      // The company line shows the company as text (the full value in the tooltip).
      const place = popup.locator('.action-place').first();
      assert.equal(await place.getAttribute('title'), `${state.processes[0].company} · ${state.processes[0].role}`);
      const box = await place.boundingBox();
      assert.ok(box && box.height < 40, 'a long line is cut, not wrapped');
      await popup.close();
    }
  } finally {
    await browser.close();
  }
});

test('the options page and the playground show hostile names as text', async () => {
  const browser = await launch({ sites: playgroundSite });
  try {
    const benign = await baseline(browser, 'options.html', 'form');
    const state = hostileState(0);
    state.profile.name = HOSTILE[1];
    await seedState(browser, state);
    const options = await openExtensionPage(browser, 'options.html');
    const name = options.getByLabel(/Your name/);
    await name.waitFor({ timeout: 10000 });
    assert.equal(await name.inputValue(), HOSTILE[1]);
    assert.deepEqual(await injected(options), benign);

    const playground = await browser.context.newPage();
    await playground.goto(PLAYGROUND);
    await playground.waitForFunction(() => document.querySelector('iframe[data-view="dashboard.html"]')?.contentDocument?.querySelector('table'), null, { timeout: 60000, polling: 100 });
    await playground.getByText('Under the hood').click();
    const textarea = playground.getByLabel(/state/i).first();
    await textarea.waitFor({ timeout: 10000 });
    await playground.waitForTimeout(300);
    const demo = await injected(playground);
    for (const i of [0, 9, 30]) {
      const hostile = hostileState(i);
      await textarea.fill(JSON.stringify(hostile, null, 2));
      // The names show in the views, the applications page's frame among them.
      const views = () => playground.evaluate(() => document.querySelector('iframe[data-view="dashboard.html"]')?.contentDocument?.body?.innerText || '');
      const shown = await until(views, (t) => t.includes(hostile.processes[0].contacts[1].name.trim().slice(0, 40)) || t.includes(hostile.processes[0].contacts[0].name.trim().slice(0, 40)), `string ${i} on the playground`);
      assert.ok(shown.length > 0);
      assert.deepEqual(await injected(playground), demo, `string ${i}`);
    }
  } finally {
    await browser.close();
  }
});

test('the in-page panel shows hostile contact names and companies as text', async () => {
  const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
  const browser = await launch({ fixtures: { [GMAIL]: join(fixturesRoot, 'gmail', 'inbox-2025.html') } });
  try {
    let benign;
    for (const i of [-1, 0, 1, 4, 30, 45]) {
      const state = i < 0 ? freshState() : hostileState(i);
      await seedState(browser, state);
      const page = await browser.context.newPage();
      await page.goto(GMAIL);
      await page.locator('#compose-button').click();
      const input = page.locator('input[aria-label="To recipients"]');
      await input.fill('jordan.lee@acme.example');
      await input.press('Enter');
      await panelWhen(page, (p) => p.match !== '' && p.state === 'ready');
      const result = await injected(page);
      if (i < 0) benign = result;
      assert.deepEqual(result, benign, `string ${i}`);
      const width = await page.locator('afterview-panel').evaluate((el) => el.getBoundingClientRect().width);
      assert.ok(width <= 1280, 'the panel stays within the page');
      await page.close();
    }
  } finally {
    await browser.close();
  }
});

test('the hostile table has at least fifty entries', () => {
  assert.ok(HOSTILE.length >= 50, `${HOSTILE.length}`);
});
