//! `afterview`: the core's questions on the command line (docs/contract.md).
//! Answers are one JSON document on standard output; bad input exits 2 with one line on
//! standard error naming the file, the place and what was expected.

use afterview::core::calendar::Zone;
use afterview::core::check::{self, Draft, Options};
use afterview::core::draft;
use afterview::core::model::{decode_json, parse_state, state_from_value, ActionKind, State};
use afterview::core::read::{self, IncomingMessage};
use afterview::core::{plan, when};
use afterview::native::{speller, zone_for};
use chrono::{DateTime, FixedOffset, Local};
use clap::{Parser, Subcommand};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "afterview",
    version,
    about = "Plan, draft and check job-interview follow-ups"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read a deadline phrase: `{"earliest", "latest", "phrase"}`.
    When {
        /// The time the phrase was said, RFC 3339 with offset (default: now).
        #[arg(long, value_parser = parse_now)]
        now: Option<DateTime<FixedOffset>>,
        /// What the employer said, e.g. "by the end of next week".
        phrase: String,
    },
    /// Every pending follow-up of a state, with rule and reason.
    Plan {
        /// The time to plan at, RFC 3339 with offset (default: now).
        #[arg(long, value_parser = parse_now)]
        now: Option<DateTime<FixedOffset>>,
        /// The state document (default: standard input).
        file: Option<PathBuf>,
    },
    /// A first draft of one follow-up: `{channel, to, subject, body, rule}`.
    Draft {
        /// The time of writing, RFC 3339 with offset (default: now).
        #[arg(long, value_parser = parse_now)]
        now: Option<DateTime<FixedOffset>>,
        /// The process id.
        #[arg(long)]
        process: String,
        /// The kind: thank_you, card, linkedin_connect, linkedin_message, reference_heads_up,
        /// check_in, reply, expedite, withdraw, gracious_reply, ask_contacts (the others —
        /// move_on, answer_offer, schedule_round, add_references — are not messages).
        #[arg(long, value_parser = parse_kind)]
        kind: ActionKind,
        /// The contact id (default: whoever the plan names).
        #[arg(long)]
        contact: Option<String>,
        /// The state document (default: standard input).
        file: Option<PathBuf>,
    },
    /// Findings for a draft: `{"state": …, "draft": {…}}` in, `{context, findings, score, stats}` out.
    Check {
        /// The time of sending, RFC 3339 with offset (default: now).
        #[arg(long, value_parser = parse_now)]
        now: Option<DateTime<FixedOffset>>,
        /// How many misspellings get a suggested fix (suggestions are slow).
        #[arg(long, default_value_t = 3)]
        suggestions: usize,
        /// The request document (default: standard input).
        file: Option<PathBuf>,
    },
    /// What an employer's message says: `{"state": …, "message": {from, subject, body,
    /// date}}` in, `{context, says, date, quote, events}` out. Nothing is recorded.
    Read {
        /// The time of reading, RFC 3339 with offset (default: now); a message with no
        /// date is read as sent then.
        #[arg(long, value_parser = parse_now)]
        now: Option<DateTime<FixedOffset>>,
        /// The request document (default: standard input).
        file: Option<PathBuf>,
    },
}

/// `afterview read` input.
#[derive(serde::Deserialize)]
struct ReadRequest {
    state: serde_json::Value,
    message: IncomingMessage,
}

/// `afterview check` input.
#[derive(serde::Deserialize)]
struct CheckRequest {
    state: serde_json::Value,
    draft: Draft,
}

fn parse_kind(raw: &str) -> Result<ActionKind, String> {
    ActionKind::parse(raw).ok_or_else(|| {
        let names: Vec<&str> = ActionKind::ALL.iter().map(|k| k.as_str()).collect();
        format!("expected one of {}", names.join(", "))
    })
}

fn parse_now(raw: &str) -> Result<DateTime<FixedOffset>, String> {
    DateTime::parse_from_rfc3339(raw).map_err(|e| {
        format!("expected RFC 3339 with an offset, like 2026-11-20T16:30:00-05:00 ({e})")
    })
}

/// A failure to report: one line, exit 2.
struct Failure(String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(answer) => {
            // A reader that stopped early (`| head`) is not an error of ours.
            let _ = writeln!(std::io::stdout(), "{answer}");
            ExitCode::SUCCESS
        }
        Err(Failure(line)) => {
            eprintln!("afterview: {line}");
            ExitCode::from(2)
        }
    }
}

fn run(command: Command) -> Result<String, Failure> {
    match command {
        Command::When { now, phrase } => {
            let now = now.unwrap_or_else(|| Local::now().fixed_offset());
            to_json(&when::read_deadline(&phrase, now.date_naive()))
        }
        Command::Plan { now, file } => {
            let now = now.unwrap_or_else(|| Local::now().fixed_offset());
            let (name, state) = read_state(file.as_ref())?;
            let zone = user_zone(&state, now, &format!("{name}: profile.timezone"))?;
            to_json(&plan::plan(&state, now, zone.as_ref()))
        }
        Command::Draft {
            now,
            process,
            kind,
            contact,
            file,
        } => {
            let now = now.unwrap_or_else(|| Local::now().fixed_offset());
            let (name, state) = read_state(file.as_ref())?;
            let zone = user_zone(&state, now, &format!("{name}: profile.timezone"))?;
            let message = draft::compose(
                &state,
                &process,
                kind,
                contact.as_deref(),
                now,
                zone.as_ref(),
            )
            .map_err(|e| Failure(format!("{name}: {e}")))?;
            to_json(&message)
        }
        Command::Check {
            now,
            suggestions,
            file,
        } => {
            let now = now.unwrap_or_else(|| Local::now().fixed_offset());
            let (name, text) = read_input(file.as_ref())?;
            let request: CheckRequest =
                decode_json(&text).map_err(|e| Failure(format!("{name}: {e}")))?;
            let state = state_from_value(request.state)
                .map_err(|e| Failure(format!("{name}: state.{e}")))?;
            let zone = user_zone(&state, now, &format!("{name}: state.profile.timezone"))?;
            let speller = speller().map_err(Failure)?;
            let options = Options {
                speller: Some(&speller),
                suggestions,
                known: None,
                sent: None,
                spelling: None,
            };
            to_json(&check::check(
                &state,
                &request.draft,
                now,
                zone.as_ref(),
                options,
            ))
        }
        Command::Read { now, file } => {
            let now = now.unwrap_or_else(|| Local::now().fixed_offset());
            let (name, text) = read_input(file.as_ref())?;
            let request: ReadRequest =
                decode_json(&text).map_err(|e| Failure(format!("{name}: {e}")))?;
            let state = state_from_value(request.state)
                .map_err(|e| Failure(format!("{name}: state.{e}")))?;
            let zone = user_zone(&state, now, &format!("{name}: state.profile.timezone"))?;
            to_json(&read::read(&state, &request.message, now, zone.as_ref()))
        }
    }
}

/// The profile's zone, or the offset of `now` when it names none; `place` prefixes the error.
fn user_zone(
    state: &State,
    now: DateTime<FixedOffset>,
    place: &str,
) -> Result<Box<dyn Zone>, Failure> {
    zone_for(state.profile.timezone.as_deref(), *now.offset())
        .map_err(|e| Failure(format!("{place}: {e}")))
}

fn read_input(file: Option<&PathBuf>) -> Result<(String, String), Failure> {
    match file {
        Some(path) => {
            let name = path.display().to_string();
            let text = std::fs::read_to_string(path)
                .map_err(|e| Failure(format!("{name}: cannot read: {e}")))?;
            Ok((name, text))
        }
        None => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| Failure(format!("<stdin>: cannot read: {e}")))?;
            Ok(("<stdin>".to_string(), text))
        }
    }
}

fn read_state(file: Option<&PathBuf>) -> Result<(String, State), Failure> {
    let (name, text) = read_input(file)?;
    let state = parse_state(&text).map_err(|e| Failure(format!("{name}: {e}")))?;
    Ok((name, state))
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<String, Failure> {
    serde_json::to_string_pretty(value)
        .map_err(|e| Failure(format!("cannot write the answer: {e}")))
}
