//! A missing article (`grammar`): "I am software engineer", "She is experienced
//! manager", "It was great opportunity", "I work as data analyst" — a person or a thing
//! named with a singular noun after "am", "is" or "was", or a job after "as" and a verb
//! of working, and no "a" before it.

use super::articles::vowel_sound;
use super::clauses::Clauses;
use super::text::Word;
use super::{Findings, Input, Severity, MAX_PER_ID};

/// Subject and verb pairs before a noun that needs an article.
const PERSON_SUBJECTS: &[&str] = &["i", "he", "she"];
/// Forms of "be" after them.
const BE: &[&str] = &["am", "is", "was"];
/// Contractions of a person subject and "is" or "am".
const CONTRACTED: &[&str] = &["i'm", "he's", "she's"];
/// Things named after "it is", "this was" and the like.
const THING_SUBJECTS: &[&str] = &["it", "this", "that"];
/// Contractions of a thing subject and "is".
const THING_CONTRACTED: &[&str] = &["it's", "that's"];

/// Verbs of working before "as" and a job ("worked as analyst").
const WORKED_AS: &[&str] = &[
    "work",
    "works",
    "worked",
    "working",
    "employed",
    "hired",
    "started",
    "joined",
    "began",
    "serve",
    "serves",
    "served",
    "serving",
    "volunteered",
    "volunteering",
    "trained",
    "training",
];

/// Singular nouns for a person.
const PERSON_NOUNS: &[&str] = &[
    "engineer",
    "developer",
    "designer",
    "manager",
    "analyst",
    "scientist",
    "consultant",
    "teacher",
    "nurse",
    "doctor",
    "accountant",
    "lawyer",
    "architect",
    "researcher",
    "writer",
    "editor",
    "marketer",
    "recruiter",
    "student",
    "graduate",
    "intern",
    "specialist",
    "coordinator",
    "administrator",
    "assistant",
    "officer",
    "fan",
    "believer",
    "learner",
    "player",
    "leader",
    "mentor",
    "expert",
    "professional",
    "generalist",
    "freelancer",
    "contractor",
    "founder",
    "programmer",
    "technician",
    "planner",
    "strategist",
    "producer",
    "advocate",
    "member",
    "person",
    "candidate",
    "communicator",
    "colleague",
    "collaborator",
    "listener",
    "worker",
    "teammate",
    "organiser",
    "organizer",
    "speaker",
    "thinker",
    "negotiator",
    "presenter",
    "volunteer",
    "coach",
    "trainer",
    "tutor",
];

/// Singular nouns for a thing or an event.
const THING_NOUNS: &[&str] = &[
    "opportunity",
    "chance",
    "pleasure",
    "privilege",
    "honour",
    "honor",
    "experience",
    "conversation",
    "interview",
    "meeting",
    "question",
    "idea",
    "fit",
    "match",
    "lesson",
    "challenge",
    "role",
    "team",
    "company",
    "project",
    "decision",
    "offer",
    "day",
    "week",
    "discussion",
    "step",
    "start",
];

/// Words that may follow a thing named without its article: it ends its phrase there.
const THING_ENDS: &[&str] = &[
    "to",
    "for",
    "of",
    "and",
    "with",
    "at",
    "in",
    "on",
    "that",
    "which",
    "but",
    "so",
    "today",
    "yesterday",
    "last",
    "this",
    "from",
    "about",
    "as",
    "because",
    "since",
    "or",
    "too",
];

/// Words that already do an article's job or show that none is needed.
const NO_ARTICLE_NEEDED: &[&str] = &[
    "a",
    "an",
    "the",
    "my",
    "our",
    "your",
    "his",
    "her",
    "their",
    "its",
    "this",
    "that",
    "not",
    "no",
    "one",
    "another",
    "every",
    "each",
    "any",
    "some",
    "such",
    "what",
    "part",
    "now",
    "currently",
    "also",
    "still",
    "always",
    "never",
    "just",
    "only",
    "head",
    "lead",
    "chief",
    "senior",
    "principal",
    "staff",
    "which",
    "whose",
    "how",
];

/// Whether "as" (word `k`) follows a verb of working, or such a verb and its object
/// ("worked as", "joined the practice as").
fn after_working(clauses: &Clauses, k: usize) -> bool {
    let working = |j: usize| WORKED_AS.contains(&clauses.lower(j).as_ref());
    let Some(before) = clauses.previous(k) else {
        return false;
    };
    working(before)
        || clauses.previous(before).is_some_and(|d| {
            ["the", "a", "an", "our", "your", "their", "this", "its"]
                .contains(&clauses.lower(d).as_ref())
                && clauses.previous(d).is_some_and(working)
        })
}

/// Finds a singular noun with no article after a person or thing and "be", or after a
/// verb of working and "as", in `list`.
pub(super) fn check(input: &Input, list: &[Word], out: &mut Findings) {
    let clauses = Clauses::new(input, list);
    for k in 0..clauses.len() {
        let lower = clauses.lower(k);
        let w = lower.as_ref();
        // The word after which the noun phrase starts, and which nouns count.
        let nouns = if CONTRACTED.contains(&w) || w == "as" && after_working(&clauses, k) {
            PERSON_NOUNS
        } else if THING_CONTRACTED.contains(&w) {
            THING_NOUNS
        } else if BE.contains(&w) {
            let Some(subject) = clauses.previous(k) else {
                continue;
            };
            let s = clauses.lower(subject);
            if PERSON_SUBJECTS.contains(&s.as_ref()) {
                PERSON_NOUNS
            } else if THING_SUBJECTS.contains(&s.as_ref()) {
                THING_NOUNS
            } else {
                continue;
            }
        } else {
            continue;
        };
        // One to three words, lower case, the last a noun of the list.
        let mut at = k;
        let mut found = None;
        for _ in 0..3 {
            let Some(next) = clauses.next(at) else { break };
            let word = clauses.lower(next);
            let original = clauses.original(next);
            if NO_ARTICLE_NEEDED.contains(&word.as_ref())
                || clauses.in_compound(next)
                || !original.bytes().all(|b| b.is_ascii_lowercase())
            {
                break;
            }
            if nouns.contains(&word.as_ref()) {
                // A thing needs a word before it: "it was pleasure" is the table's.
                if next != clauses.next(k).unwrap_or(next) || nouns == PERSON_NOUNS {
                    found = Some(next);
                }
                break;
            }
            at = next;
        }
        let Some(noun) = found else { continue };
        // A thing ends its phrase: "It was great meeting you" is a verb, "This was
        // excellent interview practice" a longer noun; "It was great opportunity to"
        // and "It was good chance for" lack the article.
        if nouns == THING_NOUNS
            && clauses.next(noun).is_some_and(|n| {
                let after = clauses.lower(n);
                let ends_phrase: &[&str] = if clauses.lower(noun).ends_with("ing") {
                    &["to", "for", "of"]
                } else {
                    THING_ENDS
                };
                !ends_phrase.contains(&after.as_ref())
            })
        {
            continue;
        }
        // "He is team lead", "I am fan of": the noun must end its phrase.
        if clauses.next(noun).is_some_and(|n| {
            let after = clauses.lower(n);
            PERSON_NOUNS.contains(&after.as_ref()) || after == "lead" || after == "manager"
        }) {
            continue;
        }
        let first = clauses.next(k).expect("a word after the verb");
        let written = clauses.original(first);
        let article = match vowel_sound(written) {
            Some(true) => "an",
            Some(false) => "a",
            None => continue,
        };
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        let fix = format!("{article} {written}");
        out.push(
            "grammar",
            Severity::Warning,
            "body",
            (list[first].start, list[first].end),
            format!("A word seems to be missing: \"{fix}\"."),
            fix,
        );
    }
}
