//! Training the learned reader ([`super::learned`]) on the reading corpus, and the test
//! that the weights in [`super::weights`] are what training gives today. Run with
//! `AFTERVIEW_WRITE_READER_MODEL=1` (`make reader-model`) to write them after the corpus
//! or the features change.
//!
//! The model learns from the tuning part and the held-out parts up to the thirteenth;
//! the later held-out parts are never trained on, so they still measure the reader on
//! wording it has not seen (`tests/read_corpus.rs`).
//!
//! Training is plain stochastic gradient descent on a softmax over the nine kinds, in a
//! fixed order (a seeded shuffle), so the same corpus always gives the same weights: the
//! features seen in at least [`MIN_MESSAGES`] messages are trained, the [`KEPT`] that
//! weigh most are kept and trained again alone, and their weights are stored as bytes.

use super::learned::{self, Feature};
use super::{deciding, fresh, layout, sentences_in, Says};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

/// The parts trained on.
const PARTS: [&str; 15] = [
    include_str!("../../../tests/data/read/messages.json"),
    include_str!("../../../tests/data/read/styles.json"),
    include_str!("../../../tests/data/read/heldout.json"),
    include_str!("../../../tests/data/read/heldout-2.json"),
    include_str!("../../../tests/data/read/heldout-3.json"),
    include_str!("../../../tests/data/read/heldout-4.json"),
    include_str!("../../../tests/data/read/heldout-5.json"),
    include_str!("../../../tests/data/read/heldout-6.json"),
    include_str!("../../../tests/data/read/heldout-7.json"),
    include_str!("../../../tests/data/read/heldout-8.json"),
    include_str!("../../../tests/data/read/heldout-9.json"),
    include_str!("../../../tests/data/read/heldout-10.json"),
    include_str!("../../../tests/data/read/heldout-11.json"),
    include_str!("../../../tests/data/read/heldout-12.json"),
    include_str!("../../../tests/data/read/heldout-13.json"),
];

/// A feature is trained when at least this many messages hold it.
const MIN_MESSAGES: usize = 3;
/// How many features the stored model keeps.
const KEPT: usize = 2000;
/// Passes over the corpus.
const EPOCHS: usize = 8;
/// The step of each update.
const RATE: f64 = 0.2;
/// How much each update shrinks a weight towards zero.
const SHRINK: f64 = 1e-4;

#[derive(Deserialize)]
struct Expected {
    says: Says,
}

#[derive(Deserialize)]
struct Message {
    subject: String,
    body: String,
    expect: Expected,
}

/// One message as the model is trained on it: its features, its kind's index and the
/// index of its part in [`PARTS`].
struct Example {
    features: Vec<Feature>,
    kind: usize,
    part: usize,
}

/// Every message of the parts trained on, read as the reader reads it, and the words
/// each feature stands for (the first in byte order, should two share a hash).
fn examples() -> (Vec<Example>, BTreeMap<Feature, String>) {
    let mut names: BTreeMap<Feature, String> = BTreeMap::new();
    let examples = PARTS
        .iter()
        .enumerate()
        .flat_map(|(part, json)| {
            let messages: Vec<Message> = serde_json::from_str(json).expect("corpus");
            messages.into_iter().map(move |m| (part, m))
        })
        .map(|(part, m)| {
            let text = layout::spelled_dates(&fresh::new_text(&m.body));
            let sentences = deciding(sentences_in(&text));
            for (feature, words) in learned::named_features(&m.subject, &sentences) {
                let name = names.entry(feature).or_insert_with(|| words.clone());
                if words < *name {
                    *name = words;
                }
            }
            Example {
                features: learned::features(&m.subject, &sentences),
                kind: Says::ALL
                    .iter()
                    .position(|k| *k == m.expect.says)
                    .expect("kind"),
                part,
            }
        })
        .collect();
    (examples, names)
}

/// A seeded shuffle of `0..n` (a linear congruential generator: the same on every
/// machine).
fn shuffled(n: usize, seed: &mut u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        *seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let j = (*seed >> 33) as usize % (i + 1);
        order.swap(i, j);
    }
    order
}

/// The weights of each feature in `vocabulary` and the biases, trained on `examples`.
fn train(
    examples: &[&Example],
    vocabulary: &BTreeSet<Feature>,
) -> (BTreeMap<Feature, [f64; 9]>, [f64; 9]) {
    let index: BTreeMap<Feature, usize> = vocabulary
        .iter()
        .enumerate()
        .map(|(i, f)| (*f, i))
        .collect();
    let rows: Vec<Vec<usize>> = examples
        .iter()
        .map(|e| {
            e.features
                .iter()
                .filter_map(|f| index.get(f).copied())
                .collect()
        })
        .collect();
    let mut weights = vec![[0f64; 9]; vocabulary.len()];
    let mut bias = [0f64; 9];
    let mut seed = 7u64;
    for _ in 0..EPOCHS {
        for at in shuffled(examples.len(), &mut seed) {
            let row = &rows[at];
            let norm = 1.0 / ((row.len() + 1) as f64).sqrt();
            let mut logits = bias;
            for &f in row {
                for (l, w) in logits.iter_mut().zip(weights[f]) {
                    *l += norm * w;
                }
            }
            let top = logits.iter().copied().fold(f64::MIN, f64::max);
            let exps = logits.map(|l| (l - top).exp());
            let sum: f64 = exps.iter().sum();
            let error: [f64; 9] = std::array::from_fn(|k| {
                exps[k] / sum - f64::from(u8::from(k == examples[at].kind))
            });
            for k in 0..9 {
                bias[k] -= RATE * error[k];
            }
            for &f in row {
                for k in 0..9 {
                    weights[f][k] -= RATE * (error[k] * norm + SHRINK * weights[f][k]);
                }
            }
        }
    }
    let trained = vocabulary.iter().copied().zip(weights).collect();
    (trained, bias)
}

/// The model for `examples`: trained on the features common enough, then again on the
/// [`KEPT`] that weigh most.
fn model(examples: &[&Example]) -> (BTreeMap<Feature, [f64; 9]>, [f64; 9]) {
    let mut holders: BTreeMap<Feature, usize> = BTreeMap::new();
    for e in examples {
        for f in &e.features {
            *holders.entry(*f).or_default() += 1;
        }
    }
    let common: BTreeSet<Feature> = holders
        .into_iter()
        .filter(|(_, n)| *n >= MIN_MESSAGES)
        .map(|(f, _)| f)
        .collect();
    let (first, _) = train(examples, &common);
    let mut by_weight: Vec<(&Feature, f64)> = first
        .iter()
        .map(|(f, w)| (f, w.iter().fold(0f64, |m, x| m.max(x.abs()))))
        .collect();
    by_weight.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let kept: BTreeSet<Feature> = by_weight.into_iter().take(KEPT).map(|(f, _)| *f).collect();
    train(examples, &kept)
}

/// The weights file for `examples`' [`model`], its weights stored as bytes and each
/// feature's words (`names`) beside it.
fn weights_file(examples: &[Example], names: &BTreeMap<Feature, String>) -> String {
    let (weights, bias) = model(&examples.iter().collect::<Vec<_>>());
    let largest = weights.values().flatten().fold(0f64, |m, x| m.max(x.abs()));
    let scale = (largest / 127.0) as f32;
    let mut out = String::from(
        "//! The learned reader's weights, as training on the reading corpus gives them\n\
         //! (`training`; `make reader-model` writes this file). Generated: not edited by hand.\n\n",
    );
    out += "/// What one step of a stored weight is worth.\n";
    out += &format!("pub(super) const SCALE: f32 = {scale:?};\n\n");
    out += "/// Each kind's weight before any word, in `Says::ALL`'s order.\n";
    out += &format!(
        "pub(super) const BIAS: [f32; 9] = {:?};\n\n",
        bias.map(|b| b as f32)
    );
    out +=
        "/// Each feature (the hash of a word or a pair of words, in order; the words beside it)\n";
    out += "/// and its weight for each kind.\n";
    out += &format!(
        "pub(super) static FEATURES: [(u32, [i8; 9]); {}] = [\n",
        weights.len()
    );
    for (feature, w) in &weights {
        let bytes = w.map(|x| (x / f64::from(scale)).round() as i8);
        out += &format!(
            "    ({feature:#010x}, {bytes:?}), // {:?}\n",
            names[feature]
        );
    }
    out += "];\n";
    out
}

#[test]
fn the_stored_weights_are_what_the_corpus_trains() {
    let (examples, names) = examples();
    let trained = weights_file(&examples, &names);
    if std::env::var_os("AFTERVIEW_WRITE_READER_MODEL").is_some() {
        std::fs::write(
            concat!(env!("CARGO_MANIFEST_DIR"), "/src/core/read/weights.rs"),
            &trained,
        )
        .expect("write");
        return;
    }
    assert!(
        trained == include_str!("weights.rs"),
        "the reader's weights are out of date: run `make reader-model`"
    );
}

/// How the model alone (no rules) reads each part when trained on all the others: what
/// it knows of wording it never saw. Slow in a debug build; run it with `cargo test
/// --release --lib read::training -- --ignored --nocapture`.
#[test]
#[ignore]
fn each_part_read_by_a_model_trained_on_the_others() {
    let (examples, _) = examples();
    for part in 0..PARTS.len() {
        let (taught, kept): (Vec<&Example>, Vec<&Example>) =
            examples.iter().partition(|e| e.part != part);
        let (weights, bias) = model(&taught);
        let right = kept
            .iter()
            .filter(|e| {
                let known: Vec<&[f64; 9]> =
                    e.features.iter().filter_map(|f| weights.get(f)).collect();
                let norm = 1.0 / ((known.len() + 1) as f64).sqrt();
                let logits: [f64; 9] = std::array::from_fn(|k| {
                    bias[k] + norm * known.iter().map(|w| w[k]).sum::<f64>()
                });
                let best = (0..9).fold(0, |b, k| if logits[k] > logits[b] { k } else { b });
                best == e.kind
            })
            .count();
        println!(
            "part {part}: {right}/{} = {:.3}",
            kept.len(),
            right as f64 / kept.len() as f64
        );
    }
}
