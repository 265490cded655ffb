//! The notes and references of one application. A note is of a kind (what was
//! discussed, what they need, a strength to stress, a doubt they raised, a shared
//! interest) and about one person or the whole team; beside it, live, is the sentence a
//! draft will make of it. References are the user's, for when the employer asks.

use super::{fold, form_end, Page, Removal};
use crate::core::draft::note_sentence;
use crate::core::edit::MAX_NOTE_CHARS;
use crate::core::model::{Note, NoteKind, Process, Reference};
use crate::web::dom::{add, attr, el, field, select, set_value, text_el, value_of};
use crate::web::i18n::{text, text_with};
use serde_json::Map;
use std::rc::Rc;
use web_sys::Element;

/// The kinds of note, as (wire name, label key).
const KINDS: [(&str, &str); 5] = [
    ("detail", "note_detail"),
    ("need", "note_need"),
    ("strength", "note_strength"),
    ("gap", "note_gap"),
    ("interest", "note_interest"),
];

fn kind_name(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Detail => "detail",
        NoteKind::Need => "need",
        NoteKind::Strength => "strength",
        NoteKind::Gap => "gap",
        NoteKind::Interest => "interest",
    }
}

fn kind_of(name: &str) -> NoteKind {
    match name {
        "need" => NoteKind::Need,
        "strength" => NoteKind::Strength,
        "gap" => NoteKind::Gap,
        "interest" => NoteKind::Interest,
        _ => NoteKind::Detail,
    }
}

/// The notes section: one form per note, then "Add a note".
pub(super) fn notes(page: &Page, process: &Process) -> Element {
    let doc = &page.doc;
    let count = Some(process.notes.len());
    let part = fold(page, "notes", &text("dash_notes_heading"), count, false);
    add(&part, &text_el(doc, "p", "help", &text("dash_notes_help")));
    let list = el(doc, "ul", "notes");
    for index in 0..process.notes.len() {
        let item = el(doc, "li", "note");
        add(&item, &note_form(page, process, Some(index)));
        add(&list, &item);
    }
    add(&part, &list);
    add(&part, &note_form(page, process, None));
    part
}

/// The form of note `index`, or the blank "Add a note" form.
fn note_form(page: &Page, process: &Process, index: Option<usize>) -> Element {
    let doc = &page.doc;
    let form = el(doc, "form", "note-form");
    let prefix = match index {
        Some(i) => format!("note-{}", i + 1),
        None => "note-new".to_string(),
    };
    if index.is_none() {
        let h = text_el(doc, "h3", "", &text("dash_add_note"));
        attr(&h, "id", &format!("{prefix}-heading"));
        attr(&form, "aria-labelledby", &format!("{prefix}-heading"));
        add(&form, &h);
    } else {
        attr(
            &form,
            "aria-label",
            &text_with("dash_note_n", &[&prefix[5..]]),
        );
    }
    let kinds: Vec<(&str, String)> = KINDS.iter().map(|(v, k)| (*v, text(k))).collect();
    let kind = select(doc, &kinds);
    field(
        doc,
        &form,
        &format!("{prefix}-kind"),
        &text("field_note_kind"),
        &kind,
    );
    let mut about_choices = vec![(String::new(), text("dash_about_everyone"))];
    about_choices.extend(
        process
            .contacts
            .iter()
            .map(|c| (c.id.clone(), c.name.clone())),
    );
    let about = select(doc, &about_choices);
    field(
        doc,
        &form,
        &format!("{prefix}-about"),
        &text("field_note_about"),
        &about,
    );
    let words = el(doc, "textarea", "");
    attr(&words, "rows", "2");
    attr(&words, "maxlength", &MAX_NOTE_CHARS.to_string());
    attr(&words, "required", "");
    field(
        doc,
        &form,
        &format!("{prefix}-text"),
        &text("field_note_text"),
        &words,
    );
    let stored = index.map(|i| &process.notes[i]);
    if let Some(note) = stored {
        set_value(&kind, kind_name(note.kind));
        set_value(&about, note.contact.as_deref().unwrap_or(""));
        set_value(&words, &note.text);
    }
    // The sentence a draft makes of the note, as the user types it.
    let preview = el(doc, "p", "note-preview");
    attr(&preview, "id", &format!("{prefix}-preview"));
    attr(&preview, "aria-live", "polite");
    attr(&words, "aria-describedby", &format!("{prefix}-preview"));
    add(&form, &preview);
    let read = {
        let (kind, about, words) = (kind.clone(), about.clone(), words.clone());
        let extra = stored.map(|n| n.extra.clone()).unwrap_or_default();
        move || Note {
            contact: Some(value_of(&about)).filter(|c| !c.is_empty()),
            kind: kind_of(&value_of(&kind)),
            text: value_of(&words),
            extra: extra.clone(),
        }
    };
    let show = {
        let (read, preview, process) = (read.clone(), preview.clone(), Rc::new(process.clone()));
        move || {
            let sentence = note_sentence(&process, &read());
            let said = if sentence.is_empty() {
                String::new()
            } else {
                text_with("dash_note_preview", &[&sentence])
            };
            preview.set_text_content(Some(&said));
        }
    };
    show();
    for (source, event) in [(&words, "input"), (&kind, "change"), (&about, "change")] {
        let show = show.clone();
        page.view.on(source, event, move |_| show());
    }
    let remove = index.map(|i| -> Removal {
        Box::new(move |p: &mut Process| {
            p.notes.remove(i);
        })
    });
    let status = form_end(
        page,
        &form,
        &prefix,
        process,
        "dash_add_note_button",
        remove,
    );
    let (page_, base) = (page.clone(), process.clone());
    page.view.on_submit(&form, move || {
        let mut edited = base.clone();
        match index {
            Some(i) => edited.notes[i] = read(),
            None => edited.notes.push(read()),
        }
        page_.save(edited, &status);
    });
    form
}

/// The references section: one form per reference, then "Add a reference".
pub(super) fn references(page: &Page, process: &Process) -> Element {
    let doc = &page.doc;
    let count = Some(process.references.len());
    let part = fold(
        page,
        "references",
        &text("dash_references_heading"),
        count,
        false,
    );
    let list = el(doc, "ul", "references");
    for index in 0..process.references.len() {
        let item = el(doc, "li", "reference");
        add(&item, &reference_form(page, process, Some(index)));
        add(&list, &item);
    }
    add(&part, &list);
    add(&part, &reference_form(page, process, None));
    part
}

/// The form of reference `index`, or the blank "Add a reference" form.
fn reference_form(page: &Page, process: &Process, index: Option<usize>) -> Element {
    let doc = &page.doc;
    let form = el(doc, "form", "reference-form");
    let prefix = match index {
        Some(i) => format!("reference-{}", i + 1),
        None => "reference-new".to_string(),
    };
    let stored = index.map(|i| &process.references[i]);
    let heading = match stored {
        Some(r) => r.name.clone(),
        None => text("dash_add_reference"),
    };
    let h = text_el(doc, "h3", "", &heading);
    attr(&h, "id", &format!("{prefix}-heading"));
    attr(&form, "aria-labelledby", &format!("{prefix}-heading"));
    add(&form, &h);
    let input = |id: &str, label: &str, kind: &str, value: Option<&str>| {
        let i = el(doc, "input", "");
        attr(&i, "type", kind);
        set_value(&i, value.unwrap_or(""));
        field(doc, &form, &format!("{prefix}-{id}"), &text(label), &i);
        i
    };
    let name = input(
        "name",
        "field_name",
        "text",
        stored.map(|r| r.name.as_str()),
    );
    attr(&name, "required", "");
    let email = input(
        "email",
        "field_email",
        "email",
        stored.and_then(|r| r.email.as_deref()),
    );
    let relation = input(
        "relation",
        "field_relation",
        "text",
        stored.and_then(|r| r.relation.as_deref()),
    );
    let remove = index.map(|i| -> Removal {
        Box::new(move |p: &mut Process| {
            p.references.remove(i);
        })
    });
    let status = form_end(
        page,
        &form,
        &prefix,
        process,
        "dash_add_reference_button",
        remove,
    );
    let (page_, base) = (page.clone(), process.clone());
    page.view.on_submit(&form, move || {
        let mut edited = base.clone();
        let optional = |e: &Element| Some(value_of(e)).filter(|v| !v.trim().is_empty());
        let mut reference = index.map_or_else(
            || Reference {
                id: None,
                name: String::new(),
                email: None,
                relation: None,
                extra: Map::new(),
            },
            |i| edited.references[i].clone(),
        );
        reference.name = value_of(&name);
        reference.email = optional(&email);
        reference.relation = optional(&relation);
        match index {
            Some(i) => edited.references[i] = reference,
            None => edited.references.push(reference),
        }
        page_.save(edited, &status);
    });
    form
}
