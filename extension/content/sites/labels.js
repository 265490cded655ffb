// @ts-check
// The words the supported sites put on the controls the adapters look for, in the sites'
// UI languages. The adapters find every control by structure, role, stable attributes and
// position first; where a label is still needed (Outlook's wells and Send, a body's label
// when its structure is ambiguous), it comes from this one table, matched without regard
// to case. Each language lists every form its site is known to show.
//
// Source kind: written from the sites' localised interfaces as their users see them
// (the accessible names and tooltips of the English UI as public integrations such as
// InboxSDK, gmail.js, Briskine and Mailvelope select them, and the same controls'
// translations in each product's UI); no capture is copied. Where two products word a
// control differently, both forms are listed.

/**
 * @typedef {'en' | 'fr' | 'de' | 'es' | 'pt' | 'it' | 'nl' | 'pl' | 'ja' | 'zh'} LabelLanguage
 * @typedef {Record<LabelLanguage, string[]>} LabelForms
 */

/** Every control's label, by language. @type {Record<string, LabelForms>} */
var afterviewLabels = {
  /** Send: Gmail's tooltip and Outlook's button begin with it; LinkedIn's invitation button holds it. */
  send: {
    en: ['Send'],
    fr: ['Envoyer'],
    de: ['Senden'],
    es: ['Enviar'],
    pt: ['Enviar'],
    it: ['Invia'],
    nl: ['Verzenden', 'Versturen'],
    pl: ['Wyślij'],
    ja: ['送信'],
    zh: ['发送', '傳送', '發送'],
  },
  /** The editor of a message (Gmail "Message Body", Outlook "Message body[, press Alt+F10 to exit]"). */
  body: {
    en: ['Message Body', 'Message body'],
    fr: ['Corps du message'],
    de: ['Nachrichtentext'],
    es: ['Cuerpo del mensaje'],
    pt: ['Corpo da mensagem'],
    it: ['Corpo del messaggio'],
    nl: ['Berichttekst', 'Hoofdtekst van bericht'],
    pl: ['Treść wiadomości'],
    ja: ['メッセージ本文'],
    zh: ['邮件正文', '郵件內文', '邮件内容'],
  },
  /** The To recipients well (Outlook labels the well with this word alone). */
  to: {
    en: ['To'],
    fr: ['À', 'A'],
    de: ['An'],
    es: ['Para'],
    pt: ['Para'],
    it: ['A'],
    nl: ['Aan'],
    pl: ['Do'],
    ja: ['宛先'],
    zh: ['收件人'],
  },
  /** The Cc well. */
  cc: {
    en: ['Cc'],
    fr: ['Cc'],
    de: ['Cc'],
    es: ['CC'],
    pt: ['Cc'],
    it: ['Cc'],
    nl: ['CC'],
    pl: ['DW', 'Dw'],
    ja: ['CC'],
    zh: ['抄送', '副本'],
  },
  /** The subject field (Outlook: "Add a subject"). */
  subject: {
    en: ['Add a subject', 'Subject'],
    fr: ['Ajouter un objet', 'Objet'],
    de: ['Betreff hinzufügen', 'Betreff'],
    es: ['Agregar un asunto', 'Añadir un asunto', 'Asunto'],
    pt: ['Adicionar um assunto', 'Assunto'],
    it: ['Aggiungi un oggetto', 'Oggetto'],
    nl: ['Voeg een onderwerp toe', 'Onderwerp toevoegen', 'Onderwerp'],
    pl: ['Dodaj temat', 'Temat'],
    ja: ['件名を追加', '件名'],
    zh: ['添加主题', '新增主旨', '主题'],
  },
  /** An opened message in Outlook's reading pane (`div[aria-label="Email message"]`). */
  message: {
    en: ['Email message'],
    fr: ['Message électronique', 'Courrier électronique'],
    de: ['E-Mail-Nachricht'],
    es: ['Mensaje de correo electrónico'],
    pt: ['Mensagem de email', 'Mensagem de e-mail'],
    it: ['Messaggio di posta elettronica'],
    nl: ['E-mailbericht'],
    pl: ['Wiadomość e-mail'],
    ja: ['メール メッセージ', 'メールメッセージ'],
    zh: ['电子邮件', '電子郵件訊息'],
  },
};

/**
 * A selector for `base` elements whose `attribute` holds one of the label's forms in any
 * language, case-insensitively: `exact`, at its start (`prefix`) or anywhere (`contains`).
 * @param {string} base      e.g. `button`, `div[contenteditable="true"]`
 * @param {string} attribute e.g. `aria-label`
 * @param {keyof typeof afterviewLabels} key
 * @param {'exact' | 'prefix' | 'contains'} how
 * @returns {string}
 */
function labelSelector(base, attribute, key, how) {
  const operator = { exact: '=', prefix: '^=', contains: '*=' }[how];
  const forms = new Set(Object.values(afterviewLabels[key]).flat());
  return Array.from(forms, (form) => `${base}[${attribute}${operator}${JSON.stringify(form)} i]`).join(', ');
}
