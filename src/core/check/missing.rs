//! A missing article (`grammar`): "I am software engineer", "She is experienced
//! manager", "It was great opportunity", "I work as data analyst", "I have been member"
//! — a person or a thing named with a singular noun after "am", "is", "was", "been" or
//! "become", or a job after "as" and a verb of working, and no "a" before it; a job's
//! title after a preposition ("for Senior Designer role") and a document after
//! "attached" with a word before it ("attached updated proposal") with no article; and a
//! question opened by a question word and a pronoun with no "do" ("When you expect …?");
//! a verb that reaches its object only through a preposition, with none ("apply the
//! analyst post", "graduated Trinity College", "listen the recording"); and "to" left out
//! before a verb after a word of wanting ("decided apply") or after a verb of asking and
//! its object ("asked me call"); and an article left out before a thing one has, makes,
//! books or arranges ("I have meeting with", "book flight").

use super::articles::vowel_sound;
use super::clauses::Clauses;
use super::confusions::{in_class, looks_singular};
use super::text::{Word, WordHasher};
use super::{Findings, Input, Severity, MAX_PER_ID};
use crate::core::lexicon::confusions::CLASSES;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// Subject and verb pairs before a noun that needs an article.
const PERSON_SUBJECTS: &[&str] = &["i", "he", "she"];
/// Forms of "be" after them.
const BE: &[&str] = &["am", "is", "was"];
/// Contractions of a person subject and "is" or "am".
const CONTRACTED: &[&str] = &["i'm", "he's", "she's"];
/// Forms of "be" and "become" after any subject ("I have been member of").
const BECOME: &[&str] = &["been", "become", "became", "becoming"];
/// Person nouns that are also titles of one post, which take no article after
/// "become" ("She became editor of the newsletter").
const TITLES: &[&str] = &[
    "manager",
    "editor",
    "coordinator",
    "administrator",
    "officer",
    "leader",
    "producer",
    "founder",
    "coach",
];

/// Prepositions before a job's title ("for Senior Designer role").
const TITLE_PREPOSITIONS: &[&str] = &["for", "about", "of", "in", "to", "on", "into", "with"];
/// Nouns after a job's title or a team's name that need "the" before it.
const POSTS: &[&str] = &[
    "role",
    "position",
    "post",
    "vacancy",
    "job",
    "opening",
    "team",
    "department",
    "programme",
    "program",
];

/// Participles after a post that say where it was offered ("the role advertised").
const POST_PARTICIPLES: &[&str] = &["advertised", "posted", "listed", "based", "offered"];

/// Verbs of attaching before a document ("attached updated proposal").
const ATTACHING: &[&str] = &[
    "attached",
    "enclosed",
    "attaching",
    "enclosing",
    "attach",
    "enclose",
];
/// Words not in "-ed" that describe a document before its noun ("the final report").
const DOCUMENT_ADJECTIVES: &[&str] = &[
    "final", "latest", "new", "current", "full", "short", "brief", "detailed", "complete",
];

/// What a verb that needs a preposition reaches through it.
#[derive(Clone, Copy, PartialEq)]
enum Reached {
    /// A post applied for ("apply the analyst post", "applied a role").
    Post,
    /// A place of study, named with capitals ("graduated Trinity College").
    School,
    /// Anything with a determiner or an object pronoun ("listen the recording").
    Anything,
}

/// Verbs whose object comes after a preposition, with that preposition and what they
/// reach: "apply" a coat of paint, but "apply for" a post.
const PREPOSITIONAL_VERBS: &[(&[&str], &str, Reached)] = &[
    (
        &["apply", "applies", "applied", "applying"],
        "for",
        Reached::Post,
    ),
    (
        &["graduate", "graduates", "graduated", "graduating"],
        "from",
        Reached::School,
    ),
    (
        &["listen", "listens", "listened", "listening"],
        "to",
        Reached::Anything,
    ),
    (
        &["belong", "belongs", "belonged", "belonging"],
        "to",
        Reached::Anything,
    ),
    (
        &["cope", "copes", "coped", "coping"],
        "with",
        Reached::Anything,
    ),
];

/// Determiners that open an object after a verb.
const OBJECT_DETERMINERS: &[&str] = &[
    "the", "a", "an", "my", "your", "our", "their", "his", "her", "its", "this", "that", "these",
    "those",
];

/// Verbs of asking or allowing whose object is followed by "to" and a verb ("asked me
/// to call", "allowed us to leave").
const OBJECT_THEN_TO: &[&str] = &[
    "ask",
    "asks",
    "asked",
    "asking",
    "tell",
    "tells",
    "told",
    "telling",
    "encourage",
    "encouraged",
    "encourages",
    "allow",
    "allowed",
    "allows",
    "advise",
    "advised",
    "advises",
    "invite",
    "invited",
    "invites",
    "expect",
    "expected",
    "expects",
    "remind",
    "reminded",
    "reminds",
    "urge",
    "urged",
    "permit",
    "permitted",
    "enable",
    "enabled",
    "enables",
    "want",
    "wanted",
    "wants",
    "need",
    "needed",
    "needs",
    "persuade",
    "persuaded",
    "convince",
    "convinced",
    "instruct",
    "instructed",
    "like",
];
/// Object pronouns between such a verb and "to".
const OBJECT_PRONOUNS: &[&str] = &["me", "us", "him", "her", "them", "you"];

/// Verbs of having, making and arranging before a thing counted one at a time.
const ARRANGING: &[&str] = &[
    "have",
    "has",
    "had",
    "having",
    "make",
    "made",
    "making",
    "makes",
    "book",
    "booked",
    "booking",
    "schedule",
    "scheduled",
    "scheduling",
    "arrange",
    "arranged",
    "arranging",
    "set",
    "get",
    "got",
    "getting",
    "receive",
    "received",
    "need",
    "needed",
    "take",
    "took",
    "taking",
];
/// Things counted one at a time that such a verb takes, never without an article.
const COUNTED_THINGS: &[&str] = &[
    "meeting",
    "call",
    "interview",
    "question",
    "mistake",
    "flight",
    "appointment",
    "suggestion",
    "slot",
    "ticket",
    "reservation",
    "request",
    "decision",
    "visa",
    "laptop",
    "break",
    "look",
];

/// Words of time or manner after a thing that end its phrase ("a decision by Friday").
const WHEN_ENDS: &[&str] = &[
    "by", "after", "before", "during", "until", "tomorrow", "tonight", "soon", "later", "now",
    "next", "early", "quickly", "together", "yet",
];

/// Question words that need "do" before a pronoun and a verb ("When do you expect").
const ASKING_WORDS: &[&str] = &["when", "where", "what", "why", "how", "which"];
/// Subject pronouns after such a word, with the form of "do" each takes.
const ASKED_SUBJECTS: &[(&str, &str)] = &[
    ("you", "do"),
    ("they", "do"),
    ("we", "do"),
    ("i", "do"),
    ("he", "does"),
    ("she", "does"),
];
/// Verbs that make a question without "do" ("When you are …", "How you will …").
const OWN_AUXILIARIES: &[&str] = &[
    "am", "are", "is", "was", "were", "will", "would", "can", "could", "should", "may", "might",
    "must", "shall", "do", "does", "did", "have", "has", "had", "need", "not",
];

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
        frames(input, (&clauses, list), k, w, out);
        // The word after which the noun phrase starts, and which nouns count.
        let nouns = if CONTRACTED.contains(&w) || w == "as" && after_working(&clauses, k) {
            PERSON_NOUNS
        } else if THING_CONTRACTED.contains(&w) {
            THING_NOUNS
        } else if BECOME.contains(&w) {
            PERSON_NOUNS
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
        // "became editor of": a post held by one person.
        if BECOME.contains(&w) && TITLES.contains(&clauses.lower(noun).as_ref()) {
            continue;
        }
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
        report(out, list, first, format!("{article} {written}"));
    }
}

/// The frames a word can start (see [`frames`]), as bits.
mod frame {
    /// A preposition before a job's title.
    pub const TITLE: u8 = 1;
    /// A verb of attaching.
    pub const ATTACHING: u8 = 2;
    /// A verb that needs a preposition before its object.
    pub const PREPOSITIONAL: u8 = 4;
    /// A verb of having or arranging.
    pub const ARRANGING: u8 = 8;
    /// A word after which a verb takes "to", or a verb of asking.
    pub const TO: u8 = 16;
    /// A question word.
    pub const ASKING: u8 = 32;
}

/// The frames each word can start, looked up once a word.
fn frame_starts() -> &'static HashMap<&'static str, u8, BuildHasherDefault<WordHasher>> {
    static STARTS: OnceLock<HashMap<&'static str, u8, BuildHasherDefault<WordHasher>>> =
        OnceLock::new();
    STARTS.get_or_init(|| {
        let mut starts: HashMap<_, u8, _> = HashMap::default();
        let mut add = |words: &mut dyn Iterator<Item = &&'static str>, bit: u8| {
            for word in words {
                *starts.entry(*word).or_default() |= bit;
            }
        };
        let wanting = CLASSES
            .iter()
            .filter(|(name, _)| *name == "wanting")
            .flat_map(|(_, words)| words.iter());
        add(&mut TITLE_PREPOSITIONS.iter(), frame::TITLE);
        add(&mut ATTACHING.iter(), frame::ATTACHING);
        add(
            &mut PREPOSITIONAL_VERBS
                .iter()
                .flat_map(|(forms, _, _)| forms.iter()),
            frame::PREPOSITIONAL,
        );
        add(&mut ARRANGING.iter(), frame::ARRANGING);
        add(&mut OBJECT_THEN_TO.iter().chain(wanting), frame::TO);
        add(&mut ASKING_WORDS.iter(), frame::ASKING);
        starts
    })
}

/// Finds words left out where the frame that word `k` starts needs them: "to" before a
/// verb, "the" before a title, an article before a document or a counted thing, a
/// preposition before an object, "do" in a question.
/// `lower`: the word in lower case.
fn frames(
    input: &Input,
    (clauses, list): (&Clauses, &[Word]),
    k: usize,
    lower: &str,
    out: &mut Findings,
) {
    let Some(&bits) = frame_starts().get(lower) else {
        return;
    };
    let has = |bit: u8| bits & bit != 0;
    if has(frame::TO) {
        if let Some((span, fix)) = verb_without_to(clauses, list, k) {
            report_span(out, span, fix);
        }
    }
    let found = has(frame::TITLE)
        .then(|| title_without_the(clauses, k))
        .flatten()
        .map(|first| (first, format!("the {}", clauses.original(first))))
        .or_else(|| {
            has(frame::ATTACHING)
                .then(|| document_without_article(clauses, k))
                .flatten()
        })
        .or_else(|| {
            has(frame::PREPOSITIONAL)
                .then(|| object_without_preposition(clauses, k))
                .flatten()
        })
        .or_else(|| {
            has(frame::ARRANGING)
                .then(|| thing_without_article(clauses, k))
                .flatten()
        })
        .or_else(|| {
            has(frame::ASKING)
                .then(|| question_without_do(input, clauses, list, k))
                .flatten()
        });
    if let Some((first, fix)) = found {
        report(out, list, first, fix);
    }
}

/// Reports word `first` of `list` with `fix`, the words it needs before it.
fn report(out: &mut Findings, list: &[Word], first: usize, fix: String) {
    report_span(out, (list[first].start, list[first].end), fix);
}

/// Reports the words at byte span `span` with `fix`, which adds the word left out.
fn report_span(out: &mut Findings, span: (usize, usize), fix: String) {
    if out.count("grammar") >= MAX_PER_ID || out.covers_body("grammar", span) {
        return;
    }
    out.push(
        "grammar",
        Severity::Warning,
        "body",
        span,
        format!("A word seems to be missing: \"{fix}\"."),
        fix,
    );
}

/// A verb with no "to" after a word of wanting at word `k` ("decided apply") or after a
/// verb of asking and its object ("asked me call"): the span of the words on both sides
/// of the gap, and the fix ("decided to apply", "me to call").
fn verb_without_to(clauses: &Clauses, list: &[Word], k: usize) -> Option<((usize, usize), String)> {
    let word = clauses.lower(k);
    let next = clauses.next(k)?;
    let (before, verb) = if OBJECT_THEN_TO.contains(&word.as_ref())
        && OBJECT_PRONOUNS.contains(&clauses.lower(next).as_ref())
    {
        let verb = clauses.next(next)?;
        let v = clauses.lower(verb);
        if !in_class("infinitive_after_object", &v) && !in_class("infinitive", &v) {
            return None;
        }
        (next, verb)
    } else if in_class("wanting", &word) {
        (k, next)
    } else {
        return None;
    };
    if !in_class("infinitive", &clauses.lower(verb)) && before == k
        || clauses.in_compound(k)
        || clauses.in_compound(verb)
        || !clauses
            .original(verb)
            .starts_with(|c: char| c.is_ascii_lowercase())
    {
        return None;
    }
    Some((
        (list[before].start, list[verb].end),
        format!("{} to {}", clauses.original(before), clauses.original(verb)),
    ))
}

/// The first word of a job's title or a team's name written with capitals after the
/// preposition at word `k`, and before a singular noun of a post ("for Senior Designer
/// role", "in Data Science team"), which needs "the".
fn title_without_the(clauses: &Clauses, k: usize) -> Option<usize> {
    if !TITLE_PREPOSITIONS.contains(&clauses.lower(k).as_ref()) {
        return None;
    }
    // "the Head of Digital Products role": a title goes on across "of", and its article
    // stands before its first word.
    let capital = |j: usize| {
        clauses
            .original(j)
            .starts_with(|c: char| c.is_ascii_uppercase())
    };
    if clauses.lower(k) == "of" && clauses.previous(k).is_some_and(capital) {
        return None;
    }
    let first = clauses.next(k)?;
    let mut at = first;
    for _ in 0..4 {
        let written = clauses.original(at);
        let capital = written.starts_with(|c: char| c.is_ascii_uppercase())
            && written != "I"
            && !written.contains('\'')
            && !in_class("weekday", &clauses.lower(at))
            && !in_class("month", &clauses.lower(at));
        if !capital {
            return None;
        }
        at = clauses.next(at)?;
        if POSTS.contains(&clauses.original(at)) {
            return Some(first);
        }
    }
    None
}

/// A document named after a verb of attaching at word `k` with a word that describes it
/// and no article ("attached updated proposal", "enclosed signed contract"): the
/// describing word and the fix.
fn document_without_article(clauses: &Clauses, k: usize) -> Option<(usize, String)> {
    if !ATTACHING.contains(&clauses.lower(k).as_ref()) {
        return None;
    }
    let adjective = clauses.next(k)?;
    let written = clauses.original(adjective);
    let describes =
        written.len() > 4 && written.ends_with("ed") || DOCUMENT_ADJECTIVES.contains(&written);
    let noun = clauses.next(adjective)?;
    let lower = clauses.lower(noun);
    let ends = clauses
        .next(noun)
        .is_none_or(|n| THING_ENDS.contains(&clauses.lower(n).as_ref()));
    if !describes
        || clauses.in_compound(adjective)
        || !looks_singular(clauses.original(noun))
        || !in_class("document", &lower)
        || !ends
    {
        return None;
    }
    let article = if vowel_sound(written)? { "an" } else { "a" };
    Some((adjective, format!("{article} {written}")))
}

/// The first word of the object of a verb at word `k` that needs a preposition before
/// it, and the fix: "apply the analyst post" → "for the", "graduated Trinity College"
/// → "from Trinity".
fn object_without_preposition(clauses: &Clauses, k: usize) -> Option<(usize, String)> {
    let verb = clauses.lower(k);
    let &(_, preposition, reached) = PREPOSITIONAL_VERBS
        .iter()
        .find(|(forms, _, _)| forms.contains(&verb.as_ref()))?;
    let object = clauses.next(k)?;
    let first = clauses.lower(object);
    let determiner = OBJECT_DETERMINERS.contains(&first.as_ref());
    let fits = match reached {
        Reached::Anything => {
            determiner || ["me", "us", "him", "them", "it"].contains(&first.as_ref())
        }
        Reached::Post => determiner && names_post(clauses, object),
        Reached::School => names_school(clauses, object),
    };
    fits.then(|| {
        (
            object,
            format!("{preposition} {}", clauses.original(object)),
        )
    })
}

/// Whether the phrase at word `det` ends in a post within four words ("the Junior
/// Editor vacancy", "a role").
fn names_post(clauses: &Clauses, det: usize) -> bool {
    let mut at = det;
    for _ in 0..4 {
        let Some(n) = clauses.next(at) else {
            return false;
        };
        if POSTS.contains(&clauses.lower(n).as_ref()) && !clauses.in_compound(n) {
            // "the job title filter": the post must end the phrase.
            let ends = clauses.next(n).is_none_or(|after| {
                let after = clauses.lower(after);
                THING_ENDS.contains(&after.as_ref()) || POST_PARTICIPLES.contains(&after.as_ref())
            });
            return ends && !["team", "department"].contains(&clauses.lower(n).as_ref());
        }
        at = n;
    }
    false
}

/// Whether the words at `k` name a place of study: "the" and a school's noun, or words
/// with capitals ending in one ("Trinity College"), or an abbreviation in capitals
/// ("IIT Bombay").
fn names_school(clauses: &Clauses, k: usize) -> bool {
    const SCHOOLS: &[&str] = &["university", "college", "school", "institute", "academy"];
    let school = |j: usize| SCHOOLS.contains(&clauses.lower(j).as_ref());
    let capital = |j: usize| {
        clauses
            .original(j)
            .starts_with(|c: char| c.is_ascii_uppercase())
    };
    if clauses.lower(k) == "the" {
        return clauses.next(k).is_some_and(school);
    }
    // Degrees are graduated with, not from ("graduated MBA" lacks "with an").
    const DEGREES: &[&str] = &[
        "MBA", "BA", "MA", "BS", "MS", "PHD", "LLB", "LLM", "MD", "BBA",
    ];
    let initials = clauses.original(k).len() >= 2
        && clauses.original(k).bytes().all(|b| b.is_ascii_uppercase())
        && !DEGREES.contains(&clauses.original(k));
    let mut at = k;
    for _ in 0..3 {
        if !capital(at) {
            return initials;
        }
        if school(at) {
            return true;
        }
        match clauses.next(at) {
            Some(n) => at = n,
            None => return initials,
        }
    }
    initials
}

/// A thing counted one at a time after a verb of having or arranging at word `k`, with no
/// article ("have meeting with", "book flight for"): the thing and the fix.
fn thing_without_article(clauses: &Clauses, k: usize) -> Option<(usize, String)> {
    if !ARRANGING.contains(&clauses.lower(k).as_ref()) {
        return None;
    }
    let thing = clauses.next(k)?;
    let written = clauses.original(thing);
    // "meeting notes", "call centre": a thing that ends its phrase.
    let ends = clauses.next(thing).is_none_or(|n| {
        let after = clauses.lower(n);
        THING_ENDS.contains(&after.as_ref()) || WHEN_ENDS.contains(&after.as_ref())
    });
    if !COUNTED_THINGS.contains(&written) || clauses.in_compound(thing) || !ends {
        return None;
    }
    let article = if vowel_sound(written)? { "an" } else { "a" };
    Some((thing, format!("{article} {written}")))
}

/// A question opened by a question word at word `k` and a pronoun, then a verb that
/// needs "do" before the pronoun ("When you expect …?", "Why she left?"): the pronoun and
/// the fix.
fn question_without_do(
    input: &Input,
    clauses: &Clauses,
    list: &[Word],
    k: usize,
) -> Option<(usize, String)> {
    if !clauses.starts_at(k) || !ASKING_WORDS.contains(&clauses.lower(k).as_ref()) {
        return None;
    }
    let subject = clauses.next(k)?;
    let (pronoun, auxiliary) = ASKED_SUBJECTS
        .iter()
        .find(|(p, _)| *p == clauses.lower(subject))?;
    let verb = clauses.next(subject)?;
    let v = clauses.lower(verb);
    let plain = v.bytes().all(|b| b.is_ascii_lowercase())
        && !["ing", "ed", "ly"].iter().any(|end| v.ends_with(end))
        && !OWN_AUXILIARIES.contains(&v.as_ref());
    // The clause ends the sentence with a question mark.
    let mut last = verb;
    while let Some(n) = clauses.next(last) {
        last = n;
    }
    let asks = input.draft.body[list[last].end..].starts_with('?');
    (plain && asks).then(|| {
        let written = clauses.original(subject);
        let pronoun = if *pronoun == "i" { "I" } else { written };
        (subject, format!("{auxiliary} {pronoun}"))
    })
}
