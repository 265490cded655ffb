//! The messages' wire form: an object whose `type` field names the variant
//! (`{"type": "check", "draft": …}`), as the content scripts and pages write it. serde
//! sees an enum in its default, externally tagged form (`{"check": {"draft": …}}`); the
//! two are converted here over `serde_json::Value`. serde's own `#[serde(tag = "type")]`
//! would buffer every message in its private `Content` tree and compile each payload's
//! decoder a second time for it (BENCH.md: tens of KB of the engine's wasm).

use serde_json::{Map, Value};

/// The name of the field that carries a message's variant on the wire.
const TAG: &str = "type";

/// serde's form → the wire's: `"ping"` → `{"type": "ping"}`, `{"check": {…}}` →
/// `{"type": "check", …}`. Anything else is returned as it is.
pub fn to_wire(value: Value) -> Value {
    match value {
        Value::String(variant) => Value::Object(Map::from_iter([(TAG.into(), variant.into())])),
        Value::Object(outer) if outer.len() == 1 => {
            let mut entries = outer.into_iter();
            match entries.next() {
                Some((variant, Value::Object(mut fields))) if !fields.contains_key(TAG) => {
                    fields.insert(TAG.into(), Value::String(variant));
                    Value::Object(fields)
                }
                Some((variant, other)) => Value::Object(Map::from_iter([(variant, other)])),
                None => Value::Object(Map::new()),
            }
        }
        other => other,
    }
}

/// The wire's form → serde's: `{"type": "ping"}` → `"ping"`, `{"type": "check", …}` →
/// `{"check": {…}}`. Without a string `type` the value is returned as it is, and serde
/// says what it expected.
pub fn from_wire(value: Value) -> Value {
    let Value::Object(mut fields) = value else {
        return value;
    };
    match fields.remove(TAG) {
        Some(Value::String(variant)) if fields.is_empty() => Value::String(variant),
        Some(Value::String(variant)) => {
            Value::Object(Map::from_iter([(variant, Value::Object(fields))]))
        }
        Some(other) => {
            fields.insert(TAG.into(), other);
            Value::Object(fields)
        }
        None => Value::Object(fields),
    }
}

/// For a field holding an enum that travels in the wire form inside a message
/// (`#[serde(with = "crate::core::wire::field")]`).
pub mod field {
    use super::{from_wire, to_wire};
    use serde::de::{DeserializeOwned, Error as _};
    use serde::ser::Error as _;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use serde_json::Value;

    /// Writes the value in the wire form.
    pub fn serialize<T: Serialize, S: Serializer>(value: &T, s: S) -> Result<S::Ok, S::Error> {
        to_wire(serde_json::to_value(value).map_err(S::Error::custom)?).serialize(s)
    }

    /// Reads a value written in the wire form.
    pub fn deserialize<'de, T: DeserializeOwned, D: Deserializer<'de>>(
        d: D,
    ) -> Result<T, D::Error> {
        serde_json::from_value(from_wire(Value::deserialize(d)?)).map_err(D::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn wire_and_serde_forms_convert_both_ways() {
        let cases = [
            (json!({"type": "ping"}), json!("ping")),
            (
                json!({"type": "check", "draft": {"body": "hi"}}),
                json!({"check": {"draft": {"body": "hi"}}}),
            ),
        ];
        for (wire, serde_form) in cases {
            assert_eq!(from_wire(wire.clone()), serde_form);
            assert_eq!(to_wire(serde_form), wire);
        }
    }

    #[test]
    fn values_without_a_string_type_are_left_for_serde_to_refuse() {
        for odd in [
            json!({"type": 3, "x": 1}),
            json!({"x": 1}),
            json!([1]),
            json!(null),
        ] {
            assert_eq!(from_wire(odd.clone()), odd);
        }
    }
}
