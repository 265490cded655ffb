//! Who a draft is for: recipients as the pages show them (emails, LinkedIn profile URLs
//! or display names) matched to a process and a contact, and the purpose inferred from
//! that contact's next planned action.

use crate::core::calendar::Zone;
use crate::core::model::{ActionKind, Channel, Contact, Process, State};
use crate::core::plan::{plan_process, Action, Status};
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// What a draft is about: `PROCESS:CONTACT:PURPOSE` in the page's `data-match`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Context {
    /// The matched process id.
    pub process: String,
    /// The matched contact id.
    pub contact: String,
    /// What the message is for.
    pub purpose: ActionKind,
}

/// A LinkedIn profile URL reduced to its slug: `https://www.linkedin.com/in/jordan-lee/?x=1`
/// and `linkedin.com/in/Jordan-Lee` both give `jordan-lee`. Locale segments after the
/// slug (`/in/slug/fr/`) are ignored.
pub fn linkedin_slug(url: &str) -> Option<String> {
    let lower = url.trim().to_lowercase();
    let rest = lower.split("linkedin.com/in/").nth(1)?;
    let slug = rest.split(['/', '?', '#']).next()?.trim();
    (!slug.is_empty()).then(|| slug.to_string())
}

/// The email inside `Name <email>` or a bare address, lower-cased.
pub fn email_of(recipient: &str) -> Option<String> {
    let r = recipient.trim();
    let inner = match (r.rfind('<'), r.rfind('>')) {
        (Some(a), Some(b)) if a < b => &r[a + 1..b],
        _ => r,
    };
    let inner = inner.trim().trim_start_matches("mailto:");
    (inner.contains('@') && !inner.contains(char::is_whitespace)).then(|| inner.to_lowercase())
}

/// Whether `recipient` (email, profile URL or display name) is `contact`.
pub fn is_contact(recipient: &str, contact: &Contact) -> bool {
    if let Some(email) = email_of(recipient) {
        return contact
            .email
            .as_deref()
            .is_some_and(|e| e.trim().eq_ignore_ascii_case(&email));
    }
    if let Some(slug) = linkedin_slug(recipient) {
        return contact
            .linkedin
            .as_deref()
            .and_then(linkedin_slug)
            .is_some_and(|s| s == slug);
    }
    let name = recipient.trim().trim_matches('"');
    !name.is_empty() && fold_name(name) == fold_name(&contact.name)
}

/// A name as compared: lower case, runs of spaces as one.
pub fn fold_name(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The first process and contact any recipient names, in recipient order.
pub fn find_recipient<'a>(
    state: &'a State,
    recipients: &[String],
) -> Option<(&'a Process, &'a Contact)> {
    recipients.iter().find_map(|r| {
        state
            .processes
            .iter()
            .find_map(|p| p.contacts.iter().find(|c| is_contact(r, c)).map(|c| (p, c)))
    })
}

/// Whether a follow-up of `kind` goes out on `channel`: an invitation note only
/// connects; a LinkedIn message continues a conversation or checks in; email carries
/// everything but the LinkedIn steps and cards.
pub fn suits(kind: ActionKind, channel: Channel) -> bool {
    use ActionKind::*;
    match channel {
        Channel::LinkedinNote => kind == LinkedinConnect,
        Channel::LinkedinMessage => {
            matches!(kind, LinkedinMessage | CheckIn | Reply | GraciousReply)
        }
        Channel::Email => !matches!(kind, LinkedinConnect | LinkedinMessage | Card),
        Channel::Card => kind == Card,
    }
}

/// What a message on `channel` is for when nothing suited is planned.
pub fn default_purpose(channel: Channel) -> ActionKind {
    match channel {
        Channel::LinkedinNote => ActionKind::LinkedinConnect,
        Channel::LinkedinMessage => ActionKind::LinkedinMessage,
        Channel::Card => ActionKind::Card,
        Channel::Email => ActionKind::CheckIn,
    }
}

/// The contact's most pressing planned action that goes out on `channel`: open or
/// overdue before upcoming, then the earliest due.
pub fn next_action_for<'a>(
    actions: &'a [Action],
    process: &str,
    contact: &str,
    channel: Channel,
) -> Option<&'a Action> {
    actions
        .iter()
        .filter(|a| a.process == process && a.contact.as_deref() == Some(contact))
        .filter(|a| suits(a.kind, channel))
        .min_by_key(|a| (a.status == Status::Upcoming, a.due))
}

/// Phrases that say what an email is for, by purpose. A text is taken for the purpose
/// whose phrases it holds most (at least one); a tie, or none, says nothing. Courtesy
/// that every message carries ("thank you for the update") is left out on purpose.
const PURPOSE_PHRASES: &[(ActionKind, &[&str])] = &[
    (
        ActionKind::ThankYou,
        &[
            "thank you for your time",
            "thank you for taking the time",
            "thanks for taking the time",
            "thank you for meeting",
            "thank you for speaking",
            "thank you for the interview",
            "thank you for interviewing",
            "thank you so much for your time",
            "enjoyed speaking",
            "enjoyed our conversation",
            "enjoyed meeting",
            "great to meet you",
            "pleasure to meet",
            "pleasure speaking",
            "thank you for the conversation",
            "thank you for our conversation",
            "thanks for the conversation",
            "thank you for the chat",
            "thank you for the call",
        ],
    ),
    (
        ActionKind::CheckIn,
        &[
            "follow up on",
            "following up",
            "checking in",
            "check in",
            "any update",
            "any news",
            "status",
            "timeline",
            "next steps",
            "hear back",
        ],
    ),
    (
        ActionKind::Expedite,
        &[
            "another offer",
            "another job offer",
            "other offer",
            "competing offer",
            "offer from another",
            "received an offer",
            "received a job offer",
            "speed up",
            "expedite",
            "needs my answer",
            "my first choice",
        ],
    ),
    (
        ActionKind::Withdraw,
        &[
            "withdraw",
            "accepted another",
            "accepted a position",
            "accepted an offer",
        ],
    ),
];

/// The purpose an email's text states, when it states one clearly (see
/// [`PURPOSE_PHRASES`]).
pub fn purpose_of_text(body: &str) -> Option<ActionKind> {
    // The phrases are ASCII: lowering ASCII alone finds them all, without Unicode's tables.
    let lower = body.to_ascii_lowercase();
    let mut present = PURPOSE_SEARCH.present(&lower).into_iter();
    let mut scores: Vec<(usize, ActionKind)> = PURPOSE_PHRASES
        .iter()
        .map(|(kind, phrases)| {
            let hits = present.by_ref().take(phrases.len()).filter(|p| *p).count();
            (hits, *kind)
        })
        .filter(|(hits, _)| *hits > 0)
        .collect();
    scores.sort_by_key(|(hits, _)| std::cmp::Reverse(*hits));
    match scores.as_slice() {
        [(_, only)] => Some(*only),
        [(best, kind), (next, _), ..] if best > next => Some(*kind),
        _ => None,
    }
}

/// A list of phrases to find anywhere in a text (as `str::contains` finds them), all in
/// one pass: a position is compared with a phrase only when its first two bytes are some
/// phrase's first two. One substring search per phrase was a fifth of a check's time in
/// the wasm, where the search has no vector instructions.
struct PhraseSearch {
    phrases: Vec<&'static str>,
    /// Bit `a << 8 | b` is set when some phrase of two bytes or more starts with a, b.
    openings: Vec<u64>,
    /// For each byte, the phrases of two bytes or more that start with it.
    by_first_byte: Vec<Vec<usize>>,
}

impl PhraseSearch {
    fn new(phrases: Vec<&'static str>) -> PhraseSearch {
        let mut openings = vec![0u64; 1 << 10];
        let mut by_first_byte = vec![Vec::new(); 256];
        for (k, phrase) in phrases.iter().enumerate() {
            if let [a, b, ..] = *phrase.as_bytes() {
                let pair = usize::from(a) << 8 | usize::from(b);
                openings[pair >> 6] |= 1 << (pair & 63);
                by_first_byte[usize::from(a)].push(k);
            }
        }
        PhraseSearch {
            phrases,
            openings,
            by_first_byte,
        }
    }

    /// Whether each phrase occurs in `text`, in the order of the list.
    fn present(&self, text: &str) -> Vec<bool> {
        let mut present: Vec<bool> = self
            .phrases
            .iter()
            .map(|p| p.len() < 2 && text.contains(p))
            .collect();
        let bytes = text.as_bytes();
        for (i, pair) in bytes.windows(2).enumerate() {
            let key = usize::from(pair[0]) << 8 | usize::from(pair[1]);
            if self.openings[key >> 6] >> (key & 63) & 1 == 0 {
                continue;
            }
            for &k in &self.by_first_byte[usize::from(pair[0])] {
                if !present[k] && bytes[i..].starts_with(self.phrases[k].as_bytes()) {
                    present[k] = true;
                }
            }
        }
        present
    }
}

/// [`PURPOSE_PHRASES`], one after another, made ready to search once.
static PURPOSE_SEARCH: LazyLock<PhraseSearch> = LazyLock::new(|| {
    PhraseSearch::new(
        PURPOSE_PHRASES
            .iter()
            .flat_map(|(_, phrases)| phrases.iter().copied())
            .collect(),
    )
});

/// Addresses of mail services anyone can sign up to: sharing one says nothing about
/// working at the same company.
const PUBLIC_MAIL_DOMAINS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "msn.com",
    "yahoo.com",
    "icloud.com",
    "me.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    "gmx.com",
    "mail.com",
];

/// The domain of an email address, lower-cased, unless it is a public mail service's.
pub fn company_domain(email: &str) -> Option<String> {
    let domain = email.rsplit_once('@')?.1.trim().to_lowercase();
    (!domain.is_empty() && !PUBLIC_MAIL_DOMAINS.contains(&domain.as_str())).then_some(domain)
}

/// The process whose contacts write from `recipient`'s company domain (an address at the
/// company that is none of its known contacts: the CEO, a team alias).
pub fn process_by_domain<'a>(state: &'a State, recipient: &str) -> Option<&'a Process> {
    let domain = company_domain(&email_of(recipient)?)?;
    let own = state.profile.email.as_deref().and_then(company_domain);
    if own.as_deref() == Some(domain.as_str()) {
        return None;
    }
    state.processes.iter().find(|p| {
        p.contacts.iter().any(|c| {
            c.email.as_deref().and_then(company_domain).as_deref() == Some(domain.as_str())
        })
    })
}

/// Matches recipients to a context. `purpose` is taken when given; otherwise it is the
/// contact's most pressing planned action on `channel` (open or overdue first), else the
/// channel's [`default_purpose`].
pub fn match_context(
    state: &State,
    recipients: &[String],
    channel: Channel,
    purpose: Option<ActionKind>,
    now: DateTime<FixedOffset>,
    zone: &dyn Zone,
) -> Option<Context> {
    let (process, contact) = find_recipient(state, recipients)?;
    let purpose = purpose.or_else(|| {
        let planned = plan_process(state, &process.id, now, zone);
        next_action_for(&planned.actions, &process.id, &contact.id, channel).map(|a| a.kind)
    });
    Some(Context {
        process: process.id.clone(),
        contact: contact.id.clone(),
        purpose: purpose.unwrap_or(default_purpose(channel)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each purpose is read from a draft that states it, in any case; of two, the one
    /// stated by more phrases wins; two stated equally, or none, give no purpose.
    #[test]
    fn the_purpose_a_text_states() {
        for (text, purpose) in [
            (
                "Thank you for the conversation yesterday. I look forward to hearing about the next steps.",
                None,
            ),
            (
                "Dear Ana, Thank You for your time today.",
                Some(ActionKind::ThankYou),
            ),
            (
                "I wanted to follow up on my application: any update?",
                Some(ActionKind::CheckIn),
            ),
            (
                "I have received an offer and it needs my answer by Friday.",
                Some(ActionKind::Expedite),
            ),
            (
                "I have accepted another position and withdraw my application.",
                Some(ActionKind::Withdraw),
            ),
            ("Thank you for your time. Any update?", None),
            (
                "Thank you for your time. Any update on the timeline?",
                Some(ActionKind::CheckIn),
            ),
            ("Hello!", None),
            ("", None),
        ] {
            assert_eq!(purpose_of_text(text), purpose, "{text:?}");
        }
    }

    /// The one-pass search says what `str::contains` says, phrase by phrase, wherever a
    /// phrase sits: inside a word, at the very end, overlapping another, or not at all.
    #[test]
    fn phrase_search_agrees_with_contains() {
        let phrases: Vec<&str> = PURPOSE_PHRASES
            .iter()
            .flat_map(|(_, phrases)| phrases.iter().copied())
            .chain(["", "é", "?", "offer from another offer"])
            .collect();
        let search = PhraseSearch::new(phrases.clone());
        for text in [
            "",
            "i am withdrawing my application; i have accepted another offer",
            "any updates on the timeline? checking in",
            "thank you for the interview. café! status",
            "received a job offer from another company, expedite",
            "statu",
        ] {
            let present = search.present(text);
            for (phrase, found) in phrases.iter().zip(present) {
                assert_eq!(found, text.contains(phrase), "{phrase:?} in {text:?}");
            }
        }
    }

    #[test]
    fn linkedin_urls_reduce_to_slugs() {
        for url in [
            "https://www.linkedin.com/in/ana-souza",
            "https://www.linkedin.com/in/ana-souza/",
            "https://www.linkedin.com/in/Ana-Souza/?originalSubdomain=uk",
            "https://linkedin.com/in/ana-souza/fr/",
            "www.linkedin.com/in/ana-souza#top",
        ] {
            assert_eq!(linkedin_slug(url).as_deref(), Some("ana-souza"), "{url}");
        }
        assert_eq!(
            linkedin_slug("https://www.linkedin.com/company/globex"),
            None
        );
    }

    #[test]
    fn emails_are_found_in_display_forms() {
        assert_eq!(
            email_of("Jordan Lee <Jordan.Lee@Acme.example>").as_deref(),
            Some("jordan.lee@acme.example")
        );
        assert_eq!(
            email_of(" jordan.lee@acme.example ").as_deref(),
            Some("jordan.lee@acme.example")
        );
        assert_eq!(email_of("Jordan Lee"), None);
    }
}
