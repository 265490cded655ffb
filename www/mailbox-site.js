// @ts-nocheck (the repository type-checks the extension's scripts only)
// Afterview's Gmail adapter, unchanged, for this mock Gmail: it answers for this page's
// address instead of mail.google.com's. Runs after sites/*.js and before main.js.
(function () {
  const gmail = afterviewSites.find((site) => site.name === 'gmail');
  afterviewSites.length = 0;
  // The demo's compose is prefilled by the demo, not typed: it is the user's from the start.
  if (gmail) afterviewSites.push({ ...gmail, matchesUrl: () => true, usedFromStart: true });
})();
