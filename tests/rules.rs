//! The rule registry (`core::plan::rules`) against what cites it and what shows it: every
//! rule id the planner or the checklist cites is in the registry, and every rule in the
//! registry has its plain words in the pages' English locale (the same words) and its
//! section in docs/rules.md.

use afterview::core::plan::rules::{rule, RULES};
use std::collections::BTreeSet;
use std::path::Path;

fn read(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// Every string literal that is a rule id (a capital letter, then digits: `"T1"`) in the
/// planner's and the checklist's code, where the rules an action or an item cites are written.
fn cited() -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core/plan");
    let mut sources = vec![read("src/core/prep.rs")];
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().is_some_and(|n| n != "rules.rs") {
            sources.push(std::fs::read_to_string(path).unwrap());
        }
    }
    let mut ids = BTreeSet::new();
    for source in sources {
        for quoted in source.split('"').skip(1).step_by(2) {
            let mut chars = quoted.chars();
            let capital = chars.next().is_some_and(|c| c.is_ascii_uppercase());
            let digits: String = chars.collect();
            if capital && !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
                ids.insert(quoted.to_string());
            }
        }
    }
    ids
}

#[test]
fn every_rule_the_planner_or_the_checklist_cites_is_in_the_registry() {
    let cited = cited();
    assert!(cited.len() >= 15, "found {cited:?}");
    for id in &cited {
        assert!(
            rule(id).is_some(),
            "{id} is cited but not in core::plan::rules"
        );
    }
    let unused: Vec<_> = RULES.iter().filter(|r| !cited.contains(r.id)).collect();
    assert!(
        unused.is_empty(),
        "in the registry but never cited: {unused:?}"
    );
}

#[test]
fn every_rule_has_the_same_plain_words_in_the_english_locale() {
    let messages: serde_json::Value =
        serde_json::from_str(&read("extension/_locales/en/messages.json")).unwrap();
    for r in RULES {
        for (key, words) in [
            (format!("rule_{}_title", r.id), r.title),
            (format!("rule_{}_why", r.id), r.why),
        ] {
            let entry = &messages[&key];
            assert_eq!(entry["message"].as_str(), Some(words), "{key}");
            assert!(entry["description"].is_string(), "{key} has no description");
        }
    }
}

#[test]
fn every_rule_has_its_section_in_docs_rules_md() {
    let doc = read("docs/rules.md");
    for r in RULES {
        assert!(
            doc.contains(&format!("<a id=\"{}\"></a>", r.id)),
            "docs/rules.md has no section {}",
            r.id
        );
    }
}
