//! Spelling systems (`spelling`, as information). With a system chosen (the profile's
//! `spelling`, else the browser's language), a word written the way another system
//! writes it gets a gentle note with this system's form ("colour" for a user who writes
//! American English). Without one, and for British English, which writes both "-ise" and
//! "-ize", a draft that mixes the two gets a note on the words of the less used one. The
//! dictionary accepts every system's spellings (`lexicon::dialects`): none is an error.

use super::layout::Part;
use super::text::{capitalize, Word};
use super::{Findings, Input, Severity, MAX_PER_ID};
use crate::core::lexicon::dialects::{form_in, ize_or_ise, Dialect};
use crate::core::lexicon::Speller;
use crate::core::model::Spelling;

/// Notes the words of `list` spelt as another system than the user's spells them.
pub(super) fn check(input: &Input, list: &[Word], speller: &Speller, out: &mut Findings) {
    let system = input
        .state
        .profile
        .spelling_system()
        .or(input.options.spelling);
    if matches!(system, None | Some(Spelling::Uk)) {
        mixed(list, speller, out);
    }
    if let Some(system) = system {
        other_systems(input, list, speller, system, out);
    }
}

/// Notes each word written as another system writes it, with `system`'s form. Words
/// with a capital are left alone ("Gray" is also a name), and so are the state's names
/// and the user's own words.
fn other_systems(
    input: &Input,
    list: &[Word],
    speller: &Speller,
    system: Spelling,
    out: &mut Findings,
) {
    let name = match system {
        Spelling::Us => "American",
        Spelling::Uk => "British",
        Spelling::Ca => "Canadian",
        Spelling::Au => "Australian",
    };
    for word in list {
        if out.count("spelling") >= MAX_PER_ID {
            return;
        }
        // A signature's lines are names and titles as the user's employer writes them.
        if !word.text.bytes().all(|b| b.is_ascii_lowercase())
            || input.known.contains(word.text)
            || input.layout.part_at(word.start) == Part::Signature
        {
            continue;
        }
        let Some(form) = form_in(system, word.text, |w| speller.check(w)) else {
            continue;
        };
        out.push(
            "spelling",
            Severity::Info,
            "body",
            (word.start, word.end),
            format!("{name} English spells it \"{form}\"."),
            form,
        );
    }
}

/// Whether `word` has "is" or "iz" in it: one pass over its bytes, which most words,
/// having neither, leave at once.
fn has_is_or_iz(word: &str) -> bool {
    word.as_bytes()
        .windows(2)
        .any(|pair| pair[0] == b'i' && matches!(pair[1], b's' | b'z'))
}

/// Notes the "-ise" or "-ize" words of the less used system when `list` has both.
fn mixed(list: &[Word], speller: &Speller, out: &mut Findings) {
    let mut found: Vec<(&Word, Dialect, String)> = Vec::new();
    for word in list {
        // Most words end in neither: no lower-casing for them.
        if !word.text.is_ascii() || !has_is_or_iz(word.text) {
            continue;
        }
        let lower = word.text.to_ascii_lowercase();
        let Some((dialect, other)) = ize_or_ise(&lower) else {
            continue;
        };
        // A British "-ise" word counts when its "-ize" form is a word ("advise" has none).
        let american = match dialect {
            Dialect::American => &lower,
            Dialect::British => &other,
        };
        if speller.check(american) {
            found.push((word, dialect, other));
        }
    }
    let british = found.iter().filter(|f| f.1 == Dialect::British).count();
    let american = found.len() - british;
    if british == 0 || american == 0 {
        return;
    }
    let minority = if british < american {
        Dialect::British
    } else {
        Dialect::American
    };
    let (used, other_name) = match minority {
        Dialect::British => ("American", "British"),
        Dialect::American => ("British", "American"),
    };
    for (word, _, other) in found.iter().filter(|f| f.1 == minority) {
        if out.count("spelling") >= MAX_PER_ID {
            return;
        }
        let fix = if word.text.starts_with(|c: char| c.is_uppercase()) {
            capitalize(other)
        } else {
            other.clone()
        };
        out.push(
            "spelling",
            Severity::Info,
            "body",
            (word.start, word.end),
            format!(
                "This draft mostly uses {used} spelling; \"{}\" is the {other_name} form.",
                word.text
            ),
            fix,
        );
    }
}
