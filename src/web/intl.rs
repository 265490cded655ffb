//! Time zones in the browser through `Intl.DateTimeFormat`, so the wasm carries no zone
//! database (DESIGN.md, library choices): the offset at an instant is the difference
//! between its wall-clock reading in the zone and UTC.

use crate::core::calendar::{FixedZone, Zone};
use chrono::{FixedOffset, NaiveDate, NaiveDateTime, Offset, Utc};
use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// An IANA zone read through the browser's `Intl`.
pub struct IntlZone {
    format: Intl::DateTimeFormat,
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

/// The zone a profile names, else the browser's; UTC when neither is known.
pub fn zone_for(name: Option<&str>) -> Box<dyn Zone> {
    let name = name
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .unwrap_or_else(IntlZone::browser_zone_name);
    match IntlZone::new(&name) {
        Some(zone) => Box::new(zone),
        None => Box::new(FixedZone(Utc.fix())),
    }
}
