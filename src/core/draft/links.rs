//! Compose links: a drafted email opened in Gmail's or Outlook on the web's compose
//! window, with recipients, subject and body filled in (nothing is sent by the link).

use super::Message;
use crate::core::model::Channel;

/// Where a drafted email can be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComposeLinks {
    /// Gmail's compose window (`view=cm`).
    pub gmail: String,
    /// Outlook on the web's compose deeplink.
    pub outlook: String,
}

/// The compose links of an email with at least one recipient; `None` for LinkedIn
/// messages, cards and drafts without an address.
pub fn compose_links(message: &Message) -> Option<ComposeLinks> {
    if message.channel != Channel::Email || message.to.is_empty() {
        return None;
    }
    let to = encode(&message.to.join(","));
    let (subject, body) = (encode(&message.subject), encode(&message.body));
    Some(ComposeLinks {
        gmail: format!(
            "https://mail.google.com/mail/?view=cm&fs=1&to={to}&su={subject}&body={body}"
        ),
        outlook: format!(
            "https://outlook.office.com/mail/deeplink/compose?to={to}&subject={subject}&body={body}"
        ),
    })
}

/// Percent-encodes everything but RFC 3986's unreserved characters (UTF-8 bytes).
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::ActionKind;

    fn message(channel: Channel, to: &[&str]) -> Message {
        Message {
            channel,
            to: to.iter().map(|s| s.to_string()).collect(),
            subject: "Thank you – Sam & co".into(),
            body: "Dear Jordan,\n\nThanks! 100% #1?".into(),
            rule: "T1".into(),
            kind: ActionKind::ThankYou,
            contact: Some("jordan".into()),
        }
    }

    #[test]
    fn email_links_carry_every_field_encoded() {
        let links = compose_links(&message(Channel::Email, &["jordan.lee@acme.example"])).unwrap();
        assert_eq!(
            links.gmail,
            "https://mail.google.com/mail/?view=cm&fs=1&to=jordan.lee%40acme.example&su=Thank%20you%20%E2%80%93%20Sam%20%26%20co&body=Dear%20Jordan%2C%0A%0AThanks%21%20100%25%20%231%3F"
        );
        assert!(links.outlook.starts_with("https://outlook.office.com/mail/deeplink/compose?to=jordan.lee%40acme.example&subject=Thank%20you"));
    }

    #[test]
    fn no_links_without_an_address_or_off_email() {
        assert!(compose_links(&message(Channel::Email, &[])).is_none());
        assert!(compose_links(&message(
            Channel::LinkedinNote,
            &["https://www.linkedin.com/in/x"]
        ))
        .is_none());
    }
}
