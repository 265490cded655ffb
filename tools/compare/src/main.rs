//! `make compare`: Harper (`harper-core`) and Afterview on the same proofreading corpus
//! in one run — recall per category on the sentences with a labelled mistake, false
//! alarms per 1,000 words on the clean emails, and the median time of one check, for
//! the tuning part and the held-out part apart — written to docs/proofreading.md.

#[path = "../../../tests/corpus/mod.rs"]
mod corpus;

use afterview::core::check::known_words;
use afterview::core::check::text::capitalize;
use afterview::core::lexicon::Speller;
use afterview::core::model::State;
use corpus::{
    afterview, caught, clean_sentences, emails, empty_state, mistakes, recall, word_count, Flag,
    CLEAN, CLEAN_FORMATS, HELD_OUT, MISTAKES,
};
use harper_core::linting::{LintGroup, LintKind, Linter};
use harper_core::spell::{FstDictionary, MergedDictionary, MutableDictionary};
use harper_core::{Dialect, DictWordMetadata, Document};
use std::fmt::Write as _;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A checker as the corpus runs it: set up for a state (not timed), then one check.
trait Checker {
    fn prepare(&mut self, state: &State);
    fn check(&mut self, to: &str, text: &str) -> Vec<Flag>;
}

/// Afterview's check with the extension's dictionary.
struct Afterview {
    speller: Speller,
    state: State,
}

impl Checker for Afterview {
    fn prepare(&mut self, state: &State) {
        self.state = state.clone();
    }

    fn check(&mut self, to: &str, text: &str) -> Vec<Flag> {
        afterview(&self.speller, &self.state, to, text)
    }
}

/// Harper with a dictionary that also knows the state's names, as Afterview does.
struct Harper {
    /// The state's words the current dictionary was made for.
    names: Vec<String>,
    dictionary: Arc<MergedDictionary>,
    linter: LintGroup,
}

impl Harper {
    fn new() -> Harper {
        let dictionary = Arc::new(MergedDictionary::new());
        Harper {
            names: vec!["-".to_string()],
            linter: LintGroup::new_curated(dictionary.clone(), Dialect::American),
            dictionary,
        }
    }
}

impl Checker for Harper {
    fn prepare(&mut self, state: &State) {
        let mut names: Vec<String> = known_words(state).into_iter().collect();
        names.sort();
        if names == self.names {
            return;
        }
        let mut known = MutableDictionary::new();
        for word in &names {
            known.append_word_str(word, DictWordMetadata::default());
            known.append_word_str(&capitalize(word), DictWordMetadata::default());
        }
        let mut dictionary = MergedDictionary::new();
        dictionary.add_dictionary(FstDictionary::curated());
        dictionary.add_dictionary(Arc::new(known));
        self.dictionary = Arc::new(dictionary);
        self.linter = LintGroup::new_curated(self.dictionary.clone(), Dialect::American);
        self.names = names;
        // The first check of new rules sets them up: not a check's time.
        self.check("", "Thank you for your time.");
    }

    /// Harper's findings of error kinds (not its style suggestions), as flags of any id.
    fn check(&mut self, _to: &str, text: &str) -> Vec<Flag> {
        let document = Document::new_plain_english(text, self.dictionary.as_ref());
        let byte = |char_index: usize| {
            text.char_indices()
                .nth(char_index)
                .map_or(text.len(), |(i, _)| i)
        };
        self.linter
            .lint(&document)
            .into_iter()
            .filter(|lint| {
                !matches!(
                    lint.lint_kind,
                    LintKind::Style
                        | LintKind::Enhancement
                        | LintKind::Readability
                        | LintKind::Redundancy
                )
            })
            .map(|lint| Flag {
                id: "*".to_string(),
                start: byte(lint.span.start),
                end: byte(lint.span.end),
                message: format!("{:?}: {}", lint.lint_kind, lint.message),
                fix: String::new(),
            })
            .collect()
    }
}

/// A checker's scores on the corpus.
#[derive(Default)]
struct Scores {
    /// (category, caught, total)
    recall: Vec<(String, usize, usize)>,
    /// The mistakes not caught, with their fix.
    missed: Vec<String>,
    false_alarms: Vec<String>,
    words: usize,
    sentence_times: Vec<Duration>,
    email_times: Vec<Duration>,
}

fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let out = f();
    (out, start.elapsed())
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// Runs one checker over one part of the corpus: its mistakes and its clean emails.
fn score(checker: &mut dyn Checker, mistakes_text: &str, clean: &[&str]) -> Scores {
    let mut scores = Scores::default();
    let nobody = empty_state();
    let to = "someone@example.com";
    // One check first, so that no check's time includes a one-time set-up.
    checker.prepare(&nobody);
    checker.check(to, "Thank you for your time.");
    let mistakes = mistakes(mistakes_text);
    let mut results = Vec::new();
    for m in &mistakes {
        checker.prepare(&nobody);
        let (flags, time) = timed(|| checker.check(to, &m.sentence));
        scores.sentence_times.push(time);
        let hit = caught(m, &flags);
        if !hit {
            scores.missed.push(format!(
                "{}: {} (\"{}\" for \"{}\")",
                m.category,
                m.sentence,
                &m.sentence[m.span.0..m.span.1],
                m.fix
            ));
        }
        results.push((m, hit));
    }
    scores.recall = recall(&results);
    for email in clean.iter().flat_map(|text| emails(text)) {
        scores.words += word_count(&email.body);
        checker.prepare(&email.state);
        let (flags, time) = timed(|| checker.check(&email.to, &email.body));
        scores.email_times.push(time);
        for flag in flags {
            let fix = if flag.fix.is_empty() {
                String::new()
            } else {
                format!(" (fix: {:?})", flag.fix)
            };
            scores.false_alarms.push(format!(
                "{:?}: {}{fix}",
                &email.body[flag.start..flag.end],
                flag.message
            ));
        }
    }
    scores
}

/// The findings on the held-out correct sentences that come close to a mistake.
fn near_misses(checker: &mut dyn Checker, sentences: &str) -> Vec<String> {
    checker.prepare(&empty_state());
    let mut alarms = Vec::new();
    for sentence in clean_sentences(sentences) {
        for flag in checker.check("someone@example.com", sentence) {
            alarms.push(format!(
                "{sentence} ({:?}: {})",
                &sentence[flag.start..flag.end],
                flag.message
            ));
        }
    }
    alarms
}

/// The false alarms of both checkers on a part's correct sentences close to a mistake.
fn write_near_misses(
    doc: &mut String,
    part: &str,
    sentences: &str,
    ours: &mut dyn Checker,
    theirs: &mut dyn Checker,
) {
    let our_near = near_misses(ours, sentences);
    let their_near = near_misses(theirs, sentences);
    writeln!(
        doc,
        "\nOn the {} {part} correct sentences that come close to a mistake: {} false \
         alarms from Afterview, {} from Harper.",
        clean_sentences(sentences).len(),
        our_near.len(),
        their_near.len()
    )
    .expect("write");
    for (heading, list) in [("Afterview's", &our_near), ("Harper's", &their_near)] {
        if list.is_empty() {
            continue;
        }
        writeln!(doc, "\n{heading} false alarms on them:\n").expect("write");
        for line in list {
            writeln!(doc, "- {line}").expect("write");
        }
    }
}

/// One part's tables and lists, Afterview's scores beside Harper's.
fn write_part(doc: &mut String, title: &str, about: &str, ours: &mut Scores, theirs: &mut Scores) {
    writeln!(
        doc,
        "\n## {title}\n\n{about}\n\n| category | Afterview recall | Harper recall |\n| --- | --- | --- |"
    )
    .expect("write");
    let (mut our_hits, mut their_hits, mut all) = (0, 0, 0);
    for ((category, hit, total), (_, their_hit, _)) in ours.recall.iter().zip(&theirs.recall) {
        writeln!(
            doc,
            "| {category} | {:.2} ({hit}/{total}) | {:.2} ({their_hit}/{total}) |",
            *hit as f64 / *total as f64,
            *their_hit as f64 / *total as f64
        )
        .expect("write");
        our_hits += hit;
        their_hits += their_hit;
        all += total;
    }
    writeln!(
        doc,
        "| **all** | **{:.2}** ({our_hits}/{all}) | **{:.2}** ({their_hits}/{all}) |",
        our_hits as f64 / all as f64,
        their_hits as f64 / all as f64
    )
    .expect("write");
    let per_1k = |s: &Scores| s.false_alarms.len() as f64 * 1000.0 / s.words as f64;
    writeln!(
        doc,
        "\n| on the clean emails ({} words) | Afterview | Harper |\n| --- | --- | --- |\n\
         | false alarms | {} | {} |\n| false alarms per 1,000 words | {:.2} | {:.2} |\n\
         | median time per check, sentence | {} | {} |\n\
         | median time per check, email | {} | {} |",
        ours.words,
        ours.false_alarms.len(),
        theirs.false_alarms.len(),
        per_1k(ours),
        per_1k(theirs),
        micros(median(&mut ours.sentence_times)),
        micros(median(&mut theirs.sentence_times)),
        micros(median(&mut ours.email_times)),
        micros(median(&mut theirs.email_times)),
    )
    .expect("write");
    let lists = [
        ("The mistakes Afterview misses", &ours.missed),
        (
            "Afterview's false alarms on the clean emails",
            &ours.false_alarms,
        ),
        (
            "Harper's false alarms on the clean emails",
            &theirs.false_alarms,
        ),
    ];
    for (heading, list) in lists {
        if list.is_empty() {
            continue;
        }
        writeln!(doc, "\n{heading}:\n").expect("write");
        for line in list {
            writeln!(doc, "- {}", line.replace('\n', " ")).expect("write");
        }
    }
}

fn micros(d: Duration) -> String {
    format!("{:.1} µs", d.as_secs_f64() * 1e6)
}

fn main() {
    let mut afterview_checker = Afterview {
        speller: afterview::native::speller().expect("dictionary"),
        state: empty_state(),
    };
    let mut harper = Harper::new();
    let tuning_clean = [CLEAN, CLEAN_FORMATS];
    let mut ours = score(&mut afterview_checker, MISTAKES, &tuning_clean);
    let mut theirs = score(&mut harper, MISTAKES, &tuning_clean);
    let mut held_out: Vec<(Scores, Scores)> = HELD_OUT
        .iter()
        .map(|part| {
            let clean = [part.clean];
            (
                score(&mut afterview_checker, part.mistakes, &clean),
                score(&mut harper, part.mistakes, &clean),
            )
        })
        .collect();

    let mut doc = String::new();
    let version = "3.0.0";
    let count = |texts: &[&str]| texts.iter().map(|t| emails(t).len()).sum::<usize>();
    writeln!(
        doc,
        "# Proofreading: Afterview and Harper on the same corpus\n\n\
         Written by `make compare` (tools/compare): Afterview's check (this repository) and \
         Harper (`harper-core` {version} from crates.io, its curated rules, American English) \
         on the corpus of `tests/data/proofreading/`. The tuning part ({} sentences with one \
         labelled mistake each, {} clean professional emails in plain paragraphs and in other \
         formats) is what the rules are written against. Each held-out part below was written \
         apart from the rules, and from the other parts, by someone who saw none of them; \
         general rules, each written on tuning sentences of its own, were later made for the \
         families the misses and false alarms of the earlier parts showed, so a part is \
         kinder the earlier it is. What each part read when it arrived is recorded beside its \
         floors in `tests/proofreading_corpus.rs`, which holds every part to them in \
         `make test`.\n\n\
         - **Recall**: a mistake is caught when a finding overlaps its span. Afterview's must \
         also have the labelled id (`grammar` or `spelling`); any Harper lint counts, since \
         its kinds do not map to ours.\n\
         - **False alarms**: every spelling or grammar finding on a clean email. Harper's style \
         suggestions (lint kinds Style, Enhancement, Readability, Redundancy) are left out of \
         its count and of its recall. Both know the names in the state (Harper through a \
         dictionary of the state's words merged with its own).\n\
         - **Time**: one check of one text, set-up excluded (Harper's dictionary and rules, \
         Afterview's speller), median over the sentences and over the emails, release build, \
         same machine, same run.",
        mistakes(MISTAKES).len(),
        count(&tuning_clean),
    )
    .expect("write");
    write_part(
        &mut doc,
        "Tuning part",
        "What the rules are written against.",
        &mut ours,
        &mut theirs,
    );
    for (part, (ours, theirs)) in HELD_OUT.iter().zip(held_out.iter_mut()) {
        let about = format!(
            "{} sentences with a mistake, {} clean emails, {} correct sentences close to a \
             mistake.",
            mistakes(part.mistakes).len(),
            count(&[part.clean]),
            clean_sentences(part.sentences).len(),
        );
        write_part(
            &mut doc,
            &capitalize(&format!("{} part", part.name)),
            &about,
            ours,
            theirs,
        );
        write_near_misses(
            &mut doc,
            part.name,
            part.sentences,
            &mut afterview_checker,
            &mut harper,
        );
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/proofreading.md");
    std::fs::write(path, &doc).expect("docs/proofreading.md");
    print!("{doc}");
}
