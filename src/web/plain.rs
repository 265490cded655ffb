//! What is wrong with a document, in a user's words: the core's reasons
//! (`core::model::StateError`) name JSON paths, lines and columns, which mean nothing to
//! someone who picked a file; the pages and the engine say instead what the file is and
//! what to do.

use super::i18n::{text, text_with};
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
