//! Pronoun case (`grammar`): an object pronoun as a subject joined by "and" ("Me and
//! Jack went", "Him and I met", "Sarah and me will") and "I" as an object joined by
//! "and" ("between you and I", "thanked Alex and I").

use super::clauses::Clauses;
use super::text::{capitalize, Word};
use super::{Findings, Input, Severity, MAX_PER_ID};

/// Object pronouns and their subject forms.
const SUBJECT_OF: &[(&str, &str)] = &[
    ("me", "I"),
    ("him", "he"),
    ("her", "she"),
    ("them", "they"),
    ("us", "we"),
];

/// Words before "X and I" that take an object: prepositions and verbs that do.
const TAKES_OBJECT: &[&str] = &[
    "between",
    "with",
    "for",
    "to",
    "from",
    "about",
    "by",
    "like",
    "among",
    "invited",
    "asked",
    "thanked",
    "told",
    "emailed",
    "called",
    "copy",
    "cc",
    "join",
    "joined",
    "met",
    "meet",
    "help",
    "helped",
    "introduced",
    "showed",
    "both",
    "interviewed",
    "contacted",
    "sent",
    "gave",
    "hired",
    "trained",
    "taught",
    "inviting",
    "asking",
    "thanking",
    "telling",
    "helping",
    "joining",
    "meeting",
    "of",
    "on",
    "at",
    "against",
    "without",
    "towards",
    "toward",
    "including",
    "reach",
    "contact",
    "call",
    "email",
    "ask",
    "tell",
    "thank",
    "invite",
    "send",
    "give",
    "show",
    "let",
    "remind",
    "reminded",
    "introduce",
    "involve",
    "involved",
    "include",
    "included",
    "update",
    "updated",
    "inform",
    "informed",
    "offer",
    "offered",
    "offering",
    "promised",
    "owe",
    "owed",
    "paid",
    "handed",
    "lent",
    "bought",
    "booked",
];

/// Words that can follow "X and I" as an object but never as a subject.
const AFTER_OBJECT: &[&str] = &[
    "to",
    "for",
    "on",
    "at",
    "in",
    "about",
    "with",
    "from",
    "last",
    "yesterday",
    "today",
    "tomorrow",
    "this",
    "next",
    "after",
    "before",
    "during",
    "so",
    "because",
    "as",
    "together",
    "both",
    "again",
    "earlier",
    "recently",
];

/// More words that follow "X and I" as an object, never "I" as a subject: "between you
/// and I until", "told Amira and I that", and the thing given after a verb that takes
/// two objects ("offered Omar and I the same salary").
const AFTER_OBJECT_I: &[&str] = &[
    "until", "when", "that", "if", "once", "whenever", "by", "the", "a", "an", "some", "more",
    "our", "their", "his", "her",
];

/// Words that follow "X and he" as an object and hardly ever "he" as a subject ("they
/// both agreed" is a subject).
const AFTER_OBJECT_PRONOUN: &[&str] = &["before", "after", "until", "during"];

/// Subject pronouns after "and" and their object forms.
const OBJECT_OF: &[(&str, &str)] = &[
    ("i", "me"),
    ("he", "him"),
    ("she", "her"),
    ("we", "us"),
    ("they", "them"),
];

/// Prepositions, before whose object "he", "she", "we" and "they" are never right.
const PREPOSITIONS: &[&str] = &[
    "between", "with", "for", "to", "from", "about", "among", "without", "of", "towards", "toward",
    "against",
];

/// Verbs that follow a subject of two people ("Him and her went").
const VERBS_AFTER_SUBJECT: &[&str] = &[
    "went", "were", "are", "will", "would", "have", "had", "met", "did", "both", "also", "worked",
    "spoke", "can", "could", "should", "agreed", "decided",
];

/// Past tenses not spelled with "-ed", after a subject ("him and I built").
const IRREGULAR_PASTS: &[&str] = &[
    "built", "rebuilt", "ran", "led", "wrote", "rewrote", "made", "took", "set", "sent", "spent",
    "found", "kept", "won", "began", "grew", "drew", "brought", "taught", "sold", "told", "held",
    "left", "got", "gave", "came", "saw", "chose", "knew", "thought", "cut", "shut", "put",
    "split", "flew", "drove", "met", "bought", "caught", "fought", "sought",
];

/// Determiners that start a two-word name for a person ("my manager", "the team").
const DETERMINERS: &[&str] = &["my", "the", "our", "your", "his", "her", "their", "a"];

/// Finds object pronouns used as subjects, and "I" used as an object, among `list`.
pub(super) fn check(input: &Input, list: &[Word], out: &mut Findings) {
    let clauses = Clauses::new(input, list);
    let body = &input.draft.body;
    for k in 0..clauses.len() {
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        let lower = clauses.lower(k);
        // "Sarah and me will attend": "me" after "and" in a subject, a verb after it.
        if lower == "me" {
            let subject = clauses.previous(k).filter(|&a| clauses.lower(a) == "and");
            let other = subject.and_then(|a| clauses.previous(a));
            let verb_follows = clauses.next(k).is_some_and(|n| {
                let verb = clauses.lower(n);
                VERBS_AFTER_SUBJECT.contains(&verb.as_ref())
                    || IRREGULAR_PASTS.contains(&verb.as_ref())
                    || verb.len() > 4 && verb.ends_with("ed")
            });
            // "Him and me presented" is the next rule's: both pronouns change.
            let other = other.filter(|&o| !SUBJECT_OF.iter().any(|(p, _)| clauses.lower(o) == *p));
            if let (Some(other), true) = (other, verb_follows) {
                let named = clauses
                    .original(other)
                    .starts_with(|c: char| c.is_uppercase())
                    || SUBJECT_OF.iter().any(|(_, s)| clauses.lower(other) == *s);
                // "My manager and me discussed": a determiner and a noun.
                let described = clauses.previous(other).filter(|&d| {
                    DETERMINERS.contains(&clauses.lower(d).as_ref()) && clauses.starts_at(d)
                });
                if named && clauses.starts_at(other) || described.is_some() {
                    out.push(
                        "grammar",
                        Severity::Warning,
                        "body",
                        (list[k].start, list[k].end),
                        "\"me\" is part of the subject here: write \"I\".".to_string(),
                        "I".to_string(),
                    );
                    continue;
                }
            }
        }
        // "Me and Jack went": at the start of a clause, an object pronoun and "and".
        if let Some((_, subject)) = SUBJECT_OF.iter().find(|(o, _)| *o == lower) {
            let Some(and) = clauses.next(k).filter(|&a| clauses.lower(a) == "and") else {
                continue;
            };
            // After a comma that closes an opening phrase ("At Acme, him and I built"),
            // only with "I" and a verb of a subject after it.
            let after_comma = !clauses.starts_at(k) && k > 0 && clauses.previous(k).is_none();
            if !clauses.starts_at(k) && !after_comma {
                continue;
            }
            let Some(other) = clauses.next(and) else {
                continue;
            };
            if after_comma
                && (clauses.lower(other) != "i"
                    || !clauses.next(other).is_some_and(|v| {
                        let verb = clauses.lower(v);
                        VERBS_AFTER_SUBJECT.contains(&verb.as_ref())
                            || IRREGULAR_PASTS.contains(&verb.as_ref())
                            || verb.len() > 4 && verb.ends_with("ed")
                    }))
            {
                continue;
            }
            let other_lower = clauses.lower(other);
            // The other person: "I", a pronoun, a name, or a determiner and a noun.
            // "her" followed by a noun is a determiner ("Him and her team").
            let her_as_determiner = other_lower == "her"
                && clauses
                    .next(other)
                    .is_some_and(|n| !VERBS_AFTER_SUBJECT.contains(&clauses.lower(n).as_ref()));
            let (end, fix) = if other_lower == "i" {
                (other, format!("{} and I", capitalize(subject)))
            } else if let Some((_, theirs)) = SUBJECT_OF
                .iter()
                .find(|(o, _)| *o == other_lower && !her_as_determiner)
            {
                (other, format!("{} and {theirs}", capitalize(subject)))
            } else if DETERMINERS.contains(&other_lower.as_ref()) {
                let Some(noun) = clauses.next(other) else {
                    continue;
                };
                let person = &body[list[other].start..list[noun].end];
                let fix = if *subject == "I" {
                    format!("{} and I", capitalize(person))
                } else {
                    format!("{} and {person}", capitalize(subject))
                };
                (noun, fix)
            } else if clauses
                .original(other)
                .starts_with(|c: char| c.is_uppercase())
            {
                let person = clauses.original(other);
                let fix = if *subject == "I" {
                    format!("{person} and I")
                } else {
                    format!("{} and {person}", capitalize(subject))
                };
                (other, fix)
            } else {
                continue;
            };
            // A verb must follow: "Me and Jack went", not "Him and me, always".
            if clauses.next(end).is_none() {
                continue;
            }
            let span = (list[k].start, list[end].end);
            out.push(
                "grammar",
                Severity::Warning,
                "body",
                span,
                format!(
                    "\"{}\" is the subject here: write \"{fix}\".",
                    &body[span.0..span.1]
                ),
                fix,
            );
            continue;
        }
        // "between you and I", "to Nadia and he": a subject pronoun after "and" or
        // "or", as an object.
        if lower == "myself" {
            reflexive_object(&clauses, list, k, out);
            continue;
        }
        let Some((_, object)) = OBJECT_OF
            .iter()
            .find(|(s, _)| *s == lower && (lower != "i" || clauses.original(k) == "I"))
        else {
            continue;
        };
        let Some(and) = clauses
            .previous(k)
            .filter(|&a| matches!(clauses.lower(a).as_ref(), "and" | "or"))
        else {
            continue;
        };
        let followed_by_object_word = match clauses.next(k) {
            None => clauses.ends_after(k),
            Some(n) => {
                let next = clauses.lower(n);
                if lower == "i" {
                    AFTER_OBJECT.contains(&next.as_ref()) || AFTER_OBJECT_I.contains(&next.as_ref())
                } else {
                    AFTER_OBJECT_PRONOUN.contains(&next.as_ref())
                }
            }
        };
        if !followed_by_object_word {
            continue;
        }
        let Some(before) = word_before_person(&clauses, and) else {
            continue;
        };
        let before = clauses.lower(before);
        let takes_object = if lower == "i" {
            TAKES_OBJECT.contains(&before.as_ref())
        } else {
            PREPOSITIONS.contains(&before.as_ref())
        };
        if takes_object {
            out.push(
                "grammar",
                Severity::Warning,
                "body",
                (list[k].start, list[k].end),
                format!(
                    "After a preposition or a verb, write \"{object}\", not \"{}\".",
                    clauses.original(k)
                ),
                (*object).to_string(),
            );
        }
    }
}

/// The word before the other person of "X and I" that ends at `and`: the person is up
/// to three words (a name, a title and a name, a determiner and a noun, a hyphenated
/// noun), with "either" or "both" before it.
fn word_before_person(clauses: &Clauses, and: usize) -> Option<usize> {
    let mut at = and;
    for _ in 0..4 {
        let previous = clauses
            .previous(at)
            .or_else(|| at.checked_sub(1).filter(|&p| clauses.joined(p) == Some(at)))?;
        let word = clauses.lower(previous);
        if TAKES_OBJECT.contains(&word.as_ref()) && at != and {
            return Some(previous);
        }
        if matches!(
            word.as_ref(),
            "and" | "or" | "i" | "we" | "they" | "he" | "she"
        ) {
            return None;
        }
        at = previous;
    }
    None
}

/// Whether a word of the sentence of word `k` is the writer as a subject ("I", "I'm").
fn writer_is_subject(clauses: &Clauses, k: usize) -> bool {
    let start = clauses.sentence_start(k);
    let end = (k + 1..clauses.len())
        .find(|&j| clauses.sentence_start(j) != start)
        .unwrap_or(clauses.len());
    (start..end).any(|j| {
        matches!(
            clauses.lower(j).as_ref(),
            "i" | "i'm" | "i've" | "i'd" | "i'll"
        )
    })
}

/// "myself" as an object or a subject where no "I" does the action ("send it to
/// myself", "Myself and the team delivered", "asked Priya and myself"): "me" or "I".
fn reflexive_object(clauses: &Clauses, list: &[Word], k: usize, out: &mut Findings) {
    let subject =
        clauses.starts_at(k) && clauses.next(k).is_some_and(|n| clauses.lower(n) == "and");
    let object = clauses.previous(k).is_some_and(|p| {
        let word = clauses.lower(p);
        matches!(word.as_ref(), "to" | "with" | "from" | "between")
            || matches!(word.as_ref(), "and" | "or")
                && word_before_person(clauses, p)
                    .is_some_and(|b| TAKES_OBJECT.contains(&clauses.lower(b).as_ref()))
    });
    if !(subject || object) || writer_is_subject(clauses, k) {
        return;
    }
    let fix = if subject { "I" } else { "me" };
    out.push(
        "grammar",
        Severity::Warning,
        "body",
        (list[k].start, list[k].end),
        format!("No \"I\" does this: write \"{fix}\", not \"myself\"."),
        fix.to_string(),
    );
}
