//! Repeated punctuation (`grammar`): ",," "..", "??", ";;" and "::". An ellipsis of three
//! dots is fine; runs of "!" are the `casual` finding's. And a space before a comma, a
//! full stop, a semicolon, a question or an exclamation mark ("my CV , as requested").

use super::{Findings, Input, Severity, MAX_PER_ID};

/// Finds a space between a word and the punctuation mark after it, outside `skip`.
fn spaced(input: &Input, skip: &[(usize, usize)], out: &mut Findings) {
    let bytes = input.draft.body.as_bytes();
    for i in 1..bytes.len() {
        let mark = bytes[i];
        if !matches!(mark, b',' | b'.' | b'?' | b';' | b'!') || bytes[i - 1] != b' ' {
            continue;
        }
        let start = i - bytes[..i].iter().rev().take_while(|&&b| b == b' ').count();
        let after_word = start > 0 && bytes[start - 1].is_ascii_alphanumeric();
        let ends = bytes
            .get(i + 1)
            .is_none_or(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b')');
        // Not an ellipsis (" ...") nor a decimal (" .5").
        if !after_word || !ends || skip.iter().any(|(s, e)| i >= *s && i < *e) {
            continue;
        }
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        let written = char::from(mark).to_string();
        out.push(
            "grammar",
            Severity::Warning,
            "body",
            (start, i + 1),
            format!("No space before \"{written}\"."),
            written,
        );
    }
}

/// Finds runs of one punctuation mark outside `skip` (links and addresses), and spaces
/// before a mark.
pub(super) fn check(input: &Input, skip: &[(usize, usize)], out: &mut Findings) {
    spaced(input, skip, out);
    let body = &input.draft.body;
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let mark = bytes[i];
        if !matches!(mark, b',' | b'.' | b'?' | b';' | b':') {
            i += 1;
            continue;
        }
        let run = bytes[i..].iter().take_while(|&&b| b == mark).count();
        let (start, end) = (i, i + run);
        i = end;
        let fix = match (mark, run) {
            (_, 1) | (b'.', 3) => continue,
            (b'.', n) if n > 3 => "...",
            _ => &body[start..start + 1],
        };
        // "a::b" is code, not prose.
        let code = mark == b':'
            && start > 0
            && bytes[start - 1].is_ascii_alphanumeric()
            && bytes.get(end).is_some_and(u8::is_ascii_alphanumeric);
        if code || skip.iter().any(|(s, e)| start >= *s && start < *e) {
            continue;
        }
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        out.push(
            "grammar",
            Severity::Warning,
            "body",
            (start, end),
            format!("\"{}\" is repeated.", &body[start..start + 1]),
            fix.to_string(),
        );
    }
}
