//! The sentence frames a note is put in: for each use of a note in a message and each
//! shape of note, several wordings (chosen by the recipient's place, so two interviewers
//! get different sentences). Every shape has frames; a note of no known shape gets a
//! neutral frame that quotes it after a colon, which reads well with any words.

use super::shape::{Phrase, Shape};
use crate::core::check::text::capitalize;

/// Where a note goes in a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Use {
    /// Something discussed (thank-you, card, LinkedIn note).
    Detail,
    /// What they need, with nothing of the user's to answer it.
    Need,
    /// The user's strength.
    Strength,
    /// Their doubt, when no second strength answers it.
    Gap,
    /// Their doubt, answered with a second strength (`{a}`).
    GapAnswered,
    /// A shared interest (LinkedIn message).
    Interest,
}

/// The frames of `use_` for a note of `shape` (`{n}` the note, `{N}` the note opening
/// the sentence, `{a}` the answer).
fn frames(use_: Use, shape: Shape) -> &'static [&'static str] {
    use Shape::*;
    match (use_, shape) {
        (Use::Detail, Clause) => &[
            "I especially appreciated that {n}.",
            "I keep thinking about how {n}.",
            "It has stayed with me that {n}.",
        ],
        (Use::Detail, Sentence) => &[
            "One part of our conversation has stayed with me: {n}.",
            "I keep coming back to one thing from our conversation: {n}.",
            "One moment of our conversation stays with me: {n}.",
        ],
        (Use::Detail, _) => &[
            "I especially enjoyed our conversation about {n}.",
            "Hearing about {n} gave me a much clearer picture of the team.",
            "Our discussion of {n} has stayed with me since.",
        ],
        (Use::Need, Someone) => &[
            "You are looking for {n}, and I would welcome the chance to be that person.",
            "You need {n}, and I would be glad to be that person.",
            "If you are still looking for {n}, I would love to be that person.",
        ],
        (Use::Need, Infinitive) => &[
            "I would welcome the chance to help you {n}.",
            "I would be glad to help your team {n}.",
            "I would love to help you {n}.",
        ],
        (Use::Need, Clause) => &[
            "You mentioned that {n}, and I would welcome the chance to help.",
            "I understand that {n}, and I would be glad to help.",
            "I heard that {n}, and I would love to help.",
        ],
        (Use::Need, Sentence) => &[
            "You described what the team needs: {n}. I would welcome the chance to help.",
            "One need you raised stays with me: {n}. I would be glad to help.",
            "I noted what you need: {n}. I would love to help.",
        ],
        (Use::Need, _) => &[
            "I would welcome the chance to help with {n}.",
            "I would be glad to help your team with {n}.",
            "I would love to help with {n}.",
        ],
        (Use::Strength, Clause) => &[
            "One thing I would bring to the team: {n}.",
            "{N}, and I would bring that experience to the team.",
            "What I would bring to the role: {n}.",
        ],
        (Use::Strength, Noun) => &[
            "I would bring {n} to the team.",
            "One thing I would bring to the team: {n}.",
            "What I would bring to the role: {n}.",
        ],
        (Use::Strength, Gerund) => &[
            "I would bring my experience in {n} to the team.",
            "One thing I would bring to the team: experience in {n}.",
            "What I would bring to the role: experience in {n}.",
        ],
        (Use::Strength, _) => &[
            "One thing I would bring to the team: {n}.",
            "Here is what I would bring to the role: {n}.",
            "What I would bring to the role: {n}.",
        ],
        (Use::Gap, Clause) => &[
            "You mentioned a concern that {n}; I would be glad to say more about it.",
            "As for your concern that {n}, I can say more if it helps.",
            "About your concern that {n}, I am happy to tell you more.",
        ],
        (Use::Gap, Sentence) => &[
            "You mentioned a concern ({n}), and I would be glad to say more about it.",
            "You raised a fair point ({n}), and I can say more if it helps.",
            "On the concern you raised ({n}), I am happy to tell you more.",
        ],
        (Use::Gap, _) => &[
            "You mentioned a concern about {n}; I would be glad to say more about it.",
            "If it helps, I can say more about {n}.",
            "I am happy to tell you more about {n}.",
        ],
        (Use::GapAnswered, Clause) => &[
            "On your concern that {n}: {a}.",
            "As for your concern that {n}: {a}.",
            "About your concern that {n}: {a}.",
        ],
        (Use::GapAnswered, Sentence) => &[
            "You mentioned a concern ({n}); my answer: {a}.",
            "You raised a fair point ({n}); in short: {a}.",
            "On the concern you raised ({n}), here is my answer: {a}.",
        ],
        (Use::GapAnswered, _) => &[
            "You mentioned a concern about {n}; my answer: {a}.",
            "About {n}, which you raised: {a}.",
            "As for your question about {n}: {a}.",
        ],
        (Use::Interest, Clause) => &[
            "Since our conversation I have been thinking about how {n}, and I would love to hear more of your view.",
            "I keep coming back to how {n}; I would love to hear more when you have a moment.",
        ],
        (Use::Interest, Sentence) => &[
            "Something from our conversation stayed with me: {n}. I would love to hear more of your view on it when you have a moment.",
            "I keep thinking about one thing we discussed: {n}. It would be great to hear how your team approaches it.",
        ],
        (Use::Interest, _) => &[
            "I have been thinking about {n} since our conversation, and it would be great to hear how your team approaches it.",
            "Our chat about {n} stayed with me, and I would love to hear more of your view on it when you have a moment.",
        ],
    }
}

/// The sentence `phrase` becomes in `use_`, in the wording `pick` chooses; `answer` fills
/// `{a}` (a gap's answer). A note that asked a question keeps its question mark.
pub fn sentence(use_: Use, phrase: &Phrase, pick: usize, answer: &str) -> String {
    // What to do is a topic once "how to" opens it ("how to reduce churn").
    let (text, shape) = if phrase.shape == Shape::Infinitive && use_ != Use::Need {
        (format!("how to {}", phrase.text), Shape::Noun)
    } else {
        (phrase.text.clone(), phrase.shape)
    };
    let list = frames(use_, shape);
    let frame = list[pick % list.len()];
    let frame = if phrase.question {
        if frame.contains("{n}.") {
            frame.replace("{n}.", "{n}?")
        } else {
            frame.replace("{n}", "{n}?")
        }
    } else {
        frame.to_string()
    };
    frame
        .replace("{a}", answer)
        .replace("{N}", &capitalize(&text))
        .replace("{n}", &text)
}
