//! The `afterview` command line as docs/contract.md describes it: JSON answers on standard
//! output with exit 0, and one line on standard error with exit 2 for bad input.

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn afterview(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_afterview"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run afterview");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input.as_bytes())
            .expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("afterview output")
}

fn json(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "exit {:?}: {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("one JSON document")
}

fn failure(output: &Output) -> String {
    assert_eq!(
        output.status.code(),
        Some(2),
        "stdout: {}",
        String::from_utf8_lossy(&output.stdout)
    );
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
    stderr
}

const STATE: &str = include_str!("data/state.json");

#[test]
fn when_answers_the_contract_shape() {
    let out = json(&afterview(
        &[
            "when",
            "--now",
            "2026-11-16T10:00:00-05:00",
            "by the end of next week",
        ],
        None,
    ));
    assert_eq!(
        out,
        serde_json::json!({"earliest": "2026-11-16", "latest": "2026-11-27", "phrase": "by the end of next week"})
    );
    let open = json(&afterview(
        &[
            "when",
            "--now",
            "2026-11-16T10:00:00-05:00",
            "we'll let you know",
        ],
        None,
    ));
    assert_eq!(open["earliest"], Value::Null);
    assert_eq!(open["latest"], Value::Null);
}

#[test]
fn when_reads_the_day_in_the_offset_of_now() {
    // 02:00 on Tuesday in UTC is still Monday evening in New York.
    let out = json(&afterview(
        &["when", "--now", "2026-11-16T21:00:00-05:00", "tomorrow"],
        None,
    ));
    assert_eq!(out["latest"], "2026-11-17");
}

#[test]
fn plan_reads_a_file_or_standard_input_and_sorts_by_due() {
    let dir = std::env::temp_dir().join(format!("afterview-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("state.json");
    std::fs::write(&path, STATE).expect("write state");
    let from_file = json(&afterview(
        &[
            "plan",
            "--now",
            "2026-11-20T09:00:00+00:00",
            path.to_str().expect("utf-8 path"),
        ],
        None,
    ));
    let from_stdin = json(&afterview(
        &["plan", "--now", "2026-11-20T09:00:00+00:00"],
        Some(STATE),
    ));
    assert_eq!(from_file, from_stdin);
    let actions = from_file["actions"].as_array().expect("actions");
    assert!(!actions.is_empty());
    let dues: Vec<&str> = actions
        .iter()
        .map(|a| a["due"].as_str().expect("due"))
        .collect();
    let mut sorted = dues.clone();
    sorted.sort_by_key(|d| chrono::DateTime::parse_from_rfc3339(d).expect("rfc3339"));
    assert_eq!(dues, sorted);
    for action in actions {
        for field in ["process", "kind", "opens", "due", "rule", "why"] {
            assert!(action.get(field).is_some(), "{field} in {action}");
        }
    }
    let ben = actions
        .iter()
        .find(|a| a["kind"] == "thank_you" && a["contact"] == "ben")
        .expect("Ben's thank-you");
    assert_eq!(ben["opens"], "2026-11-19T16:00:00+00:00");
    assert_eq!(ben["due"], "2026-11-20T16:00:00+00:00");
    assert_eq!(ben["rule"], "T1");
    assert!(ben["why"].as_str().expect("why").contains("Ben Okafor"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn broken_json_names_the_file_line_and_column() {
    let err = failure(&afterview(
        &["plan", "--now", "2026-11-20T09:00:00+00:00"],
        Some("{\"schema\": 1,\n \"processes\": [}"),
    ));
    assert!(
        err.starts_with("afterview: <stdin>: ") && err.contains("line 2, column"),
        "{err}"
    );
}

#[test]
fn a_wrong_type_names_the_json_path() {
    let bad = STATE.replacen(
        "\"end\": \"2026-11-19T16:00:00+00:00\"",
        "\"end\": \"Thursday afternoon\"",
        1,
    );
    let err = failure(&afterview(
        &["plan", "--now", "2026-11-20T09:00:00+00:00"],
        Some(&bad),
    ));
    assert!(err.contains("processes[0].interviews[0].end"), "{err}");
}

#[test]
fn an_unknown_schema_version_is_refused() {
    let bad = STATE.replacen("\"schema\": 1", "\"schema\": 7", 1);
    let err = failure(&afterview(&["plan"], Some(&bad)));
    assert!(err.contains("schema") && err.contains("7"), "{err}");
}

#[test]
fn an_unknown_contact_id_is_named() {
    let bad = STATE.replacen("\"to\": [\n      \"ana\"", "\"to\": [\n      \"zed\"", 1);
    assert_ne!(bad, STATE);
    let err = failure(&afterview(&["plan"], Some(&bad)));
    assert!(
        err.contains("processes[0].events[0].to[0]") && err.contains("zed"),
        "{err}"
    );
}

#[test]
fn an_interview_that_ends_before_it_starts_is_refused() {
    let bad = STATE.replacen(
        "\"end\": \"2026-11-19T16:00:00+00:00\"",
        "\"end\": \"2026-11-17T16:00:00+00:00\"",
        1,
    );
    let err = failure(&afterview(&["plan"], Some(&bad)));
    assert!(
        err.contains("processes[0].interviews[0].end") && err.contains("before it starts"),
        "{err}"
    );
}

#[test]
fn an_unknown_time_zone_is_refused() {
    let bad = STATE.replacen("Europe/London", "Mars/Olympus_Mons", 1);
    let err = failure(&afterview(&["plan"], Some(&bad)));
    assert!(err.contains("profile.timezone"), "{err}");
}

#[test]
fn a_missing_file_is_reported() {
    let err = failure(&afterview(&["plan", "/nonexistent/state.json"], None));
    assert!(err.contains("/nonexistent/state.json"), "{err}");
}

#[test]
fn a_reader_that_stops_early_is_no_panic() {
    use std::io::Read;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_afterview"))
        .args([
            "plan",
            "--now",
            "2026-11-20T16:30:00-05:00",
            "docs/examples/state.json",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run");
    // Close our end of the pipe before the answer is written.
    drop(child.stdout.take());
    let status = child.wait().expect("exit");
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("read");
    assert!(!err.contains("panicked"), "{err}");
    assert!(status.code().is_some(), "ended by a signal: {status:?}");
}
