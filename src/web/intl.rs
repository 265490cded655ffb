//! Time zones in the browser through `Intl.DateTimeFormat`, so the wasm carries no zone
//! database (a full IANA database would cost about 146 KB gzip): the offset at an instant is the difference
//! between its wall-clock reading in the zone and UTC.
//!
//! Both steps cost real time in a browser (building a `DateTimeFormat` is about half a
//! millisecond; one `formatToParts` several microseconds), and the planner asks for
//! offsets often, so zones are built once per name and each zone remembers its offsets
//! per quarter hour: every offset change in the zone database falls on a quarter hour
//! of UTC.

use crate::core::calendar::{FixedZone, Zone};
use chrono::{FixedOffset, NaiveDate, NaiveDateTime, Offset, Utc};
use js_sys::{Array, Date, Intl, Object, Reflect};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsValue;

/// The offsets remembered per zone, at most; then the memory starts over.
const MAX_REMEMBERED: usize = 4096;
/// The span over which an offset is remembered: a quarter hour.
const QUARTER_HOUR_MS: i64 = 15 * 60 * 1000;

/// An IANA zone read through the browser's `Intl`.
pub struct IntlZone {
    format: Intl::DateTimeFormat,
    /// Offsets already read, by quarter hour of UTC.
    offsets: RefCell<HashMap<i64, FixedOffset>>,
}

impl IntlZone {
    /// The zone `name`, or `None` when the browser does not know it.
    pub fn new(name: &str) -> Option<IntlZone> {
        let options = Object::new();
        let set = |k: &str, v: &str| {
            Reflect::set(&options, &JsValue::from_str(k), &JsValue::from_str(v)).is_ok()
        };
        let ok = set("timeZone", name)
            && set("hourCycle", "h23")
            && ["year", "month", "day", "hour", "minute", "second"]
                .iter()
                .all(|k| set(k, "numeric"));
        if !ok {
            return None;
        }
        let locales = Array::of1(&JsValue::from_str("en-US"));
        // An unknown zone makes the constructor throw; catch it through Reflect.
        let constructor = Intl::DateTimeFormat::new(&Array::new(), &Object::new()).constructor();
        let args = Array::of2(&locales, &options);
        let format = Reflect::construct(&constructor, &args).ok()?;
        Some(IntlZone {
            format: format.into(),
            offsets: RefCell::default(),
        })
    }

    /// The browser's own zone name ("Europe/London").
    pub fn browser_zone_name() -> String {
        let format = Intl::DateTimeFormat::new(&Array::new(), &Object::new());
        Reflect::get(&format.resolved_options(), &JsValue::from_str("timeZone"))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_else(|| "UTC".to_string())
    }
}

impl Zone for IntlZone {
    fn offset_at(&self, utc: NaiveDateTime) -> FixedOffset {
        let quarter = utc.and_utc().timestamp_millis().div_euclid(QUARTER_HOUR_MS);
        if let Some(offset) = self.offsets.borrow().get(&quarter) {
            return *offset;
        }
        let offset = self.read_offset(utc);
        let mut offsets = self.offsets.borrow_mut();
        if offsets.len() >= MAX_REMEMBERED {
            offsets.clear();
        }
        offsets.insert(quarter, offset);
        offset
    }
}

impl IntlZone {
    /// The offset at `utc`, read from the browser.
    fn read_offset(&self, utc: NaiveDateTime) -> FixedOffset {
        let millis = utc.and_utc().timestamp_millis() as f64;
        let parts = self
            .format
            .format_to_parts(&Date::new(&JsValue::from_f64(millis)));
        let mut fields = [0i64; 6];
        for part in parts.iter() {
            let kind = Reflect::get(&part, &JsValue::from_str("type"))
                .ok()
                .and_then(|v| v.as_string());
            let value = Reflect::get(&part, &JsValue::from_str("value"))
                .ok()
                .and_then(|v| v.as_string());
            let index = match kind.as_deref() {
                Some("year") => 0,
                Some("month") => 1,
                Some("day") => 2,
                Some("hour") => 3,
                Some("minute") => 4,
                Some("second") => 5,
                _ => continue,
            };
            fields[index] = value.and_then(|v| v.parse().ok()).unwrap_or(0);
        }
        let local = NaiveDate::from_ymd_opt(fields[0] as i32, fields[1] as u32, fields[2] as u32)
            .and_then(|d| {
                d.and_hms_opt((fields[3] % 24) as u32, fields[4] as u32, fields[5] as u32)
            });
        let seconds = local.map_or(0, |l| (l - utc).num_seconds());
        FixedOffset::east_opt(seconds as i32).unwrap_or(Utc.fix())
    }
}

thread_local! {
    /// The zones built so far, by the name asked for ("" for the browser's own).
    static ZONES: RefCell<HashMap<String, Rc<dyn Zone>>> = RefCell::default();
}

/// The zone a profile names, else the browser's; UTC when neither is known. Built once
/// per name and shared.
pub fn zone_for(name: Option<&str>) -> Rc<dyn Zone> {
    let key = name.unwrap_or("").to_string();
    if let Some(zone) = ZONES.with(|z| z.borrow().get(&key).cloned()) {
        return zone;
    }
    let name = name
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .unwrap_or_else(IntlZone::browser_zone_name);
    let zone: Rc<dyn Zone> = match IntlZone::new(&name) {
        Some(zone) => Rc::new(zone),
        None => Rc::new(FixedZone(Utc.fix())),
    };
    ZONES.with(|z| z.borrow_mut().insert(key, zone.clone()));
    zone
}
