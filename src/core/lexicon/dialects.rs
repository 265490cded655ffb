//! British, Canadian and Australian spellings: a word the en_US dictionary lacks is
//! accepted when its American form is there ("organised", "neighbourhood", "modelling",
//! "fibre", "catalogue", "licence", "paediatric"). The rewrites are a handful of
//! string edits tried on an unknown word only, so no work grows with the dictionary.
//! With a spelling system chosen (`Spelling`), the forms the others write are noted
//! ([`form_in`]).

use crate::core::check::text::WordSet;
use crate::core::model::Spelling;
use std::sync::OnceLock;

/// Endings rewritten from the British to the American form, longest first within a
/// family: -ise/-isation, -yse, -our, -re, -ogue, -ence, doubled l before a suffix,
/// -mme, -dgement and the verb -ctise (practise).
const ENDINGS: &[(&str, &str)] = &[
    ("isations", "izations"),
    ("isation", "ization"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("iser", "izer"),
    ("isers", "izers"),
    ("ises", "izes"),
    ("ise", "ize"),
    ("ysing", "yzing"),
    ("ysed", "yzed"),
    ("yses", "yzes"),
    ("yse", "yze"),
    ("ogues", "ogs"),
    ("ogued", "oged"),
    ("oguing", "oging"),
    ("ogue", "og"),
    ("tres", "ters"),
    ("tre", "ter"),
    ("bres", "bers"),
    ("bre", "ber"),
    ("llors", "lors"),
    ("llor", "lor"),
    ("llists", "lists"),
    ("llist", "list"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ller", "ler"),
    ("llers", "lers"),
    ("lment", "llment"),
    ("lments", "llments"),
    ("ences", "enses"),
    ("ence", "ense"),
    ("mme", "m"),
    ("mmes", "ms"),
    ("dgement", "dgment"),
    ("dgements", "dgments"),
    ("ctise", "ctice"),
    ("ctised", "cticed"),
    ("ctises", "ctices"),
    ("ctising", "cticing"),
];

/// Letter groups rewritten anywhere in the word: "our" (colour, neighbourhood,
/// candour), "ou" in "mould" and "smoulder", "ae" and "oe" (paediatric, manoeuvre),
/// "enq" (enquire).
const INFIXES: &[(&str, &str)] = &[
    ("our", "or"),
    ("mould", "mold"),
    ("smoulder", "smolder"),
    ("ae", "e"),
    ("oe", "e"),
    ("oeuvre", "euver"),
    ("enq", "inq"),
];

/// The American forms a British, Canadian or Australian spelling of `word` may have:
/// each ending or letter group rewritten once, and "-ise" with "-our" both rewritten
/// ("colourised"). `word` is lower-case ASCII.
pub fn american_forms(word: &str) -> Vec<String> {
    let mut forms = Vec::new();
    for (british, american) in ENDINGS {
        if let Some(stem) = word.strip_suffix(british) {
            if stem.len() >= 2 {
                forms.push(format!("{stem}{american}"));
            }
        }
    }
    let ended: Vec<String> = forms.clone();
    for (british, american) in INFIXES {
        for base in std::iter::once(word.to_string()).chain(ended.iter().cloned()) {
            if let Some(at) = base.find(british) {
                forms.push(format!(
                    "{}{american}{}",
                    &base[..at],
                    &base[at + british.len()..]
                ));
            }
        }
    }
    forms
}

/// Prefixes that make a word of a word ("deduplicate", "intercompany", "replatform").
const PREFIXES: &[&str] = &[
    "de", "re", "un", "inter", "intra", "multi", "non", "pre", "post", "sub", "super", "co",
    "cross", "over", "under", "out", "micro", "macro", "mis", "anti", "auto", "semi", "meta",
    "hyper", "mega", "mid", "bi", "tri",
];

/// Words a derived form is made from, for the derivations the dictionary lists only in
/// part: plurals of nouns with a noun ending ("renegotiations", "materializations"),
/// "-ship" from a noun ("preceptorship"), "-ability" from "-able" ("enforceability"),
/// "-er" and "-or" for the one who does something ("explainer", "effector", "patroller"), "-wards"
/// from "-ward" ("onwards"), plurals of "-ing" nouns ("tailings"), "-able" of "-ate"
/// ("compensable"), "-omics" and "-ology" fields ("transcriptomics", "neonatology"), and
/// a prefix before a word ("deduplicating", "prestart"). `word` is lower-case ASCII.
pub fn derived_from(word: &str) -> Vec<String> {
    const NOUN_ENDINGS: &[&str] = &[
        "tion", "sion", "ment", "ity", "ance", "ence", "ness", "ist", "er", "or", "ant", "ent",
        "ure", "age", "ism", "ship",
    ];
    let mut bases = Vec::new();
    if let Some(stem) = word.strip_suffix('s') {
        if NOUN_ENDINGS.iter().any(|e| stem.ends_with(e)) {
            bases.push(stem.to_string());
        }
    }
    // A state or office of a person: "preceptorship", "apprenticeship".
    if let Some(stem) = word.strip_suffix("ship").filter(|s| s.len() >= 4) {
        bases.push(stem.to_string());
    }
    if let Some(stem) = word.strip_suffix("ability") {
        bases.push(format!("{stem}able"));
    }
    // The one who does it, and the ones ("approvers").
    let singular = word.strip_suffix('s').filter(|w| w.ends_with("er"));
    for agent in std::iter::once(word).chain(singular) {
        bases.extend(agent_bases(agent));
    }
    // "-able" of a verb in "-ate" ("compensable"), a field of "-omics" ("transcriptomics"),
    // and the study of what an adjective in "-al" names ("neonatology").
    if let Some(stem) = word.strip_suffix("able").filter(|s| s.len() >= 4) {
        bases.push(format!("{stem}ate"));
    }
    if let Some(stem) = word.strip_suffix("omics").filter(|s| s.len() >= 4) {
        bases.push(stem.to_string());
    }
    if let Some(stem) = word.strip_suffix("ology").filter(|s| s.len() >= 4) {
        bases.push(format!("{stem}al"));
    }
    if let Some(stem) = word
        .strip_suffix("wards")
        .or_else(|| word.strip_suffix("ings"))
    {
        let ending = if word.ends_with("wards") {
            "ward"
        } else {
            "ing"
        };
        bases.push(format!("{stem}{ending}"));
    }
    // Six letters at least after a prefix of two (five after a longer one): a misspelt
    // word that starts like a prefix leaves a short word behind ("regrads": "grads").
    for prefix in PREFIXES {
        let least = if prefix.len() >= 3 { 5 } else { 6 };
        if let Some(stem) = word.strip_prefix(prefix).filter(|s| s.len() >= least) {
            bases.push(stem.to_string());
        }
    }
    bases
}

/// The verbs (or a verb's past form) that `word`, a noun for the one who does
/// something, may come from: a word before "-er" or "-or" ("effector"), a verb that
/// doubles its last consonant ("patroller", as "patrolled"), and a verb in "-e"
/// ("approver"). `word` is lower-case ASCII.
fn agent_bases(word: &str) -> Vec<String> {
    let mut bases = Vec::new();
    for agent in ["er", "or"] {
        if let Some(stem) = word.strip_suffix(agent).filter(|s| s.len() >= 5) {
            bases.push(stem.to_string());
        }
    }
    // The verb five letters at least, since short ones leave misspellings of "-ar"
    // nouns behind ("piller", "begger").
    if let Some(stem) = word.strip_suffix("er").filter(|s| s.len() >= 6) {
        let mut last = stem.bytes().rev();
        if last.next().is_some_and(|b| !b"aeiou".contains(&b)) && last.next() == stem.bytes().last()
        {
            bases.push(format!("{stem}ed"));
        }
    }
    if let Some(stem) = word.strip_suffix("er").filter(|s| s.len() >= 4) {
        bases.push(format!("{stem}e"));
    }
    bases
}

/// Whether `word` (lower-case) is a form these lists give for some system ("centred",
/// "programme"): the spelling check accepts every form it may suggest.
pub fn is_listed_form(word: &str) -> bool {
    // Asked of most words of every draft: the lists' forms are gathered into a set once.
    static FORMS: OnceLock<WordSet<&'static str>> = OnceLock::new();
    FORMS
        .get_or_init(|| {
            AMERICAN_FORMS
                .iter()
                .map(|(_, other, _)| *other)
                .chain(BRITISH_FORMS.iter().map(|(other, _)| *other))
                .collect()
        })
        .contains(word)
}

/// Words the other systems spell apart from American English, with the systems that do
/// (not pairs American dictionaries give both of, "gray" and "grey", "canceled" and
/// "cancelled"):
/// the American form is in the dictionary, so the rewrites above, which start from the
/// other form, cannot tell it from an ordinary word. Only pairs where the American form
/// is never right in those systems ("program" and "license" are, in some senses).
pub const AMERICAN_FORMS: &[(&str, &str, &[Spelling])] = &[
    ("color", "colour", COMMONWEALTH),
    ("colors", "colours", COMMONWEALTH),
    ("colored", "coloured", COMMONWEALTH),
    ("colorful", "colourful", COMMONWEALTH),
    ("favorite", "favourite", COMMONWEALTH),
    ("favorites", "favourites", COMMONWEALTH),
    ("favor", "favour", COMMONWEALTH),
    ("favorable", "favourable", COMMONWEALTH),
    ("behavior", "behaviour", COMMONWEALTH),
    ("behaviors", "behaviours", COMMONWEALTH),
    ("behavioral", "behavioural", COMMONWEALTH),
    ("honor", "honour", COMMONWEALTH),
    ("honored", "honoured", COMMONWEALTH),
    ("labor", "labour", COMMONWEALTH),
    ("neighbor", "neighbour", COMMONWEALTH),
    ("neighborhood", "neighbourhood", COMMONWEALTH),
    ("humor", "humour", COMMONWEALTH),
    ("endeavor", "endeavour", COMMONWEALTH),
    ("endeavors", "endeavours", COMMONWEALTH),
    ("center", "centre", COMMONWEALTH),
    ("centers", "centres", COMMONWEALTH),
    ("centered", "centred", COMMONWEALTH),
    ("theater", "theatre", COMMONWEALTH),
    ("fiber", "fibre", COMMONWEALTH),
    ("catalog", "catalogue", COMMONWEALTH),
    ("traveled", "travelled", COMMONWEALTH),
    ("traveling", "travelling", COMMONWEALTH),
    ("traveler", "traveller", COMMONWEALTH),
    ("modeling", "modelling", COMMONWEALTH),
    ("modeled", "modelled", COMMONWEALTH),
    ("labeled", "labelled", COMMONWEALTH),
    ("labeling", "labelling", COMMONWEALTH),
    ("defense", "defence", COMMONWEALTH),
    ("offense", "offence", COMMONWEALTH),
    ("jewelry", "jewellery", COMMONWEALTH),
    ("analyze", "analyse", BRITISH_AND_AUSTRALIAN),
    ("analyzed", "analysed", BRITISH_AND_AUSTRALIAN),
    ("analyzing", "analysing", BRITISH_AND_AUSTRALIAN),
    ("fulfill", "fulfil", BRITISH_AND_AUSTRALIAN),
    ("enrollment", "enrolment", BRITISH_AND_AUSTRALIAN),
    ("skeptical", "sceptical", BRITISH_AND_AUSTRALIAN),
    ("pediatric", "paediatric", BRITISH_AND_AUSTRALIAN),
    ("aging", "ageing", BRITISH_AND_AUSTRALIAN),
];

/// Forms American English never writes whose American form some other system also
/// writes in some sense ("a computer program", "to license"), with that American form.
const BRITISH_FORMS: &[(&str, &str)] = &[
    ("programme", "program"),
    ("programmes", "programs"),
    ("licence", "license"),
    ("licences", "licenses"),
    ("practise", "practice"),
    ("practised", "practiced"),
    ("practising", "practicing"),
    ("cheque", "check"),
    ("cheques", "checks"),
];

const COMMONWEALTH: &[Spelling] = &[Spelling::Uk, Spelling::Ca, Spelling::Au];
const BRITISH_AND_AUSTRALIAN: &[Spelling] = &[Spelling::Uk, Spelling::Au];

/// The form `system` writes for `word` (lower-case) where it differs: from the lists
/// above, and for "-ize" and "-ise" verbs by the system (`ize_or_ise`; `speller_knows`
/// confirms the "-ize" form is a word): American and Canadian write "-ize", Australian
/// "-ise", British either.
pub fn form_in(
    system: Spelling,
    word: &str,
    speller_knows: impl Fn(&str) -> bool,
) -> Option<String> {
    if let Some((dialect, other)) = ize_or_ise(word) {
        let wanted = match system {
            Spelling::Us | Spelling::Ca => Dialect::American,
            Spelling::Au => Dialect::British,
            Spelling::Uk => return None,
        };
        let american = if dialect == Dialect::American {
            word
        } else {
            &other
        };
        return (dialect != wanted && speller_knows(american)).then_some(other);
    }
    if system == Spelling::Us {
        // From the lists, not the rewrites: the dictionary also holds the other systems'
        // forms, and a rewrite can make a different word ("filled", "filed").
        return AMERICAN_FORMS
            .iter()
            .map(|(american, other, _)| (other, american))
            .chain(
                BRITISH_FORMS
                    .iter()
                    .map(|(other, american)| (other, american)),
            )
            .find(|(other, _)| **other == word)
            .map(|(_, american)| american.to_string());
    }
    AMERICAN_FORMS
        .iter()
        .find(|(american, _, systems)| *american == word && systems.contains(&system))
        .map(|(_, other, _)| other.to_string())
}

/// The spelling system a word shows, where it shows one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// "-ize" ("organized", "realization").
    American,
    /// "-ise" ("organised", "realisation").
    British,
}

/// The spelling system of `word` (lower-case) if it ends in "-ize" or "-ise" as a verb
/// may ("organize", "realising"), with the other system's form; never for "size",
/// "prize", "seize" or "otherwise". The caller confirms with the dictionary that the
/// other form is a word ("advise" has none).
pub fn ize_or_ise(word: &str) -> Option<(Dialect, String)> {
    const SUFFIXES: &[&str] = &["e", "ed", "es", "ing", "ation", "ations", "er", "ers"];
    // Nothing is written out until a word has such an ending: the check asks this of
    // every word with "is" or "iz" in it.
    for suffix in SUFFIXES {
        let Some(before) = word.strip_suffix(suffix) else {
            continue;
        };
        for (letter, dialect, other) in
            [('z', Dialect::American, 's'), ('s', Dialect::British, 'z')]
        {
            if let Some(stem) = before
                .strip_suffix(letter)
                .and_then(|b| b.strip_suffix('i'))
            {
                if stem.len() >= 3 && !stem.ends_with(['s', 'w']) && !stem.ends_with("pr") {
                    return Some((dialect, format!("{stem}i{other}{suffix}")));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{american_forms, derived_from, form_in, ize_or_ise, Dialect};
    use crate::core::model::Spelling;

    /// A stand-in for the en_US dictionary, enough for these words.
    fn us_knows(word: &str) -> bool {
        [
            "color",
            "organize",
            "organized",
            "realize",
            "center",
            "analyze",
            "travel",
            "advise",
            "neighborhood",
            "program",
            "license",
            "size",
        ]
        .contains(&word)
    }

    #[test]
    fn each_system_notes_the_forms_it_does_not_write() {
        let cases = [
            (Spelling::Us, "colour", Some("color")),
            (Spelling::Us, "organised", Some("organized")),
            (Spelling::Us, "neighbourhood", Some("neighborhood")),
            (Spelling::Us, "color", None),
            (Spelling::Us, "advise", None),
            (Spelling::Uk, "color", Some("colour")),
            (Spelling::Uk, "organize", None),
            (Spelling::Uk, "organise", None),
            (Spelling::Uk, "analyze", Some("analyse")),
            (Spelling::Uk, "program", None),
            (Spelling::Uk, "license", None),
            (Spelling::Ca, "center", Some("centre")),
            (Spelling::Ca, "organise", Some("organize")),
            (Spelling::Ca, "analyze", None),
            (Spelling::Au, "organize", Some("organise")),
            (Spelling::Au, "realize", Some("realise")),
            (Spelling::Au, "size", None),
            (Spelling::Au, "colour", None),
        ];
        for (system, word, wanted) in cases {
            assert_eq!(
                form_in(system, word, us_knows).as_deref(),
                wanted,
                "{system:?} {word}"
            );
        }
    }

    #[test]
    fn every_listed_pair_differs_and_names_a_system() {
        for (american, other, systems) in super::AMERICAN_FORMS {
            assert_ne!(american, other);
            assert!(!systems.is_empty() && !systems.contains(&Spelling::Us));
        }
    }

    #[test]
    fn british_spellings_have_their_american_forms() {
        for (british, american) in [
            ("organised", "organized"),
            ("optimisation", "optimization"),
            ("neighbourhood", "neighborhood"),
            ("candour", "candor"),
            ("modelled", "modeled"),
            ("labelling", "labeling"),
            ("fibre", "fiber"),
            ("centres", "centers"),
            ("catalogued", "cataloged"),
            ("licences", "licenses"),
            ("moulding", "molding"),
            ("mould", "mold"),
            ("paediatric", "pediatric"),
            ("analysed", "analyzed"),
            ("enrolment", "enrollment"),
            ("programmes", "programs"),
            ("colourised", "colorized"),
            ("acknowledgements", "acknowledgments"),
            ("practising", "practicing"),
            ("enquiries", "inquiries"),
        ] {
            assert!(
                american_forms(british).iter().any(|f| f == american),
                "{british}: {:?}",
                american_forms(british)
            );
        }
    }

    #[test]
    fn derived_forms_name_their_base() {
        for (word, base) in [
            ("renegotiations", "renegotiation"),
            ("enforceability", "enforceable"),
            ("explainer", "explain"),
        ] {
            assert!(derived_from(word).iter().any(|b| b == base), "{word}");
        }
        assert!(derived_from("actuals").is_empty());
    }

    #[test]
    fn ize_and_ise_verbs() {
        assert_eq!(
            ize_or_ise("organized"),
            Some((Dialect::American, "organised".to_string()))
        );
        assert_eq!(
            ize_or_ise("realising"),
            Some((Dialect::British, "realizing".to_string()))
        );
        for word in ["size", "prize", "seize", "capsize", "otherwise", "wise"] {
            assert_eq!(ize_or_ise(word), None, "{word}");
        }
    }
}
