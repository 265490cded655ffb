// @ts-nocheck (the repository type-checks the extension's scripts only)
// The mock Gmail's own behaviour (what Gmail does, not Afterview): Morgan's message
// arrived twenty minutes before the demo's "now"; the draft survives the view being drawn
// again (after each move of the clock); Send empties the compose, as Gmail closes it.
(function () {
  const demo = window.parent.afterviewDemo;
  if (!demo) return;
  const received = document.getElementById('received');
  // Shown in the browser's own time zone, as Gmail does (the adapter reads it so).
  const at = new Date(Date.now() - 20 * 60 * 1000);
  received.title = at.toLocaleString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit' });
  received.textContent = at.toLocaleString('en-US', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

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
