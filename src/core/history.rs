//! Undo by change. Every change the engine writes is kept as what it changed: the parts of
//! the document before and after it (the profile and each application it touched), with
//! an id and a label. Undo of one change reverts that change alone, as an inverse on the
//! document as it stands now, so every later change (a send recorded from a mail tab, a
//! tick made in the popup) stays in place. Where a later change built on what this one
//! did (an event recorded for a person this change added, a field edited since), the
//! revert is refused with the reason, and nothing is changed.
//!
//! The revert works on the document's JSON, field by field: a value the change set is put
//! back only if it still holds what the change left; lists of records with ids (the
//! applications, their people and events) are matched by id, other lists (rounds, notes,
//! references) by value, each record added by the change taken out and each it removed
//! put back.

use crate::core::model::{state_from_value, State};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The most changes kept for Undo (older ones can no longer be undone).
pub const KEPT_CHANGES: usize = 20;

/// One change as kept for Undo.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    /// Unique among the changes kept.
    pub id: String,
    /// What it did, in words ("Archived Acme Corp", "Recorded a sent message").
    pub label: String,
    /// The document's top-level fields it changed other than the applications, before.
    #[serde(default)]
    pub before: Map<String, Value>,
    /// The same fields after (a field absent here was removed by the change).
    #[serde(default)]
    pub after: Map<String, Value>,
    /// Each application it touched, by id: as it was before (null: it did not exist) and after.
    #[serde(default)]
    pub processes: Vec<ProcessChange>,
}

/// One application as a change found and left it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProcessChange {
    /// The application's id.
    pub id: String,
    /// Before the change (`None`: the change added it).
    pub before: Option<Value>,
    /// After the change (`None`: the change deleted it).
    pub after: Option<Value>,
    /// Where it stood in the list before the change (where Undo puts back one it deleted).
    #[serde(default)]
    pub index: usize,
}

/// Why a change cannot be undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A later change built on this one: the path it touched has changed since.
    ChangedSince(String),
    /// Reverting would leave a document the engine could not load (what the loader says).
    Invalid(String),
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::ChangedSince(path) => write!(f, "{path} was changed meanwhile"),
            Refusal::Invalid(reason) => {
                write!(f, "a later change depends on it ({reason})")
            }
        }
    }
}

/// What turned `before` into `after`, as a [`Change`] with `id` and `label`.
pub fn change_between(before: &State, after: &State, id: &str, label: &str) -> Change {
    let (mut b, mut a) = (to_object(before), to_object(after));
    let b_processes = take_processes(&mut b);
    let a_processes = take_processes(&mut a);
    let mut top_before = Map::new();
    let mut top_after = Map::new();
    for key in b.keys().chain(a.keys()) {
        if b.get(key) != a.get(key) {
            if let Some(v) = b.get(key) {
                top_before.insert(key.clone(), v.clone());
            }
            if let Some(v) = a.get(key) {
                top_after.insert(key.clone(), v.clone());
            }
        }
    }
    let mut processes = Vec::new();
    for id in ids_in(&b_processes, &a_processes) {
        let was = find_by_id(&b_processes, &id).cloned();
        let is = find_by_id(&a_processes, &id).cloned();
        if was != is {
            let index = b_processes
                .iter()
                .position(|p| id_of(p) == Some(id.as_str()))
                .unwrap_or(b_processes.len());
            processes.push(ProcessChange {
                id,
                before: was,
                after: is,
                index,
            });
        }
    }
    Change {
        id: id.to_string(),
        label: label.to_string(),
        before: top_before,
        after: top_after,
        processes,
    }
}

/// Whether the change changed nothing.
pub fn is_empty(change: &Change) -> bool {
    change.before.is_empty() && change.after.is_empty() && change.processes.is_empty()
}

/// `current` with `change` reverted and every later change kept; refused when a later
/// change built on it, or when the result would not load.
pub fn revert(current: &State, change: &Change) -> Result<State, Refusal> {
    let mut doc = to_object(current);
    let mut processes = take_processes(&mut doc);
    for key in change.before.keys().chain(change.after.keys()) {
        let reverted = unapply(
            change.before.get(key),
            change.after.get(key),
            doc.get(key),
            key,
        )?;
        match reverted {
            Some(v) => doc.insert(key.clone(), v),
            None => doc.remove(key),
        };
    }
    for touched in &change.processes {
        let at = processes
            .iter()
            .position(|p| p.get("id").and_then(Value::as_str) == Some(touched.id.as_str()));
        let now = at.map(|i| processes[i].clone());
        let path = format!("the application {:?}", touched.id);
        let reverted = unapply(
            touched.before.as_ref(),
            touched.after.as_ref(),
            now.as_ref(),
            &path,
        )?;
        match (at, reverted) {
            (Some(i), Some(v)) => processes[i] = v,
            (Some(i), None) => {
                processes.remove(i);
            }
            (None, Some(v)) => processes.insert(touched.index.min(processes.len()), v),
            (None, None) => {}
        }
    }
    doc.insert("processes".into(), Value::Array(processes));
    state_from_value(Value::Object(doc)).map_err(|e| Refusal::Invalid(e.to_string()))
}

/// An edit a page made from `base` (the record as the page drew it) to `edited`, applied
/// to `current` (the record as stored now): each field the page changed takes the page's
/// value, each field changed elsewhere meanwhile (a person tracked from a mail tab, a tick
/// in the popup) keeps its new value. A field both changed, differently, is refused with
/// its place: the page then shows the stored value rather than overwrite it silently.
pub fn rebase_edit<T: Serialize + serde::de::DeserializeOwned>(
    base: &T,
    edited: &T,
    current: &T,
) -> Result<T, Refusal> {
    let value = |t: &T| serde_json::to_value(t).unwrap_or(Value::Null);
    let (base, edited, current) = (value(base), value(edited), value(current));
    // Applying base → edited is taking back edited → base.
    let merged = unapply(
        Some(&edited),
        Some(&base),
        Some(&current),
        "the application",
    )?;
    serde_json::from_value(merged.unwrap_or(Value::Null))
        .map_err(|e| Refusal::Invalid(e.to_string()))
}

/// The value at one place after taking back what the change did there: `before` and
/// `after` are what the change found and left (`None`: absent), `now` what is there now.
fn unapply(
    before: Option<&Value>,
    after: Option<&Value>,
    now: Option<&Value>,
    path: &str,
) -> Result<Option<Value>, Refusal> {
    if before == after {
        return Ok(now.cloned());
    }
    if now == after {
        return Ok(before.cloned());
    }
    if now == before {
        // Already as it was (the same edit undone by hand, or by a later change).
        return Ok(now.cloned());
    }
    match (before, after, now) {
        (Some(Value::Object(b)), Some(Value::Object(a)), Some(Value::Object(n))) => {
            let mut out = n.clone();
            let keys: Vec<&String> = b.keys().chain(a.keys()).collect();
            for key in keys {
                let here = format!("{path}.{key}");
                match unapply(b.get(key), a.get(key), n.get(key), &here)? {
                    Some(v) => out.insert(key.clone(), v),
                    None => out.remove(key),
                };
            }
            Ok(Some(Value::Object(out)))
        }
        (Some(Value::Array(b)), Some(Value::Array(a)), Some(Value::Array(n))) => {
            unapply_list(b, a, n, path).map(|list| Some(Value::Array(list)))
        }
        _ => Err(Refusal::ChangedSince(path.to_string())),
    }
}

/// A list after taking back what the change did to it (see the module's comment).
fn unapply_list(
    before: &[Value],
    after: &[Value],
    now: &[Value],
    path: &str,
) -> Result<Vec<Value>, Refusal> {
    if [before, after, now].iter().all(|list| has_ids(list)) {
        let mut out: Vec<Value> = Vec::new();
        for item in now {
            let id = id_of(item).unwrap_or_default();
            let here = format!("{path}[{id}]");
            if let Some(kept) = unapply(
                find_by_id(before, id),
                find_by_id(after, id),
                Some(item),
                &here,
            )? {
                out.push(kept);
            }
        }
        // What the change removed (and nothing brought back since) goes back in place.
        for (index, item) in before.iter().enumerate() {
            let id = id_of(item).unwrap_or_default();
            if find_by_id(after, id).is_none() && find_by_id(now, id).is_none() {
                out.insert(index.min(out.len()), item.clone());
            }
        }
        return Ok(out);
    }
    let mut out = now.to_vec();
    for added in after.iter().filter(|v| count(after, v) > count(before, v)) {
        match out.iter().position(|v| v == added) {
            Some(i) => {
                out.remove(i);
            }
            None => return Err(Refusal::ChangedSince(path.to_string())),
        }
    }
    for (index, removed) in before.iter().enumerate() {
        if count(before, removed) > count(after, removed) {
            out.insert(index.min(out.len()), removed.clone());
        }
    }
    Ok(out)
}

/// How often `value` is in `list`.
fn count(list: &[Value], value: &Value) -> usize {
    list.iter().filter(|v| *v == value).count()
}

/// Whether every item of `list` is an object with a string `id`, each id once.
fn has_ids(list: &[Value]) -> bool {
    let mut seen: Vec<&str> = Vec::with_capacity(list.len());
    list.iter().all(|v| match id_of(v) {
        Some(id) if !seen.contains(&id) => {
            seen.push(id);
            true
        }
        _ => false,
    })
}

fn id_of(value: &Value) -> Option<&str> {
    value.get("id").and_then(Value::as_str)
}

fn find_by_id<'a>(list: &'a [Value], id: &str) -> Option<&'a Value> {
    list.iter().find(|v| id_of(v) == Some(id))
}

/// The ids of both lists, in order of first appearance.
fn ids_in(first: &[Value], second: &[Value]) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for id in first.iter().chain(second).filter_map(id_of) {
        if !ids.iter().any(|seen| seen == id) {
            ids.push(id.to_string());
        }
    }
    ids
}

fn to_object(state: &State) -> Map<String, Value> {
    match serde_json::to_value(state) {
        Ok(Value::Object(map)) => map,
        _ => Map::new(),
    }
}

fn take_processes(doc: &mut Map<String, Value>) -> Vec<Value> {
    match doc.remove("processes") {
        Some(Value::Array(list)) => list,
        _ => Vec::new(),
    }
}

/// Adds `change` to the kept ones (newest last), keeping at most [`KEPT_CHANGES`].
pub fn keep(changes: &mut Vec<Change>, change: Change) {
    changes.push(change);
    if changes.len() > KEPT_CHANGES {
        let extra = changes.len() - KEPT_CHANGES;
        changes.drain(..extra);
    }
}
