//! Spelling systems (`spelling`, as information): a draft that mixes "-ise" and "-ize"
//! ("organised" and "realize") gets a gentle note on the words of the less used one.
//! Either system alone is fine; the dictionary accepts British, Canadian and Australian
//! spellings (`lexicon::dialects`).

use super::text::{capitalize, Word};
use super::{Findings, Severity, MAX_PER_ID};
use crate::core::lexicon::dialects::{ize_or_ise, Dialect};
use crate::core::lexicon::Speller;

/// Notes the "-ise" or "-ize" words of the less used system when `list` has both.
pub(super) fn check(list: &[Word], speller: &Speller, out: &mut Findings) {
    let mut found: Vec<(&Word, Dialect, String)> = Vec::new();
    for word in list {
        // Most words end in neither: no lower-casing for them.
        if !word.text.is_ascii() || !word.text.contains("iz") && !word.text.contains("is") {
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
