//! A sentence in lower case, with its shorthand written out ("lmk", "refs") and a few
//! variants said one way ("move ahead" as "move forward"), and a quick test of the
//! phrases it may hold. Reading looks
//! for some hundreds of phrases in every sentence; each three-byte sequence of the
//! sentence is marked in a small bit set, so a phrase whose opening three bytes are not
//! marked is ruled out without a search, and a 2,000-word message is read in well under a
//! millisecond.

use super::cues;
use std::ops::Deref;

/// Bits in the set of marks.
const BITS: usize = 1024;

/// A sentence in lower case and the marks of its three-byte sequences.
#[derive(Debug, Clone)]
pub struct Lower {
    text: String,
    marks: [u64; BITS / 64],
}

/// The bit a three-byte sequence marks.
fn slot(gram: &[u8]) -> usize {
    let hash = u32::from(gram[0]).wrapping_mul(0x9E37_79B1)
        ^ u32::from(gram[1]).wrapping_mul(0x85EB_CA6B)
        ^ u32::from(gram[2]).wrapping_mul(0xC2B2_AE35);
    (hash >> 7) as usize % BITS
}

impl Lower {
    /// `sentence` in lower case, its shorthand and variants said one way
    /// ([`cues::SAID_AS`]), marked.
    pub fn new(sentence: &str) -> Lower {
        let text = said_one_way(sentence.to_lowercase());
        let mut marks = [0u64; BITS / 64];
        for gram in text.as_bytes().windows(3) {
            let at = slot(gram);
            marks[at / 64] |= 1 << (at % 64);
        }
        Lower { text, marks }
    }

    /// Whether the sentence may hold `phrase` (it surely does not when false); any part
    /// of the sentence may hold it no more than the whole.
    pub fn may_hold(&self, phrase: &str) -> bool {
        let bytes = phrase.as_bytes();
        bytes.len() < 3 || {
            let at = slot(&bytes[..3]);
            self.marks[at / 64] & (1 << (at % 64)) != 0
        }
    }

    /// Whether `part` (the sentence or a part of it) holds `phrase`.
    pub fn has_in(&self, part: &str, phrase: &str) -> bool {
        self.may_hold(phrase) && part.contains(phrase)
    }

    /// Whether `part` (the sentence or a part of it) holds any of `list`.
    pub fn has_any_in(&self, part: &str, list: &[&str]) -> bool {
        list.iter().any(|p| self.has_in(part, p))
    }

    /// Whether the sentence holds any of `list`.
    pub fn holds_any(&self, list: &[&str]) -> bool {
        self.has_any_in(&self.text, list)
    }
}

/// `text` with each phrase of [`cues::SAID_AS`] that stands as whole words replaced by
/// the way it is usually said.
fn said_one_way(mut text: String) -> String {
    for (variant, usual) in cues::SAID_AS {
        if !text.contains(variant) {
            continue;
        }
        let bytes = text.as_bytes();
        let mut out = String::with_capacity(text.len() + 16);
        let mut copied = 0;
        for (at, _) in text.match_indices(variant) {
            let end = at + variant.len();
            let whole = (at == 0 || !bytes[at - 1].is_ascii_alphanumeric())
                && bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric())
                // A letter alone is a word only before a space or a sentence's end ("u",
                // not "U.S." nor "R&D").
                && (variant.len() > 1
                    || (at == 0 || bytes[at - 1] == b' ')
                        && bytes.get(end).is_none_or(|b| b" ?!,".contains(b)));
            if whole && at >= copied {
                out.push_str(&text[copied..at]);
                out.push_str(usual);
                copied = end;
            }
        }
        out.push_str(&text[copied..]);
        text = out;
    }
    text
}

impl Deref for Lower {
    type Target = str;

    fn deref(&self) -> &str {
        &self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_test_never_rules_out_a_phrase_that_is_there() {
        let lower = Lower::new("We Have Selected Another Candidate, I'm afraid.");
        for phrase in ["selected", "another candidate", "i'm", "e, i", "we"] {
            assert!(
                lower.may_hold(phrase) && lower.holds_any(&[phrase]),
                "{phrase}"
            );
        }
        assert!(!lower.holds_any(&["offer", "interview"]));
        assert_eq!(&*lower, "we have selected another candidate, i'm afraid.");
    }

    #[test]
    fn shorthand_and_variants_are_said_one_way() {
        assert_eq!(
            &*Lower::new("Can you send 2 refs? LMK by Wed."),
            "can you send 2 references? let me know by wed."
        );
        assert_eq!(
            &*Lower::new("We're moving ahead with them."),
            "we're moving forward with them."
        );
        assert_eq!(&*Lower::new("Prefsrefs unchanged"), "prefsrefs unchanged");
        assert_eq!(
            &*Lower::new("We decided to not proceed."),
            "we decided not to proceed."
        );
        assert_eq!(
            &*Lower::new("can u do a call w/ our CTO? r u free?"),
            "can you do a call with our cto? are you free?"
        );
        assert_eq!(
            &*Lower::new("U.S. work permit, R&D team, Mr R Smith's u-turn"),
            "u.s. work permit, r&d team, mr r smith's u-turn"
        );
    }
}
