//! The labelled proofreading corpus (`tests/data/proofreading/`): reading it, running
//! Afterview's check on it, and scoring a checker's findings against it. Shared by
//! `tests/proofreading_corpus.rs` and the comparison with Harper (`tools/compare`).
//!
//! It has two parts. The tuning part (`mistakes.txt`, `clean.txt`, `clean-formats.txt`)
//! is what the rules are measured on while they are written. The held-out part
//! (`heldout-mistakes.txt`, `heldout-clean.txt`) was written apart from the rules, by
//! someone who did not see them, and is only measured: a miss there is fixed by a
//! general rule or not at all.

use afterview::core::calendar::FixedZone;
use afterview::core::check::{check, Draft, Options};
use afterview::core::lexicon::Speller;
use afterview::core::model::{state_from_value, Channel, State};
use chrono::DateTime;
use serde_json::json;

/// A sentence with one labelled mistake.
pub struct Mistake {
    /// The kind of mistake (`could-of`, `a-an`, …).
    pub category: String,
    /// The finding that must be raised over the mistake (`grammar` or `spelling`).
    pub id: String,
    /// The sentence as written, with the mistake.
    pub sentence: String,
    /// Byte span of the mistake in `sentence`.
    pub span: (usize, usize),
    /// What it should be.
    pub fix: String,
}

/// A clean email and what the product knows of its sender, contact and company.
pub struct Email {
    /// The state: the sender's profile and one process with the contact.
    pub state: State,
    /// The contact's address, the draft's recipient.
    pub to: String,
    /// The body.
    pub body: String,
}

/// A finding reduced to what is scored: id and byte span in the checked text.
pub struct Flag {
    /// `grammar`, `spelling`, or `*` for a checker whose kinds do not map to ours.
    pub id: String,
    /// Byte offset where it starts.
    pub start: usize,
    /// Byte offset where it ends.
    pub end: usize,
    /// What it says.
    pub message: String,
    /// The replacement it offers for `start..end` ("" for none).
    pub fix: String,
}

/// The tuning sentences with mistakes.
pub const MISTAKES: &str = include_str!("../data/proofreading/mistakes.txt");
/// The tuning emails of the first kind: plain paragraphs between greeting and sign-off.
pub const CLEAN: &str = include_str!("../data/proofreading/clean.txt");
/// The tuning emails in other formats: hard-wrapped lines, lists, `Key: value` lines,
/// signature blocks, quoted history, British English, sign-offs in other languages.
pub const CLEAN_FORMATS: &str = include_str!("../data/proofreading/clean-formats.txt");
/// A held-out part: written apart from the rules (and from the other parts) by someone
/// who never saw them.
pub struct HeldOutPart {
    /// How it is named in the output ("third held-out").
    pub name: &'static str,
    /// Its sentences with one mistake each.
    pub mistakes: &'static str,
    /// Its clean emails.
    pub clean: &'static str,
    /// Its correct sentences close to a mistake ("I led the migration").
    pub sentences: &'static str,
}

/// The held-out parts, in the order they were written.
pub const HELD_OUT: [HeldOutPart; 11] = [
    HeldOutPart {
        name: "held-out",
        mistakes: include_str!("../data/proofreading/heldout-mistakes.txt"),
        clean: include_str!("../data/proofreading/heldout-clean.txt"),
        sentences: include_str!("../data/proofreading/heldout-clean-sentences.txt"),
    },
    HeldOutPart {
        name: "second held-out",
        mistakes: include_str!("../data/proofreading/heldout-2-mistakes.txt"),
        clean: include_str!("../data/proofreading/heldout-2-clean.txt"),
        sentences: include_str!("../data/proofreading/heldout-2-clean-sentences.txt"),
    },
    HeldOutPart {
        name: "third held-out",
        mistakes: include_str!("../data/proofreading/heldout-3-mistakes.txt"),
        clean: include_str!("../data/proofreading/heldout-3-clean.txt"),
        sentences: include_str!("../data/proofreading/heldout-3-clean-sentences.txt"),
    },
    HeldOutPart {
        name: "fourth held-out",
        mistakes: include_str!("../data/proofreading/heldout-4-mistakes.txt"),
        clean: include_str!("../data/proofreading/heldout-4-clean.txt"),
        sentences: include_str!("../data/proofreading/heldout-4-clean-sentences.txt"),
    },
    HeldOutPart {
        name: "fifth held-out",
        mistakes: include_str!("../data/proofreading/heldout-5-mistakes.txt"),
        clean: include_str!("../data/proofreading/heldout-5-clean.txt"),
        sentences: include_str!("../data/proofreading/heldout-5-clean-sentences.txt"),
    },
    HeldOutPart {
        name: "sixth held-out",
        mistakes: include_str!("../data/proofreading/heldout-6-mistakes.txt"),
        clean: include_str!("../data/proofreading/heldout-6-clean.txt"),
        sentences: include_str!("../data/proofreading/heldout-6-clean-sentences.txt"),
    },
    HeldOutPart {
        name: "seventh held-out",
        mistakes: include_str!("../data/proofreading/heldout-7-mistakes.txt"),
        clean: include_str!("../data/proofreading/heldout-7-clean.txt"),
        sentences: include_str!("../data/proofreading/heldout-7-clean-sentences.txt"),
    },
    HeldOutPart {
        name: "eighth held-out",
        mistakes: include_str!("../data/proofreading/heldout-8-mistakes.txt"),
        clean: include_str!("../data/proofreading/heldout-8-clean.txt"),
        sentences: include_str!("../data/proofreading/heldout-8-clean-sentences.txt"),
    },
    HeldOutPart {
        name: "ninth held-out",
        mistakes: include_str!("../data/proofreading/heldout-9-mistakes.txt"),
        clean: include_str!("../data/proofreading/heldout-9-clean.txt"),
        sentences: include_str!("../data/proofreading/heldout-9-clean-sentences.txt"),
    },
    HeldOutPart {
        name: "tenth held-out",
        mistakes: include_str!("../data/proofreading/heldout-10-mistakes.txt"),
        clean: include_str!("../data/proofreading/heldout-10-clean.txt"),
        sentences: include_str!("../data/proofreading/heldout-10-clean-sentences.txt"),
    },
    HeldOutPart {
        name: "eleventh held-out",
        mistakes: include_str!("../data/proofreading/heldout-11-mistakes.txt"),
        clean: include_str!("../data/proofreading/heldout-11-clean.txt"),
        sentences: include_str!("../data/proofreading/heldout-11-clean-sentences.txt"),
    },
];

/// The sentences of a file of clean sentences: one a line, `#` comments left out.
pub fn clean_sentences(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// The sentences with mistakes of a corpus file (`category id: sentence` with the
/// mistake marked `[as written=>fix]`).
pub fn mistakes(text: &str) -> Vec<Mistake> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|line| {
            let (head, marked) = line.split_once(": ").expect("category id: sentence");
            let (category, id) = head.split_once(' ').expect("category id");
            let open = marked.find('[').expect("[");
            let close = marked.find(']').expect("]");
            let (wrong, fix) = marked[open + 1..close]
                .split_once("=>")
                .expect("wrong=>fix");
            let sentence = format!("{}{wrong}{}", &marked[..open], &marked[close + 1..]);
            Mistake {
                category: category.to_string(),
                id: id.to_string(),
                span: (open, open + wrong.len()),
                sentence,
                fix: fix.to_string(),
            }
        })
        .collect()
}

/// The clean emails of a corpus file, each with its state.
pub fn emails(text: &str) -> Vec<Email> {
    let mut emails = Vec::new();
    for block in text.split("\n=== ").skip(1) {
        let (header, body) = block.split_once('\n').expect("header line");
        let field = |name: &str| {
            header
                .split(" | ")
                .find_map(|f| f.strip_prefix(&format!("{name}: ")))
                .map(str::to_string)
        };
        let to_name = field("to").expect("to");
        let to = format!(
            "{}@contact.example",
            to_name.to_lowercase().replace([' ', '\''], ".")
        );
        let mut process = json!({
            "id": "p",
            "company": field("company").expect("company"),
            "role": field("role").expect("role"),
            "contacts": [{"id": "c", "name": to_name, "email": to, "role": "interviewer"}],
        });
        if let Some(title) = field("title") {
            process["contacts"][0]["title"] = json!(title);
        }
        if let Some(note) = field("note") {
            process["notes"] = json!([{"kind": "detail", "text": note}]);
        }
        let state = state_from_value(json!({
            "schema": 1,
            "profile": {"name": field("from").expect("from"), "email": "me@example.net", "timezone": "Europe/London"},
            "processes": [process],
        }))
        .expect("state");
        emails.push(Email {
            state,
            to,
            body: body.trim().to_string(),
        });
    }
    emails
}

/// The byte offset of UTF-16 offset `unit` in `text`.
fn byte_at(text: &str, unit: usize) -> usize {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= unit {
            return i;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// Afterview's spelling and grammar findings on `body` sent to `to` with `state`.
pub fn afterview(speller: &Speller, state: &State, to: &str, body: &str) -> Vec<Flag> {
    let draft = Draft {
        channel: Channel::Email,
        to: vec![to.to_string()],
        body: body.to_string(),
        subject: "Thank you".to_string(),
        ..Draft::default()
    };
    let now = DateTime::parse_from_rfc3339("2026-11-20T09:00:00+00:00").expect("now");
    let options = Options {
        speller: Some(speller),
        suggestions: 0,
        known: None,
        sent: None,
        spelling: None,
    };
    check(state, &draft, now, &FixedZone(*now.offset()), options)
        .findings
        .into_iter()
        .filter(|f| f.field == "body" && (f.id == "spelling" || f.id == "grammar"))
        .map(|f| Flag {
            id: f.id,
            start: byte_at(body, f.start),
            end: byte_at(body, f.end),
            message: f.message,
            fix: f.fix,
        })
        .collect()
}

/// A state that knows nobody, for the mistake sentences.
pub fn empty_state() -> State {
    state_from_value(json!({
        "schema": 1,
        "profile": {"name": "Taylor Brooks", "email": "me@example.net", "timezone": "Europe/London"},
        "processes": [],
    }))
    .expect("state")
}

/// Whether `flags` catch `mistake`: a flag of its id (or `*`) overlaps its span.
pub fn caught(mistake: &Mistake, flags: &[Flag]) -> bool {
    flags.iter().any(|f| {
        (f.id == mistake.id || f.id == "*") && f.start < mistake.span.1 && mistake.span.0 < f.end
    })
}

/// The words of a text, as the false-alarm rate counts them.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Recall by category: (category, caught, total), in the corpus's order.
pub fn recall(results: &[(&Mistake, bool)]) -> Vec<(String, usize, usize)> {
    let mut rows: Vec<(String, usize, usize)> = Vec::new();
    for (mistake, hit) in results {
        let row = match rows.iter_mut().find(|r| r.0 == mistake.category) {
            Some(row) => row,
            None => {
                rows.push((mistake.category.clone(), 0, 0));
                rows.last_mut().expect("row")
            }
        };
        row.1 += usize::from(*hit);
        row.2 += 1;
    }
    rows
}
