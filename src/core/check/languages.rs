//! Words in another language: an out-of-office reply in French, a German greeting line,
//! a Spanish sentence under an English one, a Dutch "Goed nieuws!", a date or a phrase in
//! another language inside an English sentence ("on jueves 17 de diciembre"). The
//! checker reads English, so it leaves them alone rather than calling every word a
//! misspelling, and goes on reading the English around them.

use super::text::{words_within, Word, WordSet};
use crate::core::lexicon::Speller;
use std::sync::OnceLock;

/// Short words of French, German, Spanish, Dutch, Italian and Portuguese that are not
/// English words (articles, pronouns, prepositions, "to be", "and", greetings, days and
/// months), and the greetings and thanks of other languages as written in Latin letters,
/// in lower case.
/// Words that are also English ("die", "den", "met", "van", "in", "an") are left out.
const OTHER_LANGUAGE_WORDS: &[&str] = &[
    // French.
    "le",
    "la",
    "les",
    "du",
    "des",
    "et",
    "je",
    "vous",
    "nous",
    "une",
    "est",
    "pour",
    "avec",
    "dans",
    "sur",
    "pas",
    "ne",
    "qui",
    "que",
    "au",
    "aux",
    "mon",
    "mes",
    "votre",
    "vos",
    "suis",
    "serai",
    "jusqu'au",
    "où",
    "très",
    "merci",
    "bonjour",
    "cordialement",
    "absent",
    "absente",
    "bureau",
    "retour",
    "c'est",
    "j'ai",
    "d'un",
    "d'une",
    "l'équipe",
    // German.
    "ich",
    "und",
    "nicht",
    "bin",
    "der",
    "das",
    "dem",
    "mit",
    "für",
    "ist",
    "wir",
    "ein",
    "eine",
    "einem",
    "bis",
    "zum",
    "zur",
    "von",
    "auf",
    "bei",
    "sie",
    "ihre",
    "ihr",
    "mich",
    "wieder",
    "vielen",
    "dank",
    "danke",
    "ihnen",
    "bitte",
    "sind",
    "werde",
    "noch",
    "gerne",
    "auch",
    "nach",
    "aus",
    // Spanish.
    "el",
    "los",
    "las",
    "y",
    "en",
    "con",
    "por",
    "para",
    "del",
    "estoy",
    "hasta",
    "mi",
    "su",
    "sus",
    "gracias",
    "fuera",
    "oficina",
    "estaré",
    "volveré",
    "muchas",
    "usted",
    // Dutch.
    "het",
    "een",
    "niet",
    "ik",
    "tot",
    "voor",
    "afwezig",
    "terug",
    "ben",
    "naar",
    "zijn",
    // Italian.
    "il",
    "di",
    "che",
    "sono",
    "fino",
    "della",
    "ufficio",
    "grazie",
    "sarò",
    // Portuguese.
    "não",
    "com",
    "até",
    "eu",
    "estou",
    "os",
    "do",
    "obrigado",
    "obrigada",
    "im",
    "de",
    "pela",
    "pelo",
    "sua",
    "seu",
    "neste",
    "momento",
    "ausente",
    "olá",
    "você",
    "tu",
    "sin",
    "correo",
    "mensaje",
    "asunto",
    "puedes",
    "hola",
    "wordt",
    "kun",
    "vragen",
    "sich",
    "wenden",
    "erreichbar",
    "cordiali",
    "saluti",
    "mille",
    // Greetings, sign-offs and everyday words of short lines.
    "notre",
    "nos",
    "cette",
    "mais",
    "équipe",
    "bonne",
    "journée",
    "dès",
    "sehr",
    "geehrte",
    "geehrter",
    "herzlichen",
    "freundlichen",
    "grüßen",
    "grüße",
    "frau",
    "herr",
    "guten",
    "buenas",
    "buenos",
    "días",
    "noticias",
    "una",
    "un",
    "te",
    "viene",
    "bien",
    "saludo",
    "saludos",
    "muy",
    "equipo",
    "hoi",
    "goed",
    "goede",
    "nieuws",
    "uit",
    "deze",
    "dit",
    "wij",
    "onze",
    "graag",
    "groet",
    "groeten",
    "groetjes",
    "vriendelijke",
    "fijne",
    "volgt",
    "ziens",
    "bedankt",
    "buongiorno",
    "buona",
    "giornata",
    "bom",
    "boa",
    "tarde",
    // Irish, Welsh, Malay and Indonesian, Māori, Arabic, Japanese, Hindi, Swahili,
    // Tagalog and Polish greetings and thanks, as written in Latin letters.
    "mise",
    "meas",
    "raibh",
    "maith",
    "agat",
    "diolch",
    "fawr",
    "cofion",
    "terima",
    "kasih",
    "selamat",
    "salam",
    "hormat",
    "kia",
    "ora",
    "ngā",
    "mihi",
    "nui",
    "salamu",
    "alaykum",
    "alaikum",
    "shukran",
    "arigato",
    "arigatou",
    "gozaimasu",
    "yoroshiku",
    "onegaishimasu",
    "namaste",
    "dhanyavaad",
    "dhanyavad",
    "ji",
    "asante",
    "sana",
    "habari",
    "salamat",
    "maraming",
    "po",
    "dzień",
    "dobry",
    "dziękuję",
    "pozdrawiam",
    "pozdrav",
    "pozdravi",
    "lijep",
    "baie",
    "dankie",
    // Swedish, Norwegian, Danish and Finnish.
    "hej",
    "hei",
    "är",
    "på",
    "när",
    "inte",
    "att",
    "för",
    "tillbaka",
    "jeg",
    "ikke",
    "og",
    // Days of the week that are not English words.
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "lunedì",
    "martedì",
    "mercoledì",
    "giovedì",
    "venerdì",
    // Months that are not English words.
    "januar",
    "februar",
    "märz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "janvier",
    "février",
    "avril",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "januari",
    "februari",
    "maart",
    "augustus",
    "gennaio",
    "febbraio",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "settembre",
    "ottobre",
    "dicembre",
];

/// Whether `word` is one of [`OTHER_LANGUAGE_WORDS`], in any case.
fn is_other_language_word(word: &str) -> bool {
    static SET: OnceLock<WordSet<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| OTHER_LANGUAGE_WORDS.iter().copied().collect());
    // Most words are ASCII lower case already: only the others are lowered.
    if word.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'') {
        set.contains(word)
    } else {
        set.contains(word.to_lowercase().replace('’', "'").as_str())
    }
}

/// Whether `words` hold two different words of [`OTHER_LANGUAGE_WORDS`], and how many
/// of them are on it.
fn other_language_words(words: &[Word]) -> (bool, usize) {
    let mut first: Option<&str> = None;
    let mut count = 0;
    let mut distinct = false;
    for word in words.iter().filter(|w| is_other_language_word(w.text)) {
        count += 1;
        match first {
            None => first = Some(word.text),
            Some(f) => distinct |= !f.eq_ignore_ascii_case(word.text),
        }
    }
    (distinct, count)
}

/// Whether the English `speller` does not know `word` (a word of letters).
fn unknown_to_english(speller: &Speller, word: &Word) -> bool {
    word.text.chars().all(char::is_alphabetic) && !speller.check(word.text)
}

/// How many of `words` are words of two or more letters, and how many of those the
/// English `speller` does not know.
fn unknown_share(words: &[Word], speller: &Speller) -> (usize, usize) {
    let lettered = words
        .iter()
        .filter(|w| w.text.chars().all(char::is_alphabetic) && w.text.chars().nth(1).is_some());
    lettered.fold((0, 0), |(all, unknown), w| {
        (all + 1, unknown + usize::from(!speller.check(w.text)))
    })
}

/// Whether `words` are mostly words the English `speller` does not know: one or more,
/// and at least half of those of two letters or more.
fn half_unknown_to_english(words: &[Word], speller: &Speller) -> bool {
    let (lettered, unknown) = unknown_share(words, speller);
    unknown >= 1 && unknown * 2 >= lettered
}

/// Whether `words` (a sentence's) are four or more, of which seven in ten are words of
/// letters the English `speller` does not know.
fn mostly_unknown_to_english(words: &[Word], speller: &Speller) -> bool {
    let lettered = words
        .iter()
        .filter(|w| w.text.chars().all(char::is_alphabetic))
        .count();
    lettered >= 4 && {
        let unknown = words
            .iter()
            .filter(|w| unknown_to_english(speller, w))
            .count();
        unknown * 10 >= lettered * 7
    }
}

/// The spans written in another language within `sentences`. A whole sentence is one
/// when it has at least two different words of [`OTHER_LANGUAGE_WORDS`], and either a
/// quarter of its words among them or half of its words unknown to the English
/// `speller`, or when most of a longer sentence's words are unknown to English
/// ([`mostly_unknown_to_english`]). Within an English sentence, a run of such words and words the speller does
/// not know (numbers may come between them) is one when it has two different words of
/// the list and a word the speller does not know, or a word of the list the speller does
/// not know beside another it does not know. `words` are the body's words in order.
pub(super) fn other_language_spans(
    body: &str,
    words: &[Word],
    sentences: &[(usize, usize)],
    speller: Option<&Speller>,
) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for &(start, end) in sentences {
        let within = words_within(words, start, end);
        // "Hola!", "¡Buen viaje!": words of the list alone, or a sentence opened by an
        // inverted mark, which only Spanish writes.
        let lettered = within
            .iter()
            .filter(|w| w.text.chars().all(char::is_alphabetic));
        if body[start..end].starts_with(['¡', '¿'])
            || lettered.clone().next().is_some()
                && lettered.clone().all(|w| is_other_language_word(w.text))
        {
            spans.push((start, end));
            continue;
        }
        // "Obecnie przebywam na urlopie i wracam do biura 4 grudnia": a language not on
        // the list, known by most of a longer sentence's words being unknown to English
        // (a draft's typos leave most of its words English).
        if speller.is_some_and(|speller| mostly_unknown_to_english(within, speller)) {
            spans.push((start, end));
            continue;
        }
        let (distinct, count) = other_language_words(within);
        if count == 0 {
            continue;
        }
        let mostly_unknown = || {
            speller.is_some_and(|speller| {
                let unknown = within
                    .iter()
                    .filter(|w| unknown_to_english(speller, w))
                    .count();
                unknown * 2 >= within.len()
            })
        };
        if distinct && (count * 4 >= within.len() || mostly_unknown()) {
            spans.push((start, end));
        } else if let Some(speller) = speller {
            spans.extend(runs_in_another_language(within, speller));
        }
    }
    if let Some(speller) = speller {
        spans.extend(beside_another_language(
            body, words, sentences, &spans, speller,
        ));
        spans.extend(translated_sides(body, words, speller));
    }
    spans
}

/// The short sentences next to a sentence in another language, in its paragraph, that
/// are mostly words English does not know ("Olen lomalla ja palaan toimistolle
/// maanantaina. Sähköpostit luetaan palattuani."): the same language, too short to tell
/// alone. `found` are the sentences known to be in another language.
fn beside_another_language(
    body: &str,
    words: &[Word],
    sentences: &[(usize, usize)],
    found: &[(usize, usize)],
    speller: &Speller,
) -> Vec<(usize, usize)> {
    let whole = |span: &(usize, usize)| found.contains(span);
    let same_paragraph = |a: &(usize, usize), b: &(usize, usize)| {
        let (first, second) = if a.0 < b.0 { (a, b) } else { (b, a) };
        !body[first.1..second.0].contains("\n\n")
    };
    let mut more = Vec::new();
    for (i, sentence) in sentences.iter().enumerate() {
        let neighbour = [i.checked_sub(1), Some(i + 1)]
            .into_iter()
            .flatten()
            .filter_map(|k| sentences.get(k))
            .any(|n| whole(n) && same_paragraph(sentence, n));
        if !whole(sentence)
            && neighbour
            && half_unknown_to_english(words_within(words, sentence.0, sentence.1), speller)
        {
            more.push(*sentence);
        }
    }
    more
}

/// The sides of a line written in two languages, split by " / " or with one in brackets
/// ("Lijep pozdrav / Kind regards", "Heure / Time", "Lep pozdrav (Kind regards)", "an
/// informal offer (naitei)"): a side mostly of words English does not know, where another
/// side of the line is English.
fn translated_sides(body: &str, words: &[Word], speller: &Speller) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        if line.contains(" / ") || line.contains('(') {
            let mut sides = Vec::new();
            let mut from = 0;
            for (at, mark) in line.match_indices([' ', '/', '(', ')']) {
                let cut = match mark {
                    " " => line[at..].starts_with(" / "),
                    _ => mark != "/",
                };
                if cut {
                    sides.push((offset + from, offset + at));
                    from = at + mark.len();
                }
            }
            sides.push((offset + from, offset + line.len()));
            let share: Vec<_> = sides
                .iter()
                .map(|&(s, e)| unknown_share(words_within(words, s, e), speller))
                .collect();
            let english = share
                .iter()
                .any(|&(all, unknown)| all > 0 && unknown * 2 < all);
            for (&side, &(all, unknown)) in sides.iter().zip(&share) {
                if english && unknown >= 1 && unknown * 2 >= all {
                    spans.push(side);
                }
            }
        }
        offset += line.len();
    }
    spans
}

/// The runs of `words` (an English sentence's) in another language: see
/// [`other_language_spans`].
fn runs_in_another_language(words: &[Word], speller: &Speller) -> Vec<(usize, usize)> {
    let number = |w: &Word| w.text.bytes().all(|b| b.is_ascii_digit());
    let mut runs = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if !is_other_language_word(words[i].text) {
            i += 1;
            continue;
        }
        // Out from a word of the list, over words of the list, unknown words and numbers.
        let member = |w: &Word| {
            number(w) || is_other_language_word(w.text) || unknown_to_english(speller, w)
        };
        let mut first = i;
        while first > 0 && member(&words[first - 1]) {
            first -= 1;
        }
        let mut last = i;
        while last + 1 < words.len() && member(&words[last + 1]) {
            last += 1;
        }
        let run = &words[first..=last];
        let (distinct, _) = other_language_words(run);
        let unknown: Vec<&Word> = run
            .iter()
            .filter(|w| unknown_to_english(speller, w))
            .collect();
        // "vales de despensa": a word of the list English lacks beside another it lacks.
        let beside_unknown =
            unknown.len() >= 2 && unknown.iter().any(|w| is_other_language_word(w.text));
        if distinct && !unknown.is_empty() || beside_unknown {
            runs.push((run[0].start, run[run.len() - 1].end));
        }
        i = last + 1;
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::other_language_spans;
    use crate::core::check::text::{sentences, words};

    fn other(text: &str) -> Vec<&str> {
        other_language_spans(text, &words(text), &sentences(text), None)
            .into_iter()
            .map(|(s, e)| &text[s..e])
            .collect()
    }

    #[test]
    fn sentences_in_other_languages_are_found_and_english_ones_are_not() {
        let text = "Thank you for your message. Je suis absente du bureau jusqu'au 14 décembre. \
                    Ich bin bis zum 3. Januar nicht im Büro. Estoy fuera de la oficina hasta el lunes. \
                    I met Ana de la Cruz and the team in Madrid.";
        let found = other(text);
        // "zum 3. Januar": the ordinal's full stop splits the German sentence in two.
        assert_eq!(found.len(), 4, "{found:?}");
        assert!(found
            .iter()
            .all(|s| !s.starts_with("Thank") && !s.starts_with("I met")));
    }
}
