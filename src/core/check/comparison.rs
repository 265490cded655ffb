//! Double comparisons (`grammar`): "more" or "most" before a word that already
//! compares ("more easier", "most fastest", "more better").

use super::clauses::Clauses;
use super::text::{capitalize, Word};
use super::{Findings, Input, Severity, MAX_PER_ID};

/// Comparatives and superlatives that take no "more" or "most".
const COMPARED: &[&str] = &[
    "better",
    "worse",
    "bigger",
    "smaller",
    "faster",
    "slower",
    "easier",
    "harder",
    "cheaper",
    "higher",
    "lower",
    "longer",
    "shorter",
    "closer",
    "larger",
    "greater",
    "stronger",
    "weaker",
    "simpler",
    "clearer",
    "quicker",
    "newer",
    "richer",
    "busier",
    "happier",
    "safer",
    "wider",
    "deeper",
    "smarter",
    "nicer",
    "tighter",
    "lighter",
    "heavier",
    "healthier",
    "fewer",
    "best",
    "worst",
    "biggest",
    "smallest",
    "fastest",
    "slowest",
    "easiest",
    "hardest",
    "cheapest",
    "highest",
    "lowest",
    "longest",
    "shortest",
    "closest",
    "largest",
    "greatest",
    "strongest",
    "weakest",
    "simplest",
    "clearest",
    "quickest",
    "earliest",
    "newest",
    "oldest",
    "smartest",
    "busiest",
    "happiest",
    "safest",
    "widest",
    "deepest",
    "nicest",
    "friendliest",
    "friendlier",
    "kinder",
    "kindest",
    "warmer",
    "warmest",
    "brighter",
    "brightest",
];

/// Words in "-er" and "-est" that compare nothing after "more" ("send more later",
/// "the most honest").
const NOT_COMPARED: &[&str] = &[
    "later", "sooner", "earlier", "latest", "earliest", "honest", "modest", "earnest", "interest",
    "other", "over", "ever", "never", "rather", "after", "further", "furthest",
];

/// Whether `word` after "more" (`degree`) is a comparative in "-er", or after "most" a
/// superlative in "-est", of an adjective the dictionary knows in both forms
/// ("broader": "broadest"; not "paper" or "player").
fn compares(input: &Input, degree: &str, word: &str) -> bool {
    let Some(speller) = input.options.speller else {
        return false;
    };
    let (own, other) = if degree == "more" {
        ("er", "est")
    } else {
        ("est", "er")
    };
    word.len() > own.len() + 2
        && !NOT_COMPARED.contains(&word)
        && word
            .strip_suffix(own)
            .is_some_and(|stem| speller.check(&format!("{stem}{other}")))
}

/// Finds "more" or "most" before a comparative or superlative among `list`.
pub(super) fn check(input: &Input, list: &[Word], out: &mut Findings) {
    let clauses = Clauses::new(input, list);
    for k in 0..clauses.len() {
        let lower = clauses.lower(k);
        if lower != "more" && lower != "most" {
            continue;
        }
        let Some(next) = clauses.next(k) else {
            continue;
        };
        let word = clauses.lower(next);
        // "a more earlier start": a word of time compares after an article or a word of
        // degree before "more" ("send more later" does not).
        let time_compared = ["earlier", "later", "sooner"].contains(&word.as_ref())
            && clauses.previous(k).is_some_and(|p| {
                ["a", "an", "the", "much", "even", "far", "slightly"]
                    .contains(&clauses.lower(p).as_ref())
            });
        if clauses.in_compound(next)
            || !COMPARED.contains(&word.as_ref())
                && !compares(input, &lower, &word)
                && !time_compared
        {
            continue;
        }
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        let fix = if clauses.original(k).starts_with(|c: char| c.is_uppercase()) {
            capitalize(clauses.original(next))
        } else {
            clauses.original(next).to_string()
        };
        out.push(
            "grammar",
            Severity::Warning,
            "body",
            (list[k].start, list[next].end),
            format!(
                "\"{fix}\" already compares: leave out \"{}\".",
                clauses.original(k)
            ),
            fix,
        );
    }
}
