//! "a" or "an" (`grammar`): the article goes by the first sound of the next word, not
//! its first letter ("an hour", "a university", "an MBA", "a one-day workshop").

use super::clauses::Clauses;
use super::text::Word;
use super::{Findings, Input, Severity, MAX_PER_ID};
use crate::core::lexicon::sounds::{
    CONSONANT_SOUND, CONSONANT_WORDS, EITHER, SAID_AS_WORDS, SAID_EITHER_WAY, VOWEL_LETTERS,
    VOWEL_SOUND, VOWEL_SOUND_EXCEPTIONS,
};

/// Whether `word` starts with a vowel sound; None when either article goes with it or
/// it cannot be told (a symbol, a number said more than one way).
pub(super) fn vowel_sound(word: &str) -> Option<bool> {
    let first = word.chars().next()?;
    if first.is_ascii_digit() {
        let digits: String = word.chars().take_while(char::is_ascii_digit).collect();
        return match digits.as_str() {
            d if d.starts_with('8') => Some(true),
            "11" | "18" => Some(true),
            // 1100 or 11000: "eleven hundred" or "one thousand one hundred".
            d if d.len() >= 4 && (d.starts_with("11") || d.starts_with("18")) => None,
            _ => Some(false),
        };
    }
    // An abbreviation: its first two letters in capitals ("MBA", "MSc", "B2B"), or one
    // capital alone ("an X-ray"); not "SaaS", said as a word.
    // A capital and a full stop ("M.Sc", "U.S") is said letter by letter too.
    let mut chars = word.chars().filter(|c| !c.is_ascii_digit());
    let abbreviation = first.is_ascii_uppercase()
        && chars
            .nth(1)
            .is_none_or(|c| c.is_ascii_uppercase() || c == '.');
    if abbreviation && !SAID_AS_WORDS.contains(&word) && !said_as_word(word) {
        if SAID_EITHER_WAY.contains(&word) {
            return None;
        }
        // Said letter by letter: "an MBA", "a KPI".
        return Some(VOWEL_LETTERS.contains(first));
    }
    let lower = word.to_ascii_lowercase();
    let starts = |list: &[&str]| list.iter().any(|p| lower.starts_with(p));
    if starts(EITHER) {
        None
    } else if starts(VOWEL_SOUND) {
        Some(true)
    } else if CONSONANT_WORDS.contains(&lower.as_str())
        || starts(CONSONANT_SOUND) && !starts(VOWEL_SOUND_EXCEPTIONS)
    {
        Some(false)
    } else if first.is_ascii_alphabetic() {
        Some(matches!(
            first.to_ascii_lowercase(),
            'a' | 'e' | 'i' | 'o' | 'u'
        ))
    } else {
        None
    }
}

/// Whether an upper-case abbreviation reads as a word, not letter by letter: four
/// letters or more, a vowel second and no three consonants in a row ("a SENCO post", "a
/// NASA grant", "a NERC standard"; not "an HTML page", "an SMTP relay").
fn said_as_word(word: &str) -> bool {
    let vowel = |b: &u8| matches!(b, b'A' | b'E' | b'I' | b'O' | b'U');
    let bytes = word.as_bytes();
    bytes.len() >= 4
        && bytes.iter().all(u8::is_ascii_uppercase)
        && vowel(&bytes[1])
        && !bytes.windows(3).any(|w| !w.iter().any(vowel))
}

/// Finds "a" before a vowel sound and "an" before a consonant sound among `list`.
pub(super) fn check(input: &Input, list: &[Word], out: &mut Findings) {
    let clauses = Clauses::new(input, list);
    for (start, _, _) in input.find(&["a", "an"]) {
        let Ok(k) = list.binary_search_by_key(&start, |w| w.start) else {
            continue;
        };
        let article = clauses.original(k);
        let an = match article {
            "a" | "A" => false,
            "an" | "An" | "AN" => true,
            _ => continue,
        };
        // A capital "A" inside a sentence is the letter ("Plan A", "Series A").
        if article == "A" && !clauses.starts_at(k) || clauses.in_compound(k) {
            continue;
        }
        let Some(next) = clauses.next(k) else {
            continue;
        };
        let Some(vowel) = vowel_sound(clauses.original(next)) else {
            continue;
        };
        if vowel == an {
            continue;
        }
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        let fix = match (an, article.starts_with('A')) {
            (false, false) => "an",
            (false, true) => "An",
            (true, false) => "a",
            (true, true) => "A",
        };
        let word = list[next].text;
        out.push(
            "grammar",
            Severity::Warning,
            "body",
            (list[k].start, list[k].end),
            format!("Write \"{fix}\" before \"{word}\": the article goes by its first sound."),
            fix.to_string(),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::vowel_sound;

    #[test]
    fn first_sounds() {
        for word in [
            "hour",
            "honest",
            "MBA",
            "SDK",
            "HR",
            "NDA",
            "exciting",
            "8-week",
            "11",
            "iOS",
            "X",
            "unusual",
            "uninformed",
            "MSc",
            "HTML",
            "SMTP",
            "NDAs",
            "FBI",
        ] {
            assert_eq!(vowel_sound(word), Some(true), "{word}");
        }
        for word in [
            "university",
            "one",
            "European",
            "user",
            "useful",
            "KPI",
            "UX",
            "NASA",
            "HIPAA",
            "SENCO",
            "HUGE",
            "SaaS",
            "hotline",
            "10-minute",
            "B2B",
            "once",
            "PhD",
            "BSc",
        ] {
            assert_eq!(vowel_sound(word), Some(false), "{word}");
        }
        for word in ["historic", "SQL", "FAQ", "1100", "—"] {
            assert_eq!(vowel_sound(word), None, "{word}");
        }
    }
}
