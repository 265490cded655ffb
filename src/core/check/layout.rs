//! The parts of an email, line by line: greeting, prose, list items (bullets, numbers,
//! `Key: value` lines), sign-off, signature block (name, title | company, phone, email,
//! address lines) and quoted history. Found once per check, before the sentence rules,
//! which read prose only; hard-wrapped prose lines are one paragraph, and a line break
//! inside it ends no sentence. Spans are byte offsets of the original text.

use super::text::find_phrases;
use crate::core::lexicon::phrases::{CLOSINGS, FOREIGN_CLOSINGS, GREETINGS, NAMELESS_GREETINGS};

/// What a line of an email is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Nothing but white space.
    Blank,
    /// The opening line ("Dear Priya,").
    Greeting,
    /// Running text, in sentences.
    Prose,
    /// A bulleted or numbered list item ("- the budget", "2. Proof of address").
    Item,
    /// A `Key: value` line ("Start date: 2 February").
    Field,
    /// A formal letter's subject line, alone after the greeting ("Appointment to the
    /// post of Housing Officer").
    Heading,
    /// The sign-off ("Kind regards,", "Bien cordialement,").
    SignOff,
    /// A line of the signature block after the sign-off, or a contact line (a phone
    /// number, an address, "Senior Recruiter | Acme Corp").
    Signature,
    /// Quoted history: "> …" lines, and everything from "On … wrote:", "-----Original
    /// Message-----" or a forwarded header on.
    Quoted,
}

/// One line: its trimmed byte span and what it is.
#[derive(Debug, Clone, Copy)]
pub struct Line {
    /// Byte offset of its first non-blank character.
    pub start: usize,
    /// Byte offset after its last non-blank character.
    pub end: usize,
    /// What it is.
    pub part: Part,
}

/// The lines of a body with their parts.
pub struct Layout {
    /// Every line, in order (blank ones too).
    pub lines: Vec<Line>,
}

/// Most words of a greeting, sign-off or signature line.
const SHORT_LINE: usize = 8;

/// Labels of contact lines ("Tel: 0161 …", "E: name@…").
const CONTACT_LABELS: &[&str] = &[
    "t",
    "e",
    "m",
    "w",
    "p",
    "f",
    "tel",
    "phone",
    "mobile",
    "cell",
    "fax",
    "email",
    "e-mail",
    "web",
    "website",
    "office",
    "direct",
    "main",
    "linkedin",
    "portfolio",
    "pronouns",
];

impl Layout {
    /// The layout of `body`; `lower` is `body` ASCII-lower-cased.
    pub fn new(body: &str, lower: &str) -> Layout {
        let mut lines = Vec::new();
        let mut offset = 0;
        for raw in body.split_inclusive('\n') {
            let trimmed = raw.trim();
            let start = offset + (raw.len() - raw.trim_start().len());
            let part = if trimmed.is_empty() {
                Part::Blank
            } else {
                Part::Prose
            };
            lines.push(Line {
                start,
                end: start + trimmed.len(),
                part,
            });
            offset += raw.len();
        }
        let mut layout = Layout { lines };
        layout.mark_quoted(body, lower);
        layout.mark_greeting(body, lower);
        layout.mark_heading(body);
        layout.mark_sign_off(body, lower);
        layout.mark_lists_and_contacts(body, lower);
        layout.mark_title_runs(body);
        layout
    }

    /// The part of the line holding byte `at`.
    pub fn part_at(&self, at: usize) -> Part {
        let i = self.lines.partition_point(|l| l.start <= at);
        i.checked_sub(1)
            .map_or(Part::Blank, |i| match self.lines[i] {
                line if at <= line.end => line.part,
                _ => Part::Blank,
            })
    }

    /// Whether byte `at` is in quoted history.
    pub fn is_quoted(&self, at: usize) -> bool {
        self.part_at(at) == Part::Quoted
    }

    /// The spans of quoted history, line by line.
    pub fn quoted(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.lines
            .iter()
            .filter(|l| l.part == Part::Quoted)
            .map(|l| (l.start, l.end))
    }

    /// The byte offset where the writer's own text ends: the start of the quoted
    /// history, or the end of the text.
    pub fn own_end(&self, body: &str) -> usize {
        let first_quote = self
            .lines
            .iter()
            .position(|l| l.part == Part::Quoted)
            .unwrap_or(self.lines.len());
        // Quoted lines may be interleaved with answers: own text runs to after the
        // last line that is not quoted.
        let last_own = self.lines[first_quote..]
            .iter()
            .rposition(|l| !matches!(l.part, Part::Quoted | Part::Blank))
            .map(|k| first_quote + k);
        match last_own {
            Some(k) => self.lines[k].end,
            None => self.lines.get(first_quote).map_or(body.len(), |l| l.start),
        }
    }

    /// Whether byte `at` is on a prose line that continues the paragraph of the line
    /// before it (a hard-wrapped line).
    pub fn continues_paragraph(&self, at: usize) -> bool {
        let i = self.lines.partition_point(|l| l.start <= at);
        i >= 2 && self.lines[i - 1].part == Part::Prose && self.lines[i - 2].part == Part::Prose
    }

    /// Whether byte `at` starts a line right under a list item (no blank line between).
    pub fn follows_item(&self, at: usize) -> bool {
        let i = self.lines.partition_point(|l| l.start <= at);
        i >= 2 && self.lines[i - 1].start == at && self.lines[i - 2].part == Part::Item
    }

    /// Prose paragraphs: runs of prose lines, as byte spans.
    pub fn paragraphs(&self) -> Vec<(usize, usize)> {
        let mut spans = Vec::new();
        let mut open: Option<(usize, usize)> = None;
        for line in &self.lines {
            if line.part == Part::Prose {
                open = Some(open.map_or((line.start, line.end), |(s, _)| (s, line.end)));
            } else if let Some(span) = open.take() {
                spans.push(span);
            }
        }
        spans.extend(open);
        spans
    }

    /// The sentences of the prose paragraphs (a line break inside a paragraph is a
    /// space), and the greeting and sign-off lines, which start like sentences.
    pub fn sentences(&self, body: &str) -> Vec<(usize, usize)> {
        let mut spans: Vec<(usize, usize)> = self
            .lines
            .iter()
            .filter(|l| matches!(l.part, Part::Greeting | Part::SignOff))
            .map(|l| (l.start, l.end))
            .collect();
        for (s, e) in self.paragraphs() {
            spans.extend(
                super::text::sentences_across_lines(&body[s..e])
                    .into_iter()
                    .map(|(a, b)| (s + a, s + b)),
            );
        }
        spans.sort_unstable();
        spans
    }

    /// The writer's own lines (not quoted), by index.
    fn own(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.lines.len()).filter(|&i| !matches!(self.lines[i].part, Part::Quoted))
    }

    fn mark_quoted(&mut self, body: &str, lower: &str) {
        let mut history = false;
        for i in 0..self.lines.len() {
            let Line { start, end, part } = self.lines[i];
            if part == Part::Blank {
                continue;
            }
            let text = &body[start..end];
            let low = &lower[start..end];
            let next = self.lines[i + 1..]
                .iter()
                .find(|l| l.part != Part::Blank)
                .map_or("", |l| &lower[l.start..l.end]);
            history = history
                || (low.starts_with("on ") && low.ends_with("wrote:"))
                || low.ends_with(" wrote:")
                || (text.starts_with("---") && low.contains("message"))
                || (text.starts_with("___") && text.bytes().all(|b| b == b'_'))
                || (low.starts_with("from:")
                    && ["sent:", "date:", "to:"]
                        .iter()
                        .any(|h| next.starts_with(h)));
            if history || text.starts_with('>') {
                self.lines[i].part = Part::Quoted;
            }
        }
    }

    fn mark_greeting(&mut self, body: &str, lower: &str) {
        let Some(i) = self.own().find(|&i| self.lines[i].part == Part::Prose) else {
            return;
        };
        let Line { start, end, .. } = self.lines[i];
        let low = &lower[start..end];
        let opens = [GREETINGS, NAMELESS_GREETINGS]
            .iter()
            .any(|list| find_phrases(low, list).first().is_some_and(|f| f.0 == 0));
        let short = low.split_whitespace().count() <= SHORT_LINE;
        // "Bon dia Ana,", "Ana,": a greeting in any language, a name and a comma alone
        // on the first line.
        let any_language = low.ends_with(',')
            && low.split_whitespace().count() <= 3
            && !is_closing_line(&body[start..end], low);
        if (opens && short || any_language) && !low.ends_with(['.', '?']) {
            self.lines[i].part = Part::Greeting;
        }
    }

    /// The first line after the greeting when it stands alone, is short and ends with
    /// no punctuation: a subject line, not a sentence.
    fn mark_heading(&mut self, body: &str) {
        let Some(greeting) = self.lines.iter().position(|l| l.part == Part::Greeting) else {
            return;
        };
        let mut rest =
            (greeting + 1..self.lines.len()).filter(|&i| self.lines[i].part != Part::Blank);
        let Some(i) = rest.next() else { return };
        let line = self.lines[i];
        let text = &body[line.start..line.end];
        let alone = self.lines.get(i + 1).is_none_or(|l| l.part == Part::Blank)
            && self.lines[i - 1].part == Part::Blank;
        let short = text.split_whitespace().count() <= 12;
        if line.part == Part::Prose
            && alone
            && short
            && text.ends_with(|c: char| c.is_alphanumeric())
            && text.starts_with(|c: char| c.is_uppercase())
            && rest.next().is_some()
        {
            self.lines[i].part = Part::Heading;
        }
    }

    /// The sign-off: a closing phrase alone on its line (or with the writer's name), or
    /// a short line ending in a comma that only signature lines follow. Every line
    /// after it, up to the quoted history, is the signature.
    fn mark_sign_off(&mut self, body: &str, lower: &str) {
        let own: Vec<usize> = self
            .own()
            .filter(|&i| self.lines[i].part != Part::Blank)
            .collect();
        let tail_from = own.len().saturating_sub(SHORT_LINE);
        let Some(at) = (tail_from..own.len()).find(|&k| {
            let line = self.lines[own[k]];
            let text = &body[line.start..line.end];
            // Asked only of a line that may be a sign-off: most lines are not.
            let signature_follows = || {
                own[k + 1..].iter().all(|&j| {
                    let l = self.lines[j];
                    is_signature_like(&body[l.start..l.end])
                })
            };
            // "With every good wish for the search," or "With warm wishes and thanks"
            // over a name: a longer sign-off, known by the name under it.
            let name_follows = || {
                own.len() - k <= 5
                    && own.get(k + 1).is_some_and(|&j| {
                        self.lines[own[k] + 1..j]
                            .iter()
                            .all(|l| l.part == Part::Blank)
                            && is_name_line(&body[self.lines[j].start..self.lines[j].end])
                    })
            };
            line.part == Part::Prose
                && (is_closing_line(text, &lower[line.start..line.end])
                    || (is_short_sign_off(text) || is_foreign_closing(text)) && signature_follows()
                    || is_long_sign_off(text) && name_follows() && signature_follows())
        }) else {
            self.mark_name_signature(&own, body);
            return;
        };
        self.lines[own[at]].part = Part::SignOff;
        for &j in &own[at + 1..] {
            self.lines[j].part = Part::Signature;
        }
    }

    /// With no sign-off: the writer's last block, after a blank line, when it is a
    /// name alone ("See you then.\n\nRavi"), a name over a title ("Marek\nTalent
    /// Partner, Brightwater"), or a team or department ("Harbourside Clinic People
    /// Team"): short lines that are not sentences.
    fn mark_name_signature(&mut self, own: &[usize], body: &str) {
        let text = |i: usize| &body[self.lines[i].start..self.lines[i].end];
        let Some(first) = own
            .iter()
            .rposition(|&i| i > 0 && self.lines[i - 1].part == Part::Blank)
        else {
            return;
        };
        let block = &own[first..];
        let consecutive = block.windows(2).all(|pair| pair[1] == pair[0] + 1);
        let signs = is_name_line(text(block[0])) || is_title_line(text(block[0]));
        if first > 0
            && consecutive
            && block.len() <= 4
            && signs
            && block.iter().all(|&i| {
                self.lines[i].part == Part::Prose
                    && is_signature_like(text(i))
                    && !text(i).ends_with(',')
            })
        {
            for &i in block {
                self.lines[i].part = Part::Signature;
            }
        }
    }

    /// Runs of lines in title case or capitals with no punctuation at their end, with
    /// no prose above or below: a heading, a letterhead or an address ("Second Stage
    /// Interview Details", "14 Harbour Road, Leith EH6 7QR"), not sentences.
    fn mark_title_runs(&mut self, body: &str) {
        let mut i = 0;
        while i < self.lines.len() {
            if self.lines[i].part != Part::Prose {
                i += 1;
                continue;
            }
            let end = (i..self.lines.len())
                .find(|&j| self.lines[j].part != Part::Prose)
                .unwrap_or(self.lines.len());
            if (i..end).all(|j| is_title_line(&body[self.lines[j].start..self.lines[j].end])) {
                for line in &mut self.lines[i..end] {
                    line.part = Part::Heading;
                }
            }
            i = end;
        }
    }

    /// Marks as items the lines of each paragraph that is a list without its bullets
    /// (see [`Layout::mark_lists_and_contacts`]).
    fn mark_unbulleted_lists(&mut self, body: &str) {
        let mut i = 0;
        while i < self.lines.len() {
            if self.lines[i].part != Part::Prose {
                i += 1;
                continue;
            }
            let end = (i..self.lines.len())
                .find(|&j| self.lines[j].part == Part::Blank)
                .unwrap_or(self.lines.len());
            let listed = end - i >= 3
                && (i..end).all(|j| {
                    let line = self.lines[j];
                    let text = &body[line.start..line.end];
                    matches!(line.part, Part::Prose | Part::Item | Part::Field)
                        && text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                        && !text.ends_with(['.', '?', '!', ',', ';', ':'])
                        && text.split_whitespace().count() <= 14
                });
            if listed {
                for line in &mut self.lines[i..end] {
                    if line.part == Part::Prose {
                        line.part = Part::Item;
                    }
                }
            }
            i = end.max(i + 1);
        }
    }

    /// Marks as items the lines that chain steps or changes with arrows ("Application ->
    /// Screen -> Offer", "CSAT: 82% → 91%"), and as a heading a short line over field
    /// lines ("Offer A – Tidewater Health" over "Pros: …"): neither is a sentence.
    fn mark_arrows_and_labels(&mut self, body: &str) {
        for i in 0..self.lines.len() {
            let line = self.lines[i];
            let text = &body[line.start..line.end];
            let open = !text.ends_with(['.', '?', '!']);
            if !matches!(line.part, Part::Prose | Part::Field) || !open {
                continue;
            }
            if text.contains(" -> ") || text.contains(" → ") || text.contains(" => ") {
                self.lines[i].part = Part::Item;
            } else if line.part == Part::Prose
                && text.split_whitespace().count() <= 10
                && self.lines.get(i + 1).is_some_and(|n| n.part == Part::Field)
            {
                self.lines[i].part = Part::Heading;
            }
        }
    }

    /// Whether the line after the one that ends at byte `at` is text (not blank): a
    /// line that leads into a list, a field or a contact ends with none of a
    /// sentence's punctuation.
    pub fn leads_into_next_line(&self, at: usize) -> bool {
        let i = self.lines.partition_point(|l| l.start <= at);
        self.lines
            .get(i)
            .is_some_and(|l| !matches!(l.part, Part::Blank | Part::Quoted))
    }

    fn mark_lists_and_contacts(&mut self, body: &str, lower: &str) {
        // Whether the lines since the last list item are all indented: an indented line
        // under an item continues it ("1. Karen Doyle …\n   Supervised me on …").
        let mut under_item = false;
        for line in &mut self.lines {
            let indented = body[..line.start].ends_with([' ', '\t']);
            under_item &= indented && line.part != Part::Blank;
            if line.part != Part::Prose {
                continue;
            }
            let text = &body[line.start..line.end];
            if is_item(text) {
                line.part = Part::Item;
                under_item = true;
            } else if is_contact(text, &lower[line.start..line.end])
                || is_mail_app_line(&lower[line.start..line.end])
            {
                line.part = Part::Signature;
            } else if under_item {
                line.part = Part::Item;
            } else if is_field(text) {
                line.part = Part::Field;
            }
        }
        // "Times that work:\nTue 1 Dec - 14:00 to 17:00\nWed 2 Dec - any time": short
        // lines under a line that ends with a colon, with no full stop, are a list (or
        // verse). A paragraph of them may have a blank line between it and the colon's.
        let short = |l: &Line| {
            let text = &body[l.start..l.end];
            text.split_whitespace().count() <= 12 && !text.ends_with(['.', '?', '!'])
        };
        for i in 1..self.lines.len() {
            let line = self.lines[i];
            let ends_with_colon = |l: Line| body[l.start..l.end].ends_with(':');
            let in_list = match self.lines[i - 1] {
                blank if blank.part == Part::Blank && i >= 2 => {
                    ends_with_colon(self.lines[i - 2])
                        && self.lines[i..]
                            .iter()
                            .take_while(|l| l.part != Part::Blank)
                            .all(short)
                }
                above => above.part == Part::Item || ends_with_colon(above),
            };
            if line.part == Part::Prose && in_list && short(&line) {
                self.lines[i].part = Part::Item;
            }
        }
        // "Smoked trout, pickled fennel\nRoast squash risotto\nBaked cheesecake": a
        // paragraph of three or more short lines, each opening in a capital or a digit and
        // none ending as a sentence does, is a list without its bullets (a menu, a plan,
        // a career summary, a table); wrapped prose runs on in lower case.
        self.mark_unbulleted_lists(body);
        self.mark_arrows_and_labels(body);
        // "Slotwise - interview scheduling made simple": a product's or a company's
        // short line after the last paragraph, parts joined by a dash or a dot.
        let own: Vec<usize> = self.own().collect();
        if let [.., blank, last] = own[..] {
            let text = &body[self.lines[last].start..self.lines[last].end];
            if self.lines[blank].part == Part::Blank
                && self.lines[last].part == Part::Prose
                && [" - ", " – ", " — ", " · "]
                    .iter()
                    .any(|d| text.contains(d))
                && text.split_whitespace().count() <= 8
                && !text.ends_with(['.', '?', '!', ':'])
            {
                self.lines[last].part = Part::Signature;
            }
        }
        // "Next steps: a design session with Raj and Mei, and a short\nchat with our
        // CTO.": a label before a sentence that wraps onto the next line is prose.
        for i in 1..self.lines.len() {
            let line = self.lines[i];
            if self.lines[i - 1].part == Part::Field
                && line.part == Part::Prose
                && body[line.start..line.end].starts_with(|c: char| c.is_lowercase())
            {
                self.lines[i - 1].part = Part::Prose;
            }
        }
    }
}

/// "Kind regards," or "Best, Taylor": a closing phrase with nothing after it but
/// punctuation and up to three capitalised words of a name.
fn is_closing(text: &str, low: &str) -> bool {
    find_phrases(low, CLOSINGS).iter().any(|f| {
        let rest = &text[f.1..];
        let name =
            rest.trim_matches(|c: char| c == ',' || c == '.' || c == '!' || c.is_whitespace());
        f.0 == 0
            && (rest.is_empty() || rest.starts_with([',', '.', '!', ' ']))
            && name.split_whitespace().count() <= 3
            && name
                .split_whitespace()
                .all(|w| w.starts_with(|c: char| c.is_uppercase()))
            && !rest.ends_with('?')
    })
}

/// A closing phrase ([`is_closing`]) alone, or on either side of a line that gives it in
/// two languages ("Lijep pozdrav / Kind regards,", "Le meas / Yours sincerely,").
fn is_closing_line(text: &str, low: &str) -> bool {
    text.split(" / ")
        .zip(low.split(" / "))
        .any(|(t, l)| is_closing(t, l))
}

/// A line of one to four words that ends in a comma: a sign-off in any language
/// ("Speak soon,", "Med vennlig hilsen,").
fn is_short_sign_off(text: &str) -> bool {
    let words = text.split_whitespace().count();
    text.ends_with(',') && (1..=4).contains(&words) && text.starts_with(|c: char| c.is_uppercase())
}

/// A line of up to ten words that ends in a comma, or of up to six with no punctuation
/// at its end, starting with a capital: a sign-off when a name follows it ("Thanks again
/// for the energy you brought,", "With friendly greetings").
fn is_long_sign_off(text: &str) -> bool {
    let words = text.split_whitespace().count();
    text.starts_with(|c: char| c.is_uppercase())
        && (text.ends_with(',') && words <= 10
            || text.ends_with(|c: char| c.is_alphabetic()) && words <= 6)
}

/// A sign-off in another language with or without its comma ("Mit freundlichen
/// Grüßen"): every word is a word of [`FOREIGN_CLOSINGS`].
fn is_foreign_closing(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    (1..=5).contains(&words.len())
        && words.iter().all(|w| {
            FOREIGN_CLOSINGS
                .iter()
                .any(|f| f.to_lowercase() == w.to_lowercase())
        })
}

/// A line that can stand in a signature block: short, and not a sentence (no final
/// full stop, question mark or colon).
fn is_signature_like(text: &str) -> bool {
    text.split_whitespace().count() <= SHORT_LINE && !text.ends_with(['.', '?', ':', '!'])
}

/// The line a mobile or desktop mail app puts under a message ("Sent from my iPhone",
/// "Get Outlook for Android"): a short line with no closing punctuation.
fn is_mail_app_line(low: &str) -> bool {
    ["sent from ", "sent via ", "get outlook for "]
        .iter()
        .any(|opening| low.starts_with(opening))
        && low.split_whitespace().count() <= 7
        && !low.ends_with(['.', '?', '!', ':'])
}

/// A name: one to three words, each starting with a capital, of letters with perhaps a
/// hyphen, an apostrophe or an initial's full stop ("Ravi", "Marta K.", "Anne-Marie O'Neil").
fn is_name_line(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.trim_end_matches('.')
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                && (!w.ends_with('.') || w.chars().count() == 2)
        })
}

/// Small words a title leaves in lower case ("Head of People", "Terms and Conditions").
const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from", "de",
    "du", "da", "van", "von", "y", "und", "et",
];

/// A line in title case or capitals, with nothing after its last word: every word with a
/// letter starts with a capital or a digit, or is one of [`TITLE_SMALL_WORDS`] ("Rook &
/// Vale Hiring Team", "1 Canal Wharf, London N1 9AB", "STRICTLY PRIVATE").
fn is_title_line(text: &str) -> bool {
    // Most lines are sentences, ending with punctuation: they are turned away first.
    if !text.ends_with(|c: char| c.is_alphanumeric())
        || !text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
    {
        return false;
    }
    let mut words = 0;
    text.split_whitespace().all(|w| {
        words += 1;
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        words <= 12
            && (!w.chars().any(char::is_alphabetic)
                || w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || TITLE_SMALL_WORDS.contains(&w))
    })
}

/// A bulleted or numbered list item.
fn is_item(text: &str) -> bool {
    // Bullets, arrows, check boxes, an emoji as a bullet ("▶ Changes take effect", "[ ]
    // Bank details", "📈 Bonus: up to 10%") and a blank to fill in ("__ Fri 27 Nov").
    if text.starts_with([
        '-', '*', '•', '–', '·', '▪', '◦', '▶', '►', '→', '➤', '✓', '✔', '☐', '☑', '✅', '_',
    ]) || text.starts_with(super::tone::is_emoji)
    {
        return true;
    }
    // A tag or a button in brackets ("[DONE] draft the brief", "[Reply]", "[x] Bank
    // details", "[#####-----] Stage 3 of 5").
    if text.starts_with('[') && text.contains(']') {
        return true;
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let letter = text
        .bytes()
        .take_while(u8::is_ascii_lowercase)
        .count()
        .eq(&1) as usize;
    let after = &text[if digits > 0 { digits } else { letter }..];
    let marked = (digits > 0 && digits <= 2 || letter == 1)
        && (after.starts_with(". ") || after.starts_with(") "));
    // "(2) Two referees": a number or letter in brackets.
    let bracketed = text.starts_with('(') && text[1..].find(") ").is_some_and(|k| k <= 3);
    marked || bracketed
}

/// A contact line: a phone number, an email address, a web address or a path alone, a
/// labelled contact ("Tel: …", "E: …"), or short parts separated by " | "
/// ("Senior Recruiter | Acme Corp").
fn is_contact(text: &str, low: &str) -> bool {
    // Each test is asked only when the cheaper ones before it leave the line undecided:
    // this runs on every line of prose, and most are sentences.
    let phone = || {
        // A number, after up to two words of a label ("Mobile +49 151 …", "Tel. 0161 …").
        let number_from = text
            .find(|c: char| c.is_ascii_digit() || c == '+' || c == '(')
            .unwrap_or(text.len());
        let label = &text[..number_from];
        label.split_whitespace().nth(2).is_none()
            && label
                .chars()
                .all(|c| c.is_alphabetic() || " .:/".contains(c))
            && text[number_from..]
                .bytes()
                .all(|b| b.is_ascii_digit() || b" +-().ext".contains(&b.to_ascii_lowercase()))
            && text.bytes().filter(u8::is_ascii_digit).count() >= 7
    };
    // An address, or a folder's path alone on its line ("notebooks/", "src/app/").
    let address = || {
        text.split_whitespace().nth(3).is_none()
            && text.split_whitespace().any(|w| {
                w.contains('@') || w.contains("://") || w.starts_with("www.") || is_domain(w)
            })
            || !text.contains(' ') && text.len() > 1 && text.ends_with('/')
    };
    let labelled = || {
        low.split_once(':').is_some_and(|(label, value)| {
            CONTACT_LABELS.contains(&label.trim().trim_end_matches('.')) && !value.trim().is_empty()
        })
    };
    // A part may end with an abbreviation's full stop ("Tel. No.", "Acme Ltd.").
    let piped = || {
        text.contains(" | ")
            && text.split(" | ").all(|p| {
                p.split_whitespace().count() <= 5
                    && !p.ends_with('?')
                    && (!p.ends_with('.')
                        || p.split_whitespace().last().is_some_and(|w| w.len() <= 4))
            })
    };
    // "anita.shah@eastvale.example.com, +1 503 555 0160": contacts side by side.
    let listed = || {
        text.contains(", ")
            && text.split(", ").all(|p| {
                let p = p.trim();
                p.contains('@')
                    || p.starts_with("www.")
                    || is_domain(p)
                    || (p.bytes().filter(u8::is_ascii_digit).count() >= 7
                        && p.bytes()
                            .all(|b| b.is_ascii_digit() || b" +-().".contains(&b)))
            })
    };
    phone() || address() || labelled() || piped() || listed()
}

/// "liamoconnor.dev", "example.net/portfolio": a word with a dot between letters and
/// a short ending of letters.
fn is_domain(word: &str) -> bool {
    let word = word.trim_end_matches(['/', ',']);
    word.rsplit_once('.').is_some_and(|(name, tld)| {
        !name.is_empty()
            && name
                .bytes()
                .last()
                .is_some_and(|b| b.is_ascii_alphanumeric())
            && (2..=6).contains(&tld.split('/').next().unwrap_or("").len())
            && tld
                .split('/')
                .next()
                .is_some_and(|t| t.bytes().all(|b| b.is_ascii_lowercase()))
    })
}

/// A `Key: value` line: a key of one to four words starting with a capital, or of one
/// word in lower case ("status: in review", "decision_target: 9 December"), a colon,
/// then a value on the same line.
fn is_field(text: &str) -> bool {
    let Some((key, value)) = text.split_once(": ") else {
        return false;
    };
    let words = key.split_whitespace().count();
    let capital = key.starts_with(|c: char| c.is_uppercase());
    (capital && (1..=4).contains(&words) || words == 1)
        && !key.contains(['.', ',', '?', '!', ';'])
        && !value.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::{Layout, Part};

    fn parts(body: &str) -> Vec<(String, Part)> {
        let layout = Layout::new(body, &body.to_ascii_lowercase());
        layout
            .lines
            .iter()
            .filter(|l| l.part != Part::Blank)
            .map(|l| (body[l.start..l.end].to_string(), l.part))
            .collect()
    }

    #[test]
    fn an_email_has_its_parts() {
        let body = "Hi Amelia,\n\nThursday at 2 pm works well for me. I will bring\nthe storyboard.\n\nTerms:\n- a weekly digest\n2. Proof of address\nStart date: 2 February 2027\n\nBest,\nDaniel Osei\nSenior Recruiter | Acme Corp\n+44 20 7946 0321\n\nOn Mon, 9 Nov 2026 at 16:42, Amelia <a@b.example> wrote:\n> thanks for your patience.";
        let got = parts(body);
        let expect = [
            Part::Greeting,
            Part::Prose,
            Part::Prose,
            Part::Prose,
            Part::Item,
            Part::Item,
            Part::Field,
            Part::SignOff,
            Part::Signature,
            Part::Signature,
            Part::Signature,
            Part::Quoted,
            Part::Quoted,
        ];
        assert_eq!(
            got.iter().map(|g| g.1).collect::<Vec<_>>(),
            expect,
            "{got:#?}"
        );
    }

    #[test]
    fn wrapped_lines_are_one_paragraph_and_break_no_sentence() {
        let body = "Dear Fiona,\n\nThank you for meeting me on Wednesday about the\nrole. I came away with a clearer picture\nof the network.\n\nKind regards,\nOliver";
        let layout = Layout::new(body, &body.to_ascii_lowercase());
        assert_eq!(layout.paragraphs().len(), 1);
        let sentences: Vec<&str> = layout
            .sentences(body)
            .iter()
            .map(|(s, e)| &body[*s..*e])
            .collect();
        assert_eq!(
            sentences,
            vec![
                "Dear Fiona,",
                "Thank you for meeting me on Wednesday about the\nrole.",
                "I came away with a clearer picture\nof the network.",
                "Kind regards,"
            ]
        );
    }

    #[test]
    fn own_text_ends_where_the_quoted_history_starts() {
        let body =
            "Thanks, Friday works.\n\nBest,\nDan\n\nOn Mon, Amelia wrote:\n> Friday?\n> Amelia";
        let layout = Layout::new(body, &body.to_ascii_lowercase());
        assert_eq!(
            &body[..layout.own_end(body)],
            "Thanks, Friday works.\n\nBest,\nDan\n\n"
        );
        let interleaved = "> Can you start in May?\nYes, May works.\n> Salary?\nAs discussed.";
        let layout = Layout::new(interleaved, &interleaved.to_ascii_lowercase());
        assert_eq!(layout.own_end(interleaved), interleaved.len());
    }

    #[test]
    fn headings_labels_and_sign_offs_without_a_comma() {
        let got = parts("Dear Mr Reid,\n\nAppointment to the post of Conservation Officer\n\nI am writing to accept.\n\nMit freundlichen Grüßen\nSimon Keller\nMobile +49 151 2345 6789\nTel.: +34 928 555 014");
        let kinds: Vec<Part> = got.iter().map(|g| g.1).collect();
        assert_eq!(
            kinds,
            vec![
                Part::Greeting,
                Part::Heading,
                Part::Prose,
                Part::SignOff,
                Part::Signature,
                Part::Signature,
                Part::Signature
            ],
            "{got:?}"
        );
    }

    #[test]
    fn an_indented_line_under_a_list_item_continues_it() {
        let got = parts(
            "My referees:\n\n1. Ana Silva, Site Manager\n   0161 496 0321\n   Oversaw my work on the depot, 2021\n2. Tom Reid, Planner\n   Worked with me on the schedule\n\nPlease call me if anything is unclear.",
        );
        let lines: Vec<Part> = got.iter().map(|g| g.1).collect();
        assert_eq!(
            lines,
            [
                Part::Prose,
                Part::Item,
                Part::Signature,
                Part::Item,
                Part::Item,
                Part::Item,
                Part::Prose,
            ],
            "{got:?}"
        );
    }

    #[test]
    fn a_sentence_that_starts_with_thanks_is_prose() {
        let got = parts("Hi Ana,\n\nThanks for the call.\nThank you again for your time.");
        assert!(got[1..].iter().all(|g| g.1 == Part::Prose), "{got:?}");
        let got = parts("Hi Ana,\n\nGreat call.\n\nMed vennlig hilsen,\nSean Murphy");
        assert_eq!(got[2].1, Part::SignOff, "{got:?}");
        assert_eq!(got[3].1, Part::Signature, "{got:?}");
    }
}
