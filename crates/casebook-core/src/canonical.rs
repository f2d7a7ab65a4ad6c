//! Canonical JSON: one byte string per value, so two devices that hold the same
//! content compute the same revision id.
//!
//! Rules: object keys sorted by their UTF-8 bytes, no insignificant whitespace,
//! object entries whose value is `null` left out (absent and `null` mean the same in a
//! record), numbers and strings as `serde_json` writes them. The keys are sorted here
//! rather than relying on `serde_json::Map` ordering, because another crate in the
//! build enabling `preserve_order` would silently change every hash.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::error::Coded;

/// JSON that could not be read into, or written from, a Casebook type.
#[derive(Debug, thiserror::Error)]
pub enum JsonError {
    #[error("the case JSON does not have the expected shape: {0}")]
    Parse(#[source] serde_json::Error),
    #[error("the value cannot be written as JSON: {0}")]
    Encode(#[source] serde_json::Error),
}

impl Coded for JsonError {
    fn code(&self) -> &'static str {
        match self {
            JsonError::Parse(_) => "invalid-json",
            JsonError::Encode(_) => "json-encoding",
        }
    }

    fn message_id(&self) -> &'static str {
        match self {
            JsonError::Parse(_) => "validation-invalid-json",
            JsonError::Encode(_) => "validation-json-encoding",
        }
    }

    fn args(&self) -> BTreeMap<String, String> {
        match self {
            // Line and column only: the message text may quote record content.
            JsonError::Parse(e) => BTreeMap::from([
                ("line".to_owned(), e.line().to_string()),
                ("column".to_owned(), e.column().to_string()),
            ]),
            JsonError::Encode(_) => BTreeMap::new(),
        }
    }
}

/// Canonical bytes of anything serialisable.
pub fn to_canonical_bytes<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, JsonError> {
    let value = serde_json::to_value(value).map_err(JsonError::Encode)?;
    Ok(canonical_value_bytes(&value))
}

/// Canonical bytes of a JSON value; cannot fail.
pub fn canonical_value_bytes(value: &Value) -> Vec<u8> {
    let mut out = Vec::new();
    write_value(value, &mut out);
    out
}

/// Canonical form as a `String` (it is always valid UTF-8).
pub fn to_canonical_string<T: Serialize + ?Sized>(value: &T) -> Result<String, JsonError> {
    let value = serde_json::to_value(value).map_err(JsonError::Encode)?;
    Ok(canonical_value_string(&value))
}

/// Canonical form of a JSON value as a `String`; cannot fail.
pub fn canonical_value_string(value: &Value) -> String {
    // Everything written is serde_json's own output or ASCII punctuation: valid UTF-8.
    String::from_utf8(canonical_value_bytes(value))
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Appends `s` as a JSON string, escaped exactly as `serde_json` escapes it.
pub fn write_json_str(s: &str, out: &mut Vec<u8>) {
    // Writing into a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, s);
}

/// Lowercase hex SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// `sha256_hex` of the canonical bytes: the content part of a revision id.
pub fn content_hash<T: Serialize + ?Sized>(value: &T) -> Result<String, JsonError> {
    Ok(sha256_hex(&to_canonical_bytes(value)?))
}

/// A copy of `value` with `null` object entries removed at every depth
/// (`null` inside arrays stays: position matters there).
pub fn strip_nulls(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k.clone(), strip_nulls(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(strip_nulls).collect()),
        other => other.clone(),
    }
}

fn write_value(value: &Value, out: &mut Vec<u8>) {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> =
                map.iter().filter(|(_, v)| !v.is_null()).collect();
            entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
            out.push(b'{');
            for (i, (k, v)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_json_str(k, out);
                out.push(b':');
                write_value(v, out);
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_value(v, out);
            }
            out.push(b']');
        }
        // Scalars: serde_json's own compact writer, which escapes strings minimally.
        scalar => {
            let _ = serde_json::to_writer(&mut *out, scalar);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn sorted_compact_without_nulls() {
        let v = json!({"b": 1, "a": {"z": null, "y": [null, "é\n"]}, "c": null});
        assert_eq!(
            String::from_utf8(canonical_value_bytes(&v)).unwrap(),
            r#"{"a":{"y":[null,"é\n"]},"b":1}"#
        );
        assert_eq!(
            to_canonical_string(&v).unwrap(),
            r#"{"a":{"y":[null,"é\n"]},"b":1}"#
        );
    }

    #[test]
    fn key_order_and_nulls_do_not_change_the_hash() {
        let a = json!({"x": 1, "y": "два", "n": null});
        let b = json!({"y": "два", "x": 1});
        assert_eq!(content_hash(&a).unwrap(), content_hash(&b).unwrap());
        assert_ne!(
            content_hash(&a).unwrap(),
            content_hash(&json!({"x": 2})).unwrap()
        );
    }

    /// The former `String`-based writer, kept as the reference the byte writer must match.
    fn reference(value: &Value, out: &mut String) {
        match value {
            Value::Object(map) => {
                let mut entries: Vec<(&String, &Value)> =
                    map.iter().filter(|(_, v)| !v.is_null()).collect();
                entries.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
                out.push('{');
                for (i, (k, v)) in entries.into_iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&Value::String(k.clone()).to_string());
                    out.push(':');
                    reference(v, out);
                }
                out.push('}');
            }
            Value::Array(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    reference(v, out);
                }
                out.push(']');
            }
            scalar => out.push_str(&scalar.to_string()),
        }
    }

    #[test]
    fn byte_writer_matches_the_reference() {
        let v = json!({
            "z": [1, -2, 3.5, 1e300, -0.0, 18446744073709551615u64, null, true, false],
            "ключ": "значение \"кавычки\" \\ \n\t\u{0001}\u{001f}\u{007f}\u{2028} 😀",
            "a\u{0000}b": {"nested": {"deep": [{"x": null, "y": ""}]}, "n": null},
            "": "empty key",
            "B": {"a": 1, "A": 2, "é": 3, "e": 4},
        });
        let mut r = String::new();
        reference(&v, &mut r);
        assert_eq!(canonical_value_bytes(&v), r.as_bytes());
        assert_eq!(canonical_value_string(&v), r);
        let mut s = vec![];
        write_json_str("a\"b\u{0002}ё", &mut s);
        assert_eq!(
            s,
            Value::String("a\"b\u{0002}ё".into()).to_string().as_bytes()
        );
    }

    #[test]
    fn sha256_of_empty_input() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn strip_nulls_keeps_array_positions() {
        assert_eq!(
            strip_nulls(&json!({"a": null, "b": [null, {"c": null}]})),
            json!({"b": [null, {}]})
        );
    }
}
