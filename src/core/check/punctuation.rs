//! Repeated punctuation (`grammar`): ",," "..", "??", ";;", "::" and a doubled "!".
//! An ellipsis of three dots is fine; longer runs of "!" are the `casual` finding's. A
//! space before a comma, a full stop, a semicolon, a question or an exclamation mark
//! ("my CV , as requested"), no space after a comma or a full stop between two words
//! ("Tuesday,Wednesday", "project.I"), a direct question ended with a full stop, known
//! by its shape ("When should I arrive.", "Are weekend shifts paid.", "Quick question, is
//! the role hybrid."), two sentences joined by a comma ("I met the team, it was great")
//! or by a comma and a linking adverb ("…, however Tuesday suits me") and a comma
//! between a subject and its verb ("The person who called me, was kind").

use super::layout::Part;
use super::{Findings, Input, Severity, MAX_PER_ID};

/// Question words that open a direct question when a verb and its subject follow.
const QUESTION_WORDS: &[&str] = &["what", "when", "where", "which", "who", "why", "how"];

/// Verbs that come before their subject in a question ("should I", "is there").
const INVERTED: &[&str] = &[
    "do", "does", "did", "should", "can", "could", "would", "will", "is", "are", "was", "shall",
    "may", "might",
];

/// Verbs that open a yes-or-no question before a pronoun ("Do you", "Is there"); not
/// "should", "were" or "had", which also open a condition ("Should you need").
const YES_NO: &[&str] = &["do", "does", "did", "is", "are"];

/// Subjects after an inverted verb.
const SUBJECTS: &[&str] = &[
    "i", "we", "you", "they", "he", "she", "it", "there", "the", "my", "our", "your", "this",
    "that", "these", "those",
];

/// Pronouns after a verb that opens a yes-or-no question.
const PRONOUN_SUBJECTS: &[&str] = &["i", "we", "you", "they", "he", "she", "it", "there"];

/// Whether the words of a sentence (lower case) make a direct question: a question
/// word (with a noun after "what" or "which", or "how" with a word or two: "what
/// time", "how long", "how many people"), then
/// a verb and its subject; or a verb of a yes-or-no question and a pronoun or a
/// determiner.
fn is_direct_question(words: &[String]) -> bool {
    let word = |i: usize| words.get(i).map_or("", String::as_str);
    let inverted_at = |i: usize| INVERTED.contains(&word(i)) && SUBJECTS.contains(&word(i + 1));
    if QUESTION_WORDS.contains(&word(0)) {
        // "Which is why …" and "What is more, …" start no question.
        let relative = word(0) == "which" && ["is", "was"].contains(&word(1));
        let noun_between = ["what", "which", "how"].contains(&word(0)) && inverted_at(2);
        // "How many people will …", "How much time do …".
        let amount = word(0) == "how"
            && ["many", "much"].contains(&word(1))
            && (inverted_at(3)
                || ASKING.contains(&word(3))
                || ["were", "have", "has"].contains(&word(3)));
        // "When would be a good time": a time or a place asked for, "be" after its verb.
        let time_or_place = ["when", "where"].contains(&word(0))
            && ["would", "will", "could"].contains(&word(1))
            && word(2) == "be";
        !relative && (inverted_at(1) || noun_between || amount || time_or_place)
    } else {
        // "Does the team work …", "Is the role open …": not "do", which also gives an
        // instruction ("Do the reading first").
        let noun_subject = ["is", "are", "does", "did", "has"].contains(&word(0))
            && ["the", "my", "your", "our", "this", "that", "these", "those"].contains(&word(1));
        // "Are weekend shifts …", "Is Maria free …": these verbs open nothing but a
        // question, unless the subject is left out ("Is great to hear"); "has" only
        // before a pronoun ("Has anyone …"), as "Has been a long week" is a statement.
        let any_subject = ["is", "are"].contains(&word(0))
            && !word(1).is_empty()
            && !word(1).ends_with("ly")
            && !NO_SUBJECT.contains(&word(1));
        let someone = word(0) == "has"
            && (PRONOUN_SUBJECTS.contains(&word(1)) || INDEFINITES.contains(&word(1)));
        YES_NO.contains(&word(0)) && PRONOUN_SUBJECTS.contains(&word(1))
            || noun_subject
            || any_subject
            || someone
    }
}

/// Words after "is" or "are" at a sentence's start that show its subject was left out
/// or cut off by an abbreviation, not asked about ("Is great to hear", "Are already
/// booked", "(…, etc.) are in the letter").
const NO_SUBJECT: &[&str] = &[
    "not",
    "been",
    "to",
    "also",
    "just",
    "still",
    "always",
    "already",
    "great",
    "good",
    "nice",
    "fine",
    "done",
    "what",
    "all",
    "why",
    "how",
    "in",
    "on",
    "at",
    "for",
    "with",
    "from",
    "by",
    "of",
    "as",
    "under",
    "attached",
    "enclosed",
    "below",
    "above",
    "available",
    "listed",
];

/// Pronouns of one person after "has" in a question ("Has anyone …").
const INDEFINITES: &[&str] = &[
    "anyone",
    "anybody",
    "everyone",
    "everybody",
    "someone",
    "somebody",
];

/// Whether the words of a sentence (lower case) ask a question after a short lead-in and
/// a comma ("Quick question, is the role hybrid", "I was curious, are the shifts
/// fixed"): the lead-in of at most four words, not a noun that is the subject ("The
/// only question, is …") nor a condition ("Should you need anything, I am …").
fn asks_after_lead_in(text: &str) -> bool {
    let Some((lead, rest)) = text.split_once(',') else {
        return false;
    };
    let mut lead = lead.split_whitespace();
    let first = lead.next().unwrap_or("");
    if first.is_empty()
        || lead.count() > 3
        || rest.contains(',')
        || QUESTION_WORDS.contains(&first)
        || SUBJECTS.contains(&first) && !PRONOUN_SUBJECTS.contains(&first)
        || INVERTED.contains(&first)
        || [
            "if", "when", "once", "whatever", "whenever", "as", "were", "had",
        ]
        .contains(&first)
    {
        return false;
    }
    let words: Vec<String> = rest
        .split_whitespace()
        .take(5)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                .to_string()
        })
        .collect();
    // After a comma the subject must be plain: "Alan Price, is happy to …" is a
    // statement whose subject was split off.
    let plain_subject = words.get(1).is_some_and(|w| SUBJECTS.contains(&w.as_str()))
        || words
            .first()
            .is_some_and(|w| QUESTION_WORDS.contains(&w.as_str()));
    plain_subject && is_direct_question(&words)
}

/// Verbs that open a question asked between things ("Would Tuesday or Wednesday work
/// …", "Does Thursday work for you").
const ASKING: &[&str] = &[
    "would", "will", "could", "can", "does", "did", "is", "are", "was", "shall",
];

/// Whether `lower`, a sentence in lower case without its final mark and with no comma,
/// asks the reader to choose or to say whether a time suits: it opens with one of
/// [`ASKING`] and a subject that is not "you" (a request: "Could you send …"), and
/// weighs two things with "or" or ends with "for you" or "suit you"; or it opens with
/// "would you prefer" or "would you rather".
fn asks_between(lower: &str) -> bool {
    let text = lower.trim_end_matches('.');
    if text.contains(',') || text.contains(';') {
        return false;
    }
    let mut words = text.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    if !ASKING.contains(&first) {
        return false;
    }
    if second == "you" {
        return first == "would" && words.next().is_some_and(|w| w == "prefer" || w == "rather");
    }
    if ["please", "not", "i", "we"].contains(&second) && !text.contains(" or ") {
        return false;
    }
    // "… work for you instead", "… suit you better".
    text.contains(" or ")
        || ["for you", "suit you", "suits you"].iter().any(|e| {
            text.ends_with(e)
                || text.contains(&format!("{e} ")) && text.split_whitespace().count() < 12
        })
}

/// How a question that has no comma opens ("Would it be possible to …", "Should I
/// bring …", "Are you free …"): with a comma, several of these open a condition
/// instead ("Should I be late, …").
const QUESTION_OPENERS: &[&str] = &[
    "would it be ",
    "would that be ",
    "would you be ",
    "will you be ",
    "will there be ",
    "are you ",
    "were you ",
    "have you ",
    "has there ",
    "shall we ",
    "shall i ",
    "should i ",
    "should we ",
];

/// Verbs after "what" or "which" and a noun that make the noun the subject of a
/// question ("Which day suits you best", "What time works for you").
const CHOSEN: &[&str] = &["works", "suits", "fits", "would", "will", "is"];

/// Whether `lower`, a sentence in lower case, opens with one of [`QUESTION_OPENERS`] and
/// has no comma, or asks which thing suits ("What time works for you").
fn opens_question(lower: &str) -> bool {
    if lower.contains([',', ';', ':']) {
        return false;
    }
    let mut words = lower.split_whitespace();
    // "What it is is …" names a thing; "What time works …" asks which.
    let chosen = matches!(words.next(), Some("what" | "which"))
        && words
            .next()
            .is_some_and(|noun| noun != "is" && noun != "was" && !SUBJECTS.contains(&noun))
        && words.next().is_some_and(|verb| CHOSEN.contains(&verb));
    chosen || QUESTION_OPENERS.iter().any(|o| lower.starts_with(o))
}

/// Finds direct questions in prose that end with a full stop.
fn question_with_full_stop(input: &Input, out: &mut Findings) {
    let body = &input.draft.body;
    for &(s, e) in &input.prose_sentences {
        let text = body[s..e].trim_end();
        if !text.ends_with('.')
            || text.ends_with("..")
            || abbreviated_before_number(text, &body[e..])
            || input.layout.part_at(s) != Part::Prose
            || out.count("grammar") >= MAX_PER_ID
        {
            continue;
        }
        let words: Vec<String> = text
            .split_whitespace()
            .take(5)
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                    .to_lowercase()
            })
            .collect();
        let lower = &input.body_lower[s..s + text.len()];
        if !is_direct_question(&words)
            && !asks_between(lower)
            && !opens_question(lower)
            && !asks_after_lead_in(lower.trim_end_matches('.'))
        {
            continue;
        }
        let stop = s + text.len() - 1;
        out.push(
            "grammar",
            Severity::Warning,
            "body",
            (stop, stop + 1),
            "This sentence asks a question: end it with a question mark.".to_string(),
            "?".to_string(),
        );
    }
}

/// Whether the full stop that ends `text` shortens a word of one to three lower-case
/// letters before the number that follows (`after`): "at 13 o'clock" written "kl. 13", "p.
/// 12", "no. 5". The sentence goes on after it.
fn abbreviated_before_number(text: &str, after: &str) -> bool {
    let last = text[..text.len() - 1]
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    (1..=3).contains(&last.len())
        && last.bytes().all(|b| b.is_ascii_lowercase())
        && after.trim_start().starts_with(|c: char| c.is_ascii_digit())
}

/// Finds a space between a word and the punctuation mark after it, outside `skip`.
fn spaced(input: &Input, skip: &[(usize, usize)], out: &mut Findings) {
    let bytes = input.draft.body.as_bytes();
    for i in 1..bytes.len() {
        let mark = bytes[i];
        if !matches!(mark, b',' | b'.' | b'?' | b';' | b'!') || bytes[i - 1] != b' ' {
            continue;
        }
        let start = i - bytes[..i].iter().rev().take_while(|&&b| b == b' ').count();
        let after_word = start > 0 && bytes[start - 1].is_ascii_alphanumeric();
        let ends = bytes
            .get(i + 1)
            .is_none_or(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b')');
        // Not an ellipsis (" ...") nor a decimal (" .5").
        if !after_word || !ends || skip.iter().any(|(s, e)| i >= *s && i < *e) {
            continue;
        }
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        let written = char::from(mark).to_string();
        out.push(
            "grammar",
            Severity::Warning,
            "body",
            (start, i + 1),
            format!("No space before \"{written}\"."),
            written,
        );
    }
}

/// The run of ASCII letters in `bytes` that ends at `end` (exclusive), as its start.
fn letters_before(bytes: &[u8], end: usize) -> usize {
    end - bytes[..end]
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphabetic())
        .count()
}

/// Whether `word` reads as a word of prose: all lower case, or a capital and then
/// lower case ("project", "Tuesday"), not an acronym or code ("NET", "getX").
fn prose_word(word: &[u8]) -> bool {
    word.len() >= 2 && word[1..].iter().all(u8::is_ascii_lowercase)
}

/// Finds a comma or a full stop glued to the word after it, between two words of
/// prose ("Figma,Jira", "Monday.I also"), outside `skip`: not in a link, a file name,
/// code ("a,b"), an abbreviation ("e.g.Tableau") or a name with a dot ("Node.js").
fn unspaced(input: &Input, skip: &[(usize, usize)], out: &mut Findings) {
    let body = &input.draft.body;
    let bytes = body.as_bytes();
    for i in 1..bytes.len().saturating_sub(1) {
        let mark = bytes[i];
        if !matches!(mark, b',' | b'.') || !bytes[i + 1].is_ascii_uppercase() && mark == b'.' {
            continue;
        }
        let start = letters_before(bytes, i);
        let end = i
            + 1
            + bytes[i + 1..]
                .iter()
                .take_while(|b| b.is_ascii_alphabetic())
                .count();
        let (left, right) = (&bytes[start..i], &bytes[i + 1..end]);
        // Both words stand alone: a space or an opening bracket before, a space or a
        // closing mark after.
        let alone_before = start == 0 || matches!(bytes[start - 1], b' ' | b'\n' | b'(');
        let alone_after = bytes
            .get(end)
            .is_none_or(|b| matches!(b, b' ' | b'\n' | b',' | b';' | b':' | b'!' | b'?' | b')'))
            || bytes[end] == b'.' && bytes.get(end + 1).is_none_or(u8::is_ascii_whitespace);
        let words = if mark == b'.' {
            // A sentence after a full stop opens with "I" or a capitalised word.
            prose_word(left) && (right == b"I" || prose_word(right))
        } else {
            prose_word(left)
                && (prose_word(right) || right.len() >= 2 && right[0].is_ascii_lowercase())
        };
        if !words
            || !alone_before
            || !alone_after
            || input.layout.part_at(i) != Part::Prose
            || skip.iter().any(|(s, e)| i >= *s && i < *e)
        {
            continue;
        }
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        let written = &body[start..end];
        let fix = format!(
            "{}{} {}",
            &body[start..i],
            char::from(mark),
            &body[i + 1..end]
        );
        out.push(
            "grammar",
            Severity::Warning,
            "body",
            (start, end),
            format!(
                "\"{written}\": a space goes after the \"{}\".",
                char::from(mark)
            ),
            fix,
        );
    }
}

/// What opens a second sentence joined to the first by a comma ("…, it was great").
const SPLICED: &[&str] = &[
    ", it was ",
    ", it is ",
    ", it's ",
    ", this is ",
    ", this was ",
    ", that was ",
    ", they were ",
    ", they are ",
    ", she was ",
    ", he was ",
    ", she is ",
    ", he is ",
];

/// Words that make the part before the comma something other than a sentence of its
/// own: a clause that hangs on the next, or a verb that takes one ("I hope, it is").
const NOT_ALONE: &[&str] = &[
    "if", "when", "as", "because", "since", "although", "though", "while", "after", "before",
    "once", "unless", "whether", "that", "which", "who", "so", "but", "and", "or", "think",
    "believe", "hope", "know", "feel", "guess", "mean", "say", "said", "agree", "admit",
];

/// Finds two sentences of prose joined by a comma ("I enjoyed meeting the team, it was
/// clear …"): a sentence that opens with "I" or "We" and three words or more, then a
/// comma and "it was", "it is", "this is" or "that was".
fn comma_splice(input: &Input, out: &mut Findings) {
    for &(s, e) in &input.prose_sentences {
        let lower = &input.body_lower[s..e];
        if !(lower.starts_with("i ") || lower.starts_with("we "))
            || input.layout.part_at(s) != Part::Prose
        {
            continue;
        }
        let Some(comma) = lower.find(", ") else {
            continue;
        };
        let Some(joined) = SPLICED.iter().find(|j| lower[comma..].starts_with(*j)) else {
            continue;
        };
        let first: Vec<&str> = lower[..comma].split_whitespace().collect();
        if first.len() < 3 || first.iter().any(|w| NOT_ALONE.contains(w)) {
            continue;
        }
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        let subject = joined[2..].split(' ').next().unwrap_or("it");
        push_splice(input, s, comma, subject.len(), ";", out);
    }
}

/// How a sentence of thanks opens ("Thank you for your time, I …").
const THANKS: &[&str] = &[
    "thank you for ",
    "thank you again for ",
    "thank you so much for ",
    "thanks for ",
    "thanks again for ",
    "thanks so much for ",
    "many thanks for ",
];

/// How a sentence about a thing opens ("It was great to meet the team, I …").
const ABOUT_IT: &[&str] = &[
    "it was ",
    "it is ",
    "it's ",
    "this was ",
    "this is ",
    "that was ",
];

/// How a sentence about something of the reader's or the writer's opens ("Your
/// feedback was helpful, I …"): it must also have one of [`SAYING_VERBS`].
const ABOUT_THING: &[&str] = &["the ", "your ", "our ", "my ", "this "];

/// Verbs that make the words after [`ABOUT_THING`] a sentence of their own.
const SAYING_VERBS: &[&str] = &[
    "is", "was", "are", "were", "sounds", "seems", "looks", "went", "seemed", "sounded", "looked",
    "felt", "feels",
];

/// Subjects that open a second sentence after the comma.
const WRITERS: &[&str] = &[
    "i", "we", "i'm", "i'll", "i've", "i'd", "we're", "we'll", "we've", "we'd",
];

/// Finds a sentence of thanks, or one about a thing, joined by a comma to one that
/// opens with "I" or "we" ("Thank you for your time, I look forward …", "It was great
/// to meet the team, I learned …", "Your feedback was helpful, I will …"): the first
/// part has four words or more and none that makes it hang on the second, and the
/// second has two words or more after its subject.
fn splice_after_thanks(input: &Input, out: &mut Findings) {
    for &(s, e) in &input.prose_sentences {
        let lower = &input.body_lower[s..e];
        let opens = |list: &[&str]| list.iter().any(|t| lower.starts_with(t));
        if !opens(THANKS) && !opens(ABOUT_IT) && !opens(ABOUT_THING)
            || input.layout.part_at(s) != Part::Prose
        {
            continue;
        }
        let Some(comma) = lower.find(", ") else {
            continue;
        };
        // Read without collecting: this runs on every sentence that opens so. A
        // semicolon and a linking adverb before the comma have joined the sentences
        // already ("…; however, I").
        let first = || lower[..comma].split_whitespace();
        let linked = lower[..comma]
            .rsplit_once(';')
            .is_some_and(|(_, adverb)| CONNECTIVES.contains(&adverb.trim()));
        if linked || opens(ABOUT_THING) && !first().any(|w| SAYING_VERBS.contains(&w)) {
            continue;
        }
        let mut second = lower[comma + 2..].split_whitespace();
        let Some(subject) = second
            .next()
            .map(|w| w.trim_end_matches(['.', '!', '?']))
            .filter(|w| WRITERS.contains(w))
        else {
            continue;
        };
        // Two words after the subject, neither ending a part of the sentence ("I know").
        let mut after = second.take(2);
        let sentence_goes_on =
            after.clone().count() == 2 && !after.any(|w| w.ends_with([',', ';', ':']));
        if first().count() < 4 || first().any(|w| NOT_ALONE.contains(&w)) || !sentence_goes_on {
            continue;
        }
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        push_splice(input, s, comma, subject.len(), ".", out);
    }
}

/// Adverbs that link two sentences and cannot join them after a comma alone ("…,
/// however the date moved").
const CONNECTIVES: &[&str] = &[
    "however",
    "therefore",
    "otherwise",
    "consequently",
    "nevertheless",
    "nonetheless",
    "hence",
    "thus",
];

/// Subjects that open the second sentence after such an adverb.
const SECOND_SUBJECTS: &[&str] = &[
    "i", "we", "it", "this", "that", "there", "they", "he", "she", "the", "my", "our", "your",
    "their", "i'm", "i'll", "we'll", "it's", "i've", "we've",
];

/// Finds two sentences joined by a comma and a linking adverb ("I am free on Monday,
/// however Tuesday suits me better", "The file is large, therefore I split it"): the
/// first part has three words or more and none that makes it hang on the second; the
/// adverb has a comma after it or a subject after it.
fn splice_before_connective(input: &Input, out: &mut Findings) {
    for &(s, e) in &input.prose_sentences {
        let lower = &input.body_lower[s..e];
        if input.layout.part_at(s) != Part::Prose {
            continue;
        }
        let Some((comma, connective)) = lower.match_indices(", ").find_map(|(i, _)| {
            let next = lower[i + 2..].split([' ', ',']).next()?;
            CONNECTIVES.contains(&next).then_some((i, next))
        }) else {
            continue;
        };
        // The subject of a second sentence after the adverb and any comma: a pronoun,
        // a determiner or a name ("however Tuesday suits"); "…, however, is fine" puts
        // the adverb inside one sentence, and "however you like" is a manner.
        let at = comma + 2 + connective.len();
        let rest = &input.draft.body[s..e][at..];
        let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start();
        let subject = rest.split_whitespace().next().unwrap_or("");
        let second = SECOND_SUBJECTS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(subject))
            || subject.starts_with(|c: char| c.is_uppercase());
        let first = || lower[..comma].split_whitespace();
        if !second || first().count() < 3 || first().any(|w| NOT_ALONE.contains(&w)) {
            continue;
        }
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        push_splice(input, s, comma, connective.len(), ";", out);
    }
}

/// The comma splice of the sentence at `s`, its comma at `comma` (from `s`), before a
/// subject `subject_len` bytes long: the finding covers the last word before the comma to
/// the subject ("team, it"), and its fix joins them with `mark` ("team; it").
fn push_splice(
    input: &Input,
    s: usize,
    comma: usize,
    subject_len: usize,
    mark: &str,
    out: &mut Findings,
) {
    let body = &input.draft.body;
    let start = s + input.body_lower[s..s + comma]
        .rfind(|c: char| c.is_ascii_whitespace())
        .map_or(0, |i| i + 1);
    let end = s + comma + 2 + subject_len;
    let fix = format!(
        "{}{mark} {}",
        &body[start..s + comma],
        &body[s + comma + 2..end]
    );
    out.push(
        "grammar",
        Severity::Warning,
        "body",
        (start, end),
        "Two sentences are joined by a comma: use a full stop or a semicolon.".to_string(),
        fix,
    );
}

/// Words before a semicolon that show a list follows ("included", "three areas").
const LIST_OPENERS: &[&str] = &[
    "include",
    "includes",
    "included",
    "including",
    "cover",
    "covers",
    "covered",
    "covering",
    "involve",
    "involves",
    "involved",
    "involving",
    "two",
    "three",
    "four",
    "five",
    "six",
    "several",
    "following",
];

/// Counts before the noun that a colon introduces ("two parts: …").
const COUNTS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "several",
    "following",
];

/// Words that show a clause of its own after a semicolon, not the rest of a list.
const CLAUSE_WORDS: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "will", "would", "can", "could", "should", "may",
    "might", "must", "has", "have", "had", "do", "does", "did", "i", "we", "you", "they", "he",
    "she", "it", "this", "that", "these", "those", "the", "a", "an", "then", "so", "but", "also",
    "however", "which", "who",
];

/// Finds a semicolon where a list goes on or starts ("included forecasting; budgeting
/// and reporting", "three areas; analytics and reporting"): the sentence has a word that
/// opens a list before it, and after it, to the sentence's end, eight words or fewer
/// in lower case with "and" or "or" and no word of a clause of its own. A colon after
/// a count and its noun, a comma otherwise.
fn semicolon_in_list(input: &Input, out: &mut Findings) {
    let body = &input.draft.body;
    for &(s, e) in &input.prose_sentences {
        let lower = &input.body_lower[s..e];
        let Some(semi) = lower.find("; ") else {
            continue;
        };
        if lower[semi + 1..].contains(';') || input.layout.part_at(s) != Part::Prose {
            continue;
        }
        let before: Vec<&str> = lower[..semi].split_whitespace().collect();
        let rest = body[s + semi + 2..e].trim_end_matches(['.', '!', '?', ' ']);
        let after: Vec<&str> = rest
            .split_whitespace()
            .map(|w| w.trim_end_matches(','))
            .collect();
        let listed = |w: &&str| LIST_OPENERS.contains(w);
        if !before.iter().any(listed)
            || after.len() > 8
            || !after.iter().any(|w| *w == "and" || *w == "or")
            || after.iter().any(|w| {
                !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') || CLAUSE_WORDS.contains(w)
            })
        {
            continue;
        }
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        let start = s + lower[..semi]
            .rfind(|c: char| c.is_ascii_whitespace())
            .map_or(0, |i| i + 1);
        let counted = before.len() >= 2 && COUNTS.contains(&before[before.len() - 2]);
        let mark = if counted { ':' } else { ',' };
        out.push(
            "grammar",
            Severity::Warning,
            "body",
            (start, s + semi + 1),
            format!("A list goes on here: use \"{mark}\", not a semicolon."),
            format!("{}{mark}", &body[start..s + semi]),
        );
    }
}

/// Words that open a subject with a clause after it ("The person who interviewed me").
const SUBJECT_OPENERS: &[&str] = &[
    "the ",
    "a ",
    "an ",
    "my ",
    "our ",
    "your ",
    "everyone ",
    "anyone ",
];

/// Verbs after such a subject.
const SUBJECT_VERBS: &[&str] = &[
    "was ", "is ", "were ", "are ", "has ", "have ", "had ", "will ",
];

/// Finds a comma between a subject with a clause after it and its verb ("The person
/// who interviewed me, was kind"): the sentence opens with a determiner, a "who",
/// "that" or "which" comes before its first comma, and a verb of being right after it.
fn comma_before_verb(input: &Input, out: &mut Findings) {
    let body = &input.draft.body;
    for &(s, e) in &input.prose_sentences {
        let lower = &input.body_lower[s..e];
        if !SUBJECT_OPENERS.iter().any(|o| lower.starts_with(o))
            || input.layout.part_at(s) != Part::Prose
        {
            continue;
        }
        let Some(comma) = lower.find(", ") else {
            continue;
        };
        let head = &lower[..comma];
        let Some(verb) = SUBJECT_VERBS
            .iter()
            .find(|v| lower[comma + 2..].starts_with(*v))
        else {
            continue;
        };
        if ![" who ", " that ", " which "]
            .iter()
            .any(|r| head.contains(r))
        {
            continue;
        }
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        let start = s + head
            .rfind(|c: char| c.is_ascii_whitespace())
            .map_or(0, |i| i + 1);
        let end = s + comma + 2 + verb.len() - 1;
        let fix = format!("{} {}", &body[start..s + comma], &body[s + comma + 2..end]);
        out.push(
            "grammar",
            Severity::Warning,
            "body",
            (start, end),
            "No comma between the subject and its verb.".to_string(),
            fix,
        );
    }
}

/// Finds runs of one punctuation mark outside `skip` (links and addresses), spaces
/// before a mark, marks with no space after them, two sentences joined by a comma and a
/// comma between a subject and its verb.
pub(super) fn check(input: &Input, skip: &[(usize, usize)], out: &mut Findings) {
    spaced(input, skip, out);
    unspaced(input, skip, out);
    question_with_full_stop(input, out);
    comma_splice(input, out);
    splice_after_thanks(input, out);
    splice_before_connective(input, out);
    semicolon_in_list(input, out);
    comma_before_verb(input, out);
    let body = &input.draft.body;
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let mark = bytes[i];
        if !matches!(mark, b',' | b'.' | b'?' | b';' | b':' | b'!') {
            i += 1;
            continue;
        }
        let run = bytes[i..].iter().take_while(|&&b| b == mark).count();
        let (start, end) = (i, i + run);
        i = end;
        // "Base pay ........ 60,000": dots that lead the eye along a table's row.
        let leader = mark == b'.'
            && run > 3
            && start > 0
            && bytes[start - 1] == b' '
            && bytes.get(end) == Some(&b' ');
        let fix = match (mark, run) {
            // Three or more "!" are tone's (`casual`).
            (_, 1) | (b'.', 3) => continue,
            _ if leader => continue,
            (b'!', n) if n > 2 => continue,
            (b'.', n) if n > 3 => "...",
            _ => &body[start..start + 1],
        };
        // "a::b" is code, not prose.
        let code = mark == b':'
            && start > 0
            && bytes[start - 1].is_ascii_alphanumeric()
            && bytes.get(end).is_some_and(u8::is_ascii_alphanumeric);
        if code || skip.iter().any(|(s, e)| start >= *s && start < *e) {
            continue;
        }
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        out.push(
            "grammar",
            Severity::Warning,
            "body",
            (start, end),
            format!("\"{}\" is repeated.", &body[start..start + 1]),
            fix.to_string(),
        );
    }
}
