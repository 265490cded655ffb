//! Apostrophe plurals (`grammar`): "two CV's", "the KPI's were", "the 1990's", "on
//! Friday's", "for the tip's on". A word with "'s" is a plural written with an
//! apostrophe when a number or quantity comes before it, or when what follows cannot
//! follow a possessive (a verb such as "are", a preposition, the end of the clause)
//! and the word cannot be the subject of an "is" there.

use super::clauses::Clauses;
use super::text::Word;
use super::{Findings, Input, Severity, MAX_PER_ID};

/// Words of number or quantity before a plural ("two", "several", "both").
const QUANTITIES: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "hundreds",
    "thousands",
    "dozens",
    "several",
    "many",
    "multiple",
    "few",
    "both",
    "these",
    "those",
    "all",
    "various",
    "numerous",
    "some",
    "more",
    "fewer",
];

/// Words that follow a plural but not a possessive: verbs of a plural subject (past
/// tenses that are no participle, so not "the interview's gone"), prepositions and the
/// subject of a clause that qualifies it ("the PDFs are", "the URLs in my portfolio",
/// "the interviews went", "the candidates I met").
const AFTER_PLURAL: &[&str] = &[
    "are", "were", "have", "had", "aren't", "weren't", "haven't", "for", "with", "from", "by",
    "of", "that", "which", "who", "per", "every", "each", "went", "ran", "grew", "came", "took",
    "gave", "began", "i", "we", "you", "they",
];

/// After an abbreviation, also "in" ("the URLs in my portfolio"), a past tense ("your
/// MVPs shipped"), a subject of a clause that qualifies it ("the NDAs you sent"), a
/// place or a time ("the CVs to HR", "the SOPs tomorrow") or the end of the clause:
/// "the PM's in" is rarely "the PM is in".
const AFTER_ABBREVIATION: &[&str] = &[
    "in",
    "ran",
    "went",
    "grew",
    "you",
    "we",
    "they",
    "i",
    "he",
    "she",
    "to",
    "across",
    "between",
    "within",
    "today",
    "tomorrow",
    "separately",
    "together",
];

/// Contractions with "is" or "us" that are not plurals ("it's", "let's", "one's").
const CONTRACTIONS: &[&str] = &[
    "it",
    "that",
    "what",
    "there",
    "here",
    "who",
    "he",
    "she",
    "let",
    "where",
    "how",
    "why",
    "when",
    "one",
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "nobody",
    "anyone",
    "anybody",
    "everything",
    "something",
    "nothing",
    "today",
    "tomorrow",
    "yesterday",
    "this",
];

/// Words before a weekday said more than once ("on Fridays", "work Sundays", "closed
/// Mondays", "block Fridays"): after them "Friday's" is neither "Friday is" nor a possessive.
const BEFORE_WEEKDAYS: &[&str] = &[
    "on",
    "most",
    "all",
    "some",
    "many",
    "work",
    "works",
    "worked",
    "working",
    "closed",
    "open",
    "opens",
    "free",
    "busy",
    "available",
    "off",
    "except",
    "including",
    "block",
    "blocks",
    "blocked",
    "keep",
    "keeps",
    "kept",
    "reserve",
    "reserves",
    "reserved",
    "protect",
    "protects",
    "protected",
    "avoid",
    "avoids",
    "prefer",
    "prefers",
    "spend",
    "spends",
    "spent",
];

/// Words after a weekday said more than once, besides [`AFTER_PLURAL`].
const AFTER_WEEKDAYS: &[&str] = &[
    "and",
    "or",
    "only",
    "as",
    "because",
    "so",
    "when",
    "if",
    "until",
    "too",
    "during",
    "at",
    "in",
    "through",
    "throughout",
    "instead",
];

/// Words before a noun phrase that is an object ("for the tips", "read the FAQs"): a
/// "'s" in it is no "is". Not "of": "a friend of my brother's from school".
const BEFORE_OBJECT: &[&str] = &[
    "for",
    "about",
    "through",
    "regarding",
    "with",
    "read",
    "reviewed",
    "checked",
    "followed",
    "enjoyed",
    "studied",
    "updated",
    "maintained",
    "built",
    "wrote",
    "shared",
];

/// Determiners that start such a noun phrase.
const OBJECT_DETERMINERS: &[&str] = &[
    "the", "these", "those", "your", "my", "our", "their", "his", "her", "some", "all",
];

/// Determiners before a subject noun, whose "'s" may be "is" or "has" ("the CEO's
/// away", "our new CTO's on leave").
const SUBJECT_DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "your", "my", "our", "their", "his", "her", "its",
];

/// Words after which a determiner may start the subject of a clause ("I think the
/// CEO's away").
const CLAUSE_LINKS: &[&str] = &[
    "that", "and", "but", "because", "so", "since", "when", "while", "if", "as", "think",
    "believe", "know", "heard", "hear", "said", "says", "hope", "guess", "suppose", "assume",
    "until", "once", "though", "although", "whether",
];

/// Prepositions, which follow a plural but never a possessive ("the tips on", "the
/// FAQs about").
const PREPOSITIONS: &[&str] = &[
    "on",
    "about",
    "to",
    "for",
    "with",
    "from",
    "in",
    "at",
    "during",
    "regarding",
    "behind",
    "across",
    "into",
    "over",
    "under",
];

/// Particles of phrasal verbs, which follow an object's plural but no "is" or
/// possessive ("send the signed NDA's back").
const PARTICLES: &[&str] = &["back", "out", "up", "off", "over", "along", "around"];

/// Modal verbs, which follow a plural subject but never a possessive or an "is" ("the
/// candidate's would").
const MODALS: &[&str] = &["would", "can", "could", "should", "might", "must", "cannot"];

/// Words after "will" that make it the modal verb, not the noun ("the candidate's will
/// also present", not "my father's will").
const AFTER_WILL: &[&str] = &[
    "also", "not", "be", "all", "both", "each", "then", "need", "have", "likely", "probably",
    "present", "join", "start", "soon", "still",
];

/// Verbs before an object with no determiner ("coordinating supplier's across", "sent
/// follow-up email's to"), besides [`BEFORE_OBJECT`] and words in "-ing" or "-ed".
const OBJECT_VERBS: &[&str] = &["sent", "made", "met", "led", "had", "took", "gave", "got"];

/// Verbs in "-ing" or "-ed" that take a clause, whose subject's "'s" may be "is"
/// ("assuming everyone's", "hoping traffic's on our side").
const CLAUSE_VERBS: &[&str] = &[
    "hoping",
    "assuming",
    "knowing",
    "thinking",
    "believing",
    "guessing",
    "saying",
    "seeing",
    "noticing",
    "expecting",
    "ensuring",
    "checking",
    "confirming",
    "provided",
    "suggested",
    "noticed",
    "learned",
    "assumed",
    "hoped",
    "expected",
    "believed",
    "confirmed",
    "ensured",
    "checked",
    "realised",
    "realized",
    "heard",
    "mentioned",
    "explained",
    "showed",
];

/// Whether the words before a noun (`before`, and `before_two` before it) make it an
/// object with no determiner: a verb just before it, or a verb and one modifier.
fn bare_object(clauses: &Clauses, before: Option<usize>, before_two: Option<usize>) -> bool {
    let determiner = |w: &str| OBJECT_DETERMINERS.contains(&w) || SUBJECT_DETERMINERS.contains(&w);
    // Not a verb that takes a clause ("hoping traffic's on our side"), nor a word in
    // "-ing" or "-ed" after a determiner, which describes the noun ("the trained nurse's").
    let verb = |j: usize| {
        let w = clauses.lower(j);
        (w.len() >= 5 && (w.ends_with("ing") || w.ends_with("ed"))
            || BEFORE_OBJECT.contains(&&*w)
            || OBJECT_VERBS.contains(&&*w))
            && !CLAUSE_VERBS.contains(&&*w)
            && clauses
                .previous(j)
                .is_none_or(|p| !determiner(&clauses.lower(p)))
    };
    let modifier = |j: usize| {
        let w = clauses.lower(j);
        !determiner(&w)
            && !QUANTITIES.contains(&&*w)
            && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
    };
    match (before, before_two) {
        (Some(b), _) if verb(b) => true,
        (Some(b), Some(c)) => modifier(b) && verb(c),
        _ => false,
    }
}

/// The plural of `stem`: "-ies" for a lower-case noun in a consonant and "y" ("duty":
/// "duties"), else an "s" ("KPIs", "1990s", "days").
fn plural(stem: &str) -> String {
    let bytes = stem.as_bytes();
    match bytes {
        [.., c, b'y'] if bytes.iter().all(u8::is_ascii_lowercase) && !b"aeiou".contains(c) => {
            format!("{}ies", &stem[..stem.len() - 1])
        }
        _ => format!("{stem}s"),
    }
}

/// Words that end the phrase after a subject before its verb: a new clause starts.
const CLAUSE_STARTS: &[&str] = &[
    "and", "but", "or", "which", "who", "that", "until", "since", "because", "if", "when", "as",
    "so", "after", "before", "while", "once", "i", "we", "you", "they", "he", "she", "it",
];

/// Words after a verb in "-ed" that make it the verb of a clause, not a word that
/// describes a noun ("answered most of", not "the folder marked urgent").
const AFTER_PAST_VERB: &[&str] = &[
    "the", "a", "an", "my", "our", "your", "their", "most", "all", "some", "many", "me", "us",
    "them", "him", "her", "it", "this", "that", "these", "those",
];

/// Whether the verb of a clause comes later than word `k` and the phrase after it, in
/// eight words at most and before another clause starts: a modal verb, a plural's verb,
/// or a verb in "-ed" before its object.
fn verb_later(clauses: &Clauses, k: usize) -> bool {
    let mut at = k;
    for _ in 0..8 {
        let Some(n) = clauses.next(at) else {
            return false;
        };
        let w = clauses.lower(n);
        if CLAUSE_STARTS.contains(&&*w) {
            return false;
        }
        let past = w.len() > 4
            && w.ends_with("ed")
            && clauses.next(n).is_some_and(|o| {
                let o = clauses.lower(o);
                AFTER_PAST_VERB.contains(&&*o) || o.ends_with("ing")
            });
        if MODALS.contains(&&*w) || ["will", "are", "were", "have", "had"].contains(&&*w) || past {
            return true;
        }
        at = n;
    }
    false
}

/// Days of the week, written with a capital.
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Whether word `k` ends a noun phrase that is an object: a determiner, at most two
/// words between, and before it a preposition or a verb of [`BEFORE_OBJECT`] ("for
/// the helpful tip's", "read the FAQ's").
fn object(clauses: &Clauses, k: usize) -> bool {
    let mut at = k;
    for _ in 0..3 {
        let Some(before) = clauses.previous(at) else {
            return false;
        };
        if OBJECT_DETERMINERS.contains(&&*clauses.lower(before)) {
            return clauses
                .previous(before)
                .is_some_and(|b| BEFORE_OBJECT.contains(&&*clauses.lower(b)));
        }
        at = before;
    }
    false
}

/// Finds plurals written with an apostrophe among `list`.
pub(super) fn check(input: &Input, list: &[Word], out: &mut Findings) {
    let body = &input.draft.body;
    if !body.contains("'s") && !body.contains("’s") {
        return;
    }
    let clauses = Clauses::new(input, list);
    for k in 0..clauses.len() {
        let word = clauses.original(k);
        // "1990's" is two words: "1990" and "s".
        let decade = word.len() == 4
            && word.bytes().all(|b| b.is_ascii_digit())
            && word.ends_with('0')
            && ["'s", "’s"]
                .iter()
                .any(|s| body[list[k].end..].starts_with(s));
        let (stem, end) = if decade {
            let apostrophe = body[list[k].end..].chars().next().map_or(1, char::len_utf8);
            (word, list[k].end + apostrophe + 1)
        } else {
            match word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")) {
                Some(stem) => (stem, list[k].end),
                None => continue,
            }
        };
        // "KPI", "B2B", and short degrees with two capitals ("PhD", "MSc").
        let capitals = stem.bytes().filter(u8::is_ascii_uppercase).count();
        let abbreviation = stem.len() >= 2
            && capitals >= 1
            && stem
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            || stem.len() <= 5
                && capitals >= 2
                && stem.starts_with(|c: char| c.is_ascii_uppercase())
                && stem.bytes().all(|b| b.is_ascii_alphabetic());
        // "on Friday's", "work Sunday's": a day said more than once.
        let weekday = WEEKDAYS.contains(&stem)
            && clauses
                .previous(k)
                .is_some_and(|b| BEFORE_WEEKDAYS.contains(&&*clauses.lower(b)))
            && (clauses.ends_after(k)
                || clauses.next(k).is_some_and(|n| {
                    let w = clauses.lower(n);
                    AFTER_WEEKDAYS.contains(&&*w) || AFTER_PLURAL.contains(&&*w)
                }));
        let noun = stem.len() >= 3
            && stem.bytes().all(|b| b.is_ascii_lowercase())
            && !CONTRACTIONS.contains(&stem);
        if !(decade || abbreviation || noun || weekday) {
            continue;
        }
        let lower = |j: usize| clauses.lower(j);
        let quantity = |j: Option<usize>| {
            j.is_some_and(|j| {
                let w = lower(j);
                // "one more interviewer's feedback": one, not a quantity.
                let one_more =
                    w == "more" && clauses.previous(j).is_some_and(|p| lower(p) == "one");
                QUANTITIES.contains(&&*w) && !one_more
                    || w.bytes().all(|b| b.is_ascii_digit()) && w.as_ref() != "1"
            })
        };
        // A hyphenated compound before it is one word ("four third-party API's").
        let whole = |j: usize| {
            let mut first = j;
            while first > 0 && clauses.joined(first - 1) == Some(first) {
                first -= 1;
            }
            first
        };
        let before = clauses.previous(k).map(whole);
        let before_two = before.and_then(|b| clauses.previous(b)).map(whole);
        // "two of the manager's about": a quantity, "of" and a determiner, and no noun
        // after it ("some of the committee's summary" is a possessive).
        let of_the = before.is_some_and(|b| OBJECT_DETERMINERS.contains(&&*lower(b)))
            && before_two.is_some_and(|b| lower(b) == "of")
            && quantity(before_two.and_then(|b| clauses.previous(b)));
        let counted = quantity(before) || quantity(before_two);
        // "a friend of my brother's from school": a possessive after "of" and "my".
        let double_genitive = !counted
            && !of_the
            && before.is_some_and(|b| {
                ["my", "your", "his", "her", "our", "their"].contains(&&*lower(b))
            })
            && before_two.is_some_and(|b| lower(b) == "of");
        let after = clauses.next(k).map(lower);
        let plural_after =
            !double_genitive && after.as_deref().is_some_and(|w| AFTER_PLURAL.contains(&w));
        let abbreviation_after = abbreviation
            && (clauses.ends_after(k)
                || after.as_deref().is_some_and(|w| {
                    AFTER_ABBREVIATION.contains(&w) || w.len() > 4 && w.ends_with("ed")
                }));
        // "reviews PR's asynchronously", "open FAQ's on", "quarterly KPI's and": after an
        // abbreviation that is no subject (no determiner just before it), a word that
        // neither a possessive nor an "is" or "has" fits.
        let subject_determiner = |d: usize| {
            SUBJECT_DETERMINERS.contains(&&*lower(d))
                && clauses
                    .previous(d)
                    .is_none_or(|p| CLAUSE_LINKS.contains(&&*lower(p)))
        };
        let subject_like =
            before.is_none_or(subject_determiner) || before_two.is_some_and(subject_determiner);
        let abbreviation_after = abbreviation_after
            || abbreviation
                && !subject_like
                && clauses.next(k).is_some_and(|n| {
                    let w = lower(n);
                    // Not "the CFO's and the COO's teams": a possessive after "and".
                    let coordinated = ["and", "or"].contains(&&*w)
                        && (n + 1..(n + 4).min(clauses.len())).all(|m| {
                            let o = clauses.original(m);
                            !o.ends_with("'s") && !o.ends_with("’s")
                        });
                    coordinated
                        || PREPOSITIONS.contains(&&*w)
                        || PARTICLES.contains(&&*w)
                        || w.len() >= 5 && w.ends_with("ly")
                });
        let preposition_after = clauses
            .next(k)
            .is_some_and(|n| !clauses.in_compound(n) && PREPOSITIONS.contains(&&*lower(n)));
        // "the next step's." after "about", and "sent follow-up email's to": an object
        // ends there, or an object with no determiner takes a preposition.
        let object_before_preposition = object(&clauses, k)
            && (preposition_after || clauses.ends_after(k))
            || noun && preposition_after && bare_object(&clauses, before, before_two);
        // "the FAQ's on your careers page answered most": a preposition after it and a
        // verb later in its clause, so the "'s" is no "is".
        let verb_later = (noun || abbreviation) && preposition_after && verb_later(&clauses, k);
        // "the other candidate's will also": a modal verb after it, which neither "is"
        // nor a possessive takes.
        let modal_after = noun
            && clauses.next(k).is_some_and(|n| {
                let w = lower(n);
                MODALS.contains(&&*w)
                    || w == "will"
                        && clauses
                            .next(n)
                            .is_some_and(|m| AFTER_WILL.contains(&&*lower(m)))
            });
        let counted =
            counted || of_the && (clauses.ends_after(k) || plural_after || preposition_after);
        if !(decade
            || counted
            || plural_after
            || abbreviation_after
            || weekday
            || object_before_preposition
            || modal_after
            || verb_later)
        {
            continue;
        }
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        let fix = plural(stem);
        out.push(
            "grammar",
            Severity::Warning,
            "body",
            (list[k].start, end),
            format!("A plural takes no apostrophe: \"{fix}\"."),
            fix,
        );
    }
}
