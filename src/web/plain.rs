//! What is wrong with a document, in a user's words: the core's reasons
//! (`core::model::StateError`) name JSON paths, lines and columns, which mean nothing to
//! someone who picked a file; the pages and the engine say instead what the file is and
//! what to do.

use super::i18n::{text, text_with};
use crate::core::history::Refusal;
use crate::core::model::StateError;

/// Why a document (an import, or what is stored) cannot be used, as one sentence.
pub fn document_problem(error: &StateError) -> String {
    // Only text that is not JSON at all has a line and column (the rest is read from
    // parsed JSON).
    if error.line_column.is_some() {
        return text("plain_not_json");
    }
    match error.path.as_str() {
        "." => text("plain_not_afterview"),
        "schema" if error.message.contains("update Afterview") => text("plain_newer"),
        "schema" => text("plain_no_version"),
        _ => text_with("plain_entry", &[&error.to_string()]),
    }
}

/// Why a Save over what changed elsewhere was refused, as the words that finish "Not
/// saved, because …": the part of the application both changed (its notes, its people),
/// never the JSON path the core names.
pub fn edit_conflict(why: &Refusal) -> String {
    let Refusal::ChangedSince(path) = why else {
        return why.to_string();
    };
    // "the application.notes[n-2].text": the part is the first field after the record.
    let part = path
        .split('.')
        .nth(1)
        .map(|field| field.split('[').next().unwrap_or(field))
        .unwrap_or("");
    let key = match part {
        "company" => "plain_part_company",
        "role" => "plain_part_role",
        "contacts" => "plain_part_people",
        "interviews" => "plain_part_interviews",
        "notes" => "plain_part_notes",
        "references" => "plain_part_references",
        "events" => "plain_part_events",
        _ => "plain_part_details",
    };
    text(key)
}
