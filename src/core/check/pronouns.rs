//! A note about the reader, written back to them in the third person: "Dear Jordan, …
//! hearing about their move" when the user's note "their move from Redshift" is tied to
//! Jordan. Only the note's own words are looked for, so "their" about anyone else (the
//! company, a customer) is never flagged.

use super::{Findings, Input, Severity, MAX_PER_ID};
use crate::core::check::text::capitalize;
use crate::core::draft::shape::third_person;
use crate::core::model::NoteKind;

pub(super) fn check(input: &Input, out: &mut Findings) {
    let (Some(process), Some(contact)) = (input.process, input.contact) else {
        return;
    };
    let theirs = process
        .notes
        .iter()
        .filter(|n| n.kind != NoteKind::Strength && n.contact.as_deref() == Some(&contact.id));
    for note in theirs {
        let Some((words, pronoun, to)) = third_person(&note.text) else {
            continue;
        };
        for (start, _, _) in input.find(&[words.as_str()]) {
            if out.count("grammar") >= MAX_PER_ID {
                return;
            }
            let end = start + pronoun.len();
            let written = &input.draft.body[start..end];
            let fix = if written.starts_with(char::is_uppercase) {
                capitalize(&to)
            } else {
                to.clone()
            };
            out.push(
                "grammar",
                Severity::Warning,
                "body",
                (start, end),
                format!(
                    "You are writing to {}: say \"{fix}\" rather than \"{written}\".",
                    contact.first_name()
                ),
                fix,
            );
        }
    }
}
