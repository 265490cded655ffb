// The playground (`make run`, www/): the demo plan, a draft written by the core for a
// planned action, a typed draft checked with its findings underlined, and the rule list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PLAYGROUND, launch, playgroundSite, until } from '../harness.mjs';

test('the playground drafts a planned message, checks a typed one with underlines, and lists the rules', async () => {
  const browser = await launch({ sites: playgroundSite });
  try {
    const page = await browser.context.newPage();
    await page.goto(PLAYGROUND);
    await page.locator('#plan li.action').first().waitFor({ timeout: 10000 });

    const body = page.getByLabel('Body', { exact: true });
    await body.fill('hey ben, thx for the chat!! it was great to learn about [detail]');
    const marks = page.locator('#draft-marked mark');
    await until(() => marks.count(), (n) => n >= 2, 'underlined findings');
    assert.match(await page.locator('#draft-findings').innerText(), /placeholder/);
    assert.equal(await page.locator('#draft-marked').innerText(), 'hey ben, thx for the chat!! it was great to learn about [detail]');

    await page.locator('#plan li.action').first().getByRole('button', { name: 'Draft it' }).click();
    const drafted = await body.inputValue();
    assert.ok(drafted.length > 40, drafted);
    await until(() => page.locator('#draft-findings').innerText(), (t) => !/placeholder/.test(t), 'the drafted text checked');

    await page.getByText('What the checker looks for').click();
    assert.ok((await page.locator('details.rules dt').count()) >= 15);
  } finally {
    await browser.close();
  }
});
