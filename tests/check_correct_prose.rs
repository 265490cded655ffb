//! Correct professional prose that a checker reading word by word gets wrong: dotted
//! abbreviations of days, months and office words before a comma or a number, a mobile
//! mail app's line under the message, British and Commonwealth spellings with a doubled
//! "l", a phrasal verb's particle followed by the same preposition, and the technical and
//! office words of the curated list. Every finding on these is a false alarm.

// The corpus's reading and scoring are not needed here, only its check.
#[allow(dead_code)]
#[path = "corpus/mod.rs"]
mod corpus;

use afterview::native::speller;
use corpus::{afterview, empty_state};

/// The spelling and grammar findings on `body`, as (the words marked, the message).
fn findings(body: &str) -> Vec<(String, String)> {
    let speller = speller().expect("dictionary");
    afterview(&speller, &empty_state(), "someone@example.com", body)
        .into_iter()
        .map(|f| (body[f.start..f.end].to_string(), f.message))
        .collect()
}

fn assert_clean(body: &str) {
    assert_eq!(findings(body), Vec::<(String, String)>::new(), "{body}");
}

#[test]
fn dotted_abbreviations_before_a_comma_or_a_number_are_right() {
    for body in [
        "The first day is Thurs., Jan. 8, and the induction runs until 4 p.m.",
        "Could we move the call to Wed., Sept. 16, at the same time?",
        "The assessment centre is on Fri., Feb. 6, from 9:30 a.m. to noon.",
        "I applied for the analyst opening (req. #2291) after our chat.",
        "The role pays approx. 58,000 a year, with a review after six months.",
        "Please quote ref. 4471 when you send the signed contract back.",
        "I have attached my certificates, transcripts, etc., as you asked.",
    ] {
        assert_clean(body);
    }
}

#[test]
fn a_dotted_abbreviation_does_not_hide_a_misspelling_at_a_sentence_end() {
    // A misspelt last word before a new sentence is still one.
    let found = findings("Thank you for the intervew. I enjoyed it.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_mobile_mail_app_line_is_not_a_sentence() {
    for body in [
        "Hi Dana,\n\nYes, Thursday at 2 works for me. See you then.\n\nTaylor\n\nSent from my iPhone",
        "Hi Dana,\n\nThanks, that time is fine.\n\nSent from my Galaxy",
        "Hi Dana,\n\nConfirmed for Monday.\n\nGet Outlook for Android",
    ] {
        assert_clean(body);
    }
}

#[test]
fn commonwealth_spellings_with_a_doubled_l_are_words() {
    assert_clean(
        "The panel will include two councillors and a careers counsellor from the borough.",
    );
}

#[test]
fn a_particle_then_the_same_preposition_is_not_a_repeated_word() {
    for body in [
        "Please log in in the morning to complete the online assessment.",
        "I will check in in person at the front desk on Monday.",
        "I can hand it in in the afternoon if that suits the panel.",
        "We can follow up on Friday and sign on on the day you start.",
    ] {
        assert_clean(body);
    }
    // A word written twice is still found.
    assert_eq!(findings("I look forward to to hearing from you.").len(), 1);
}

#[test]
fn technical_and_office_words_are_words() {
    assert_clean(
        "I set up a cron job, scanned each barcode, and filed the memoranda before the rideshare pick-up.",
    );
}
