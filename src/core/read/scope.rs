//! Whether a message is news of the tracked application at all: mail that greets someone
//! else by name ("Dear Jordan," to Taylor) was sent to the wrong person, and a message
//! that limits itself to one application ("this update relates only to the requisition
//! shown above", "this has no bearing on your Product Manager process") is about another
//! application when it names the tracked role plainly nowhere else ("Senior Product
//! Manager, Payments" is another role than "Product Manager").

use super::clause::has_word;
use super::cues;
use super::layout;
use super::lower::Lower;

/// Whether `text` (the new text) opens by greeting by name someone who is not the user,
/// whose full name is `name`: a line of a greeting and one word ("Dear Jordan,"), that
/// word neither a part of the user's name (nor shortened from it: "Tay") nor a way of
/// addressing anyone ("Dear Candidate,").
pub fn greets_someone_else(text: &str, name: &str) -> bool {
    let names: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let Some(line) = text.lines().map(str::trim).find(|l| !l.is_empty()) else {
        return false;
    };
    let words: Vec<&str> = line
        .trim_end_matches([',', '!', ':', '.'])
        .split_whitespace()
        .collect();
    let [greeting, addressee] = words.as_slice() else {
        return false;
    };
    let who = addressee.to_lowercase();
    !names.is_empty()
        && cues::GREETINGS.contains(&greeting.to_lowercase().as_str())
        && addressee.starts_with(char::is_uppercase)
        && addressee.chars().all(char::is_alphabetic)
        && !cues::ADDRESSEES.contains(&who.as_str())
        && !names
            .iter()
            .any(|n| n.starts_with(&who) || who.starts_with(n.as_str()))
}

/// Whether the message (its `subject` and new `text`) is about another application than
/// the one for `role`: a sentence limits it to one application, and no other sentence
/// (nor the subject) names `role` plainly.
pub fn another_application(subject: &str, text: &str, role: &str) -> bool {
    let lower = text.to_lowercase();
    let may_limit = lower.contains("only") || cues::OTHERS_STAND.iter().any(|c| lower.contains(c));
    if role.trim().is_empty() || !may_limit {
        return false;
    }
    let sentences: Vec<(String, Lower)> = layout::sentences_of(text)
        .into_iter()
        .map(|s| {
            let lower = Lower::new(&s);
            (s, lower)
        })
        .filter(|(_, lower)| !layout::boilerplate(lower))
        .collect();
    sentences.iter().any(|(_, lower)| limited_to_one(lower))
        && !std::iter::once(subject)
            .chain(
                sentences
                    .iter()
                    .filter(|(_, lower)| !limited_to_one(lower))
                    .map(|(s, _)| s.as_str()),
            )
            .any(|s| names_plainly(s, role))
}

/// Whether `lower` limits what the message says to one application ("this decision
/// applies to requisition 2291 only") or says the others stand ("any other applications
/// are not affected").
fn limited_to_one(lower: &Lower) -> bool {
    let about_one = cues::ROLE_NOUNS
        .iter()
        .chain(cues::APPLICATION_NOUNS)
        .any(|n| has_word(lower, n) || has_word(lower, &format!("{n}s")));
    let this_only = has_word(lower, "only") && lower.holds_any(cues::THIS_NEWS);
    about_one && (this_only || lower.holds_any(cues::OTHERS_STAND))
}

/// Whether `sentence` names `role` plainly: not qualified by a capitalised word before it
/// ("Senior Product Manager") nor by one after a comma ("Product Manager, Payments"). Its
/// initials ("PM") name it too.
fn names_plainly(sentence: &str, role: &str) -> bool {
    let initials: String = role
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .collect();
    let lower = sentence.to_lowercase();
    let role_lower = role.to_lowercase();
    let spelled = lower
        .match_indices(&role_lower)
        .map(|(at, _)| (at, role.len()));
    let short = (initials.chars().count() > 1)
        .then(|| {
            sentence
                .match_indices(initials.as_str())
                .map(|(at, _)| (at, initials.len()))
        })
        .into_iter()
        .flatten();
    spelled.chain(short).any(|(at, len)| {
        let bytes = sentence.as_bytes();
        let end = at + len;
        let whole = (at == 0 || !bytes[at - 1].is_ascii_alphanumeric())
            && bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric());
        let qualified_before = sentence[..at]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| {
                w.starts_with(char::is_uppercase)
                    && w.chars().all(char::is_alphabetic)
                    && !cues::OPENING_WORDS.contains(&w.to_lowercase().as_str())
            });
        let after = sentence[end..].strip_prefix(", ");
        let qualified_after = after.is_some_and(|a| a.starts_with(char::is_uppercase));
        whole && !qualified_before && !qualified_after
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_greeting_to_another_name_is_someone_else_s_mail() {
        let name = "Taylor Brooks";
        assert!(greets_someone_else("Dear Jordan,\n\nThanks.", name));
        assert!(!greets_someone_else("Dear Taylor,\n\nThanks.", name));
        assert!(!greets_someone_else("Hi Tay!\n\nThanks.", name));
        assert!(!greets_someone_else("Dear Candidate,\n\nThanks.", name));
        assert!(!greets_someone_else("Dear Ms Brooks,\n\nThanks.", name));
        assert!(!greets_someone_else("Thanks, Jordan,\n\nok", name));
        assert!(!greets_someone_else("Dear Jordan,\n\nThanks.", ""));
    }

    #[test]
    fn a_note_limited_to_another_role_is_another_application() {
        let role = "Product Manager";
        let other = "Your application for Senior Product Manager, Payments was unsuccessful.\n\nThis update concerns that requisition only.";
        assert!(another_application("Outcome", other, role));
        let ours = "Your application for the Product Manager role was unsuccessful.\n\nThis update concerns that requisition only.";
        assert!(!another_application("Outcome", ours, role));
        let unlimited = "Your application for Senior Product Manager, Payments was unsuccessful.";
        assert!(!another_application("Outcome", unlimited, role));
        let kept = "We won't take the Payments opening further.\n\nYour PM application is not affected by this.";
        assert!(another_application("Payments", kept, role));
    }
}
