//! A small learned reader beside the rules: a logistic model over the words and word
//! pairs of a message, trained on the reading corpus (`tests/data/read/`, its parts named
//! in [`super::training`]). Phrase tables know the wordings someone wrote down; the model
//! knows which words go with which kind across thousands of messages, so it still has an
//! opinion on wording nobody wrote down. It never decides alone: the rules read first,
//! and the model's kind is taken only for a message the rules read as nothing to record,
//! never as a rejection or an offer, only where the rules would allow that kind at all,
//! and always as a reading to confirm (see `guessed` in the reader).
//!
//! The weights ([`super::weights`]) are generated, not written: a test trains the model
//! again from the corpus and fails if they differ, and `make reader-model` writes them.

use super::cues;
use super::lower::Lower;
use super::weights::{BIAS, FEATURES, SCALE};
use super::Says;

/// What stands for every digit run, weekday and month name: the model learns "a day is
/// named here", not which day.
const NUMBER: &str = "#n";
/// See [`NUMBER`].
const WEEKDAY: &str = "#d";
/// See [`NUMBER`].
const MONTH: &str = "#m";

/// Weekdays written short (their full names are [`cues::WEEKDAYS`]).
const SHORT_WEEKDAYS: [&str; 10] = [
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
];

/// Months written short.
const SHORT_MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// The words of `lower` as the model sees them: letters (and inner apostrophes) in runs,
/// numbers, weekdays and months (short or long, "may" left a verb) each as one token.
fn tokens(lower: &str) -> Vec<&str> {
    lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.chars().all(|c| c.is_ascii_digit()) {
                NUMBER
            } else if cues::WEEKDAYS.contains(&w) || SHORT_WEEKDAYS.contains(&w) {
                WEEKDAY
            } else if (w != "may" && super::month_named(w)) || SHORT_MONTHS.contains(&w) {
                MONTH
            } else {
                w
            }
        })
        .collect()
}

/// A feature of a message, as the model knows it: the FNV-1a hash of a word, or of two
/// neighbouring words with a space between. A hash, not the words, so a message is read
/// without a string made per word, and the table holds four bytes per feature; two
/// features that happened to share a hash would share a weight, which costs the model
/// next to nothing.
pub(super) type Feature = u32;

/// FNV-1a's starting value.
const FNV_OFFSET: Feature = 0x811C_9DC5;

/// `hash` carried on over `bytes` (FNV-1a).
fn fnv(hash: Feature, bytes: &[u8]) -> Feature {
    bytes.iter().fold(hash, |h, b| {
        (h ^ Feature::from(*b)).wrapping_mul(0x0100_0193)
    })
}

/// The feature of one word, or of two (`words` holds one or two).
fn feature_of(words: &[&str]) -> Feature {
    words
        .iter()
        .enumerate()
        .fold(FNV_OFFSET, |hash, (at, word)| {
            let hash = if at > 0 { fnv(hash, b" ") } else { hash };
            fnv(hash, word.as_bytes())
        })
}

/// Calls `visit` with each word, and each pair of neighbouring words, of the subject and
/// of each sentence (pairs never run from one sentence into the next).
fn each_feature(subject: &str, sentences: &[(String, Lower)], mut visit: impl FnMut(&[&str])) {
    let subject = subject.to_lowercase();
    for text in std::iter::once(subject.as_str()).chain(sentences.iter().map(|(_, l)| &**l)) {
        let words = tokens(text);
        for (at, word) in words.iter().enumerate() {
            visit(std::slice::from_ref(word));
            if at > 0 {
                visit(&words[at - 1..=at]);
            }
        }
    }
}

/// The features of a message with `subject` and `sentences`, each once, in order.
pub(super) fn features(subject: &str, sentences: &[(String, Lower)]) -> Vec<Feature> {
    let mut found = Vec::new();
    each_feature(subject, sentences, |words| found.push(feature_of(words)));
    found.sort_unstable();
    found.dedup();
    found
}

/// Each feature of a message with the words it stands for, for the weights file.
#[cfg(test)]
pub(super) fn named_features(
    subject: &str,
    sentences: &[(String, Lower)],
) -> Vec<(Feature, String)> {
    let mut found = Vec::new();
    each_feature(subject, sentences, |words| {
        found.push((feature_of(words), words.join(" ")));
    });
    found
}

/// Each kind's share of belief (in [`Says::ALL`]'s order, summing to one) for a message
/// with `features`.
pub(super) fn odds(features: &[Feature]) -> [f32; 9] {
    let weights: Vec<&[i8; 9]> = features
        .iter()
        .filter_map(|f| {
            FEATURES
                .binary_search_by_key(f, |(known, _)| *known)
                .ok()
                .map(|at| &FEATURES[at].1)
        })
        .collect();
    let norm = 1.0 / ((weights.len() + 1) as f32).sqrt();
    let mut logits = BIAS;
    for w in &weights {
        for (logit, weight) in logits.iter_mut().zip(w.iter()) {
            *logit += norm * SCALE * f32::from(*weight);
        }
    }
    softmax(logits)
}

/// `logits` as shares summing to one.
fn softmax(logits: [f32; 9]) -> [f32; 9] {
    let top = logits.iter().copied().fold(f32::MIN, f32::max);
    let mut shares = logits.map(|l| (l - top).exp());
    let sum: f32 = shares.iter().sum();
    for share in &mut shares {
        *share /= sum;
    }
    shares
}

/// The kind the model believes most of a message with `features`, and how much.
pub(super) fn likeliest(features: &[Feature]) -> (Says, f32) {
    let shares = odds(features);
    let (at, share) =
        shares.iter().enumerate().fold(
            (0, f32::MIN),
            |best, (at, &s)| if s > best.1 { (at, s) } else { best },
        );
    (Says::ALL[at], share)
}

/// The one of `sentences` that says `kind` most, to quote; None when there are none.
pub(super) fn telling_sentence(sentences: &[(String, Lower)], kind: Says) -> Option<&str> {
    let at = Says::ALL.iter().position(|k| *k == kind)?;
    sentences
        .iter()
        .map(|sentence| {
            let alone = features("", std::slice::from_ref(sentence));
            (sentence.0.as_str(), odds(&alone)[at])
        })
        .fold(None, |best: Option<(&str, f32)>, (s, share)| match best {
            Some((_, top)) if top >= share => best,
            _ => Some((s, share)),
        })
        .map(|(s, _)| s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(text: &str) -> (String, Lower) {
        (text.to_string(), Lower::new(text))
    }

    fn named(subject: &str, sentences: &[(String, Lower)]) -> Vec<String> {
        named_features(subject, sentences)
            .into_iter()
            .map(|(_, n)| n)
            .collect()
    }

    #[test]
    fn days_and_numbers_are_tokens_of_their_class() {
        let found = named(
            "Re: Friday",
            &[sentence("We will decide by Friday 4 December.")],
        );
        for f in [
            "#d",
            "#n",
            "#m",
            "by #d",
            "#d #n",
            "#n #m",
            "will decide",
            "re #d",
        ] {
            assert!(found.contains(&f.to_string()), "{f} in {found:?}");
        }
        assert!(!found
            .iter()
            .any(|f| f.contains("friday") || f.contains('4')));
    }

    #[test]
    fn pairs_do_not_run_across_sentences() {
        let found = named(
            "",
            &[sentence("Thanks again."), sentence("Sorry for the wait.")],
        );
        assert!(!found.contains(&"again sorry".to_string()));
        assert!(found.contains(&"for the".to_string()));
    }

    #[test]
    fn each_feature_is_the_hash_of_its_words() {
        let sentences = [sentence("Decide soon.")];
        let hashed = features("", &sentences);
        for (feature, words) in named_features("", &sentences) {
            assert!(hashed.contains(&feature), "{words}");
        }
        assert_eq!(hashed.len(), 3, "decide, soon, decide soon");
        assert_eq!(
            feature_of(&["decide", "soon"]),
            feature_of(&["decide soon"])
        );
    }

    #[test]
    fn shares_sum_to_one_and_follow_the_words() {
        let shares = odds(&features(
            "Your application",
            &[sentence(
                "The hiring freeze means the search is on hold until the new year.",
            )],
        ));
        assert!((shares.iter().sum::<f32>() - 1.0).abs() < 1e-4);
        let (kind, _) = likeliest(&features(
            "Away",
            &[sentence(
                "I am out of the office with limited access to email and will be back on Monday.",
            )],
        ));
        assert_eq!(kind, Says::OutOfOffice);
    }

    #[test]
    fn the_telling_sentence_is_the_one_about_the_kind() {
        let sentences = [
            sentence("Thanks for your patience."),
            sentence("The whole search is paused while the budget is reviewed."),
            sentence("Have a good weekend."),
        ];
        assert_eq!(
            telling_sentence(&sentences, Says::Delay),
            Some("The whole search is paused while the budget is reviewed.")
        );
        assert_eq!(telling_sentence(&[], Says::Delay), None);
    }
}
