//! Paths into a case's JSON, shared by validation errors, diffs and merge conflicts:
//! `incidents[0].acts[2].intent`, or `perpetrators[ref=p1].rank` where an entry is
//! picked by its `ref` rather than by a position that another device may have shifted.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::Value;

use crate::error::Coded;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Segment {
    Key(String),
    Index(usize),
    /// The array entry whose `ref` equals this.
    Ref(String),
}

/// A parsed path; `Display` gives the text form back.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct JsonPath(pub Vec<Segment>);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PathError {
    #[error("{0:?} is not a valid path")]
    Syntax(String),
    #[error("path {0:?} does not lead to a place in this value")]
    NotFound(String),
}

impl Coded for PathError {
    fn code(&self) -> &'static str {
        "invalid-path"
    }
    fn message_id(&self) -> &'static str {
        "validation-invalid-path"
    }
    fn args(&self) -> BTreeMap<String, String> {
        let (PathError::Syntax(p) | PathError::NotFound(p)) = self;
        BTreeMap::from([("field".to_owned(), p.clone())])
    }
}

impl JsonPath {
    pub fn root() -> Self {
        JsonPath(Vec::new())
    }

    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    pub fn key(&self, key: &str) -> Self {
        self.with(Segment::Key(key.to_owned()))
    }

    pub fn index(&self, i: usize) -> Self {
        self.with(Segment::Index(i))
    }

    pub fn by_ref(&self, reference: &str) -> Self {
        self.with(Segment::Ref(reference.to_owned()))
    }

    fn with(&self, s: Segment) -> Self {
        let mut v = self.0.clone();
        v.push(s);
        JsonPath(v)
    }

    pub fn parse(text: &str) -> Result<Self, PathError> {
        let err = || PathError::Syntax(text.to_owned());
        let mut segs = Vec::new();
        let mut rest = text;
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('[') {
                let close = after.find(']').ok_or_else(err)?;
                let inner = &after[..close];
                let seg = match inner.strip_prefix("ref=") {
                    Some(r) if !r.is_empty() => Segment::Ref(r.to_owned()),
                    Some(_) => return Err(err()),
                    None => Segment::Index(inner.parse().map_err(|_| err())?),
                };
                segs.push(seg);
                rest = &after[close + 1..];
                if let Some(r) = rest.strip_prefix('.') {
                    if r.is_empty() {
                        return Err(err());
                    }
                    rest = r;
                }
            } else {
                let end = rest.find(['.', '[']).unwrap_or(rest.len());
                if end == 0 {
                    return Err(err());
                }
                segs.push(Segment::Key(rest[..end].to_owned()));
                rest = &rest[end..];
                if let Some(r) = rest.strip_prefix('.') {
                    if r.is_empty() {
                        return Err(err());
                    }
                    rest = r;
                }
            }
        }
        Ok(JsonPath(segs))
    }

    /// The value at this path, if there is one.
    pub fn get<'a>(&self, root: &'a Value) -> Option<&'a Value> {
        let mut cur = root;
        for seg in &self.0 {
            cur = match seg {
                Segment::Key(k) => cur.as_object()?.get(k)?,
                Segment::Index(i) => cur.as_array()?.get(*i)?,
                Segment::Ref(r) => cur.as_array()?.iter().find(|e| ref_of(e) == Some(r))?,
            };
        }
        Some(cur)
    }

    /// Puts `new` at this path (`None` removes the entry). Missing objects on the way
    /// are created; a `[ref=…]` entry that is absent is appended. Used to apply the
    /// user's choice for a merge conflict.
    pub fn set(&self, root: &mut Value, new: Option<Value>) -> Result<(), PathError> {
        let not_found = || PathError::NotFound(self.to_string());
        let Some((last, parents)) = self.0.split_last() else {
            *root = new.unwrap_or(Value::Null);
            return Ok(());
        };
        let mut cur = root;
        for seg in parents {
            if cur.is_null() {
                *cur = Value::Object(serde_json::Map::new());
            }
            cur = match seg {
                Segment::Key(k) => cur
                    .as_object_mut()
                    .ok_or_else(not_found)?
                    .entry(k.clone())
                    .or_insert(Value::Null),
                Segment::Index(i) => cur
                    .as_array_mut()
                    .and_then(|a| a.get_mut(*i))
                    .ok_or_else(not_found)?,
                Segment::Ref(r) => cur
                    .as_array_mut()
                    .and_then(|a| a.iter_mut().find(|e| ref_of(e) == Some(r)))
                    .ok_or_else(not_found)?,
            };
        }
        if cur.is_null() && matches!(last, Segment::Key(_)) {
            *cur = Value::Object(serde_json::Map::new());
        }
        match last {
            Segment::Key(k) => {
                let obj = cur.as_object_mut().ok_or_else(not_found)?;
                match new {
                    Some(v) => {
                        obj.insert(k.clone(), v);
                    }
                    None => {
                        obj.remove(k);
                    }
                }
            }
            Segment::Index(i) => {
                let arr = cur.as_array_mut().ok_or_else(not_found)?;
                if *i >= arr.len() {
                    return Err(not_found());
                }
                match new {
                    Some(v) => arr[*i] = v,
                    None => {
                        arr.remove(*i);
                    }
                }
            }
            Segment::Ref(r) => {
                let arr = cur.as_array_mut().ok_or_else(not_found)?;
                let pos = arr.iter().position(|e| ref_of(e) == Some(r));
                match (pos, new) {
                    (Some(p), Some(v)) => arr[p] = v,
                    (Some(p), None) => {
                        arr.remove(p);
                    }
                    (None, Some(v)) => arr.push(v),
                    (None, None) => {}
                }
            }
        }
        Ok(())
    }
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Segment::Key(k) if i == 0 => write!(f, "{k}")?,
                Segment::Key(k) => write!(f, ".{k}")?,
                Segment::Index(n) => write!(f, "[{n}]")?,
                Segment::Ref(r) => write!(f, "[ref={r}]")?,
            }
        }
        Ok(())
    }
}

impl std::str::FromStr for JsonPath {
    type Err = PathError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        JsonPath::parse(s)
    }
}

/// The `ref` of an array entry, if it is an object that has one.
pub(crate) fn ref_of(v: &Value) -> Option<&String> {
    match v.as_object()?.get("ref")? {
        Value::String(s) => Some(s),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parse_and_display_round_trip() {
        for p in [
            "code",
            "incidents[0].acts[2].perpetrators[0]",
            "perpetrators[ref=p1].rank",
            "a[1][2]",
            "",
        ] {
            assert_eq!(JsonPath::parse(p).unwrap().to_string(), p);
        }
        for bad in ["a.", ".a", "a[x]", "a[ref=]", "a[1", "a..b"] {
            assert!(JsonPath::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn get_and_set() {
        let mut v = json!({"perpetrators": [{"ref": "p1", "rank": "капитан"}], "tags": ["a"]});
        let p: JsonPath = "perpetrators[ref=p1].rank".parse().unwrap();
        assert_eq!(p.get(&v), Some(&json!("капитан")));
        p.set(&mut v, Some(json!("майор"))).unwrap();
        assert_eq!(p.get(&v), Some(&json!("майор")));
        JsonPath::parse("perpetrators[ref=p2]")
            .unwrap()
            .set(&mut v, Some(json!({"ref": "p2"})))
            .unwrap();
        assert_eq!(v["perpetrators"].as_array().unwrap().len(), 2);
        JsonPath::parse("intake.date")
            .unwrap()
            .set(&mut v, Some(json!("2026-01-01")))
            .unwrap();
        assert_eq!(v["intake"]["date"], json!("2026-01-01"));
        JsonPath::parse("tags[0]")
            .unwrap()
            .set(&mut v, None)
            .unwrap();
        assert_eq!(v["tags"], json!([]));
        assert!(JsonPath::parse("tags[5]")
            .unwrap()
            .set(&mut v, None)
            .is_err());
        assert!(JsonPath::parse("tags.x")
            .unwrap()
            .set(&mut v, None)
            .is_err());
    }
}
