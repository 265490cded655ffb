//! Verb forms (`grammar`): the base form after "do" and a modal ("Did you received",
//! "Does she has", "I can helps", "would liked"), and a singular subject with the base
//! form of a common verb ("The manager want", "It make sense").

use super::clauses::Clauses;
use super::confusions::looks_singular;
use super::layout::Part;
use super::text::Word;
use super::{Findings, Input, Severity, MAX_PER_ID};
use crate::core::draft::words::{AUX, PREPOSITIONS};
use crate::core::lexicon::Speller;

/// Forms of "do" that take a subject and then the base form.
const DO: &[&str] = &["do", "does", "did", "don't", "doesn't", "didn't"];

/// Modals that take the base form right after them.
const MODALS: &[&str] = &[
    "can", "could", "will", "would", "shall", "should", "might", "must", "cannot",
];

/// Subject pronouns.
const PRONOUNS: &[&str] = &["i", "you", "we", "they", "he", "she", "it"];

/// Determiners of a subject noun.
const DETERMINERS: &[&str] = &[
    "the", "my", "our", "your", "his", "her", "its", "their", "this", "each", "every",
];

/// Words ending in "s" or "ed" that are not verb forms ("sometimes", "towards").
const NOT_VERBS: &[&str] = &[
    "sometimes",
    "towards",
    "afterwards",
    "besides",
    "backwards",
    "forwards",
    "upwards",
    "downwards",
    "nowadays",
    "outdoors",
    "indoors",
    "overseas",
    "anyways",
    "always",
    "perhaps",
    "thus",
    "yes",
    "plus",
    "guys",
    "folks",
    "all",
    "both",
    "yourselves",
    "themselves",
    "ourselves",
    "need",
    "indeed",
    "kindred",
    "hundred",
    "shed",
    "speed",
    "seed",
    "feed",
    "bed",
    "red",
    "wed",
    "bleed",
    "breed",
    "proceed",
    "succeed",
    "exceed",
];

/// Verbs whose "-s" form after a noun subject is not also a common plural noun.
const S_VERBS: &[&str] = &[
    "includes", "requires", "involves", "thinks", "knows", "seems", "applies", "expects",
    "provides", "allows", "sends", "receives", "gets", "makes", "takes", "gives", "goes", "comes",
    "does", "wants", "covers", "offers", "pays", "starts", "closes", "opens", "happens", "matters",
    "means",
];

/// Common verbs in the base form, with their third-person form after a singular
/// subject ("want" → "wants"); none is the same in the past.
const BASE_VERBS: &[(&str, &str)] = &[
    ("want", "wants"),
    ("need", "needs"),
    ("think", "thinks"),
    ("say", "says"),
    ("make", "makes"),
    ("offer", "offers"),
    ("work", "works"),
    ("look", "looks"),
    ("seem", "seems"),
    ("know", "knows"),
    ("like", "likes"),
    ("go", "goes"),
    ("take", "takes"),
    ("give", "gives"),
    ("require", "requires"),
    ("include", "includes"),
    ("expect", "expects"),
    ("plan", "plans"),
    ("hope", "hopes"),
    ("feel", "feels"),
    ("mean", "means"),
    ("help", "helps"),
    ("close", "closes"),
    ("open", "opens"),
    ("start", "starts"),
    ("run", "runs"),
    ("provide", "provides"),
    ("support", "supports"),
    ("sound", "sounds"),
    ("fit", "fits"),
    ("suit", "suits"),
    ("depend", "depends"),
    ("involve", "involves"),
    ("agree", "agrees"),
    ("believe", "believes"),
    ("prefer", "prefers"),
    ("send", "sends"),
    ("come", "comes"),
    ("ask", "asks"),
    ("understand", "understands"),
    ("love", "loves"),
    ("enjoy", "enjoys"),
    ("allow", "allows"),
    ("have", "has"),
    ("do", "does"),
    ("don't", "doesn't"),
    ("lead", "leads"),
    ("manage", "manages"),
    ("handle", "handles"),
    ("cover", "covers"),
];

/// Base verbs of [`BASE_VERBS`] that are also common nouns ("my thesis work on"): after
/// "he", "she" or "it" only.
const ALSO_NOUNS: &[&str] = &[
    "work", "offer", "look", "need", "plan", "help", "close", "open", "start", "run", "support",
    "sound", "fit", "cover", "lead", "love", "hope", "suit", "handle",
];

/// Words that start an object or a complement ("need my references", "look good").
const OBJECT_STARTS: &[&str] = &[
    "my",
    "your",
    "our",
    "their",
    "his",
    "her",
    "the",
    "a",
    "an",
    "me",
    "us",
    "them",
    "you",
    "it",
    "this",
    "these",
    "those",
    "good",
    "great",
    "fine",
    "promising",
    "interesting",
    "right",
    "forward",
];

/// Words that cannot end a noun subject ("the call will take").
const NOT_NOUNS: &[&str] = &[
    "will", "would", "can", "could", "should", "may", "might", "must", "shall", "also", "still",
    "just", "always", "never", "really", "only", "now", "then", "not", "often", "usually",
    "already", "even", "probably", "clearly",
];

/// Words after which a noun-verb pair is a compound noun ("the office work is").
const AFTER_COMPOUND: &[&str] = &[
    "is", "was", "has", "had", "will", "would", "can", "could", "should", "may", "might", "must",
    "isn't", "wasn't", "hasn't", "and", "or",
];

/// Words after "he", "she" or "it" that are not a verb in the base form, though the
/// dictionary knows them with an "-s": adverbs, conjunctions, prepositions, modals and
/// past tenses that are not spelled with "-ed" ("It still", "She read", "He felt").
const NOT_BASE_AFTER_PRONOUN: &[&str] = &[
    "would",
    "could",
    "should",
    "cannot",
    "dare",
    "also",
    "just",
    "still",
    "never",
    "always",
    "often",
    "only",
    "even",
    "then",
    "too",
    "already",
    "now",
    "again",
    "once",
    "alone",
    "all",
    "both",
    "himself",
    "herself",
    "itself",
    "and",
    "but",
    "nor",
    "yet",
    "not",
    "well",
    "soon",
    "here",
    "there",
    "today",
    "may",
    "might",
    "must",
    "can",
    "will",
    "shall",
    "ought",
    "further",
    "first",
    "last",
    "more",
    "less",
    "right",
    "back",
    "maybe",
    "rather",
    "quite",
    "almost",
    "perhaps",
    "instead",
    "though",
    "anyway",
    "ever",
    "later",
    "sometimes",
    "seldom",
    "went",
    "came",
    "gave",
    "took",
    "made",
    "said",
    "told",
    "felt",
    "kept",
    "left",
    "met",
    "sent",
    "spent",
    "built",
    "brought",
    "bought",
    "thought",
    "taught",
    "caught",
    "sought",
    "found",
    "held",
    "led",
    "ran",
    "saw",
    "wrote",
    "spoke",
    "chose",
    "began",
    "drove",
    "grew",
    "knew",
    "threw",
    "flew",
    "drew",
    "wore",
    "won",
    "lost",
    "paid",
    "laid",
    "sold",
    "stood",
    "understood",
    "heard",
    "meant",
    "became",
    "forgot",
    "got",
    "rose",
    "fell",
    "broke",
    "woke",
    "shook",
    "slept",
    "swept",
    "dealt",
    "sat",
    "stuck",
    "struck",
    "hung",
    "dug",
    "shone",
    "lit",
    "fed",
    "fled",
    "sped",
    "put",
    "set",
    "cut",
    "read",
    "let",
    "hit",
    "cost",
    "quit",
    "spread",
    "shut",
    "hurt",
    "bet",
    "split",
    "burst",
    "cast",
    "upset",
    "beat",
    "bid",
    "rid",
    "fit",
    "forgave",
    "withdrew",
    "oversaw",
    "undertook",
    "mistook",
    "sank",
    "sang",
    "rang",
    "drank",
    "swam",
    "ate",
    "bore",
    "tore",
    "bent",
    "lent",
    "learnt",
    "spelt",
    "burnt",
    "dreamt",
    "knelt",
    "wept",
    "crept",
    "leapt",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "from",
    "by",
    "of",
    "as",
    "like",
    "about",
    "after",
    "before",
    "over",
    "under",
    "out",
    "up",
    "down",
    "off",
    "into",
    "onto",
    "through",
    "across",
    "around",
    "near",
    "within",
    "without",
    "via",
    "per",
    "the",
    "a",
    "an",
    "my",
    "our",
    "his",
    "her",
    "its",
    "their",
    "your",
    "this",
    "that",
    "these",
    "those",
    "what",
    "who",
    "which",
    "when",
    "where",
    "why",
    "how",
    "whether",
    "if",
    "so",
    "or",
    "has",
    "had",
    "was",
    "is",
    "does",
    "did",
];

/// The "-s" form of `verb` after "he", "she" or "it" ("explain" → "explains"), if
/// `verb` reads as a base form and the dictionary knows both.
fn third_person(verb: &str, speller: &Speller) -> Option<String> {
    if verb.len() < 3
        || !verb.bytes().all(|b| b.is_ascii_lowercase())
        || ["s", "ed", "ing", "ly"]
            .iter()
            .any(|end| verb.ends_with(end))
        || NOT_BASE_AFTER_PRONOUN.contains(&verb)
    {
        return None;
    }
    let bytes = verb.as_bytes();
    let before_last = bytes[bytes.len() - 2];
    let third = if verb.ends_with('y') && !b"aeiou".contains(&before_last) {
        format!("{}ies", &verb[..verb.len() - 1])
    } else if ["x", "z", "o", "ch", "sh"]
        .iter()
        .any(|end| verb.ends_with(end))
    {
        format!("{verb}es")
    } else {
        format!("{verb}s")
    };
    (speller.check(verb) && speller.check(&third)).then_some(third)
}

/// The base form of a verb form ending in "ed" or "s", if the dictionary knows it.
fn base_form(word: &str, speller: &Speller) -> Option<String> {
    if word == "has" {
        return Some("have".to_string());
    }
    if NOT_VERBS.contains(&word) || word.len() < 4 {
        return None;
    }
    let mut candidates: Vec<String> = Vec::new();
    if let Some(stem) = word.strip_suffix("ied") {
        candidates.push(format!("{stem}y"));
    } else if let Some(stem) = word.strip_suffix("ed") {
        candidates.push(format!("{stem}e"));
        let bytes = stem.as_bytes();
        if bytes.len() >= 2 && bytes[bytes.len() - 1] == bytes[bytes.len() - 2] {
            candidates.push(stem[..stem.len() - 1].to_string());
        }
        candidates.push(stem.to_string());
    } else if word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
    {
        if let Some(stem) = word.strip_suffix("ies") {
            candidates.push(format!("{stem}y"));
        }
        if let Some(stem) = word.strip_suffix("es") {
            if stem.ends_with(['s', 'x', 'z', 'o']) || stem.ends_with("ch") || stem.ends_with("sh")
            {
                candidates.push(stem.to_string());
            }
        }
        candidates.push(word[..word.len() - 1].to_string());
    }
    candidates
        .into_iter()
        .find(|c| c.len() >= 2 && speller.check(c))
}

fn report(out: &mut Findings, span: (usize, usize), written: &str, fix: String, why: &str) {
    out.push(
        "grammar",
        Severity::Warning,
        "body",
        span,
        format!("\"{written}\" {why}: write \"{fix}\"."),
        fix,
    );
}

/// Finds verb forms that do not fit their subject or the word before them in `list`.
/// Whether the sentence going on at byte `at` of `body` is a question: its first end
/// mark after `at` is a question mark.
fn asks(body: &str, at: usize) -> bool {
    body[at..]
        .find(['.', '?', '!', '\n'])
        .is_some_and(|end| body[at + end..].starts_with('?'))
}

pub(super) fn check(input: &Input, list: &[Word], out: &mut Findings) {
    let Some(speller) = input.options.speller else {
        return;
    };
    let clauses = Clauses::new(input, list);
    for k in 0..clauses.len() {
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        let lower = clauses.lower(k);
        let word = lower.as_ref();
        // "Did you received", "Does the role includes".
        if DO.contains(&word) {
            let Some(subject) = clauses.next(k) else {
                continue;
            };
            let s = clauses.lower(subject);
            let verbs: Vec<usize> = if PRONOUNS.contains(&s.as_ref()) {
                clauses.next(subject).into_iter().collect()
            } else if DETERMINERS.contains(&s.as_ref()) {
                let noun = clauses.next(subject);
                let second = noun.and_then(|n| clauses.next(n));
                let third = second.and_then(|n| clauses.next(n));
                second.into_iter().chain(third).collect()
            } else {
                Vec::new()
            };
            let pronoun = PRONOUNS.contains(&s.as_ref());
            for v in verbs {
                let verb = clauses.lower(v);
                let fits = verb.ends_with("ed")
                    || verb == "has"
                    || pronoun && verb.ends_with('s')
                    || S_VERBS.contains(&verb.as_ref());
                if !fits || clauses.in_compound(v) {
                    continue;
                }
                if let Some(base) = base_form(&verb, speller) {
                    let written = clauses.original(v);
                    report(
                        out,
                        (list[v].start, list[v].end),
                        written,
                        base,
                        &format!(
                            "after \"{}\" the verb takes its base form",
                            clauses.original(k)
                        ),
                    );
                    break;
                }
            }
            continue;
        }
        // "I can helps", "would liked"; not a question that puts its subject after the
        // modal ("or should examples come from …?").
        if MODALS.contains(&word)
            && clauses.original(k).starts_with(|c: char| c.is_lowercase())
            && !asks(&input.draft.body, list[k].end)
        {
            let Some(v) = clauses.next(k) else { continue };
            let verb = clauses.lower(v);
            if (verb.ends_with('s') || verb.ends_with("ed")) && !clauses.in_compound(v) {
                if let Some(base) = base_form(&verb, speller) {
                    report(
                        out,
                        (list[v].start, list[v].end),
                        clauses.original(v),
                        base,
                        &format!(
                            "after \"{}\" the verb takes its base form",
                            clauses.original(k)
                        ),
                    );
                }
            }
            continue;
        }
        // "The manager want", "It make sense": a singular subject that starts a clause
        // of prose ("IT Support" in a signature is a department).
        if !clauses.starts_at(k)
            || clauses.original(k) == "IT"
            || !matches!(
                input.layout.part_at(list[k].start),
                Part::Prose | Part::Item
            )
        {
            continue;
        }
        let subject_end = if ["he", "she", "it"].contains(&word) {
            Some(k)
        } else if DETERMINERS.contains(&word) {
            let noun = clauses.next(k);
            let second = noun.and_then(|n| clauses.next(n));
            // "the hiring manager want": a noun of one or two words.
            let singular = |n: usize| {
                let lower = clauses.lower(n);
                looks_singular(clauses.original(n))
                    && !clauses.in_compound(n)
                    && !NOT_NOUNS.contains(&lower.as_ref())
                    // "the plan to send": an infinitive follows the noun; "the client
                    // has come": an auxiliary does.
                    && !PREPOSITIONS.contains(&lower.as_ref())
                    && !AUX.contains(&lower.as_ref())
            };
            match (noun, second) {
                (Some(n), Some(m))
                    if singular(m) && !BASE_VERBS.iter().any(|b| b.0 == clauses.lower(m)) =>
                {
                    Some(m).filter(|_| singular(n) || clauses.lower(n).ends_with("ing"))
                }
                (Some(n), _) if singular(n) => Some(n),
                _ => None,
            }
        } else {
            None
        };
        let Some(end) = subject_end else { continue };
        let Some(v) = clauses.next(end) else { continue };
        let verb = clauses.lower(v);
        let third = match BASE_VERBS.iter().find(|b| b.0 == verb) {
            Some((_, third)) => third.to_string(),
            // After "he", "she" or "it", any verb the dictionary knows with its "-s" form.
            None if end == k && clauses.next(v).is_some() => match third_person(&verb, speller) {
                Some(third) => third,
                None => continue,
            },
            None => continue,
        };
        // "The recruiter need my references", not "my thesis work on": a word that is
        // also a noun is a verb when an object or a complement follows it.
        let object_follows = clauses
            .next(v)
            .is_some_and(|n| OBJECT_STARTS.contains(&clauses.lower(n).as_ref()));
        if end != k && ALSO_NOUNS.contains(&verb.as_ref()) && !object_follows {
            continue;
        }
        let compound = clauses
            .next(v)
            .is_some_and(|n| AFTER_COMPOUND.contains(&clauses.lower(n).as_ref()))
            || clauses.ends_after(v) && end != k;
        if compound || clauses.in_compound(v) {
            continue;
        }
        report(
            out,
            (list[v].start, list[v].end),
            clauses.original(v),
            third,
            "does not agree with its singular subject",
        );
    }
}
