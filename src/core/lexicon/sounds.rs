//! How a word after "a" or "an" starts to the ear (`core::check::articles`): the
//! spellings whose first sound is not what their first letter suggests.

/// Beginnings of words spelled with a vowel but said with a consonant sound ("a
/// university", "a one-day workshop", "a European client"). A word matches when it
/// starts with one of these; "one" and "once" only as whole words ("an onerous task").
pub const CONSONANT_SOUND: &[&str] = &[
    "uni", "unanim", "usa", "use", "usu", "uti", "uto", "ure", "uro", "eu", "ewe", "ubiq", "ufo",
    "uganda", "ukrain", "ukulele", "utah", "urin", "uran", "ute", "uvul",
];

/// Whole words spelled with a vowel but said with a consonant sound.
pub const CONSONANT_WORDS: &[&str] = &["one", "once"];

/// Exceptions to [`CONSONANT_SOUND`]: they start like one of them but with a vowel
/// sound ("an unintended change", "an unused seat").
pub const VOWEL_SOUND_EXCEPTIONS: &[&str] = &["unin", "unim", "unid", "unil", "uninc"];

/// Beginnings of words spelled with a consonant but said with a vowel sound ("an hour",
/// "an honest answer").
pub const VOWEL_SOUND: &[&str] = &["hour", "honest", "honor", "honour", "heir"];

/// Beginnings of words either article goes with ("a historic" and "an historic").
pub const EITHER: &[&str] = &["histor", "herb", "hotel", "humble"];

/// Upper-case abbreviations said as a word, not letter by letter, that do not read as
/// one by their letters alone (short, or a consonant second): the article goes by their
/// spelling ("a SWOT analysis", "a PIN reset", "a UNICEF grant").
pub const SAID_AS_WORDS: &[&str] = &[
    "SWOT", "GIF", "JPEG", "ASAP", "SIM", "PIN", "RAM", "ROM", "UNICEF", "SCRUM", "SOC", "SOX",
];

/// Upper-case abbreviations said either way, so either article goes ("a SQL query" and
/// "an SQL query").
pub const SAID_EITHER_WAY: &[&str] = &["SQL", "FAQ", "SAT", "SEC", "LAN", "ROC"];

/// Letters whose name starts with a vowel sound ("an MBA", "an SDK", "an HR policy").
pub const VOWEL_LETTERS: &str = "AEFHILMNORSX";
