//! The words of a draft with what lies between them: whether two words are in the same
//! clause (only spaces between them), where a clause or sentence starts and ends, and
//! which words are part of a hyphenated compound. For the rules that read a word with
//! its neighbours (confusions, articles, apostrophes).

use super::layout::Layout;
use super::text::Word;
use super::Input;
use std::borrow::Cow;

/// Titles written with a full stop before a name ("Mr. Okafor"): the stop ends nothing.
const TITLES: &[&str] = &["Mr", "Mrs", "Ms", "Mx", "Dr", "Prof"];

/// What lies after a word, worked out once: whether the next word is in the same clause,
/// whether a clause or a sentence ends there, and whether the word has a typographic
/// apostrophe. One byte a word ([`gap_marks`]).
mod mark {
    /// The next word follows in the same clause (only spaces, a hard wrap or a title's
    /// full stop between).
    pub const JOINED: u8 = 1;
    /// A clause ends after the word: punctuation or a line break follows, or nothing.
    pub const ENDS: u8 = 2;
    /// One of `.;:!?` or a line break that is not a hard wrap comes before the next word.
    pub const CLAUSE_BREAK: u8 = 4;
    /// One of `.!?` or a line break that is not a hard wrap comes before the next word.
    pub const SENTENCE_BREAK: u8 = 8;
    /// The word has a typographic apostrophe.
    pub const CURLY: u8 = 16;
}

/// The marks ([`mark`]) of each word of `list`, the words of `body` in order, as
/// [`Clauses`] reads them: found once for the body's words and kept in the check's input.
pub(super) fn gap_marks(body: &str, layout: &Layout, list: &[Word]) -> Vec<u8> {
    (0..list.len())
        .map(|k| marks_after(body, layout, list, k))
        .collect()
}

/// The marks of word `k` of `list`.
fn marks_after(body: &str, layout: &Layout, list: &[Word], k: usize) -> u8 {
    let word = &list[k];
    let gap = list.get(k + 1).map(|next| &body[word.end..next.start]);
    // Most words have an apostrophe-free word and one space after them.
    let curly = if word.text.as_bytes().contains(&0xE2) && word.text.contains('’') {
        mark::CURLY
    } else {
        0
    };
    if gap == Some(" ") {
        return mark::JOINED | curly;
    }
    let wraps = gap.is_some_and(|gap| {
        gap.bytes().all(|b| b.is_ascii_whitespace())
            && gap.bytes().filter(|&b| b == b'\n').count() == 1
            && layout.continues_paragraph(list[k + 1].start)
    });
    // "Dr. Ellis": a title whose full stop comes before a name ends nothing.
    let title = gap.is_some_and(|gap| {
        gap.len() > 1 && gap.starts_with('.') && gap.bytes().skip(1).all(|b| b == b' ')
    }) && TITLES.contains(&word.text)
        && list[k + 1].text.starts_with(|c: char| c.is_uppercase());
    let spaced =
        gap.is_some_and(|gap| !gap.is_empty() && gap.bytes().all(|b| b == b' ' || b == b'\t'));
    let breaks = |marks: &[u8]| {
        !title
            && gap.is_some_and(|gap| {
                gap.bytes().any(|b| marks.contains(&b)) || gap.contains('\n') && !wraps
            })
    };
    let rest = gap.unwrap_or(&body[word.end..]);
    let ends = !title
        && (rest.is_empty()
            || rest.bytes().any(|b| b".,;:!?".contains(&b))
            || rest.contains('\n') && !wraps);
    let mut marks = curly;
    if spaced || wraps || title {
        marks |= mark::JOINED;
    }
    if ends {
        marks |= mark::ENDS;
    }
    if breaks(b".;:!?") {
        marks |= mark::CLAUSE_BREAK;
    }
    if breaks(b".!?") {
        marks |= mark::SENTENCE_BREAK;
    }
    marks
}

/// The words of a draft (outside links) and the text around them.
pub(super) struct Clauses<'a> {
    body: &'a str,
    body_lower: &'a str,
    list: &'a [Word<'a>],
    /// The marks of each word of `list`: the input's own when `list` is all the body's
    /// words, else worked out for `list` (words left out change what lies between).
    marks: Cow<'a, [u8]>,
}

impl<'a> Clauses<'a> {
    /// The words `list` of the input's body.
    pub(super) fn new(input: &'a Input, list: &'a [Word<'a>]) -> Self {
        let all_words = list.len() == input.words.len()
            && list.first().map(|w| w.start) == input.words.first().map(|w| w.start);
        let marks = if all_words {
            Cow::Borrowed(input.gap_marks.as_slice())
        } else {
            Cow::Owned(gap_marks(&input.draft.body, &input.layout, list))
        };
        Clauses {
            body: &input.draft.body,
            body_lower: &input.body_lower,
            list,
            marks,
        }
    }

    /// The text between word `k` and the next one.
    fn gap_after(&self, k: usize) -> Option<&'a str> {
        let next = self.list.get(k + 1)?;
        Some(&self.body[self.list[k].end..next.start])
    }

    /// Whether word `k` has mark `flag`.
    fn has(&self, k: usize, flag: u8) -> bool {
        self.marks[k] & flag != 0
    }

    /// How many words.
    pub(super) fn len(&self) -> usize {
        self.list.len()
    }

    /// Word `k` as written.
    pub(super) fn original(&self, k: usize) -> &'a str {
        self.list[k].text
    }

    /// Word `k` in ASCII lower case, with a typographic apostrophe written as `'`.
    pub(super) fn lower(&self, k: usize) -> Cow<'a, str> {
        let w = &self.list[k];
        let lower = &self.body_lower[w.start..w.end];
        if self.has(k, mark::CURLY) {
            Cow::Owned(lower.replace('’', "'"))
        } else {
            Cow::Borrowed(lower)
        }
    }

    /// The next word, if it follows word `k` in the same clause (only spaces between,
    /// the line break of a hard-wrapped paragraph, or the full stop of a title).
    pub(super) fn next(&self, k: usize) -> Option<usize> {
        self.has(k, mark::JOINED).then_some(k + 1)
    }

    /// The previous word, if word `k` follows it in the same clause.
    pub(super) fn previous(&self, k: usize) -> Option<usize> {
        k.checked_sub(1).filter(|&p| self.has(p, mark::JOINED))
    }

    /// Whether a clause ends after word `k`: punctuation or a line break follows, or
    /// nothing does.
    pub(super) fn ends_after(&self, k: usize) -> bool {
        self.has(k, mark::ENDS)
    }

    /// Whether word `k` starts a sentence or a clause after `;` or `:` (not after a comma).
    pub(super) fn starts_at(&self, k: usize) -> bool {
        k == 0 || self.has(k - 1, mark::CLAUSE_BREAK)
    }

    /// The first word of the sentence that word `k` is in.
    pub(super) fn sentence_start(&self, k: usize) -> usize {
        self.marks[..k]
            .iter()
            .rposition(|m| m & mark::SENTENCE_BREAK != 0)
            .map_or(0, |j| j + 1)
    }

    /// Whether word `k` is part of a hyphenated compound ("on-call", "one-on-one").
    pub(super) fn in_compound(&self, k: usize) -> bool {
        let w = &self.list[k];
        let bytes = self.body.as_bytes();
        w.start.checked_sub(1).is_some_and(|i| bytes[i] == b'-') || bytes.get(w.end) == Some(&b'-')
    }

    /// The next word, if a hyphen alone joins it to word `k` ("role" and "out" in
    /// "role-out").
    pub(super) fn joined(&self, k: usize) -> Option<usize> {
        (self.gap_after(k)? == "-").then_some(k + 1)
    }

    /// The last word of the hyphenated compound that word `k` starts ("start" in
    /// "start-up" → "up"), or `k` itself.
    pub(super) fn compound_end(&self, k: usize) -> usize {
        let mut end = k;
        while let Some(next) = self.joined(end) {
            end = next;
        }
        end
    }
}
