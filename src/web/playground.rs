//! The playground (`www/`): the same wasm core on a plain page, with a demo state the
//! visitor can edit, a clock they can set, the plan it gives, and the deadline reader.

use super::dom::{
    add, attr, by_id, clear, document, el, field, set_value, text_el, value_of, Listeners,
};
use super::i18n::{text, text_with};
use super::views::{action_card, sections};
use crate::core::calendar::{FixedZone, Zone};
use crate::core::check::{check, Draft, Options, REGISTRY};
use crate::core::dates::short_date_with_year;
use crate::core::draft::compose;
use crate::core::model::parse_state;
use crate::core::plan::plan;
use crate::core::when::read_deadline;
use chrono::DateTime;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// The demo state: one process just after a two-day onsite.
pub const DEMO_STATE: &str = include_str!("demo-state.json");
/// The moment the demo is set at.
pub const DEMO_NOW: &str = "2026-11-20T16:00:00-05:00";

/// Entry point called by the playground page.
#[wasm_bindgen]
pub fn playground_start(messages_json: String) {
    // A plain web page has no chrome.i18n: the UI strings come from the English file.
    super::i18n::load(&messages_json);
    let Some(doc) = document() else { return };
    super::i18n::translate_page(&doc);
    let Some(root) = by_id(&doc, "app") else {
        return;
    };
    let root: Element = root.into();
    clear(&root);

    let controls = el(&doc, "section", "controls");
    let now_input = control(
        &doc,
        &controls,
        "now",
        &text("playground_now"),
        "input",
        DEMO_NOW,
    );
    let state_input = control(
        &doc,
        &controls,
        "state",
        &text("playground_state"),
        "textarea",
        DEMO_STATE,
    );
    attr(&state_input, "rows", "14");
    attr(&state_input, "spellcheck", "false");
    add(&root, &controls);

    let plan_out = el(&doc, "section", "plan");
    attr(&plan_out, "id", "plan");
    attr(&plan_out, "aria-live", "polite");
    add(&root, &plan_out);

    let when = el(&doc, "section", "when");
    add(
        &when,
        &text_el(&doc, "h2", "", &text("playground_when_heading")),
    );
    let phrase = control(
        &doc,
        &when,
        "phrase",
        &text("playground_phrase"),
        "input",
        "We'll be in touch by the end of next week",
    );
    let answer = text_el(&doc, "output", "", "");
    attr(&answer, "id", "phrase-answer");
    attr(&answer, "for", "phrase");
    add(&when, &answer);
    add(&root, &when);

    let checker = el(&doc, "section", "checker");
    add(
        &checker,
        &text_el(&doc, "h2", "", &text("playground_check_heading")),
    );
    let to = control(
        &doc,
        &checker,
        "draft-to",
        &text("playground_to"),
        "input",
        "ben.okafor@globex.example",
    );
    let subject = control(
        &doc,
        &checker,
        "draft-subject",
        &text("playground_subject"),
        "input",
        "",
    );
    let body = control(
        &doc,
        &checker,
        "draft-body",
        &text("playground_body"),
        "textarea",
        "hey ben, thx for the chat!! it was great to learn about [detail]",
    );
    attr(&body, "rows", "8");
    let marked = el(&doc, "div", "marked");
    attr(&marked, "id", "draft-marked");
    attr(&marked, "aria-label", &text("playground_marked"));
    add(&checker, &marked);
    let findings = el(&doc, "ul", "findings");
    attr(&findings, "id", "draft-findings");
    attr(&findings, "aria-live", "polite");
    add(&checker, &findings);
    add(&root, &checker);
    add(&root, &rule_list(&doc));

    let check_update = {
        let (doc, now_input, state_input) = (doc.clone(), now_input.clone(), state_input.clone());
        let (to, subject, body, marked, findings) = (
            to.clone(),
            subject.clone(),
            body.clone(),
            marked.clone(),
            findings.clone(),
        );
        move || {
            let draft = Draft {
                to: vec![value_of(&to)],
                subject: value_of(&subject),
                body: value_of(&body),
                ..Draft::default()
            };
            show_check(
                &doc,
                &value_of(&now_input),
                &value_of(&state_input),
                &draft,
                &marked,
                &findings,
            );
        }
    };
    check_update();
    for target in [&now_input, &state_input, &to, &subject, &body] {
        let check_update = check_update.clone();
        page_listeners().on(target, "input", move |_| check_update());
    }

    let update = {
        let (doc, now_input, state_input, plan_out, phrase, answer) = (
            doc.clone(),
            now_input.clone(),
            state_input.clone(),
            plan_out.clone(),
            phrase.clone(),
            answer.clone(),
        );
        let draft_fields = (to.clone(), subject.clone(), body.clone());
        let check_update = check_update.clone();
        move || {
            render(&doc, &now_input, &state_input, &plan_out, &phrase, &answer);
            offer_drafts(
                &doc,
                &now_input,
                &state_input,
                &plan_out,
                &draft_fields,
                check_update.clone(),
            );
        }
    };
    update();
    for target in [&now_input, &state_input, &phrase] {
        let update = update.clone();
        page_listeners().on(target, "input", move |_| update());
    }
}

fn render(
    doc: &Document,
    now_input: &Element,
    state_input: &Element,
    plan_out: &Element,
    phrase: &Element,
    answer: &Element,
) {
    clear(plan_out);
    let now = match DateTime::parse_from_rfc3339(value_of(now_input).trim()) {
        Ok(now) => now,
        Err(e) => {
            add(
                plan_out,
                &text_el(
                    doc,
                    "p",
                    "problem",
                    &text_with("playground_bad_now", &[&e.to_string()]),
                ),
            );
            return;
        }
    };
    let window = read_deadline(&value_of(phrase), now.date_naive());
    // With the year: the playground's clock can be set to any date.
    let said = match (window.earliest, window.latest) {
        (Some(e), Some(l)) if e != now.date_naive() => text_with(
            "playground_between",
            &[&short_date_with_year(e), &short_date_with_year(l)],
        ),
        (_, Some(l)) => text_with("playground_by", &[&short_date_with_year(l)]),
        _ => text("playground_open_ended"),
    };
    answer.set_text_content(Some(&said));
    let state = match parse_state(&value_of(state_input)) {
        Ok(state) => state,
        Err(e) => {
            add(
                plan_out,
                &text_el(
                    doc,
                    "p",
                    "problem",
                    &text_with("playground_bad_state", &[&e.to_string()]),
                ),
            );
            return;
        }
    };
    let zone: Box<dyn Zone> = match state
        .profile
        .timezone
        .as_deref()
        .and_then(super::intl::IntlZone::new)
    {
        Some(z) => Box::new(z),
        None => Box::new(FixedZone(*now.offset())),
    };
    let actions = plan(&state, now, zone.as_ref()).actions;
    add(
        plan_out,
        &text_el(doc, "h2", "", &text("playground_plan_heading")),
    );
    for (title, list) in sections(&actions, now, zone.as_ref()) {
        add(
            plan_out,
            &text_el(doc, "h3", "", &format!("{title} ({})", list.len())),
        );
        let ul = el(doc, "ul", "actions");
        for action in list {
            add(&ul, &action_card(doc, &state, action, zone.as_ref()));
        }
        add(plan_out, &ul);
    }
}

/// A new `tag` control (input or textarea) holding `initial`, in a labelled row of `parent`.
fn control(
    doc: &Document,
    parent: &Element,
    id: &str,
    label: &str,
    tag: &str,
    initial: &str,
) -> Element {
    let control = el(doc, tag, "");
    set_value(&control, initial);
    field(doc, parent, id, label, &control);
    control
}

/// A draft button on every planned message: the core writes it into the checker.
fn offer_drafts(
    doc: &Document,
    now_input: &Element,
    state_input: &Element,
    plan_out: &Element,
    fields: &(Element, Element, Element),
    check_update: impl Fn() + Clone + 'static,
) {
    let view = PLAN_BUTTONS.with(Listeners::clone);
    view.clear();
    let (Ok(now), Ok(state)) = (
        DateTime::parse_from_rfc3339(value_of(now_input).trim()),
        parse_state(&value_of(state_input)),
    ) else {
        return;
    };
    let zone = FixedZone(*now.offset());
    let actions = plan(&state, now, &zone).actions;
    let Ok(cards) = plan_out.query_selector_all("li.action") else {
        return;
    };
    for (i, action) in actions.iter().enumerate() {
        let Ok(message) = compose(
            &state,
            &action.process,
            action.kind,
            action.contact.as_deref(),
            now,
            &zone,
        ) else {
            continue;
        };
        let Some(card) = cards
            .get(i as u32)
            .and_then(|n| n.dyn_into::<Element>().ok())
        else {
            continue;
        };
        let button = text_el(doc, "button", "secondary", &text("playground_draft_it"));
        attr(&button, "type", "button");
        let (to, subject, body) = fields.clone();
        let check_update = check_update.clone();
        view.on(&button, "click", move |_| {
            set_value(&to, &message.to.join(", "));
            set_value(&subject, &message.subject);
            set_value(&body, &message.body);
            check_update();
        });
        add(&card, &button);
    }
}

/// Checks the draft against the state and shows the findings, and the body with each
/// finding's span underlined (text nodes and <mark> elements only).
fn show_check(
    doc: &Document,
    now: &str,
    state: &str,
    draft: &Draft,
    marked: &Element,
    list: &Element,
) {
    clear(marked);
    clear(list);
    let (Ok(now), Ok(state)) = (DateTime::parse_from_rfc3339(now.trim()), parse_state(state))
    else {
        return;
    };
    let report = check(
        &state,
        draft,
        now,
        &FixedZone(*now.offset()),
        Options::default(),
    );
    let units: Vec<u16> = draft.body.encode_utf16().collect();
    let mut at = 0;
    let mut spans: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.field == "body" && f.end > f.start)
        .collect();
    spans.sort_by_key(|f| f.start);
    for finding in spans {
        if finding.start < at || finding.end > units.len() {
            continue;
        }
        add_text(
            doc,
            marked,
            &String::from_utf16_lossy(&units[at..finding.start]),
        );
        let mark = text_el(
            doc,
            "mark",
            finding.severity.as_str(),
            &String::from_utf16_lossy(&units[finding.start..finding.end]),
        );
        attr(&mark, "title", &finding.message);
        add(marked, &mark);
        at = finding.end;
    }
    add_text(
        doc,
        marked,
        &String::from_utf16_lossy(&units[at.min(units.len())..]),
    );
    for finding in &report.findings {
        let item = text_el(doc, "li", finding.severity.as_str(), &finding.message);
        add(
            &item,
            &text_el(
                doc,
                "span",
                "rule",
                &format!("{} · {}", finding.id, finding.rule),
            ),
        );
        add(list, &item);
    }
    if report.findings.is_empty() {
        add(
            list,
            &text_el(doc, "li", "", &text("playground_nothing_to_fix")),
        );
    }
}

fn add_text(doc: &Document, parent: &Element, text: &str) {
    let _ = parent.append_child(&doc.create_text_node(text));
}

/// Every finding the checker knows, with its rule and what it means (from the core).
fn rule_list(doc: &Document) -> Element {
    let section = el(doc, "details", "rules");
    add(
        &section,
        &text_el(doc, "summary", "", &text("playground_rules")),
    );
    let list = el(doc, "dl", "");
    for (id, rule, _, meaning) in REGISTRY {
        add(&list, &text_el(doc, "dt", "", &format!("{id} ({rule})")));
        add(&list, &text_el(doc, "dd", "", meaning));
    }
    add(&section, &list);
    section
}

thread_local! {
    /// The listeners of the playground, which is drawn once.
    static PAGE: Listeners = Listeners::default();
}

thread_local! {
    /// The listeners of the plan's draft buttons, drawn again on every change.
    static PLAN_BUTTONS: Listeners = Listeners::default();
}

/// The playground's listeners.
fn page_listeners() -> Listeners {
    PAGE.with(Listeners::clone)
}
