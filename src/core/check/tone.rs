//! Tone: emoji and emoticons, casual words and shouting, impatience, ultimatums
//! (docs/rules.md M, W5, D2).

use super::text::capitalize;
use super::{Findings, Input, Severity, MAX_PER_ID};
use crate::core::lexicon::phrases::{ACRONYMS, CASUAL, EMOTICONS, IMPATIENT, ULTIMATUM};
use unicode_properties::UnicodeEmoji;

pub(super) fn check(input: &Input, out: &mut Findings) {
    emoji(input, out);
    casual(input, out);
    phrase_family(input, out, IMPATIENT, "impatient", Severity::Warning, |p| {
        format!(
            "\"{p}\" sounds impatient: a short, friendly question about the status works better."
        )
    });
    phrase_family(input, out, ULTIMATUM, "ultimatum", Severity::Error, |p| {
        format!("\"{p}\" reads as an ultimatum: say what deadline you face and ask whether they can help, without a threat.")
    });
}

/// Pictographic emoji (not digits, `#` or `*`, which are emoji components) and emoticons.
pub fn is_emoji(c: char) -> bool {
    !c.is_ascii()
        && (c.is_emoji_char() && !c.is_emoji_component()
            || matches!(c, '\u{2600}'..='\u{27BF}' | '\u{1F000}'..='\u{1FAFF}'))
}

fn emoji(input: &Input, out: &mut Findings) {
    let body = &input.draft.body;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_emoji(c) {
            if out.count("emoji") >= MAX_PER_ID {
                return;
            }
            let mut end = i + c.len_utf8();
            // Keep a sequence (skin tone, variation selector, zero-width joiner) as one.
            while let Some(&(j, n)) = chars.peek() {
                if n == '\u{FE0F}'
                    || n == '\u{200D}'
                    || ('\u{1F3FB}'..='\u{1F3FF}').contains(&n)
                    || is_emoji(n) && body[i..j].ends_with('\u{200D}')
                {
                    end = j + n.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(
                "emoji",
                Severity::Warning,
                "body",
                (i, end),
                "Leave emoji out of a professional note.".to_string(),
                String::new(),
            );
        }
    }
    // Emoticons share the emoji's cap.
    let room = MAX_PER_ID.saturating_sub(out.count("emoji"));
    for (s, e, _) in input.find(EMOTICONS).into_iter().take(room) {
        out.push(
            "emoji",
            Severity::Warning,
            "body",
            (s, e),
            "Leave emoticons out of a professional note.".to_string(),
            String::new(),
        );
    }
}

fn casual(input: &Input, out: &mut Findings) {
    let body = &input.draft.body;
    let lone_letter_ok = |e: usize| {
        body.as_bytes()
            .get(e)
            .is_some_and(|b| matches!(b, b'.' | b'-' | b'&' | b'\''))
    };
    let found = input
        .find(CASUAL)
        .into_iter()
        .filter(|(_, e, p)| p.len() > 1 || !lone_letter_ok(*e));
    let mut covered = 0;
    for (s, e, p) in found.take(MAX_PER_ID) {
        if s < covered {
            continue; // "thanks 4 the": one finding, not two overlapping ones
        }
        covered = e;
        let fix = match p {
            "hey" | "hiya" | "yo" => "Dear",
            "thx" | "thnx" | "tnx" | "ty" => "thank you",
            "gonna" => "going to",
            "wanna" => "want to",
            "gotta" => "have to",
            "pls" | "plz" => "please",
            "u" => "you",
            "ur" => "your",
            "yeah" | "yep" | "yup" => "yes",
            "tmrw" => "tomorrow",
            "4 the" => "for the",
            "thanks 4" => "thanks for",
            _ => "",
        };
        let fix = if fix == "Dear" || body[s..e].starts_with(|c: char| c.is_uppercase()) {
            capitalize(fix)
        } else {
            fix.to_string()
        };
        out.push(
            "casual",
            Severity::Warning,
            "body",
            (s, e),
            format!("\"{}\" is casual for a note to an employer.", &body[s..e]),
            fix,
        );
    }
    // "!!" and more
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'!' {
            let run = bytes[i..].iter().take_while(|b| **b == b'!').count();
            if run >= 2 && out.count("casual") < MAX_PER_ID {
                out.push(
                    "casual",
                    Severity::Warning,
                    "body",
                    (i, i + run),
                    "One exclamation mark at most.".to_string(),
                    "!".to_string(),
                );
            }
            i += run;
        } else {
            i += 1;
        }
    }
    // Sentences started in lower case throughout: a style, named once (on a word no
    // other casual finding marks: "hey" has its own).
    let style = input.lower_case_style();
    if let Some(&span) = style.iter().find(|&&s| !out.covers_body("casual", s)) {
        out.push(
            "casual",
            Severity::Warning,
            "body",
            span,
            "The sentences start in lower case throughout, as in a text message: start each with a capital letter.".to_string(),
            capitalize(&body[span.0..span.1]),
        );
    }
    // Shouting: a word of four or more capitals that is no acronym, name or note word.
    for word in &input.words {
        // Most words fail at their first lower-case letter, before any counting.
        let shouting = word
            .text
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase())
            && word.text.chars().filter(|c| c.is_alphabetic()).count() >= 4;
        if shouting
            && !ACRONYMS.contains(&word.text)
            && !input.known.contains(&word.text.to_lowercase())
            && out.count("casual") < MAX_PER_ID
        {
            out.push(
                "casual",
                Severity::Warning,
                "body",
                (word.start, word.end),
                format!("\"{}\" in capitals reads as shouting.", word.text),
                word.text.to_lowercase(),
            );
        }
    }
}

fn phrase_family(
    input: &Input,
    out: &mut Findings,
    phrases: &[&str],
    id: &str,
    severity: Severity,
    message: impl Fn(&str) -> String,
) {
    for (s, e, _) in input.find(phrases).into_iter().take(MAX_PER_ID) {
        out.push(
            id,
            severity,
            "body",
            (s, e),
            message(&input.draft.body[s..e]),
            String::new(),
        );
    }
}
