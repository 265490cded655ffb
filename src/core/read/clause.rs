//! What one clause of a sentence does, for the outcomes no fixed phrase names: who acts
//! (the employer or the user), the act (choose, offer, hire, progress, close, …), its
//! polarity (a negation that closes the matter, not "not yet") and its object (the user,
//! their application, the job, or someone else). "We have picked someone else", "we are
//! not able to offer you the position" and "the vacancy has been withdrawn" are rejections
//! by what their clause does, whichever words open or soften them.

use super::cues;
use super::lower::Lower;

/// The clauses of a lower-case sentence: its parts between commas, semicolons, colons,
/// brackets (but for a short aside) and dashes. A part opening on "including" belongs to the clause before it
/// ("we cannot proceed with any new hires, including yours").
fn clauses(lower: &str) -> Vec<&str> {
    let offset = |part: &str| part.as_ptr() as usize - lower.as_ptr() as usize;
    // A short aside in brackets ("your application (ref. 4471) has been closed") stays
    // inside its clause.
    let asides = short_asides(lower);
    let mut pieces = Vec::new();
    let mut start = 0;
    for (at, c) in lower.char_indices() {
        let in_aside = asides
            .iter()
            .any(|&(open, close)| open <= at && at <= close);
        if matches!(c, ',' | ';' | ':' | '(' | ')') && !in_aside {
            pieces.push(&lower[start..at]);
            start = at + c.len_utf8();
        }
    }
    pieces.push(&lower[start..]);
    let mut out: Vec<&str> = Vec::new();
    for part in pieces
        .into_iter()
        .flat_map(|c| c.split(" - "))
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        match out.last_mut() {
            Some(last) if part.starts_with("including ") => {
                *last = &lower[offset(last)..offset(part) + part.len()];
            }
            _ => out.push(part),
        }
    }
    out
}

/// The spans (opening and closing bracket) of the asides in brackets of `lower` that are
/// short enough to belong to the clause around them: four words at most, no comma.
fn short_asides(lower: &str) -> Vec<(usize, usize)> {
    lower
        .match_indices('(')
        .filter_map(|(open, _)| {
            let close = open + lower[open..].find(')')?;
            let inside = &lower[open + 1..close];
            (inside.split_whitespace().count() <= 4 && !inside.contains(','))
                .then_some((open, close))
        })
        .collect()
}

/// Whether `text` holds any of `list` as a substring.
fn has(text: &str, list: &[&str]) -> bool {
    list.iter().any(|c| text.contains(c))
}

/// Whether `text` holds `word` as a whole word (or phrase).
pub(super) fn has_word(text: &str, word: &str) -> bool {
    word_at(text, word).is_some()
}

/// Where `text` first holds `word` as a whole word (or phrase), negated or not.
pub(super) fn word_at(text: &str, word: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(found) = text[from..].find(word) {
        let at = from + found;
        let end = at + word.len();
        let before = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
        let after = end == bytes.len() || !bytes[end].is_ascii_alphanumeric();
        if before && after {
            return Some(at);
        }
        from = end;
    }
    None
}

/// Whether `text` holds any of `list` as a whole word.
pub(super) fn has_any_word(text: &str, list: &[&str]) -> bool {
    list.iter().any(|w| has_word(text, w))
}

/// Whether the last one named as acting in `before` is the user ("you won't need to sign
/// the offer until Monday": the user acts, the employer refuses nothing).
fn user_acts(before: &str) -> bool {
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    words
        .iter()
        .enumerate()
        .rev()
        .find_map(|(at, w)| match *w {
            // "to let you know", "thank you": the user is spoken to, not acting.
            "you" if at > 0 && cues::TO_YOU.contains(&words[at - 1]) => None,
            // "globex has sent you an offer": the user is given something, not acting.
            "you"
                if words
                    .get(at + 1)
                    .is_some_and(|n| cues::DETERMINERS.contains(n)) =>
            {
                None
            }
            "you" | "you're" | "you'll" | "you've" => Some(true),
            "we" | "we're" | "we've" | "we'll" | "i" | "i'm" | "i've" | "i'll" | "they" | "it"
            | "team" | "panel" | "committee" | "manager" | "company" | "client" => Some(false),
            _ => None,
        })
        .unwrap_or(false)
}

/// Whether the last one named as acting in `before` is the employer ("we", "I", the team,
/// the panel), not the user nor a thing ("the interview can't proceed").
fn employer_acts(before: &str) -> bool {
    before
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .rev()
        .find_map(|w| match w {
            "we" | "we're" | "we've" | "we'll" | "we'd" | "i" | "i'm" | "i've" | "i'll" | "i'd"
            | "they" | "they've" | "they're" | "they'll" | "team" | "panel" | "committee"
            | "manager" | "company" | "client" | "board" => Some(true),
            "you" | "you're" | "you'll" | "you've" | "it" | "interview" | "meeting" | "call"
            | "process" | "project" => Some(false),
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
    // "Interviews are in progress with other candidates": a state, not an act.
    let acting = |c: &&str| {
        clause
            .find(*c)
            .filter(|&at| !(c.starts_with("progress") && clause[..at].ends_with("in ")))
    };
    let Some(at) = cues::CHOSE.iter().filter_map(acting).min() else {
        return false;
    };
    let rest = &clause[at..];
    // "We've selected you as one of the candidates for the final round": the user chosen.
    let you_chosen = rest
        .split_whitespace()
        .skip(1)
        .take(2)
        .any(|w| matches!(w, "you" | "your"));
    let chosen = has(rest, cues::SOMEONE_ELSE)
        || has(rest, cues::ONE_OF_OTHERS)
        || has(clause, cues::CHOSE_THEM)
        || person_described(rest);
    // "… decided to go ahead with another finalist and won't be holding the remaining
    // interviews": a negation in a clause joined after the choice is that clause's.
    let joined = [" and ", " but ", " so "]
        .iter()
        .filter_map(|j| rest.find(j))
        .min()
        .map_or(clause.len(), |j| at + j);
    chosen
        && !you_chosen
        && !user_acts(&clause[..at])
        && !negative(&clause[..joined])
        && !has_word(clause, "if")
}

/// Whether the object of a choice is someone described by "who" or "whose" ("went with
/// a PM who had launched in the Nordics", "hire an engineer whose background is in
/// payments"): a person other than the user, not a group ("a panel who will cover
/// product").
fn person_described(rest: &str) -> bool {
    let words: Vec<&str> = rest
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| !w.is_empty())
        .take(10)
        .collect();
    let Some(article) = words.iter().take(6).position(|w| matches!(*w, "a" | "an")) else {
        return false;
    };
    let after = &words[article + 1..];
    after
        .iter()
        .take(4)
        .position(|w| matches!(*w, "who" | "whose" | "whom"))
        .is_some_and(|at| at > 0 && !cues::GROUP_NOUNS.contains(&after[at - 1]))
}

/// The user's candidacy not carried on, whatever the act is called ("has resolved not to
/// advance your candidacy", "we have chosen not to take it forward", "we cannot take your
/// candidacy further at this juncture", "we will not be carrying your application
/// forward"): a negation, an act of carrying on and the user or their candidacy as its
/// object ("it" when the `sentence` names the application), neither for a while nor on a
/// condition ("until we have your documents"), nor said of the user ("you don't need to
/// take your application any further").
fn candidacy_not_carried_on(clause: &str, sentence: &str) -> bool {
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let application_named = has(sentence, cues::YOUR_CANDIDACY);
    // "Your candidacy did not pass to the next stage": the candidacy as the subject.
    let subject_at = |at: usize| {
        words[at.saturating_sub(6)..at]
            .windows(2)
            .any(|w| w[0] == "your" && cues::CANDIDACY_OBJECTS.contains(&w[1]))
    };
    let object_at = |at: usize| {
        words[at + 1..].iter().take(4).enumerate().any(|(k, w)| {
            let preceded_by_your = k > 0 && words[at + k] == "your";
            *w == "you"
                || (preceded_by_your && cues::CANDIDACY_OBJECTS.contains(w))
                || (*w == "it" && application_named)
        })
    };
    let carried_on = |at: usize| {
        let w = words[at];
        cues::CARRY_ON_STEMS.iter().any(|s| w.starts_with(s))
            || cues::CARRY_ON_VERBS.contains(&w)
                && words[at + 1..]
                    .iter()
                    .take(5)
                    .any(|n| cues::ONWARD.contains(n))
    };
    (1..words.len()).any(|at| {
        let before = &words[at.saturating_sub(6)..at];
        let denied = before.iter().any(|w| {
            cues::NEGATIONS.contains(w)
                || w.ends_with("n't")
                || w.ends_with("n’t")
                || *w == "unable"
                || *w == "cannot"
        });
        denied
            && carried_on(at)
            && (object_at(at) || subject_at(at))
            && !user_acts(&words[..at].join(" "))
    }) && !has_any_word(clause, cues::FOR_A_WHILE)
        && !has_any_word(clause, cues::EVERY_CANDIDATE)
}

/// The employer or their client releases the user's profile ("the client has decided to
/// release your profile"): let go from the process, unless it is released to someone
/// ("we will release your profile to the client") or for something.
fn released_you(clause: &str) -> bool {
    ["release ", "released ", "releasing "].iter().any(|r| {
        clause.match_indices(r).any(|(at, _)| {
            let next: Vec<&str> = clause[at + r.len()..].split_whitespace().take(4).collect();
            let object = match next.as_slice() {
                ["you", rest @ ..] => rest,
                ["your", noun, rest @ ..]
                    if cues::CANDIDACY_OBJECTS
                        .contains(&noun.trim_end_matches(['.', ',', '!'])) =>
                {
                    rest
                }
                _ => return false,
            };
            employer_acts(&clause[..at])
                && !object
                    .first()
                    .is_some_and(|w| matches!(*w, "to" | "for" | "into"))
        })
    }) && !negative(clause)
        && !has_any_word(clause, cues::FOR_A_WHILE)
}

/// The match judged wrong ("we've decided it isn't the right fit this time", "it was not
/// a fit for the team"), not on a condition ("if it isn't the right fit, no hard
/// feelings").
fn not_a_fit(clause: &str) -> bool {
    if !clause.contains(" fit") && !clause.contains(" match") {
        return false;
    }
    ["is not", "was not", "isn't", "wasn't"].iter().any(|no| {
        ["the right fit", "a fit", "the right match", "a match"]
            .iter()
            .any(|fit| clause.contains(&format!("{no} {fit}")))
    }) && !has_any_word(clause, &["if", "whether", "unless"])
        && !user_acts(clause)
}

/// The employer stops the process with the user ("we're going to stop the process here
/// rather than bring you back"), not for everyone ("we're stopping the process for this
/// role while the budget is reviewed").
fn process_stopped_with_you(clause: &str) -> bool {
    ["the process", "your process"].iter().any(|what| {
        clause.match_indices(what).any(|(at, _)| {
            let before = clause[..at].trim_end();
            let act = before.rsplit(' ').next().unwrap_or_default();
            cues::STOPPING.contains(&act) && employer_acts(&before[..before.len() - act.len()])
        })
    }) && has_any_word(clause, &["here", "you", "your"])
        && !negative(clause)
        && !has_any_word(clause, cues::FOR_A_WHILE)
}

/// A decision to carry the process on with others ("we have decided to continue the
/// selection with other applicants"): an act of advancing right after the decision,
/// "with" within a few words, and someone else.
fn carried_on_with_others(clause: &str) -> bool {
    cues::DECIDED_TO
        .iter()
        .filter_map(|d| clause.find(d).map(|at| at + d.len()))
        .any(|at| {
            let rest = &clause[at..];
            let with = rest.split_whitespace().take(5).any(|w| w == "with");
            cues::ADVANCING.iter().any(|a| rest.starts_with(a))
                && with
                && has(rest, cues::SOMEONE_ELSE)
        })
        && !negative(clause)
        && !has_word(clause, "if")
}

/// A choice made that is "not you" ("we've made our choice and it's not you this time").
fn not_you(clause: &str) -> bool {
    has(clause, cues::CHOICE_MADE)
        && ["not you", "n't you", "n’t you"].iter().any(|n| {
            clause.match_indices(n).any(|(at, _)| {
                let rest = clause[at + n.len()..].trim_matches(['.', '!', ' ', ',']);
                rest.is_empty()
                    || cues::THIS_TIME.contains(&rest)
                    || rest.starts_with("for this")
                    || rest.starts_with("this time")
            })
        })
        && !has_word(clause, "if")
}

/// The employer closes the user's application ("we'll be closing your application for
/// this post"), not the user ("you can close your application") nor on a condition.
fn closed_your_application(clause: &str) -> bool {
    let Some(at) = clause.find("clos") else {
        return false;
    };
    let passive = ["been closed", "is closed", "was closed", "now closed"]
        .iter()
        .any(|c| clause.contains(c));
    cues::YOUR_CANDIDACY.iter().any(|c| clause.contains(c))
        && (passive || employer_acts(&clause[..at]))
        && !user_acts(&clause[..at])
        && !negative(clause)
        && !has_any_word(clause, &["if", "unless", "until", "can", "may"])
}

/// The employer searches on for someone else ("we're going to keep looking for someone
/// based closer to us"), not through a list ("we'll keep looking at the shortlist").
fn searching_on(clause: &str) -> bool {
    cues::SEARCH_ON.iter().any(|s| {
        clause.find(s).is_some_and(|at| {
            let rest = clause[at + s.len()..].trim_start();
            cues::SOUGHT.iter().any(|w| rest.starts_with(w)) && !user_acts(&clause[..at])
        })
    }) && !negative(clause)
        && !has_word(clause, "if")
}

/// Someone other than the user judged someone else ahead of them ("the panel felt another
/// candidate was further along", "the circle felt another finalist was the better fit"),
/// not a state of the process ("other candidates who are further along in the process").
fn judged_others_ahead(clause: &str) -> bool {
    cues::JUDGED.iter().any(|j| {
        clause.find(j).is_some_and(|at| {
            let rest = &clause[at..];
            cues::SOMEONE_ELSE
                .iter()
                .filter_map(|o| rest.find(o))
                .min()
                .is_some_and(|o| has(&rest[o..], cues::AHEAD))
                && !user_acts(&clause[..at])
        })
    }) && !negative(clause)
        && !has_word(clause, "if")
}

/// An act of choosing whose object is "them", in a sentence that names someone else
/// ("another candidate's experience was closer, so we'll be moving forward with them").
fn chose_them(clause: &str) -> bool {
    let them = |at: usize| {
        let next = clause[at..].trim_start();
        let next = next.strip_prefix("with ").unwrap_or(next);
        next.split_whitespace()
            .next()
            .is_some_and(|w| w.trim_end_matches(['.', '!']) == "them")
    };
    cues::CHOSE
        .iter()
        .chain(cues::ADVANCING)
        .any(|c| clause.match_indices(c).any(|(at, _)| them(at + c.len())))
        && !user_acts(clause)
        && !negative(clause)
        && !has_word(clause, "if")
}

/// The employer goes another way with the job ("we've decided to go a different
/// direction"): a direction called different, other or new, taken by the employer, not on
/// a condition.
fn changed_direction(clause: &str) -> bool {
    clause.match_indices("direction").any(|(at, _)| {
        let before: Vec<&str> = clause[..at].split_whitespace().rev().take(2).collect();
        // The new direction is taken with the hire, not with something else ("a
        // different direction with the interview format").
        let rest = clause[at + "direction".len()..].trim_end_matches(['.', '!', ' ']);
        let with_the_hire = rest.trim().is_empty()
            || cues::THIS_TIME.contains(&rest.trim())
            || has_any_word(rest, cues::ROLE_NOUNS)
            || has(rest, &["hire", "candidate", "applicant"]);
        before.iter().any(|w| ["different", "another"].contains(w))
            && employer_acts(&clause[..at])
            && with_the_hire
    }) && !user_acts(clause)
        && !negative(clause)
        && !has_any_word(clause, &["if", "may", "might", "could"])
}

/// The employer passes: a clause that ends on "pass" ("we're going to pass"), passes on
/// the user ("we've decided to pass on your application") or on advancing them ("we'll
/// pass on moving forward with your application"); not "we'll pass on your details to
/// the manager", which hands them to someone.
fn passes(clause: &str) -> bool {
    let trimmed = clause.trim_end_matches(['.', '!', ' ']);
    let on_advancing = clause.match_indices(" pass on ").any(|(at, found)| {
        let next = &clause[at + found.len()..];
        cues::ADVANCING.iter().any(|a| next.starts_with(a))
            || (["you", "your "].iter().any(|y| next.starts_with(y))
                && !has_word(next, "to")
                && !has(next, cues::HANDED_ON))
    });
    // "code on your pass", "a visitor pass": the noun, not the act.
    let noun_before = trimmed
        .strip_suffix(" pass")
        .and_then(|before| before.split_whitespace().last())
        .is_some_and(|w| {
            [
                "your", "my", "a", "the", "our", "their", "his", "her", "its", "visitor", "guest",
                "security", "building", "boarding", "day", "staff", "parking", "access", "entry",
                "free", "bus", "hall",
            ]
            .contains(&w)
        });
    (trimmed.ends_with(" pass") && !noun_before || on_advancing)
        && !user_acts(trimmed)
        && !negative(trimmed)
}

/// The employer declines an act towards the user or the job, with a negation that closes
/// the matter ("we won't be offering you the role", "we have decided not to fill it"), not
/// one that leaves it open ("no offer has gone out to anyone yet").
fn refused(clause: &str) -> bool {
    let Some(at) = cues::REFUSING
        .iter()
        .filter_map(|n| clause.find(n))
        .chain(disinclined(clause))
        .min()
    else {
        return false;
    };
    let (before, after) = clause.split_at(at);
    // "you are not being considered", "your application will not be considered further":
    // the user is named, the employer acts.
    let passive = after
        .split_whitespace()
        .take(3)
        .any(|w| matches!(w, "be" | "being" | "been"));
    let named_before = passive && (has_word(before, "you") || has(before, cues::YOUR_CANDIDACY));
    (passive || !user_acts(before))
        && ((has(after, cues::REFUSED)
            && (has_any_word(after, cues::YOU_OR_ROLE) || named_before))
            || (employer_acts(before) && ends_on_advancing(after)))
        && !has(clause, cues::PENDING)
        // "we won't proceed until your references are back", "we can't move it forward
        // without two references": a wait, not a no.
        && !has_any_word(clause, &["if", "until", "unless", "without"])
}

/// Where a clause says the employer is "not" of a mind "to" act ("not minded to proceed",
/// "not inclined to take it further", "did not feel able to recommend you"): "not", one or
/// two words, "to" — not "not yet to".
fn disinclined(clause: &str) -> Option<usize> {
    clause.match_indices("not ").map(|(at, _)| at).find(|&at| {
        let next: Vec<&str> = clause[at + 4..].split_whitespace().take(3).collect();
        let Some(to) = next.iter().position(|w| *w == "to").filter(|&to| to > 0) else {
            return false;
        };
        next[..to]
            .iter()
            .all(|w| !cues::NOT_WORD_TO.contains(w) && w.bytes().all(|b| b.is_ascii_lowercase()))
    })
}

/// Whether `after` (a negated clause from its negation on) ends on an act of advancing
/// with no object, or only the step it would lead to ("we've decided not to move
/// forward.", "we won't be proceeding at this stage", "the committee did not approve
/// moving forward to an offer"): the user's candidacy is what does not advance.
fn ends_on_advancing(after: &str) -> bool {
    let rest = after.trim_end_matches(['.', '!', ' ']);
    cues::ADVANCING.iter().any(|act| {
        rest.match_indices(act).any(|(at, _)| {
            // To the end of the word the act ends in ("proceed" in "proceeding").
            let tail = &rest[at + act.len()..];
            let tail = tail.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            let mut tail = tail.trim();
            if let Some(step) = tail.strip_prefix("to ") {
                match cues::STEPS.iter().find(|s| step.starts_with(*s)) {
                    Some(s) => tail = step[s.len()..].trim(),
                    None => return false,
                }
            }
            tail.is_empty() || cues::THIS_TIME.contains(&tail)
        })
    })
}

/// The job itself is closed for good ("we have closed the role", "the vacancy has been
/// withdrawn", "the vacancy is therefore closed"), not the applications to it.
fn closed(clause: &str) -> bool {
    if !has_any_word(clause, cues::ROLE_NOUNS)
        || clause.contains("application")
        // Closed "pending a review" or "for now" is a hold, not the end.
        || has_any_word(clause, &["pending", "temporarily", "until"])
        || clause.contains("for now")
    {
        return false;
    }
    // "The vacancy is therefore closed": read past the adverb.
    let plain: Vec<&str> = clause
        .split(' ')
        .filter(|w| !cues::ADVERBS.contains(w))
        .collect();
    let plain = plain.join(" ");
    cues::CLOSED
        .iter()
        .any(|c| super::affirmed(&plain, c).is_some())
}

/// The job has been filled ("we've filled the role", "the post is now filled"), not
/// on a condition ("once the role is filled").
fn filled(clause: &str) -> bool {
    // "we've filled the other vacancy": another job than the user's.
    if has_any_word(clause, &["other", "another"]) {
        return false;
    }
    // "we ended up filling the role a couple of weeks ago": filling put in the past.
    let in_the_past =
        super::affirmed(clause, "filling").is_some() && has(clause, cues::DONE_BY_NOW);
    has_any_word(clause, cues::ROLE_NOUNS)
        && (super::affirmed(clause, "filled").is_some() || in_the_past)
        && !has_any_word(clause, &["if", "once", "until", "when", "before"])
}

/// The employer takes back its offer ("we must withdraw our offer of employment", "the
/// offer has been rescinded"), not the user withdrawing, not on a condition, and not a
/// warning of what may happen ("the offer may be withdrawn", "otherwise the offer will be
/// withdrawn").
fn withdrew_offer(clause: &str) -> bool {
    let Some(at) = cues::WITHDRAWING
        .iter()
        .filter_map(|w| clause.find(w))
        .min()
    else {
        return false;
    };
    has_word(clause, "offer")
        && !user_acts(&clause[..at])
        && !negative(clause)
        && !has_any_word(
            clause,
            &[
                "if",
                "unless",
                "otherwise",
                "may",
                "might",
                "could",
                "would",
                // "… on or before 14 December, failing which the offer shall stand
                // withdrawn": a consequence of no answer.
                "failing",
                "else",
            ],
        )
}

/// The user or their application did not pass a step, said in the passive ("your
/// application was not progressed", "you have not been shortlisted") or as not one of
/// those who did ("you weren't among the candidates selected"), not one the user acts in
/// ("you haven't selected a slot") nor one still open ("not shortlisted yet").
fn not_advanced(clause: &str) -> bool {
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    let Some(subject) = words.iter().position(|w| cues::CANDIDACY.contains(w)) else {
        return false;
    };
    let words = &words[subject..];
    let denied = (1..words.len()).any(|at| {
        let (before, no, after) = (words[at - 1], words[at], &words[at + 1..]);
        let passive = matches!(before, "was" | "were" | "is" | "are")
            || matches!(after.first(), Some(&("be" | "been" | "being")));
        let negation = no == "not" || no.ends_with("n't") || no.ends_with("n’t");
        // "you weren't among the candidates selected to move on": not one of those who
        // passed.
        let among = after.first() == Some(&"among")
            && (matches!(before, "was" | "were" | "is" | "are")
                || contracted(no).is_some_and(|be| ["was", "were", "is", "are"].contains(&be)))
            && after.iter().take(6).any(|w| cues::ADVANCED.contains(w));
        negation && ((passive && after.iter().take(3).any(|w| cues::ADVANCED.contains(w))) || among)
    });
    denied && !has(clause, cues::PENDING) && !has_word(clause, "if")
}

/// The verb a negation is contracted with ("has" in "hasn't", "does" in "doesn't").
fn contracted(word: &str) -> Option<&str> {
    word.strip_suffix("n't")
        .or_else(|| word.strip_suffix("n’t"))
}

/// The job given to someone other than the user ("I've decided to give the job to my
/// nephew", "the post has been offered to the highest-scoring candidate", "I've offered
/// that post to another applicant"): an act of giving done or decided, the job as its
/// object (or its subject, in the passive), and after "to" someone named by a determiner
/// ("we've offered the role to you" is an offer; "we hope to offer the role to someone by
/// January" decides nothing).
fn gave_to_another(clause: &str) -> bool {
    if !has(clause, cues::GIVEN) && !has(clause, cues::GIVE) {
        return false;
    }
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let job = |w: &&str| cues::ROLE_NOUNS.contains(w);
    let handed = (0..words.len()).any(|at| {
        let act = words[at];
        let done = cues::GIVEN.contains(&act)
            || (cues::GIVE.contains(&act) && at >= 2 && words[at - 2..at] == ["decided", "to"]);
        if !done {
            return false;
        }
        // "offered that post to another applicant": the job within three words, then "to".
        let object = words[at + 1..]
            .iter()
            .take(3)
            .position(job)
            .map(|o| at + 2 + o);
        // "the post has now been offered to …": the job, then only auxiliaries.
        let subject = words[..at]
            .iter()
            .rev()
            .find(|w| !cues::AUXILIARIES.contains(w))
            .is_some_and(job)
            && words[at - 1] != "to";
        let to = match object {
            Some(to) => Some(to),
            None if subject => Some(at + 1),
            None => None,
        };
        to.is_some_and(|to| {
            words.get(to) == Some(&"to")
                && words
                    .get(to + 1)
                    .is_some_and(|w| cues::SOMEONE_NAMED.contains(w))
        })
    });
    handed && !user_acts(clause) && !negative(clause) && !has_any_word(clause, &["if", "once"])
}

/// Someone else chosen, said in the passive ("another applicant has been selected", "an
/// internal candidate was appointed"), not a step others passed ("candidates who were
/// selected for interview will hear by Friday").
fn another_was_chosen(clause: &str) -> bool {
    cues::ANOTHER_CHOSEN.iter().any(|other| {
        clause.match_indices(other).any(|(at, _)| {
            let rest: Vec<&str> = clause[at + other.len()..].split_whitespace().collect();
            let chosen = match rest.as_slice() {
                ["has" | "had", "been", act, ..] | ["was" | "is", act, ..] => {
                    cues::CHOSEN.contains(act)
                }
                _ => false,
            };
            chosen && !has(clause, cues::STEPS_FOR)
        })
    }) && !negative(clause)
        && !has_word(clause, "if")
}

/// The employer did not put the user forward ("the panel has not shortlisted your
/// application", "we did not select you", "the panel has not put you forward to the next
/// stage"): an act of advancing denied with a final negation, the user or their
/// application as its object; not one still open ("we haven't shortlisted anyone yet").
fn did_not_put_forward(clause: &str) -> bool {
    if !has(clause, &["not", "n't", "n’t"]) {
        return false;
    }
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    let denied = (0..words.len()).any(|at| {
        let no = words[at];
        let negation = (no == "not" && at >= 1 && cues::DID_OR_HAS.contains(&words[at - 1]))
            || contracted(no).is_some_and(|aux| cues::DID_OR_HAS.contains(&aux));
        let Some(act) = words.get(at + 1) else {
            return false;
        };
        let object = &words[at + 2..words.len().min(at + 4)];
        let you = object.first().is_some_and(|w| *w == "you")
            || object
                .windows(2)
                .any(|p| p[0] == "your" && cues::CANDIDACY.contains(&p[1]) && p[1] != "your");
        let put_forward = *act == "put" && words[at + 2..].iter().take(3).any(|w| *w == "forward");
        negation
            && you
            && (cues::PUT_FORWARD.contains(act) || put_forward)
            && !user_acts(&words[..at].join(" "))
    });
    denied && !has(clause, cues::PENDING) && !has_any_word(clause, &["if", "whether"])
}

/// The user or their profile judged not to suit the job ("your profile is not the most
/// suitable for the position", "your qualifications are not matching with the
/// requirements", "you aren't the right fit"): the candidacy named, then "is not", "does
/// not" or their contraction, then a word of fit; not on a condition ("if your experience
/// doesn't match every point, apply anyway"), a need ("your experience doesn't need to
/// match") or another verb ("you can't fit in a call").
fn judged_unsuited(clause: &str) -> bool {
    if !has(clause, cues::FIT) {
        return false;
    }
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    let suited = (1..words.len()).any(|at| {
        let named = words[at - 1] == "you"
            || (at >= 2 && words[at - 2] == "your" && cues::QUALITIES.contains(&words[at - 1]));
        let verb = words[at];
        let no = match contracted(verb) {
            Some(aux) => cues::IS_OR_DOES.contains(&aux).then_some(at),
            None => (cues::IS_OR_DOES.contains(&verb) && words.get(at + 1) == Some(&"not"))
                .then_some(at + 1),
        };
        let Some(no) = no else {
            return false;
        };
        let next = &words[no + 1..words.len().min(no + 4)];
        named
            && next.iter().any(|w| cues::FIT.contains(w))
            && !next.iter().any(|w| cues::NOT_FIT.contains(w))
    });
    suited && !has_any_word(clause, &["if", "whether", "unless", "even", "worry", "yet"])
}

/// The one the employer chose, named by what they did ("the person we have appointed",
/// "the candidate we've selected"): Some(true) when the user is named as that one ("you
/// are the candidate we have chosen"), Some(false) when it is someone else ("a very close
/// call between you and the person we have appointed"), None when the clause names no
/// such choice, or one on a condition, denied or undone ("the person we hired last year
/// has moved on").
fn the_one_chosen(clause: &str) -> Option<bool> {
    if !has(clause, cues::CHOICE_DONE) || !has(clause, cues::PERSON_NOUNS) {
        return None;
    }
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    let found = (1..words.len()).find_map(|at| {
        if !cues::PERSON_NOUNS.contains(&words[at]) || !["the", "a"].contains(&words[at - 1]) {
            return None;
        }
        let between: Vec<&&str> = words[at + 1..]
            .iter()
            .take_while(|w| cues::CHOICE_FILLERS.contains(w))
            .collect();
        let by_us = between.iter().any(|w| w.starts_with("we"));
        let act = words.get(at + 1 + between.len())?;
        let done = cues::CHOICE_DONE.contains(act)
            && (*act != "want" || between.last() == Some(&&"we"))
            && by_us;
        // "you are the candidate we have chosen", "you're the person we want".
        let you = matches!(
            words[..at - 1],
            [.., "you", "are" | "were"] | [.., "you're"] | [.., "it's", "you"]
        );
        done.then_some(you)
    })?;
    let undone = negative(clause)
        || has_any_word(clause, &["if", "once", "when", "will", "whether"])
        || has(clause, cues::LEFT_THE_JOB)
        || has(clause, cues::STEPS_FOR);
    // "You're the candidate we want to interview next": chosen for a step.
    let for_a_step = found && has(clause, cues::A_STEP);
    (!undone && !for_a_step).then_some(found)
}

/// The user not among those chosen or invited, named in the clause before ("the top
/// candidates have been invited to interview, and this time you were not among them").
fn not_among_them(lower: &str) -> bool {
    (not_among_those_chosen_after(lower) || not_among_those_chosen_before(lower))
        && !has_any_word(lower, &["if", "whether", "yet"])
}

/// The user or their application not among a group chosen or invited, named after it
/// ("your application was not among the group the committee has invited to interview").
fn not_among_those_chosen_after(lower: &str) -> bool {
    lower.match_indices("not among").any(|(at, _)| {
        let before = &lower[..at];
        let after: Vec<&str> = lower[at..].split_whitespace().take(12).collect();
        (has_word(before, "you") || has(before, cues::YOUR_CANDIDACY))
            && after
                .iter()
                .any(|w| cues::ADVANCED.contains(w) || *w == "invited")
    })
}

/// The user not among those chosen, named in the clause before.
fn not_among_those_chosen_before(lower: &str) -> bool {
    ["among them", "among those", "one of them", "one of those"]
        .iter()
        .any(|a| {
            lower.match_indices(a).any(|(at, _)| {
                let before: Vec<&str> = lower[..at].split_whitespace().rev().take(3).collect();
                let denied = match before.as_slice() {
                    ["not", "were" | "are" | "was", "you", ..] => true,
                    [no, "you", ..] => {
                        contracted(no).is_some_and(|be| ["were", "are"].contains(&be))
                    }
                    ["not", "you're", ..] => true,
                    _ => false,
                };
                let chosen_before =
                    has(&lower[..at], cues::ADVANCED) || has(&lower[..at], &["invited"]);
                denied && chosen_before
            })
        })
}

/// No further step for the user: the employer declines to set one up ("we won't be
/// arranging a second meeting") or says there is none for them ("there isn't going to be
/// a next step on our side"); not a step put off, moved or not needed ("we won't hold the
/// final interviews until January", "no further steps are needed from you").
fn no_further_step(clause: &str) -> bool {
    if !has(clause, cues::FURTHER)
        || has_any_word(clause, cues::STEP_PUT_OFF)
        || has_any_word(clause, cues::WEEKDAYS)
        || has(clause, cues::TEMPORARY)
    {
        return false;
    }
    let further_step = |rest: &str| {
        let next: Vec<&str> = rest.split_whitespace().take(4).collect();
        next.first().is_some_and(|w| {
            ["a", "an", "another", "any", "your", "no"].contains(w) || cues::FURTHER.contains(w)
        }) && next.iter().any(|w| {
            cues::STEP_NOUNS
                .iter()
                .any(|s| w.trim_end_matches(['.', '!', 's']) == *s)
        }) && next
            .iter()
            .any(|w| cues::FURTHER.iter().any(|f| w.starts_with(f)))
    };
    // "there isn't going to be a next step on our side".
    let none_for_you = clause.match_indices("there ").any(|(at, t)| {
        let rest = &clause[at + t.len()..];
        let words: Vec<&str> = rest.split_whitespace().take(6).collect();
        let Some(no) = words
            .iter()
            .position(|w| cues::NEGATIONS.contains(w) || contracted(w).is_some())
        else {
            return false;
        };
        let after: Vec<&str> = rest.split_whitespace().skip(no + 1).collect();
        let after = after.join(" ");
        let after = ["going to be ", "be ", "is ", ""]
            .iter()
            .find_map(|p| after.strip_prefix(p))
            .unwrap_or(&after);
        (words[no] == "no" && further_step(&format!("no {after}")) || further_step(after))
            && has(rest, cues::STEP_FOR_YOU)
    });
    // "we won't be arranging a second meeting".
    let declined = cues::REFUSING.iter().any(|r| {
        clause.find(r).is_some_and(|at| {
            let rest = &clause[at..];
            employer_acts(&clause[..at])
                && cues::ARRANGING.iter().any(|a| {
                    rest.find(a).is_some_and(|b| {
                        // Past the end of the word the act ends in ("arranging").
                        let after = rest[b + a.len()..]
                            .trim_start_matches(|c: char| c.is_ascii_alphabetic())
                            .trim_start();
                        let after = after.strip_prefix("you ").unwrap_or(after);
                        further_step(after) || after.starts_with("you back")
                    })
                })
        })
    });
    none_for_you || declined
}

/// News called good, denied for good ("I'm sorry it isn't better news on this occasion",
/// "unfortunately it's not the news you were hoping for"), not for now ("no better news
/// yet") nor about something else ("not good news on the timing").
fn no_good_news(clause: &str) -> bool {
    cues::GOOD_NEWS.iter().any(|g| {
        clause.find(g).is_some_and(|at| {
            // The news itself denied ("it isn't better news", "this is not the news you
            // were hoping for"), not news the writer lacks ("sorry not to have better
            // news").
            let before: Vec<&str> = clause[..at].split_whitespace().rev().take(2).collect();
            match before.as_slice() {
                [no, ..] if contracted(no).is_some_and(|be| ["is", "was"].contains(&be)) => true,
                ["not", be, ..] => ["is", "was", "it's", "that's", "it’s", "that’s"].contains(be),
                _ => false,
            }
        })
    }) && !has(clause, cues::NEWS_FOR_NOW)
        && !has_any_word(clause, &["if", "whether", "wish"])
}

/// `clause` up to a clause of purpose ("please withdraw so that we can offer the slot to
/// another applicant"): what it would make possible has not happened.
fn before_purpose(clause: &str) -> &str {
    cues::PURPOSE
        .iter()
        .filter_map(|p| clause.find(p))
        .min()
        .map_or(clause, |at| &clause[..at])
}

/// Whether a clause of `lower` (a sentence in lower case) says no to the user.
pub fn rejects(lower: &Lower) -> bool {
    let acts = [
        cues::CHOSE,
        cues::REFUSING,
        cues::CLOSED,
        cues::WITHDRAWING,
        cues::DECIDED_TO,
        cues::SEARCH_ON,
        cues::JUDGED,
        &[
            " pass", "filled", "filling", "not ", "n't", "clos", "unable", "cannot", "stop",
            "releas",
        ],
        cues::CHOICE_DONE,
    ];
    let them = has_any_word(lower, &["them"]) && has(lower, cues::SOMEONE_ELSE);
    let beside_you = has_any_word(lower, &["you", "your"]);
    (acts.iter().any(|list| lower.holds_any(list))
        || lower.holds_any(&["direction", "them", "there ", "among"]))
        && clauses(lower).into_iter().map(before_purpose).any(|c| {
            chose_someone_else(c)
                || (them && chose_them(c))
                || changed_direction(c)
                || refused(c)
                || closed(c)
                || passes(c)
                || filled(c)
                || withdrew_offer(c)
                || not_advanced(c)
                || candidacy_not_carried_on(c, lower)
                || process_stopped_with_you(c)
                || released_you(c)
                || not_a_fit(c)
                || carried_on_with_others(c)
                || not_you(c)
                || closed_your_application(c)
                || searching_on(c)
                || judged_others_ahead(c)
                || gave_to_another(c)
                || another_was_chosen(c)
                || did_not_put_forward(c)
                || judged_unsuited(c)
                // Someone else chosen counts when the user is set beside them.
                || (the_one_chosen(c) == Some(false) && beside_you)
                // "There won't be a further interview; we'd like to offer you the
                // role": no step is needed before an offer.
                || (no_further_step(c) && !lower.holds_any(&["offer"]))
                || (no_good_news(c) && !lower.holds_any(cues::NEWS_FOR_NOW))
        })
        || not_among_them(lower)
}

/// Whether `lower` (a sentence in lower case) says the writer's own attempt failed ("I
/// tried to reach you by phone but was unsuccessful", "our attempts to call you were
/// unsuccessful"), not the user's application.
pub fn own_attempt_failed(lower: &Lower) -> bool {
    lower.find("unsuccessful").is_some_and(|at| {
        let before = &lower[..at];
        let writer = has_any_word(before, &["i", "we", "our", "my"]);
        // "I rang you twice but was unsuccessful": the subject left out after "but" is
        // the writer's.
        let elided = ["but was ", "but were "]
            .iter()
            .any(|b| before.ends_with(b));
        let attempt = has_any_word(before, cues::ATTEMPTS) || elided;
        attempt && writer && !has(before, &["application", "candidacy"])
    })
}

/// Whether `lower` (a sentence in lower case) reports what the user was told before: an
/// act of telling put in the past by what comes before it ("a few weeks ago we let you know
/// we weren't progressing it", "last month I said …", "I promised you an update last
/// week"), not news told now ("I wanted to let you know that we extended an offer to
/// another candidate last week").
pub fn told_before(lower: &Lower) -> bool {
    // "I promised you an update last week": a promise put in the past by its own tense
    // and a time gone by.
    let promised = lower.holds_any(&["promised you"]) && lower.holds_any(cues::DONE_BY_NOW);
    promised
        || lower.holds_any(cues::TOLD_BEFORE)
            && cues::TOLD_BEFORE.iter().any(|t| {
                lower.match_indices(t).any(|(at, _)| {
                    let before = &lower[..at];
                    !before.ends_with("to ") && has(before, cues::DONE_BY_NOW)
                })
            })
}

/// `lower` (a sentence in lower case) without the words it reports an earlier message to
/// have said ("you may have received an email from us saying your application had been
/// unsuccessful", "yesterday's note telling you the role was filled"): another mail's
/// words, often taken back, are not this one's news. The report runs from the message
/// named to the end of its part of the sentence (up to "; ", " - " or ", but "); the
/// message is an earlier one, not "this email". None when nothing is reported.
pub fn without_reported_mail(lower: &Lower) -> Option<String> {
    if !lower.holds_any(cues::REPORTING) || !lower.holds_any(cues::MAIL_NOUNS) {
        return None;
    }
    let text: &str = lower;
    let reported = cues::MAIL_NOUNS
        .iter()
        .flat_map(|noun| text.match_indices(noun).map(|(at, _)| at))
        .filter(|&at| {
            at == 0
                || !text.as_bytes()[at - 1].is_ascii_alphanumeric()
                    && !text[..at].ends_with("this ")
        })
        .find_map(|at| {
            // The report follows within a few words, in the same clause.
            let near: usize = text[at..].split_inclusive(' ').take(8).map(str::len).sum();
            let near = &text[at..at + near];
            let verb = cues::REPORTING.iter().filter_map(|v| near.find(v)).min()?;
            let between = &near[..verb];
            let earlier = has(&text[..at], cues::EARLIER) || has(between, cues::EARLIER);
            (earlier && !between.contains([',', ';', ':'])).then_some(at)
        })?;
    let rest = &text[reported..];
    let end = ["; ", " - ", ", but "]
        .iter()
        .filter_map(|b| rest.find(b))
        .min()
        .map_or(text.len(), |e| reported + e);
    Some(format!("{}{}", &text[..reported], &text[end..]))
}

/// `lower` (a sentence in lower case) without the words it quotes as a mail of some kind
/// ("an automatic 'we will not be progressing your application' message", "a “your
/// application was unsuccessful” email"): what such a mail says is named as its kind, not
/// said to the user. None when it quotes no mail.
pub fn without_mail_quoted(lower: &str) -> Option<String> {
    let opening = |at: usize| at == 0 || !lower[..at].ends_with(char::is_alphanumeric);
    for (open, close) in [('\'', '\''), ('"', '"'), ('‘', '’'), ('“', '”')] {
        let mut from = 0;
        while let Some(start) = lower[from..].find(open).map(|i| from + i) {
            let inner = start + open.len_utf8();
            from = inner;
            if !opening(start) {
                continue;
            }
            // The closing mark ends a word and is followed by no letter ("it's" is no end).
            let Some(end) = lower[inner..]
                .match_indices(close)
                .map(|(i, _)| inner + i)
                .find(|&e| !lower[e + close.len_utf8()..].starts_with(char::is_alphanumeric))
            else {
                break;
            };
            let after = lower[end + close.len_utf8()..].trim_start();
            let quoted = &lower[inner..end];
            if quoted.contains(' ') && cues::MAIL_NOUNS.iter().any(|n| after.starts_with(n)) {
                return Some(format!(
                    "{}{}",
                    &lower[..start],
                    &lower[end + close.len_utf8()..]
                ));
            }
            from = end + close.len_utf8();
        }
    }
    None
}

/// `lower` (a sentence in lower case) without an opening phrase that refers to an offer
/// already made ("further to our offer of appointment, kindly send us two referees", "as
/// part of your offer, …"): the sentence is about what follows the comma, and names the
/// offer only as its matter, not made again. None when it opens on no such phrase.
pub fn without_offer_referred_to(lower: &Lower) -> Option<String> {
    let opener = cues::REFERRING.iter().find(|r| lower.starts_with(*r))?;
    let comma = lower.find(", ")?;
    let phrase = &lower[opener.len()..comma];
    let named = cues::OFFER_NAMED.iter().any(|o| has_word(phrase, o));
    (named && !has(phrase, cues::GIVING_YOU)).then(|| lower[comma + 2..].to_string())
}

/// Whether `lower` (a sentence in lower case) halts the search for a while rather than
/// ending it: a job named, halted with a sign it is for a time ("recruitment to the post
/// has been stopped while the department reviews its structure"), its closing denied
/// ("we're not closing the role"), everyone held back for a while ("until that review
/// is complete we can't progress any candidates"), or no hires allowed at all ("the board
/// has told us not to make any new hires").
pub fn pauses(lower: &Lower) -> bool {
    if no_hires_allowed(lower) {
        return true;
    }
    if !lower.holds_any(cues::HALTED)
        && !lower.holds_any(cues::CLOSING)
        && !lower.holds_any(cues::EVERYONE)
    {
        return false;
    }
    let job = has_any_word(lower, cues::ROLE_NOUNS) || has_any_word(lower, &["hiring", "hires"]);
    let halted = lower.holds_any(cues::HALTED) && lower.holds_any(cues::TEMPORARY);
    let kept_open = clauses(lower)
        .into_iter()
        .any(|c| has(c, cues::CLOSING) && negative(c));
    (job && (halted || kept_open)) || held_for_all(lower)
}

/// Whether `lower` says no hires may be made ("the board has told us not to make any new
/// permanent hires", "HR have told me I can't hire anyone into it"): a hold on the job.
pub fn no_hires_allowed(lower: &Lower) -> bool {
    lower.holds_any(&["hire", "hiring", "recruit"])
        && lower.holds_any(cues::ANY_HIRE)
        && clauses(lower).into_iter().any(|c| {
            negative(c) && has(c, &["hire", "hiring", "recruit"]) && has(c, cues::ANY_HIRE)
        })
}

/// Whether `lower` refuses to advance anyone for a while ("until that review is complete
/// we can't progress any candidates"), not the user alone ("we won't proceed until your
/// references are back" is a wait for the user).
fn held_for_all(lower: &str) -> bool {
    let refusing = cues::REFUSING.iter().any(|r| lower.contains(r));
    refusing
        && has(lower, cues::ADVANCING)
        && has(lower, cues::EVERYONE)
        && has_any_word(lower, &["until", "pending", "while"])
}

/// Whether `lower` asks to speak to people the user has worked with ("we'd like to speak to
/// a couple of people you've worked with"): a request for references in other words.
pub fn asks_for_referees(lower: &Lower) -> bool {
    people_to_hear_about_you(lower)
        || lower.holds_any(cues::WORKED_WITH)
        && lower.holds_any(cues::SPEAK_TO)
        && (lower.holds_any(cues::PROPOSING)
            || lower.holds_any(cues::REQUEST)
            || lower.holds_any(&["need to"]))
        && !negative(lower)
        // "Would you mind if I had a word with your old manager?" asks; "if" alone sets a
        // condition.
        && (!has_word(lower, "if") || lower.contains("mind if"))
}

/// Whether `lower` asks the user for people to hear about them from ("I'd like to hear
/// about you from someone you've reported to", "is there someone from that project I
/// could call?", "could you send me two people I can whatsapp?"): a request, people, an
/// act of getting in touch, and the user's work as the matter or the people as the ones
/// to reach; not people for something else ("someone I can call to arrange parking").
pub fn people_to_hear_about_you(lower: &Lower) -> bool {
    let asks = lower.holds_any(cues::REQUEST)
        || lower.holds_any(cues::PROPOSING)
        || lower.holds_any(cues::ASKING_FOR_PEOPLE);
    let people = has_any_word(lower, cues::PEOPLE_WORDS);
    let reached = has_any_word(lower, cues::GETTING_IN_TOUCH);
    // "two people I can whatsapp": the people are the ones to reach.
    let to_reach = cues::PEOPLE_WORDS.iter().any(|p| {
        word_at(lower, p).is_some_and(|at| {
            let next: Vec<&str> = lower[at + p.len()..].split_whitespace().take(2).collect();
            matches!(next.as_slice(), ["i" | "we", "can" | "could", ..])
        })
    });
    asks && people
        && reached
        && (lower.holds_any(cues::ABOUT_YOUR_WORK) || to_reach)
        && !has(
            lower,
            &["arrange", "parking", "attend", "joining you", "directions"],
        )
        && !negative(lower)
        && !has_word(lower, "if")
}

/// Whether a clause of `lower` promises to contact the user later ("we will write to you
/// with the outcome as soon as we can", "you will receive an email once a decision has
/// been made"), on no condition.
pub fn promises_contact(lower: &Lower) -> bool {
    if lower.holds_any(cues::NEWS_RECEIVED)
        && lower.holds_any(cues::THE_DECISION)
        && has(lower, cues::FUTURE)
        && !has_word(lower, "if")
        && !negative(lower)
    {
        return true;
    }
    // "We'll come back to every finalist": news promised to all.
    let to_all = clauses(lower).into_iter().any(|c| {
        super::telling_all(c).is_some_and(|at| has(&c[..at], cues::FUTURE))
            && !has_any_word(c, &["if", "always"])
    });
    if to_all && !lower.starts_with("if ") {
        return true;
    }
    lower.holds_any(cues::CONTACT)
        && !lower.starts_with("if ")
        && clauses(lower).into_iter().any(|c| {
            cues::CONTACT.iter().any(|act| {
                super::affirmed(c, act).is_some_and(|at| {
                    // "You will be contacted once …", not "shortlisted candidates will be
                    // contacted": in the passive, the user is the one contacted.
                    let to_you = !act.starts_with("be ") || has_word(&c[..at], "you");
                    has(&c[..at], cues::FUTURE) && to_you
                })
            })
                && !has_word(c, "if")
                && !has(c, cues::CONTACT_FOR_DETAILS)
                // "Our consultants will always contact you from a company address": a
                // habit, not a promise.
                && !has_any_word(c, &["always", "only ever"])
        })
}

/// Whether a clause of `lower` offers the user the job in words no phrase of
/// [`cues::OFFER`] holds: an offer of the job ("we'd like to offer you the contract"), an
/// offer extended, the user chosen for it ("you have been selected for the role", "your
/// application was successful"), or asked to join as its holder.
pub fn offers(lower: &Lower) -> bool {
    let acts = [
        "offer",
        "proposal",
        "we want",
        "we've chosen",
        "we have chosen",
        "come",
        "extend",
        "select",
        "chosen",
        "choose",
        "chose ",
        "picked",
        "successful",
        "join",
        "yours",
        "propos",
        "team",
        "board",
        "contract",
        "terms",
        "appoint",
        "want you",
        "like you to",
    ];
    lower.holds_any(&acts)
        && !lower.holds_any(cues::NOT_NOW)
        && clauses(lower).into_iter().any(|c| {
            offer_of_the_job(c)
                || extended(c)
                || selected_you(c)
                || revised_offer(c)
                || ((contract_sent(c) || appointed(c) || wanted_as(c))
                    && !negative(c)
                    && !has_any_word(c, &["if", "once", "when", "after"]))
                || ((joins_as(c) || job_is_yours(c) || wanted_on_the_team(c) || join_us(c))
                    && !negative(c))
                || (named_to_the_job(c) && !negative(c) && !has_word(c, "if"))
                || job_to_take(c)
                || the_one_chosen(c) == Some(true)
                || proposal_made(c, lower)
        })
        || one_of_those_taken_on(lower)
}

/// The user one of those appointed or hired, named in the clause before ("the board
/// approved the appointment of two new trustees, and I'm delighted to tell you that you
/// are one of them"); not one of those chosen for a step ("one of the candidates invited
/// to interview").
fn one_of_those_taken_on(lower: &str) -> bool {
    ["one of them", "one of those", "among them", "among those"]
        .iter()
        .any(|a| {
            lower.match_indices(a).any(|(at, _)| {
                let before = &lower[..at];
                let you = ["you are ", "you're ", "you’re "]
                    .iter()
                    .any(|y| before.ends_with(y));
                you && has(before, cues::TAKEN_ON) && !has(lower, cues::A_STEP)
            })
        })
        && !negative(lower)
        && !has_any_word(lower, &["if", "whether", "once"])
}

/// The job offered as a proposal made to the user, with what it holds ("we are happy to
/// make you a proposal to join the company as product analyst", "attached is our proposal
/// with the salary and the start date"), not a piece of work ("a short proposal for the
/// case study") nor one on a condition.
/// What it holds may follow in the sentence's next part ("here is our employment
/// proposal: £58,000 and a start in February").
fn proposal_made(clause: &str, sentence: &str) -> bool {
    has(clause, cues::PROPOSAL_MADE)
        && has(sentence, cues::PROPOSAL_TERMS)
        && !clause.match_indices("proposal").any(|(at, p)| {
            // What is done to the proposal, and what it is for ("prepare a short proposal
            // for the case study"), not the clause around it ("after the final call").
            let before: Vec<&str> = clause[..at].split_whitespace().rev().take(4).collect();
            let after = &clause[at + p.len()..];
            let after = after.split(" and ").next().unwrap_or(after);
            before.iter().any(|w| has(w, cues::PROPOSAL_WORK)) || has(after, cues::PROPOSAL_WORK)
        })
        && !negative(clause)
        // "We'll make you a proposal once we have your expectations": one to come.
        && !has_any_word(clause, &["if", "once", "when", "whether", "will", "we'll", "i'll"])
        && !has(clause, &["going to"])
}

/// Whether a clause of `lower` (a sentence in lower case) has the employer take the user
/// on: a wish that they join ("we'd love to have you join the product team", "we would
/// like you to join the firm"), bringing them on or engaging them ("we're going to bring
/// you on as the analyst", "the client would like to engage you for the assignment"); not
/// for a meeting ("we'd like you to join a call with the team") or a group one joins
/// without being hired ("our talent community"), nor on a condition. Read as an offer only
/// beside pay or a contract.
pub fn takes_on(lower: &Lower) -> bool {
    lower.holds_any(&["join", "bring you", "engage you", "want you"])
        && clauses(lower).into_iter().any(|c| {
            // "Short version: we want you.": the wish with nothing after it.
            let bare = c
                .trim_end_matches(['.', '!', ' '])
                .strip_suffix("want you")
                .is_some_and(|before| employer_acts(before) && !user_acts(before));
            let joins = cues::WANTED.iter().any(|w| {
                c.match_indices(w).any(|(at, _)| {
                    let rest = c[at + w.len()..].trim_start();
                    rest.strip_prefix("to ")
                        .unwrap_or(rest)
                        .starts_with("join ")
                })
            });
            let taken = cues::TAKING_ON
                .iter()
                .filter_map(|t| super::affirmed(c, t).map(|at| &c[at + t.len()..]))
                .next();
            let rest = taken.or_else(|| (joins || bare).then_some(c));
            rest.is_some_and(|rest| {
                !has_any_word(rest, cues::MEETINGS)
                    && !has(rest, cues::OFFERED_INTERVIEW)
                    && !has_any_word(rest, cues::JOINED_NOT_HIRED)
            }) && !negative(c)
                && !has_any_word(c, &["if", "once", "when"])
                && !has(c, cues::SOMEDAY)
        })
}

/// An offer the employer has changed ("i've updated your offer as discussed", "the rest of
/// the offer stays the same"): still an offer to answer; not one the user changed, nor one
/// on a condition.
fn revised_offer(clause: &str) -> bool {
    let Some(at) = super::affirmed(clause, "offer") else {
        return false;
    };
    let next: String = clause[at..].split_whitespace().take(4).collect();
    // The revision is said of the offer itself ("your updated offer", "the offer has been
    // revised"), not of something beside it ("the offer timeline").
    let near: Vec<&str> = clause[..at].split_whitespace().rev().take(3).collect();
    let after: Vec<&str> = clause[at..].split_whitespace().take(4).collect();
    let revised = cues::REVISED
        .iter()
        .any(|r| near.iter().chain(&after).any(|w| w.starts_with(r)))
        || clause.contains("rest of the offer");
    revised
        && !after
            .get(1)
            .is_some_and(|w| cues::OFFER_NOT_JOB.contains(w))
        && !has(&next, cues::OFFERED_INTERVIEW)
        && !user_acts(&clause[..at])
        && !negative(clause)
        && !has_any_word(clause, &["if", "once", "when"])
        && !has(clause, &["accept", "declin", "withdraw", "rescind"])
}

/// The user's contract sent to be read or signed ("please find your contract attached",
/// "I enclose two copies of your contract of employment"), not one already signed or
/// returned, nor a step of a list ("sign your contract with the payroll provider").
fn contract_sent(clause: &str) -> bool {
    has(clause, cues::CONTRACT)
        && has(clause, cues::SENDING)
        && !has(clause, &["signed", "returned", "received your", "thank"])
}

/// The user appointed to the job by the employer ("we are pleased to appoint you to the
/// position", "the panel has recommended your appointment as product lead"), not an
/// appointment to meet ("your appointment at 10:00").
fn appointed(clause: &str) -> bool {
    [
        "appoint you to",
        "appoint you as",
        "your appointment as",
        "your appointment to the",
    ]
    .iter()
    .any(|a| super::affirmed(clause, a).is_some())
}

/// The user wanted as the holder of a role ("we want you as head of analytics", "we want
/// you in the operations role"), not for a meeting nor "as well".
/// "We would like you to become the museum's new head of digital", "we'd like you to be
/// Kitepay's next senior PM": the user named to a new or next holder of the job.
fn named_to_the_job(clause: &str) -> bool {
    [
        "like you to be ",
        "like you to become ",
        "want you to be ",
        "want you to become ",
    ]
    .iter()
    .any(|w| {
        clause.find(w).is_some_and(|at| {
            let rest = &clause[at + w.len()..];
            let next: Vec<&str> = rest.split_whitespace().take(4).collect();
            next.iter().any(|x| ["new", "next"].contains(x))
                && !has(rest, cues::OFFERED_INTERVIEW)
                && !has_any_word(rest, cues::MEETINGS)
        })
    })
}

/// The job given to the user to take ("we'd like you to take the Business Analyst job"),
/// not a test or a meeting ("take the role-play assessment").
fn job_to_take(clause: &str) -> bool {
    ["like you to take ", "want you to take "].iter().any(|t| {
        clause.match_indices(t).any(|(at, _)| {
            let rest = &clause[at + t.len()..];
            let rest = rest.strip_prefix("on ").unwrap_or(rest);
            let next: Vec<&str> = rest.split_whitespace().take(5).collect();
            next.first()
                .is_some_and(|w| matches!(*w, "the" | "this" | "our"))
                && next
                    .iter()
                    .any(|w| cues::ROLE_NOUNS.contains(&w.trim_end_matches(['.', ',', '!'])))
                && !has_any_word(rest, cues::MEETINGS)
                && !has_any_word(rest, cues::TASKS)
        })
    }) && !negative(clause)
        && !has_word(clause, "if")
}

fn wanted_as(clause: &str) -> bool {
    clause.match_indices("want you").any(|(at, w)| {
        let rest = clause[at + w.len()..].trim_start();
        let as_role = rest
            .strip_prefix("as ")
            .is_some_and(|r| !cues::NOT_A_ROLE.iter().any(|n| r.starts_with(n)));
        let in_role = rest.strip_prefix("in the ").is_some_and(|r| {
            let next: Vec<&str> = r.split_whitespace().take(5).collect();
            has_any_word(&next.join(" "), cues::ROLE_NOUNS)
        });
        (as_role || in_role)
            && !has(rest, cues::OFFERED_INTERVIEW)
            && !has_any_word(rest, cues::MEETINGS)
    })
}

/// The user wanted as one of the team ("we want you on the team", "we'd love to have you
/// on board"), not for a meeting with it, nor some day ("we'd love to have you join the
/// team one day").
fn wanted_on_the_team(clause: &str) -> bool {
    cues::WANTED.iter().any(|w| {
        clause.find(w).is_some_and(|at| {
            let rest = &clause[at + w.len()..];
            cues::ON_THE_TEAM.iter().any(|t| rest.starts_with(t))
                && !has(rest, cues::OFFERED_INTERVIEW)
                && !has_any_word(rest, cues::MEETINGS)
        })
    }) && !has_word(clause, "if")
        && !has(clause, cues::SOMEDAY)
}

/// The user asked to join the work itself ("would you like to come and build this with
/// us?", "we'd love you to come and join us"), not to a meeting, a visit or an event
/// ("come and join us for lunch", "come and work with us at the office on Friday").
fn join_us(clause: &str) -> bool {
    cues::JOIN_US.iter().any(|j| {
        clause.find(j).is_some_and(|at| {
            let rest = &clause[at + j.len()..];
            has_any_word(rest, &["us", "team"])
                && !has_any_word(rest, &["for", "at", "on"])
                && !has_any_word(rest, cues::MEETINGS)
        })
    }) && has(clause, cues::PROPOSING)
        && !has_word(clause, "if")
}

/// The job given to the user in so many words ("the role is yours").
fn job_is_yours(clause: &str) -> bool {
    has_any_word(clause, cues::ROLE_NOUNS)
        && [" is yours", "'s yours", "’s yours"]
            .iter()
            .any(|y| clause.contains(y))
}

/// "offer you" or "offering you" with the job named in the next few words, the job offered
/// "to you" ("we'd like to offer the role to you"), or the offer "of" or "for" the job
/// confirmed by the employer ("pleased to confirm the offer of the product manager
/// position"; not an offer accepted, declined or taken back).
fn offer_of_the_job(clause: &str) -> bool {
    let job_follows = |at: usize, words: usize| {
        let next: Vec<&str> = clause[at..].split_whitespace().take(words).collect();
        let next = next.join(" ");
        has_any_word(&next, cues::ROLE_NOUNS) || has(&next, &["contract", "employment"])
    };
    let at = cues::GIVING_YOU
        .iter()
        .find_map(|g| super::affirmed(clause, g));
    let of_the_job = ["offer of the", "offer for the", "offer is the"]
        .iter()
        .filter_map(|o| super::affirmed(clause, o))
        .any(|at| {
            job_follows(at, 6)
                && !user_acts(&clause[..at])
                && !has(clause, &["accept", "declin", "withdraw", "interview"])
        });
    // "We'd like to offer the role to you": the job, then "to you".
    let to_you = [
        "offer the ",
        "offering the ",
        "offer this ",
        "offering this ",
    ]
    .iter()
    .filter_map(|o| super::affirmed(clause, o).map(|at| at + o.len()))
    .any(|at| {
        let next: Vec<&str> = clause[at..].split_whitespace().take(5).collect();
        next.windows(3)
            .any(|w| cues::ROLE_NOUNS.contains(&w[0]) && w[1] == "to" && w[2].starts_with("you"))
            && !user_acts(&clause[..at])
    });
    at.is_some_and(|at| job_follows(at, 7)) || of_the_job || to_you
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
                // "choose your slot" is no choice of the user.
                let whole = !clause[at + cue.len()..].starts_with(char::is_alphanumeric);
                let next: Vec<&str> = clause[at + cue.len()..]
                    .split_whitespace()
                    .take(6)
                    .collect();
                // "successful following your interview": the interview is done; but
                // "successful at the sift stage" passes one step, not the whole process.
                let after_a_step = match next.first() {
                    Some(&("following" | "after")) => true,
                    Some(&"at") => !has(&next[1..].join(" "), cues::A_STAGE),
                    _ => false,
                };
                whole && (after_a_step || !has(&next.join(" "), cues::A_STEP))
            })
        })
}

/// The user asked to join as the job's holder ("we'd love to have you join us as a
/// senior analyst", "we'd be delighted if you came on board as our first analyst"), not
/// for an interview.
fn joins_as(clause: &str) -> bool {
    has(clause, cues::YOU_JOINING)
        && clause.contains(" as ")
        && !has(clause, cues::OFFERED_INTERVIEW)
}

/// Whether a clause of `lower` proposes a further meeting: a proposal, a meeting and a
/// word that makes it a further step ("would you be up for a second chat next Tuesday?",
/// "are you free tomorrow for a chat with our finance director?"), invites the user to a
/// next step ("you're invited to the next step"), or asks them to book one ("please book
/// your stage two slot").
pub fn proposes_round(lower: &Lower) -> bool {
    if moved_on(lower) {
        return true;
    }
    if !lower.holds_any(&["invite"])
        && !lower.holds_any(cues::PROPOSING)
        && !lower.holds_any(cues::NEXT_STEP)
    {
        return false;
    }
    if next_step_named(lower) {
        return true;
    }
    let parts = clauses(lower);
    parts.iter().enumerate().any(|(at, c)| {
        // The meeting may be named in a part after the proposal ("ben would like you to
        // meet hugo, our director, for a final conversation").
        let further = parts[at..].iter().any(|p| {
            let meets = meets_someone(p);
            (has(p, cues::FURTHER) && has_any_word(p, cues::MEETINGS) && meets != Some(false)
                || meets == Some(true))
                && !negative(p)
        });
        let proposed = has(c, cues::PROPOSING) && (further || new_interview(c));
        // "you're invited to the next step", "you have been invited to participate in a
        // written assessment": the invitation itself, to a step or a task.
        let invited = has(c, &["invited to", "invite you to"])
            && (has_any_word(c, &["step", "stage", "round", "interview"])
                || has_any_word(c, cues::TASKS))
            && has_any_word(c, &["you", "you're", "you've"]);
        // "Please book your stage two slot": a step to book.
        let to_book = has(
            c,
            &[
                "please book",
                "please schedule",
                "please choose",
                "please pick",
            ],
        ) && has_any_word(c, &["slot", "stage", "round", "interview", "session"]);
        let task = task_set(c) && !has_word(c, "if");
        (proposed || invited || to_book || task) && !negative(c)
    })
}

/// Whom "meet" has as its object in `part`: `Some(true)` for someone ("meet Joanna Lisle",
/// "meet the founders"), `Some(false)` for a standard ("meet the deadline"), `None` when
/// the part does not say "meet" or names no object ("the committee will meet this week").
fn meets_someone(part: &str) -> Option<bool> {
    // "Would you join Owen on the crossing?": joining someone of theirs, not the team.
    if let Some(at) = word_at(part, "join") {
        let next: Vec<&str> = part[at + "join".len()..]
            .split_whitespace()
            .take(2)
            .collect();
        let someone = match next.as_slice() {
            [who, ..] if matches!(*who, "him" | "her" | "them" | "me") => true,
            // "join Owen on the crossing": a name, then the event.
            [who, event] => {
                !matches!(*who, "us" | "the" | "our" | "a" | "an" | "your" | "my")
                    && matches!(*event, "on" | "for" | "at" | "in")
            }
            _ => false,
        };
        if someone {
            return Some(true);
        }
    }
    let at = word_at(part, "meet")?;
    let mut words = part[at + "meet".len()..]
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .skip_while(|w| matches!(*w, "with" | "up"));
    let first = words.next()?;
    let determined = matches!(first, "the" | "our" | "my" | "your" | "their" | "all");
    let object = if determined { words.next()? } else { first };
    if cues::MET_STANDARDS.contains(&object) {
        return Some(false);
    }
    (determined || !cues::NOT_AN_OBJECT.contains(&object) && !cues::WEEKDAYS.contains(&object))
        .then_some(true)
}

/// Whether `lower` asks the user to name or pick a time ("reply with a couple of times
/// that work", "let me know your availability", "pick a slot with Marcus"), not for
/// something besides a round ("your availability for a start date", "a call to go
/// through the feedback").
pub fn times_asked(lower: &Lower) -> bool {
    lower.holds_any(cues::TIMES_ASKED)
        && clauses(lower).into_iter().any(|c| {
            cues::ASK_FOR_TIMES.iter().any(|ask| {
                word_at(c, ask).is_some_and(|at| {
                    let rest = &c[at..];
                    has_any_word(rest, cues::TIMES_ASKED)
                        && !has_any_word(rest, cues::NOT_FOR_A_ROUND)
                        // "I'll suggest new times tomorrow": the writer's own step.
                        && !employer_acts(&c[..at])
                })
            }) && !negative(c)
        })
}

/// Whether `lower` puts a time to the user to confirm ("Is this time fine for you?",
/// "Does that work?", "Reply to confirm.", "I'll send the link once you confirm."), not a
/// day for something besides a meeting ("could you confirm that a start date of 4
/// January works?").
pub fn time_put_to_user(lower: &Lower) -> bool {
    let text = lower.trim_end();
    let question = text.ends_with('?')
        && cues::DAY_ASKED.iter().any(|o| text.starts_with(o))
        && (lower.holds_any(cues::SUITING) || has_word(text, "fine"))
        && has_any_word(text, &["time", "day", "date", "slot", "that", "this", "it"]);
    (question || lower.holds_any(cues::CONFIRM_ASKED))
        && !has_any_word(text, cues::NOT_FOR_A_ROUND)
        && !has_any_word(text, &["received", "receipt"])
}

/// Whether `lower` moves a meeting already arranged ("I need to move Thursday's interview
/// to Friday", "can we push our call back an hour?"): its new time put to the user is no
/// new round.
pub fn meeting_moved(lower: &Lower) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(at, w)| {
        cues::MOVING.contains(w)
            && words[at + 1..]
                .iter()
                .take(3)
                .any(|n| cues::MEETINGS.contains(&n.trim_end_matches("'s")) || n.ends_with("'s"))
    })
}

/// Whether `lower` asks for a length of someone's time ("would like thirty minutes with
/// you", "an hour with the founders"): a meeting in other words.
pub fn time_with_someone(lower: &Lower) -> bool {
    [
        "minutes with",
        "mins with",
        "min with",
        "hour with",
        "hours with",
    ]
    .iter()
    .any(|t| lower.contains(t))
}

/// The next step named as a meeting or a task ("the next step is a 90-minute working
/// session with Joe", "Next step: a home assignment", "our last step is always lunch with
/// the team"), not a decision, an offer or a check ("the next step is an offer call",
/// "the next step is a decision by the panel"), nor a step on a condition ("if your
/// profile matches, the next step is a call").
fn next_step_named(lower: &str) -> bool {
    cues::NEXT_STEP.iter().any(|n| {
        lower.match_indices(n).any(|(at, _)| {
            let next: Vec<&str> = lower[at + n.len()..]
                .split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .take(5)
                .collect();
            let round = next.iter().position(|w| cues::ROUND_NOUNS.contains(w));
            round.is_some_and(|r| {
                !next[..=r]
                    .iter()
                    .any(|w| cues::NOT_A_ROUND.contains(w) || negative(w))
            }) && !has_word(&lower[..at], "if")
        })
    })
}

/// A task set for the user as a step ("we'd like you to complete our online product-sense
/// assessment", "could you take a short written exercise"), not a form or a check.
fn task_set(clause: &str) -> bool {
    cues::SET_A_TASK.iter().any(|t| {
        clause.find(t).is_some_and(|at| {
            let next: Vec<&str> = clause[at + t.len()..].split_whitespace().take(5).collect();
            next.iter()
                .any(|w| cues::TASKS.contains(&w.trim_end_matches(['.', ',', '!', '?'])))
        })
    })
}

/// An interview, assessment, presentation, exercise or deep-dive named as a new one, with
/// "a" or "an" ("could you come in for an in-person interview", "the panel would like to
/// see you for a short presentation"), not "your interview" nor a thing it names ("an
/// honest interview review").
fn new_interview(clause: &str) -> bool {
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(at, w)| {
        [
            "interview",
            "assessment",
            "presentation",
            "exercise",
            "deep-dive",
        ]
        .contains(w)
            && words[at.saturating_sub(3)..at]
                .iter()
                .rev()
                .take_while(|b| !matches!(**b, "your" | "the" | "our" | "this" | "that"))
                .any(|b| matches!(*b, "a" | "an"))
            // "an honest interview review": the interview names another thing.
            && words.get(at + 1).is_none_or(|n| !cues::OF_AN_INTERVIEW.contains(n))
    })
}

/// The user's application moved on to a further step ("your application has moved to the
/// case interview stage", "you've progressed to the final round"), not held back.
fn moved_on(lower: &Lower) -> bool {
    lower.holds_any(cues::MOVED_ON)
        && clauses(lower).into_iter().any(|c| {
            // "Congratulations on progressing to Stage 3": the user is the one moved on.
            (has_any_word(c, &["you", "your", "you've", "you're"])
                || c.starts_with("congratulations on"))
                && cues::MOVED_ON.iter().any(|m| {
                    c.find(m).is_some_and(|at| {
                        let next: Vec<&str> = c[at..].split_whitespace().take(8).collect();
                        let next = next.join(" ");
                        has_any_word(&next, &["stage", "round", "interview", "step", "phase"])
                            && !has(&next, &["review", "screening", "hold"])
                    })
                })
                && !negative(c)
                && !has_word(c, "if")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rejects(sentence: &str) -> bool {
        super::rejects(&Lower::new(sentence))
    }

    fn offers(sentence: &str) -> bool {
        super::offers(&Lower::new(sentence))
    }

    #[test]
    fn choosing_someone_else_is_a_no_whatever_opens_it() {
        for said in [
            "after a lot of discussion, we have selected another candidate for the role.",
            "the panel has decided to appoint another applicant.",
            "we've picked someone else for the pm role.",
            "the team decided to fill the role with an internal candidate.",
            "the post has been offered to an internal candidate, who has accepted.",
            "we've given the job to them.",
            "the director picked the other finalist.",
            "after going through the same final stage, the panel decided to appoint them.",
            "i've talked it through with the team and we're going to pass.",
            "we've filled the analyst role, so this is a goodbye for now.",
            "the recruiter says that you are not being considered for this post.",
            "we chose to continue with applicants whose experience is closer to the brief.",
        ] {
            assert!(rejects(said), "{said}");
        }
        assert!(!rejects("we have selected you for another interview."));
        assert!(!rejects("we haven't chosen anyone yet."));
        assert!(!rejects(
            "you have been selected as a candidate for the assessment day."
        ));
        assert!(!rejects(
            "we're going to pass your details to the hiring manager."
        ));
        assert!(!rejects(
            "you can refer a friend - and if we hire them, we'll thank you."
        ));
        assert!(!rejects("once the role is filled we'll tell everyone."));
        assert!(!rejects("the role hasn't been filled yet."));
        assert!(rejects(
            "we are writing to let you know that the post has been offered to an internal candidate."
        ));
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
    fn advancing_refused_with_no_object_or_passed_on_is_a_no() {
        for said in [
            "we've decided not to move forward.",
            "i'll be direct: we won't be proceeding at this stage.",
            "the panel is not minded to proceed with yours.",
            "we are not inclined to take it further.",
            "we're going to pass on moving forward with your application.",
            "the team has decided to pass on your application for now.",
            "we don't feel it's the right fit for the role.",
            "we have decided to pursue candidates whose skills fit better.",
            "we decided to offer the post to someone whose background is closer.",
            "the panel didn't support moving forward to the next stage.",
            "the hiring committee did not recommend proceeding to an offer at this time.",
            "the team has decided to cancel this requisition.",
            "we've decided to go a different direction for this role.",
            "another applicant's portfolio was closer, so we're moving ahead with them.",
        ] {
            assert!(rejects(said), "{said}");
        }
        for open in [
            "unfortunately the interview can't proceed.",
            "the product is heading in a new direction.",
            "the roadmap is going in a different direction.",
            "we won't proceed until your references are back.",
            "we'll pass on your details to the hiring manager.",
            "we will pass on your feedback.",
            "we will proceed with candidates' interviews next week.",
            "we did not approve the move to thursday.",
            "we won't move forward to the next stage until we hear from your referees.",
            "we'd like to take a different direction with the interview format.",
            "we ended up filling the other vacancy.",
            "once we have your references we'll proceed with them.",
            "do not hesitate to continue with your application.",
            "if you'd prefer to go a different direction, tell me.",
            "the first-round calls are still in progress with other applicants.",
            "your visitor badge doubles as a parking pass.",
            "reception will print your day pass.",
            "the vacancy has been withdrawn pending the budget review.",
            "the role is closed for now while we restructure.",
        ] {
            assert!(!rejects(open), "{open}");
        }
    }

    #[test]
    fn a_revised_offer_a_place_on_the_team_or_a_job_proposed_is_an_offer() {
        for said in [
            "i've updated your offer as discussed.",
            "the rest of the offer stays the same.",
            "congratulations! globex has sent you an offer for the product manager position.",
            "i am happy to propose you the position of analyst.",
            "we want you on the team!",
            "the committee has approved your offer.",
            "we'd love to have you on board.",
        ] {
            assert!(offers(said), "{said}");
        }
        for not in [
            "we haven't updated the offer yet.",
            "i've updated the interview plan and the offer timeline.",
            "if you've had a revised offer elsewhere, tell me.",
            "we'd love to have you on the team for a second interview.",
            "we want you to meet the team.",
            "you have updated your offer letter from the other company.",
        ] {
            assert!(!offers(not), "{not}");
        }
    }

    #[test]
    fn news_told_before_is_told_by_what_comes_before_it() {
        let told = |s: &str| super::told_before(&Lower::new(s));
        assert!(told(
            "a few weeks ago we let you know we weren't progressing your application."
        ));
        assert!(told("last month i said we would not be moving forward."));
        assert!(!told(
            "i wanted to let you know that we extended an offer to another candidate last week."
        ));
        assert!(!told("we've decided not to move forward."));
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
            "confirming what i said on the phone: globex is offering you the product manager role.",
            "you have been successful following your interview for the analyst role.",
        ] {
            assert!(offers(said), "{said}");
        }
        for not in [
            "you have been selected for an interview.",
            "we'd like you to join us for a second interview.",
            "i can offer you some feedback if that helps.",
            "we would like to extend an interview invitation.",
            "you have been successful in progressing to the next stage of the process.",
        ] {
            assert!(!offers(not), "{not}");
        }
    }
}

#[cfg(test)]
mod round_tests {
    use super::Lower;

    fn proposes_round(sentence: &str) -> bool {
        super::proposes_round(&Lower::new(sentence))
    }

    #[test]
    fn a_further_meeting_proposed_is_a_round() {
        assert!(proposes_round(
            "would you be up for a second chat next tuesday?"
        ));
        assert!(proposes_round(
            "are you free on friday for a chat with our head of data?"
        ));
        assert!(!proposes_round(
            "do you have ten minutes tomorrow for a quick call about the role?"
        ));
        assert!(!proposes_round(
            "thanks for the second interview yesterday."
        ));
        assert!(proposes_round(
            "you have been invited to the next step for the analyst role."
        ));
    }

    #[test]
    fn a_new_interview_a_return_visit_or_a_stage_reached_is_a_round() {
        for said in [
            "we would like to arrange a case interview with you on thursday.",
            "could you come in for an in-person interview next week?",
            "can you come back friday to meet the wider team?",
            "ana would like you to meet priya, our cto, for a final chat.",
            "we'd like you to present your exercise to the panel on monday.",
            "your application has moved to the 'case interview' stage.",
            "you've progressed to the final round.",
            "are you available for a call with our cto next week?",
            "the director would like to speak with you again.",
            "please book your final interview using the link.",
            "we'd like to schedule a technical assessment with two engineers.",
        ] {
            assert!(proposes_round(said), "{said}");
        }
        for not in [
            "would you like feedback on your interview?",
            "your interview has been moved to the afternoon.",
            "your application has not moved to the next stage.",
            "your application has moved to the review stage.",
            "we'd like to thank you for your time.",
        ] {
            assert!(!proposes_round(not), "{not}");
        }
    }
}

#[cfg(test)]
mod contact_tests {
    use super::Lower;

    fn promises_contact(sentence: &str) -> bool {
        super::promises_contact(&Lower::new(sentence))
    }

    #[test]
    fn a_future_contact_on_no_condition_is_a_promise() {
        assert!(promises_contact(
            "we'll contact you once the checks are back."
        ));
        assert!(promises_contact(
            "the panel will write to you with its answer as soon as it can."
        ));
        assert!(!promises_contact(
            "if you are shortlisted, we will contact you."
        ));
        assert!(!promises_contact("we contacted your referees on monday."));
    }
}
