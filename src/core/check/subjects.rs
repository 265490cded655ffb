//! A plural subject with a singular verb (`grammar`): a plural head and the phrase after
//! it ("the results of the pilot was", "people on my team is", "the requirements listed in the brief matches",
//! "all of the documents was"), a plural head and a clause that says which ("the forms you
//! sent me has", "the people I met was"), and two singular nouns joined by "and", each
//! with its determiner ("the salary and the start date is"). The verb agrees with the
//! head, not with the noun nearest to it.

use super::agreement::{is_clause_opener, verb_group_end, RELATIVES};
use super::clauses::Clauses;
use super::confusions::{looks_plural, looks_singular};
use super::layout::Part;
use super::text::Word;
use super::{Findings, Input, Severity, MAX_PER_ID};

/// Determiners before a plural subject ("the results", "our clients").
const PLURAL_DETERMINERS: &[&str] = &[
    "the", "my", "our", "your", "their", "his", "her", "these", "those", "all", "both",
];

/// Plurals with no "-s" ("the people I met").
const IRREGULAR_PLURALS: &[&str] = &["people", "children", "men", "women"];

/// Words that open a noun phrase: a word other than a preposition before one of them is
/// a verb with its object ("the reports from the team suggest the plan …").
const OBJECT_OPENERS: &[&str] = &[
    "the", "a", "an", "my", "our", "your", "their", "his", "her", "its", "this", "these", "those",
];

/// Quantities before "of" and a plural noun ("all of the documents").
const QUANTITIES: &[&str] = &["all", "both", "many", "several", "most", "some", "few"];

/// Determiners before each noun of a subject of two ("the salary and the start date").
const DETERMINERS: &[&str] = &["the", "my", "our", "your", "their", "his", "her"];

/// Past participles not in "-ed" before a phrase ("the samples sent to the lab").
const PARTICIPLES: &[&str] = &[
    "sent", "made", "built", "given", "taken", "written", "shown", "held", "kept", "left", "paid",
    "brought", "bought", "found", "done", "seen", "known", "chosen", "set", "put",
];

/// Prepositions that open a phrase after the subject's head.
const PHRASE_PREPOSITIONS: &[&str] = &[
    "of", "in", "from", "for", "on", "with", "at", "about", "across", "within", "between",
    "behind", "under", "over", "during",
];

/// Plural heads that are names of one thing, of a field or of a time: they may take a
/// singular verb ("the sales in March was", "the two weeks of leave was plenty").
const SINGULAR_IN_SENSE: &[&str] = &[
    "sales",
    "operations",
    "accounts",
    "thanks",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "dollars",
    "pounds",
    "euros",
    "miles",
    "kilometres",
    "kilometers",
    "odds",
    "arrears",
    "proceeds",
    "premises",
    "lodgings",
    "savings",
];

/// Singular verbs of "be", "have" and "do", with the plural each should be.
const SINGULAR_FORMS: &[(&str, &str)] = &[
    ("is", "are"),
    ("was", "were"),
    ("has", "have"),
    ("isn't", "aren't"),
    ("wasn't", "weren't"),
    ("hasn't", "haven't"),
    ("doesn't", "don't"),
];

/// Common verbs in "-s" with their plural form, when an object or an adverb follows
/// ("matches my background", "seems fair").
const S_VERBS: &[(&str, &str)] = &[
    ("matches", "match"),
    ("fits", "fit"),
    ("suits", "suit"),
    ("includes", "include"),
    ("requires", "require"),
    ("needs", "need"),
    ("reflects", "reflect"),
    ("shows", "show"),
    ("seems", "seem"),
    ("looks", "look"),
    ("sounds", "sound"),
    ("remains", "remain"),
    ("covers", "cover"),
    ("makes", "make"),
    ("gives", "give"),
    ("means", "mean"),
    ("describes", "describe"),
    ("aligns", "align"),
    ("appears", "appear"),
];

/// Words after a verb in "-s" that make it a verb: an object, an adverb or an
/// adjective.
const AFTER_S_VERB: &[&str] = &[
    "the",
    "a",
    "an",
    "my",
    "our",
    "your",
    "their",
    "his",
    "her",
    "its",
    "me",
    "us",
    "them",
    "you",
    "it",
    "this",
    "these",
    "those",
    "well",
    "perfectly",
    "fine",
    "fair",
    "good",
    "great",
    "clear",
    "right",
    "reasonable",
    "strong",
    "closely",
    "exactly",
    "very",
    "really",
    "to",
    "like",
    "both",
    "almost",
    "quite",
    "happy",
    "ready",
    "keen",
    "busy",
    "pleased",
    "sensible",
    "likely",
    "unlikely",
];

/// Words that end the search for the verb: another clause, a verb of its own, or a
/// word that opens a question or a comparison.
const STOPS: &[&str] = &[
    "and", "or", "but", "because", "when", "while", "if", "so", "since", "that", "which", "who",
    "whom", "where", "whether", "what", "how", "why", "although", "though", "until", "unless",
    "whose", "than", "as", "i", "you", "we", "they", "he", "she", "it", "there", "will", "would",
    "can", "could", "should", "might", "may", "must", "shall", "not", "are", "were", "have", "do",
    "did", "each", "every", "to",
];

/// The next word of the clause, also across a hyphen ("six-week").
fn step(clauses: &Clauses, k: usize) -> Option<usize> {
    clauses.next(k).or_else(|| clauses.joined(k))
}

/// The plural head of a subject that starts at word `k` ("the results", "all of the
/// documents", "the first results"), if one does.
fn plural_head(clauses: &Clauses, k: usize) -> Option<usize> {
    let first = clauses.lower(k);
    // "People on my team": a plural with no "-s" and no determiner.
    if first == "people" {
        return Some(k);
    }
    if !PLURAL_DETERMINERS.contains(&first.as_ref()) && !QUANTITIES.contains(&first.as_ref()) {
        return None;
    }
    let mut at = step(clauses, k)?;
    // "all of the documents".
    if QUANTITIES.contains(&first.as_ref()) && clauses.lower(at) == "of" {
        let det = step(clauses, at)?;
        if !PLURAL_DETERMINERS.contains(&clauses.lower(det).as_ref()) {
            return None;
        }
        at = step(clauses, det)?;
    } else if !PLURAL_DETERMINERS.contains(&first.as_ref()) {
        return None;
    }
    let plural = |j: usize| {
        looks_plural(clauses.original(j)) || IRREGULAR_PLURALS.contains(&clauses.lower(j).as_ref())
    };
    // One word before the head at most ("the other finalists", "the six-week results").
    if !plural(at) {
        at = step(clauses, at)?;
    }
    let head = clauses.lower(at);
    (plural(at) && !SINGULAR_IN_SENSE.contains(&head.as_ref())).then_some(at)
}

/// The last word of the verb of a clause that says which things the plural head `head`
/// names ("the forms you sent", "the people that I met"), if such a clause follows it.
fn qualifying_clause(clauses: &Clauses, head: usize) -> Option<usize> {
    let opener = step(clauses, head).filter(|&o| is_clause_opener(clauses, o))?;
    // "the people that I met": a relative pronoun and a subject of its own; "the forms
    // that were sent" has none and agrees with its head.
    let subject = if RELATIVES.contains(&clauses.lower(opener).as_ref()) {
        step(clauses, opener).filter(|&s| is_clause_opener(clauses, s))?
    } else {
        opener
    };
    let verb = verb_group_end(clauses, step(clauses, subject)?)?;
    // "the reasons I believe this role suits": the clause's verb has a clause of its own.
    let object = step(clauses, verb).is_some_and(|n| {
        let w = clauses.lower(n);
        OBJECT_OPENERS.contains(&w.as_ref()) || STOPS.contains(&w.as_ref())
    });
    (!object).then_some(verb)
}

/// The singular verb after the phrase that starts at word `from` (a preposition or a
/// participle and its preposition), with its plural form: the first verb-like word, if
/// no other clause or verb comes first.
fn singular_verb(clauses: &Clauses, from: usize) -> Option<(usize, &'static str)> {
    let mut previous = from;
    let mut at = step(clauses, from)?;
    for _ in 0..8 {
        let w = clauses.lower(at);
        let w = w.as_ref();
        if let Some((_, fix)) = SINGULAR_FORMS.iter().find(|(form, _)| *form == w) {
            return Some((at, fix));
        }
        if let Some((_, fix)) = S_VERBS.iter().find(|(form, _)| *form == w) {
            let verb = clauses
                .next(at)
                .is_some_and(|n| AFTER_S_VERB.contains(&clauses.lower(n).as_ref()))
                && !PLURAL_DETERMINERS.contains(&clauses.lower(previous).as_ref());
            if verb {
                return Some((at, fix));
            }
        }
        // A verb of its own ("the results we shared showed"), another clause, or a
        // clause's end.
        let before = clauses.lower(previous);
        let own_verb = w.len() > 3
            && w.ends_with("ed")
            && !PHRASE_PREPOSITIONS.contains(&before.as_ref())
            && !PLURAL_DETERMINERS.contains(&before.as_ref())
            && !["a", "an"].contains(&before.as_ref())
            // "suggest the plan": a word with an object after it, not a preposition.
            || !PHRASE_PREPOSITIONS.contains(&w)
                && clauses
                    .next(at)
                    .is_some_and(|n| OBJECT_OPENERS.contains(&clauses.lower(n).as_ref()));
        if STOPS.contains(&w) || own_verb || clauses.ends_after(at) {
            return None;
        }
        previous = at;
        at = step(clauses, at)?;
    }
    None
}

/// The end of a noun of one or two words after a determiner at `det` ("the salary",
/// "the start date"), if it is singular.
fn singular_noun(clauses: &Clauses, det: usize) -> Option<usize> {
    let mut end = step(clauses, det)?;
    // "the first rent payment": up to three words.
    for _ in 0..2 {
        let Some(more) = step(clauses, end).filter(|&s| {
            let w = clauses.lower(s);
            looks_singular(clauses.original(s))
                && !STOPS.contains(&w.as_ref())
                && !PHRASE_PREPOSITIONS.contains(&w.as_ref())
                && !SINGULAR_FORMS.iter().any(|(f, _)| *f == w)
                && !S_VERBS.iter().any(|(f, _)| *f == w)
        }) else {
            break;
        };
        end = more;
    }
    looks_singular(clauses.original(end)).then_some(end)
}

/// The last word of a phrase of a preposition and up to three words after the noun
/// that ends at `end` ("in actuarial science", "with Python"), before "and" or a verb.
fn phrase_end(clauses: &Clauses, end: usize) -> Option<usize> {
    let p = step(clauses, end)?;
    if !PHRASE_PREPOSITIONS.contains(&clauses.lower(p).as_ref()) {
        return None;
    }
    let mut last = p;
    for _ in 0..3 {
        let Some(n) = step(clauses, last) else { break };
        let w = clauses.lower(n);
        if STOPS.contains(&w.as_ref()) || SINGULAR_FORMS.iter().chain(S_VERBS).any(|(f, _)| *f == w)
        {
            break;
        }
        last = n;
    }
    (last != p).then_some(last)
}

/// A singular verb after two singular nouns joined by "and", each with a determiner, at
/// word `k` ("the salary and the start date is both fine"); with the same possessive
/// before each, each noun may have a phrase after it ("my background in finance and my
/// experience with Python makes").
fn joined_subject(clauses: &Clauses, k: usize) -> Option<(usize, &'static str)> {
    let first = clauses.lower(k);
    if !DETERMINERS.contains(&first.as_ref()) {
        return None;
    }
    // "the" may open a phrase's own nouns ("my work with the team and the client").
    let owned = first != "the";
    let phrase = |end: usize| {
        owned
            .then(|| phrase_end(clauses, end))
            .flatten()
            .unwrap_or(end)
    };
    let noun = singular_noun(clauses, k)?;
    let one = phrase(noun);
    let and = step(clauses, one).filter(|&a| clauses.lower(a) == "and")?;
    let det = step(clauses, and).filter(|&d| DETERMINERS.contains(&clauses.lower(d).as_ref()))?;
    let same = clauses.lower(det) == first;
    if one != noun && !same {
        return None;
    }
    let two = singular_noun(clauses, det)?;
    let two = if same { phrase(two) } else { two };
    let verb = step(clauses, two)?;
    let w = clauses.lower(verb);
    let fix = SINGULAR_FORMS
        .iter()
        .chain(S_VERBS)
        .find(|(form, _)| *form == w)?
        .1;
    // "seems fair", "is both fine": an object or an adjective after an "-s" verb.
    let after = clauses.next(verb).map(|n| clauses.lower(n));
    let s_verb = S_VERBS.iter().any(|(f, _)| *f == w);
    (!s_verb || after.is_some_and(|a| AFTER_S_VERB.contains(&a.as_ref()))).then_some((verb, fix))
}

/// Finds a singular verb after a plural subject and the phrase after it, or after two
/// nouns joined by "and".
pub(super) fn check(input: &Input, list: &[Word], out: &mut Findings) {
    let clauses = Clauses::new(input, list);
    for k in 0..clauses.len() {
        // A clause starts there, or a phrase before it ends with a comma ("After
        // three rounds, the feedback from both panels were").
        if !(clauses.starts_at(k) || k > 0 && clauses.ends_after(k - 1))
            || !matches!(
                input.layout.part_at(list[k].start),
                Part::Prose | Part::Item
            )
        {
            continue;
        }
        let found = plural_head(&clauses, k)
            .and_then(|head| {
                if let Some(verb) = qualifying_clause(&clauses, head) {
                    return Some(verb);
                }
                let mut from = step(&clauses, head)?;
                // "the requirements listed in the brief": a participle and a phrase.
                let w = clauses.lower(from);
                let participle =
                    w.len() > 3 && w.ends_with("ed") || PARTICIPLES.contains(&w.as_ref());
                if participle {
                    from = step(&clauses, from)?;
                }
                let p = clauses.lower(from);
                (PHRASE_PREPOSITIONS.contains(&p.as_ref())
                    || participle && ["to", "by"].contains(&p.as_ref()))
                .then_some(from)
            })
            .and_then(|from| singular_verb(&clauses, from))
            .or_else(|| joined_subject(&clauses, k));
        let Some((v, fix)) = found else {
            continue;
        };
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        if out.covers_body("grammar", (list[v].start, list[v].end)) {
            continue;
        }
        out.push(
            "grammar",
            Severity::Warning,
            "body",
            (list[v].start, list[v].end),
            format!(
                "\"{}\" does not agree with its plural subject: write \"{fix}\".",
                clauses.original(v)
            ),
            fix.to_string(),
        );
    }
}
