//! The repository stands alone: no tracked file reads or links the `shared` folder beside
//! it. Examples, fixtures and docs live inside the repository.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The tracked files (`git ls-files`), or every file under the root outside build and
/// dependency folders when there is no git checkout (an unpacked archive).
fn files(root: &Path) -> Vec<PathBuf> {
    let listed = Command::new("git")
        .args(["ls-files", "-z"])
        .current_dir(root)
        .output()
        .ok()
        .filter(|o| o.status.success() && !o.stdout.is_empty());
    if let Some(listed) = listed {
        return listed
            .stdout
            .split(|b| *b == 0)
            .filter(|p| !p.is_empty())
            .map(|p| root.join(String::from_utf8_lossy(p).as_ref()))
            .collect();
    }
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let name = entry.file_name();
            if path.is_dir() {
                if !matches!(
                    name.to_str(),
                    Some(".git" | "target" | "node_modules" | "dist" | "pkg")
                ) {
                    stack.push(path);
                }
            } else {
                out.push(path);
            }
        }
    }
    out
}

#[test]
fn no_file_reads_or_links_a_folder_beside_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // Built from parts so that this file does not name what it looks for.
    let needle = ["..", "shared"].join("/");
    let mut offenders = Vec::new();
    let listed = files(root);
    assert!(
        !listed.is_empty(),
        "no files found under {}",
        root.display()
    );
    for path in listed {
        // A file listed by git but deleted in the work tree has nothing to read.
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
            offenders.push(
                path.strip_prefix(root)
                    .unwrap_or(&path)
                    .display()
                    .to_string(),
            );
        }
    }
    assert!(
        offenders.is_empty(),
        "these files name {needle}: {offenders:?}"
    );
}
