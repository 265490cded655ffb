// A sent message is recorded as what its text says it is: a status question sent while a
// thank-you is still pending is a check-in, and the thank-you stays in the plan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fixturesRoot, gmailComposeToJordan, launch, openExtensionPage, storedEvent } from '../harness.mjs';

const GMAIL_INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const GMAIL_BODY = 'div[aria-label="Message Body"][contenteditable="true"]';

test('a check-in sent while a thank-you is pending is recorded as a check-in and leaves the thank-you planned', async () => {
  const browser = await launch({ fixtures: { [GMAIL_INBOX]: join(fixturesRoot, 'gmail/inbox-2025.html') } });
  try {
    const page = await gmailComposeToJordan(browser, GMAIL_INBOX);
    await page.locator('input[name="subjectbox"]').fill('Data Analyst role: checking in');
    await page.locator(GMAIL_BODY).click();
    await page.keyboard.type('Dear Jordan,\n\nI am following up on the Data Analyst role. Is there any update on the timeline?\n\nBest regards,\nSam Rivera');
    await page.locator('[role="button"][data-tooltip^="Send"]').click();
    const sent = await storedEvent(browser, 'acme-analyst', (e) => e.kind === 'sent');
    assert.equal(sent.purpose, 'check_in', 'the text says it is a status question');

    const popup = await openExtensionPage(browser, 'popup.html');
    await popup.locator('li.action[data-kind="thank_you"]').waitFor({ timeout: 10000 });
  } finally {
    await browser.close();
  }
});
