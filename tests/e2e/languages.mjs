// The fixture pages in the sites' other UI languages: every label, tooltip and button word
// the real site shows is swapped for what that site shows in that language, so a page in
// French or Japanese has no English control name left for an adapter to lean on. The
// words are written here, apart from the extension's own table
// (extension/content/sites/labels.js), in the forms each site uses in full (Gmail's
// tooltips carry the shortcut in the language's key names, Outlook's body label its
// Alt+F10 hint). Source kind: each product's localised interface as its users see it,
// written from knowledge of those interfaces; nothing is copied from a capture.

/** The UI languages every site fixture is served in by the browser tests (besides English). */
export const FIXTURE_LANGUAGES = ['fr', 'de', 'ja'];

/** Gmail's Send tooltip: the word, then the shortcut in directional isolates. */
const gmailSend = (word, keys) => `${word} \u202a(${keys})\u202c`;

/**
 * Each site's English words (as written in the fixtures' HTML source) and their forms in
 * each language. A word in an attribute value or alone between tags is swapped.
 * @type {Record<string, Record<string, Record<string, string>>>}
 */
const WORDS = {
  gmail: {
    fr: {
      'Message Body': 'Corps du message',
      'Send \u202a(Ctrl-Enter)\u202c': gmailSend('Envoyer', 'Ctrl-Entrée'),
      'Send &#x202A;(Ctrl-Enter)&#x202C;': gmailSend('Envoyer', 'Ctrl-Entrée'),
      Send: 'Envoyer',
      'To recipients': 'Destinataires',
      'To recipients list': 'Liste des destinataires',
      'Cc recipients': 'Destinataires en Cc',
      To: 'À',
      Subject: 'Objet',
      'New Message': 'Nouveau message',
      'Save &amp; close': 'Enregistrer et fermer',
      'Discard draft': 'Supprimer le brouillon',
      Discard: 'Supprimer',
      Compose: 'Nouveau message',
      Reply: 'Répondre',
      'Show trimmed content': 'Afficher le contenu tronqué',
    },
    de: {
      'Message Body': 'Nachrichtentext',
      'Send \u202a(Ctrl-Enter)\u202c': gmailSend('Senden', 'Strg-Eingabetaste'),
      'Send &#x202A;(Ctrl-Enter)&#x202C;': gmailSend('Senden', 'Strg-Eingabetaste'),
      Send: 'Senden',
      'To recipients': 'Empfänger',
      'To recipients list': 'Empfängerliste',
      'Cc recipients': 'Cc-Empfänger',
      To: 'An',
      Subject: 'Betreff',
      'New Message': 'Neue Nachricht',
      'Save &amp; close': 'Speichern und schließen',
      'Discard draft': 'Entwurf verwerfen',
      Discard: 'Verwerfen',
      Compose: 'Schreiben',
      Reply: 'Antworten',
      'Show trimmed content': 'Gekürzten Inhalt anzeigen',
    },
    ja: {
      'Message Body': 'メッセージ本文',
      'Send \u202a(Ctrl-Enter)\u202c': gmailSend('送信', 'Ctrl-Enter'),
      'Send &#x202A;(Ctrl-Enter)&#x202C;': gmailSend('送信', 'Ctrl-Enter'),
      Send: '送信',
      'To recipients': '宛先',
      'To recipients list': '宛先リスト',
      'Cc recipients': 'Cc の宛先',
      To: '宛先',
      Subject: '件名',
      'New Message': '新規メッセージ',
      'Save &amp; close': '保存して閉じる',
      'Discard draft': '下書きを破棄',
      Discard: '破棄',
      Compose: '作成',
      Reply: '返信',
      'Show trimmed content': 'トリミングされたコンテンツを表示',
    },
  },
  outlook: {
    fr: {
      'Message body': 'Corps du message',
      'Message body, press Alt+F10 to exit': 'Corps du message, appuyez sur Alt+F10 pour quitter',
      Send: 'Envoyer',
      'Send (Ctrl+Enter)': 'Envoyer (Ctrl+Entrée)',
      To: 'À',
      Cc: 'Cc',
      'To recipients': 'Destinataires',
      'Cc recipients': 'Destinataires en copie',
      'Add a subject': 'Ajouter un objet',
      Discard: 'Ignorer',
      'Email message': 'Message électronique',
      'Show message history': "Afficher l'historique des messages",
      Reply: 'Répondre',
      Forward: 'Transférer',
      'New mail': 'Nouveau message',
      'Reading Pane': 'Volet de lecture',
    },
    de: {
      'Message body': 'Nachrichtentext',
      'Message body, press Alt+F10 to exit': 'Nachrichtentext, drücken Sie ALT+F10 zum Beenden',
      Send: 'Senden',
      'Send (Ctrl+Enter)': 'Senden (STRG+EINGABETASTE)',
      To: 'An',
      Cc: 'Cc',
      'To recipients': 'Empfänger',
      'Cc recipients': 'Cc-Empfänger',
      'Add a subject': 'Betreff hinzufügen',
      Discard: 'Verwerfen',
      'Email message': 'E-Mail-Nachricht',
      'Show message history': 'Nachrichtenverlauf anzeigen',
      Reply: 'Antworten',
      Forward: 'Weiterleiten',
      'New mail': 'Neue E-Mail',
      'Reading Pane': 'Lesebereich',
    },
    ja: {
      'Message body': 'メッセージ本文',
      'Message body, press Alt+F10 to exit': 'メッセージ本文、終了するには Alt+F10 キーを押します',
      Send: '送信',
      'Send (Ctrl+Enter)': '送信 (Ctrl+Enter)',
      To: '宛先',
      Cc: 'CC',
      'To recipients': '宛先の受信者',
      'Cc recipients': 'CC の受信者',
      'Add a subject': '件名を追加',
      Discard: '破棄',
      'Email message': 'メール メッセージ',
      'Show message history': 'メッセージ履歴を表示',
      Reply: '返信',
      Forward: '転送',
      'New mail': '新規メール',
      'Reading Pane': '閲覧ウィンドウ',
    },
  },
  linkedin: {
    fr: {
      'Write a message…': 'Rédigez un message…',
      'Add a note': 'Ajouter une note',
      'Send without a note': 'Envoyer sans note',
      'Send invitation': "Envoyer l'invitation",
      'Cancel adding a note': "Annuler l'ajout d'une note",
      'Add a note to your invitation?': 'Ajouter une note à votre invitation ?',
      Send: 'Envoyer',
      Cancel: 'Annuler',
      Connect: 'Se connecter',
      Message: 'Message',
    },
    de: {
      'Write a message…': 'Nachricht verfassen…',
      'Add a note': 'Nachricht hinzufügen',
      'Send without a note': 'Ohne Nachricht senden',
      'Send invitation': 'Einladung senden',
      'Cancel adding a note': 'Hinzufügen einer Nachricht abbrechen',
      'Add a note to your invitation?': 'Möchten Sie Ihrer Einladung eine Nachricht hinzufügen?',
      Send: 'Senden',
      Cancel: 'Abbrechen',
      Connect: 'Vernetzen',
      Message: 'Nachricht',
    },
    ja: {
      'Write a message…': 'メッセージを作成…',
      'Add a note': 'メッセージを追加',
      'Send without a note': 'メッセージなしで送信',
      'Send invitation': '招待を送信',
      'Cancel adding a note': 'メッセージの追加をキャンセル',
      'Add a note to your invitation?': '招待状にメッセージを追加しますか?',
      Send: '送信',
      Cancel: 'キャンセル',
      Connect: 'つながりを申請',
      Message: 'メッセージ',
    },
  },
};

/** The site a fixture URL belongs to. @param {string} url */
export function siteOf(url) {
  const host = new URL(url).hostname;
  if (host === 'mail.google.com') return 'gmail';
  if (host === 'www.linkedin.com') return 'linkedin';
  return 'outlook';
}

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A fixture page's HTML as the site shows it in `lang`: its labels, tooltips, placeholders
 * and button words swapped, its `lang` attribute set. English returns the page unchanged.
 * @param {string} html
 * @param {string} site  `gmail`, `outlook` or `linkedin`
 * @param {string} lang
 * @returns {string}
 */
export function localize(html, site, lang) {
  if (lang === 'en') return html;
  const words = WORDS[site]?.[lang];
  if (!words) throw new Error(`no ${lang} words for ${site}`);
  let out = html.replace(/<html lang="[^"]*"/, `<html lang="${lang}"`);
  // Longest first, so that "Send invitation" is swapped before "Send".
  for (const en of Object.keys(words).sort((a, b) => b.length - a.length)) {
    const local = words[en].replace(/"/g, '&quot;');
    const attribute = new RegExp(`((?:aria-label|data-tooltip|title|placeholder|alt)=")${escapeRegExp(en)}"`, 'g');
    out = out.replace(attribute, `$1${local}"`);
    out = out.replace(new RegExp(`>(\\s*)${escapeRegExp(en)}(\\s*)<`, 'g'), `>$1${local}$2<`);
  }
  return out;
}
