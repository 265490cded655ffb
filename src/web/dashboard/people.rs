//! The people of one application: name, part (interviewer, recruiter, coordinator,
//! other), title, email and LinkedIn profile, each editable and removable, and a form
//! that adds one. A LinkedIn profile opens in a new tab.

use super::{button, section, status_line, Page};
use crate::core::edit::{is_linkedin_profile, person_id};
use crate::core::model::{Contact, ContactRole, Process};
use crate::web::dom::{add, attr, el, field, select, set_value, text_el, value_of};
use crate::web::i18n::text;
use serde_json::Map;
use web_sys::{Document, Element};

/// The parts a person can have, as (wire name, label key).
const ROLES: [(&str, &str); 4] = [
    ("interviewer", "role_interviewer"),
    ("recruiter", "role_recruiter"),
    ("coordinator", "role_coordinator"),
    ("other", "role_other"),
];

fn role_name(role: ContactRole) -> &'static str {
    match role {
        ContactRole::Interviewer => "interviewer",
        ContactRole::Recruiter => "recruiter",
        ContactRole::Coordinator => "coordinator",
        ContactRole::Reference | ContactRole::Other => "other",
    }
}

fn role_of(name: &str) -> ContactRole {
    match name {
        "interviewer" => ContactRole::Interviewer,
        "recruiter" => ContactRole::Recruiter,
        "coordinator" => ContactRole::Coordinator,
        _ => ContactRole::Other,
    }
}

/// The section: one form per person, then "Add a person".
pub(super) fn people(page: &Page, process: &Process) -> Element {
    let doc = &page.doc;
    let part = section(page, "people", &text("dash_people_heading"));
    let list = el(doc, "ul", "people");
    for contact in &process.contacts {
        let item = el(doc, "li", "person");
        attr(&item, "data-contact", &contact.id);
        add(&item, &person_form(page, process, Some(contact)));
        add(&list, &item);
    }
    add(&part, &list);
    add(&part, &person_form(page, process, None));
    part
}

/// The controls of one person's form.
struct Controls {
    name: Element,
    role: Element,
    title: Element,
    email: Element,
    linkedin: Element,
}

impl Controls {
    /// The controls, with ids starting `prefix`, in `form`.
    fn new(doc: &Document, form: &Element, prefix: &str) -> Self {
        let input = |kind: &str| {
            let i = el(doc, "input", "");
            attr(&i, "type", kind);
            i
        };
        let name = input("text");
        attr(&name, "required", "");
        field(
            doc,
            form,
            &format!("{prefix}-name"),
            &text("field_name"),
            &name,
        );
        let choices: Vec<(&str, String)> = ROLES.iter().map(|(v, k)| (*v, text(k))).collect();
        let role = select(doc, &choices);
        field(
            doc,
            form,
            &format!("{prefix}-role"),
            &text("field_part"),
            &role,
        );
        let title = input("text");
        field(
            doc,
            form,
            &format!("{prefix}-title"),
            &text("field_title"),
            &title,
        );
        let email = input("email");
        field(
            doc,
            form,
            &format!("{prefix}-email"),
            &text("field_email"),
            &email,
        );
        // Text, not "url": LinkedIn shows a profile's address without https://, and the
        // browser's own check would refuse it as typed.
        let linkedin = input("text");
        attr(&linkedin, "inputmode", "url");
        attr(&linkedin, "placeholder", "https://www.linkedin.com/in/…");
        field(
            doc,
            form,
            &format!("{prefix}-linkedin"),
            &text("field_linkedin"),
            &linkedin,
        );
        Controls {
            name,
            role,
            title,
            email,
            linkedin,
        }
    }

    fn fill(&self, contact: &Contact) {
        set_value(&self.name, &contact.name);
        set_value(&self.role, role_name(contact.role));
        set_value(&self.title, contact.title.as_deref().unwrap_or(""));
        set_value(&self.email, contact.email.as_deref().unwrap_or(""));
        set_value(&self.linkedin, contact.linkedin.as_deref().unwrap_or(""));
    }

    /// `contact` as the form now says (the core cleans and checks it on save).
    fn read_into(&self, contact: &mut Contact) {
        let optional = |e: &Element| Some(value_of(e)).filter(|v| !v.trim().is_empty());
        contact.name = value_of(&self.name);
        contact.role = role_of(&value_of(&self.role));
        contact.title = optional(&self.title);
        contact.email = optional(&self.email);
        contact.linkedin = optional(&self.linkedin).map(|link| with_scheme(link.trim()));
    }
}

/// The form of `contact`, or the blank "Add a person" form.
fn person_form(page: &Page, process: &Process, contact: Option<&Contact>) -> Element {
    let doc = &page.doc;
    let form = el(doc, "form", "person-form");
    let prefix = match contact {
        Some(c) => format!("person-{}", c.id),
        None => "person-new".to_string(),
    };
    let heading = match contact {
        Some(c) => text_el(doc, "h3", "", &c.name),
        None => text_el(doc, "h3", "", &text("dash_add_person")),
    };
    attr(&heading, "id", &format!("{prefix}-heading"));
    attr(&form, "aria-labelledby", &format!("{prefix}-heading"));
    add(&form, &heading);
    let controls = Controls::new(doc, &form, &prefix);
    if let Some(c) = contact {
        controls.fill(c);
    }
    let tools = el(doc, "p", "form-tools");
    let save_label = if contact.is_some() {
        text("dash_save")
    } else {
        text("dash_add_person_button")
    };
    let save = text_el(doc, "button", "", &save_label);
    attr(&save, "type", "submit");
    attr(&save, "id", &format!("{prefix}-save"));
    add(&tools, &save);
    if let Some(link) = contact
        .and_then(|c| c.linkedin.as_deref())
        .filter(|l| is_linkedin_profile(l))
    {
        let open = text_el(doc, "a", "button secondary", &text("dash_open_profile"));
        attr(&open, "href", link);
        attr(&open, "target", "_blank");
        attr(&open, "rel", "noopener noreferrer");
        add(&tools, &open);
    }
    let status = status_line(page);
    if let Some(c) = contact {
        let remove = button(
            page,
            &format!("{prefix}-remove"),
            &text("dash_remove"),
            "secondary danger",
        );
        attr(
            &remove,
            "aria-label",
            &format!("{} {}", text("dash_remove"), c.name),
        );
        let (page_, base, id, status) =
            (page.clone(), process.clone(), c.id.clone(), status.clone());
        page.view.on(&remove, "click", move |_| {
            let mut edited = base.clone();
            edited.contacts.retain(|c| c.id != id);
            for round in &mut edited.interviews {
                round.contacts.retain(|c| *c != id);
            }
            // Notes about them stay, about the whole application.
            for note in &mut edited.notes {
                if note.contact.as_deref() == Some(&id) {
                    note.contact = None;
                }
            }
            page_.save(edited, &status);
        });
        add(&tools, &remove);
    }
    add(&form, &tools);
    add(&form, &status);
    let (page_, base, id) = (page.clone(), process.clone(), contact.map(|c| c.id.clone()));
    page.view.on_submit(&form, move || {
        let mut edited = base.clone();
        match &id {
            Some(id) => {
                if let Some(c) = edited.contacts.iter_mut().find(|c| &c.id == id) {
                    controls.read_into(c);
                }
            }
            None => {
                let mut contact = Contact {
                    id: person_id(&edited, &value_of(&controls.name)),
                    name: String::new(),
                    title: None,
                    email: None,
                    linkedin: None,
                    role: ContactRole::Interviewer,
                    extra: Map::new(),
                };
                controls.read_into(&mut contact);
                edited.contacts.push(contact);
            }
        }
        page_.save(edited, &status);
    });
    form
}

/// A profile link as LinkedIn's Contact info shows it ("www.linkedin.com/in/jordan"),
/// given its `https://`; any other text as typed (the core says what is wrong with it).
fn with_scheme(link: &str) -> String {
    let bare = link.strip_prefix("http://").unwrap_or(link);
    if bare.starts_with("www.linkedin.com/") || bare.starts_with("linkedin.com/") {
        format!("https://{bare}")
    } else {
        link.to_string()
    }
}
