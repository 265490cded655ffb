//! Each family of employer wording the reader must know, in sentences of its own: outcomes
//! said without "unfortunately" or "offer you the position", decision days said as a
//! promise of contact, interview days in field lines, self-scheduling links, an
//! out-of-office "through" a day, boilerplate that must not decide, senders of no tracked
//! application, how sure a reading is, refusals with no object, offers revised or
//! proposed, return visits and stages reached, replies written below their quote, earlier
//! mail reported or taken back, stages passed and offers still to come, refusals and
//! offers in other registers, holds on everyone, news of a round, the role of each date,
//! choices and steps denied in other words, offers named as a request's matter or made
//! without the word, automatic answers in other languages, next steps named as meetings
//! or tasks, promises in the passive, dates written with slashes either way round, and
//! how the process goes for candidates in general (no offer to the user), invitations
//! declined, the user named the new or next holder of the job, choices of one of the
//! others, no further step for the user, not among those chosen, good news denied, offers
//! as proposals or to one of those appointed, meetings with the employer's people, days
//! asked for a meeting, meetings between others, and promises about joining matters.

use afterview::core::model::{parse_state, State};
use afterview::core::read::{offered, read, Confidence, IncomingMessage, Offer, Reading, Says};
use afterview::native::IanaZone;
use chrono::{DateTime, NaiveDate};

const CLEO: &str = "Cleo Wright <cleo.wright@globex.example>";
const STRANGER: &str = "Robin Hale <robin.hale@quarrytech.example>";

fn state() -> State {
    parse_state(include_str!("data/state.json")).expect("state")
}

/// Reads `body` from `from`, sent on Monday 30 November 2026 in London.
fn reading(from: &str, body: &str) -> Reading {
    let message = incoming(from, body);
    let sent = message.date.expect("dated");
    read(
        &state(),
        &message,
        sent,
        &IanaZone(chrono_tz::Europe::London),
    )
}

/// A message from `from` saying `body`, sent on Monday 30 November 2026.
fn incoming(from: &str, body: &str) -> IncomingMessage {
    let sent = DateTime::parse_from_rfc3339("2026-11-30T10:00:00+00:00").expect("date");
    IncomingMessage {
        from: from.into(),
        subject: "Product Manager".into(),
        body: body.into(),
        date: Some(sent),
    }
}

fn day(d: &str) -> Option<NaiveDate> {
    Some(NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("day"))
}

fn says(body: &str) -> Says {
    reading(CLEO, body).says
}

#[test]
fn another_candidate_selected_chosen_or_gone_with_is_a_rejection() {
    for body in [
        "Thank you for your patience. The panel has selected a different candidate for the role.",
        "We've chosen another applicant, whose background is closer to what the team needs.",
        "Just a note to say we went with someone else in the end. Thanks for your time.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
}

#[test]
fn not_able_to_offer_you_a_position_is_a_rejection() {
    let r = reading(
        CLEO,
        "After a long debrief we're not able to offer you a position on the team this time.",
    );
    assert_eq!(r.says, Says::Rejection);
}

#[test]
fn will_not_be_offering_is_a_rejection() {
    assert_eq!(
        says("Having compared the finalists, we will not be offering you the role."),
        Says::Rejection
    );
}

#[test]
fn an_internal_candidate_chosen_is_a_rejection() {
    assert_eq!(
        says("In the end the job went to an internal applicant from our data team."),
        Says::Rejection
    );
}

#[test]
fn a_position_closed_or_no_longer_hiring_is_a_rejection() {
    assert_eq!(
        says("The Product Manager vacancy has been withdrawn after the budget round."),
        Says::Rejection
    );
    assert_eq!(
        says("We are no longer hiring for this position, and I'm sorry for the trouble."),
        Says::Rejection
    );
}

#[test]
fn an_interviewer_s_soft_no_is_a_rejection() {
    let r = reading(
        "Ana Souza <ana.souza@globex.example>",
        "Honestly, I don't think it is going to work out this time - we need deeper payments experience.",
    );
    assert_eq!(r.says, Says::Rejection);
}

#[test]
fn an_offer_extended_in_other_words_is_an_offer() {
    let r = reading(
        CLEO,
        "I'm thrilled to extend the following offer to you for the Product Manager role.\n\nPlease reply by Friday 4 December.",
    );
    assert_eq!((r.says, r.date), (Says::Offer, day("2026-12-04")));
}

#[test]
fn we_d_like_to_hire_you_is_an_offer() {
    assert_eq!(
        says("Great news: we'd like to hire you as our next PM."),
        Says::Offer
    );
}

#[test]
fn you_have_been_successful_or_selected_is_an_offer() {
    assert_eq!(
        says("I'm glad to tell you that you have been successful at interview."),
        Says::Offer
    );
    assert_eq!(
        says("You have been selected for the Product Manager role, congratulations!"),
        Says::Offer
    );
    assert_ne!(
        says("You have been selected for the assessment stage; details follow."),
        Says::Offer
    );
}

#[test]
fn offer_terms_as_a_list_are_an_offer_answered_by_their_sign_by_day() {
    let r = reading(
        CLEO,
        "Here is what we can put together:\n\n- Base salary: £81,000\n- Start date: Monday 4 January 2027\n- Please sign and return by: Tuesday 8 December",
    );
    assert_eq!((r.says, r.date), (Says::Offer, day("2026-12-08")));
}

#[test]
fn the_answer_by_day_is_told_from_a_start_day_and_an_interview_day() {
    let r = reading(
        CLEO,
        "Following your interview on Thursday 26 November, we are pleased to offer you the Product Manager position. You would start on Monday 11 January. We'd need your answer no later than Wednesday 9 December.",
    );
    assert_eq!((r.says, r.date), (Says::Offer, day("2026-12-09")));
}

#[test]
fn we_will_contact_you_by_a_day_is_a_timeline() {
    let r = reading(
        CLEO,
        "We will contact you by Thursday 10 December either way.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-10")));
}

#[test]
fn the_next_update_by_a_day_is_a_timeline() {
    let r = reading(
        CLEO,
        "Nothing final yet, but you'll have my next update by Tuesday 8 December.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-08")));
}

#[test]
fn finishing_by_the_end_of_the_week_is_a_timeline() {
    let r = reading(
        CLEO,
        "We plan to finish by the end of the week and will write as soon as we do.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-04")));
}

#[test]
fn an_update_as_soon_as_there_is_one_is_later() {
    let r = reading(
        CLEO,
        "Things are moving slowly; I'll share an update as soon as we have one.",
    );
    assert_eq!((r.says, r.date), (Says::Later, None));
}

#[test]
fn the_day_in_a_date_and_time_block_is_the_round_s() {
    let r = reading(
        CLEO,
        "We'd like you back for a final interview.\n\nDate: Friday 11 December\nTime: 10:00 - 11:30\nPlace: 1 King Street",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, day("2026-12-11")));
}

#[test]
fn a_link_to_choose_a_time_is_a_round_without_a_day() {
    let r = reading(
        CLEO,
        "The team would like a second conversation with you. Please pick a time that suits you this week or next: https://cal.example/cleo",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, None));
}

#[test]
fn out_of_office_through_a_day_is_back_the_next_weekday() {
    let r = reading(
        CLEO,
        "I'm out of the office through Wednesday 16 December and will answer on my return.",
    );
    assert_eq!((r.says, r.date), (Says::OutOfOffice, day("2026-12-17")));
    let r = reading(CLEO, "Out of office through Friday 11 December.");
    assert_eq!(r.date, day("2026-12-14"));
}

#[test]
fn an_eligibility_paragraph_does_not_make_an_offer() {
    let r = reading(
        CLEO,
        "This confirms your interview on Thursday 3 December at 14:00.\n\nPlease be aware that any offer of employment is conditional on proof of your right to work, and that new hires complete Form I-9 on their first day.",
    );
    assert_eq!(r.says, Says::Other);
}

#[test]
fn a_background_check_under_way_is_not_a_references_request() {
    let r = reading(
        CLEO,
        "A quick note that your background and reference check is under way with our screening partner; you don't need to do anything.",
    );
    assert_eq!(r.says, Says::Other);
}

#[test]
fn equal_opportunity_and_no_reply_footers_do_not_decide() {
    let r = reading(
        CLEO,
        "Thanks for applying.\n\nWe are an equal opportunity employer and regret that we cannot reply to every applicant. Please do not reply to this email.",
    );
    assert_eq!(r.says, Says::Other);
}

#[test]
fn from_an_untracked_sender_only_an_invitation_is_offered() {
    let state = state();
    let invite = reading(
        STRANGER,
        "We'd like to invite you to a second interview on Tuesday 8 December.",
    );
    assert_eq!(invite.context, None);
    assert_eq!(invite.says, Says::NextRound);
    assert!(invite.events.is_empty());
    let invitation = incoming(
        STRANGER,
        "We'd like to invite you to a second interview on Tuesday 8 December.",
    );
    assert_eq!(offered(&state, &invitation, &invite), Offer::Track);
    for body in [
        "We have decided to go with another candidate.",
        "We expect to decide by Friday 4 December.",
        "We are delighted to offer you the analyst position.",
    ] {
        let r = reading(STRANGER, body);
        assert!(r.events.is_empty(), "{body}");
        assert_eq!(
            offered(&state, &incoming(STRANGER, body), &r),
            Offer::Nothing,
            "{body}"
        );
    }
}

#[test]
fn a_reading_from_a_clause_rather_than_a_phrase_is_less_sure() {
    let phrase = reading(
        CLEO,
        "We regret to inform you that the position has been filled.",
    );
    assert_eq!(
        (phrase.says, phrase.confidence),
        (Says::Rejection, Confidence::High)
    );
    let clause = reading(CLEO, "The team picked someone else for this one.");
    assert_eq!(
        (clause.says, clause.confidence),
        (Says::Rejection, Confidence::Low)
    );
    let both = reading(
        CLEO,
        "We are pleased to offer you the role. For the Leeds office we chose another candidate.",
    );
    assert_eq!(both.confidence, Confidence::Low);
}

#[test]
fn a_long_message_is_read_to_its_last_line() {
    let paragraph = "Thank you again for the conversations over the last few weeks, and for the care you put into the case study and the follow-up questions from the panel. ";
    let mut body = String::from("Hi Taylor,\n\n");
    while body.split_whitespace().count() < 2_000 {
        body.push_str(paragraph);
        body.push_str("\n\n");
    }
    body.push_str("We expect to decide by Friday 4 December.");
    let sent = DateTime::parse_from_rfc3339("2026-11-30T10:00:00+00:00").expect("date");
    let message = IncomingMessage {
        from: CLEO.into(),
        subject: "Product Manager".into(),
        body,
        date: Some(sent),
    };
    let (state, zone) = (state(), IanaZone(chrono_tz::Europe::London));
    assert_eq!(read(&state, &message, sent, &zone).says, Says::Timeline);
}

#[test]
fn an_offer_taken_back_is_a_rejection_and_never_an_offer() {
    for body in [
        "Because our funding changed, we have to withdraw the offer of employment we made to you last week.",
        "The analyst post we offered you no longer exists after the restructure, so we are rescinding our offer.",
        "investors pulled out and we've had to retract your offer - so sorry.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
    assert_eq!(
        says("Thanks for telling us you wish to withdraw your application; we've updated your record."),
        Says::Other
    );
}

#[test]
fn an_offer_made_unconditional_is_no_new_offer_unless_it_asks_for_an_answer() {
    assert_eq!(
        says("Your references have cleared and your conditional offer is now unconditional. See you in January!"),
        Says::Other
    );
    let r = reading(
        CLEO,
        "All checks are now complete and your offer is unconditional. Please sign and return the contract by Friday 4 December.",
    );
    assert_eq!((r.says, r.date), (Says::Offer, day("2026-12-04")));
}

#[test]
fn a_freeze_that_ends_the_hire_is_a_rejection_and_a_pause_is_a_delay() {
    assert_eq!(
        says("We are unable to proceed with any open hires, including yours, and the role will not return."),
        Says::Rejection
    );
    for body in [
        "Recruitment to this post has been halted while the directorate reviews its budget.",
        "We're not cancelling the role; it's parked until the new headcount is approved again.",
    ] {
        assert_eq!(says(body), Says::Delay, "{body}");
    }
}

#[test]
fn a_position_filled_from_inside_is_a_rejection() {
    for body in [
        "I wanted to let you know that we have decided to fill the position with an internal candidate.",
        "The panel appointed an existing member of staff to the post.",
        "In the end we've offered the role to a colleague already on the team.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
}

#[test]
fn a_step_not_passed_said_in_the_passive_is_a_rejection() {
    for body in [
        "Your application was not progressed to interview.",
        "We're sorry to say you have not been shortlisted on this occasion.",
        "Your application status has changed to: Not selected.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
    assert_eq!(
        says("A reminder that you haven't selected a slot yet for your interview."),
        Says::Other
    );
}

#[test]
fn the_users_decision_asked_after_an_offer_is_an_offer_not_a_timeline() {
    let r = reading(
        CLEO,
        "As discussed on the phone, we'd love you to take the role at £78,000. Please let me know your decision within three business days.",
    );
    assert_eq!((r.says, r.date), (Says::Offer, day("2026-12-03")));
    assert_eq!(r.confidence, Confidence::Low);
    assert_eq!(
        says("I'm pleased to confirm the offer of the Product Manager position, starting in January."),
        Says::Offer
    );
    assert_eq!(
        says("Could you let me know your decision on the two interview slots by Thursday?"),
        Says::Other
    );
}

#[test]
fn dotted_dates_last_days_away_and_absences_in_passing() {
    let r = reading(
        CLEO,
        "We are pleased to invite you to an interview on Thursday, 10.12.2026 at 14:00.",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, day("2026-12-10")));
    let r = reading(
        CLEO,
        "I am out of the office up to and including Friday 4 December, with no access to email.",
    );
    assert_eq!((r.says, r.date), (Says::OutOfOffice, day("2026-12-07")));
    let r = reading(
        CLEO,
        "Sorry for the slow reply - I was out of office all last week. We'll decide by Friday 4 December.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-04")));
}

#[test]
fn news_posted_hedged_contacts_and_rounds_attended_are_no_new_step() {
    assert_eq!(
        says("There has been an update to your application. Log in to see it."),
        Says::Other
    );
    assert_eq!(
        says("The hiring manager may contact you to schedule an interview."),
        Says::Other
    );
    let r = reading(
        CLEO,
        "Thank you for attending the final round yesterday. We'll decide by Thursday 3 December.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-03")));
}

#[test]
fn a_short_word_at_the_end_of_a_phrase_is_a_whole_word() {
    // "it's a no" is a refusal; "a non-starter" and "a note" are not.
    assert_eq!(
        says("Thanks for waiting. I'm afraid it's a no from the panel this time."),
        Says::Rejection
    );
    assert_eq!(
        says("Would relocating work? I just need a sense of whether it's a non-starter for you."),
        Says::Other
    );
    assert_eq!(
        says("Honestly the commute question is a non-issue for the team."),
        Says::Other
    );
}

#[test]
fn a_refusal_to_advance_with_no_object_or_passed_on_is_a_rejection() {
    for body in [
        "Thanks for your patience. We've decided not to move ahead.",
        "The board is not minded to take your application further.",
        "We're going to pass on progressing your candidacy this time.",
        "Your application has been reviewed. Sadly it will not be progressed.",
        "The other finalist's plan was stronger, so we're moving forward with them.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
    for body in [
        "Sadly the call can't proceed today; could we try Wednesday?",
        "I'll pass on your notes to the panel.",
    ] {
        assert_ne!(says(body), Says::Rejection, "{body}");
    }
}

#[test]
fn an_offer_revised_proposed_or_a_place_on_the_team_is_an_offer() {
    for body in [
        "We've revised your offer as agreed on the phone; the letter is attached.",
        "I would like to propose you the position of product manager.",
        "We really want you on our team - details to follow.",
        "Globex has sent you an offer for the Product Manager role.",
    ] {
        assert_eq!(says(body), Says::Offer, "{body}");
    }
    let r = reading(
        CLEO,
        "Your contract is attached: £70,000 salary, start date 4 January. Please sign it by Friday 4 December.",
    );
    assert_eq!((r.says, r.date), (Says::Offer, day("2026-12-04")));
}

#[test]
fn a_new_interview_a_return_visit_or_a_stage_reached_is_a_round() {
    let r = reading(
        CLEO,
        "Could you come back on Thursday 3 December to meet the wider team?",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, day("2026-12-03")));
    for body in [
        "We would like to arrange a phone interview with you next week.",
        "Good news: your application has moved to the presentation stage.",
        "Ana would like you to meet Priya, our CTO, for a final chat.",
    ] {
        assert_eq!(says(body), Says::NextRound, "{body}");
    }
}

#[test]
fn a_reply_below_its_quote_is_read_and_a_holding_note_names_no_wrong_day() {
    let below = "> Any news, Cleo?\n> Taylor\n\nWe'll decide by Friday 4 December.\n\nCleo";
    assert_eq!(reading(CLEO, below).date, day("2026-12-04"));
    let r = reading(
        CLEO,
        "Ben asked me to write as he's off today. He'll decide on Thursday 3 December.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-03")));
    assert_eq!(
        says("Several of the panel are away, so we'll come back to you in January."),
        Says::Later
    );
}

#[test]
fn an_offer_letter_referred_to_in_conditions_or_a_ticket_closed_is_no_outcome() {
    for body in [
        "Welcome aboard! Your laptop ships on Monday. As a reminder, your employment is subject to the terms in your signed offer letter.",
        "Your start-day pack is attached; the terms set out in your offer letter and contract still apply.",
        "Your request about parking has been resolved.\n\nTicket: 88213\nStatus: Closed",
        "Here is your building pass for Thursday: show the code on your pass at reception.",
        "Interviews are still in progress with other applicants, so no news yet, sorry.",
    ] {
        let said = says(body);
        assert!(
            !matches!(said, Says::Rejection | Says::Offer),
            "{body}: {said:?}"
        );
    }
}

#[test]
fn a_message_with_both_outcomes_reads_as_the_last_and_asks() {
    let body = "I owe you the full story: we first offered the post to another applicant. \
                They turned it down this week, so we'd like to offer you the role on the terms we discussed.";
    let read = reading(CLEO, body);
    assert_eq!(read.says, Says::Offer);
    assert_eq!(read.confidence, afterview::core::read::Confidence::Low);
    let body = "We'd like to offer you the chance to meet the team again. \
                Unfortunately, after that we decided to move forward with another candidate.";
    assert_ne!(
        says(body),
        Says::Offer,
        "an offer of a meeting is no offer of the job"
    );
}

#[test]
fn an_outcome_or_result_field_that_says_no_is_a_rejection() {
    for body in [
        "Where things stand:\n- Role: Product Manager\n- Result: not selected\n\nThanks.",
        "Dear Taylor,\n\nCase study outcome: Unsuccessful\n\nThank you for your effort.",
        "- Role: Product Manager\n- Outcome: not progressing\n- Feedback: on request",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
    assert_eq!(
        says("Where we are:\n- Interviews: done\n- Outcome: not yet decided\n\nI'll be in touch as soon as I hear."),
        Says::Later
    );
}

#[test]
fn a_short_note_whose_news_is_in_its_subject_is_read_with_it() {
    let with_subject = |subject: &str, body: &str| {
        let mut message = incoming(CLEO, body);
        message.subject = subject.into();
        let sent = message.date.expect("dated");
        read(
            &state(),
            &message,
            sent,
            &IanaZone(chrono_tz::Europe::London),
        )
    };
    let r = with_subject(
        "Re: PM role - we've picked another candidate",
        "Sorry, Taylor.",
    );
    assert_eq!(r.says, Says::Rejection);
    let r = with_subject(
        "Final round Thu 3 Dec 2pm - can you make it?",
        "See above. C",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, day("2026-12-03")));
    // A title, or a note long enough to say its own news, is not read from its subject.
    assert_eq!(
        with_subject("Your offer letter - what to bring", "Thanks, all received.").says,
        Says::Other
    );
    assert_eq!(
        with_subject(
            "Re: we'd like to offer you the role",
            "Thanks for the call today. The parking details are below, the visitor entrance is on the left, and reception will have a lanyard ready for you when you arrive on the day, so just give them your name."
        )
        .says,
        Says::Other
    );
}

#[test]
fn a_be_contraction_or_not_feeling_able_closes_the_matter() {
    for body in [
        "We aren't able to offer you a place on this year's scheme.",
        "I'm afraid we weren't able to take your application further.",
        "The panel did not feel able to recommend you for appointment.",
        "Your application was not among those chosen for interview.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
    assert_eq!(
        says("It isn't a no - the panel simply hasn't met."),
        Says::Other
    );
}

#[test]
fn a_no_told_before_is_not_the_news() {
    let r = reading(
        CLEO,
        "A few weeks ago we let you know we weren't progressing your application. The role has changed and the team would like to meet you for a second interview on Thursday 10 December.",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, day("2026-12-10")));
}

#[test]
fn an_earlier_mail_reported_or_taken_back_is_not_its_outcome() {
    let r = reading(
        CLEO,
        "Earlier today an automated note may have told you that we would not be progressing your application. Please ignore it: it went out through a system fault. The panel will decide by Wednesday 2 December.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-02")));
    for body in [
        "You might have had a message from us this morning saying your application had not been successful. It was sent by mistake and your application is still with the panel.",
        "Some of our applicants received an email last night stating that they had been unsuccessful. That was an error on our side and it can be disregarded.",
        "Yesterday's email informing you that the position had been filled was meant for another campaign. Sorry for the confusion.",
    ] {
        assert_eq!(says(body), Says::Other, "{body}");
    }
    // This mail's own news, however it names itself, is still the news.
    for body in [
        "This email is to let you know that your application has not been successful.",
        "I'm sorry to be sending you an email saying we've chosen another candidate.",
        "You may have received an automated email about this already; to confirm, we have decided not to progress your application.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
}

#[test]
fn success_at_a_stage_ranking_or_an_offer_still_to_come_is_no_offer() {
    for body in [
        "Good news: you have been successful at the shortlisting stage, and we'd like to invite you to an assessment day.",
        "I'm pleased to say you were successful at the first stage and the panel would like to invite you to interview.",
    ] {
        assert_eq!(says(body), Says::NextRound, "{body}");
    }
    for body in [
        "Your application was successful at the screening stage.",
        "You're the panel's preferred candidate. The offer still has to be approved by finance.",
        "If all goes well on Friday, references come next and then a written offer.",
        "How it goes from here:\n\n1. Debrief - Tuesday 1 December\n2. Our decision - by Thursday 3 December\n3. If it's positive: references, then a formal offer\n\nCleo",
    ] {
        assert_ne!(says(body), Says::Offer, "{body}");
    }
    let r = reading(
        CLEO,
        "How it goes from here:\n\n1. Debrief - Tuesday 1 December\n2. Our decision - by Thursday 3 December\n3. If it's a yes: references, then a formal offer\n\nCleo",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-03")));
    // An offer made, on the user's say-so or with a written offer to follow, is one.
    for body in [
        "I am pleased to tell you that you were successful at interview, and we'd like to offer you the post.",
        "Your application for the analyst post has been successful.",
        "If you're still keen, we'd love to offer you the role.",
        "We'd like to offer you the role; a written offer will follow from HR.",
    ] {
        assert_eq!(says(body), Says::Offer, "{body}");
    }
}

#[test]
fn a_digest_of_several_applications_is_not_one_applications_no() {
    let body = "Here is where your applications stand.\n\nData Analyst (ref 1102)\nStatus: Not selected\n\nProduct Manager (ref 1187)\nStatus: Under review\n\nThank you for applying.";
    assert_ne!(says(body), Says::Rejection);
    let body = "Here is where your application stands.\n\nProduct Manager (ref 1187)\nStatus: Not selected\n\nThank you for applying.";
    assert_eq!(says(body), Says::Rejection);
}

#[test]
fn a_choice_that_is_not_the_user_said_in_other_registers_is_a_rejection() {
    for body in [
        "After reviewing all profiles we have decided to carry on the selection with other applicants.",
        "We've decided to go forward with a candidate whose experience is closer to the brief.",
        "Regrettably we will not be able to count on your profile for this vacancy.",
        "We've made our decision on the analyst role and it's not you this time, I'm sorry to say.",
        "Having thought it over, we'll be closing your application for this post.",
        "We have studied your file carefully and regret that your candidacy has not been retained.",
        "We are not in a position to give a favourable answer to your candidacy.",
        "We talked it over and we're going to keep looking for someone with more retail experience.",
        "Straight to it: we didn't land on you for this one.",
        "On balance the panel felt another applicant was further along with the tools we use.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
    // Holding notes and other acts with the same words say no outcome.
    for body in [
        "We're still speaking to other candidates who are further along in the process.",
        "We will continue interviewing other candidates this week and then decide.",
        "You can close your application from your dashboard at any time.",
        "We're not able to count on the room being free, so the call will be by video.",
        "Applications for the post close on Friday.",
        "We'll keep looking at the shortlist this week and come back to you.",
    ] {
        let said = says(body);
        assert!(
            !matches!(said, Says::Rejection | Says::Offer),
            "{body}: {said:?}"
        );
    }
}

#[test]
fn a_further_meeting_proposed_in_everyday_words_is_a_round() {
    for body in [
        "Brilliant news - the client wants a second meeting. Could you do Thursday 3 December at 10?",
        "Could you come in for a chat with Priya, our head of data, sometime next week?",
        "The panel would like to see you for a short presentation on your portfolio.",
        "The team wants a product deep-dive with you - are you free on Thursday 3 December?",
        "Fancy a coffee with the engineers next week? Part of how we decide.",
        "You've cleared the first stage. Please book your stage two slot using the link below.",
    ] {
        assert_eq!(says(body), Says::NextRound, "{body}");
    }
    for body in [
        "We want a decision from the board before Friday.",
        "Please book your travel and send us the receipts.",
        "Could you send me your notice period?",
    ] {
        assert_ne!(says(body), Says::NextRound, "{body}");
    }
}

#[test]
fn the_day_after_a_meeting_is_the_decision_day() {
    let r = reading(
        CLEO,
        "The directors meet on Wednesday 2 December and I'll pass on their decision the day after.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-03")));
    let r = reading(
        CLEO,
        "Our board sits on Thursday 3 December. Every candidate will hear the outcome the following day.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-04")));
}

#[test]
fn a_promise_tied_to_an_event_names_no_day() {
    for body in [
        "Ana is away this week and we won't decide without her, so I'll get back to you once she's back.",
        "The hiring manager is travelling this week; I'll let you know the outcome the moment we've agreed it.",
    ] {
        let r = reading(CLEO, body);
        assert_eq!((r.says, r.date), (Says::Later, None), "{body}");
    }
}

#[test]
fn a_personal_note_that_mentions_being_out_is_not_an_automatic_answer() {
    let r = reading(
        CLEO,
        "Out of the office this afternoon but wanted to say: we'll make a decision on Thursday 3 December and I'll call you.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-03")));
    let r = reading(
        CLEO,
        "I am out of the office until Monday 7 December with limited access to email.",
    );
    assert_eq!((r.says, r.date), (Says::OutOfOffice, day("2026-12-07")));
}

#[test]
fn a_pause_references_in_other_words_and_an_offer_pack_attached() {
    assert_eq!(
        says("The analyst hiring is on pause while the new finance director reviews budgets."),
        Says::Delay
    );
    assert_eq!(
        says("Before anything is formal we need to speak with two people who have managed you. Could you send their details?"),
        Says::References
    );
    assert_eq!(
        says("Delighted to send this over. Attached:\n- Offer letter (Product Manager)\n- Pension guide\n- Share scheme notes\n\nCleo"),
        Says::Offer
    );
    assert_ne!(
        says("For your interview on Thursday, attached:\n- Agenda\n- Directions\n- Visitor form"),
        Says::Offer
    );
}

#[test]
fn an_offer_asked_as_joining_the_work_relayed_or_set_out_as_terms() {
    for body in [
        "The founders agreed this morning, so: would you like to come and build the platform with us?",
        "Good news - Globex have come back with an offer of GBP 85k base. They'd like an answer by Friday.",
        "Taylor - terms as we discussed:\n- Base: GBP 80,000\n- Bonus: up to 8%\n- Start: 11 January\n- Answer needed: by Friday 4 December\nThe formal letter follows.\nCleo",
        "We have the pleasure of confirming our proposal. Your gross annual remuneration would be EUR 60,000, with a start planned for 4 January 2027. We would be glad to receive your answer before Friday 11 December.",
    ] {
        assert_eq!(says(body), Says::Offer, "{body}");
    }
    for body in [
        "Would you like to come and join us for lunch with the team on Friday?",
        "Come and work with us at the office on Thursday for a trial day.",
    ] {
        assert_ne!(says(body), Says::Offer, "{body}");
    }
    let mut message = incoming(
        CLEO,
        "Details tomorrow. Take until the end of next week to decide.",
    );
    message.subject = "Re: catching up - yes, we're offering you the job".into();
    let sent = message.date.expect("dated");
    let r = read(
        &state(),
        &message,
        sent,
        &IanaZone(chrono_tz::Europe::London),
    );
    assert_eq!(r.says, Says::Offer);
}

#[test]
fn a_hold_on_everyone_or_a_budget_withdrawn_for_now_is_a_delay() {
    for body in [
        "The budget for the analyst post has been withdrawn pending the annual planning round.",
        "While the merger is worked through, we are holding hiring decisions across the product team.",
        "The vacancy is being looked at again under the new structure; until that is settled we cannot progress any candidates.",
    ] {
        assert_eq!(says(body), Says::Delay, "{body}");
    }
    // A wait for the user's own step is no hold on hiring.
    assert_ne!(
        says("We won't proceed until your references are back."),
        Says::Delay
    );
}

#[test]
fn a_promise_of_an_answer_in_other_words_is_later() {
    for body in [
        "We will not fail to come back to you once the committee has met.",
        "Every applicant will receive a response once the shortlist is agreed.",
        "The panel meets most weeks, so it shouldn't be long - I'll write the moment I hear.",
        "We're nearly there, but I'd rather not name a date. You'll hear from Ben or me soon.",
    ] {
        let r = reading(CLEO, body);
        assert_eq!((r.says, r.date), (Says::Later, None), "{body}");
    }
}

#[test]
fn news_of_a_round_is_no_invitation_to_one() {
    let r = reading(
        CLEO,
        "We would like to inform you that the result of your second interview will be released by Friday 4 December.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-04")));
    for body in [
        "The hiring manager is still reviewing the feedback from your panel interview; we'll be in touch.",
        "Final round decisions will be shared by phone on Thursday 3 December.",
    ] {
        assert_ne!(says(body), Says::NextRound, "{body}");
    }
    assert_eq!(
        says("Having weighed the outcome of the first stage, we'd like to invite you to a final interview."),
        Says::NextRound
    );
}

#[test]
fn a_rounds_day_is_its_own_and_a_decisions_day_is_the_one_the_user_hears() {
    let r = reading(
        CLEO,
        "I'm off this week but wanted to send this: Ben would like to see you again for a short follow-up. Could you do Tuesday 8 December at 10am?",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, day("2026-12-08")));
    let r = reading(
        CLEO,
        "We'd like you to come back and present to the team.\n\nBrief: your first 90 days in the role.\n\nSession: Thursday 10 December, 3pm, main office.",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, day("2026-12-10")));
    let r = reading(
        CLEO,
        "The panel would like to invite you to a final interview. It will take place on Wednesday 2 December between 14:00 and 15:30.",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, day("2026-12-02")));
    let r = reading(
        CLEO,
        "Ben would like a final chat with you. He can do either of the following:\n- Thursday 3 December, 10:00\n- Friday 4 December, 15:00\nWhich suits you best?",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, None));
    let r = reading(
        CLEO,
        "Where we are:\n- Interviews are done.\n- Ana and Ben meet on Tuesday to decide.\n- I'll ring you on Wednesday with the outcome.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-02")));
    let r = reading(
        CLEO,
        "Ana signed off today - we'd like to offer you the job. Formal letter on Monday; no rush on an answer until you've read it.",
    );
    assert_eq!((r.says, r.date), (Says::Offer, None));
}

#[test]
fn reminders_privacy_notices_and_promises_made_before_say_nothing_new() {
    for body in [
        "A gentle reminder about your scheduled second interview on Thursday 3 December at 10:00.",
        "Ahead of your final round on Friday, please find attached a short guide to the day.",
        "In line with our privacy notice, we will delete your personal data on 1 June 2027 unless you ask us to keep it.",
    ] {
        assert_eq!(says(body), Says::Other, "{body}");
    }
    let r = reading(
        CLEO,
        "Sorry - I promised you an update last week and then went quiet. We're not there yet, and I'll be back in touch as soon as we are.",
    );
    assert_eq!((r.says, r.date), (Says::Later, None));
}

#[test]
fn a_call_promised_on_a_day_and_a_referee_who_would_vouch() {
    let r = reading(
        CLEO,
        "Finance need a couple of days on the numbers. I'll call you on Thursday with the details.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-03")));
    assert_eq!(
        says("Could you send me the name and number of a manager who'd vouch for you?"),
        Says::References
    );
    let r = reading(
        CLEO,
        "We are pleased to invite you to the next stage: two interviews with the directors, on Friday 4 December from 09:00 to 11:00.",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, day("2026-12-04")));
}

#[test]
fn an_offers_expiry_a_response_in_weeks_a_days_range_away_and_a_dinner_day() {
    let mut message = incoming(
        CLEO,
        "An offer has been prepared for you.\n\nPosition: Product Manager\nOffer expiry: Friday 11 December 2026, 23:59 GMT\n\nOpen the offer letter in the portal to accept or decline it.",
    );
    message.subject = "Action needed: your offer for Product Manager".into();
    let sent = message.date.expect("dated");
    let r = read(
        &state(),
        &message,
        sent,
        &IanaZone(chrono_tz::Europe::London),
    );
    assert_eq!((r.says, r.date), (Says::Offer, day("2026-12-11")));
    let r = reading(
        CLEO,
        "I am delighted to set out our offer for the analyst position. Salary: GBP 70,000 per year. We would appreciate your response in two weeks.",
    );
    assert_eq!((r.says, r.date), (Says::Offer, day("2026-12-14")));
    let mut message = incoming(
        CLEO,
        "I'm at a leadership offsite Monday to Wednesday this week, with little access to email.",
    );
    message.subject = "Automatic reply: Product Manager".into();
    let sent = message.date.expect("dated");
    let r = read(
        &state(),
        &message,
        sent,
        &IanaZone(chrono_tz::Europe::London),
    );
    assert_eq!((r.says, r.date), (Says::OutOfOffice, day("2026-12-03")));
    let r = reading(
        CLEO,
        "The founders would like you to meet them over dinner on Thursday 10 December at 7pm. It's relaxed, but it is the final stage.",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, day("2026-12-10")));
}

#[test]
fn the_end_of_an_event_named_before_and_an_offer_pack_under_its_lead_in() {
    let r = reading(
        CLEO,
        "The hire is on the board's agenda on Wednesday. I'll ring you as soon as it's over.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-02")));
    assert_eq!(
        says("Congratulations! Please find your offer pack attached:\n\n1. Offer letter - Product Manager\n2. Benefits summary\n3. Pension guide\n\nCleo"),
        Says::Offer
    );
}

#[test]
fn a_question_about_an_offer_or_a_plan_that_cannot_be_counted_on_is_no_outcome() {
    for body in [
        "What notice would you need to give if we made you an offer?",
        "We can't count on you being free on Friday, so could you send two other times?",
    ] {
        let said = says(body);
        assert!(
            !matches!(said, Says::Rejection | Says::Offer),
            "{body}: {said:?}"
        );
    }
}

/// What `body` says under `subject`, from Cleo.
fn says_under(subject: &str, body: &str) -> Says {
    let mut message = incoming(CLEO, body);
    message.subject = subject.into();
    let sent = message.date.expect("dated");
    read(
        &state(),
        &message,
        sent,
        &IanaZone(chrono_tz::Europe::London),
    )
    .says
}

#[test]
fn an_outcome_for_another_application_or_another_person_is_no_news_of_this_one() {
    let says = |body: &str| says_under("Your application", body);
    let other_role = "Dear Taylor,\n\nThank you for applying for Lead Product Manager, Marketplace. We have decided not to take that application further.\n\nThis decision concerns that requisition only; your other applications with us carry on.";
    assert_eq!(says(other_role), Says::Other);
    let kept = "Hi Taylor - quick one about the Growth Analyst opening you also applied for: we won't be progressing it.\n\nTo be clear, this has no bearing on your PM process, which goes on as planned.";
    assert_eq!(says(kept), Says::Other);
    let elsewhere = "Dear Morgan,\n\nThank you for your time with us. We regret to inform you that we will not be moving forward.";
    assert_eq!(says(elsewhere), Says::Other);
    // The tracked role named plainly, a limit or not: the outcome is this application's.
    let ours = "Dear Taylor,\n\nThank you for applying for the Product Manager role. We regret to inform you that we will not be moving forward.\n\nThis decision concerns that requisition only; any other applications are not affected.";
    assert_eq!(says(ours), Says::Rejection);
    let unlimited = "Dear Taylor,\n\nThank you for applying for Senior Product Manager, Payments. We regret to inform you that we will not be moving forward.";
    assert_eq!(says(unlimited), Says::Rejection);
    assert_eq!(
        says("Hi Tay,\n\nWe regret to inform you that the role has been filled."),
        Says::Rejection
    );
}

#[test]
fn a_failed_attempt_a_purpose_and_an_offer_accepted_or_still_to_come_are_no_outcomes() {
    let call = "I rang you twice this morning but was unsuccessful, so I'm writing instead: the panel would like you to come back for a final interview.";
    assert_eq!(says(call), Says::NextRound);
    assert_eq!(
        says("I'm sorry to say that your application was unsuccessful."),
        Says::Rejection
    );
    let slot = "If your plans change, please cancel in the portal so that we can offer the slot to another applicant.";
    assert_eq!(says(slot), Says::Other);
    assert_eq!(
        says("We have offered the role to another candidate."),
        Says::Rejection
    );
    let accepted = "Many thanks for accepting our revised offer - the onboarding team will be in touch about your laptop.";
    assert_eq!(says(accepted), Says::Other);
    let refs = "Before we can put a formal offer together, we need to take up two references - could you send me your referees' details?";
    assert_eq!(says(refs), Says::References);
    assert_eq!(
        says("Before they decide, they have asked me to make you a formal offer of the role."),
        Says::Offer
    );
}

#[test]
fn an_assessment_with_its_time_zone_and_format_is_no_offer_of_terms() {
    let body = "We are pleased to invite you to an online assessment as the next step.\n\nDate: Thursday 10 December 2026\nTime: 10:00 Central European Time\nFormat: competency-based questions, remotely invigilated\n\nPlease accept the invitation in the portal within 48 hours.";
    let r = reading(CLEO, body);
    assert_ne!(r.says, Says::Offer);
}

#[test]
fn a_contract_sent_an_appointment_or_a_role_wanted_filled_by_the_user_is_an_offer() {
    for body in [
        "Hi Taylor,\n\nAttached is your contract of employment for the Product Manager role; have a read and sign it when you're ready.",
        "Dear Taylor,\n\nWe enclose your statement of main terms and the staff handbook for your review.",
        "Dear Taylor,\n\nFollowing your final interview, we are pleased to appoint you to the post of Product Manager.",
        "Dear Taylor,\n\nThe selection board has recommended your appointment as Product Manager.",
        "Taylor - we talked it through this morning and we want you as our next Product Manager.",
        "Hi Taylor, we've agreed as a team that we want you in the product manager role. Can I ask HR to draw up the paperwork?",
    ] {
        assert_eq!(says(body), Says::Offer, "{body}");
    }
    for body in [
        "Dear Taylor,\n\nThis confirms your appointment at 10:00 on Tuesday with Ana.",
        "Once you have signed your contract of employment, please return it to HR.",
        "Thanks for returning your signed contract of employment - we've received it.",
        "We want you as well to meet Ben before anything is decided.",
        "To finish joining, sign your contract with our payroll partner in the app.",
        "Congratulations! Management has approved your appointment as Remote Product Manager. Please purchase your laptop from our approved vendor; the cost is refunded later.",
    ] {
        assert_ne!(says(body), Says::Offer, "{body}");
    }
}

#[test]
fn a_status_field_that_is_an_offer_is_an_offer_and_a_previous_one_is_not() {
    let current = "APPLICATION UPDATE\n\nPrevious Status: Interview\nNew Status: 090 - Offer\n\nLog in to the portal to respond.";
    assert_eq!(says(current), Says::Offer);
    let declined = "APPLICATION UPDATE\n\nPrevious Status: Offer\nNew Status: Offer Declined\n\nNo action is needed.";
    assert_ne!(says(declined), Says::Offer);
}

#[test]
fn references_wanted_by_a_client_or_asked_as_people_to_speak_to_are_references() {
    for body in [
        "The hiring company would like to take up references now. Could you send me the details of two people?",
        "Before they sign off, the director would like to speak to two people from your last role. Can you send names and numbers?",
        "Would you mind if I had a word with your old manager? Ten minutes on the phone would do.",
        "We'd like to speak to three people:\n\n- a former line manager;\n- a peer;\n- someone who reported to you.",
    ] {
        assert_eq!(says(body), Says::References, "{body}");
    }
    for body in [
        "References are only taken up after an offer. Could you confirm your notice period?",
        "As your former line manager mentioned at the event, the team is growing.",
    ] {
        assert_ne!(says(body), Says::References, "{body}");
    }
}

#[test]
fn a_day_written_year_first_with_dots_or_slashes_is_that_day_and_an_ordinal_step_is_none() {
    let r = reading(
        CLEO,
        "We will let you know the outcome on 2026.12.04 (Fri).",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-04")));
    let r = reading(CLEO, "We will let you know the outcome by 2026/12/09.");
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-09")));
    // "The 2nd round" counts steps; it names no day.
    let r = reading(
        CLEO,
        "The outcome of the 2nd round will be announced on 2026.12.10.",
    );
    assert_eq!(r.date, day("2026-12-10"));
}

#[test]
fn a_choice_of_someone_else_in_other_words_is_a_rejection() {
    for body in [
        "After reading every application, we opted for a candidate whose background is in lending.",
        "We've landed on someone else for the role. I'm sorry it isn't you.",
        "We are progressing with applicants whose experience sits closer to insurance.",
        "We have decided to go ahead with people whose experience is nearer our sector.",
        "I've decided to give the job to one of the people from our residency.",
        "The post has now been offered to the candidate with the highest panel score.",
        "I've offered that post to another applicant with more archive work behind them.",
        "This means another applicant has been selected and the vacancy is no longer open.",
        "The board felt another applicant was the stronger match for the treasurer role.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
    let r = reading(
        CLEO,
        "We'd like to offer the role to you, starting in January. Could you reply by Wednesday 9 December?",
    );
    assert_eq!((r.says, r.date), (Says::Offer, day("2026-12-09")));
    for body in [
        "We're progressing with your application; the team would like to meet you again on Friday 4 December.",
        "Another candidate has been selected for interview in the same slot, so your interview on Thursday moves to 2pm.",
    ] {
        assert_ne!(says(body), Says::Rejection, "{body}");
    }
}

#[test]
fn a_step_denied_by_the_employer_or_a_profile_judged_unsuited_is_a_rejection() {
    for body in [
        "The shortlisting panel has not shortlisted your application on this occasion.",
        "We did not select you for the assessment centre this year.",
        "I'm sorry: the committee hasn't put you forward to the final round.",
        "You were not among the applicants chosen for the next stage.",
        "I'm sorry to say you weren't among those selected for interview this time.",
        "We are sorry that your profile is not suitable for this position now.",
        "Honestly, your experience doesn't match what the team needs right now.",
        "We talked it over and we decided not to continue.",
        "Your application will not be considered further.",
        "We regret that you are not admitted to this post this time.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
    for body in [
        "We haven't shortlisted anyone yet. I'll write to you on Thursday.",
        "You haven't selected your interview slot yet. Please pick one in the portal.",
        "Don't worry if your experience doesn't match every line of a description: apply anyway.",
        "Sorry you couldn't fit in a call last week. Could you come in for a second interview on Monday?",
    ] {
        assert_ne!(says(body), Says::Rejection, "{body}");
    }
}

#[test]
fn an_offer_named_as_the_matter_of_a_request_is_no_new_offer() {
    for body in [
        "Further to our offer of employment, please send us the names and contact details of two referees.",
        "As part of your offer, we need to take up two references. Could you send me their details?",
    ] {
        assert_eq!(says(body), Says::References, "{body}");
    }
    let r = reading(
        CLEO,
        "Further to our call this afternoon, I'm delighted to offer you the role. Could you let me know your decision by Friday 4 December?",
    );
    assert_eq!((r.says, r.date), (Says::Offer, day("2026-12-04")));
}

#[test]
fn that_evening_takes_the_day_named_before_it_in_its_sentence() {
    let r = reading(
        CLEO,
        "The panel meets on Thursday 3 December and I'll write to you that evening.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-03")));
}

/// Reads `body` under `subject` from a sender of no tracked application, sent on Monday 30
/// November 2026 in London.
fn reading_of(subject: &str, body: &str) -> Reading {
    let mut message = incoming(STRANGER, body);
    message.subject = subject.into();
    let sent = message.date.expect("dated");
    read(
        &state(),
        &message,
        sent,
        &IanaZone(chrono_tz::Europe::London),
    )
}

#[test]
fn an_automatic_answer_in_another_language_is_back_on_the_day_it_names() {
    for (subject, body, back) in [
        (
            "Automatische Antwort: Bewerbung",
            "Ich bin bis einschließlich Freitag, 4. Dezember, nicht im Büro.",
            "2026-12-07",
        ),
        (
            "Abwesenheitsnotiz: Interview",
            "Ab dem 5. Januar 2027 bin ich wieder im Büro.",
            "2027-01-05",
        ),
        (
            "Réponse automatique : Candidature",
            "Je suis absente du 1 au 3 décembre inclus.",
            "2026-12-04",
        ),
        (
            "Absence : Re: Entretien",
            "Je suis absent jusqu'au 8 décembre.",
            "2026-12-08",
        ),
        (
            "Automatisch antwoord: Sollicitatie",
            "Ik ben afwezig tot en met woensdag 2 december.",
            "2026-12-03",
        ),
        (
            "Respuesta automática: Entrevista",
            "Estaré de vuelta el lunes 7 de diciembre.",
            "2026-12-07",
        ),
        (
            "Autoodpowiedź: Rekrutacja",
            "Jestem na urlopie, wracam 9 grudnia.",
            "2026-12-09",
        ),
        (
            "Resposta automática: Entrevista",
            "Estou de férias e volto no dia 10 de dezembro.",
            "2026-12-10",
        ),
    ] {
        let r = reading_of(subject, body);
        assert_eq!((r.says, r.date), (Says::OutOfOffice, day(back)), "{body}");
    }
}

#[test]
fn an_automatic_answer_in_other_words_is_back_on_the_day_it_names_if_any() {
    for (subject, body, back) in [
        (
            "Automatic reply: CV",
            "I won't be checking messages until Monday 14 December.",
            day("2026-12-14"),
        ),
        (
            "Out of office",
            "I'm at a conference with no email access until Thursday 10 December.",
            day("2026-12-10"),
        ),
        (
            "Automatic reply: query",
            "The office is closed on 1 and 2 December. Normal service resumes on Thursday 3 December.",
            day("2026-12-03"),
        ),
        (
            "Auto: Away on leave",
            "I am away on leave and shall resume duty on Monday, 7th December 2026.",
            day("2026-12-07"),
        ),
        (
            "Out of office",
            "I'm away and expect to be back later this month.",
            None,
        ),
        (
            "Automatic reply: Quick question",
            "I work a four-day week (Monday to Thursday), so I'll pick this up on Tuesday.",
            day("2026-12-01"),
        ),
    ] {
        let r = reading_of(subject, body);
        assert_eq!((r.says, r.date), (Says::OutOfOffice, back), "{body}");
    }
}

#[test]
fn a_status_change_is_read_from_its_new_status_not_its_previous_one() {
    let change = "APPLICANT STATUS CHANGE\n\nPrevious Status:  030 - Screen\nNew Status:       150 - Reject\nDisposition:      Not Selected - Stronger Candidates";
    assert_eq!(says(change), Says::Rejection);
    let reopened =
        "APPLICANT STATUS CHANGE\n\nPrevious Status:  150 - Reject\nNew Status:       040 - Review";
    assert_eq!(says(reopened), Says::Other);
}

#[test]
fn the_user_taken_on_in_other_words_beside_pay_is_an_offer() {
    let r = reading(
        CLEO,
        "We'd love to have you join the product team. The salary would be £68,000.\n\nCould you let Cleo know by Friday 4 December whether that works?",
    );
    assert_eq!((r.says, r.date), (Says::Offer, day("2026-12-04")));
    for body in [
        "We would very much like you to join the firm to run the online shop. We can pay £48,000 a year.",
        "We're going to bring you on as the analyst. £52,000 as discussed; HR will draw up the contract.",
        "The client would like to engage you for the assignment.\n\n- Rate: £650 per day\n- Start: Monday 4 January 2027",
    ] {
        assert_eq!(says(body), Says::Offer, "{body}");
    }
    for body in [
        "We'd like you to join a call with Ana on Thursday to talk through your salary expectations.",
        "We'd love to have you join our talent community. Members hear first about roles paying £60,000.",
        "We'd love to have you join the team one day. Keep an eye on our careers page.",
    ] {
        assert_ne!(says(body), Says::Offer, "{body}");
    }
}

#[test]
fn a_next_step_named_as_a_meeting_or_a_task_is_another_round() {
    let r = reading(
        CLEO,
        "Thanks for the chat on Friday. The next step is a two-hour working session with our head of design.\n\nCould you do Thursday 10 December at 2pm?",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, day("2026-12-10")));
    let r = reading(
        CLEO,
        "Next step is a take-home assignment. Send it back within a week, and then we'll do a review session. No more than four hours, please.",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, None));
    for body in [
        "Our final step is always dinner with two of the founders.",
        "As part of the process, we'd like you to complete our online numerical reasoning test.",
    ] {
        assert_eq!(says(body), Says::NextRound, "{body}");
    }
    for body in [
        "The next step is a reference check, so could you send me the names of two referees?",
        "If your profile matches the role, the next step is a phone call with one of our recruiters.",
    ] {
        assert_ne!(says(body), Says::NextRound, "{body}");
    }
    // A date with its weekday after it in brackets is one day.
    let r = reading(
        CLEO,
        "We are pleased to invite you to the second interview.\n\n- Date: 2026.12.09 (Wed) 14:00 GMT\n- Format: video",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, day("2026-12-09")));
}

#[test]
fn a_round_in_a_week_names_no_day_of_it() {
    for body in [
        "The next stage is a conversation with our COO. Her assistant will be in touch early next week to find a time.",
        "Ana would like a final chat with you next week, half an hour at most.",
    ] {
        let r = reading(CLEO, body);
        assert_eq!((r.says, r.date), (Says::NextRound, None), "{body}");
    }
}

#[test]
fn hires_or_a_post_s_interviews_held_until_an_event_is_a_delay() {
    for body in [
        "Our funding round is taking longer than planned, and the board has asked us to hold all new hires until it closes.",
        "The firm has told me that all lateral hires are on ice until the partners vote on the merger.",
        "The post has been referred back to the panel, and the interviews for it have been postponed until the grading has been confirmed.",
    ] {
        assert_eq!(says(body), Says::Delay, "{body}");
    }
    assert_ne!(
        says("Ana is unwell, so your interview has been postponed until Thursday 3 December."),
        Says::Delay
    );
}

#[test]
fn a_reference_asked_in_other_words_is_references() {
    for body in [
        "Could you send me two persons we can ring for a reference, preferably one former manager?",
        "Would you be OK with me having a brief word with Priya Shah, your old manager?",
        "Our rules require us to obtain a reference from every employer of the last six years. Could you please give us an alternative contact at that company?",
    ] {
        assert_eq!(says(body), Says::References, "{body}");
    }
    assert_ne!(
        says("I had a quick word with Ana about your case study, and she'd like to meet you again next week."),
        Says::References
    );
}

#[test]
fn an_invitation_in_other_words_is_another_round() {
    for (body, on) in [
        (
            "Good news: the client want you back for a second meeting, this time with their COO. They've offered Thursday 10 December at 11:00.",
            "2026-12-10",
        ),
        (
            "I always meet people before we make a final call. Would you have time for a coffee with me on Friday? 8:30 works.",
            "2026-12-04",
        ),
        (
            "I am pleased to let you know that you have been selected for interview. The panel will meet candidates on Tuesday 15 December.",
            "2026-12-15",
        ),
        (
            "A quick recap:\n\n- Salary band: £70-80k\n- Hybrid: two days in the office\n\nNext step: a 45-minute interview with our Head of Product on Wednesday 9 December at 2pm.",
            "2026-12-09",
        ),
        (
            "We'd like you to spend a morning with the team as the final step. Would Monday 7 December work?",
            "2026-12-07",
        ),
        (
            "Before we make a final decision we'd love you to come in for an informal lunch with the product team. Could you do Thursday 10 December?",
            "2026-12-10",
        ),
    ] {
        let r = reading(CLEO, body);
        assert_eq!((r.says, r.date), (Says::NextRound, day(on)), "{body}");
    }
    for body in [
        "The client want you to sign their NDA before you see the case material.",
        "Another candidate has been selected for interview in the same slot, so your interview on Thursday moves to 2pm.",
    ] {
        assert_ne!(says(body), Says::NextRound, "{body}");
    }
}

#[test]
fn a_notice_about_an_interview_or_a_habit_of_contact_is_no_news() {
    for body in [
        "Whatever the outcome, would you take a minute to leave an interview review on our employer page?",
        "Your upcoming interview will take place on our video interview platform. Please complete a system check.",
        "Our consultants will always contact you from a company email address, and we never charge candidates.",
    ] {
        assert_eq!(says(body), Says::Other, "{body}");
    }
}

#[test]
fn an_offer_s_answer_day_is_read_apart_from_what_the_answer_is_for() {
    for (body, by) in [
        (
            "We'd like to offer you the role at £72,000. Could you let us know your decision by Thursday 10 December, so that we can plan your induction for the new year?",
            "2026-12-10",
        ),
        (
            "We'd like to offer you the role of Product Lead. We'd love to hear back by Friday 11 December so we can sort your contract before the break.",
            "2026-12-11",
        ),
        (
            "This is a reminder that your offer is awaiting your response in the portal. Please contact us before the response date of 9 December.",
            "2026-12-09",
        ),
        (
            "The team would like to offer you the analyst role. Offers are open for five business days from release, so please respond by Friday 11 December.",
            "2026-12-11",
        ),
    ] {
        let r = reading(CLEO, body);
        assert_eq!((r.says, r.date), (Says::Offer, day(by)), "{body}");
    }
}

#[test]
fn a_decision_said_in_other_words_gives_its_day() {
    for (body, on) in [
        (
            "The client told me they'll make a call by Thursday. I'll ring you as soon as I hear.",
            "2026-12-03",
        ),
        (
            "The client has promised me a yes or no by close of play Friday. I'll ring you the moment I have it.",
            "2026-12-04",
        ),
        (
            "The hiring manager will give me a final answer by Friday. I will call you as soon as I hear.",
            "2026-12-04",
        ),
        (
            "We debrief tomorrow and I'll message you here on Thursday with where we've landed.",
            "2026-12-03",
        ),
        (
            "The committee will meet this week, and we will communicate to you the resolution of the process the next 9 of December.",
            "2026-12-09",
        ),
        (
            "With Ana travelling, we now expect to confirm on Wednesday 9 December rather than this Friday.",
            "2026-12-09",
        ),
    ] {
        let r = reading(CLEO, body);
        assert_eq!((r.says, r.date), (Says::Timeline, day(on)), "{body}");
    }
}

#[test]
fn a_slashed_date_is_read_either_way_round_as_the_nearest_to_come() {
    let r = reading(CLEO, "We will let you know the outcome by 04/12.");
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-04")));
    let r = reading(
        CLEO,
        "We expect to decide by 12/4 and I'll call you that day.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-04")));
    let r = reading(
        CLEO,
        "APPLICANT STATUS CHANGE\n\nNew Status:       080 - Offer\nOffer Expiration: 10/12/2026",
    );
    assert_eq!((r.says, r.date), (Says::Offer, day("2026-12-10")));
}

#[test]
fn a_promise_of_contact_in_the_passive_is_to_the_user_or_no_promise() {
    for body in [
        "The committee is still reviewing. The result will be notified to you individually when the review is completed.",
        "The panel's scores are being moderated, and you will be contacted once the process has concluded.",
        "Your recruiter has now received your message and will respond to you as soon as possible.",
    ] {
        assert_eq!(says(body), Says::Later, "{body}");
    }
    assert_eq!(
        says("Thank you for applying. Shortlisted candidates will be contacted by a member of the recruitment team."),
        Says::Other
    );
    let r = reading(
        CLEO,
        "The committee meets in early December, and we expect to write to all candidates by 10 December.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-10")));
}

#[test]
fn a_decision_not_had_yet_or_put_in_weeks_of_a_month_names_no_day() {
    for body in [
        "I don't have yet the feedback from the CTO, he was at a conference all last week. When I will receive it I will come back to you.",
        "The firm is gathering feedback from everyone you met – the partner is in court this week so it's slower than I'd like. I'll revert as soon as I hear.",
        "Two approvers are away. We'll come back to you in the first couple of weeks of January.",
    ] {
        let r = reading(CLEO, body);
        assert_eq!((r.says, r.date), (Says::Later, None), "{body}");
    }
    let r = reading(
        CLEO,
        "We won't have a decision until Thursday 3 December, and I'll call you then.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-03")));
}

#[test]
fn a_vacancy_closed_past_an_adverb_or_another_judged_the_deciding_factor_is_a_rejection() {
    for body in [
        "Our offer to the preferred candidate has been accepted, and the vacancy is therefore closed.",
        "It was close, but they felt another candidate's marketplace background was the deciding factor.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
    assert_ne!(
        says("The Leeds office is now closed for refurbishment, so your interview will be in London instead."),
        Says::Rejection
    );
}

#[test]
fn coming_on_board_as_the_role_or_terms_with_an_hourly_rate_are_an_offer() {
    assert_eq!(
        says("We'd be delighted if you came on board as our first Product Analyst. I'll call you on Monday."),
        Says::Offer
    );
    let r = reading(
        CLEO,
        "The client would like to move forward with you for the analyst contract!\n\nRate: $70/hr\nDuration: 6 months\nStart: 11 January 2027\n\nPlease confirm by Thursday 3 December.",
    );
    assert_eq!((r.says, r.date), (Says::Offer, day("2026-12-03")));
}

#[test]
fn a_slot_the_user_booked_is_no_round_and_tmrw_is_tomorrow() {
    assert_eq!(
        says(
            "You selected Thursday 3 December 2026, 14:00-14:45 for: Final conversation with Ana."
        ),
        Says::Other
    );
    let r = reading(
        CLEO,
        "debrief was today, we decide tmrw morning and I'll ring you straight after.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-01")));
}

#[test]
fn then_in_a_vague_sentence_and_the_day_after_named_outright() {
    let r = reading(
        CLEO,
        "Merry Christmas from all of us! With everyone away, we'll pick up the process in the new year and be in touch then.",
    );
    assert_eq!((r.says, r.date), (Says::Later, None));
    let r = reading(
        CLEO,
        "The hiring group meets on Wednesdays, so your debrief will be at next Wednesday's session, and I'll call you the day after, Thursday 10 December.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-10")));
}

#[test]
fn a_round_s_day_is_read_past_a_colon_and_between_only_chooses_days() {
    let r = reading(
        CLEO,
        "We're torn between two strong candidates, and we'd love you to have a final call with our CEO. Would Thursday 10 December at 4pm work?",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, day("2026-12-10")));
    let r = reading(
        CLEO,
        "Ana would like a final chat with you. She's free any day between Monday 7 and Wednesday 9 December.",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, None));
    let r = reading(
        CLEO,
        "Next up is an afternoon at the studio to meet the team: Thursday 10 December from 2pm, roughly two hours.",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, day("2026-12-10")));
    let r = reading(
        CLEO,
        "The next step is a conversation with three of our members. We're holding these on Wednesday 9 December between 3 and 5pm - would a slot that afternoon work?",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, day("2026-12-09")));
    let r = reading(
        CLEO,
        "You are kindly invited to the final interview.\n\nTime: 2026-12-03 (Thursday) 10:00 London time\nForm: video meeting",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, day("2026-12-03")));
}

#[test]
fn how_the_process_goes_for_successful_candidates_is_no_offer() {
    for body in [
        "Thanks for applying. Successful candidates hear from the hiring manager first, and a written offer follows from HR within two days.",
        "A quick note on how we work: the successful applicant receives a verbal offer, then the offer letter by email.",
        "Shortlisted applicants are invited to a panel; the successful candidate gets a formal offer the same week.",
        "Do we call your referees? Yes, but only after a verbal offer, and never without asking you.",
        "We run the background check once an offer letter has been signed.",
    ] {
        assert_ne!(says(body), Says::Offer, "{body}");
    }
    // Said to the user, it is one.
    assert_eq!(
        says("You were the successful candidate, and we are delighted to offer you the role."),
        Says::Offer
    );
}

#[test]
fn an_invitation_declined_and_another_profile_chosen_are_rejections() {
    for body in [
        "Having read your application, the panel has decided not to invite you to the assessment day this year.",
        "We will not invite you to the final round, as the team needs deeper experience of payments.",
        "After the interviews, the company decided to go with another profile, closer to what the project needs now.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
}

#[test]
fn the_user_named_the_new_or_next_holder_of_the_job_is_an_offer() {
    for body in [
        "The panel was unanimous: we would like you to become the trust's new Head of Fundraising. HR will send the written terms next week.",
        "Great news! We'd like you to be Brightwell's next Lead Designer. The paperwork is on its way.",
    ] {
        assert_eq!(says(body), Says::Offer, "{body}");
    }
    // Asked to be the next speaker at an interview, it is not.
    assert_ne!(
        says("For the panel on Thursday, we'd like you to be the next presenter in the interview schedule."),
        Says::Offer
    );
}

#[test]
fn a_choice_of_one_of_the_others_is_a_rejection_whatever_clause_follows() {
    for body in [
        "Once the budget cleared, the directors chose to go ahead with one of the finalists from the summer round rather than start again.",
        "The board has decided to proceed with one of the other applicants, and we won't be holding the remaining panels.",
        "In the end we went with one of the candidates we had already met in October, so this process now stops here.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
    // The user chosen as one of several is a step, not a no.
    for body in [
        "We've selected you as one of the candidates for the final round on Thursday 3 December.",
        "Good news: the panel picked you and two others for the last stage.",
    ] {
        assert_ne!(says(body), Says::Rejection, "{body}");
    }
}

#[test]
fn no_further_step_for_the_user_is_a_rejection() {
    for body in [
        "To be honest with you, there won't be a next stage on our side.",
        "Having reflected on Tuesday's chat, we will not be setting up a second interview.",
        "The team has decided not to arrange a further conversation, as the role needs more hands-on SQL.",
        "There will be no further round for your application, and I'm sorry to bring that news.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
    // A step put off, moved, for a while, or simply not needed, is no rejection.
    for body in [
        "We won't be arranging a second meeting until the panel is back from leave.",
        "We will not be scheduling further interviews for the time being.",
        "We won't hold the final interviews on Friday after all - new slots to follow.",
        "There is no next step for you to take; the paperwork is all signed.",
        "There won't be a second interview. We'll decide by Friday.",
    ] {
        assert_ne!(says(body), Says::Rejection, "{body}");
    }
}

#[test]
fn not_among_those_chosen_named_just_before_is_a_rejection() {
    for body in [
        "Six applicants have been shortlisted for the panel, and on this occasion you are not among them.",
        "We invited the highest-scoring candidates to the assessment centre; I'm afraid you weren't among those.",
        "The panel selected four people to interview and you were not one of them.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
    assert_ne!(
        says("The finalists have been invited, and if you're not among them yet, don't worry: the list grows on Friday."),
        Says::Rejection
    );
}

#[test]
fn the_one_the_employer_chose_named_beside_the_user() {
    for body in [
        "It came down to you and one other, and the candidate we have selected had a little more retail experience.",
        "It was a genuinely close decision between you and the person we've appointed.",
        "Your interview was strong, but the applicant we chose brings five years of clinical data work.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
    for body in [
        "I'm delighted to say that you are the candidate we have chosen for the studio manager role.",
        "Put simply, you're the person we want for this job.",
    ] {
        assert_eq!(says(body), Says::Offer, "{body}");
    }
    for body in [
        "The person we hired for this role last year has moved on, so we'd love to talk to you about it.",
        "The candidate we appoint will start in January, and you'll hear from us either way.",
    ] {
        assert!(
            !matches!(says(body), Says::Rejection | Says::Offer),
            "{body}"
        );
    }
}

#[test]
fn news_called_good_and_denied_is_a_rejection() {
    for body in [
        "Please see the attached letter. I'm sorry it isn't better news this time.",
        "Unfortunately this is not the news you were hoping for, and I wish you well with your search.",
        "I'm afraid it's not good news on this occasion, but thank you for all your effort.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
    for body in [
        "Sorry not to have better news - the panel still hasn't met.",
        "I don't have better news yet, but I'll chase them on Friday.",
        "It isn't good news on the timing, I'm afraid: the decision has slipped to January.",
    ] {
        assert_ne!(says(body), Says::Rejection, "{body}");
    }
}

#[test]
fn the_job_as_a_proposal_made_to_the_user_is_an_offer() {
    for body in [
        "After the final call we would like to make you a proposal to join us as Data Lead, 5,200 EUR per month on a yearly contract.",
        "Please find attached our proposal with salary, benefits and a start date for the analyst position.",
        "Here is our employment proposal: £58,000, 28 days' leave and a start in February.",
    ] {
        assert_eq!(says(body), Says::Offer, "{body}");
    }
    for body in [
        "For the next stage, please prepare a short proposal for the pricing case and bring it on Thursday.",
        "Thanks for your project proposal, the team will look at the budget and the salary bands it mentions.",
    ] {
        assert_ne!(says(body), Says::Offer, "{body}");
    }
}

#[test]
fn taking_the_user_on_with_an_answer_asked_by_a_day_or_a_bare_want_is_an_offer() {
    let r = reading(
        CLEO,
        "So, long story short, we're going to bring you on as our product analyst. I'll need your answer by Friday 4 December.",
    );
    assert_eq!((r.says, r.date), (Says::Offer, day("2026-12-04")));
    assert_eq!(
        says("Bottom line: we want you.\n\nThe numbers are in the attached letter, salary and equity included."),
        Says::Offer
    );
    // A meeting, or a wish with no terms, is not.
    assert_ne!(
        says("We want you to meet the CTO next. Can you do Thursday?"),
        Says::Offer
    );
    assert_ne!(says("Short version: we want you. More soon!"), Says::Offer);
}

#[test]
fn the_news_before_legal_text_closing_its_sentence_is_still_read() {
    let r = reading(
        CLEO,
        "We are pleased to tell you that you have been selected for the post of Operations Analyst, on the terms set out in the enclosed letter.\n\nPlease confirm your acceptance by Monday 7 December.",
    );
    assert_eq!((r.says, r.date), (Says::Offer, day("2026-12-07")));
    assert_ne!(
        says("If you are successful, any offer is subject to the terms set out in our hiring policy."),
        Says::Offer
    );
}

#[test]
fn meeting_the_employer_s_people_proposed_is_another_round() {
    for body in [
        "I'd like you to meet our head of engineering before we go any further; Cleo will send times.",
        "Could you pop into the workshop on Friday afternoon to meet my business partner and me?",
        "Our finance director saw your CV and asked to meet you - are you around this week?",
    ] {
        assert_eq!(says(body), Says::NextRound, "{body}");
    }
    // Meeting people on a first day, or a social event, is no round.
    for body in [
        "Once you start, you'll meet the team at our Monday stand-up.",
        "Come and meet the team at our open evening - everyone is welcome!",
    ] {
        assert_ne!(says(body), Says::NextRound, "{body}");
    }
}

#[test]
fn a_day_asked_for_a_meeting_the_message_names_is_another_round() {
    let r = reading(
        CLEO,
        "Ana would love a relaxed chat about how you'd shape the roadmap. Would Thursday 3 December at 11:00 work?",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, day("2026-12-03")));
    let r = reading(
        CLEO,
        "Ben is travelling this week, so we need to move your conversation with him. Does Tuesday 8 December at 2pm suit instead?",
    );
    assert_eq!((r.says, r.date), (Says::NextRound, day("2026-12-08")));
    let r = reading(
        CLEO,
        "The hiring manager wondered whether you'd be open to a call about the new team. If so, how about Wednesday 9 December at 10:00?",
    );
    assert_eq!(r.says, Says::NextRound);
    // A day for a feedback call, a start or a form is not a round.
    for body in [
        "Happy to do a quick call to go through the feedback. Does Thursday afternoon suit?",
        "Thanks for the call. Would Monday 4 January work as your start date?",
        "We chatted about the form earlier. Could you send it back by Friday?",
    ] {
        assert_ne!(says(body), Says::NextRound, "{body}");
    }
}

#[test]
fn the_outcome_shared_or_the_user_informed_is_a_promise() {
    for body in [
        "The panel is still comparing notes, and we'll share the outcome with you once it's signed off.",
        "We shall inform you of the result as soon as the committee has met.",
        "I'll share our decision with you as soon as I have it.",
    ] {
        assert_eq!(says(body), Says::Later, "{body}");
    }
    let r = reading(
        CLEO,
        "We're gathering the last of the scorecards, and you'll have our answer by Friday.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-04")));
    // Informing the user of how things work is no promise.
    assert_ne!(
        says("We would like to inform you that our offices close at 4pm on Fridays."),
        Says::Later
    );
}

#[test]
fn a_meeting_between_others_or_availability_in_passing_is_no_round() {
    for body in [
        "We're still in the middle of final conversations, and I'll write to you as soon as the panel has decided.",
        "I'll come back to you once Ben has had a final conversation with the board.",
        "I'm chasing the client and will update you as soon as I can. Do tell me if your availability changes meanwhile.",
    ] {
        assert_ne!(says(body), Says::NextRound, "{body}");
        assert_eq!(says(body), Says::Later, "{body}");
    }
    // Having had conversations, the employer may still propose one.
    assert_eq!(
        says("We have had a great set of conversations and would like to invite you to a final interview."),
        Says::NextRound
    );
}

#[test]
fn a_meeting_the_employer_has_already_moved_is_no_new_round() {
    for body in [
        "Of course - I've moved your second interview to Friday 4 December at 10:00, same room.",
        "Your final interview has been moved to Thursday 3 December at 14:00; an updated invitation is on its way.",
    ] {
        assert_eq!(says(body), Says::Other, "{body}");
    }
}

#[test]
fn promises_about_joining_matters_or_in_a_legal_notice_are_none() {
    for body in [
        "Next week: our IT desk will be in touch about your laptop and accounts.",
        "Once the form is in, we will contact you to book an ID verification appointment.",
        "We will wait at least five business days from this pre-adverse action notice before making a final decision.",
    ] {
        assert_eq!(says(body), Says::Other, "{body}");
    }
}

#[test]
fn a_decision_said_of_every_hire_names_no_day() {
    let r = reading(
        CLEO,
        "Every hiring decision here needs the whole team, and two of us are away this week, so we can't decide yet. We'll be in touch once we've all met.",
    );
    assert_eq!((r.says, r.date), (Says::Later, None));
}

#[test]
fn the_user_invited_to_a_task_is_another_round() {
    for body in [
        "We are pleased to tell you that you have been invited to take part in an online exercise, the next part of our process.",
        "Good news - you're invited to our written test for shortlisted applicants on Thursday 3 December.",
        "Congratulations: you have been invited to a case challenge with the analytics team.",
    ] {
        assert_eq!(says(body), Says::NextRound, "{body}");
    }
    // Others invited, or an invitation to a social event, is no round for the user.
    assert_ne!(
        says("All staff are invited to the end-of-year quiz in the canteen."),
        Says::NextRound
    );
}

#[test]
fn the_user_one_of_those_taken_on_is_an_offer() {
    for body in [
        "The board agreed the appointment of three new governors today, and I'm delighted to say you are one of them.",
        "We're hiring two analysts this winter, and you're one of those we'd like to bring in.",
    ] {
        assert_eq!(says(body), Says::Offer, "{body}");
    }
    // One of those chosen for a step is not.
    assert_ne!(
        says("Five applicants were shortlisted for interview, and you are one of them."),
        Says::Offer
    );
}

#[test]
fn the_new_outcome_families_keep_to_what_is_said() {
    for body in [
        "Please review our proposal for the interview schedule and join us on Friday.",
        "Tell us your salary expectations and we'll make you a proposal.",
        "You are the candidate we want to interview next.",
    ] {
        assert_ne!(says(body), Says::Offer, "{body}");
    }
    for body in [
        "We're not able to arrange a second interview before the holidays, but will in January.",
        "Sorry, this isn't better news than last week - we still have no decision.",
        "The candidate we selected for the other role starts Monday; yours is still open.",
    ] {
        assert_ne!(says(body), Says::Rejection, "{body}");
    }
    assert_eq!(
        says("There won't be a further interview for you; we'd like to offer you the role."),
        Says::Offer
    );
}

#[test]
fn an_offer_that_may_lapse_if_unanswered_is_an_offer_not_a_rejection() {
    for body in [
        "We are pleased to offer you the role of Product Manager at a salary of £60,000. Please sign and return the letter by Friday 4 December. If we have not heard from you by then, the offer may be withdrawn.",
        "I'm delighted to offer you the position. Let us know by Friday 4 December; after that date the offer could lapse and be withdrawn.",
        "We would like to offer you the job on the terms below. Please reply by Friday 4 December, otherwise the offer will be withdrawn.",
        "The Management is pleased to offer you appointment as Product Manager. You are requested to convey your acceptance on or before 4 December, failing which the offer shall stand withdrawn.",
    ] {
        assert_eq!(says(body), Says::Offer, "{body}");
    }
    // Taken back, it is a rejection.
    assert_eq!(
        says("I am sorry to tell you that we must withdraw our offer of employment."),
        Says::Rejection
    );
}

#[test]
fn a_candidacy_not_taken_forward_ended_or_given_to_someone_asked_is_a_rejection() {
    for body in [
        "Your application has been considered carefully and has not been taken forward.",
        "Following the interviews, the panel has made an appointment to the post.",
        "After talking it over, we decided not to continue with your application.",
        "I've had word from the client and they won't be taking you to the final stage.",
        "As a result, you have been eliminated from this selection process.",
        "We've asked someone else to take on the role; it was close.",
        "Honestly, I'm sorry it isn't good news for you this time.",
        "Gutted it didn't go your way, you were my pick.",
        "we talked it over as a team and we're going to pass for now.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
    for body in [
        "We're going to pass your CV to the hiring manager today.",
        "I have made an appointment for your ID check on Monday.",
        "Please continue with your application in the portal.",
    ] {
        assert_ne!(says(body), Says::Rejection, "{body}");
    }
}

#[test]
fn times_asked_of_the_user_for_a_meeting_is_another_round() {
    for body in [
        "Could you send me three times next week that suit you for a call with our finance lead?",
        "Ravi can do any afternoon between the 8th and the 10th for a conversation. Reply with a couple of times that work and I'll lock one in.",
        "We'd like to set up the panel stage. Let me know your availability over the next fortnight.",
        "Here are the windows we can hold for the onsite:\n\nOption 1 - Tue 8 Dec, 10:00-13:00\nOption 2 - Wed 9 Dec, 14:00-17:00\n\nJust reply with your preference.",
        "Book a time with our Head of Design here: https://cal.example/book/xyz. Once you've booked, a calendar invite will follow.",
    ] {
        assert_eq!(says(body), Says::NextRound, "{body}");
    }
    for body in [
        "Let me know your availability for a start date in January.",
        "Reply with a few times that suit you for a call to go through the feedback.",
        "Once you've booked your flights, send me the receipts and I'll refund them.",
        "Your interview on Tuesday is confirmed; you selected the 10:00 slot.",
    ] {
        assert_ne!(says(body), Says::NextRound, "{body}");
    }
}

#[test]
fn meeting_one_of_their_people_or_being_brought_in_is_another_round() {
    for body in [
        "The hiring team would like you to meet Joanna Lisle, our COO, for a 40-minute conversation.",
        "We'd love to bring you in for the onsite loop with the design team.",
        "can u do a quick call w/ our head of sales thurs?",
        "You have been selected to proceed to the assessment phase of this competition.",
    ] {
        assert_eq!(says(body), Says::NextRound, "{body}");
    }
    for body in [
        "On your first day you'll meet Joanna, who runs onboarding.",
        "If shortlisted, you will proceed to the interview phase.",
        "We'd like you to meet the deadline for the forms, please.",
    ] {
        assert_ne!(says(body), Says::NextRound, "{body}");
    }
}

#[test]
fn someone_described_as_a_person_chosen_instead_is_a_rejection() {
    for body in [
        "It was a hard call, and we've chosen to go with a designer who has run a larger team.",
        "We've decided to hire an engineer whose background is in payments.",
        "In the end we went with a PM who had launched in the Nordics.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
    for body in [
        "We've chosen to go with a phased start, which you asked about.",
        "We selected a panel who will cover product and engineering for your final round.",
    ] {
        assert_ne!(says(body), Says::Rejection, "{body}");
    }
}

#[test]
fn a_day_in_an_aside_or_in_the_past_is_no_decision_day() {
    for body in [
        "We're still collecting feedback from a couple of the panel (travel has got in the way this week). I'll come back to you as soon as it's in.",
        "I'd hoped to have an answer for you by last Friday, and I'm sorry we're not there yet. I'll be in touch once we are.",
        "We expect to be in touch with everyone who interviewed in the coming weeks.",
    ] {
        assert_eq!(says(body), Says::Later, "{body}");
    }
}

#[test]
fn contact_promised_to_everyone_or_as_mail_received_is_a_promise() {
    let r = reading(
        CLEO,
        "The partners review all finalists on Monday, and we aim to contact everyone by mid next week.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-09")));
    let r = reading(
        CLEO,
        "Just so you're not left hanging: we're finishing reference calls on the other finalist and should be able to give you a definite answer in a few days.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-05")));
    assert_eq!(
        says("You will receive an email from us once a decision has been made."),
        Says::Later
    );
    assert_eq!(
        says("You'll hear from us when the panel has finished."),
        Says::Later
    );
    assert_ne!(
        says("You will receive an email from us with the joining instructions."),
        Says::Later
    );
}

#[test]
fn a_call_to_one_of_the_user_s_referees_is_a_reference_request() {
    for body in [
        "Would you mind if I gave Dev Patel a ring this week? I'd like a chat about how you worked together.",
        "Before we finish, I'd like to speak with Dev Patel about your time on his team.",
    ] {
        assert_eq!(says(body), Says::References, "{body}");
    }
    assert_ne!(
        says("Dev Patel from our data team will join the call on Thursday."),
        Says::References
    );
}

#[test]
fn a_candidacy_not_carried_on_in_any_words_is_a_rejection() {
    for body in [
        "The board met and has resolved not to advance your candidacy for this post.",
        "We have closed your file for this vacancy.",
        "We've decided to stop the process with you here instead of arranging another round.",
        "Having read your application closely, we have chosen not to take it forward.",
        "Your application for the Analyst post (REQ-4471) has been closed.",
        "We regret that we cannot take your candidacy further at this juncture.",
        "We will not be carrying your application forward to the interview stage.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
    for body in [
        "We can't progress your application until we have your right-to-work documents.",
        "We are unable to move your application forward without two references.",
        "If you don't want to proceed with your application, just let me know.",
        "We won't progress any candidates until the budget is signed off.",
        "We haven't decided yet whether to advance your application.",
        "You don't need to take your application any further; we have everything.",
        "We're stopping the process for this role while the budget is reviewed.",
    ] {
        assert_ne!(says(body), Says::Rejection, "{body}");
    }
}

#[test]
fn an_outcome_asked_about_with_whether_is_not_said() {
    let r = reading(
        CLEO,
        "Whether it's a yes or a no, you'll hear from us by Thursday - I hate leaving people waiting.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-03")));
}

#[test]
fn a_meeting_day_put_to_the_user_to_confirm_is_another_round() {
    for (body, on) in [
        ("Our CTO Sigrun can meet you on Thursday 3 December at 10:00 your time, on video. Is this time fine for you?", "2026-12-03"),
        ("Peter, our VP of Operations, would like thirty minutes with you.\n\nMonday 7 December, 15:00, his office on the fourth floor. Reply to confirm.", "2026-12-07"),
        ("There's one last conversation in our process: a bar-raiser interview with Priya from Finance. Monday 14 December at 14:00, 45 minutes, on video. I'll send the link once you confirm.", "2026-12-14"),
    ] {
        let r = reading(CLEO, body);
        assert_eq!((r.says, r.date), (Says::NextRound, day(on)), "{body}");
    }
    for body in [
        "Your interview with Priya is confirmed for Monday 14 December at 14:00.",
        "Please confirm you have received the contract by Friday 4 December.",
        "Could you confirm that a start date of Monday 4 January works?",
    ] {
        assert_ne!(says(body), Says::NextRound, "{body}");
    }
}

#[test]
fn the_user_s_own_decline_acknowledged_is_nothing_to_record() {
    for body in [
        "Thanks for letting us know you've decided to decline our offer. I've withdrawn the offer in our system.",
        "Sorry to hear you're withdrawing from the process; I've closed your application as you asked.",
    ] {
        assert_eq!(says(body), Says::Other, "{body}");
    }
}

#[test]
fn an_application_for_something_other_than_a_job_is_nothing_to_record() {
    assert_eq!(
        says("Thank you for applying to rent the flat at 4 Mill Lane. The landlord has decided to proceed with another applicant."),
        Says::Other
    );
    assert_eq!(
        says("The landlord of our office has decided to proceed with another tenant, so we move in January. Separately: we've chosen another candidate for the role."),
        Says::Rejection
    );
}

#[test]
fn news_communicated_or_an_answer_to_be_got_is_a_promise() {
    for body in [
        "The panel will sit to consider all candidates, after which the outcome shall be communicated to you in due course.",
        "Three of six reviewers are done; as soon as the rest land, you'll get an answer from me here.",
    ] {
        assert_eq!(says(body), Says::Later, "{body}");
    }
}

#[test]
fn the_user_chosen_for_the_job_or_not_among_those_invited() {
    assert_eq!(
        says("We are happy to tell you that after all the interviews we choose you for the position of Product Manager."),
        Says::Offer
    );
    assert_eq!(
        says("We've picked you for the next round and will be in touch."),
        Says::NextRound
    );
    assert_eq!(
        says("Your application was not among the group the committee has invited to interview."),
        Says::Rejection
    );
}

#[test]
fn a_meeting_moved_to_a_new_time_is_no_new_round() {
    for body in [
        "Really sorry, I need to move Thursday's interview to Friday 4 December, same time. Does that work?",
        "Could we push our call to Wednesday 2 December at 11:00? Let me know if that works.",
    ] {
        assert_eq!(says(body), Says::Other, "{body}");
    }
}

#[test]
fn a_day_asked_as_what_suits_or_a_last_conversation_is_another_round() {
    for body in [
        "Stage 3 is a role-play with the panel, twenty minutes of conversation. We can run it on Wednesday 9 or Thursday 10 December. Please reply with what suits.",
        "For the last conversation I'd like to try something different: a walk by the river, just the two of us.\n\nThursday 10 December, 12:30, meet me at reception.",
    ] {
        assert_eq!(says(body), Says::NextRound, "{body}");
    }
}

#[test]
fn the_outcome_that_same_day_or_a_clause_about_others_keeps_its_own_day() {
    let r = reading(
        CLEO,
        "The appointment goes to the board, which meets next Tuesday. You'll hear the outcome from me that same day.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-08")));
    assert_eq!(
        says("We are still collecting feedback from the panel, some were travelling this week. I'll be in touch when it's all in."),
        Says::Later
    );
}

#[test]
fn a_profile_released_by_the_client_is_a_rejection_but_not_one_released_to_it() {
    assert_eq!(
        says("Our client has reviewed the feedback and has decided to release your profile."),
        Says::Rejection
    );
    assert_ne!(
        says("With your go-ahead, we will release your profile to the client on Monday."),
        Says::Rejection
    );
}

#[test]
fn the_user_named_as_someone_else_s_referee_is_no_request() {
    assert_ne!(
        says("Sam Whitfield has applied for a role with us and has given your name as a referee. Could you send us a short reference by Friday?"),
        Says::References
    );
    assert_eq!(
        says("Thank you for applying to rent the flat at 4 Mill Lane. We are therefore unable to take your application any further."),
        Says::Other
    );
}

#[test]
fn a_verdict_that_s_when_or_an_answer_till_a_day_keep_their_days() {
    let r = reading(
        CLEO,
        "They're seeing one more person Monday, so they reckon they'll have a verdict mid next week.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-09")));
    let r = reading(
        CLEO,
        "The three of us can only sit down together late next week, so that's when you'll hear from me.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-11")));
    let r = reading(
        CLEO,
        "I am pleased to make you a job offer for the position of Analyst. Please give us your answer till Friday, because we want to close the vacancy before the New Year.",
    );
    assert_eq!((r.says, r.date), (Says::Offer, day("2026-12-04")));
    assert_eq!(
        says("I'm happy to tell you we want you in the Business Analyst seat."),
        Says::Offer
    );
}

#[test]
fn a_full_stop_after_an_abbreviation_ends_no_sentence() {
    assert_eq!(
        says("Your application for the Analyst post (ref. 4471) has been closed."),
        Says::Rejection
    );
    let r = reading(
        CLEO,
        "The panel meets on Thurs. 3 December and we'll decide that day.",
    );
    assert_eq!((r.says, r.date), (Says::Timeline, day("2026-12-03")));
}

#[test]
fn refusals_said_as_not_considered_not_in_favour_let_go_or_not_a_fit_are_rejections() {
    for body in [
        "We are sorry to inform you that the management could not consider your candidature for the said post at this time.",
        "We discussed your candidacy with the director and have made a decision not in your favour.",
        "I'm sorry to say the team has decided not to go ahead with your application for the PM role.",
        "We talked it over as founders and decided we will continue without you for this position.",
        "After the second round, the hiring team has decided to let you go from the process at this point.",
        "Having talked it through, we've decided it isn't the right fit this time.",
        "The client has declined your proposal for the job \"Process mapping\".",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
    for body in [
        "We cannot consider your application until your transcript arrives.",
        "If it isn't the right fit, no hard feelings either way.",
        "Our search for an analyst was unsuccessful for months - until you walked in. We'd like you to take the Business Analyst job.",
    ] {
        assert_ne!(says(body), Says::Rejection, "{body}");
    }
}

#[test]
fn a_warning_against_recruitment_fraud_is_boilerplate() {
    let r = reading(
        CLEO,
        "We have decided not to proceed with your application.\n\nPeople Team\n\n------------------------------------------\nSTAY SAFE: we will never ask candidates for payment before an offer. A genuine offer of employment will only come from our own address.",
    );
    assert_eq!(r.says, Says::Rejection);
    let r = reading(
        CLEO,
        "We'd like to offer you the role.\n\nOffer details\n------------------\nSalary: £60,000\nStart: 4 January",
    );
    assert_eq!(r.says, Says::Offer);
}

#[test]
fn the_job_to_take_or_what_can_be_offered_is_an_offer() {
    for body in [
        "I'm very glad to say we'd like you to take the Business Analyst job.",
        "I can't offer that title. What I can offer is the Product Manager role itself, at the top of the band.",
    ] {
        assert_eq!(says(body), Says::Offer, "{body}");
    }
    assert_ne!(
        says("We'd like you to take the role-play assessment on Tuesday."),
        Says::Offer
    );
}

#[test]
fn people_asked_for_to_hear_about_the_user_are_a_reference_request() {
    for body in [
        "Before we go further I'd like to hear about you from two angles: someone you've reported to and someone you've worked alongside.",
        "Is there someone from that project I could have a quick call with? Just need a name and a number.",
        "could you send me two people I can whatsapp for 10 mins? ideally someone who's seen you ship.",
        "Our director asks you to send recommendation letters from two previous employers.",
    ] {
        assert_eq!(says(body), Says::References, "{body}");
    }
    for body in [
        "Is there someone I can call to arrange your parking on the day?",
        "Both references came through, thank you, and there's nothing else we need from you.",
        "Could you send me the names of anyone joining you on the call?",
    ] {
        assert_ne!(says(body), Says::References, "{body}");
    }
}

#[test]
fn news_promised_to_every_finalist_or_a_first_call_is_a_promise() {
    for body in [
        "Once the panel has agreed on its recommendation, we'll come back to every finalist.",
        "Outcomes will be communicated to every candidate after the final interview has taken place.",
        "We're still arguing about it, in a good way. You'll hear properly once we've landed.",
        "No news yet, I'm afraid. The moment there's a decision, you'll be the first call I make.",
    ] {
        assert_eq!(says(body), Says::Later, "{body}");
    }
}

#[test]
fn a_stage_moved_to_or_a_final_to_come_in_for_is_another_round() {
    for (body, on) in [
        ("Congratulations on progressing to Stage 3 for the role.\n\nYour slot: Friday 4 December, 13:30-15:00 (London)\nFormat: Microsoft Teams", Some("2026-12-04")),
        ("Bill would like to move you to stage 2. This is a practical exercise.\n\nDate: Monday 14 December\nTime: 14:00-15:30", Some("2026-12-14")),
        ("Globex have come back and want you in for a final with Ana and their CPO.", None),
    ] {
        let r = reading(CLEO, body);
        assert_eq!((r.says, r.date), (Says::NextRound, on.and_then(day)), "{body}");
    }
}

#[test]
fn a_day_with_what_follows_it_or_a_weekday_s_event_is_read() {
    for (body, on) in [
        ("We are seeing one more candidate next week and will be in touch on the 9th with our decision.", "2026-12-09"),
        ("We'll make the call at next Thursday's leadership huddle, and I'll let you know the same afternoon.", "2026-12-10"),
        ("Offers for this intake go out on Monday 7 December, and every candidate will know by the end of that day whether they are receiving one.", "2026-12-07"),
    ] {
        let r = reading(CLEO, body);
        assert_eq!((r.says, r.date), (Says::Timeline, day(on)), "{body}");
    }
}

#[test]
fn a_choice_fallen_on_another_gone_to_someone_or_not_you_is_a_rejection() {
    for body in [
        "The governors have made their appointment to the post. I am sorry to say that it will not be you.",
        "The panel has completed its deliberations, and its choice has fallen on another candidate.",
        "We've now cast the Ops Lead role, and it's gone to someone who ran box office for us.",
        "Unfortunately, your candidacy did not pass to the next stage.",
    ] {
        assert_eq!(says(body), Says::Rejection, "{body}");
    }
    assert_ne!(
        says("Your application has gone to the panel for review."),
        Says::Rejection
    );
}

#[test]
fn a_wish_to_hire_when_they_can_is_no_offer_and_no_new_hires_is_a_hold() {
    for body in [
        "Our board has put every new hire on hold, your role included. We're not closing the process and we'd still love to hire you when we can.",
        "While the takeover talks go on, the board has told us not to make any new permanent hires, and that includes your role.",
        "Until the lawyers have finished, HR have told me I can't hire anyone into the BA role.",
    ] {
        assert_eq!(says(body), Says::Delay, "{body}");
    }
}

#[test]
fn joining_someone_one_more_talk_a_panel_or_the_last_stage_is_another_round() {
    for body in [
        "We'd love to take things further. Would you join Owen on the 10:15 crossing on Friday 4 December? You'd talk through the roadmap on the way over.",
        "We would like to have one more talk with you, now together with our CEO. Is it possible on Thursday 3 December at 13:00?",
        "The team would like you back for a panel with Ana and Ben. Could you send me a couple of two-hour windows next week?",
        "We'd love you to come to the last stage of our process on Friday 11 December, 10:00-11:30.",
    ] {
        assert_eq!(says(body), Says::NextRound, "{body}");
    }
    for body in [
        "Would you join us as our first product manager? The salary is £70,000.",
        "The panel met on Tuesday and will decide by Friday 4 December.",
    ] {
        assert_ne!(says(body), Says::NextRound, "{body}");
    }
}

#[test]
fn the_user_chosen_said_plainly_is_an_offer_but_not_for_a_step() {
    assert_eq!(
        says("Panel met this morning and they chose you. HR will send the written version with salary and start date."),
        Says::Offer
    );
    assert_ne!(
        says("We've chosen you as one of three finalists for the last round."),
        Says::Offer
    );
}

#[test]
fn a_panel_that_wants_another_look_proposes_nothing() {
    assert_eq!(
        says("We haven't chosen anyone yet - the panel is split and wants another look at the exercises. I'll come back to you when they have."),
        Says::Later
    );
}

#[test]
fn regret_over_a_suspended_search_is_a_delay() {
    assert_eq!(
        says("Hello Taylor,\n\nWe regret to let you know that, because the group is being restructured, hiring for this role has been suspended for now. Your application stays open and we will write when the search resumes.\n\nKind regards,\nCleo"),
        Says::Delay
    );
    // A regret that ends the candidacy is still a rejection, whatever else is paused.
    assert_eq!(
        says("We regret to inform you that we will not be progressing your application."),
        Says::Rejection
    );
}

#[test]
fn checking_an_offer_letter_arrived_makes_no_new_offer() {
    for body in [
        "Hi Taylor,\n\nJust making sure the offer letter reached you - our mail server has been dropping attachments this week. Shout if not and I'll resend it.\n\nCleo",
        "Quick one: did you receive the offer pack we posted on Monday? The courier says it was delivered.",
    ] {
        assert_ne!(says(body), Says::Offer, "{body}");
    }
}

#[test]
fn a_mail_quoted_as_what_a_system_may_send_is_not_its_news() {
    for body in [
        "Hi Taylor,\n\nHeads up: our old portal is being switched off tonight and may send everyone an automatic 'we will not be progressing your application' message. Please ignore it - you are still in the running.\n\nCleo",
        "If a “your application was unsuccessful” email reaches you this evening, it is a fault in the old system; nothing has changed.",
    ] {
        assert_ne!(says(body), Says::Rejection, "{body}");
    }
}

#[test]
fn a_calendar_answer_about_a_meeting_already_booked_is_no_new_round() {
    for (subject, body) in [
        (
            "New Time Proposed: Taylor / Globex - panel interview",
            "Cleo Wright has proposed a new time for this meeting.\n\nCurrent: Monday, 7 December 2026 10:00-11:00\nProposed: Monday, 7 December 2026 11:30-12:30\n\nThe room is double-booked in the morning - does half eleven suit you?",
        ),
        (
            "Tentative: Product Manager - second interview",
            "Ana Souza has tentatively accepted this meeting.\n\nWhen: Wednesday, 9 December 2026 14:00-15:00\nWhere: Video call\n\nI may be a few minutes late if my earlier call runs over.",
        ),
    ] {
        assert_ne!(reading_of(subject, body).says, Says::NextRound, "{subject}");
    }
}
