//! The draft checker: a draft and the state → findings (docs/rules.md section M), each with
//! its UTF-16 span in the subject or body, a message, the rule and a fix where one is
//! obvious; a score and reading statistics. One file per family of checks; [`REGISTRY`]
//! lists every check id with its rule and default severity.

mod agreement;
mod apostrophes;
mod articles;
mod case;
mod clauses;
mod clock;
mod comparison;
mod confusions;
mod dialect;
mod languages;
pub mod layout;
mod missing;
mod negation;
mod pronouns;
mod proofreading;
pub(crate) use proofreading::is_abbreviation;
mod punctuation;
mod recipients;
pub mod stats;
mod structure;
mod subjects;
pub mod text;
mod timing;
mod tone;
mod verbs;

use crate::core::calendar::Zone;
use crate::core::lexicon::Speller;
use crate::core::matching::{match_context, purpose_of_text, Context};
use crate::core::model::{ActionKind, Channel, Contact, Process, State};
use chrono::{DateTime, FixedOffset};
pub use recipients::{sent_notes, SentNotes};
use serde::{Deserialize, Serialize};
use stats::Stats;
use text::{Utf16Index, WordSet};

/// A draft as the page (or the CLI) sees it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// Where it will go out.
    #[serde(default = "email")]
    pub channel: Channel,
    /// Recipients: emails, LinkedIn profile URLs or names.
    #[serde(default)]
    pub to: Vec<String>,
    /// Cc recipients.
    #[serde(default)]
    pub cc: Vec<String>,
    /// Subject line (empty on LinkedIn).
    #[serde(default)]
    pub subject: String,
    /// The text.
    #[serde(default)]
    pub body: String,
    /// What it is for, when the page knows; inferred otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<ActionKind>,
    /// The page's own length limit in UTF-16 units (a note box's `maxlength`), which
    /// wins over the profile's `linkedin_note_limit`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<usize>,
}

fn email() -> Channel {
    Channel::Email
}

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing.
    Info,
    /// Worth fixing.
    Warning,
    /// Fix before sending.
    Error,
}

impl Severity {
    /// The contract's name: `info`, `warning` or `error`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One thing wrong with a draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// The finding id of docs/rules.md section M (`placeholder`, `greeting`, …).
    pub id: String,
    /// How much it matters.
    pub severity: Severity,
    /// The rule it comes from.
    pub rule: String,
    /// `subject`, `body` or `to`.
    pub field: String,
    /// UTF-16 offset where it starts in the field.
    pub start: usize,
    /// UTF-16 offset where it ends.
    pub end: usize,
    /// One sentence a person understands.
    pub message: String,
    /// The replacement for `start..end`, or "" when there is no obvious one.
    pub fix: String,
}

/// The checker's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// The matched process, contact and purpose, or null.
    pub context: Option<Context>,
    /// Everything found, by field then position.
    pub findings: Vec<Finding>,
    /// 100 for a draft with no finding; less for each finding by severity.
    pub score: u32,
    /// Reading statistics of the body.
    pub stats: Stats,
}

/// The check ids of docs/rules.md section M with their rule and default severity.
pub const REGISTRY: &[(&str, &str, Severity, &str)] = &[
    (
        "placeholder",
        "M",
        Severity::Error,
        "An unfilled template slot such as [Job Title] or {name}.",
    ),
    (
        "greeting",
        "T2",
        Severity::Warning,
        "No greeting with the recipient's name, or someone else's name.",
    ),
    (
        "no-thanks",
        "T2",
        Severity::Error,
        "A thank-you note that never says thank you.",
    ),
    (
        "no-detail",
        "T2",
        Severity::Warning,
        "Nothing specific to this person from the interview.",
    ),
    (
        "no-closing",
        "T2",
        Severity::Warning,
        "No professional sign-off.",
    ),
    (
        "subject",
        "T4",
        Severity::Warning,
        "An empty, vague or over-long subject.",
    ),
    (
        "length",
        "T3",
        Severity::Warning,
        "Longer than a message of its kind should be.",
    ),
    ("emoji", "M", Severity::Warning, "An emoji or emoticon."),
    (
        "casual",
        "M",
        Severity::Warning,
        "Slang, text-speak, shouting, a string of exclamation marks, or sentences started in lower case throughout.",
    ),
    (
        "impatient",
        "W5",
        Severity::Warning,
        "Pressure or frustration.",
    ),
    (
        "ultimatum",
        "D2",
        Severity::Error,
        "A threat or final-chance wording.",
    ),
    (
        "spelling",
        "M",
        Severity::Warning,
        "A word the dictionary does not know.",
    ),
    (
        "grammar",
        "M",
        Severity::Warning,
        "A word mix-up (\"could of\", \"a\" for \"an\", \"its\" for \"it's\", \"have went\", \"discuss about\", \"an advice\", \"lead\" for \"led\"…), a verb that does not agree or a wrong verb form, a pronoun in the wrong case, a double negative or comparison, a missing word, an apostrophe plural, a repeated word or punctuation mark, a lower-case sentence start or \"i\", no final punctuation in prose, \"help with someone to …\", or the reader in the third person.",
    ),
    (
        "duplicate",
        "T7",
        Severity::Warning,
        "A near copy of a note sent to someone else in this process.",
    ),
    (
        "wrong-recipient",
        "M",
        Severity::Warning,
        "A recipient who is not one of this process's contacts.",
    ),
    (
        "too-soon",
        "W1",
        Severity::Warning,
        "A check-in before the employer's decision date has passed.",
    ),
    (
        "too-frequent",
        "W3",
        Severity::Warning,
        "A second message to the company within 7 days.",
    ),
    (
        "too-many",
        "W4",
        Severity::Warning,
        "A third check-in without any answer.",
    ),
    (
        "late",
        "T1",
        Severity::Info,
        "A thank-you more than 24 hours after the interview.",
    ),
];

/// Options of one check run.
#[derive(Clone, Copy, Default)]
pub struct Options<'a> {
    /// The spelling dictionary; without it, spelling is not checked.
    pub speller: Option<&'a Speller>,
    /// How many misspellings get a suggested fix (suggestions are slow).
    pub suggestions: usize,
    /// The state's [`known_words`], when the caller keeps them between checks (the
    /// engine does, per state revision); built from the state otherwise.
    pub known: Option<&'a WordSet>,
    /// The state's [`sent_notes`], kept the same way; built from the state otherwise.
    pub sent: Option<&'a SentNotes>,
    /// The spelling system when the profile names none (the engine gives the browser's
    /// language's); without either, every system's forms are accepted alike.
    pub spelling: Option<crate::core::model::Spelling>,
}

/// Everything a check reads.
pub struct Input<'a> {
    /// The whole state.
    pub state: &'a State,
    /// The draft.
    pub draft: &'a Draft,
    /// The matched process.
    pub process: Option<&'a Process>,
    /// The matched contact.
    pub contact: Option<&'a Contact>,
    /// The purpose: given, else inferred.
    pub purpose: Option<ActionKind>,
    /// The time of the check.
    pub now: DateTime<FixedOffset>,
    /// The user's zone.
    pub zone: &'a dyn Zone,
    /// The body, ASCII-lower-cased (same byte offsets).
    pub body_lower: String,
    /// The words of `body_lower`, for the phrase searches ([`Input::find`]).
    pub phrases: text::PhraseIndex,
    /// The words of the body, segmented once for every check.
    pub words: Vec<text::Word<'a>>,
    /// The body's sentences as byte spans, found once for every check.
    pub sentences: Vec<(usize, usize)>,
    /// The body's parts: greeting, prose, lists, sign-off, signature, quoted history.
    pub layout: layout::Layout,
    /// What lies after each of `words` ([`clauses::gap_marks`]), for the rules that read
    /// a word with its neighbours.
    pub gap_marks: Vec<u8>,
    /// The sentences of its prose, greeting and sign-off ([`layout::Layout::sentences`]),
    /// found once for the sentence rules.
    pub prose_sentences: Vec<(usize, usize)>,
    /// Words the dictionary need not know: names, companies, the user's notes.
    pub known: &'a WordSet,
    /// Spelling options.
    pub options: Options<'a>,
}

impl Input<'_> {
    /// Every occurrence in the body of each of `phrases` (see [`text::find_phrases`]),
    /// outside quoted history: the writer's own words.
    pub fn find<'p>(&self, phrases: &[&'p str]) -> Vec<(usize, usize, &'p str)> {
        let mut found = self.phrases.find(&self.body_lower, phrases);
        found.retain(|f| !self.layout.is_quoted(f.0));
        found
    }

    /// The first words of the sentences that start in lower case, when the writer does
    /// so as a style, as in a text message ("hey Ana", "thanks for today. see you
    /// then"): two or more of the sentences that open with a letter do, and at least
    /// half of them. Empty otherwise. The tone names the style once; the sentence rules
    /// leave its sentences alone.
    pub fn lower_case_style(&self) -> Vec<(usize, usize)> {
        let body = &self.draft.body;
        let mut lower = Vec::new();
        let mut upper = 0;
        for &(s, _) in &self.prose_sentences {
            match body[s..].chars().next() {
                Some(c) if c.is_lowercase() => {
                    let end = body[s..]
                        .find(|c: char| !c.is_alphanumeric() && c != '\'')
                        .map_or(body.len(), |k| s + k);
                    lower.push((s, end));
                }
                Some(c) if c.is_uppercase() => upper += 1,
                _ => {}
            }
        }
        if lower.len() < 2 || lower.len() < upper {
            lower.clear();
        }
        lower
    }
}

/// Collects findings, converting byte spans to UTF-16.
pub struct Findings {
    body: Utf16Index,
    subject: Utf16Index,
    list: Vec<Finding>,
}

impl Findings {
    /// Records a finding over bytes `start..end` of `field`.
    pub fn push(
        &mut self,
        id: &str,
        severity: Severity,
        field: &str,
        span: (usize, usize),
        message: String,
        fix: String,
    ) {
        let rule = REGISTRY.iter().find(|r| r.0 == id).map_or("M", |r| r.1);
        self.push_rule(id, rule, severity, field, span, message, fix);
    }

    /// Records a finding that cites a specific rule.
    #[allow(clippy::too_many_arguments)]
    pub fn push_rule(
        &mut self,
        id: &str,
        rule: &str,
        severity: Severity,
        field: &str,
        span: (usize, usize),
        message: String,
        fix: String,
    ) {
        let index = if field == "subject" {
            &self.subject
        } else {
            &self.body
        };
        let (start, end) = if field == "to" {
            span
        } else {
            (index.at(span.0), index.at(span.1))
        };
        self.list.push(Finding {
            id: id.to_string(),
            severity,
            rule: rule.to_string(),
            field: field.to_string(),
            start,
            end,
            message,
            fix,
        });
    }

    /// How many findings of `id` so far.
    pub fn count(&self, id: &str) -> usize {
        self.list.iter().filter(|f| f.id == id).count()
    }

    /// Whether a finding of `id` already covers bytes `span` of the body.
    pub fn covers_body(&self, id: &str, span: (usize, usize)) -> bool {
        let (start, end) = (self.body.at(span.0), self.body.at(span.1));
        self.list
            .iter()
            .any(|f| f.id == id && f.field == "body" && f.start <= start && end <= f.end)
    }
}

/// Most findings of one id kept (a 1 MB draft of emoji stays a short report).
pub const MAX_PER_ID: usize = 25;

/// What `draft` is about: its recipients' process and contact, and its purpose — the one
/// given, else what the text says it is (a status question is a check-in even while a
/// thank-you is planned), else the contact's most pressing planned action. The checker
/// and the record of a sent message use this one answer.
pub fn draft_context(
    state: &State,
    draft: &Draft,
    now: DateTime<FixedOffset>,
    zone: &dyn Zone,
) -> Option<Context> {
    let mut recipients = draft.to.clone();
    recipients.extend(draft.cc.iter().cloned());
    let mut context = match_context(state, &recipients, draft.channel, draft.purpose, now, zone)?;
    if draft.purpose.is_none() && draft.channel == Channel::Email {
        context.purpose = purpose_of_text(&draft.body).unwrap_or(context.purpose);
    }
    Some(context)
}

/// Checks `draft` against `state` at `now`.
pub fn check(
    state: &State,
    draft: &Draft,
    now: DateTime<FixedOffset>,
    zone: &dyn Zone,
    options: Options,
) -> Report {
    let context = draft_context(state, draft, now, zone);
    let process = context
        .as_ref()
        .and_then(|c| state.processes.iter().find(|p| p.id == c.process));
    let contact = context
        .as_ref()
        .and_then(|c| process.and_then(|p| p.contact(&c.contact)));
    let purpose = context.as_ref().map(|c| c.purpose).or(draft.purpose);
    let built;
    let known = match options.known {
        Some(known) => known,
        None => {
            built = known_words(state);
            &built
        }
    };
    let body_lower = draft.body.to_ascii_lowercase();
    let phrases = text::PhraseIndex::new(&body_lower);
    let layout = layout::Layout::new(&draft.body, &body_lower);
    let words = text::words(&draft.body);
    let gap_marks = clauses::gap_marks(&draft.body, &layout, &words);
    let input = Input {
        state,
        draft,
        process,
        contact,
        purpose,
        now,
        zone,
        body_lower,
        phrases,
        words,
        gap_marks,
        sentences: text::sentences(&draft.body),
        prose_sentences: layout.sentences(&draft.body),
        layout,
        known,
        options,
    };
    let mut findings = Findings {
        body: Utf16Index::new(&draft.body),
        subject: Utf16Index::new(&draft.subject),
        list: Vec::new(),
    };
    structure::check(&input, &mut findings);
    tone::check(&input, &mut findings);
    proofreading::check(&input, &mut findings);
    pronouns::check(&input, &mut findings);
    recipients::check(&input, &mut findings);
    timing::check(&input, &mut findings);
    let mut list = findings.list;
    list.sort_by(|a, b| {
        (field_order(&a.field), a.start, &a.id).cmp(&(field_order(&b.field), b.start, &b.id))
    });
    // Two rules may see the same words ("she lead": a mix-up and an agreement): the user
    // gets one fix for them, the one found first.
    list.dedup_by(|later, first| {
        later.field == first.field
            && (later.start, later.end) == (first.start, first.end)
            && later.id == first.id
    });
    let penalty: u32 = list
        .iter()
        .map(|f| match f.severity {
            Severity::Error => 15,
            Severity::Warning => 7,
            Severity::Info => 2,
        })
        .sum();
    Report {
        context,
        findings: list,
        score: 100u32.saturating_sub(penalty),
        stats: stats::stats(&draft.body, &input.words, &input.sentences),
    }
}

fn field_order(field: &str) -> u8 {
    match field {
        "to" => 0,
        "subject" => 1,
        _ => 2,
    }
}

/// Names and note words, lower-cased: known to the spell checker.
pub fn known_words(state: &State) -> WordSet {
    let mut known = WordSet::default();
    let mut add = |text: &str| {
        for word in text::words(text) {
            known.insert(word.text.to_lowercase());
        }
    };
    add(&state.profile.name);
    for word in &state.profile.words {
        add(word);
    }
    for p in &state.processes {
        add(&p.company);
        add(&p.role);
        for c in &p.contacts {
            add(&c.name);
            if let Some(t) = &c.title {
                add(t);
            }
        }
        for n in &p.notes {
            add(&n.text);
        }
        for r in &p.references {
            add(&r.name);
        }
    }
    known
}
