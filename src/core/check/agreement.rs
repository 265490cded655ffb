//! Agreement across a clause that qualifies the subject (`grammar`): a singular subject
//! ("each of the reports", "every client", "the summary of findings", "the proposal")
//! followed by a clause that says which one ("I wrote", "we onboarded", "that I took")
//! or a phrase after a preposition ("in finance and operations", "with cloud platforms
//! and distributed systems"), and then a plural verb ("were", "have", "suit me"); or a
//! singular subject, a comma and a phrase that adds others to it ("the manager, along
//! with two engineers, were"). The verb agrees with the subject, not with the nouns
//! between.

use super::clauses::Clauses;
use super::confusions::{in_class, looks_plural, looks_singular};
use super::layout::Part;
use super::text::Word;
use super::{Findings, Input, Severity, MAX_PER_ID};

/// Words that make the noun phrase after "of" the object of one thing ("each of the
/// offers").
const ONE_OF: &[&str] = &["each", "neither", "either", "one"];

/// Determiners before a singular subject noun.
const DETERMINERS: &[&str] = &[
    "the", "this", "that", "my", "our", "your", "his", "her", "their", "a", "an",
];

/// Determiners and counts that end in a noun phrase after "of" ("of the", "of my two").
const OF_DETERMINERS: &[&str] = &[
    "the", "my", "our", "your", "his", "her", "their", "these", "those", "all", "both",
];

/// Nouns for a time or a manner: after them a clause reads as an adverb ("the day we
/// met, the engineers were …", "the way I see it").
const ADVERBIAL_NOUNS: &[&str] = &[
    "time",
    "day",
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "moment",
    "minute",
    "hour",
    "weekend",
    "summer",
    "spring",
    "autumn",
    "fall",
    "winter",
    "way",
    "second",
    "point",
    "instant",
    "quarter",
    "term",
    "season",
];

/// Possessives: after one, a noun of time names a thing had, not a time ("my time at
/// two agencies was").
const POSSESSIVES: &[&str] = &["my", "our", "your", "his", "her", "their"];

/// Words that open a phrase adding others to a subject, between commas ("the manager,
/// along with two engineers, was"), with the word that completes each.
const ADDING: &[(&str, &str)] = &[
    ("along", "with"),
    ("together", "with"),
    ("alongside", ""),
    ("as", "well"),
    ("in", "addition"),
    ("accompanied", "by"),
];

/// Pronouns of one person or thing before a phrase ("everyone on the panel").
const INDEFINITES: &[&str] = &[
    "everyone",
    "everybody",
    "someone",
    "somebody",
    "anyone",
    "anybody",
    "nobody",
];

/// Prepositions that open a phrase after the subject ("my background in finance").
const PHRASE_PREPOSITIONS: &[&str] = &[
    "in",
    "to",
    "about",
    "at",
    "with",
    "from",
    "on",
    "for",
    "across",
    "within",
    "among",
    "behind",
    "around",
    "throughout",
    "inside",
];

/// Subject pronouns that open a clause qualifying a noun ("the projects I described").
const CLAUSE_SUBJECTS: &[&str] = &["i", "you", "we", "they", "he", "she"];

/// Relative pronouns that open such a clause ("the things that excited me").
pub(super) const RELATIVES: &[&str] = &["that", "who", "which"];

/// Auxiliaries and adverbs of a clause's verb group ("I have recently worked").
const VERB_GROUP: &[&str] = &[
    "have",
    "has",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "might",
    "may",
    "did",
    "do",
    "does",
    "was",
    "were",
    "am",
    "is",
    "are",
    "be",
    "been",
    "not",
    "never",
    "also",
    "just",
    "recently",
    "already",
    "previously",
    "originally",
    "kindly",
    "personally",
    "once",
    "first",
    "all",
    "both",
];

/// Words that end the search for the subject's verb: another clause or a verb that
/// agrees either way.
const STOPS: &[&str] = &[
    "and", "or", "but", "because", "when", "while", "if", "so", "since", "that", "which", "who",
    "whom", "where", "whether", "although", "though", "until", "unless", "whose", "is", "was",
    "has", "does", "isn't", "wasn't", "hasn't", "doesn't", "will", "would", "can", "could",
    "should", "might", "may", "must", "shall", "said", "told", "made", "felt", "thought", "knew",
    "saw", "found", "gave", "got", "took", "came", "went", "left", "meant", "showed", "won't",
    "wouldn't", "can't", "couldn't",
];

/// Plural verb forms of "be", "have" and "do", with the singular each should be.
const PLURAL_FORMS: &[(&str, &str)] = &[
    ("are", "is"),
    ("were", "was"),
    ("have", "has"),
    ("aren't", "isn't"),
    ("weren't", "wasn't"),
    ("haven't", "hasn't"),
    ("don't", "doesn't"),
];

/// Common verbs in the base form with their form after a singular subject, when an
/// object or an adverb follows ("match the scope", "work well").
const BASE_VERBS: &[(&str, &str)] = &[
    ("match", "matches"),
    ("work", "works"),
    ("suit", "suits"),
    ("fit", "fits"),
    ("include", "includes"),
    ("require", "requires"),
    ("need", "needs"),
    ("reflect", "reflects"),
    ("show", "shows"),
    ("look", "looks"),
    ("seem", "seems"),
    ("sound", "sounds"),
    ("remain", "remains"),
    ("cover", "covers"),
    ("involve", "involves"),
    ("make", "makes"),
    ("give", "gives"),
    ("offer", "offers"),
    ("mean", "means"),
    ("describe", "describes"),
];

/// Base verbs of [`BASE_VERBS`] that take an adjective ("look sensible").
const COPULAS: &[&str] = &["look", "seem", "sound", "remain"];

/// Whether `word` has the ending of an adjective ("sensible", "useful", "realistic").
fn is_adjective(word: &str) -> bool {
    const ENDINGS: &[&str] = &["ble", "ful", "ive", "ous", "ic", "ent", "ant", "ary", "ear"];
    word.len() > 4 && ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Words after a base verb that make it a verb: an object or an adverb.
const AFTER_VERB: &[&str] = &[
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
    "good",
    "great",
    "better",
    "best",
    "exactly",
    "closely",
    "very",
    "really",
    "like",
];

/// Counts and determiners before a noun in "-s": then it is a plural noun, not a verb.
const BEFORE_PLURAL: &[&str] = &[
    "the",
    "my",
    "our",
    "your",
    "their",
    "his",
    "her",
    "these",
    "those",
    "all",
    "both",
    "some",
    "many",
    "several",
    "few",
    "last",
    "next",
    "first",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "other",
    "different",
    "various",
    "new",
];

/// Prepositions and conjunctions: never the second word of a subject noun.
const NOT_HEADS: &[&str] = &[
    "of", "to", "for", "in", "on", "at", "with", "from", "by", "about", "as", "into", "over",
    "after", "before", "during", "and", "or", "but", "not",
];

/// A singular subject that starts a clause at word `k`: its last word, and whether a
/// base verb after it may be read as a verb ("either of the dates work" is common
/// usage and left alone).
fn singular_subject(clauses: &Clauses, k: usize) -> Option<(usize, bool)> {
    let word = clauses.lower(k);
    let next = |j: usize| clauses.next(j).filter(|&n| !clauses.in_compound(n));
    // "every one of the designs" is "each of the designs".
    if ["every", "each"].contains(&word.as_ref()) {
        if let Some(one) = next(k).filter(|&n| clauses.lower(n) == "one") {
            return singular_subject(clauses, one);
        }
    }
    if ONE_OF.contains(&word.as_ref()) {
        let of = next(k).filter(|&n| clauses.lower(n) == "of")?;
        let det = next(of).filter(|&n| OF_DETERMINERS.contains(&clauses.lower(n).as_ref()))?;
        // "each of the (three) (recent) projects".
        let mut at = det;
        for _ in 0..3 {
            at = next(at)?;
            if looks_plural(clauses.original(at)) {
                return Some((at, word != "either"));
            }
        }
        return None;
    }
    // "everyone on the committee": a pronoun of one person, a phrase after it.
    if INDEFINITES.contains(&word.as_ref()) {
        return next(k)
            .filter(|&n| PHRASE_PREPOSITIONS.contains(&clauses.lower(n).as_ref()))
            .map(|_| (k, true));
    }
    if !["every", "each"].contains(&word.as_ref()) && !DETERMINERS.contains(&word.as_ref()) {
        return None;
    }
    let mut head = next(k)?;
    // "the hiring manager", "every senior manager": a noun of one or two words.
    if let Some(m) = next(head) {
        let second = clauses.lower(m);
        // Not after a plural ("the samples sent to"): a participle follows it.
        if looks_singular(clauses.original(m))
            && !looks_plural(clauses.original(head))
            && !NOT_HEADS.contains(&second.as_ref())
            && !STOPS.contains(&second.as_ref())
            && !is_clause_opener(clauses, m)
        {
            head = m;
        }
    }
    let lower = clauses.lower(head);
    // "my time at two agencies": a possessive and a phrase make a noun of time a thing.
    let had = POSSESSIVES.contains(&word.as_ref())
        && next(head).is_some_and(|n| PHRASE_PREPOSITIONS.contains(&clauses.lower(n).as_ref()));
    if !looks_singular(clauses.original(head)) || ADVERBIAL_NOUNS.contains(&lower.as_ref()) && !had
    {
        return None;
    }
    // "the list of references": a head that keeps the verb singular, and an of-phrase
    // of up to three words after it.
    let Some(of) = next(head).filter(|&n| clauses.lower(n) == "of") else {
        return Some((head, true));
    };
    // "my knowledge of tax and accounting rules": what one has heads its phrase.
    if POSSESSIVES.contains(&word.as_ref()) {
        return Some((head, true));
    }
    // "the number of applicants" is one number; "a number of" is many.
    if !(in_class("of_head", &lower) || lower == "number" && word == "the") {
        return None;
    }
    let mut at = of;
    for _ in 0..3 {
        at = next(at)?;
        let w = clauses.lower(at);
        if (looks_plural(clauses.original(at)) || looks_singular(clauses.original(at)))
            && !OF_DETERMINERS.contains(&w.as_ref())
            && !DETERMINERS.contains(&w.as_ref())
        {
            // "of open roles": a word before a plural noun is its modifier.
            let noun = next(at).filter(|&n| {
                !looks_plural(clauses.original(at)) && looks_plural(clauses.original(n))
            });
            return Some((noun.unwrap_or(at), true));
        }
    }
    None
}

/// Whether word `k` opens a clause that qualifies a noun before it.
pub(super) fn is_clause_opener(clauses: &Clauses, k: usize) -> bool {
    let w = clauses.lower(k);
    CLAUSE_SUBJECTS.contains(&w.as_ref()) || RELATIVES.contains(&w.as_ref())
}

/// The last word of the verb group that starts at word `k` ("have worked", "described").
pub(super) fn verb_group_end(clauses: &Clauses, k: usize) -> Option<usize> {
    let mut at = k;
    for _ in 0..4 {
        if !VERB_GROUP.contains(&clauses.lower(at).as_ref()) {
            return Some(at);
        }
        at = clauses.next(at)?;
    }
    None
}

/// The plural verb of the subject, after the clause whose verb is word `end` (or the
/// preposition of a phrase, `phrase`), with its singular form: the first verb-like word
/// after it, unless another clause or a verb that agrees either way comes first.
/// `bare`: whether a base verb counts.
fn plural_verb(
    clauses: &Clauses,
    end: usize,
    bare: bool,
    phrase: bool,
) -> Option<(usize, &'static str)> {
    let mut previous = end;
    let mut at = clauses.next(end)?;
    for _ in 0..8 {
        // "this year", "last month": a time between the phrase and its verb.
        if let Some(time) = time_after(clauses, at) {
            previous = time;
            at = clauses.next(time)?;
            continue;
        }
        let w = clauses.lower(at);
        let w = w.as_ref();
        // "at the firm we were": a subject of its own starts another clause.
        if phrase && CLAUSE_SUBJECTS.contains(&w) {
            return None;
        }
        if let Some((_, fix)) = PLURAL_FORMS.iter().find(|(form, _)| *form == w) {
            return Some((at, fix));
        }
        if let Some((_, fix)) = BASE_VERBS.iter().find(|(base, _)| *base == w) {
            // "our offer to cover the costs": after "to", a base verb is an infinitive.
            if clauses.lower(previous) == "to" {
                return None;
            }
            let object = clauses.next(at).is_some_and(|n| {
                let after = clauses.lower(n);
                AFTER_VERB.contains(&after.as_ref()) || COPULAS.contains(&w) && is_adjective(&after)
            });
            let after_noun = previous == end || looks_plural(clauses.original(previous));
            return (bare && object && after_noun && !clauses.in_compound(at)).then_some((at, fix));
        }
        // In a phrase after a preposition, "and" joins two nouns of it ("in finance and
        // operations"), unless a determiner, a pronoun or a name starts a second subject.
        let joins_nouns = phrase
            && ["and", "or"].contains(&w)
            && clauses.next(at).is_some_and(|n| {
                let o = clauses.original(n);
                o.starts_with(|c: char| c.is_ascii_lowercase())
                    && !DETERMINERS.contains(&o)
                    && !OF_DETERMINERS.contains(&o)
                    && !CLAUSE_SUBJECTS.contains(&o)
            });
        let opens_noun = |j: usize| {
            let before = clauses.lower(j);
            PHRASE_PREPOSITIONS.contains(&before.as_ref())
                || ["and", "or"].contains(&before.as_ref())
                || OF_DETERMINERS.contains(&before.as_ref())
        };
        let noun_in_phrase = phrase
            && looks_plural(clauses.original(at))
            && (opens_noun(previous) || ends_noun(clauses, at));
        // "with distributed systems", "and logistics firms": a word in "-ed" or "-s"
        // that opens a noun of the phrase.
        let modifier = phrase && opens_noun(previous) && modifies_next(clauses, at);
        if !joins_nouns
            && (STOPS.contains(&w)
                || w.len() > 3 && w.ends_with("ed") && !modifier
                || w.ends_with('s')
                    && !noun_in_phrase
                    && !modifier
                    && !plural_noun(clauses, previous, at)
                || clauses.ends_after(at))
        {
            return None;
        }
        previous = at;
        at = clauses.next(at)?;
    }
    None
}

/// Whether plural word `at` of a phrase ends a noun there: a conjunction, a preposition
/// or a verb follows ("platforms and", "roles this year are", "systems make").
fn ends_noun(clauses: &Clauses, at: usize) -> bool {
    let Some(n) = clauses.next(at) else {
        return false;
    };
    let after = clauses.lower(n);
    let after = after.as_ref();
    ["and", "or", "of"].contains(&after)
        || PHRASE_PREPOSITIONS.contains(&after)
        || PLURAL_FORMS.iter().any(|(form, _)| *form == after)
        || BASE_VERBS.iter().any(|(base, _)| *base == after)
        || time_after(clauses, n).is_some()
}

/// The last word of a time that word `k` opens ("this year", "last month"), if it does.
fn time_after(clauses: &Clauses, k: usize) -> Option<usize> {
    if !["this", "last", "next"].contains(&clauses.lower(k).as_ref()) {
        return None;
    }
    clauses
        .next(k)
        .filter(|&t| ADVERBIAL_NOUNS.contains(&clauses.lower(t).as_ref()))
}

/// Whether word `at` reads as a word before a noun: a lower-case word follows that
/// opens no object and no other clause ("distributed systems").
fn modifies_next(clauses: &Clauses, at: usize) -> bool {
    clauses.next(at).is_some_and(|n| {
        let after = clauses.lower(n);
        clauses
            .original(n)
            .starts_with(|c: char| c.is_ascii_lowercase())
            && !STOPS.contains(&after.as_ref())
            && !AFTER_VERB.contains(&after.as_ref())
            && !NOT_HEADS.contains(&after.as_ref())
    })
}

/// Whether word `at`, in "-s", reads as a plural noun after word `previous`: a count or a
/// determiner before it, or before an adjective before it ("six years", "the offers",
/// "the new offices").
fn plural_noun(clauses: &Clauses, previous: usize, at: usize) -> bool {
    let counted = |k: usize| BEFORE_PLURAL.contains(&clauses.lower(k).as_ref());
    looks_plural(clauses.original(at))
        && (counted(previous)
            || !looks_plural(clauses.original(previous))
                && clauses.previous(previous).is_some_and(counted))
}

/// Finds a plural verb after a singular subject and a clause that qualifies it.
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
        let Some((subject, bare)) = singular_subject(&clauses, k) else {
            continue;
        };
        let Some(opener) = clauses.next(subject) else {
            if let Some(found) = verb_after_addition(&clauses, list, input, subject) {
                report(out, &clauses, list, found);
            }
            continue;
        };
        // "my background in finance and operations give", "my knowledge of tax and
        // accounting rules make": a phrase after the subject.
        let preposition = clauses.lower(opener);
        if PHRASE_PREPOSITIONS.contains(&preposition.as_ref()) || preposition == "of" {
            if let Some(found) = plural_verb(&clauses, opener, bare, true) {
                report(out, &clauses, list, found);
            }
            continue;
        }
        if !is_clause_opener(&clauses, opener) {
            continue;
        }
        // "the courses that I took": a relative pronoun and a subject of its own.
        let opener = match clauses.next(opener) {
            Some(n)
                if RELATIVES.contains(&clauses.lower(opener).as_ref())
                    && CLAUSE_SUBJECTS.contains(&clauses.lower(n).as_ref()) =>
            {
                n
            }
            _ => opener,
        };
        let Some(verb) = clauses
            .next(opener)
            .and_then(|n| verb_group_end(&clauses, n))
        else {
            continue;
        };
        if let Some(found) = plural_verb(&clauses, verb, bare, false) {
            report(out, &clauses, list, found);
        }
    }
}

/// The plural verb after a comma, a phrase that adds others to the subject ending at
/// word `subject`, and a second comma ("the manager, along with two engineers, were"),
/// with its singular form.
fn verb_after_addition(
    clauses: &Clauses,
    list: &[Word],
    input: &Input,
    subject: usize,
) -> Option<(usize, &'static str)> {
    let comma_after = |k: usize| {
        list.get(k + 1)
            .is_some_and(|n| input.draft.body[list[k].end..n.start].trim_end() == ",")
    };
    if !comma_after(subject) {
        return None;
    }
    let first = subject + 1;
    let opens = ADDING.iter().any(|(word, then)| {
        clauses.lower(first) == *word
            && (then.is_empty()
                || clauses
                    .next(first)
                    .is_some_and(|n| clauses.lower(n) == *then))
    });
    if !opens {
        return None;
    }
    // The phrase ends with the next comma, within a few words.
    let mut at = first;
    for _ in 0..12 {
        if comma_after(at) {
            let verb = clauses.lower(at + 1);
            return PLURAL_FORMS
                .iter()
                .find(|(form, _)| *form == verb)
                .map(|(_, fix)| (at + 1, *fix));
        }
        at = clauses.next(at)?;
    }
    None
}

/// Reports plural verb `v` with its singular form `fix`.
fn report(out: &mut Findings, clauses: &Clauses, list: &[Word], (v, fix): (usize, &str)) {
    // Another rule may have found the same verb ("the meeting with the designers were").
    if out.count("grammar") >= MAX_PER_ID
        || out.covers_body("grammar", (list[v].start, list[v].end))
    {
        return;
    }
    out.push(
        "grammar",
        Severity::Warning,
        "body",
        (list[v].start, list[v].end),
        format!(
            "\"{}\" does not agree with its singular subject: write \"{fix}\".",
            clauses.original(v)
        ),
        fix.to_string(),
    );
}
