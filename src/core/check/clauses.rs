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

/// The words of a draft (outside links) and the text around them.
pub(super) struct Clauses<'a> {
    body: &'a str,
    body_lower: &'a str,
    list: &'a [Word<'a>],
    layout: &'a Layout,
    /// Whether the body has a typographic apostrophe at all (most have none: then no
    /// word is searched for one).
    curly: bool,
}

impl<'a> Clauses<'a> {
    /// The words `list` of the input's body.
    pub(super) fn new(input: &'a Input, list: &'a [Word<'a>]) -> Self {
        Clauses {
            body: &input.draft.body,
            body_lower: &input.body_lower,
            list,
            layout: &input.layout,
            curly: input.body_lower.contains('’'),
        }
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
        if self.curly && lower.contains('’') {
            Cow::Owned(lower.replace('’', "'"))
        } else {
            Cow::Borrowed(lower)
        }
    }

    /// The text between word `k` and the next one.
    fn gap_after(&self, k: usize) -> Option<&'a str> {
        let next = self.list.get(k + 1)?;
        Some(&self.body[self.list[k].end..next.start])
    }

    /// Whether the gap after word `k` is the line break of a hard-wrapped paragraph:
    /// white space with one line break, the next line continuing the paragraph.
    fn wraps_after(&self, k: usize) -> bool {
        self.gap_after(k).is_some_and(|gap| {
            gap.bytes().all(|b| b.is_ascii_whitespace())
                && gap.bytes().filter(|&b| b == b'\n').count() == 1
                && self.layout.continues_paragraph(self.list[k + 1].start)
        })
    }

    /// Whether word `k` is a title whose full stop comes before a name ("Dr. Ellis").
    fn title_before_name(&self, k: usize) -> bool {
        TITLES.contains(&self.list[k].text)
            && self.gap_after(k).is_some_and(|gap| {
                gap.len() > 1 && gap.starts_with('.') && gap.bytes().skip(1).all(|b| b == b' ')
            })
            && self.list[k + 1]
                .text
                .starts_with(|c: char| c.is_uppercase())
    }

    /// The next word, if it follows word `k` in the same clause (only spaces between,
    /// the line break of a hard-wrapped paragraph, or the full stop of a title).
    pub(super) fn next(&self, k: usize) -> Option<usize> {
        let spaced = self
            .gap_after(k)
            .is_some_and(|gap| !gap.is_empty() && gap.bytes().all(|b| b == b' ' || b == b'\t'));
        (spaced || self.wraps_after(k) || self.title_before_name(k)).then_some(k + 1)
    }

    /// The previous word, if word `k` follows it in the same clause.
    pub(super) fn previous(&self, k: usize) -> Option<usize> {
        k.checked_sub(1).filter(|&p| self.next(p) == Some(k))
    }

    /// Whether a clause ends after word `k`: punctuation or a line break follows, or
    /// nothing does.
    pub(super) fn ends_after(&self, k: usize) -> bool {
        if self.title_before_name(k) {
            return false;
        }
        let rest = match self.gap_after(k) {
            Some(gap) => gap,
            None => &self.body[self.list[k].end..],
        };
        rest.is_empty()
            || rest.bytes().any(|b| b".,;:!?".contains(&b))
            || rest.contains('\n') && !self.wraps_after(k)
    }

    /// Whether word `k` starts a sentence or a clause after `;` or `:` (not after a comma).
    pub(super) fn starts_at(&self, k: usize) -> bool {
        k == 0 || self.breaks_after(k - 1, b".;:!?")
    }

    /// Whether the gap after word `k` holds one of `marks` or a line break that is not
    /// a hard wrap.
    fn breaks_after(&self, k: usize, marks: &[u8]) -> bool {
        !self.title_before_name(k)
            && self.gap_after(k).is_some_and(|gap| {
                gap.bytes().any(|b| marks.contains(&b))
                    || gap.contains('\n') && !self.wraps_after(k)
            })
    }

    /// The first word of the sentence that word `k` is in.
    pub(super) fn sentence_start(&self, k: usize) -> usize {
        (1..=k)
            .rev()
            .find(|&j| self.breaks_after(j - 1, b".!?"))
            .unwrap_or(0)
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
