//! Sentences in another language (an out-of-office reply in French, a German greeting
//! line, a Spanish sentence under an English one): the checker reads English, so it
//! leaves them alone rather than calling every word a misspelling.

use super::text::{words_within, Word, WordSet};
use crate::core::lexicon::Speller;
use std::sync::OnceLock;

/// Short words of French, German, Spanish, Dutch, Italian and Portuguese that are not
/// English words (articles, pronouns, prepositions, "to be", "and", months), in lower
/// case.
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
    "je",
    "wordt",
    "kun",
    "vragen",
    "sich",
    "wenden",
    "erreichbar",
    "cordiali",
    "saluti",
    "mille",
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

/// Whether `word` (in lower case) is one of [`OTHER_LANGUAGE_WORDS`].
fn is_other_language_word(word: &str) -> bool {
    static SET: OnceLock<WordSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| OTHER_LANGUAGE_WORDS.iter().copied().collect())
        .contains(word)
}

/// The spans of `sentences` written in another language: at least two different words
/// of [`OTHER_LANGUAGE_WORDS`], and either a quarter of their words among them or half
/// of their words unknown to the English `speller`. `words` are the body's words in
/// order.
pub(super) fn other_language_sentences(
    words: &[Word],
    sentences: &[(usize, usize)],
    speller: Option<&Speller>,
) -> Vec<(usize, usize)> {
    sentences
        .iter()
        .copied()
        .filter(|&(start, end)| {
            let within = words_within(words, start, end);
            let mut first: Option<&str> = None;
            let mut count = 0;
            let mut distinct = false;
            for word in within {
                // Most words are ASCII lower case already: only the others are lowered.
                let lowered;
                let lower = if word
                    .text
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'\'')
                {
                    word.text
                } else {
                    lowered = word.text.to_lowercase().replace('’', "'");
                    lowered.as_str()
                };
                if is_other_language_word(lower) {
                    count += 1;
                    match first {
                        None => first = Some(word.text),
                        Some(f) => distinct |= !f.eq_ignore_ascii_case(word.text),
                    }
                }
            }
            let unknown_to_english = || {
                speller.is_some_and(|speller| {
                    let unknown = within
                        .iter()
                        .filter(|w| {
                            w.text.chars().all(char::is_alphabetic) && !speller.check(w.text)
                        })
                        .count();
                    unknown * 2 >= within.len()
                })
            };
            distinct && (count * 4 >= within.len() || unknown_to_english())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::other_language_sentences;
    use crate::core::check::text::{sentences, words};

    fn other(text: &str) -> Vec<&str> {
        other_language_sentences(&words(text), &sentences(text), None)
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
