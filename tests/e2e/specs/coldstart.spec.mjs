// A worker that just started answers the first check without waiting for the spelling
// dictionary to be parsed, and says so; the content script then checks again, and the
// misspelling shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { freshState, launch, seedState } from '../harness.mjs';

const DRAFT = {
  channel: 'email',
  to: ['jordan.lee@acme.example'],
  cc: [],
  subject: 'Thank you – Sam Rivera',
  body: 'Dear Jordan,\n\nThank you for the conversation on Tuesday. I look forward to hearing from you and I hope to recieve good news.\n\nBest regards,\nSam Rivera',
};

test('a started engine answers a check before its dictionary is parsed, saying spelling is pending, and with the dictionary the misspelling is found', async () => {
  const browser = await launch();
  try {
    await seedState(browser, freshState());
    const answers = await browser.worker.evaluate(async (draft) => {
      const engine = await globalThis.afterviewReady;
      const check = async () => {
        const answer = await engine.engine_page_message({ type: 'check', draft });
        return { pending: answer.spelling_pending, spelling: answer.report.findings.filter((f) => f.id === 'spelling').length };
      };
      // The worker gives the dictionary in a task of its own, right after the start.
      let settled = await check();
      for (let i = 0; i < 100 && settled.pending; i++) {
        await new Promise((r) => setTimeout(r, 20));
        settled = await check();
      }
      // The engine as the worker starts it: the state first, the dictionary after.
      engine.__wbg_reset_state();
      await engine.engine_start();
      const early = await check();
      const [aff, dic] = await Promise.all(['dictionaries/en_US.aff', 'dictionaries/en_US.dic'].map((p) => fetch(chrome.runtime.getURL(p)).then((r) => r.text())));
      engine.engine_load_dictionary(aff, dic);
      const late = await check();
      return { settled, early, late };
    }, DRAFT);
    assert.deepEqual(answers.settled, { pending: false, spelling: 1 }, 'the running worker has its dictionary');
    assert.deepEqual(answers.early, { pending: true, spelling: 0 });
    assert.deepEqual(answers.late, { pending: false, spelling: 1 });
  } finally {
    await browser.close();
  }
});
