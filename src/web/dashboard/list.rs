//! The applications list: company, role, stage, next step and its due date, sorted and
//! filtered as the user chooses (the choice stays while the page is open), with Archive,
//! Bring back and Delete on each row, and a form that adds an application.

use super::{
    add_application, application_href, archive_toggle, button, go, section, stage_label,
    status_line, Page,
};
use crate::core::model::Process;
use crate::core::plan::{action_title, Action};
use crate::core::stage::{stage_of, Stage};
use crate::web::dom::{
    add, attr, clear, el, field, select, set_value, text_el, value_of, Listeners,
};
use crate::web::i18n::text;
use crate::web::messages::UiToEngine;
use crate::web::views::shown_date_time;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::Element;

/// How the list is sorted.
#[derive(Clone, Copy, PartialEq)]
enum SortBy {
    Due,
    Company,
    Stage,
}

/// Which applications the list shows.
#[derive(Clone, PartialEq)]
struct Filter {
    /// `active`, `all`, or one stage's name.
    stage: String,
    /// Text the company or role must contain (any case).
    words: String,
    sort: SortBy,
}

impl Default for Filter {
    /// What a freshly opened page shows: the active applications, soonest due first.
    fn default() -> Self {
        Filter {
            stage: "active".into(),
            words: String::new(),
            sort: SortBy::Due,
        }
    }
}

thread_local! {
    /// The listeners of the table as last drawn (it is drawn again on each change of
    /// the controls, without the rest of the page).
    static TABLE: Listeners = Listeners::default();
    /// The list's sort and filter, kept while the page is open.
    static FILTER: RefCell<Filter> = RefCell::new(Filter::default());
}

/// Whether the list shows what a freshly opened page shows (no search, no other filter
/// or order): only then is its drawing worth keeping for the next opening.
pub(super) fn shows_default() -> bool {
    FILTER.with(|f| *f.borrow() == Filter::default())
}

/// One row's facts.
struct Row<'a> {
    process: &'a Process,
    stage: Stage,
    next: Option<&'a Action>,
}

/// The whole list page: the add form, the controls, the table.
pub(super) fn applications(page: &Page) -> Element {
    let doc = &page.doc;
    let main = el(doc, "div", "applications");
    add(&main, &text_el(doc, "h1", "", &text("dash_title")));
    add(&main, &add_form(page));
    let list = section(page, "list", &text("dash_list_heading"));
    let table_holder = el(doc, "div", "table-holder");
    add(&list, &controls(page, &table_holder));
    add(&list, &table_holder);
    draw_table(page, &table_holder);
    add(&main, &list);
    let welcome = text_el(doc, "a", "", &text("dash_open_welcome"));
    attr(&welcome, "href", "#welcome");
    add(&main, &welcome);
    main
}

/// "Add an application": company and role; saved, it opens the new application's page.
fn add_form(page: &Page) -> Element {
    let doc = &page.doc;
    let form = el(doc, "form", "add-application");
    attr(&form, "aria-labelledby", "add-heading");
    let h = text_el(doc, "h2", "", &text("dash_add_heading"));
    attr(&h, "id", "add-heading");
    add(&form, &h);
    let company = el(doc, "input", "");
    attr(&company, "required", "");
    attr(&company, "autocomplete", "organization");
    field(doc, &form, "new-company", &text("field_company"), &company);
    let role = el(doc, "input", "");
    field(doc, &form, "new-role", &text("field_role"), &role);
    let submit = text_el(doc, "button", "", &text("dash_add"));
    attr(&submit, "type", "submit");
    attr(&submit, "id", "new-add");
    add(&form, &submit);
    let status = status_line(page);
    add(&form, &status);
    page.view.on_submit(&form, move || {
        add_application(value_of(&company), value_of(&role), status.clone(), |id| {
            go(&application_href(&id))
        });
    });
    form
}

/// Sort, stage and search controls; each change draws the table again (only the table,
/// so the control keeps the focus).
fn controls(page: &Page, table_holder: &Element) -> Element {
    let doc = &page.doc;
    let bar = el(doc, "div", "list-controls");
    let current = FILTER.with(|f| f.borrow().clone());
    let stages = [
        ("active", text("dash_filter_active")),
        ("all", text("dash_filter_all")),
        ("applied", text("stage_applied")),
        ("interviewing", text("stage_interviewing")),
        ("waiting", text("stage_waiting")),
        ("offer", text("stage_offer")),
        ("archived", text("stage_archived")),
    ];
    let stage = select(doc, &stages);
    field(
        doc,
        &bar,
        "filter-stage",
        &text("dash_filter_stage"),
        &stage,
    );
    set_value(&stage, &current.stage);
    let sort = select(
        doc,
        &[
            ("due", text("dash_sort_due")),
            ("company", text("dash_sort_company")),
            ("stage", text("dash_sort_stage")),
        ],
    );
    field(doc, &bar, "filter-sort", &text("dash_sort"), &sort);
    set_value(
        &sort,
        match current.sort {
            SortBy::Due => "due",
            SortBy::Company => "company",
            SortBy::Stage => "stage",
        },
    );
    let words = el(doc, "input", "");
    attr(&words, "type", "search");
    set_value(&words, &current.words);
    field(
        doc,
        &bar,
        "filter-words",
        &text("dash_filter_words"),
        &words,
    );
    let data = Rc::new(page.clone());
    for (control, event) in [(&stage, "change"), (&sort, "change"), (&words, "input")] {
        let (stage, sort, words, holder, data) = (
            stage.clone(),
            sort.clone(),
            words.clone(),
            table_holder.clone(),
            data.clone(),
        );
        page.view.on(control, event, move |_| {
            FILTER.with(|f| {
                *f.borrow_mut() = Filter {
                    stage: value_of(&stage),
                    words: value_of(&words),
                    sort: match value_of(&sort).as_str() {
                        "company" => SortBy::Company,
                        "stage" => SortBy::Stage,
                        _ => SortBy::Due,
                    },
                }
            });
            draw_table(&data, &holder);
        });
    }
    bar
}

/// The rows that pass the filter, in the chosen order.
fn rows(page: &Page) -> Vec<Row<'_>> {
    let filter = FILTER.with(|f| f.borrow().clone());
    let words = filter.words.trim().to_lowercase();
    let mut rows: Vec<Row> = page
        .state
        .processes
        .iter()
        .map(|process| Row {
            process,
            stage: stage_of(process, page.now),
            next: page
                .actions
                .iter()
                .filter(|a| a.process == process.id)
                .min_by_key(|a| a.due),
        })
        .filter(|row| match filter.stage.as_str() {
            "all" => true,
            // An ended application stays while something is still owed on it (a gracious
            // answer to a rejection).
            "active" => !row.stage.is_archived() || row.next.is_some(),
            name => row.stage.as_str() == name,
        })
        .filter(|row| {
            words.is_empty()
                || row.process.company.to_lowercase().contains(&words)
                || row.process.role.to_lowercase().contains(&words)
        })
        .collect();
    let company = |r: &Row| r.process.company.to_lowercase();
    match filter.sort {
        SortBy::Company => rows.sort_by_key(company),
        SortBy::Stage => rows.sort_by_key(|r| (r.stage, company(r))),
        // Nothing due sorts after everything due.
        SortBy::Due => rows.sort_by_key(|r| {
            (
                r.next.map(|a| a.due).is_none(),
                r.next.map(|a| a.due),
                company(r),
            )
        }),
    }
    rows
}

/// The table, or a sentence when nothing is shown.
fn draw_table(page: &Page, holder: &Element) {
    let doc = &page.doc;
    let view = TABLE.with(Listeners::clone);
    view.clear();
    clear(holder);
    let rows = rows(page);
    if rows.is_empty() {
        let empty = if page.state.processes.is_empty() {
            text("dash_empty")
        } else {
            text("dash_none_match")
        };
        add(holder, &text_el(doc, "p", "empty", &empty));
        return;
    }
    let table = el(doc, "table", "applications-table");
    add(
        &table,
        &text_el(
            doc,
            "caption",
            "visually-hidden",
            &text("dash_list_heading"),
        ),
    );
    let head = el(doc, "tr", "");
    for key in [
        "field_company",
        "field_role",
        "dash_col_stage",
        "dash_col_next",
        "dash_col_due",
        "dash_col_actions",
    ] {
        let th = text_el(doc, "th", "", &text(key));
        attr(&th, "scope", "col");
        add(&head, &th);
    }
    let thead = el(doc, "thead", "");
    add(&thead, &head);
    add(&table, &thead);
    let body = el(doc, "tbody", "");
    for row in &rows {
        add(&body, &table_row(page, &view, row));
    }
    add(&table, &body);
    add(holder, &table);
}

/// One application's row.
fn table_row(page: &Page, view: &Listeners, row: &Row) -> Element {
    let doc = &page.doc;
    let process = row.process;
    let tr = el(doc, "tr", "");
    attr(&tr, "data-process", &process.id);
    attr(&tr, "data-stage", row.stage.as_str());
    let company = el(doc, "th", "company");
    attr(&company, "scope", "row");
    let link = text_el(doc, "a", "", &process.company);
    attr(&link, "href", &application_href(&process.id));
    attr(&link, "id", &format!("open-{}", process.id));
    add(&company, &link);
    add(&tr, &company);
    add(&tr, &text_el(doc, "td", "role", &process.role));
    let stage_text = stage_label(row.stage);
    add(&tr, &text_el(doc, "td", "stage", &stage_text));
    let (next, due) = match row.next {
        Some(action) => (
            action_title(&page.state, action),
            shown_date_time(action.due, page.zone.as_ref()),
        ),
        None => (String::new(), String::new()),
    };
    add(&tr, &text_el(doc, "td", "next", &next));
    add(&tr, &text_el(doc, "td", "due", &due));
    let tools = el(doc, "td", "row-tools");
    let status = el(doc, "span", "status");
    attr(&status, "role", "status");
    let (label, change) = archive_toggle(process, row.stage);
    let archive = button(
        page,
        &format!("{label}-{}", process.id),
        &text(label),
        "secondary",
    );
    attr(
        &archive,
        "aria-label",
        &format!("{} {}", text(label), process.company),
    );
    let delete = button(
        page,
        &format!("delete-{}", process.id),
        &text("dash_delete"),
        "secondary danger",
    );
    attr(
        &delete,
        "aria-label",
        &format!("{} {}", text("dash_delete"), process.company),
    );
    for (b, message) in [
        (&archive, change),
        (
            &delete,
            UiToEngine::DeleteApplication {
                process: process.id.clone(),
            },
        ),
    ] {
        let status = status.clone();
        view.on(b, "click", move |_| {
            crate::web::views::send_change(message.clone(), super::redraw(), status.clone())
        });
        add(&tools, b);
    }
    add(&tools, &status);
    add(&tr, &tools);
    tr
}
