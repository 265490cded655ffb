// @ts-nocheck (the repository type-checks the extension's scripts only)
// The mock Gmail's own behaviour (what Gmail does, not Afterview): Morgan's message
// arrives at its moment in the story (after a week of silence), and is not there before;
// the draft survives the view being drawn again (after each move of the clock); Send
// empties the compose, as Gmail closes it.
(function () {
  const demo = window.parent.afterviewDemo;
  if (!demo) return;
  const received = document.getElementById('received');
  // Friday 4 December, 11:40 am in New York, the demo's zone (www/demo-state.json).
  const at = new Date(Date.parse('2026-12-04T11:40:00-05:00'));
  if (Date.now() < at.getTime()) {
    const thread = received.closest('.thread');
    const none = document.createElement('p');
    none.textContent = 'No new mail from Acme yet.';
    thread.querySelector('[role="list"]').replaceWith(none);
  }
  // The title in the browser's own time zone, as Gmail gives it (the adapter reads it so);
  // the text on the story's clock, as Sam in New York sees it.
  received.title = at.toLocaleString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });
  received.textContent = at.toLocaleString('en-US', { timeZone: 'America/New_York', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

  const subject = document.querySelector('input[name="subjectbox"]');
  const body = document.querySelector('[aria-label="Message Body"]');
  if (demo.draft) {
    subject.value = demo.draft.subject;
    body.replaceChildren(...demo.draft.body.split('\n').map((line) => {
      const div = document.createElement('div');
      if (line) div.textContent = line;
      else div.append(document.createElement('br'));
      return div;
    }));
  }
  const keep = () => (demo.draft = { subject: subject.value, body: body.innerText.replace(/\n$/, '') });
  subject.addEventListener('input', keep);
  body.addEventListener('input', keep);

  document.querySelector('button[data-tooltip="Send"]').addEventListener('click', () => {
    setTimeout(() => {
      document.getElementById('sent').textContent = 'Sent (in the demo: nothing left this page).';
      subject.value = '';
      body.replaceChildren();
      keep();
    }, 20);
  });
})();
