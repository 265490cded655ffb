//! British, Canadian and Australian spellings: a word the en_US dictionary lacks is
//! accepted when its American form is there ("organised", "neighbourhood", "modelling",
//! "fibre", "catalogue", "licence", "paediatric"). The rewrites are a handful of
//! string edits tried on an unknown word only, so no work grows with the dictionary.

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

/// Words a derived form is made from, for the derivations the dictionary lists only in
/// part: plurals of nouns with a noun ending ("renegotiations", "materializations"),
/// "-ability" from "-able" ("enforceability") and "-er" for the one who does something
/// ("explainer"). `word` is lower-case ASCII.
pub fn derived_from(word: &str) -> Vec<String> {
    const NOUN_ENDINGS: &[&str] = &[
        "tion", "sion", "ment", "ity", "ance", "ence", "ness", "ist", "er", "or", "ant", "ent",
        "ure", "age", "ism",
    ];
    let mut bases = Vec::new();
    if let Some(stem) = word.strip_suffix('s') {
        if NOUN_ENDINGS.iter().any(|e| stem.ends_with(e)) {
            bases.push(stem.to_string());
        }
    }
    if let Some(stem) = word.strip_suffix("ability") {
        bases.push(format!("{stem}able"));
    }
    if let Some(stem) = word.strip_suffix("er").filter(|s| s.len() >= 5) {
        bases.push(stem.to_string());
    }
    bases
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
    use super::{american_forms, derived_from, ize_or_ise, Dialect};

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
