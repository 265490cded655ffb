//! Conventions of real mail that are not mistakes, each beside a near miss that still is
//! one: a draft written in lower case throughout (a style, named once by the tone),
//! lines that are not prose, words of other languages, and the words and frames that
//! only look wrong out of their context.

use afterview::core::calendar::FixedZone;
use afterview::core::check::{check, Draft, Options};
use afterview::core::model::{state_from_value, Channel};
use afterview::native::speller;
use chrono::DateTime;
use serde_json::json;

/// Every finding on the body of `body`, as (finding id, the words marked, the message).
fn found(body: &str) -> Vec<(String, String, String)> {
    let speller = speller().expect("dictionary");
    let draft = Draft {
        channel: Channel::Email,
        to: vec!["someone@example.com".to_string()],
        subject: "Thank you".to_string(),
        body: body.to_string(),
        ..Draft::default()
    };
    let now = DateTime::parse_from_rfc3339("2026-11-20T09:00:00+00:00").expect("now");
    let options = Options {
        speller: Some(&speller),
        ..Options::default()
    };
    let units: Vec<u16> = body.encode_utf16().collect();
    let state = state_from_value(json!({
        "schema": 1,
        "profile": {"name": "Taylor Brooks", "email": "me@example.net", "timezone": "Europe/London"},
        "processes": [],
    }))
    .expect("state");
    check(&state, &draft, now, &FixedZone(*now.offset()), options)
        .findings
        .into_iter()
        .filter(|f| f.field == "body")
        .map(|f| {
            let marked = String::from_utf16_lossy(&units[f.start..f.end]);
            (f.id, marked, f.message)
        })
        .collect()
}

/// The spelling and grammar findings on `body`.
fn proofreading(body: &str) -> Vec<(String, String, String)> {
    found(body)
        .into_iter()
        .filter(|f| f.0 == "spelling" || f.0 == "grammar")
        .collect()
}

fn assert_clean(body: &str) {
    assert_eq!(proofreading(body), Vec::new(), "{body}");
}

#[test]
fn a_draft_in_lower_case_throughout_gets_one_finding_for_its_style() {
    let body = "hey Sam, great to talk today\n\nthe team liked your portfolio. we will send the brief on monday, so keep an eye out\n\nbest,\nrio";
    let all = found(body);
    let style: Vec<_> = all.iter().filter(|f| f.2.contains("lower case")).collect();
    assert_eq!(style.len(), 1, "{all:?}");
    assert_eq!(style[0].0, "casual", "{all:?}");
    assert!(
        !all.iter()
            .any(|f| f.2.contains("Start the sentence") || f.2.contains("End the sentence")),
        "{all:?}"
    );
    // The words are still read: a misspelling and a day in lower case are found.
    let typo = "hey Sam, great to talk today\n\nthe team liked your portfolo. we will send the brief on monday\n\nrio";
    let words: Vec<String> = proofreading(typo).into_iter().map(|f| f.1).collect();
    assert!(words.contains(&"portfolo".to_string()), "{words:?}");
    assert!(words.contains(&"monday".to_string()), "{words:?}");
}

#[test]
fn one_sentence_in_lower_case_among_capitals_is_still_a_mistake() {
    let body = "Hi Sam,\n\nThanks for the call today. the brief is attached. I look forward to the next round.\n\nBest,\nRio";
    let all = found(body);
    assert!(
        all.iter()
            .any(|f| f.0 == "grammar" && f.1 == "the" && f.2.contains("capital letter")),
        "{all:?}"
    );
    assert!(!all.iter().any(|f| f.2.contains("lower case")), "{all:?}");
}

#[test]
fn tagged_lines_emoji_bullets_blanks_to_fill_and_lower_case_keys_are_not_sentences() {
    for body in [
        "Hi Sam,\n\nWhere things stand:\n\n[DONE] reference check with your old manager\n[TODO: Sam] book the relocation flights\n[Confirm]  [Decline]\n\nBest,\nRio",
        "Hi Sam,\n\nThe package in short:\n\n💰 Base: £62,000\n🏖 Holiday: 28 days plus bank holidays\n🚆 Season ticket loan from the first month\n\nBest,\nRio",
        "Hi Sam,\n\nPlease number these in the order you prefer:\n\n__ Tue 8 Dec, 10:00\n__ Wed 9 Dec, 15:30\n\nBest,\nRio",
        "Hi Sam,\n\nA quick summary, as promised:\n\nstage: panel complete\nnext_step: reference call on Friday\n\nBest,\nRio",
    ] {
        assert_clean(body);
    }
    // A paragraph of prose with no final stop is still one, under a colon or not.
    let open = "Hi Sam,\n\nThe plan is simple.\n\nWe will send the contract on Monday and you can sign it when you are ready\n\nBest,\nRio";
    assert!(
        proofreading(open)
            .iter()
            .any(|f| f.2.contains("End the sentence")),
        "{open}"
    );
}

#[test]
fn verse_under_a_colon_and_a_line_that_closes_a_list_are_not_new_sentences() {
    for body in [
        "Hi Sam,\n\nOur team writes updates as verse, so here goes:\n\n  the panel has met\n  your slides are still on the wall\n  an answer by May\n\nBest,\nRio",
        "Hi Sam,\n\nPlease pick a lunch:\n1 - lentil curry\n2 - grilled fish with greens\nor let us know what you would prefer.\n\nBest,\nRio",
        "Hi Sam,\n\nIf Friday is taken, that would be... awkward, but we will manage.\n\nBest,\nRio",
    ] {
        assert_clean(body);
    }
    // A new sentence after a full stop still starts with a capital.
    let body = "Hi Sam,\n\nThe slides are great. they will go to the panel.\n\nBest,\nRio";
    assert!(proofreading(body).iter().any(|f| f.1 == "they"), "{body}");
}

#[test]
fn a_value_after_a_colon_and_a_quotation_signed_by_its_writer_need_no_full_stop() {
    for body in [
        "Hi Sam,\n\nThank you for joining the study. Your voucher code is here: QX-44TR-7N2P\n\nBest,\nRio",
        "Hi Sam,\n\nYou might like the piece on how our designers work: acme.example/blog/design\n\nBest,\nRio",
        "Dear Sam,\n\nThank you for applying to the analyst post.\n\nThe status of your application has changed to: IN REVIEW\n\nRecruitment Team",
        "Hi Sam,\n\nAnna left a note on your profile.\n\n\"What a year! Well deserved?\" - Anna Berg\n\nBest,\nRio",
        "Hi Sam,\n\nYour profile was viewed three times this week.\n\nJobMesh — the network for people who build\n",
    ] {
        assert_clean(body);
    }
    // A plain word after a colon is the end of a sentence that lacks its stop.
    let body = "Hi Sam,\n\nThank you for asking about the delay.\n\nThe reason we paused is simple: budget\n\nBest,\nRio";
    assert!(proofreading(body).iter().any(|f| f.1 == "budget"), "{body}");
}

#[test]
fn channels_hashtags_file_names_and_bare_web_addresses_are_not_words() {
    for body in [
        "Hi Sam,\n\nFor anything urgent, post in #hiring-ops and someone will answer.\n\nBest,\nRio",
        "Hi Sam,\n\nI have attached Offer_Summary_v4.pdf with the figures.\n\nBest,\nRio",
        "Hi Sam,\n\nThe call link is meet.acme.example/qwz-rtpk-mnb and it opens at ten.\n\nBest,\nRio",
    ] {
        assert_clean(body);
    }
    // A misspelling beside them is still one.
    let body = "Hi Sam,\n\nPost in #hiring-ops if the atachment does not open.\n\nBest,\nRio";
    assert!(
        proofreading(body).iter().any(|f| f.1 == "atachment"),
        "{body}"
    );
}

#[test]
fn a_line_in_two_languages_is_read_on_its_english_side() {
    for body in [
        "Hi Sam,\n\nWe look forward to meeting you.\n\nSrdačan pozdrav / Warm regards,\nMaja Horvat\nKadrovski odjel, Zagreb",
        "Hi Sam,\n\nThe details of the visit:\n\nJour / Day : mercredi 9 décembre / Wednesday 9 December\nLieu / Place : salle Lumière, 3e étage\n\nBest,\nRio",
        "Hi Sam,\n\nWe are glad to confirm your informal offer (naitei) for the analyst post.\n\nBest,\nRio",
        "Hi Sam,\n\nVi ser fram emot att träffa dig. / We look forward to meeting you.\n\nBest,\nRio",
    ] {
        assert_clean(body);
    }
    // A misspelling on an English line with a slash or brackets is still one.
    let body =
        "Hi Sam,\n\nPlease bring your pasport (or another photo ID) on the day.\n\nBest,\nRio";
    assert!(
        proofreading(body).iter().any(|f| f.1 == "pasport"),
        "{body}"
    );
}

#[test]
fn a_short_sentence_beside_another_language_and_greetings_of_other_languages_are_left_alone() {
    for body in [
        "Hei!\n\nOlen lomalla ja palaan toimistolle maanantaina 7.12. Viestit luetaan palattuani.\n\nI am on leave until Monday 7 December.\n\nAnna",
        "Jag är på semester och tillbaka på kontoret 7.12. E-post läses när jag är tillbaka.\n\nI am on holiday until 7 December.\n\nAnna",
        "Hola! I am away this week and back at my desk on Monday.\n\nCleo",
        "Bon dia Sam,\n\nThanks for your message: we will reply soon.\n\n¡Hasta pronto!\nCleo",
        "Hi Sam,\n\nThe wifi code is on the door, and I can whatsapp you the cutover plan.\n\nBest,\nRio",
    ] {
        assert_clean(body);
    }
    // A short English sentence with a typo beside an English one is still read.
    let body = "Hi Sam,\n\nI am on leave until Monday. Emails will be red latr.\n\nBest,\nRio";
    assert!(proofreading(body).iter().any(|f| f.1 == "latr"), "{body}");
}

#[test]
fn frames_that_only_look_wrong_are_right_and_their_mistakes_are_still_found() {
    for body in [
        "Hi Sam,\n\nCould you come in Thursday for the second round? Please pencil in Tuesday for our answer too.\n\nBest,\nRio",
        "Hi Sam,\n\nCould you let me have your answer on the offer by Monday?\n\nBest,\nRio",
        "Hi Sam,\n\nCould you send me details for two referees who managed you?\n\nBest,\nRio",
        "Hi Sam,\n\nThank you for your interest in the Head of Digital Products role.\n\nBest,\nRio",
    ] {
        assert_clean(body);
    }
    for (body, marked) in [
        (
            "Hi Sam,\n\nThe interview is in Thursday at ten.\n\nBest,\nRio",
            "in",
        ),
        (
            "Hi Sam,\n\nThank you for your reply on my email.\n\nBest,\nRio",
            "on",
        ),
        (
            "Hi Sam,\n\nCould you send me link for the call?\n\nBest,\nRio",
            "me link",
        ),
        (
            "Hi Sam,\n\nI am writing about my application for Senior Designer role.\n\nBest,\nRio",
            "Senior",
        ),
    ] {
        let all = proofreading(body);
        assert!(all.iter().any(|f| f.1 == marked), "{marked}: {all:?}");
    }
}

#[test]
fn honorifics_company_forms_encoded_line_ends_and_coded_values_are_right() {
    for body in [
        "Dear Rio-san,\n\nThank you for your patience.\n\nBest regards,\nDaichi",
        "Hi Sam,\n\nWe would like to meet you again.\n\nThor\nFjord Data ehf., Reykjavik",
        "Hi Sam,=20\n\nThanks for checking in. We will be in touch soon.=20\n\nBest,=20\nNadia",
        "Hi Sam,\n\nA guest account is ready for your visit.\n\nUsername: guest-sbrooks\nPassword: at the front desk\n\nBest,\nRio",
    ] {
        assert_clean(body);
    }
    let all = proofreading("Hi Sam,\n\nI will be in san francisco next week.\n\nBest,\nRio");
    assert!(all.iter().any(|f| f.1 == "san"), "{all:?}");
    let all = proofreading("Hi Sam,\n\nStatus: atachment received\n\nBest,\nRio");
    assert!(all.iter().any(|f| f.1 == "atachment"), "{all:?}");
}

#[test]
fn text_speak_is_the_tones_to_name() {
    let all = found("Hi Sam,\n\nCan we talk tmrw? gg on the final round.\n\nBest,\nRio");
    for word in ["tmrw", "gg"] {
        assert!(
            all.iter().any(|f| f.0 == "casual" && f.1 == word),
            "{word}: {all:?}"
        );
        assert!(
            !all.iter().any(|f| f.0 == "spelling" && f.1 == word),
            "{word}: {all:?}"
        );
    }
}

#[test]
fn plurals_in_eas_take_a_plural_verb() {
    for body in [
        "Hi Sam,\n\nYour ideas were thoughtful, and your ideas for our booking service were practical.\n\nBest,\nRio",
        "Hi Sam,\n\nThe areas we covered were broad.\n\nBest,\nRio",
    ] {
        assert_clean(body);
    }
    let all = proofreading("Hi Sam,\n\nYour idea were thoughtful.\n\nBest,\nRio");
    assert!(all.iter().any(|f| f.1 == "were"), "{all:?}");
}

#[test]
fn a_short_word_cut_before_a_number_ends_no_question() {
    assert_clean("Hi Sam,\n\nWould Thursday suit you at kl. 13 Oslo time (the same as London)? It will be on video.\n\nBest,\nRio");
    let all = proofreading("Hi Sam,\n\nWould Thursday suit you at one o'clock.\n\nBest,\nRio");
    assert!(all.iter().any(|f| f.2.contains("question mark")), "{all:?}");
}

#[test]
fn units_of_measure_are_not_misspellings() {
    assert_clean(
        "The new recipe keeps each portion under 450 kcal. The titration used 0.2 mmol \
         of acid, and the yield was 3 mol per batch.",
    );
    assert_clean("The binding energy came out at 12 kcal/mol in the final run.");
    // A typing slip near a unit is still a slip.
    assert_eq!(
        proofreading("We will recieve the samples on Friday.").len(),
        1
    );
}

#[test]
fn et_al_in_a_citation_is_not_a_name_in_lower_case() {
    assert_clean("Hi Sam,\n\nThe review by Mensah et\nal. covers it, and Osei et al. agree.\n\nBest,\nTaylor");
    assert_clean("The approach follows Mensah et al. and was repeated by our group.");
    assert_clean("As Mensah et al. reported, the effect held across both sites.");
    // A name in lower case elsewhere is still one.
    assert_eq!(proofreading("I spoke with sarah about the rota.").len(), 1);
}

#[test]
fn festivals_of_many_cultures_are_names() {
    assert_clean(
        "Eid falls on a Monday this year, so the office closes. Diwali and Hanukkah \
         come later, and Vesak is in May.",
    );
    // A misspelt word that starts a sentence is still flagged.
    assert_eq!(proofreading("Recieve the pack before Friday.").len(), 1);
}

#[test]
fn a_numbering_abbreviation_before_a_number_is_not_a_misspelling() {
    assert_clean("I edited two episodes of the series.\n\nEp 3 ran long, so we cut it.");
    assert_clean("I edited two episodes.\n\nEp. 4 was the harder one.");
    // The same letters not before a number are still flagged.
    assert_eq!(
        proofreading("I edited two episodes.\n\nEp was the harder one.").len(),
        1
    );
}

#[test]
fn a_line_in_capitals_closing_a_paragraph_needs_no_full_stop() {
    assert_clean(
        "Hello Sam,\n\nThe studio is booked for the shoot next week.\nTWO SEATS STILL FREE ON THE CREW BUS\n\nBest,\nTaylor",
    );
    // The same line in ordinary case is a sentence and still needs its full stop.
    let found = proofreading(
        "Hello Sam,\n\nThe studio is booked for the shoot next week.\nTwo seats are still free on the crew bus\n\nBest,\nTaylor",
    );
    assert_eq!(found.len(), 1, "{found:?}");
}
