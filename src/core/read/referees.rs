//! A call to one of the user's own referees, named by the employer ("would you mind if I
//! gave Dev Patel a ring?", "I'd like to speak with Dev about your time on his team"): a
//! request for references in other words, told from the names the user recorded.

use super::layout;
use super::lower::Lower;
use crate::core::model::Process;

/// Acts of getting in touch with someone.
const REACHING: &[&str] = &[
    "ring",
    "call",
    "phone",
    "speak",
    "talk",
    "chat",
    "contact",
    "email",
    "reach out",
    "get in touch",
    "catch up",
    "have a word",
];

/// The writer asking or saying they will ("would you mind if I", "I'd like to", "we'll").
const ASKING: &[&str] = &[
    "would you mind",
    "do you mind",
    "may i",
    "can i",
    "could i",
    "may we",
    "can we",
    "could we",
    "i'd like",
    "we'd like",
    "i would like",
    "we would like",
    "i'd love",
    "i'll",
    "we'll",
    "i will",
    "we will",
    "i'm going to",
    "we're going to",
    "i plan to",
    "we plan to",
    "is it ok if i",
    "is it okay if i",
];

/// The sentence of `text` in which the writer asks to reach one of `process`'s referees
/// by name (full name, or first name), the ask said before the name.
pub fn referee_reached(text: &str, process: &Process) -> Option<String> {
    let names: Vec<(String, String)> = process
        .references
        .iter()
        .map(|r| r.name.trim().to_lowercase())
        .filter(|n| !n.is_empty())
        .map(|n| {
            let first = n.split_whitespace().next().unwrap_or_default().to_string();
            (n, first)
        })
        .collect();
    if names.is_empty() {
        return None;
    }
    layout::sentences_of(text).into_iter().find(|sentence| {
        let lower = Lower::new(sentence);
        names.iter().any(|(full, first)| {
            let named = super::clause::word_at(&lower, full).or_else(|| {
                (first.chars().count() >= 3)
                    .then(|| super::clause::word_at(&lower, first))
                    .flatten()
            });
            named.is_some_and(|at| {
                let before = &lower[..at];
                ASKING.iter().any(|a| super::clause::has_word(before, a))
                    && REACHING.iter().any(|r| super::clause::has_word(&lower, r))
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::parse_state;

    fn process() -> Process {
        let state = parse_state(include_str!("../../../tests/data/state.json")).expect("state");
        state.processes[0].clone()
    }

    #[test]
    fn a_referee_reached_by_the_writer_is_found_by_name() {
        for text in [
            "Would you mind if I gave Dev Patel a ring this week?",
            "I'd like to have a quick chat with Dev about how you worked together.",
            "We'll call Dev Patel on Thursday, if that's all right.",
        ] {
            assert!(referee_reached(text, &process()).is_some(), "{text}");
        }
        for text in [
            "Dev Patel from our data team will join the call on Thursday.",
            "I'd like to call you on Thursday.",
            "Devon is our new office manager; I'll call him.",
        ] {
            assert!(referee_reached(text, &process()).is_none(), "{text}");
        }
    }
}
