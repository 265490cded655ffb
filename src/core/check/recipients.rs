//! Who it goes to: recipients outside the process (M), and near copies of a note already
//! sent to another person of the same process (T7).

use super::text::{words, WordHasher, WordSet};
use super::{Findings, Input, Severity};
use crate::core::matching::{is_contact, process_by_domain};
use crate::core::model::{ActionKind, EventKind, Process, State};
use std::hash::{Hash, Hasher};

/// Word-trigram overlap (Jaccard) above which two notes are near copies.
pub const DUPLICATE_SIMILARITY: f64 = 0.6;

pub(super) fn check(input: &Input, out: &mut Findings) {
    wrong_recipients(input, out);
    duplicates(input, out);
}

/// Recipients who are none of the process's contacts. With no contact among the
/// recipients, the process is the one whose company domain a recipient writes from.
fn wrong_recipients(input: &Input, out: &mut Findings) {
    let recipients = || input.draft.to.iter().chain(&input.draft.cc);
    let Some(process) = input
        .process
        .or_else(|| recipients().find_map(|r| process_by_domain(input.state, r)))
    else {
        return;
    };
    let mut offset = 0;
    let own = input
        .state
        .profile
        .email
        .as_deref()
        .unwrap_or("")
        .to_ascii_lowercase();
    for recipient in recipients() {
        let span = (offset, offset + recipient.encode_utf16().count());
        offset = span.1 + 1;
        let known = process.contacts.iter().any(|c| is_contact(recipient, c));
        let is_self = !own.is_empty() && recipient.to_ascii_lowercase().contains(&own);
        if !known && !is_self && !recipient.trim().is_empty() {
            let message = format!(
                "{} was not part of your {} process: check that this should go to them.",
                recipient.trim(),
                process.company
            );
            out.push(
                "wrong-recipient",
                Severity::Warning,
                "to",
                span,
                message,
                String::new(),
            );
        }
    }
}

/// The fingerprint of every note the extension saw sent (its word trigrams, names left
/// out), computed once per state: a check reads them instead of hashing each earlier body
/// again on every keystroke. The engine keeps them until the state changes.
#[derive(Debug, Clone, Default)]
pub struct SentNotes(Vec<SentNote>);

/// One sent note's fingerprint.
#[derive(Debug, Clone)]
struct SentNote {
    process: String,
    to: Vec<String>,
    trigrams: WordSet<u64>,
}

/// The fingerprints of every sent note with a body in `state`.
pub fn sent_notes(state: &State) -> SentNotes {
    let mut out = Vec::new();
    for process in &state.processes {
        let names = contact_names(process);
        for event in &process.events {
            if let (EventKind::Sent, Some(body)) = (event.kind, event.body.as_deref()) {
                out.push(SentNote {
                    process: process.id.clone(),
                    to: event.to.clone(),
                    trigrams: trigrams(body, &names),
                });
            }
        }
    }
    SentNotes(out)
}

/// The words of the process's contacts' names, lower-cased (left out of fingerprints,
/// so two notes that differ only in the greeting are still copies).
fn contact_names(process: &Process) -> WordSet {
    process
        .contacts
        .iter()
        .flat_map(|c| c.name.split_whitespace().map(|n| n.to_lowercase()))
        .collect()
}

/// The text's runs of three words (names left out), each kept as a hash of the three.
fn trigrams(text: &str, names: &WordSet) -> WordSet<u64> {
    let list: Vec<String> = words(text)
        .iter()
        .map(|w| w.text.to_lowercase())
        .filter(|w| !names.contains(w))
        .collect();
    list.windows(3)
        .map(|run| {
            let mut hasher = WordHasher::default();
            run.hash(&mut hasher);
            hasher.finish()
        })
        .collect()
}

fn duplicates(input: &Input, out: &mut Findings) {
    let (Some(process), Some(contact)) = (input.process, input.contact) else {
        return;
    };
    if !matches!(
        input.purpose,
        Some(ActionKind::ThankYou | ActionKind::LinkedinConnect | ActionKind::Card)
    ) {
        return;
    }
    let built;
    let sent = match input.options.sent {
        Some(sent) => sent,
        None => {
            built = sent_notes(input.state);
            &built
        }
    };
    // Only notes the extension saw sent to someone else can be copies (T7).
    let mut to_others = sent
        .0
        .iter()
        .filter(|n| n.process == process.id && !n.to.contains(&contact.id))
        .peekable();
    if to_others.peek().is_none() {
        return;
    }
    let mine = trigrams(&input.draft.body, &contact_names(process));
    if mine.len() < 5 {
        return;
    }
    for note in to_others {
        let theirs = &note.trigrams;
        let shared = mine.intersection(theirs).count() as f64;
        let union = mine.union(theirs).count() as f64;
        if union > 0.0 && shared / union >= DUPLICATE_SIMILARITY {
            let other = note
                .to
                .first()
                .and_then(|id| process.contact(id))
                .map_or("someone else", |c| c.name.as_str());
            let message = format!("This is nearly the note you sent {other}: interviewers compare notes, so make it about your talk with {}.", contact.name);
            out.push(
                "duplicate",
                Severity::Warning,
                "body",
                (0, input.draft.body.trim_end().len()),
                message,
                String::new(),
            );
            return;
        }
    }
}
