//! Who it goes to: recipients outside the process (M), and near copies of a note already
//! sent to another person of the same process (T7).

use super::text::{words, WordHasher, WordSet};
use super::{Findings, Input, Severity};
use crate::core::matching::{is_contact, process_by_domain};
use crate::core::model::{ActionKind, EventKind};
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
    // Only notes the extension saw sent to someone else can be copies (T7).
    let sent_to_others = || {
        process.events.iter().filter(|e| {
            e.kind == EventKind::Sent && !e.to.contains(&contact.id) && e.body.is_some()
        })
    };
    if sent_to_others().next().is_none() {
        return;
    }
    let names: WordSet = process
        .contacts
        .iter()
        .flat_map(|c| c.name.split_whitespace().map(|n| n.to_lowercase()))
        .collect();
    let mine = trigrams(&input.draft.body, &names);
    if mine.len() < 5 {
        return;
    }
    for event in sent_to_others() {
        let Some(body) = event.body.as_deref() else {
            continue;
        };
        let theirs = trigrams(body, &names);
        let shared = mine.intersection(&theirs).count() as f64;
        let union = mine.union(&theirs).count() as f64;
        if union > 0.0 && shared / union >= DUPLICATE_SIMILARITY {
            let other = event
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
