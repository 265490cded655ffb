//! The part of an email that is new: what the sender wrote above the quoted history,
//! without their signature or the legal disclaimer their mail server adds. Only this part
//! is read, so a rejection quoted from an older message is never taken for a new one.

/// Lines that open the quoted history; everything from them on is not read.
const HISTORY_OPENERS: &[&str] = &[
    "-----original message-----",
    "----- original message -----",
    "-----forwarded message-----",
    "---------- forwarded message",
    "begin forwarded message",
    "________________________________",
];

/// Paragraph openings of signatures' legal notices; everything from them on is not read.
const DISCLAIMER_OPENERS: &[&str] = &[
    "this email and any",
    "this e-mail and any",
    "this message and any",
    "this email is confidential",
    "this e-mail is confidential",
    "this message is confidential",
    "this email may contain",
    "this e-mail may contain",
    "this message may contain",
    "this communication",
    "the information contained in",
    "the information in this",
    "confidentiality notice",
    "confidential:",
    "disclaimer:",
    "notice: this",
    "privileged and confidential",
    "if you are not the intended recipient",
    "if you have received this",
];

/// The new text of `body`: up to the first line that opens the quoted history (a `>`
/// line, "On … wrote:", an "-----Original Message-----" or Outlook's "From: … Sent:"
/// header block), the signature separator `-- `, or a legal disclaimer. A reply written
/// below the message it answers (the quote first, nothing new above it) is read from
/// after the quote.
pub fn new_text(body: &str) -> String {
    let lines: Vec<&str> = body.lines().collect();
    let from = quoted_first(&lines);
    let mut kept = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(from) {
        let trimmed = line.trim();
        let lower = trimmed.to_lowercase();
        if trimmed.starts_with('>')
            || trimmed == "--"
            || *line == "-- "
            || HISTORY_OPENERS.iter().any(|o| lower.starts_with(o))
            || DISCLAIMER_OPENERS.iter().any(|o| lower.starts_with(o))
            || opens_reply_header(&lower, &lines[i + 1..])
        {
            break;
        }
        kept.push(*line);
    }
    kept.join("\n").trim().to_string()
}

/// Where the new text begins in a reply written below a quote that opens the message
/// (an "On … wrote:" header and its `>` lines, or `>` lines alone): the first line after
/// the quote; 0 when the message does not open on a quote.
fn quoted_first(lines: &[&str]) -> usize {
    let opening = lines.iter().position(|l| !l.trim().is_empty());
    let Some(mut at) = opening else {
        return 0;
    };
    let first = lines[at].trim().to_lowercase();
    if opens_reply_header(&first, &lines[at + 1..]) {
        // The header may be wrapped over two lines.
        at += if lines[at].contains("wrote:") { 1 } else { 2 };
    } else if !lines[at].trim().starts_with('>') {
        return 0;
    }
    while lines
        .get(at)
        .is_some_and(|l| l.trim().starts_with('>') || l.trim().is_empty())
    {
        at += 1;
    }
    at
}

/// "On Mon, 23 Nov 2026 at 10:12, Taylor <…> wrote:" (possibly wrapped over two lines),
/// or a "From: …" line followed by "Sent:"/"Date:" and "Subject:" within the next lines
/// (Outlook's header of the message replied to).
fn opens_reply_header(lower: &str, rest: &[&str]) -> bool {
    if lower.starts_with("on ") {
        let joined = match rest.first() {
            Some(next) => format!("{lower} {}", next.trim().to_lowercase()),
            None => lower.to_string(),
        };
        return match joined.find("wrote:") {
            Some(at) if at < 300 => {
                let before = &joined[..at];
                before.contains(',') || before.contains('@') || before.contains('<')
            }
            _ => false,
        };
    }
    // A memo's own heading ("TO: … FROM: … DATE: … RE: …") names no subject: the text
    // under it is the memo.
    let within = |labels: &[&str], lines: usize| {
        rest.iter().take(lines).any(|l| {
            let l = l.trim().to_lowercase();
            labels.iter().any(|label| l.starts_with(label))
        })
    };
    lower.starts_with("from:")
        && within(&["sent:", "date:"], 4)
        && within(
            &[
                "subject:",
                "betreff:",
                "objet:",
                "asunto:",
                "oggetto:",
                "onderwerp:",
            ],
            6,
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_history_signatures_and_disclaimers_are_left_out() {
        let body = "Hi Taylor,\n\nWe will decide by Friday.\n\nBest,\nCleo\n\nOn Mon, 23 Nov 2026 at 10:12, Taylor Brooks <taylor@example.net> wrote:\n> Unfortunately I must decline.";
        assert_eq!(
            new_text(body),
            "Hi Taylor,\n\nWe will decide by Friday.\n\nBest,\nCleo"
        );
        let outlook = "Thanks!\n\nFrom: Taylor Brooks <t@example.net>\nSent: Monday, 23 November 2026 10:12\nTo: Cleo\nSubject: offer";
        assert_eq!(new_text(outlook), "Thanks!");
        let legal = "Talk soon.\n-- \nCleo Wright\nThis email and any attachments are confidential. We regret any offer …";
        assert_eq!(new_text(legal), "Talk soon.");
        let disclaimer =
            "See you Tuesday.\n\nThe information contained in this email is confidential.";
        assert_eq!(new_text(disclaimer), "See you Tuesday.");
        let memo = "MEMORANDUM\n\nTO: T. Brooks\nFROM: W. Lumbergh\nDATE: 17 November 2026\nRE: Analyst post\n\n1. The panel has met.";
        assert_eq!(new_text(memo), memo);
        assert_eq!(
            new_text("On Tuesday we will call you."),
            "On Tuesday we will call you."
        );
    }

    #[test]
    fn a_reply_below_the_quote_is_read_after_it() {
        let below = "On Tue, 1 Dec 2026 at 09:00, Taylor <t@example.net> wrote:\n> Any news?\n> Taylor\n\nYes - we'll decide by Friday.\n\nCleo\n\n> older text";
        assert_eq!(new_text(below), "Yes - we'll decide by Friday.\n\nCleo");
        assert_eq!(
            new_text("> Is there news?\n\nNot yet, sorry."),
            "Not yet, sorry."
        );
    }
}
