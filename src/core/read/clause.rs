//! What one clause of a sentence does, for the outcomes no fixed phrase names: who acts
//! (the employer or the user), the act (choose, offer, hire, progress, close, …), its
//! polarity (a negation that closes the matter, not "not yet") and its object (the user,
//! their application, the job, or someone else). "We have picked someone else", "we are
//! not able to offer you the position" and "the vacancy has been withdrawn" are rejections
//! by what their clause does, whichever words open or soften them.

use super::cues;

/// The clauses of a lower-case sentence: its parts between commas, semicolons, colons,
/// brackets and dashes.
fn clauses(lower: &str) -> impl Iterator<Item = &str> {
    lower
        .split([',', ';', ':', '(', ')'])
        .flat_map(|c| c.split(" - "))
        .map(str::trim)
        .filter(|c| !c.is_empty())
}

/// Whether `text` holds any of `list` as a substring.
fn has(text: &str, list: &[&str]) -> bool {
    list.iter().any(|c| text.contains(c))
}

/// Whether `text` holds `word` as a whole word (or phrase).
pub(super) fn has_word(text: &str, word: &str) -> bool {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(found) = text[from..].find(word) {
        let at = from + found;
        let end = at + word.len();
        let before = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
        let after = end == bytes.len() || !bytes[end].is_ascii_alphanumeric();
        if before && after {
            return true;
        }
        from = end;
    }
    false
}

/// Whether `text` holds any of `list` as a whole word.
fn has_any_word(text: &str, list: &[&str]) -> bool {
    list.iter().any(|w| has_word(text, w))
}

/// Whether the last one named as acting in `before` is the user ("you won't need to sign
/// the offer until Monday": the user acts, the employer refuses nothing).
fn user_acts(before: &str) -> bool {
    before
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .rev()
        .find_map(|w| match w {
            "you" | "you're" | "you'll" | "you've" => Some(true),
            "we" | "we're" | "we've" | "we'll" | "i" | "i'm" | "i've" | "i'll" | "they" | "it"
            | "team" | "panel" | "committee" | "manager" | "company" | "client" => Some(false),
            _ => None,
        })
        .unwrap_or(false)
}

/// Whether `clause` holds a negation word.
fn negative(clause: &str) -> bool {
    clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .any(|w| cues::NEGATIONS.contains(&w) || w.ends_with("n't") || w.ends_with("n’t"))
}

/// The job went to someone else: an act of choosing with another person as its object,
/// not negated ("we have selected another candidate", "the role went to an internal
/// transfer").
fn chose_someone_else(clause: &str) -> bool {
    has(clause, cues::CHOSE) && has(clause, cues::SOMEONE_ELSE) && !negative(clause)
}

/// The employer declines an act towards the user or the job, with a negation that closes
/// the matter ("we won't be offering you the role", "we have decided not to fill it"), not
/// one that leaves it open ("no offer has gone out to anyone yet").
fn refused(clause: &str) -> bool {
    let Some(at) = cues::REFUSING.iter().filter_map(|n| clause.find(n)).min() else {
        return false;
    };
    let after = &clause[at..];
    !user_acts(&clause[..at])
        && has(after, cues::REFUSED)
        && has_any_word(after, cues::YOU_OR_ROLE)
        && !has(clause, cues::PENDING)
}

/// The job itself is closed for good ("we have closed the role", "the vacancy has been
/// withdrawn"), not the applications to it.
fn closed(clause: &str) -> bool {
    has_any_word(clause, cues::ROLE_NOUNS)
        && !clause.contains("application")
        && cues::CLOSED
            .iter()
            .any(|c| super::affirmed(clause, c).is_some())
}

/// Whether a clause of `lower` (a sentence in lower case) says no to the user.
pub fn rejects(lower: &str) -> bool {
    clauses(lower).any(|c| chose_someone_else(c) || refused(c) || closed(c))
}

/// Whether a clause of `lower` offers the user the job in words no phrase of
/// [`cues::OFFER`] holds: an offer of the job ("we'd like to offer you the contract"), an
/// offer extended, the user chosen for it ("you have been selected for the role", "your
/// application was successful"), or asked to join as its holder.
pub fn offers(lower: &str) -> bool {
    clauses(lower).any(|c| {
        offer_of_the_job(c) || extended(c) || selected_you(c) || (joins_as(c) && !negative(c))
    })
}

/// "offer you" with the job named in the next few words.
fn offer_of_the_job(clause: &str) -> bool {
    super::affirmed(clause, "offer you").is_some_and(|at| {
        let next: Vec<&str> = clause[at..].split_whitespace().take(7).collect();
        let next = next.join(" ");
        has_any_word(&next, cues::ROLE_NOUNS) || has(&next, &["contract", "employment"])
    })
}

/// An offer extended ("thrilled to extend the following offer").
fn extended(clause: &str) -> bool {
    super::affirmed(clause, "extend").is_some_and(|at| {
        let rest = &clause[at..];
        rest.find("offer").is_some_and(|o| {
            let next: String = rest[o..].split_whitespace().take(4).collect();
            !has(&next, cues::OFFERED_INTERVIEW)
        })
    })
}

/// The user chosen for the job, not for a step of the process.
fn selected_you(clause: &str) -> bool {
    (has_word(clause, "you") || has_word(clause, "your"))
        && cues::SELECTED_YOU.iter().any(|cue| {
            super::affirmed(clause, cue).is_some_and(|at| {
                let next: Vec<&str> = clause[at + cue.len()..]
                    .split_whitespace()
                    .take(4)
                    .collect();
                !has(&next.join(" "), cues::A_STEP)
            })
        })
}

/// The user asked to join as the job's holder ("we'd love to have you join us as a
/// senior analyst"), not for an interview.
fn joins_as(clause: &str) -> bool {
    (clause.contains("you join") || clause.contains("you to join"))
        && clause.contains(" as ")
        && !has(clause, cues::OFFERED_INTERVIEW)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choosing_someone_else_is_a_no_whatever_opens_it() {
        for said in [
            "after a lot of discussion, we have selected another candidate for the role.",
            "the panel has decided to appoint another applicant.",
            "we've picked someone else for the pm role.",
            "the team decided to fill the role with an internal candidate.",
            "the post has been offered to an internal candidate, who has accepted.",
            "we've given the job to them.",
        ] {
            assert!(rejects(said), "{said}");
        }
        assert!(!rejects("we have selected you for another interview."));
        assert!(!rejects("we haven't chosen anyone yet."));
    }

    #[test]
    fn a_refusal_needs_a_closing_negation_from_the_employer() {
        for said in [
            "i'm sorry to say we are not able to offer you the position this time.",
            "after talking it over we won't be offering you the role.",
            "we're unable to progress your application to the next stage.",
            "we have decided not to fill it this year.",
            "i don't think this one is going to work out.",
            "i don't think we'll be taking things further.",
        ] {
            assert!(rejects(said), "{said}");
        }
        for open in [
            "no offer has gone out to anyone yet.",
            "you won't need to sign the offer until monday.",
            "we can't offer flexible hours for this role.",
            "the role has not been filled and you're still in the running.",
            "we are not able to move your interview.",
        ] {
            assert!(!rejects(open), "{open}");
        }
    }

    #[test]
    fn a_closed_job_is_a_no_but_closed_applications_are_not() {
        assert!(rejects("we have closed the product manager role."));
        assert!(rejects("the vacancy has been withdrawn."));
        assert!(rejects("we're no longer hiring for the growth role."));
        assert!(!rejects("applications for this role closed on friday."));
        assert!(!rejects(
            "our office is closed between 24 december and 1 january."
        ));
    }

    #[test]
    fn offers_are_read_from_what_the_clause_does() {
        for said in [
            "on behalf of globex, i am thrilled to extend the following offer for the role.",
            "the client would like to offer you the 6-month contract at £550/day.",
            "congratulations - you have been selected for the product manager role!",
            "your application was successful.",
            "we'd love to have you join fizzbit as a senior analyst.",
        ] {
            assert!(offers(said), "{said}");
        }
        for not in [
            "you have been selected for an interview.",
            "we'd like you to join us for a second interview.",
            "i can offer you some feedback if that helps.",
            "we would like to extend an interview invitation.",
        ] {
            assert!(!offers(not), "{not}");
        }
    }
}
