//! The rules the planner and the checklist cite, in plain words: a short title and a
//! sentence or two on why, for someone who has not read docs/rules.md (which has each
//! rule in full, under its id). The extension's pages show the same words from their
//! locale files (`rule_<id>_title`, `rule_<id>_why`); this English text is what the
//! calendar export and the command line use, and the tests hold the two equal.

/// One rule, in plain words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Its id in docs/rules.md (`T1`, `W2`, …), as actions and checklist items cite it.
    pub id: &'static str,
    /// What it asks, in a few words.
    pub title: &'static str,
    /// Why, in one or two sentences.
    pub why: &'static str,
}

/// Every rule an action or a checklist item can cite, in the order of docs/rules.md.
pub const RULES: &[Rule] = &[
    Rule {
        id: "A1",
        title: "Ask when you will hear back",
        why: "Before the interview ends, ask when they expect to decide and try to get a day. Every later follow-up is timed from that day, so a vague \"soon\" leaves you guessing.",
    },
    Rule {
        id: "A2",
        title: "Get every interviewer's name and email",
        why: "Each person you meet should get their own thank-you within a day, and you cannot write to someone whose address you do not have. The recruiter will usually give it to you if you ask.",
    },
    Rule {
        id: "T1",
        title: "Thank each interviewer within a day",
        why: "Every interviewer has a say in the decision, so each gets their own short note. Sent within 24 hours, it arrives while your conversation is still fresh in their mind.",
    },
    Rule {
        id: "T6",
        title: "A handwritten card after a long interview",
        why: "An interview over several days, or one with a meal, asked more of their time; a card to each interviewer is a warm, memorable thank-you. It comes on top of the email, never instead of it.",
    },
    Rule {
        id: "L1",
        title: "Connect on LinkedIn after your thank-you",
        why: "Once your thank-you has gone, an invitation with a short note about your conversation keeps you in touch whatever happens with this role. Sent after the email, it reads as a courtesy rather than a shortcut.",
    },
    Rule {
        id: "L3",
        title: "Follow up on a shared interest",
        why: "A few days after you connect, a short message about something you both care about turns a new contact into a conversation, without asking for anything.",
    },
    Rule {
        id: "R1",
        title: "Tell your references at once",
        why: "When the employer asks for references, let each of them know within a day who may call and about which role. A reference who expects the call speaks with more confidence.",
    },
    Rule {
        id: "W2",
        title: "The first check-in",
        why: "Once the day they gave for their decision has passed, a short, polite question about where things stand is expected. If they gave no day, it waits a week after the interview.",
    },
    Rule {
        id: "W3",
        title: "Space your messages",
        why: "Leave at least 7 days between messages to one company, and 7 to 10 days between check-ins. A steady pace keeps you in mind; a burst of messages reads as pressure.",
    },
    Rule {
        id: "W4",
        title: "After two unanswered check-ins, move on",
        why: "A third message into silence rarely changes the outcome; your time is better spent on other applications. Silence is an answer too.",
    },
    Rule {
        id: "W6",
        title: "When they say they will get back to you",
        why: "They did answer, so one short, patient reply is enough. The next check-in waits at least 7 days, and until after any new day they named.",
    },
    Rule {
        id: "D1",
        title: "A freeze or a delay",
        why: "While hiring is frozen or delayed they cannot decide, so check in gently every 10 to 14 days and ask whether there is a new timeline. Pressing for a quick answer would not help.",
    },
    Rule {
        id: "D2",
        title: "A competing offer",
        why: "Answer the offer by its deadline, and tell the companies you prefer, honestly, that you need to decide by then. Employers can often move faster for a candidate they want, if they know.",
    },
    Rule {
        id: "D3",
        title: "You accepted another offer",
        why: "Withdraw from your other applications with a short, gracious note within two days. It is courteous, frees their time and keeps the door open.",
    },
    Rule {
        id: "D4",
        title: "A rejection",
        why: "Follow-ups to that company stop; a short, kind reply within two days is remembered. The people who turn you down today may hire you for another role later.",
    },
];

/// The rule with this id, if the planner knows it.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_every_rule_has_words() {
        for (i, r) in RULES.iter().enumerate() {
            assert_eq!(rule(r.id), Some(r), "{} is listed once", r.id);
            assert!(RULES[..i].iter().all(|earlier| earlier.id != r.id));
            assert!(!r.title.is_empty() && r.why.ends_with('.'), "{}", r.id);
        }
        assert_eq!(rule("Z9"), None);
    }
}
