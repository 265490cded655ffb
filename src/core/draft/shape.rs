//! A note as people type it ("We talked about their move to Snowflake.", "someone to
//! own the churn model", "data quality is a mess") → a phrase the composers can put in a
//! sentence: the reporting lead-in and the final full stop dropped, the first word in
//! lower case unless it is a name, the note turned toward the person written to, and its
//! shape, which decides the sentence frames that fit it (see `frames`).

use super::words::{
    is_verb_form, strip_lead_in, to_base, Form, AUX, DETERMINERS, PREPOSITIONS, SAME_PAST, WH,
};
use crate::core::check::text::words;
use crate::core::model::NoteKind;

/// The grammatical shape of a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A noun phrase, or a question word with its clause ("the release train", "how
    /// the teams share one release train"): it can follow "about".
    Noun,
    /// A gerund phrase ("building dashboards"): it can follow "about" too.
    Gerund,
    /// Whom they are looking for ("someone to own the churn model").
    Someone,
    /// What to do, with no subject ("reduce churn").
    Infinitive,
    /// A clause with its subject and verb ("you are moving to Snowflake").
    Clause,
    /// Anything else (several sentences, a question, a shape not recognised): only a
    /// neutral frame that quotes it fits.
    Sentence,
}

impl Shape {
    /// The shape's name as the gallery shows it.
    pub fn name(self) -> &'static str {
        match self {
            Shape::Noun => "noun phrase",
            Shape::Gerund => "gerund phrase",
            Shape::Someone => "someone to …",
            Shape::Infinitive => "what to do",
            Shape::Clause => "clause",
            Shape::Sentence => "sentence",
        }
    }
}

/// Whom a note's pronouns are turned toward.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Toward {
    /// The note is tied to the person written to: "he", "she" and "they" are them.
    Person,
    /// The note is tied to nobody: "they" is their team, "he" or "she" someone unknown.
    Team,
    /// The note is the user's own (a strength): nothing is turned.
    Nobody,
}

/// A note made ready for a sentence frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// The words to put in the frame, with no final punctuation.
    pub text: String,
    /// Its shape.
    pub shape: Shape,
    /// Whether the note asked a question (its frame ends with "?").
    pub question: bool,
}

/// The most of a note a draft quotes, in characters: a long note gives its first
/// sentences up to this length (the note itself is kept whole).
pub const QUOTED_NOTE_CHARS: usize = 240;

/// Reads `note`, a note of `kind`, for a message whose reader is `toward`.
pub fn phrase(note: &str, kind: NoteKind, toward: Toward) -> Phrase {
    let prose = first_sentences(&as_prose(note), QUOTED_NOTE_CHARS);
    let trimmed = prose.trim().trim_end_matches(['.', '!', ';', ',', ' ']);
    let question = trimmed.ends_with('?');
    let text = strip_lead_in(trimmed.trim_end_matches(['?', ' ']));
    let text = lower_first(&turn(text, toward));
    let (mut text, shape) = classify(text, kind, question);
    if shape == Shape::Sentence {
        text = one_sentence(&text);
    }
    Phrase {
        text,
        shape,
        question,
    }
}

/// A note as one line of prose: list markers dropped ("- ", "• ", "* ", "1. ", "2)"),
/// the items of a list of short phrases joined ("streaming ETL, dbt and Airflow"),
/// longer items kept as sentences, and "&" standing between words read as "and" ("R&D"
/// keeps it).
fn as_prose(note: &str) -> String {
    let items: Vec<String> = list_items(note)
        .iter()
        .map(|line| without_marker(line.trim()).replace(" & ", " and "))
        .map(|line| line.trim().to_string())
        .filter(|line| !line.is_empty())
        .collect();
    let short = |item: &String| {
        item.split_whitespace().count() <= 8 && !item.contains(['.', '!', '?', ';', ':'])
    };
    match items.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] if items.iter().all(short) => {
            format!("{} and {last}", init.join(", "))
        }
        _ => items
            .iter()
            .map(|item| {
                let item = item.trim_end_matches([',', ';', ' ']);
                if item.ends_with(['.', '!', '?']) {
                    item.to_string()
                } else {
                    format!("{item}.")
                }
            })
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// The items of a note typed as a list: one per line, or several on one line numbered
/// ("1) hiring plan 2) budget") or split by semicolons ("SQL; Python; dbt"), when each is
/// a short phrase. A note that is no list is one item.
fn list_items(note: &str) -> Vec<String> {
    let mut items = Vec::new();
    for line in note.lines() {
        let numbered = split_numbered(line);
        let pieces = if numbered.len() > 1 {
            numbered
        } else {
            let parts: Vec<String> = line.split(';').map(|p| p.trim().to_string()).collect();
            let short = |p: &String| !p.is_empty() && p.split_whitespace().count() <= 4;
            if parts.len() > 1 && parts.iter().all(short) {
                parts
            } else {
                vec![line.to_string()]
            }
        };
        items.extend(pieces);
    }
    items
}

/// `line` cut before each "2)" or "2." that numbers an item after the first ("1) a 2) b").
fn split_numbered(line: &str) -> Vec<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let is_number = |w: &str, n: usize| w == format!("{n})") || w == format!("{n}.");
    if words.first().is_none_or(|w| !is_number(w, 1)) {
        return vec![line.to_string()];
    }
    let mut items: Vec<Vec<&str>> = Vec::new();
    let mut next = 1;
    for word in words {
        if is_number(word, next) {
            items.push(Vec::new());
            next += 1;
        } else if let Some(item) = items.last_mut() {
            item.push(word);
        }
    }
    items.into_iter().map(|item| item.join(" ")).collect()
}

/// `line` without the bullet or number a list item opens with.
fn without_marker(line: &str) -> &str {
    if let Some(rest) = line
        .strip_prefix(['-', '•', '*', '·', '–', '—', '▪', '◦', '‣'])
        .filter(|rest| rest.starts_with(' '))
    {
        return rest.trim_start();
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let rest = &line[digits..];
    match rest.strip_prefix(['.', ')']) {
        Some(after) if digits > 0 && digits < 3 && after.starts_with(' ') => after.trim_start(),
        _ => line,
    }
}

/// The first sentences of `text` that fit in `limit` characters, so a draft quotes a
/// whole thought; a first sentence longer than that is cut at its last clause break
/// (a comma, a semicolon, a dash) that fits, else after its last whole word that fits.
fn first_sentences(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    let fits = |end: usize| text[..end].chars().count() <= limit;
    let sentence_ends = text
        .char_indices()
        .filter(|(i, c)| matches!(c, '.' | '!' | '?') && text[i + c.len_utf8()..].starts_with(' '))
        .map(|(i, c)| i + c.len_utf8());
    if let Some(end) = sentence_ends.take_while(|end| fits(*end)).last() {
        return text[..end].to_string();
    }
    let clause_breaks = text
        .match_indices([',', ';'])
        .map(|(i, _)| i)
        .chain(text.match_indices(" — ").map(|(i, _)| i))
        .chain(text.match_indices(" - ").map(|(i, _)| i));
    if let Some(end) = clause_breaks.filter(|end| fits(*end)).max() {
        return text[..end].to_string();
    }
    let word_ends = text.match_indices(' ').map(|(i, _)| i);
    let end = word_ends
        .filter(|end| fits(*end))
        .max()
        .unwrap_or(text.len());
    text[..end].to_string()
}

/// Several sentences as one, joined by semicolons ("better forecasting. The model
/// misses" → "better forecasting; the model misses"), so the frame that quotes them
/// stays one sentence of its own.
fn one_sentence(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut start = 0;
    let push = |part: &str, out: &mut String| {
        out.push_str(&if out.is_empty() {
            part.to_string()
        } else {
            lower_first(part)
        });
    };
    for (i, c) in text.char_indices() {
        if matches!(c, '.' | '!' | '?') && text.as_bytes().get(i + 1) == Some(&b' ') && i > start {
            push(&text[start..i], &mut out);
            out.push_str("; ");
            start = i + 2;
        }
    }
    push(&text[start..], &mut out);
    out
}

/// The first word in lower case when it is an ordinary word ("Their move" → "their
/// move"); a name or an acronym ("Snowflake", "SQL") keeps its capital.
fn lower_first(text: &str) -> String {
    let first = text.split([' ', ',', ':', '.', ';']).next().unwrap_or("");
    let lower = first.to_lowercase();
    // "you're" is read as "you".
    let head = lower.split('\'').next().unwrap_or("");
    let known = |w: &str| {
        DETERMINERS.contains(&w)
            || WH.contains(&w)
            || AUX.contains(&w)
            || PREPOSITIONS.contains(&w)
            || is_verb_form(w).is_some()
            || is_gerund(w)
            || ["you", "we", "it", "someone", "somebody", "team", "data", "hiring"].contains(&w)
            // Common nouns by their ending ("Experience", "Culture").
            || ["ence", "ance", "ment", "tion", "sion", "ity", "ness", "ship", "ure", "ism"]
                .iter()
                .any(|end| w.len() > end.len() + 2 && w.ends_with(end))
    };
    let ordinary = first.chars().skip(1).all(|c| !c.is_uppercase())
        && head != "i"
        && (known(&lower) || known(head));
    if ordinary {
        lower + &text[first.len()..]
    } else {
        text.to_string()
    }
}

fn is_gerund(word: &str) -> bool {
    word.len() > 5
        && word.ends_with("ing")
        && ![
            "something",
            "nothing",
            "everything",
            "anything",
            "morning",
            "evening",
        ]
        .contains(&word)
}

/// The shape of `text` (lead-in gone, pronouns turned), and the text as the frames of
/// that shape want it: a subject added to a verb that has none ("led the migration" is
/// the user's "I led the migration"; "wants to hire" is their "you want to hire"), "to"
/// dropped before what to do.
fn classify(text: String, kind: NoteKind, question: bool) -> (String, Shape) {
    let list = words(&text);
    let lower: Vec<String> = list.iter().map(|w| w.text.to_lowercase()).collect();
    let w = |i: usize| lower.get(i).map_or("", String::as_str);
    let several = text.contains(". ") || text.contains("; ") || text.contains("? ");
    if question || several || lower.len() > 30 || lower.is_empty() {
        return (text, Shape::Sentence);
    }
    let whom =
        ["someone", "somebody"].contains(&w(0)) && ["to", "who", "that", "with"].contains(&w(1));
    // "an analyst who can talk to sales" is whom they need, too.
    let who = kind == NoteKind::Need
        && ["a", "an"].contains(&w(0))
        && lower.iter().take(5).any(|x| x == "who");
    if whom || who {
        return (text, Shape::Someone);
    }
    if WH.contains(&w(0)) {
        // "how do you ship" asks; "how the teams ship" names a topic.
        let shape = if AUX.contains(&w(1)) {
            Shape::Sentence
        } else {
            Shape::Noun
        };
        return (text, shape);
    }
    let subject = |s: &str| ["i", "you", "we", "it", "everyone", "nobody"].contains(&s);
    let verb = |s: &str| AUX.contains(&s) || is_verb_form(s).is_some();
    // "we both love", "you also lead".
    let verb_at = if is_adverb(w(1)) { 2 } else { 1 };
    if subject(w(0)) && verb(w(verb_at)) {
        return (text, Shape::Clause);
    }
    if kind == NoteKind::Strength && AUX.contains(&w(0)) {
        // "can explain models to anyone": the user can.
        return (format!("I {text}"), Shape::Clause);
    }
    if list[0].text.contains('\'') && subject(w(0).split('\'').next().unwrap_or("")) {
        // "you're", "we've", "I'm".
        return (text, Shape::Clause);
    }
    if w(0) == "to" && is_verb_form(w(1)) == Some(Form::Base) {
        let rest = text[list[1].start..].to_string();
        return infinitive(rest, kind);
    }
    // "cut", "set", "read" open a strength as the past ("cut costs by half").
    let strength = kind == NoteKind::Strength;
    let form = match is_verb_form(w(0)) {
        Some(Form::Base) if strength && SAME_PAST.contains(&w(0)) => Some(Form::Past),
        form => form,
    };
    let verb_first = match form {
        // A strength that opens with a past verb is what the user did ("grew signups").
        Some(Form::Past) if strength => true,
        Some(Form::Base) if matches!(kind, NoteKind::Need | NoteKind::Strength) => {
            return infinitive(text, kind);
        }
        Some(Form::Past) if takes_object(&lower, 1, false) => true,
        Some(Form::Third) if takes_object(&lower, 1, true) => true,
        Some(Form::Past) => return (text, Shape::Sentence),
        _ => false,
    };
    if verb_first {
        // A verb with no subject: the user's own doing in a strength, theirs elsewhere.
        let subject = if kind == NoteKind::Strength {
            "I"
        } else {
            "you"
        };
        let verb = if is_verb_form(w(0)) == Some(Form::Third) {
            to_base(w(0))
        } else {
            w(0).to_string()
        };
        let rest = &text[list[0].end..];
        return (format!("{subject} {verb}{rest}"), Shape::Clause);
    }
    // A subject and its verb further on: "data quality is a mess", "the team moved to
    // Snowflake", "the data team needs a lead". A verb form right after a determiner, a
    // possessive, "to" or a preposition is a noun or an adjective ("the proposed
    // changes"), and so is an "-s" form with no object ("plans for hiring").
    for i in 1..lower.len().min(7) {
        let before = w(i - 1);
        // "the talk you recommended": a pronoun inside the phrase opens a relative clause.
        if before == "to"
            || ["who", "that", "which", "you", "we", "i"].contains(&before)
            || before.ends_with("'s")
            || PREPOSITIONS.contains(&before)
            || DETERMINERS.contains(&before)
        {
            continue;
        }
        let plain_subject = !lower[..i]
            .iter()
            .any(|x| PREPOSITIONS.contains(&x.as_str()));
        if AUX.contains(&w(i)) {
            return (text, Shape::Clause);
        }
        match is_verb_form(w(i)) {
            Some(Form::Past) => {
                let shape = if plain_subject && takes_object(&lower, i + 1, false) {
                    Shape::Clause
                } else {
                    Shape::Sentence
                };
                return (text, shape);
            }
            Some(Form::Third) if plain_subject && takes_object(&lower, i + 1, true) => {
                return (text, Shape::Clause);
            }
            _ => {}
        }
    }
    if is_gerund(w(0)) {
        (text, Shape::Gerund)
    } else if ["if", "because", "but", "and", "so"].contains(&w(0)) {
        (text, Shape::Sentence)
    } else {
        (text, Shape::Noun)
    }
}

/// Whether the words from `i` on can be a verb's object or complement ("moved to",
/// "led the", "needs a lead"); `strict` (after an "-s" form, which may be a plural noun)
/// takes no preposition but "to" before a verb ("wants to hire").
fn takes_object(lower: &[String], i: usize, strict: bool) -> bool {
    let next = lower.get(i).map_or("", String::as_str);
    let objects = [
        "me", "us", "you", "it", "someone", "somebody", "up", "out", "down",
    ];
    if DETERMINERS.contains(&next) || objects.contains(&next) {
        return true;
    }
    if strict {
        let then = lower.get(i + 1).map_or("", String::as_str);
        next == "to" && is_verb_form(then) == Some(Form::Base)
    } else {
        next.is_empty() || PREPOSITIONS.contains(&next) || next.chars().all(|c| c.is_ascii_digit())
    }
}

/// What to do: a strength says the user can do it ("I can lead teams"), a need keeps it
/// for "help you …".
fn infinitive(text: String, kind: NoteKind) -> (String, Shape) {
    if kind == NoteKind::Strength {
        (format!("I can {text}"), Shape::Clause)
    } else {
        (text, Shape::Infinitive)
    }
}

/// Turns a note toward its reader: "their move" → "your move", "she leads" → "you lead"
/// (tied to the reader), "the team's plan" → "your team's plan" (tied to nobody).
pub fn turn(note: &str, toward: Toward) -> String {
    if toward == Toward::Nobody {
        return note.to_string();
    }
    let list = words(note);
    let mut out = String::with_capacity(note.len() + 8);
    let mut last = 0;
    let mut agree = false;
    for (i, word) in list.iter().enumerate() {
        out.push_str(&note[last..word.start]);
        last = word.end;
        let lower = word.text.to_lowercase();
        let next = list
            .get(i + 1)
            .map_or(String::new(), |n| n.text.to_lowercase());
        let swapped = if agree && !is_adverb(&lower) {
            agree = false;
            agreeing(&lower)
        } else {
            let person = toward == Toward::Person;
            let (to, agrees) = second_person_word(&lower, &next, person);
            agree = agrees;
            to
        };
        match swapped {
            Some(to) if word.text.starts_with(char::is_uppercase) => {
                out.push_str(&crate::core::check::text::capitalize(&to));
            }
            Some(to) => out.push_str(&to),
            None => out.push_str(word.text),
        }
    }
    out.push_str(&note[last..]);
    out
}

/// Where a note tied to the reader speaks of them in the third person, as the user may
/// copy it into a message to them: the pronoun and up to two words after it, lower-cased
/// ("their move from"), with the pronoun alone and its second-person word ("their",
/// "your"). None when the note has no such pronoun or it ends the note.
pub fn third_person(note: &str) -> Option<(String, String, String)> {
    let text = strip_lead_in(note);
    let list = words(text);
    let lower: Vec<String> = list.iter().map(|w| w.text.to_lowercase()).collect();
    let next = |i: usize| lower.get(i + 1).map_or("", String::as_str);
    let (i, to) = (0..lower.len()).find_map(|i| {
        let to = second_person_word(&lower[i], next(i), true).0;
        to.filter(|_| lower[i] != "the").map(|to| (i, to))
    })?;
    let last = list.get(i + 2).or_else(|| list.get(i + 1))?;
    let words = text[list[i].start..last.end].to_lowercase();
    Some((words, lower[i].clone(), to))
}

fn is_adverb(word: &str) -> bool {
    word.ends_with("ly")
        || [
            "also", "still", "now", "just", "already", "often", "both", "all",
        ]
        .contains(&word)
}

/// The second-person word for a third-person one, and whether the verb after it must
/// agree ("she leads" → "you lead"). He and she are only the reader in a note tied to them.
pub fn second_person_word(word: &str, next: &str, person: bool) -> (Option<String>, bool) {
    let to = match word {
        // "them" stays: it is as often their dashboards as their team.
        "they" => "you",
        "their" => "your",
        "theirs" => "yours",
        "themselves" => "yourselves",
        "they're" | "they've" | "they'll" | "they'd" => {
            return (Some(format!("you{}", &word[4..])), false)
        }
        "the" if ["team's", "company's"].contains(&next) => "your",
        "he" | "she" if person => return (Some("you".to_string()), true),
        "him" if person => "you",
        "his" if person => "your",
        "her" if person => {
            let object = next.is_empty()
                || PREPOSITIONS.contains(&next)
                || ["and", "or", "that", "so", "but"].contains(&next);
            if object {
                "you"
            } else {
                "your"
            }
        }
        "hers" if person => "yours",
        "himself" | "herself" if person => "yourself",
        "he's" | "she's" if person => {
            if ["been", "got"].contains(&next) {
                "you've"
            } else {
                "you're"
            }
        }
        "he'd" | "she'd" | "he'll" | "she'll" if person => {
            let tail = word.split('\'').nth(1).unwrap_or("");
            return (Some(format!("you'{tail}")), false);
        }
        _ => return (None, false),
    };
    (Some(to.to_string()), false)
}

/// The verb after "you" that was "he" or "she": "is" → "are", "leads" → "lead".
fn agreeing(verb: &str) -> Option<String> {
    let to = match verb {
        "is" => "are",
        "was" => "were",
        "has" => "have",
        "does" => "do",
        "isn't" => "aren't",
        "wasn't" => "weren't",
        "hasn't" => "haven't",
        "doesn't" => "don't",
        _ if is_verb_form(verb) == Some(Form::Third) => return Some(to_base(verb)),
        _ => return None,
    };
    Some(to.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(note: &str, kind: NoteKind) -> (String, Shape) {
        let p = phrase(note, kind, Toward::Person);
        (p.text, p.shape)
    }

    #[test]
    fn shapes_of_notes_as_people_type_them() {
        use NoteKind::*;
        let cases = [
            (
                "their move from Redshift to Snowflake",
                Detail,
                "your move from Redshift to Snowflake",
                Shape::Noun,
            ),
            (
                "We talked about the on-call rotation.",
                Detail,
                "the on-call rotation",
                Shape::Noun,
            ),
            (
                "someone to own the churn model end to end",
                Need,
                "someone to own the churn model end to end",
                Shape::Someone,
            ),
            (
                "they need a data engineer",
                Need,
                "you need a data engineer",
                Shape::Clause,
            ),
            (
                "Data quality is a mess",
                Need,
                "data quality is a mess",
                Shape::Clause,
            ),
            (
                "reduce churn in the first month",
                Need,
                "reduce churn in the first month",
                Shape::Infinitive,
            ),
            (
                "to hire two analysts",
                Need,
                "hire two analysts",
                Shape::Infinitive,
            ),
            (
                "Building self-serve dashboards",
                Strength,
                "building self-serve dashboards",
                Shape::Gerund,
            ),
            (
                "led the migration to dbt",
                Strength,
                "I led the migration to dbt",
                Shape::Clause,
            ),
            (
                "she leads the platform team",
                Detail,
                "you lead the platform team",
                Shape::Clause,
            ),
            (
                "walked me through their dbt setup",
                Detail,
                "you walked me through your dbt setup",
                Shape::Clause,
            ),
            (
                "the data team moved to Snowflake last year",
                Detail,
                "the data team moved to Snowflake last year",
                Shape::Clause,
            ),
            (
                "how the teams share one release train",
                Detail,
                "how the teams share one release train",
                Shape::Noun,
            ),
            (
                "how do they handle on-call?",
                Detail,
                "how do you handle on-call",
                Shape::Sentence,
            ),
            (
                "their plans for hiring",
                Detail,
                "your plans for hiring",
                Shape::Noun,
            ),
            (
                "the proposed changes to onboarding",
                Detail,
                "the proposed changes to onboarding",
                Shape::Noun,
            ),
            ("Snowflake costs", Detail, "Snowflake costs", Shape::Noun),
            (
                "the talk on feature flags he recommended",
                Interest,
                "the talk on feature flags you recommended",
                Shape::Noun,
            ),
            (
                "They're speaking at dbt Coalesce",
                Interest,
                "you're speaking at dbt Coalesce",
                Shape::Clause,
            ),
            (
                "Experience scaling a team",
                Strength,
                "experience scaling a team",
                Shape::Noun,
            ),
            (
                "grew organic signups 3x",
                Strength,
                "I grew organic signups 3x",
                Shape::Clause,
            ),
            (
                "Climbing. We both climb.",
                Interest,
                "climbing; we both climb",
                Shape::Sentence,
            ),
        ];
        let wrong: Vec<String> = cases
            .iter()
            .filter(|(note, kind, text, want)| shape(note, *kind) != (text.to_string(), *want))
            .map(|(note, kind, ..)| format!("{note}: {:?}", shape(note, *kind)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn words_of_any_script_are_read_without_panic() {
        for note in ["x₂₂ed", "₂₂ed plans", "José's café", "王芳", "they ₂₂ed"] {
            phrase(note, NoteKind::Detail, Toward::Person);
            phrase(note, NoteKind::Strength, Toward::Nobody);
        }
    }

    #[test]
    fn third_person_words_of_a_note() {
        assert_eq!(
            third_person("We talked about their move from Redshift"),
            Some(("their move from".into(), "their".into(), "your".into()))
        );
        assert_eq!(third_person("the team's roadmap"), None);
        assert_eq!(third_person("the talk he"), None);
    }

    #[test]
    fn pronouns_turn_toward_the_reader() {
        assert_eq!(
            turn("the talk he recommended", Toward::Person),
            "the talk you recommended"
        );
        assert_eq!(
            turn("her team and the book I gave her", Toward::Person),
            "your team and the book I gave you"
        );
        assert_eq!(
            turn("the team's plan and their roadmap", Toward::Team),
            "your team's plan and your roadmap"
        );
        assert_eq!(turn("she has built it", Toward::Team), "she has built it");
        assert_eq!(turn("She is hiring", Toward::Person), "You are hiring");
    }
}
