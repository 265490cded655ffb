//! Repeated punctuation (`grammar`): ",," "..", "??", ";;" and "::". An ellipsis of three
//! dots is fine; runs of "!" are the `casual` finding's.

use super::{Findings, Input, Severity, MAX_PER_ID};

/// Finds runs of one punctuation mark outside `skip` (links and addresses).
pub(super) fn check(input: &Input, skip: &[(usize, usize)], out: &mut Findings) {
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
