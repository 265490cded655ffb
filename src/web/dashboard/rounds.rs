//! The rounds of one application: each interview's start, length, format, who was there
//! and what they said about their timeline (read live into a date, against that
//! interview's own day, as the planner reads it), editable and deletable, and a form
//! that adds a round.

use super::{fold, form_end, Page, Removal};
use crate::core::calendar::{at_local, local_date, to_local};
use crate::core::dates::{input_date_time, parse_wall_clock, spoken_date};
use crate::core::edit::timeline_reading_day;
use crate::core::model::{Interview, InterviewFormat, Process};
use crate::core::when::read_deadline;
use crate::web::dom::{add, attr, el, field, select, set_value, text_el, value_of};
use crate::web::i18n::{text, text_with};
use chrono::{Duration, NaiveDateTime};
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement};

/// The formats, as (wire name, label key).
const FORMATS: [(&str, &str); 5] = [
    ("video", "options_format_video"),
    ("phone", "options_format_phone"),
    ("onsite", "options_format_onsite"),
    ("multi_day", "options_format_multi_day"),
    ("with_meal", "options_format_with_meal"),
];

fn format_name(format: InterviewFormat) -> &'static str {
    match format {
        InterviewFormat::Video => "video",
        InterviewFormat::Phone => "phone",
        InterviewFormat::Onsite => "onsite",
        InterviewFormat::MultiDay => "multi_day",
        InterviewFormat::WithMeal => "with_meal",
    }
}

fn format_of(name: &str) -> InterviewFormat {
    match name {
        "phone" => InterviewFormat::Phone,
        "onsite" => InterviewFormat::Onsite,
        "multi_day" => InterviewFormat::MultiDay,
        "with_meal" => InterviewFormat::WithMeal,
        _ => InterviewFormat::Video,
    }
}

/// The section: the rounds in time order, then "Add a round".
pub(super) fn rounds(page: &Page, process: &Process) -> Element {
    let doc = &page.doc;
    let count = Some(process.interviews.len());
    let part = fold(page, "rounds", &text("dash_rounds_heading"), count, false);
    let mut order: Vec<usize> = (0..process.interviews.len()).collect();
    order.sort_by_key(|&i| process.interviews[i].start);
    let list = el(doc, "ol", "rounds");
    for (n, index) in order.into_iter().enumerate() {
        let item = el(doc, "li", "round");
        add(&item, &round_form(page, process, Some((n + 1, index))));
        add(&list, &item);
    }
    add(&part, &list);
    add(&part, &round_form(page, process, None));
    part
}

/// The controls of one round's form.
struct Controls {
    start: Element,
    minutes: Element,
    format: Element,
    /// One checkbox per person, with the person's id.
    who: Vec<(String, Element)>,
    timeline: Element,
}

impl Controls {
    fn new(doc: &Document, form: &Element, prefix: &str, process: &Process) -> Self {
        let start = el(doc, "input", "");
        attr(&start, "type", "datetime-local");
        attr(&start, "required", "");
        field(
            doc,
            form,
            &format!("{prefix}-start"),
            &text("dash_round_start"),
            &start,
        );
        let minutes = el(doc, "input", "");
        attr(&minutes, "type", "number");
        attr(&minutes, "min", "5");
        attr(&minutes, "max", "4320");
        set_value(&minutes, "60");
        field(
            doc,
            form,
            &format!("{prefix}-minutes"),
            &text("dash_round_minutes"),
            &minutes,
        );
        let choices: Vec<(&str, String)> = FORMATS.iter().map(|(v, k)| (*v, text(k))).collect();
        let format = select(doc, &choices);
        field(
            doc,
            form,
            &format!("{prefix}-format"),
            &text("dash_round_format"),
            &format,
        );
        let who_box = el(doc, "fieldset", "who");
        add(
            &who_box,
            &text_el(doc, "legend", "", &text("dash_who_was_there")),
        );
        let mut who = Vec::new();
        for contact in &process.contacts {
            let row = el(doc, "p", "check");
            let id = format!("{prefix}-who-{}", contact.id);
            let tick = el(doc, "input", "");
            attr(&tick, "type", "checkbox");
            attr(&tick, "id", &id);
            let label = text_el(doc, "label", "", &contact.name);
            attr(&label, "for", &id);
            add(&row, &tick);
            add(&row, &label);
            add(&who_box, &row);
            who.push((contact.id.clone(), tick));
        }
        if process.contacts.is_empty() {
            add(
                &who_box,
                &text_el(doc, "p", "help", &text("dash_no_people_yet")),
            );
        }
        add(form, &who_box);
        let timeline = el(doc, "input", "");
        attr(
            &timeline,
            "placeholder",
            &text("dash_round_timeline_placeholder"),
        );
        field(
            doc,
            form,
            &format!("{prefix}-timeline"),
            &text("dash_round_timeline"),
            &timeline,
        );
        Controls {
            start,
            minutes,
            format,
            who,
            timeline,
        }
    }

    fn fill(&self, interview: &Interview, page: &Page) {
        let local = |at| to_local(page.zone.as_ref(), at).naive_local();
        set_value(&self.start, &input_date_time(local(interview.start)));
        let minutes = (interview.end - interview.start).num_minutes().max(1);
        set_value(&self.minutes, &minutes.to_string());
        set_value(&self.format, format_name(interview.format));
        for (id, tick) in &self.who {
            set_checked(tick, interview.contacts.contains(id));
        }
        set_value(&self.timeline, interview.timeline.as_deref().unwrap_or(""));
    }

    /// The start as typed, on the user's clock.
    fn start(&self) -> Option<NaiveDateTime> {
        parse_wall_clock(&value_of(&self.start))
    }

    fn minutes(&self) -> u32 {
        value_of(&self.minutes).trim().parse().unwrap_or(60)
    }

    /// The interview the form describes, or `None` without a start; what the form does
    /// not show (the checklist's ticks, fields a newer build wrote) comes from `stored`.
    fn read(&self, page: &Page, stored: Option<&Interview>) -> Option<Interview> {
        let start = at_local(page.zone.as_ref(), self.start()?);
        let timeline = value_of(&self.timeline);
        Some(Interview {
            start,
            end: start + Duration::minutes(i64::from(self.minutes().max(1))),
            format: format_of(&value_of(&self.format)),
            contacts: self
                .who
                .iter()
                .filter(|(_, tick)| is_checked(tick))
                .map(|(id, _)| id.clone())
                .collect(),
            timeline: Some(timeline).filter(|t| !t.trim().is_empty()),
            prep_done: stored.map(|i| i.prep_done.clone()).unwrap_or_default(),
            extra: stored.map(|i| i.extra.clone()).unwrap_or_default(),
        })
    }
}

fn is_checked(tick: &Element) -> bool {
    tick.dyn_ref::<HtmlInputElement>()
        .is_some_and(HtmlInputElement::checked)
}

fn set_checked(tick: &Element, on: bool) {
    if let Some(input) = tick.dyn_ref::<HtmlInputElement>() {
        input.set_checked(on);
    }
}

/// The form of round `n` (stored at `index`), or the blank "Add a round" form.
fn round_form(page: &Page, process: &Process, round: Option<(usize, usize)>) -> Element {
    let doc = &page.doc;
    let form = el(doc, "form", "round-form");
    let prefix = match round {
        Some((n, _)) => format!("round-{n}"),
        None => "round-new".to_string(),
    };
    let heading = match round {
        Some((n, _)) => text_with("dash_round_n", &[&n.to_string()]),
        None => text("dash_add_round"),
    };
    let h = text_el(doc, "h3", "", &heading);
    attr(&h, "id", &format!("{prefix}-heading"));
    attr(&form, "aria-labelledby", &format!("{prefix}-heading"));
    add(&form, &h);
    let controls = std::rc::Rc::new(Controls::new(doc, &form, &prefix, process));
    let stored = round.map(|(_, index)| &process.interviews[index]);
    if let Some(interview) = stored {
        controls.fill(interview, page);
    }
    // What the timeline sentence says, read live against this round's own day.
    let reading = el(doc, "p", "reading");
    attr(&reading, "aria-live", "polite");
    attr(&reading, "id", &format!("{prefix}-reading"));
    attr(
        &controls.timeline,
        "aria-describedby",
        &format!("{prefix}-reading"),
    );
    add(&form, &reading);
    let read = {
        let (controls, reading, zone, now) = (
            controls.clone(),
            reading.clone(),
            page.zone.clone(),
            page.now,
        );
        move || {
            let sentence = value_of(&controls.timeline);
            let day = timeline_reading_day(
                controls.start(),
                controls.minutes(),
                local_date(zone.as_ref(), now),
            );
            let window = read_deadline(&sentence, day);
            let said = match (window.earliest, window.latest) {
                _ if sentence.trim().is_empty() => String::new(),
                (_, Some(latest)) => text_with("options_reads_as", &[&spoken_date(latest)]),
                _ => text("options_reads_no_date"),
            };
            reading.set_text_content(Some(&said));
        }
    };
    read();
    for source in [&controls.timeline, &controls.start, &controls.minutes] {
        let read = read.clone();
        page.view.on(source, "input", move |_| read());
    }
    // A start more than a year off is most likely a slip of the year: said, not refused.
    let check = el(doc, "p", "warning");
    let check_id = format!("{prefix}-start-check");
    attr(&check, "id", &check_id);
    attr(&check, "aria-live", "polite");
    attr(&controls.start, "aria-describedby", &check_id);
    add(&form, &check);
    let warn = {
        let (controls, check, now) = (controls.clone(), check.clone(), page.now.naive_local());
        move || {
            let said = match controls.start() {
                Some(start) if start < now - Duration::days(365) => text("dash_round_long_ago"),
                Some(start) if start > now + Duration::days(365) => text("dash_round_far_ahead"),
                _ => String::new(),
            };
            check.set_text_content(Some(&said));
        }
    };
    warn();
    page.view.on(&controls.start, "input", move |_| warn());
    let remove = round.map(|(_, index)| -> Removal {
        Box::new(move |p: &mut Process| {
            p.interviews.remove(index);
        })
    });
    let status = form_end(
        page,
        &form,
        &prefix,
        process,
        "dash_add_round_button",
        remove,
    );
    let (page_, base) = (page.clone(), process.clone());
    let index = round.map(|(_, index)| index);
    page.view.on_submit(&form, move || {
        let mut edited = base.clone();
        let stored = index.map(|i| edited.interviews[i].clone());
        let Some(interview) = controls.read(&page_, stored.as_ref()) else {
            status.set_text_content(Some(&text("dash_round_needs_start")));
            return;
        };
        match index {
            Some(i) => edited.interviews[i] = interview,
            None => edited.interviews.push(interview),
        }
        page_.save(edited, &status);
    });
    form
}
