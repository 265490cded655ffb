//! Writes docs/drafts-gallery.md: for each note kind, every note of the test corpus
//! (tests/data/drafts/notes.json) with its shape and the sentence it becomes in a draft,
//! so the phrasing can be reviewed at a glance. Run with `make gallery`.

use afterview::core::draft::{note_sentence, read_note};
use afterview::core::model::{parse_state, Note, NoteKind};
use serde_json::json;

const KINDS: [(NoteKind, &str); 5] = [
    (NoteKind::Detail, "Details (thank-you, card, LinkedIn note)"),
    (NoteKind::Need, "Needs (thank-you)"),
    (NoteKind::Strength, "Strengths (thank-you)"),
    (NoteKind::Gap, "Doubts (thank-you)"),
    (NoteKind::Interest, "Interests (LinkedIn message)"),
];

fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let notes: Vec<Note> = serde_json::from_str(include_str!("../tests/data/drafts/notes.json"))?;
    let doc = json!({
        "schema": 1,
        "profile": {"name": "Sam Rivera"},
        "processes": [{
            "id": "p", "company": "Globex", "role": "Data Analyst",
            "contacts": [
                {"id": "a", "name": "Jordan Lee", "role": "interviewer"},
                {"id": "b", "name": "Priya Nair", "role": "interviewer"}
            ],
            "notes": notes,
        }]
    });
    let state = parse_state(&doc.to_string())?;
    let process = &state.processes[0];
    let mut out = String::from(
        "# Drafts from your notes: a gallery\n\n\
         Each note of the test corpus (`tests/data/drafts/notes.json`), as typed, with the \
         shape Afterview reads in it and the sentence it becomes in a message to the person \
         it is tied to (Jordan or Priya; to Jordan when it is tied to nobody). Written by \
         `make gallery`; do not edit by hand.\n",
    );
    for (kind, title) in KINDS {
        out.push_str(&format!(
            "\n## {title}\n\n| Note | Tied to | Shape | Sentence |\n|---|---|---|---|\n"
        ));
        for note in notes.iter().filter(|n| n.kind == kind) {
            let who = match note.contact.as_deref() {
                Some("a") => "Jordan",
                Some(_) => "Priya",
                None => "everyone",
            };
            out.push_str(&format!(
                "| {} | {who} | {} | {} |\n",
                cell(&note.text),
                read_note(note).shape.name(),
                cell(&note_sentence(process, note)),
            ));
        }
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/drafts-gallery.md");
    std::fs::write(path, out)?;
    println!("wrote {path}");
    Ok(())
}
