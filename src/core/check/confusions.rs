//! Word confusions (`grammar`): the pattern tables of [`lexicon::confusions`] compiled
//! once, then tried at each word of the draft that can start a pattern's mistake.
//!
//! [`lexicon::confusions`]: crate::core::lexicon::confusions

use super::clauses::Clauses;
use super::text::{capitalize, Word, WordHasher, WordSet};
use super::{Findings, Input, Severity, MAX_PER_ID};
use crate::core::lexicon::confusions::{CLASSES, CONFUSIONS, UNMARKED_CONTRACTIONS};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// One thing a context word may be, beside the plain words of its [`Set`].
enum Item {
    /// A word of a class of [`CLASSES`], looked up by hash (classes run to hundreds).
    Class(&'static WordSet<&'static str>),
    Suffix(&'static str),
    Plural,
    Singular,
    /// A word with the ending of a noun ("relocation", "management", "priorities").
    Noun,
    /// A word written with a capital.
    Name,
    /// A word written with a capital that names no day, month or holiday: a firm or a
    /// place ("worked Accenture", not "worked Saturdays").
    Firm,
    /// A year: four digits from 1900 to 2099.
    Year,
    Any,
    /// `$` in a set: the clause ends here.
    End,
}

/// Alternatives for one context word; `negated`: any other word, or none.
struct Set {
    /// The set's plain words, looked up at once (a set may list dozens).
    words: WordSet<&'static str>,
    /// Its other items: classes, endings and kinds of word.
    items: Vec<Item>,
    negated: bool,
}

/// What a pattern asks of the text around its mistake.
enum Context {
    /// The next (or previous) word in the clause.
    Word(Set),
    /// `[$]`: the clause ends.
    ClauseEnd,
    /// `[^]`: the sentence or clause starts.
    ClauseStart,
    /// `[<!…]`: none of these words earlier in the sentence.
    SentenceLacks(Set),
    /// `[<…]`: one of these words earlier in the sentence.
    SentenceHas(Set),
    /// `[>…]`, after the mistake: one of these words later in its clause; `[>!…]`:
    /// none of them.
    ClauseHas(Set),
}

/// One compiled line of [`CONFUSIONS`].
struct Pattern {
    before: Vec<Context>,
    /// The mistake's words; the first may have alternatives (then `fixes` has as many).
    mistake: Vec<Vec<&'static str>>,
    /// Whether the mistake's words are one hyphenated compound ("role-out").
    joined: bool,
    after: Vec<Context>,
    fixes: Vec<&'static str>,
}

/// The patterns, and for each word that can start a mistake the (pattern, alternative)
/// pairs it starts.
struct Compiled {
    patterns: Vec<Pattern>,
    starts: HashMap<&'static str, Vec<(usize, usize)>, BuildHasherDefault<WordHasher>>,
}

fn compiled() -> &'static Compiled {
    static COMPILED: OnceLock<Compiled> = OnceLock::new();
    COMPILED.get_or_init(|| {
        let patterns: Vec<Pattern> = CONFUSIONS
            .iter()
            .chain(UNMARKED_CONTRACTIONS)
            .map(|(pattern, fix)| parse(pattern, fix))
            .collect();
        let mut starts: HashMap<_, Vec<_>, _> = HashMap::default();
        for (p, pattern) in patterns.iter().enumerate() {
            for (alt, word) in pattern.mistake[0].iter().enumerate() {
                starts.entry(*word).or_default().push((p, alt));
            }
        }
        Compiled { patterns, starts }
    })
}

/// The word classes of [`CLASSES`] by name, each as a set.
fn classes() -> &'static HashMap<&'static str, WordSet<&'static str>> {
    static CLASS_SETS: OnceLock<HashMap<&'static str, WordSet<&'static str>>> = OnceLock::new();
    CLASS_SETS.get_or_init(|| {
        CLASSES
            .iter()
            .map(|(name, words)| (*name, words.iter().copied().collect()))
            .collect()
    })
}

/// Whether `word` (lower case) is in the word class `name` of [`CLASSES`].
pub(super) fn in_class(name: &str, word: &str) -> bool {
    classes()
        .get(name)
        .is_some_and(|class| class.contains(word))
}

fn parse_set(text: &'static str) -> Set {
    let (negated, text) = match text.strip_prefix('!') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let mut words = WordSet::default();
    let items = text
        .split('|')
        .filter(|item| {
            // A plain word: one that no mark makes something else.
            let plain = !item.starts_with(['*', '$', '@', '~']);
            if plain {
                words.insert(*item);
            }
            !plain
        })
        .map(|item| match item {
            "*" => Item::Any,
            "$" => Item::End,
            "@plural" => Item::Plural,
            "@singular" => Item::Singular,
            "@noun" => Item::Noun,
            "@name" => Item::Name,
            "@firm" => Item::Firm,
            "@year" => Item::Year,
            _ => {
                if let Some(name) = item.strip_prefix('@') {
                    let class = classes()
                        .get(name)
                        .unwrap_or_else(|| panic!("no word class @{name}"));
                    Item::Class(class)
                } else {
                    let suffix = item.strip_prefix('~');
                    Item::Suffix(suffix.unwrap_or_else(|| panic!("no set item {item}")))
                }
            }
        })
        .collect();
    Set {
        words,
        items,
        negated,
    }
}

fn parse(pattern: &'static str, fix: &'static str) -> Pattern {
    let mut before = Vec::new();
    let mut mistake = Vec::new();
    let mut after = Vec::new();
    let mut joined = false;
    for token in pattern.split(' ') {
        if let Some(inner) = token.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
            let context = match inner {
                "$" => Context::ClauseEnd,
                "^" => Context::ClauseStart,
                _ => match (inner.strip_prefix("<!"), inner.strip_prefix('<')) {
                    (Some(set), _) => Context::SentenceLacks(parse_set(set)),
                    (None, Some(set)) => Context::SentenceHas(parse_set(set)),
                    (None, None) => match inner.strip_prefix('>') {
                        Some(set) => Context::ClauseHas(parse_set(set)),
                        None => Context::Word(parse_set(inner)),
                    },
                },
            };
            if mistake.is_empty() {
                before.push(context);
            } else {
                after.push(context);
            }
        } else {
            assert!(after.is_empty(), "{pattern}: one mistake per pattern");
            if token.contains('-') {
                assert!(mistake.is_empty() && !token.contains('|'), "{pattern}");
                joined = true;
                mistake.extend(token.split('-').map(|part| vec![part]));
            } else {
                mistake.push(token.split('|').collect::<Vec<_>>());
            }
        }
    }
    let fixes: Vec<&str> = fix.split('|').collect();
    assert!(
        !mistake.is_empty()
            && mistake[1..].iter().all(|m| m.len() == 1)
            && (fixes.len() == mistake[0].len() || fixes.len() == 1 && mistake[0].len() == 1),
        "{pattern} => {fix}"
    );
    Pattern {
        before,
        mistake,
        joined,
        after,
        fixes,
    }
}

impl Item {
    fn matches(&self, lower: &str, original: &str) -> bool {
        match self {
            Item::Class(words) => words.contains(lower),
            Item::Suffix(s) => lower.len() > s.len() + 1 && lower.ends_with(s),
            Item::Plural => looks_plural(original),
            Item::Singular => looks_singular(original),
            Item::Noun => noun_ending(lower),
            Item::Name => original.starts_with(|c: char| c.is_uppercase()) && original != "I",
            Item::Firm => {
                original.starts_with(|c: char| c.is_uppercase())
                    && original != "I"
                    && !is_calendar_name(lower)
                    && !lower.strip_suffix('s').is_some_and(is_calendar_name)
            }
            Item::Year => {
                lower.len() == 4
                    && (lower.starts_with("19") || lower.starts_with("20"))
                    && lower.bytes().all(|b| b.is_ascii_digit())
            }
            Item::Any => true,
            Item::End => false,
        }
    }
}

impl Set {
    /// Whether the set is `*` alone: any word (a compound too).
    fn is_any(&self) -> bool {
        !self.negated && self.words.is_empty() && matches!(self.items[..], [Item::Any])
    }

    /// Whether word `k` is one of the set's words (the set not turned around).
    fn contains(&self, clauses: &Clauses, k: usize) -> bool {
        let lower = clauses.lower(k);
        self.words.contains(&*lower)
            || self
                .items
                .iter()
                .any(|item| item.matches(&lower, clauses.original(k)))
    }

    /// Whether the word after word `at` (`next`: None where the clause is cut) fits
    /// the set.
    fn fits_after(&self, clauses: &Clauses, at: usize, next: Option<usize>) -> bool {
        let ends =
            || self.items.iter().any(|item| matches!(item, Item::End)) && clauses.ends_after(at);
        let hit = match next {
            Some(k) => !clauses.in_compound(k) && self.contains(clauses, k),
            None => ends(),
        };
        hit != self.negated
    }

    /// Whether the word before word `at` (`previous`: None where the clause is cut)
    /// fits the set.
    fn fits_before(&self, clauses: &Clauses, previous: Option<usize>) -> bool {
        let hit = match previous {
            Some(k) => !clauses.in_compound(k) && self.contains(clauses, k),
            // `$` before the mistake: the clause starts there.
            None => self.items.iter().any(|item| matches!(item, Item::End)),
        };
        hit != self.negated
    }
}

/// Whether `lower` names a day, a month or a holiday.
fn is_calendar_name(lower: &str) -> bool {
    const HOLIDAYS: &[&str] = &[
        "may",
        "christmas",
        "easter",
        "new",
        "weekend",
        "holiday",
        "thanksgiving",
        "ramadan",
        "diwali",
        "eid",
        "hanukkah",
    ];
    CLASSES
        .iter()
        .filter(|(name, _)| matches!(*name, "weekday" | "month"))
        .any(|(_, words)| words.contains(&lower))
        || HOLIDAYS.contains(&lower)
}

/// A lower-case word of letters that reads as a plural noun ("results", "references"),
/// not one that only ends in "s" ("process", "status", "analytics", "news").
pub(super) fn looks_plural(word: &str) -> bool {
    // Adverbs, possessives and verbs that end in "s" ("It's always", "It's yours").
    const NOT_PLURAL: &[&str] = &[
        "always",
        "perhaps",
        "sometimes",
        "towards",
        "afterwards",
        "besides",
        "backwards",
        "forwards",
        "nowadays",
        "whereas",
        "overseas",
        "indoors",
        "outdoors",
        "upstairs",
        "downstairs",
        "anyways",
        "sideways",
        "headquarters",
        "whereabouts",
        "regardless",
        "hers",
        "ours",
        "yours",
        "theirs",
        "its",
        "his",
        "does",
        "goes",
        "says",
        "thanks",
        "yes",
        "pancreas",
    ];
    // "-as" ends singular nouns ("canvas", "alias"), but "-eas" plurals ("ideas", "areas").
    let singular_as = word.ends_with("as") && !word.ends_with("eas");
    !NOT_PLURAL.contains(&word)
        && word.len() >= 3
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && word.ends_with('s')
        && !singular_as
        && ![
            "ss", "us", "is", "ics", "ous", "news", "series", "species", "means",
        ]
        .iter()
        .any(|end| word.ends_with(end))
}

/// A lower-case word of letters that reads as a singular noun, not a plural nor a
/// collective one ("team", "staff", "people", "data"), which may take a plural verb.
pub(super) fn looks_singular(word: &str) -> bool {
    const COLLECTIVE: &[&str] = &[
        "team",
        "staff",
        "panel",
        "board",
        "company",
        "committee",
        "family",
        "government",
        "management",
        "group",
        "crew",
        "people",
        "children",
        "men",
        "women",
        "data",
        "media",
        "police",
        "criteria",
        "audience",
        "public",
        "majority",
        "faculty",
        "leadership",
        "department",
        "firm",
        "business",
        "council",
    ];
    // Words that stand for a noun but take a plural verb ("the rest are", "the
    // following were"), numbers, and nouns in "-ics" or "-es" that may be plural.
    const NOT_SINGULAR: &[&str] = &[
        "rest",
        "following",
        "latter",
        "former",
        "remainder",
        "best",
        "first",
        "last",
        "top",
        "same",
        "other",
        "few",
        "many",
        "most",
        "both",
        "all",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "series",
        "species",
        "means",
        // Plural pronouns ("that you were").
        "you",
        "we",
        "they",
        "us",
        "them",
    ];
    word.len() >= 2
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !looks_plural(word)
        && !word.ends_with("ics")
        && !COLLECTIVE.contains(&word)
        && !NOT_SINGULAR.contains(&word)
}

/// Whether a word ends like a noun and is no shorter word that only ends so ("station"
/// and "agreements", not "since" or "city").
fn noun_ending(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "tion", "sion", "ment", "ness", "ship", "ance", "ence", "ity", "ities", "tions", "sions",
        "ments", "ships", "ances", "ences",
    ];
    ENDINGS
        .iter()
        .any(|end| word.len() >= end.len() + 3 && word.ends_with(end))
}

/// Whether `pattern` matches with its mistake starting at word `i` (whose first word
/// was looked up): the index of the mistake's last word if so.
fn matches_at(pattern: &Pattern, clauses: &Clauses, i: usize) -> Option<usize> {
    let mut last = i;
    for words in &pattern.mistake[1..] {
        let k = if pattern.joined {
            clauses.joined(last)?
        } else {
            clauses.next(last)?
        };
        if clauses.lower(k) != words[0] {
            return None;
        }
        last = k;
    }
    // Context before it, nearest first: the word before a mistake is most often what
    // rules a pattern out, so it is read first.
    let mut at = i;
    for context in pattern.before.iter().rev() {
        match context {
            Context::ClauseStart => {
                if !clauses.starts_at(at) {
                    return None;
                }
            }
            Context::SentenceLacks(set) => {
                if (clauses.sentence_start(at)..at).any(|k| set.contains(clauses, k)) {
                    return None;
                }
            }
            Context::SentenceHas(set) => {
                if !(clauses.sentence_start(at)..at).any(|k| set.contains(clauses, k)) {
                    return None;
                }
            }
            Context::Word(set) => {
                let k = clauses.previous(at);
                if !set.fits_before(clauses, k) {
                    return None;
                }
                at = k.unwrap_or(at);
            }
            Context::ClauseEnd | Context::ClauseHas(_) => return None,
        }
    }
    // Context after the mistake, word by word.
    if pattern.joined && clauses.in_compound(i) && clauses.compound_end(i) != last {
        return None;
    }
    let mut at = last;
    for context in &pattern.after {
        match context {
            Context::ClauseEnd => {
                if !clauses.ends_after(at) {
                    return None;
                }
            }
            // `[*]` and a set turned around also take a hyphenated compound as one
            // word ("the start-up": any word, and none of the set).
            Context::Word(set) if set.is_any() => {
                at = clauses.compound_end(clauses.next(at)?);
            }
            Context::Word(set) if set.negated => {
                let k = clauses.next(at);
                if !set.fits_after(clauses, at, k) {
                    return None;
                }
                at = k.map_or(at, |k| clauses.compound_end(k));
            }
            Context::Word(set) => {
                let k = clauses.next(at);
                if !set.fits_after(clauses, at, k) {
                    return None;
                }
                at = k.unwrap_or(at);
            }
            // `[>!…]`: none of the set later in the clause.
            Context::ClauseHas(set) => {
                let mut k = at;
                let mut found = false;
                while let Some(n) = clauses.next(k) {
                    if set.contains(clauses, n) {
                        found = true;
                        break;
                    }
                    k = n;
                }
                if found == set.negated {
                    return None;
                }
            }
            Context::ClauseStart | Context::SentenceLacks(_) | Context::SentenceHas(_) => {
                return None
            }
        }
    }
    Some(last)
}

/// A fix that only adds words before or after the mistake's words `first..=last` ("soon"
/// → "soon as" before "possible", "giving" → "for giving" after "thank you"): the
/// finding then covers the words on both sides of the gap ("soon possible" → "soon as
/// possible"), the mistake's words as written. None for any other fix, or where no word
/// of the clause lies across the gap, a single space away.
fn missing_word(
    body: &str,
    (clauses, list): (&Clauses, &[Word]),
    (first, last): (usize, usize),
    fix: &str,
) -> Option<((usize, usize), String)> {
    let (start, end) = (list[first].start, list[last].end);
    let wrong = &body[start..end];
    let spaced = |a: usize, b: usize| &body[list[a].end..list[b].start] == " ";
    let head = fix.len().checked_sub(wrong.len() + 1)?;
    if fix.is_char_boundary(fix.len() - wrong.len())
        && fix[fix.len() - wrong.len()..].eq_ignore_ascii_case(wrong)
        && fix.as_bytes()[head] == b' '
    {
        let previous = clauses.previous(first).filter(|&p| spaced(p, first))?;
        let added = &fix[..head];
        let before = clauses.original(previous);
        return Some((
            (list[previous].start, end),
            format!("{before} {added} {wrong}"),
        ));
    }
    if fix.is_char_boundary(wrong.len())
        && fix[..wrong.len()].eq_ignore_ascii_case(wrong)
        && fix.as_bytes()[wrong.len()] == b' '
    {
        let next = clauses.next(last).filter(|&n| spaced(last, n))?;
        let added = &fix[wrong.len() + 1..];
        let after = clauses.original(next);
        return Some(((start, list[next].end), format!("{wrong} {added} {after}")));
    }
    None
}

/// Finds the confusions among `list` (the draft's words outside links).
pub(super) fn check(input: &Input, list: &[Word], out: &mut Findings) {
    let compiled = compiled();
    let clauses = Clauses::new(input, list);
    let mut covered = 0;
    // Each word is looked up among the words that start a mistake: one look-up a word.
    for i in 0..list.len() {
        if list[i].start < covered {
            continue;
        }
        let Some(candidates) = compiled.starts.get(&*clauses.lower(i)) else {
            continue;
        };
        let found = candidates.iter().find_map(|&(p, alt)| {
            let pattern = &compiled.patterns[p];
            matches_at(pattern, &clauses, i).map(|last| (pattern, alt, last))
        });
        let Some((pattern, alt, last)) = found else {
            continue;
        };
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        let (start, end) = (list[i].start, list[last].end);
        let wrong = &input.draft.body[start..end];
        let written = pattern.fixes[alt.min(pattern.fixes.len() - 1)];
        let fix = if wrong.starts_with(|c: char| c.is_uppercase()) {
            capitalize(written)
        } else {
            written.to_string()
        };
        // Written as the fix has it already ("the University of Leeds").
        if fix == wrong {
            continue;
        }
        // The words added keep the table's case: the mistake's words stay as written.
        if let Some(((start, end), fix)) =
            missing_word(&input.draft.body, (&clauses, list), (i, last), written)
        {
            out.push(
                "grammar",
                Severity::Warning,
                "body",
                (start, end),
                format!("A word seems to be missing: \"{fix}\"."),
                fix,
            );
            covered = end;
            continue;
        }
        out.push(
            "grammar",
            Severity::Warning,
            "body",
            (start, end),
            if fix.eq_ignore_ascii_case(wrong) {
                format!("\"{wrong}\" is part of a name here: write \"{fix}\".")
            } else if fix.replace('\'', "").eq_ignore_ascii_case(wrong) {
                format!("\"{wrong}\" is missing its apostrophe: \"{fix}\".")
            } else {
                format!("\"{wrong}\" looks like a mix-up: \"{fix}\" fits here.")
            },
            fix,
        );
        covered = end;
    }
}

#[cfg(test)]
mod tests {
    use super::{compiled, looks_plural, looks_singular, noun_ending};

    /// Every pattern parses, names known classes and has as many fixes as alternatives.
    #[test]
    fn the_tables_compile() {
        assert!(compiled().patterns.len() > 50);
    }

    #[test]
    fn plural_and_singular_nouns() {
        for word in [
            "results",
            "references",
            "designers",
            "cvs",
            "ideas",
            "areas",
        ] {
            assert!(looks_plural(word), "{word}");
        }
        for word in [
            "process",
            "status",
            "analytics",
            "always",
            "yours",
            "news",
            "analysis",
            "canvas",
            "alias",
            "Jones",
        ] {
            assert!(!looks_plural(word), "{word}");
        }
        assert!(looks_singular("manager") && looks_singular("process"));
        for word in ["relocation", "management", "priorities", "agreements"] {
            assert!(noun_ending(word), "{word}");
        }
        for word in ["since", "city", "hence", "ship"] {
            assert!(!noun_ending(word), "{word}");
        }
        assert!(!looks_singular("team") && !looks_singular("people"));
    }
}
