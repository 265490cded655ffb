//! The shape of a message: unfilled slots, greeting, thanks, a specific detail, the
//! sign-off, the subject line and the length (T2, T3, T4, L2, W5).

use super::text::{find_phrases, utf16_len, words, Word, WordSet};
use super::{Findings, Input, Severity, MAX_PER_ID};
use crate::core::lexicon::phrases::{
    CLOSINGS, GENERIC_PRAISE, GREETINGS, NAMELESS_GREETINGS, THANKS, VAGUE_SUBJECTS,
};
use crate::core::model::{first_name, ActionKind, Channel, NoteKind};

/// Longest subject line before it is cut off in an inbox (T4).
pub const SUBJECT_LIMIT: usize = 60;

pub(super) fn check(input: &Input, out: &mut Findings) {
    placeholders(&input.draft.subject, "subject", out);
    placeholders(&input.draft.body, "body", out);
    greeting(input, out);
    thanks_and_detail(input, out);
    closing(input, out);
    subject(input, out);
    length(input, out);
}

/// `[Job Title]`, `{name}`, `<Company>`, `XXX`, `____`.
fn placeholders(text: &str, field: &str, out: &mut Findings) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() && out.count("placeholder") < MAX_PER_ID {
        let b = bytes[i];
        let close = match b {
            b'[' => Some(b']'),
            b'{' => Some(b'}'),
            b'<' => Some(b'>'),
            _ => None,
        };
        if let Some(close) = close {
            let limit = (i + 1 + 60).min(bytes.len());
            if let Some(k) = bytes[i + 1..limit]
                .iter()
                .position(|c| *c == close || *c == b'\n')
            {
                let inner = &text[i + 1..i + 1 + k];
                let is_slot = bytes[i + 1 + k] == close
                    && inner.chars().any(char::is_alphabetic)
                    && !inner.contains('@')
                    && !inner.contains("://")
                    && (b != b'<' || inner.chars().next().is_some_and(char::is_uppercase));
                if is_slot {
                    let end = i + k + 2;
                    out.push(
                        "placeholder",
                        Severity::Error,
                        field,
                        (i, end),
                        format!("Fill in or remove the template slot {}.", &text[i..end]),
                        String::new(),
                    );
                    i = end;
                    continue;
                }
            }
        }
        if b == b'_' || b == b'X' {
            let run = bytes[i..].iter().take_while(|c| **c == b).count();
            let bounded = (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
                && bytes
                    .get(i + run)
                    .is_none_or(|c| !c.is_ascii_alphanumeric());
            if run >= 3 && (b == b'_' || bounded) {
                out.push(
                    "placeholder",
                    Severity::Error,
                    field,
                    (i, i + run),
                    "Fill in this blank before sending.".to_string(),
                    String::new(),
                );
            }
            i += run;
            continue;
        }
        i += 1;
    }
}

/// The first line should greet the recipient by name (T2) — their name, not another's.
fn greeting(input: &Input, out: &mut Findings) {
    let body = &input.draft.body;
    let Some(contact) = input.contact else { return };
    let lead = body.len() - body.trim_start().len();
    let first_line_end = body[lead..].find('\n').map_or(body.len(), |n| lead + n);
    let line = &input.body_lower[lead..first_line_end];
    let expected = first_name(&contact.name);
    let fix = format!("Dear {expected},");
    if let Some((s, e, _)) = find_phrases(line, NAMELESS_GREETINGS)
        .into_iter()
        .find(|f| f.0 == 0)
    {
        let msg = format!("Greet {} by name.", contact.name);
        out.push(
            "greeting",
            Severity::Warning,
            "body",
            (lead + s, lead + e),
            msg,
            fix,
        );
        return;
    }
    let Some((_, g_end, _)) = find_phrases(line, GREETINGS).into_iter().find(|f| f.0 == 0) else {
        let end = first_line_end.min(
            lead + body[lead..]
                .find(char::is_whitespace)
                .unwrap_or(body.len() - lead),
        );
        out.push(
            "greeting",
            Severity::Warning,
            "body",
            (lead, end.max(lead)),
            format!(
                "Open with a greeting that names {}, such as \"{fix}\".",
                contact.name
            ),
            String::new(),
        );
        return;
    };
    let after = &body[lead + g_end..first_line_end];
    // The name is what follows the greeting word, up to the punctuation, titles aside.
    let mut name_start = after.len() - after.trim_start().len();
    for title in [
        "mr.", "ms.", "mrs.", "dr.", "prof.", "mx.", "mr ", "ms ", "mrs ", "dr ", "prof ", "mx ",
    ] {
        if after[name_start..].to_lowercase().starts_with(title) {
            name_start += title.len();
            name_start += after[name_start..].len() - after[name_start..].trim_start().len();
            break;
        }
    }
    let rest = &after[name_start..];
    let name_part = rest[..rest
        .find([',', '!', '.', ':', ';', '\u{2014}'])
        .unwrap_or(rest.len())]
        .trim();
    let Some(first) = words(name_part).into_iter().next() else {
        out.push(
            "greeting",
            Severity::Warning,
            "body",
            (lead, first_line_end),
            format!("Greet {} by name.", contact.name),
            fix,
        );
        return;
    };
    let said = name_part.to_lowercase();
    let theirs: Vec<String> = contact
        .name
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect();
    if said.starts_with(&contact.name.to_lowercase())
        || theirs
            .iter()
            .any(|n| said.split_whitespace().next() == Some(n.as_str()))
    {
        return;
    }
    let first = super::text::Word {
        start: name_start + first.start,
        end: name_start + first.end,
        text: first.text,
    };
    let start = lead + g_end + first.start;
    let end = lead + g_end + first.end;
    let someone_else = input
        .process
        .into_iter()
        .flat_map(|p| &p.contacts)
        .find(|c| {
            c.id != contact.id
                && c.name
                    .split_whitespace()
                    .any(|n| n.eq_ignore_ascii_case(first.text))
        });
    let message = match someone_else {
        Some(other) => format!(
            "This greets {}, but the message goes to {}.",
            other.name, contact.name
        ),
        None => format!(
            "\"{}\" is not the name of {}, who this goes to.",
            first.text, contact.name
        ),
    };
    out.push(
        "greeting",
        Severity::Error,
        "body",
        (start, end),
        message,
        expected.to_string(),
    );
}

/// A thank-you must thank (T2) and recall something specific to this person.
fn thanks_and_detail(input: &Input, out: &mut Findings) {
    if input.purpose != Some(ActionKind::ThankYou) {
        return;
    }
    let body = &input.draft.body;
    let everything = (0, body.trim_end().len());
    if input.find(THANKS).is_empty() {
        out.push(
            "no-thanks",
            Severity::Error,
            "body",
            everything,
            "A thank-you note should say thank you for their time.".to_string(),
            String::new(),
        );
    }
    let (Some(process), Some(contact)) = (input.process, input.contact) else {
        return;
    };
    let details: Vec<&str> = process
        .notes_of(NoteKind::Detail)
        .filter(|n| n.contact.as_deref().is_none_or(|c| c == contact.id))
        .map(|n| n.text.as_str())
        .collect();
    if details.is_empty() {
        // Nothing recorded to compare with: only generic praise alone is flagged.
        let praise = input.find(GENERIC_PRAISE);
        if let (Some(first), true) = (praise.first(), input.words.len() < 60) {
            out.push(
                "no-detail",
                Severity::Warning,
                "body",
                (first.0, first.1),
                "Say what you discussed with them; generic praise could be sent to anyone."
                    .to_string(),
                String::new(),
            );
        }
        return;
    }
    if !recalls_any(&input.words, &details) {
        let message = format!(
            "Mention something you discussed with {}, such as {}.",
            first_name(&contact.name),
            details[0]
        );
        out.push(
            "no-detail",
            Severity::Warning,
            "body",
            everything,
            message,
            String::new(),
        );
    }
}

/// Writes into `stem` the first five letters of `word`, lower-cased: how notes are
/// compared with drafts ("onboarding" matches "onboard").
fn stem_into(stem: &mut String, word: &str) {
    stem.clear();
    if word.is_ascii() {
        // Most words: no Unicode case tables needed.
        stem.push_str(&word[..word.len().min(5)]);
        stem.make_ascii_lowercase();
    } else {
        stem.extend(word.chars().flat_map(char::to_lowercase).take(5));
    }
}

/// The stems of a note's content words (four letters or more, not a stop word).
fn content_stems(note: &str) -> Vec<String> {
    const STOP: &[&str] = &[
        "the", "and", "for", "with", "that", "this", "from", "into", "about", "their", "they",
        "your", "have", "what", "when", "which", "them", "plan", "how", "his", "her", "its", "our",
        "one", "two",
    ];
    words(note)
        .iter()
        .map(|w| w.text.to_lowercase())
        .filter(|w| w.chars().count() >= 4 && !STOP.contains(&w.as_str()))
        .map(|w| {
            let mut stem = String::new();
            stem_into(&mut stem, &w);
            stem
        })
        .collect()
}

/// Whether a draft (its words) recalls one of the notes: at least half of that note's
/// content words, and at least one. Only the notes' stems are collected; the draft's
/// words are stemmed one at a time into one buffer.
fn recalls_any(draft: &[Word], notes: &[&str]) -> bool {
    let notes: Vec<Vec<String>> = notes.iter().map(|n| content_stems(n)).collect();
    let wanted: WordSet<&str> = notes.iter().flatten().map(String::as_str).collect();
    let mut present: WordSet<&str> = WordSet::default();
    let mut stem = String::new();
    for word in draft {
        stem_into(&mut stem, word.text);
        if let Some(found) = wanted.get(stem.as_str()) {
            present.insert(found);
        }
    }
    notes.iter().any(|content| {
        let hits = content
            .iter()
            .filter(|s| present.contains(s.as_str()))
            .count();
        hits * 2 >= content.len() && hits > 0
    })
}

/// Emails and LinkedIn messages end with a sign-off (T2); invitation notes need none.
fn closing(input: &Input, out: &mut Findings) {
    if input.draft.channel == Channel::LinkedinNote || input.draft.body.trim().is_empty() {
        return;
    }
    // The writer's own text: a reply's quoted history comes after the sign-off.
    let body = &input.draft.body[..input.layout.own_end(&input.draft.body)];
    let lines: Vec<(usize, &str)> = {
        let mut offset = 0;
        body.split_inclusive('\n')
            .map(|l| {
                let here = offset;
                offset += l.len();
                (here, l.trim_end())
            })
            .filter(|(_, l)| !l.trim().is_empty())
            .collect()
    };
    let tail = &lines[lines.len().saturating_sub(4)..];
    let me = first_name(&input.state.profile.name).to_ascii_lowercase();
    let closes = tail.iter().any(|(start, line)| {
        let lead = line.len() - line.trim_start().len();
        let lower = &input.body_lower[start + lead..start + line.len()];
        // "Best regards," or "Best regards, Taylor": the sign-off alone, or with the name.
        find_phrases(lower, CLOSINGS).iter().any(|f| {
            let rest = lower[f.1..]
                .trim_matches(|c: char| c == ',' || c == '.' || c == '!' || c.is_whitespace());
            f.0 == 0 && (rest.is_empty() || !me.is_empty() && rest.starts_with(&me))
        })
    });
    if !closes {
        let (start, last) = lines.last().copied().unwrap_or((0, ""));
        let name = input.state.profile.name.trim();
        let sign_off = if name.is_empty() {
            "Best regards,".to_string()
        } else {
            format!("Best regards,\n{name}")
        };
        // The finding is the place right after the last line, and its fix is inserted
        // there: applying it adds the sign-off and drops nothing the user wrote.
        let fix = if last.is_empty() {
            sign_off
        } else {
            format!("\n\n{sign_off}")
        };
        out.push(
            "no-closing",
            Severity::Warning,
            "body",
            (start + last.len(), start + last.len()),
            "End with a professional sign-off and your name.".to_string(),
            fix,
        );
    }
}

/// Plain and specific, at most 60 characters (T4).
fn subject(input: &Input, out: &mut Findings) {
    if input.draft.channel != Channel::Email {
        return;
    }
    let subject = &input.draft.subject;
    let trimmed = subject.trim();
    let mut core = trimmed.to_ascii_lowercase();
    loop {
        let stripped = ["re:", "fwd:", "fw:", "aw:"]
            .iter()
            .find_map(|p| core.strip_prefix(p).map(|s| s.trim_start().to_string()));
        match stripped {
            Some(s) => core = s,
            None => break,
        }
    }
    let core = core.trim_end_matches(['!', '.', '?']).trim();
    let role = input
        .process
        .map(|p| p.role.as_str())
        .filter(|r| !r.is_empty())
        .unwrap_or("job title");
    let name = input.state.profile.name.trim();
    let suggestion = match input.purpose {
        Some(ActionKind::ThankYou) if !name.is_empty() => format!("Thank you – {name}"),
        _ => format!("Following up on the {role} interview"),
    };
    let whole = (0, subject.len());
    if core.is_empty() {
        out.push(
            "subject",
            Severity::Warning,
            "subject",
            whole,
            "Add a plain, specific subject line.".to_string(),
            suggestion,
        );
    } else if VAGUE_SUBJECTS.contains(&core) {
        out.push(
            "subject",
            Severity::Warning,
            "subject",
            whole,
            format!("\"{trimmed}\" is vague: say what the email is about."),
            suggestion,
        );
    } else if subject.chars().count() > SUBJECT_LIMIT {
        let cut = subject
            .char_indices()
            .nth(SUBJECT_LIMIT)
            .map_or(subject.len(), |(i, _)| i);
        out.push(
            "subject",
            Severity::Warning,
            "subject",
            (cut, subject.len()),
            format!("Keep the subject under {SUBJECT_LIMIT} characters so it is not cut off."),
            String::new(),
        );
    }
}

/// Word limits by kind (T3: thank-you 150/250, W5: check-in 120), the invitation limit
/// in UTF-16 units (L2).
fn length(input: &Input, out: &mut Findings) {
    let body = &input.draft.body;
    if input.draft.channel == Channel::LinkedinNote {
        let limit = input
            .draft
            .limit
            .unwrap_or_else(|| input.state.profile.note_limit());
        let units = utf16_len(body);
        if units > limit {
            let cut = body.char_indices().scan(0, |n, (i, c)| {
                let at = (*n, i);
                *n += c.len_utf16();
                Some(at)
            });
            let start = cut
                .filter(|(n, _)| *n >= limit)
                .map(|(_, i)| i)
                .next()
                .unwrap_or(body.len());
            let message = format!("LinkedIn notes fit {limit} characters; this one has {units}.");
            out.push_rule(
                "length",
                "L2",
                Severity::Error,
                "body",
                (start, body.len()),
                message,
                String::new(),
            );
        }
        return;
    }
    let (warn, error, rule) = match input.purpose {
        Some(ActionKind::ThankYou) => (150, Some(250), "T3"),
        Some(ActionKind::CheckIn | ActionKind::Reply) => (120, Some(250), "W5"),
        Some(
            ActionKind::ReferenceHeadsUp
            | ActionKind::Expedite
            | ActionKind::Withdraw
            | ActionKind::GraciousReply,
        ) => (150, Some(300), "T3"),
        _ => (250, None, "T3"),
    };
    let list = &input.words;
    if list.len() <= warn {
        return;
    }
    let severity = if error.is_some_and(|e| list.len() > e) {
        Severity::Error
    } else {
        Severity::Warning
    };
    let start = list[warn].start;
    let message = format!(
        "At {} words this is long: aim for {} or fewer, two or three short paragraphs.",
        list.len(),
        warn
    );
    out.push_rule(
        "length",
        rule,
        severity,
        "body",
        (start, body.trim_end().len()),
        message,
        String::new(),
    );
}
