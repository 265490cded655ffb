// @ts-check
// The in-page UI's words, from the extension's _locales (the same messages.json as the
// pages'). Content scripts may call chrome.i18n directly; a key it does not know shows as
// itself, which the locales spec prevents.

/**
 * The UI string `key`, with `$1`, `$2`… replaced by `substitutions`.
 * @param {string} key
 * @param {...string} substitutions
 * @returns {string}
 */
function uiText(key, ...substitutions) {
  return chrome.i18n.getMessage(key, substitutions) || key;
}
