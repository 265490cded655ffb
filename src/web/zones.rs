//! The time-zone field: a text box with the browser's zone names as suggestions, each
//! shown as "City (Area/City)", so that typing "New York", "London" or "Bangalore" finds
//! the zone; what the user typed is read back as an IANA name ([`find_zone`]).

use super::dom::{add, attr, el, set_value, text_el};
use super::i18n::text;
use super::intl::IntlZone;
use js_sys::{Array, Function, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element};

/// Cities people name that are not the name of their zone in the time-zone database.
const CITIES: &[(&str, &str)] = &[
    ("Bangalore", "Asia/Kolkata"),
    // Browsers may list India's zone under its older name, Asia/Calcutta.
    ("Kolkata", "Asia/Kolkata"),
    ("Calcutta", "Asia/Kolkata"),
    ("Bombay", "Asia/Kolkata"),
    ("Bengaluru", "Asia/Kolkata"),
    ("Mumbai", "Asia/Kolkata"),
    ("Delhi", "Asia/Kolkata"),
    ("New Delhi", "Asia/Kolkata"),
    ("Chennai", "Asia/Kolkata"),
    ("Hyderabad", "Asia/Kolkata"),
    ("Pune", "Asia/Kolkata"),
    ("San Francisco", "America/Los_Angeles"),
    ("Seattle", "America/Los_Angeles"),
    ("San Diego", "America/Los_Angeles"),
    ("Boston", "America/New_York"),
    ("Washington", "America/New_York"),
    ("Atlanta", "America/New_York"),
    ("Miami", "America/New_York"),
    ("Dallas", "America/Chicago"),
    ("Houston", "America/Chicago"),
    ("Austin", "America/Chicago"),
    ("Beijing", "Asia/Shanghai"),
    ("Shenzhen", "Asia/Shanghai"),
    ("Munich", "Europe/Berlin"),
    ("Frankfurt", "Europe/Berlin"),
    ("Barcelona", "Europe/Madrid"),
    ("Geneva", "Europe/Zurich"),
    ("Manchester", "Europe/London"),
    ("Edinburgh", "Europe/London"),
    ("Melbourne", "Australia/Melbourne"),
    ("Montreal", "America/Toronto"),
];

/// The zone names the browser knows (`Intl.supportedValuesOf("timeZone")`); empty where
/// it cannot list them.
fn zone_names() -> Vec<String> {
    let list = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl"))
        .and_then(|intl| Reflect::get(&intl, &JsValue::from_str("supportedValuesOf")))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_str("timeZone")).ok())
        .map(|found| Array::from(&found));
    list.map(|l| l.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// "New York" for "America/New_York".
fn city(zone: &str) -> String {
    zone.rsplit('/').next().unwrap_or(zone).replace('_', " ")
}

/// How a zone is shown in the field and its suggestions: "New York (America/New_York)".
pub fn shown_zone(zone: &str) -> String {
    if zone.contains('/') {
        format!("{} ({zone})", city(zone))
    } else {
        zone.to_string()
    }
}

/// The IANA name of what the user typed or picked: a zone name, a suggestion as shown
/// ("New York (America/New_York)") or a city ("new york", "Bangalore"); `None` when
/// nothing fits.
pub fn find_zone(typed: &str) -> Option<String> {
    let typed = typed.trim();
    let inner = typed
        .rsplit_once('(')
        .and_then(|(_, rest)| rest.strip_suffix(')'))
        .unwrap_or(typed)
        .trim();
    if IntlZone::new(inner).is_some() && (inner.contains('/') || inner == "UTC") {
        return Some(inner.to_string());
    }
    let wanted = plain(inner);
    if let Some((_, zone)) = CITIES.iter().find(|(c, _)| plain(c) == wanted) {
        return Some(zone.to_string());
    }
    zone_names()
        .into_iter()
        .find(|zone| plain(&city(zone)) == wanted)
}

/// A city's name as compared: lower case, "_" as a space, accents dropped ("São Paulo"
/// is "sao paulo").
fn plain(name: &str) -> String {
    let decomposed: String = js_sys::JsString::from(name.to_lowercase().replace('_', " "))
        .normalize("NFD")
        .into();
    decomposed
        .chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .collect()
}

/// The time-zone text box showing `current`, with its list of suggestions (id
/// `{id}-zones`) added to `parent` after it.
pub fn zone_input(doc: &Document, parent: &Element, id: &str, current: &str) -> Element {
    let input = el(doc, "input", "");
    attr(&input, "type", "text");
    attr(&input, "autocomplete", "off");
    let list_id = format!("{id}-zones");
    attr(&input, "list", &list_id);
    set_value(&input, &shown_zone(current));
    let list = el(doc, "datalist", "");
    attr(&list, "id", &list_id);
    let mut shown: Vec<String> = zone_names().iter().map(|z| shown_zone(z)).collect();
    shown.extend(CITIES.iter().map(|(city, zone)| format!("{city} ({zone})")));
    shown.sort();
    for value in shown {
        let option = el(doc, "option", "");
        attr(&option, "value", &value);
        add(&list, &option);
    }
    add(parent, &list);
    input
}

/// The line under the field that says a city will do, tied to `input` (id `{id}-help`).
pub fn zone_help(doc: &Document, parent: &Element, input: &Element, id: &str) {
    let help = text_el(doc, "p", "help", &text("zone_help"));
    let help_id = format!("{id}-help");
    attr(&help, "id", &help_id);
    attr(input, "aria-describedby", &help_id);
    add(parent, &help);
}
