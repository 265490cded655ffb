//! Double negatives (`grammar`): a negative verb or "never" followed, within two words
//! of its clause, by "no", "nothing", "nobody", "nowhere" or "none" ("I don't have no
//! questions"), "can't hardly" and "won't never"; "never" right after "nobody" or
//! "nothing" ("Nobody never told me").

use super::clauses::Clauses;
use super::text::Word;
use super::{Findings, Input, Severity, MAX_PER_ID};

/// Words that make a clause negative.
const NEGATIVE: &[&str] = &[
    "don't",
    "doesn't",
    "didn't",
    "can't",
    "cannot",
    "couldn't",
    "won't",
    "wouldn't",
    "shouldn't",
    "haven't",
    "hasn't",
    "hadn't",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "mustn't",
    "never",
    "ain't",
];

/// Auxiliaries that "not" after them makes negative ("did not", "will not").
const AUXILIARIES: &[&str] = &[
    "do", "does", "did", "can", "could", "will", "would", "should", "must", "have", "has", "had",
    "might", "may", "shall",
];

/// Negative subjects: only "never" right after them makes a second negative.
const NEGATIVE_SUBJECTS: &[&str] = &["nobody", "nothing"];

/// Negative words after a negative verb, and their positive forms.
const SECOND: &[(&str, &str)] = &[
    ("no", "any"),
    ("nothing", "anything"),
    ("nobody", "anybody"),
    ("nowhere", "anywhere"),
    ("none", "any"),
    ("never", "ever"),
    ("hardly", "hardly"),
    ("barely", "barely"),
    ("scarcely", "scarcely"),
];

/// Verbs after which "no" is an answer, not a determiner ("I can't say no").
const SAYING: &[&str] = &["say", "said", "take", "took", "answer", "mean", "means"];

/// The positive form of a negative verb, for "can't hardly" (→ "can hardly") and "won't
/// never" (→ "will never").
fn positive(verb: &str) -> Option<&'static str> {
    Some(match verb {
        "don't" => "do",
        "doesn't" => "does",
        "didn't" => "did",
        "can't" | "cannot" => "can",
        "couldn't" => "could",
        "won't" => "will",
        "wouldn't" => "would",
        "shouldn't" => "should",
        "haven't" => "have",
        "hasn't" => "has",
        "hadn't" => "had",
        "isn't" => "is",
        "aren't" => "are",
        "wasn't" => "was",
        "weren't" => "were",
        _ => return None,
    })
}

/// Finds two negatives in one clause among `list`.
pub(super) fn check(input: &Input, list: &[Word], out: &mut Findings) {
    let clauses = Clauses::new(input, list);
    let body = &input.draft.body;
    for k in 0..clauses.len() {
        let first = clauses.lower(k);
        let subject = NEGATIVE_SUBJECTS.contains(&first.as_ref());
        // "did not", "could not": "not" after an auxiliary negates the clause as well.
        let not = first == "not"
            && clauses
                .previous(k)
                .is_some_and(|p| AUXILIARIES.contains(&clauses.lower(p).as_ref()));
        if !NEGATIVE.contains(&first.as_ref()) && !subject && !not {
            continue;
        }
        let mut at = k;
        for step in 0..3 {
            let Some(next) = clauses.next(at) else { break };
            let word = clauses.lower(next);
            if subject && word != "never" {
                break;
            }
            if let Some((_, any)) = SECOND.iter().find(|(w, _)| *w == word) {
                let adverb = matches!(word.as_ref(), "hardly" | "barely" | "scarcely" | "never");
                let previous = clauses.lower(at);
                // "hardly", "never": only right after the verb; "no" after "say" is an answer.
                if adverb && step > 0 || SAYING.contains(&previous.as_ref()) && word == "no" {
                    break;
                }
                let fix = if adverb && word != "never" {
                    // "can't hardly" → "can hardly"
                    let Some(verb) = positive(&first) else { break };
                    format!("{verb} {}", &body[list[next].start..list[next].end])
                } else if word == "never" {
                    // "won't never" → "won't ever"
                    format!("{} ever", &body[list[k].start..list[k].end])
                } else {
                    format!("{} {any}", &body[list[k].start..list[at].end])
                };
                let fix = if body[list[k].start..].starts_with(|c: char| c.is_uppercase()) {
                    super::text::capitalize(&fix)
                } else {
                    fix
                };
                if out.count("grammar") >= MAX_PER_ID {
                    return;
                }
                out.push(
                    "grammar",
                    Severity::Warning,
                    "body",
                    (list[k].start, list[next].end),
                    format!("Two negatives in one clause cancel out: write \"{fix}\"."),
                    fix,
                );
                break;
            }
            // Nouns and commas end the search: "didn't need a plan, no".
            at = next;
        }
    }
}
