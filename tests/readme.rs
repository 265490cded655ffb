//! The command-line examples of README.md and docs/contract.md run as written: every
//! `cargo run -q -- …` line of the fenced `sh` block under "The command line" is run from
//! the repository root (with the built `afterview` binary standing in for
//! `cargo run -q --`), and must exit 0 and print one JSON document. The README's layout
//! lists every core module.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

const CARGO_RUN: &str = "cargo run -q --";

/// The lines of the first fenced `sh` block after the heading `heading`.
fn sh_block(markdown: &str, heading: &str) -> Vec<String> {
    let after = markdown
        .split_once(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("no heading {heading:?}"))
        .1;
    let block = after
        .split_once("```sh\n")
        .expect("a ```sh block under the heading")
        .1;
    let block = block.split_once("```").expect("the block is closed").0;
    block.lines().map(str::to_string).collect()
}

/// `line` with every `cargo run -q --` replaced by the built binary, quoted for `sh`.
fn with_binary(line: &str) -> String {
    let binary = env!("CARGO_BIN_EXE_afterview").replace('\'', r"'\''");
    line.replace(CARGO_RUN, &format!("'{binary}'"))
}

/// Runs the command-line examples of the Markdown file at `path` (from the repository root).
fn run_examples(path: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join(path)).expect(path);
    let commands: Vec<String> = sh_block(&text, "## The command line")
        .into_iter()
        .filter(|l| l.contains(CARGO_RUN) && !l.trim_start().starts_with('#'))
        .collect();
    for sub in ["when", "plan", "draft", "check"] {
        assert!(
            commands
                .iter()
                .any(|c| c.contains(&format!("{CARGO_RUN} {sub}"))),
            "{path} shows no `{sub}` example"
        );
    }
    for command in &commands {
        let output = Command::new("sh")
            .arg("-c")
            .arg(with_binary(command))
            .current_dir(root)
            .output()
            .expect("run sh");
        assert!(
            output.status.success(),
            "{path}: `{command}` exited {:?}: {}",
            output.status.code(),
            String::from_utf8_lossy(&output.stderr)
        );
        let answer: Result<Value, _> = serde_json::from_slice(&output.stdout);
        assert!(
            answer.is_ok(),
            "{path}: `{command}` did not print one JSON document: {}",
            String::from_utf8_lossy(&output.stdout)
        );
    }
}

#[test]
fn every_readme_command_line_example_exits_0_with_json() {
    run_examples("README.md");
}

#[test]
fn every_contract_command_line_example_exits_0_with_json() {
    run_examples("docs/contract.md");
}

#[test]
fn the_layout_names_every_core_module() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let layout = readme
        .split_once("\n## Layout\n")
        .expect("README.md has a Layout section")
        .1;
    let core = std::fs::read_to_string(root.join("src/core/mod.rs")).expect("src/core/mod.rs");
    let modules: Vec<&str> = core
        .lines()
        .filter_map(|l| l.strip_prefix("pub mod "))
        .map(|m| m.trim_end_matches(';'))
        .collect();
    assert!(!modules.is_empty());
    for module in modules {
        let as_file = format!("{module}.rs");
        let as_dir = format!("{module}/");
        assert!(
            layout.contains(&as_file) || layout.contains(&as_dir),
            "the README's layout does not list src/core/{module}"
        );
    }
}
