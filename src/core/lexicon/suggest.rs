//! Ranked spelling suggestions: the words one edit away from a misspelling (a letter
//! left out, added, changed or two swapped), ranked by how likely the slip is — a
//! neighbouring key, a swap or a doubled letter before any other edit — then by how
//! common the word is in professional email, then by keeping the first letter. Only
//! the misspelled word's own edits are looked up: nothing grows with the dictionary.

/// Rows of a QWERTY keyboard, for the keys next to each other.
const ROWS: [&str; 3] = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

/// Words common in professional email, most common first: a suggestion among them is
/// ranked before a rarer word at the same distance ("form" before "fork").
const COMMON: &[&str] = &[
    "the",
    "to",
    "and",
    "you",
    "for",
    "of",
    "your",
    "a",
    "i",
    "in",
    "with",
    "on",
    "is",
    "thank",
    "time",
    "team",
    "role",
    "interview",
    "please",
    "would",
    "look",
    "forward",
    "hearing",
    "from",
    "meeting",
    "know",
    "let",
    "me",
    "my",
    "our",
    "we",
    "be",
    "have",
    "this",
    "that",
    "next",
    "steps",
    "opportunity",
    "position",
    "experience",
    "work",
    "discuss",
    "discussed",
    "conversation",
    "today",
    "yesterday",
    "week",
    "best",
    "regards",
    "sincerely",
    "kind",
    "again",
    "great",
    "pleasure",
    "enjoyed",
    "learning",
    "about",
    "company",
    "project",
    "projects",
    "product",
    "process",
    "offer",
    "salary",
    "start",
    "date",
    "available",
    "availability",
    "schedule",
    "call",
    "email",
    "attached",
    "resume",
    "references",
    "form",
    "question",
    "questions",
    "answer",
    "update",
    "decision",
    "follow",
    "following",
    "received",
    "receive",
    "believe",
    "separate",
    "definitely",
    "especially",
    "appreciate",
    "appreciated",
    "really",
    "which",
    "their",
    "there",
    "they",
    "were",
    "where",
    "been",
    "being",
    "because",
    "could",
    "should",
    "also",
    "more",
    "than",
    "then",
    "well",
    "very",
    "much",
    "hope",
    "help",
    "manager",
    "hiring",
    "recruiter",
    "skills",
    "background",
    "interested",
    "excited",
    "grateful",
    "insight",
    "insights",
    "feedback",
    "detail",
    "details",
    "information",
    "support",
    "message",
];

/// The letters next to `c` on the keyboard, on its row.
fn neighbours(c: u8) -> [Option<u8>; 2] {
    for row in ROWS {
        if let Some(i) = row.bytes().position(|b| b == c) {
            let bytes = row.as_bytes();
            return [
                i.checked_sub(1).map(|j| bytes[j]),
                bytes.get(i + 1).copied(),
            ];
        }
    }
    [None, None]
}

/// One candidate and how likely its slip is: 0 for a neighbouring key, a swap or a
/// doubled or undoubled letter, 1 for any other edit.
fn edits(word: &[u8]) -> Vec<(Vec<u8>, u8)> {
    let mut out = Vec::new();
    for i in 0..word.len() {
        // A letter left in: "recieve" without a letter, "committment".
        let mut deleted = word.to_vec();
        deleted.remove(i);
        let doubled = i > 0 && word[i - 1] == word[i];
        out.push((deleted, u8::from(!doubled)));
        if i + 1 < word.len() && word[i] != word[i + 1] {
            let mut swapped = word.to_vec();
            swapped.swap(i, i + 1);
            out.push((swapped, 0));
        }
        for c in b'a'..=b'z' {
            if c != word[i] {
                let mut changed = word.to_vec();
                changed[i] = c;
                let near = neighbours(word[i]).contains(&Some(c));
                out.push((changed, u8::from(!near)));
            }
        }
    }
    for i in 0..=word.len() {
        for c in b'a'..=b'z' {
            let mut inserted = word.to_vec();
            inserted.insert(i, c);
            let doubling = i > 0 && word[i - 1] == c || word.get(i) == Some(&c);
            out.push((inserted, u8::from(!doubling)));
        }
    }
    out
}

/// Up to `limit` words one edit away from `word` (lower-case ASCII letters) that
/// `is_word` accepts, best first; none when no word is that close.
pub fn ranked(word: &str, limit: usize, is_word: impl Fn(&str) -> bool) -> Vec<String> {
    if !word.bytes().all(|b| b.is_ascii_lowercase()) || word.len() < 2 {
        return Vec::new();
    }
    let mut found: Vec<(u8, usize, bool, String)> = Vec::new();
    for (candidate, cost) in edits(word.as_bytes()) {
        let Ok(candidate) = String::from_utf8(candidate) else {
            continue;
        };
        if candidate.is_empty() || found.iter().any(|f| f.3 == candidate) {
            continue;
        }
        if is_word(&candidate) {
            let common = COMMON
                .iter()
                .position(|w| *w == candidate)
                .unwrap_or(COMMON.len());
            let same_start = candidate.as_bytes()[0] == word.as_bytes()[0];
            found.push((cost, common, !same_start, candidate));
        }
    }
    found.sort();
    found.into_iter().take(limit).map(|f| f.3).collect()
}

#[cfg(test)]
mod tests {
    use super::ranked;

    fn words(w: &str) -> bool {
        [
            "receive", "relieve", "recite", "form", "from", "fork", "forum", "team", "tea",
        ]
        .contains(&w)
    }

    #[test]
    fn a_swap_or_a_neighbouring_key_comes_first() {
        assert_eq!(ranked("recieve", 3, words)[0], "receive");
        // p is next to o: "fprm" is "form".
        assert_eq!(ranked("fprm", 3, words), vec!["form"]);
        assert_eq!(ranked("forn", 3, words), vec!["form", "fork"]);
        assert_eq!(ranked("teaam", 3, words), vec!["team"]);
    }

    #[test]
    fn common_words_before_rare_ones() {
        // One letter left out either way: the more common word first.
        assert_eq!(ranked("fom", 2, words), vec!["from", "form"]);
    }

    #[test]
    fn nothing_close_gives_nothing() {
        assert!(ranked("qzxqzx", 3, words).is_empty());
    }
}
