//! Proofreading: spelling against the Hunspell dictionary (names, companies and the
//! user's own note words are known, and British spellings; every misspelling gets its
//! ranked suggestions), and grammar: word mix-ups, articles, apostrophe plurals,
//! punctuation, pronoun case, double negatives, "in" or "on" before a time of day and
//! comparisons, verb forms, agreement across a clause that qualifies the subject and
//! missing articles (one module each), a repeated word, a lower-case sentence start or
//! "i", a prose paragraph without final punctuation, and "help with someone to …" (a
//! need for a person put where a task goes). Sentence rules read the prose of the
//! email's layout; quoted history is left alone.

use super::layout::Part;
use super::text::{capitalize, words_within, Word, WordSet};
use super::{
    agreement, apostrophes, articles, case, clock, comparison, confusions, dialect, languages,
    missing, negation, punctuation, subjects, verbs,
};
use super::{Findings, Input, Severity, MAX_PER_ID};
use crate::core::lexicon::confusions::UNMARKED_CONTRACTIONS;
use crate::core::lexicon::dialects::{american_forms, derived_from, is_listed_form};
use crate::core::lexicon::misspellings::MISSPELLINGS;
use crate::core::lexicon::phrases::{CASUAL, FOREIGN_CLOSINGS, GREETINGS, LOAN_PHRASES};
use crate::core::lexicon::Speller;
use std::sync::OnceLock;

pub(super) fn check(input: &Input, out: &mut Findings) {
    let body = &input.draft.body;
    // Links, and the quoted history (someone else's words).
    let mut skip = skipped_spans(body);
    skip.extend(input.layout.quoted());
    // Words in another language: an English checker has nothing to say about them.
    skip.extend(languages::other_language_spans(
        body,
        &input.words,
        &input.sentences,
        input.options.speller,
    ));
    skip.sort_unstable();
    let list: Vec<Word> = input
        .words
        .iter()
        .copied()
        .filter(|w| !skip.iter().any(|(s, e)| w.start >= *s && w.end <= *e))
        .collect();
    spelling(input, &list, out);
    if let Some(speller) = input.options.speller {
        dialect::check(input, &list, speller, out);
    }
    grammar(input, &list, &skip, out);
    confusions::check(input, &list, out);
    articles::check(input, &list, out);
    apostrophes::check(input, &list, out);
    case::check(input, &list, out);
    negation::check(input, &list, out);
    clock::check(input, &list, out);
    comparison::check(input, &list, out);
    agreement::check(input, &list, out);
    subjects::check(input, &list, out);
    verbs::check(input, &list, out);
    missing::check(input, &list, out);
    punctuation::check(input, &skip, out);
}

/// Days, months (not "may" and "march", which are also verbs), languages,
/// nationalities and holidays: names, written with a capital.
const PROPER_NOUNS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "april",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "english",
    "french",
    "spanish",
    "german",
    "italian",
    "portuguese",
    "chinese",
    "japanese",
    "mandarin",
    "cantonese",
    "arabic",
    "russian",
    "dutch",
    "hindi",
    "korean",
    "swedish",
    "norwegian",
    "danish",
    "finnish",
    "greek",
    "hebrew",
    "british",
    "american",
    "canadian",
    "australian",
    "european",
    "irish",
    "scottish",
    "welsh",
    "indian",
    "african",
    "asian",
    "brazilian",
    "mexican",
    "turkish",
    "vietnamese",
    "thai",
    "czech",
    "hungarian",
    "romanian",
    "ukrainian",
    "persian",
    "farsi",
    "urdu",
    "bengali",
    "punjabi",
    "tamil",
    "telugu",
    "gujarati",
    "marathi",
    "swahili",
    "malay",
    "indonesian",
    "tagalog",
    "filipino",
    "catalan",
    "icelandic",
    "croatian",
    "serbian",
    "bulgarian",
    "slovak",
    "lithuanian",
    "latvian",
    "estonian",
    "nepali",
    "pakistani",
    "nigerian",
    "kenyan",
    "egyptian",
    "israeli",
    "iranian",
    "malaysian",
    "singaporean",
    "taiwanese",
    "christmas",
    "easter",
    "thanksgiving",
    "ramadan",
    "diwali",
    "hanukkah",
    "halloween",
];

/// Whether `word` (as written) is one of [`PROPER_NOUNS`] in lower case: asked of every
/// word of a draft, so the list is looked up as a set.
fn is_proper_noun(word: &str) -> bool {
    static SET: OnceLock<WordSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| PROPER_NOUNS.iter().copied().collect())
        .contains(word)
}

/// Names that are also common words ("polish the draft", "it may rain"): a name only
/// after one of the words listed with it.
const NAMES_AFTER: &[(&str, &[&str])] = &[
    (
        "polish",
        &[
            "speak",
            "speaks",
            "spoke",
            "fluent",
            "native",
            "learn",
            "learning",
            "learned",
            "learnt",
            "studied",
            "study",
            "conversational",
            "basic",
            "from",
            "teach",
            "taught",
        ],
    ),
    ("may", MONTH_BEFORE),
    ("march", MONTH_BEFORE),
];

/// Words before a month that "may" and "march" as verbs do not follow ("in May").
const MONTH_BEFORE: &[&str] = &[
    "in", "since", "until", "till", "early", "late", "mid", "during", "through", "by",
];

/// Abbreviations whose full stop ends no sentence ("e.g. a plan", "at 10 a.m. on",
/// "approx. 20", "req. #4471", "etc., as"), without that stop.
const ABBREVIATIONS: &[&str] = &[
    "e.g", "i.e", "etc", "vs", "a.m", "p.m", "approx", "incl", "no", "dr", "mr", "ms", "mrs", "st",
    "inc", "ltd", "co", "corp", "jr", "sr", "cf", "dept", "est", "tel", "ext", "prof", "misc",
    "ref", "req", "hrs", "yrs", "wks", "mos", "govt", "asst", "mgr", "assoc", "intl", "univ",
    "attn", "encl", "nr", "pp", "pty", "sdn", "bhd", "llc", "ehf", "hf",
];

/// Days and months shortened with a full stop ("Thurs., Jan. 8"): abbreviations only
/// when written with a capital, since several are also words ("sat", "mar", "wed").
const NAME_ABBREVIATIONS: &[&str] = &[
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// Whether `word` (as written, without its full stop) is an abbreviation that takes a
/// full stop, or an initialism ("U.S", "p.m").
pub(crate) fn is_abbreviation(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
        || word.starts_with(|c: char| c.is_ascii_uppercase())
            && NAME_ABBREVIATIONS.contains(&lower.as_str())
        || is_initialism(word)
}

/// Whether `before` (the text before a sentence) ends with an abbreviation and its
/// full stop, or with an initialism written with full stops ("U.S.", "p.m.").
fn ends_with_abbreviation(before: &str) -> bool {
    // "(salary, start date, etc.) are": a bracket or a quote may close after it.
    before
        .trim_end()
        .trim_end_matches([')', ']', '"', '”', '’'])
        .strip_suffix('.')
        .is_some_and(after_abbreviation)
}

/// "U.S.", "p.m.", "e.g", "A.Ş.": single letters, each followed by a full stop (the last
/// may lack it), two or more; or a degree's parts, each a capital and up to three more
/// letters ("B.Sc", "Ph.D", "LL.B", "M.Phil").
fn is_initialism(word: &str) -> bool {
    let parts: Vec<&str> = word.trim_end_matches('.').split('.').collect();
    let letters = |p: &&str| {
        let mut letters = p.chars();
        letters.next().is_some_and(char::is_alphabetic) && letters.next().is_none()
    };
    let degree_part = |p: &&str| {
        p.starts_with(|c: char| c.is_ascii_uppercase())
            && p.len() <= 4
            && p.bytes().all(|b| b.is_ascii_alphabetic())
    };
    parts.len() >= 2 && (parts.iter().all(letters) || parts.iter().all(degree_part))
}

/// Endings that the international names of medicines share by what the medicine does
/// (the WHO's stems for international nonproprietary names): "-mab" for monoclonal
/// antibodies, "-mycin" for antibiotics, "-xaban" for anticoagulants, and so on.
const MEDICINE_STEMS: &[&str] = &[
    "mab",
    "mycin",
    "micin",
    "cillin",
    "oxacin",
    "cycline",
    "xaban",
    "gatran",
    "parin",
    "pril",
    "sartan",
    "olol",
    "dipine",
    "statin",
    "prazole",
    "tidine",
    "tinib",
    "ciclib",
    "parib",
    "lisib",
    "navir",
    "previr",
    "buvir",
    "conazole",
    "nidazole",
    "dronate",
    "triptan",
    "lukast",
    "gliptin",
    "gliflozin",
    "glutide",
    "semide",
    "thiazide",
    "oxetine",
    "pramine",
    "triptyline",
    "azepam",
    "zolam",
    "profen",
    "coxib",
    "setron",
    "formin",
    "terol",
    "tropium",
    "afil",
    "olone",
    "asone",
];

/// Whether `word` (in lower case, seven letters or more) is named like a medicine: it
/// ends with one of [`MEDICINE_STEMS`] ("apixaban", "vancomycin", "adalimumab").
fn is_medicine_name(word: &str) -> bool {
    word.len() >= 7
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && MEDICINE_STEMS.iter().any(|stem| word.ends_with(stem))
}

/// Short forms of the words that number the parts of a series, a book or a building
/// ("Ep 3", "Vol. 2", "Fig 4", "Apt 12"): abbreviations only before a number.
const NUMBERING_ABBREVIATIONS: &[&str] = &[
    "ep", "eps", "vol", "vols", "ch", "fig", "figs", "pt", "sec", "para", "eq", "pg", "rm", "apt",
    "ste", "bldg", "flr", "nos",
];

/// Whether `word` is one of [`NUMBERING_ABBREVIATIONS`] followed, after an optional full
/// stop and a space, by a number.
fn numbers_what_follows(body: &str, word: &Word) -> bool {
    let after = &body[word.end..];
    let after = after.strip_prefix('.').unwrap_or(after);
    NUMBERING_ABBREVIATIONS
        .iter()
        .any(|a| word.text.eq_ignore_ascii_case(a))
        && after
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether `word` is the plural of an abbreviation ("NDAs", "KPIs").
fn is_abbreviation_plural(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_uppercase()))
}

/// Prefixes and the combining forms of science and technology written with a hyphen
/// ("pre-specified", "co-founded", "re-engage", "cryo-EM", "neuro-oncology").
const PREFIXES: &[&str] = &[
    "pre", "re", "co", "non", "post", "anti", "multi", "sub", "inter", "intra", "semi", "mid",
    "ex", "de", "bi", "tri", "micro", "macro", "meta", "mis", "un", "e", "cryo", "bio", "neuro",
    "electro", "hydro", "thermo", "geo", "nano", "immuno", "cardio", "psycho", "socio", "agri",
    "agro", "eco", "tele", "ultra", "hyper", "cyber", "opto", "chemo", "radio", "endo", "exo",
    "peri", "proto", "pseudo", "quasi", "photo", "pharmaco", "physio", "onco", "gastro",
];

/// Whether `word` is a prefix joined to the next word by a hyphen.
fn is_prefix(body: &str, word: &Word) -> bool {
    body[word.end..].starts_with('-') && PREFIXES.iter().any(|p| word.text.eq_ignore_ascii_case(p))
}

/// Lower-case words inside people's names ("de Vries", "van der Berg", "bin Salleh").
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "dos", "das",
    "bin", "binti", "al", "el", "ter", "ten", "y",
];

/// Whether `word` is one of the misspellings listed with their fix ("alot"): never read
/// as a word made from others.
fn is_listed_misspelling(word: &str) -> bool {
    MISSPELLINGS
        .iter()
        .any(|(wrong, _)| wrong.eq_ignore_ascii_case(word))
}

/// Whether `lower` is made from dictionary words: another system's spelling of one or
/// of a derivation, a derivation the dictionary lists only in part, or two words of four
/// letters or more closed up ("workpapers"), the first not a word that closes up only by
/// mistake ("everytime", "eventhough").
fn is_derived_word(lower: &str, speller: &Speller) -> bool {
    const NOT_CLOSED_UP: &[&str] = &[
        "every", "even", "some", "each", "such", "much", "more", "most", "less", "very", "well",
        "also", "just", "thank", "what", "when", "where", "with", "from", "into", "onto", "over",
    ];
    let closed_up = || {
        lower.is_ascii()
            && (4..=lower.len().saturating_sub(4)).any(|i| {
                let (first, second) = lower.split_at(i);
                !NOT_CLOSED_UP.contains(&first) && speller.check(first) && speller.check(second)
            })
    };
    // The British form of a derived word ("optimisers": "optimizer") too.
    let american = american_forms(lower);
    american
        .iter()
        .cloned()
        .chain(derived_from(lower))
        .chain(american.iter().flat_map(|f| derived_from(f)))
        .any(|f| speller.check(&f))
        || closed_up()
}

/// Whether `word`, written with a capital, reads as a person's name by what follows it:
/// "'s", or another capitalised word on the same line ("Yuki Tanaka").
fn names_someone(body: &str, word: &Word) -> bool {
    let after = &body[word.end..];
    if after.starts_with("'s") || after.starts_with("’s") {
        return true;
    }
    after
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
}

/// Whether `word` starts a sentence: after a sentence's final mark or a colon (not an
/// abbreviation's full stop), or first on a line that starts a paragraph.
fn starts_sentence(input: &Input, word: &Word) -> bool {
    let body = &input.draft.body;
    body[..word.start]
        .trim_end()
        .chars()
        .last()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ':'))
        && !ends_with_abbreviation(&body[..word.start])
        || starts_line(body, word) && !input.layout.continues_paragraph(word.start)
}

/// Whether `word`, written with a capital at a sentence's start, is written the same
/// way elsewhere in the draft where only a name has a capital: inside a sentence, in
/// the signature, or before a surname or "'s" ("Sipho suggested …" and "From: Sipho
/// Mokoena"), the quoted history included.
fn named_elsewhere(input: &Input, word: &Word) -> bool {
    let body = &input.draft.body;
    input.words.iter().any(|other| {
        other.start != word.start
            && other.text == word.text
            && (names_someone(body, other)
                || input.layout.part_at(other.start) == Part::Signature
                || !starts_sentence(input, other))
    })
}

/// The hyphenated compound `word` is part of ("post-mortems" around "mortems"), or the
/// word alone.
fn compound_around<'a>(body: &'a str, word: &Word) -> &'a str {
    let joined = |c: char| c.is_ascii_alphabetic() || c == '-';
    // The byte after the last character that is not part of it (characters before it may
    // take more than one byte).
    let start = body[..word.start]
        .char_indices()
        .rev()
        .find(|&(_, c)| !joined(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = body[word.end..]
        .find(|c: char| !joined(c))
        .map_or(body.len(), |i| word.end + i);
    body[start..end].trim_matches('-')
}

/// Whether `word` is the first on its line.
fn starts_line(body: &str, word: &Word) -> bool {
    body[..word.start]
        .trim_end_matches([' ', '\t'])
        .chars()
        .last()
        .is_none_or(|c| c == '\n')
}

/// Whether `word` is a word of a sign-off in another language ("Cordialement").
fn is_foreign_closing_word(word: &str) -> bool {
    FOREIGN_CLOSINGS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether the line of `word` (a greeting, a sign-off, a signature's or a field's line)
/// is at least half words the dictionary does not know, two or more: a greeting or a
/// closing in another language ("Bon dia Ana,", "Go raibh maith agat", "Un saludo"), a
/// department's name or an address ("Ressources humaines", "Krasta iela 52"), not a row
/// of misspellings.
fn in_another_language(input: &Input, speller: &Speller, word: &Word) -> bool {
    let body = &input.draft.body;
    let start = body[..word.start].rfind('\n').map_or(0, |i| i + 1);
    let end = body[word.start..]
        .find('\n')
        .map_or(body.len(), |i| word.start + i);
    let line: Vec<&str> = body[start..end]
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let unknown = line
        .iter()
        .filter(|w| !speller.check(w) && !input.known.contains(w.to_lowercase().as_str()))
        .count();
    unknown >= 2 && unknown * 2 >= line.len()
}

/// The word without a possessive "'s" or "’s" at its end (strip_suffix: a string pattern
/// in `trim_end_matches` sets up a substring searcher for every word).
fn without_possessive(word: &str) -> &str {
    let mut w = word;
    while let Some(stem) = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")) {
        w = stem;
    }
    w
}

/// The word without quote marks around it (by bytes: the apostrophe is ASCII, so every
/// cut is on a character boundary, and no character is decoded).
fn trim_apostrophes(word: &str) -> &str {
    let bytes = word.as_bytes();
    let start = bytes
        .iter()
        .position(|&b| b != b'\'')
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|&b| b != b'\'')
        .map_or(start, |i| i + 1);
    &word[start..end]
}

/// Whether `token` is a web address without its scheme: a host of two or more labels,
/// the last of letters, then a path ("forms.example/travel", "meet.acme.example/abc-def").
fn is_bare_address(token: &str) -> bool {
    token.split_once('/').is_some_and(|(host, _)| {
        host.rsplit_once('.').is_some_and(|(name, last)| {
            !name.is_empty()
                && last.len() >= 2
                && last.bytes().all(|b| b.is_ascii_lowercase())
                && host
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        })
    })
}

/// URLs, email addresses, @handles, #channels and hashtags, and names joined by
/// underscores (a file's, a variable's: "Offer_Letter_v2.pdf"): neither spelling nor
/// grammar applies inside them.
fn skipped_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut offset = 0;
    for token in text.split_inclusive(char::is_whitespace) {
        let whole = token.trim_end();
        let t = whole.trim_start_matches(['(', '<', '"', '\'', '[']);
        let lead = whole.len() - t.len();
        // Most words hold none of ':', '.', '@', '#', '_': they need no substring search.
        let marked = t
            .bytes()
            .any(|b| matches!(b, b':' | b'.' | b'@' | b'#' | b'_'));
        let is_link = marked
            && (t.contains("://")
                || t.starts_with("doi:")
                || t.starts_with("www.")
                || t.contains('@')
                || t.contains(".com")
                || t.contains(".org")
                || t.contains(".io")
                || is_bare_address(t)
                || t.starts_with('#') && t[1..].starts_with(|c: char| c.is_ascii_alphabetic())
                || t.trim_matches(|c: char| !c.is_alphanumeric()).contains('_'));
        if is_link {
            spans.push((offset + lead, offset + lead + t.len()));
        }
        offset += token.len();
    }
    spans
}

fn spelling(input: &Input, list: &[Word], out: &mut Findings) {
    let Some(speller) = input.options.speller else {
        return;
    };
    let body = &input.draft.body;
    let mut suggested = 0;
    // Words of a Latin or French phrase ("pro bono", "per se") are neither misspelt nor
    // names.
    let loans = input.find(LOAN_PHRASES);
    // The words that reach the lookups are ASCII: lower-cased into one buffer.
    let mut lower = String::new();
    let mut is_known = |word: &str| {
        lower.clear();
        lower.push_str(word);
        lower.make_ascii_lowercase();
        input.known.contains(lower.as_str()) || is_listed_form(&lower)
    };
    for word in list {
        if out.count("spelling") >= MAX_PER_ID {
            return;
        }
        let w = without_possessive(trim_apostrophes(word.text));
        // Digits, non-Latin letters, accents and capitals mid-sentence are names, codes or
        // words of other languages: not ours to judge (José, Zoë, 王芳, ACME2).
        if w.is_empty()
            || w.chars()
                .any(|c| !c.is_ascii_alphabetic() && c != '\'' && c != '-')
        {
            continue;
        }
        let part = input.layout.part_at(word.start);
        // A capital in a signature block or a field's value is a name or a title;
        // a sign-off may be in another language.
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        if loans
            .iter()
            .any(|(s, e, _)| word.start >= *s && word.end <= *e)
        {
            continue;
        }
        let framing = matches!(
            part,
            Part::Greeting | Part::SignOff | Part::Signature | Part::Field
        );
        if part == Part::Field && in_coded_value(body, word) {
            continue;
        }
        if capital && (part == Part::Signature || part == Part::Field && !starts_line(body, word))
            || part == Part::SignOff && is_foreign_closing_word(w)
            || framing && in_another_language(input, speller, word)
        {
            continue;
        }
        // A name's particle ("Sanne de Vries") or the lower-case part of a hyphenated
        // given name ("Hye-jin Park") in a signature is part of a name.
        let compound = compound_around(body, word);
        if part == Part::Signature
            && (NAME_PARTICLES.contains(&w) || compound.starts_with(|c: char| c.is_uppercase()))
        {
            continue;
        }
        // A part of a hyphenated compound the dictionary knows whole ("post-mortems").
        if compound.len() > word.text.len() && (speller.check(compound) || is_known(compound)) {
            continue;
        }
        // The plural of a compound noun on its last part ("walk-throughs", "run-throughs").
        if compound.len() > word.text.len()
            && compound.ends_with(word.text)
            && w.strip_suffix('s').is_some_and(|stem| speller.check(stem))
        {
            continue;
        }
        // An abbreviation with its full stop ("req. #4471", "Thurs., Jan. 8").
        if body[word.end..].starts_with('.') && is_abbreviation(w) {
            continue;
        }
        // A numbering word cut short before its number ("Ep 3", "Vol. 2").
        if numbers_what_follows(body, word) {
            continue;
        }
        // A capital inside a word marks a name or a code ("GitHub", "qPCR", "SKU").
        let inner_capital = w.chars().skip(1).any(|c| c.is_ascii_uppercase());
        if capital && !starts_sentence(input, word)
            || inner_capital
            || is_abbreviation_plural(w)
            || is_prefix(body, word)
        {
            continue;
        }
        // Known as a whole ("e-mail", a name), else part by part ("follow-up"), else as
        // the British form of a word ("neighbourhood") or a form derived from a word
        // ("renegotiations").
        if is_known(w)
            || speller.check(w)
            || (w.contains('-')
                && w.split('-')
                    .all(|part| !part.is_empty() && (speller.check(part) || is_known(part))))
            || !is_listed_misspelling(w) && is_derived_word(&w.to_ascii_lowercase(), speller)
            || is_medicine_name(w)
        {
            continue;
        }
        // Text-speak ("thx", "pls") is the tone's to name, with the words it stands for:
        // a spelling finding beside it would offer a second, wrong fix.
        if CASUAL.iter().any(|c| c.eq_ignore_ascii_case(w)) {
            continue;
        }
        // A contraction without its apostrophe ("dont") is a grammar finding (asked after
        // the dictionary: most words are in it).
        if UNMARKED_CONTRACTIONS
            .iter()
            .any(|(bare, _)| bare.eq_ignore_ascii_case(w))
        {
            continue;
        }
        // A name written in lower case ("sam", "mondays", "i'll"): a capital is missing,
        // not a letter (days, months and languages, and a sentence's first word, have
        // their own finding).
        if w.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'') && speller.check(&capitalize(w))
        {
            // "Taylor-san", "Hye-jin": a part joined to a name is the name's.
            let joined_to_name = compound.len() > w.len()
                && compound.starts_with(|c: char| c.is_uppercase())
                && !compound.starts_with(w);
            // "et al" broken over a line is a citation's, not a name.
            if !is_proper_noun(w)
                && !joined_to_name
                && !is_et_al(&body[..word.start + w.len()])
                && !starts_sentence(input, word)
                && out.count("grammar") < MAX_PER_ID
            {
                out.push(
                    "grammar",
                    Severity::Warning,
                    "body",
                    (word.start, word.start + w.len()),
                    format!("\"{w}\" is a name: write it with a capital."),
                    capitalize(w),
                );
            }
            continue;
        }
        let listed = MISSPELLINGS
            .iter()
            .find(|(wrong, _)| wrong.eq_ignore_ascii_case(w));
        let mut ranked: Vec<String> = match listed {
            Some((_, right)) => vec![right.to_string()],
            None => speller.ranked_suggestions(w),
        };
        // A capitalised word with nothing one edit from it in the dictionary is a name,
        // also at a sentence's start ("Priya joined the call"): a misspelt word has a near
        // one. So is one followed by another capitalised word or by "'s" ("Yuki Tanaka
        // joins", "Akosua's point"). Asked before the slow suggester, whose far words
        // ("Kossuth") would make any name look misspelt.
        if capital
            && (ranked.is_empty() || names_someone(body, word) || named_elsewhere(input, word))
        {
            continue;
        }
        if ranked.is_empty() && suggested < input.options.suggestions {
            suggested += 1;
            ranked.extend(speller.suggest(w));
        }
        if capital {
            ranked = ranked.iter().map(|r| capitalize(r)).collect();
        }
        let quoted: Vec<String> = ranked.iter().map(|r| format!("\"{r}\"")).collect();
        let message = match quoted.split_first() {
            None => format!("\"{w}\" may be misspelled, and no close word was found."),
            Some((best, [])) => format!("\"{w}\" may be misspelled: {best}?"),
            Some((best, others)) => format!(
                "\"{w}\" may be misspelled: {best}, or {}?",
                others.join(", ")
            ),
        };
        out.push(
            "spelling",
            Severity::Warning,
            "body",
            (word.start, word.start + w.len()),
            message,
            ranked.into_iter().next().unwrap_or_default(),
        );
    }
}

/// Whether `a b` is a name made of one word twice ("Walla Walla", "Bora Bora"): both
/// written with a capital, and not a word that starts sentences ("The The").
fn is_place_named_twice(a: &str, b: &str) -> bool {
    const SENTENCE_WORDS: &[&str] = &[
        "the", "a", "an", "to", "of", "and", "in", "for", "is", "on", "that", "with", "i", "we",
        "you", "it", "this", "my", "our", "please", "thank", "thanks", "as", "at", "if",
    ];
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    capital(a) && capital(b) && !SENTENCE_WORDS.contains(&a.to_ascii_lowercase().as_str())
}

/// Verbs whose particle may be followed by the same word as a preposition ("log in in
/// the morning", "sign on on the day", "hand it in in person"), by their base form or,
/// when irregular, as written.
const PHRASAL_VERBS: &[&str] = &[
    "log", "check", "sign", "hand", "fill", "turn", "drop", "call", "clock", "opt", "plug", "dial",
    "phone", "send", "sent", "follow", "step", "pick", "join", "jump", "put", "bring", "brought",
    "come", "came", "get", "got", "go", "went", "move", "sit", "sat", "hold", "held", "carry",
    "back",
];

/// Objects that may stand between a phrasal verb and its particle ("hand it in").
const PARTICLE_OBJECTS: &[&str] = &["it", "them", "this", "that", "everything"];

/// Whether `pair` (the same word twice) is a phrasal verb's particle and then the same
/// word as a preposition: "in", "on", "up", "out", "off", "over" or "down" after one of
/// [`PHRASAL_VERBS`], or after its object ("hand it in in person").
fn particle_then_preposition(list: &[Word], pair: &[Word]) -> bool {
    const PARTICLES: &[&str] = &["in", "on", "up", "out", "off", "over", "down"];
    if !PARTICLES.contains(&pair[0].text.to_ascii_lowercase().as_str()) {
        return false;
    }
    let at = list.partition_point(|w| w.start < pair[0].start);
    let word = |back: usize| {
        at.checked_sub(back)
            .map(|k| list[k].text.to_ascii_lowercase())
    };
    let Some(mut verb) = word(1) else {
        return false;
    };
    if PARTICLE_OBJECTS.contains(&verb.as_str()) {
        let Some(before) = word(2) else {
            return false;
        };
        verb = before;
    }
    is_phrasal_verb(&verb)
}

/// Whether `verb` (lower case) is a form of one of [`PHRASAL_VERBS`]: as listed, or its
/// base with an ending taken off ("logged", "dropping", "signs").
fn is_phrasal_verb(verb: &str) -> bool {
    let base = ["ing", "ed", "s", "d"]
        .iter()
        .find_map(|end| verb.strip_suffix(end).filter(|b| b.len() >= 2))
        .map(|b| match b.as_bytes() {
            // "logged", "dropping": the doubled last letter goes with the ending.
            [.., x, y] if x == y && !matches!(x, b'l' | b's') => &b[..b.len() - 1],
            _ => b,
        });
    PHRASAL_VERBS.contains(&verb) || base.is_some_and(|b| PHRASAL_VERBS.contains(&b))
}

/// Whether a repeated "is" or "was" (`verb`) is right: the first ends a clause that
/// names a thing, opened by "what" or "all" earlier in its sentence (`before`, the text
/// before it): "What it is is a chance", "All it was was a delay".
fn ends_a_named_thing(before: &str, verb: &str) -> bool {
    let sentence = before.rsplit(['.', '!', '?', '\n']).next().unwrap_or("");
    let words: Vec<&str> = sentence.split_whitespace().collect();
    ["is", "was"].iter().any(|v| verb.eq_ignore_ascii_case(v))
        && words.len() >= 2
        && words.len() <= 6
        && ["what", "all"]
            .iter()
            .any(|w| words[0].eq_ignore_ascii_case(w))
}

/// A note that ends with the writer's name after its last sentence ("I will call you
/// on Monday. - Priya", "Ta. Bill", "Thanks again, Cheers, Dean"): the sentence before
/// the name is ended, and the name needs no full stop.
fn ends_with_a_signature(line: &str) -> bool {
    let name_at = line.rfind(['.', '!', '?', ',']).map_or(0, |k| k + 1);
    // A quotation attributed to its writer: "'Well done!' - Sam Hughes".
    let name =
        line[name_at..].trim_start_matches(|c: char| c.is_whitespace() || "-–—'\"’”".contains(c));
    let words = name.split_whitespace().count();
    name_at > 0
        && name.len() < line[name_at..].len()
        && (1..=2).contains(&words)
        && name.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic)
        })
}

/// Whether `word` is part of a field's value that is one code, a user name or a
/// reference ("Username: guest-tbrooks", "Booking: kx-2291"): one token of letters with
/// a hyphen, an underscore or a digit.
fn in_coded_value(body: &str, word: &Word) -> bool {
    let line_start = body[..word.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = body[word.end..]
        .find('\n')
        .map_or(body.len(), |i| word.end + i);
    let line = &body[line_start..line_end];
    line.split_once(": ").is_some_and(|(key, value)| {
        let value = value.trim();
        line_start + key.len() + 2 <= word.start
            && !value.contains(char::is_whitespace)
            && value.contains(|c: char| c.is_ascii_digit() || c == '-' || c == '_')
    })
}

/// `line` without the quoted-printable codes at its end ("=20" for a space, "=" for a
/// soft line break).
fn without_line_codes(line: &str) -> &str {
    let mut rest = line;
    loop {
        let bytes = rest.as_bytes();
        let n = bytes.len();
        let code = n >= 3
            && bytes[n - 3] == b'='
            && bytes[n - 2..]
                .iter()
                .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(b));
        if code {
            rest = &rest[..n - 3];
        } else if let Some(soft) = rest.strip_suffix('=') {
            rest = soft;
        } else {
            return rest;
        }
    }
}

/// A line that hands over a value after a colon ("Your code: TB-7Q2K-99LM", "The form:
/// forms.example/travel", "Your status is now: UNDER REVIEW"): one word of a code, a
/// number or an address, which a full stop after it would seem to belong to, or up to
/// four words in capitals, a system's label.
fn ends_with_a_value(line: &str) -> bool {
    line.rsplit_once(": ").is_some_and(|(_, value)| {
        let code = !value.contains(char::is_whitespace)
            && value.contains(|c: char| c.is_ascii_digit() || "/@._-".contains(c));
        let label = value.split_whitespace().count() <= 4
            && value.chars().any(char::is_alphabetic)
            && !value.chars().any(char::is_lowercase);
        code || label
    })
}

fn grammar(input: &Input, list: &[Word], skip: &[(usize, usize)], out: &mut Findings) {
    let body = &input.draft.body;
    // A repeated word: "the the" (not "had had" or "that that", which can be right).
    for pair in list.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let between = &body[a.end..b.start];
        if a.text.eq_ignore_ascii_case(b.text)
            && !["had", "that"]
                .iter()
                .any(|w| a.text.eq_ignore_ascii_case(w))
            && !particle_then_preposition(list, pair)
            && !is_place_named_twice(a.text, b.text)
            && !ends_a_named_thing(&body[..a.start], a.text)
            && between.chars().all(|c| c == ' ')
            && !between.is_empty()
            && a.text.chars().any(char::is_alphabetic)
            && out.count("grammar") < MAX_PER_ID
        {
            out.push(
                "grammar",
                Severity::Warning,
                "body",
                (a.start, b.end),
                format!("\"{}\" is written twice.", a.text),
                a.text.to_string(),
            );
        }
    }
    doubled_punctuation(input, skip, out);
    // "I would welcome the chance to help with someone to own the model."
    for (start, end, phrase) in input.find(&[
        "help with someone to",
        "help with someone who",
        "help with somebody to",
        "help with somebody who",
    ]) {
        if out.count("grammar") < MAX_PER_ID {
            let fix = format!(
                "be the person {}",
                &phrase[phrase.rfind(' ').unwrap_or(0) + 1..]
            );
            out.push(
                "grammar",
                Severity::Warning,
                "body",
                (start, end),
                format!("You would help by being that person: write \"{fix} …\"."),
                fix,
            );
        }
    }
    // Lower-case "i".
    for word in list {
        if word.text == "i" && out.count("grammar") < MAX_PER_ID {
            out.push(
                "grammar",
                Severity::Warning,
                "body",
                (word.start, word.end),
                "Write \"I\" as a capital.".to_string(),
                "I".to_string(),
            );
        }
    }
    // Days, months, languages, nationalities and holidays written in lower case, also
    // with "'s" ("monday's meeting").
    for word in list {
        let name = without_possessive(word.text);
        if is_proper_noun(name) && out.count("grammar") < MAX_PER_ID {
            out.push(
                "grammar",
                Severity::Warning,
                "body",
                (word.start, word.start + name.len()),
                format!("\"{name}\" is a name: write it with a capital."),
                capitalize(name),
            );
        }
    }
    // "polish", "may" and "march" where the words before make them names: "fluent
    // polish", "in may", "on 1 may".
    for (i, word) in list.iter().enumerate() {
        let Some(&(_, after)) = NAMES_AFTER.iter().find(|(name, _)| word.text == *name) else {
            continue;
        };
        let joined = |a: &Word, b: &Word| body[a.end..b.start].bytes().all(|c| c == b' ');
        let before = i
            .checked_sub(1)
            .map(|j| list[j])
            .filter(|b| joined(b, word));
        let named = before.is_some_and(|b| {
            after.iter().any(|a| b.text.eq_ignore_ascii_case(a))
                || after == MONTH_BEFORE
                    && b.text.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
                    && i.checked_sub(2).is_some_and(|j| {
                        joined(&list[j], &b)
                            && ["on", "from", "until", "by", "since"]
                                .iter()
                                .any(|w| list[j].text.eq_ignore_ascii_case(w))
                    })
        });
        if named && out.count("grammar") < MAX_PER_ID {
            out.push(
                "grammar",
                Severity::Warning,
                "body",
                (word.start, word.end),
                format!("\"{}\" is a name: write it with a capital.", word.text),
                capitalize(word.text),
            );
        }
    }
    // Sentences that start in lower case (prose, the greeting and the sign-off), unless
    // the whole draft is written so: the tone names that style once, and its sentences
    // go without final stops as a text message's do.
    let lower_case_style = !input.lower_case_style().is_empty();
    for &(s, _) in input.prose_sentences.iter().filter(|_| !lower_case_style) {
        let Some(first) = body[s..].chars().next() else {
            continue;
        };
        // After an ellipsis ("that would be... awkward") or under a list it closes ("A -
        // soup\nB - salad\nor tell us what you need."), the sentence goes on.
        let before = body[..s].trim_end();
        if first.is_lowercase()
            && !skip.iter().any(|(a, b)| s >= *a && s < *b)
            && !ends_with_abbreviation(&body[..s])
            && !before.ends_with("..")
            && !before.ends_with('…')
            && !input.layout.follows_item(s)
            && out.count("grammar") < MAX_PER_ID
        {
            let end = s + body[s..]
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(body.len() - s);
            let word = &body[s..end];
            let fix = capitalize(word);
            out.push(
                "grammar",
                Severity::Warning,
                "body",
                (s, end),
                "Start the sentence with a capital letter.".to_string(),
                fix,
            );
        }
    }
    // A prose paragraph whose last line is a sentence (four words or more: not a name)
    // should end with punctuation. Lists, fields, sign-offs and signatures need none.
    for (s, e) in input.layout.paragraphs() {
        let line_start = body[s..e].rfind('\n').map_or(s, |n| s + n + 1);
        let line = body[line_start..e].trim();
        // A one-line note that opens with a greeting may close with the name alone.
        let is_sentence = words_within(&input.words, line_start, e).len() >= 4
            && !GREETINGS
                .iter()
                .any(|g| input.body_lower[line_start..].starts_with(g));
        // "… just yet.=20": mail sent quoted-printable ends its lines with codes for a
        // space or a soft break, which are not the sentence's.
        let decoded = without_line_codes(line);
        let ends_ok = decoded.chars().last().is_none_or(|c| !c.is_alphanumeric())
            || ends_with_a_signature(line)
            || ends_with_a_value(line)
            || is_in_capitals(line);
        let in_link = skip.iter().any(|(a, b)| e > *a && e <= *b);
        if is_sentence
            && !lower_case_style
            && !ends_ok
            && !in_link
            && !input.layout.leads_into_next_line(e)
            && out.count("grammar") < MAX_PER_ID
        {
            let start = body[..e]
                .char_indices()
                .rfind(|(_, c)| c.is_whitespace())
                .map_or(s, |(i, c)| (i + c.len_utf8()).max(s));
            out.push(
                "grammar",
                Severity::Warning,
                "body",
                (start, e),
                "End the sentence with a full stop.".to_string(),
                format!("{}.", &body[start..e]),
            );
        }
    }
}

/// Whether every letter of `line` is a capital ("ROOM FOUR NOW AVAILABLE"): a label or a
/// banner set apart by its case, which takes no full stop.
fn is_in_capitals(line: &str) -> bool {
    line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase)
}

/// Two punctuation marks in a row (". .", ",.", ".,"), as filling a template with a note
/// that ends in a full stop makes. An ellipsis, "?!" and "!!" (tone's business) and an
/// abbreviation's stop before a comma ("etc.,") are not doubled.
fn doubled_punctuation(input: &Input, skip: &[(usize, usize)], out: &mut Findings) {
    const MARKS: &[u8] = b".,;:!?";
    let body = input.draft.body.as_bytes();
    let mut i = 0;
    while i < body.len() {
        let a = body[i];
        if !MARKS.contains(&a) {
            i += 1;
            continue;
        }
        let j = i + 1 + body[i + 1..].iter().take_while(|&&b| b == b' ').count();
        let Some(&b) = body.get(j).filter(|b| MARKS.contains(b)) else {
            i += 1;
            continue;
        };
        let run = body[i..].iter().take_while(|&&c| c == b'.').count();
        let glued = j == i + 1;
        // One mark repeated (",,", "..") is the repeated-punctuation check's
        // (`punctuation`); this one finds two different marks or a mark spaced off.
        let fine = (glued && (a == b || run >= 3))
            || (b"!?".contains(&a) && b"!?".contains(&b))
            || (a == b'.' && glued && b != b'.' && after_abbreviation(&input.draft.body[..i]))
            || skip.iter().any(|(s, e)| i >= *s && i < *e);
        if fine {
            i += run.max(1);
            continue;
        }
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        let keep = if b".!?".contains(&b) { b } else { a };
        // Marks and spaces are ASCII: `i..=j` is on character boundaries.
        let written = &input.draft.body[i..=j];
        out.push(
            "grammar",
            Severity::Warning,
            "body",
            (i, j + 1),
            format!("\"{written}\": one punctuation mark is enough."),
            char::from(keep).to_string(),
        );
        i = j + 1;
    }
}

/// Whether `before` ends with an abbreviation that takes a full stop ("etc", "e.g",
/// "Thurs"), the stop itself not included.
fn after_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
        .next()
        .unwrap_or("");
    // An initial ("Pereira, M., & Hassan, R.") is a name cut short too.
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    initial || is_abbreviation(word) || is_et_al(before)
}

/// Whether `before` ends with "et al" ("Mensah et al. found"): "al" shortens "alii" and
/// takes a full stop only after "et", so it is no abbreviation alone.
fn is_et_al(before: &str) -> bool {
    // Only the last few characters count: a draft's whole text before each word would
    // make checking a long draft quadratic.
    let tail_at = before.char_indices().rev().nth(15).map_or(0, |(at, _)| at);
    let lower = before[tail_at..].to_ascii_lowercase();
    lower
        .strip_suffix("al")
        .filter(|rest| rest.ends_with(char::is_whitespace))
        .and_then(|rest| rest.trim_end().strip_suffix("et"))
        .is_some_and(|rest| {
            (rest.is_empty() && tail_at == 0) || rest.ends_with(|c: char| !c.is_alphanumeric())
        })
}

#[cfg(test)]
mod tests {
    use super::trim_apostrophes;

    #[test]
    fn apostrophes_trimmed_like_trim_matches() {
        for word in [
            "'tis'",
            "''",
            "'",
            "don't",
            "José'",
            "'王芳'",
            "rock'n'roll''",
            "",
        ] {
            assert_eq!(trim_apostrophes(word), word.trim_matches('\''), "{word}");
        }
    }
}
