//! Correct professional prose that a checker reading word by word gets wrong: dotted
//! abbreviations of days, months and office words before a comma or a number, a mobile
//! mail app's line under the message, British and Commonwealth spellings with a doubled
//! "l", a phrasal verb's particle followed by the same preposition, the technical and
//! office words of the curated list, loan phrases and combining forms, abbreviations said
//! as words, indented lines under a list item, a name first met at a sentence's start,
//! and words that look like a mix-up only out of their clause ("the points I mentioned
//! about", "at interview"), the verb of an infinitive after a noun, the signatures,
//! letterheads, headings and lead-in lines of employers' mail, sentences in another
//! language, and the sentences employers write most. Every finding on these is a false
//! alarm.

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

#[test]
fn words_made_from_dictionary_words_are_words() {
    for body in [
        // A prefix before a word the dictionary knows.
        "We are deduplicating the records and reconciling the intercompany balances.",
        "The team is replatforming the app and decommissioning the old servers.",
        "I have been co-leading the preonboarding sessions and the multiregion rollout.",
        // "-wards" adverbs, "-or" for the one that does it, and plurals of "-ing" nouns.
        "From January onwards the effector assays move to the new lab.",
        "The tailings from the site and the sightings from the survey are logged.",
        // Numbers of Indian English, and a hyphenated compound.
        "The package is 18 lakh a year, about two crore over the term.",
        "We hold blameless post-mortems after every incident.",
        // A compound next to a letter of more than one byte ("café-style").
        "The café-style canteen and the naïve-looking post-mortems were both fine.",
    ] {
        assert_clean(body);
    }
}

#[test]
fn misspellings_that_look_derived_are_still_misspellings() {
    for word in [
        "untill",
        "recieve",
        "dissapoint",
        "preformance",
        "overal",
        "reccomend",
        "definately",
        "occured",
    ] {
        let body = format!("I will {word} the plan.");
        assert_eq!(
            findings(&body)
                .iter()
                .filter(|f| f.0 == word && f.1.contains("misspelled"))
                .count(),
            1,
            "{body}: {:?}",
            findings(&body)
        );
    }
}

#[test]
fn one_of_these_takes_a_singular_verb() {
    for body in [
        "None of these is a deal-breaker for me.",
        "Each of those was a fair question.",
        "Neither of these has to be settled before Friday.",
    ] {
        assert_clean(body);
    }
    assert_eq!(findings("These is the dates that work for me.").len(), 1);
}

#[test]
fn a_name_alone_on_the_last_line_is_a_signature() {
    for body in [
        "Thanks, Gemma. Tuesday at 10 is perfect. See you then.\n\nRavi",
        "Hi Tom,\n\nYes, 2:30 tomorrow works.\n\nMarta K.",
        "Got it, thank you!\n\nRavi Shankar\n\n> On Monday, Gemma wrote:\n> Does Tuesday suit?",
    ] {
        assert_clean(body);
    }
    // A sentence on the last line is still read as one.
    assert_eq!(findings("See you then.\n\nThnaks again").len(), 1);
}

/// The spelling findings on `body` as the command line checks it: the slow suggester
/// asked for up to three words that have no close one.
fn spelling_with_suggestions(body: &str) -> Vec<String> {
    use afterview::core::calendar::FixedZone;
    use afterview::core::check::{check, Draft, Options};
    use afterview::core::model::Channel;
    let speller = speller().expect("dictionary");
    let draft = Draft {
        channel: Channel::Email,
        to: vec!["someone@example.com".into()],
        body: body.to_string(),
        subject: "Thank you".into(),
        ..Draft::default()
    };
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-20T09:00:00+00:00").expect("now");
    let options = Options {
        speller: Some(&speller),
        suggestions: 3,
        known: None,
        sent: None,
        spelling: None,
    };
    check(
        &empty_state(),
        &draft,
        now,
        &FixedZone(*now.offset()),
        options,
    )
    .findings
    .into_iter()
    .filter(|f| f.id == "spelling")
    .map(|f| f.message)
    .collect()
}

#[test]
fn a_name_at_a_sentence_start_is_a_name_however_the_suggester_is_asked() {
    for body in [
        "Thank you again.\n\nAkosua's point about supplier lead times was especially useful.",
        "Please let me know if anything is missing.\n\nYuki Tanaka joins the call on Friday.",
        "Kwame Asante sent the footage this morning.",
    ] {
        assert_eq!(
            spelling_with_suggestions(body),
            Vec::<String>::new(),
            "{body}"
        );
    }
    // A misspelt word at a sentence's start is still one.
    assert_eq!(
        spelling_with_suggestions("Thnaks again for the call.").len(),
        1
    );
}

#[test]
fn name_particles_and_hyphenated_given_names_in_a_signature_are_names() {
    for body in [
        "Thank you for your time.\n\nMet vriendelijke groet,\nSanne de Vries",
        "Thank you for your time.\n\nKind regards,\nHye-jin Park",
        "Thank you for your time.\n\nBest,\nLudwig van der Berg\nData Lead | Polder Analytics",
    ] {
        assert_eq!(
            spelling_with_suggestions(body),
            Vec::<String>::new(),
            "{body}"
        );
    }
}

#[test]
fn two_people_joined_by_and_take_a_plural_verb() {
    for body in [
        "The recruiter and the manager were very kind.",
        "The councillors and the panellist were very kind.",
        "My manager and the recruiter were both there.",
    ] {
        assert_clean(body);
    }
    assert_eq!(findings("The manager were very kind.").len(), 1);
}

#[test]
fn greetings_and_closings_in_other_languages_and_their_phrases_are_left_alone() {
    for body in [
        "Kia ora Hamish,\n\nThank you for the interview on Monday.\n\nNgā mihi,\nAroha",
        "Hi Siobhán,\n\nThank you for the call.\n\nGo raibh míle maith agat,\nNiamh",
        "Your description of the practice's raison d'être stayed with me.",
        "The team works with iwi partners and the local kura on the design brief.",
    ] {
        assert_eq!(
            spelling_with_suggestions(body),
            Vec::<String>::new(),
            "{body}"
        );
        assert_clean(body);
    }
}

#[test]
fn words_of_the_trades_and_of_two_words_are_words() {
    for body in [
        // Two dictionary words closed up, and words derived from dictionary words.
        "The firm keeps its workpapers in the cloud, and I was the approver of every variation.",
        "My fellowship in neonatology and my work in transcriptomics both used statsmodels.",
        "The claim was compensable, and the daily prestart meeting kept the crews aligned.",
        // Words of shipping, construction and nursing.
        "I resolved demurrage claims and laytime disputes, and kept the submittal log on a med-surg unit.",
    ] {
        assert_clean(body);
    }
    // Closed-up phrases that are mistakes stay mistakes.
    for wrong in ["everytime", "alot", "infact"] {
        let body = format!("I check the dashboard {wrong} we meet.");
        assert!(!findings(&body).is_empty(), "{body}");
    }
}

#[test]
fn a_place_named_twice_is_not_a_repeated_word() {
    assert_clean("The clinic is in Walla Walla, so the commute would be short.");
    assert_eq!(findings("The the clinic is close.").len(), 1);
}

#[test]
fn a_thing_mentioned_before_its_relative_clause_takes_about() {
    for body in [
        "Here are the two points I mentioned about my placement year.",
        "Everything we discussed about the rota is in the shared folder.",
    ] {
        assert_clean(body);
    }
    // With nothing mentioned before it, "about" is one word too many.
    for wrong in [
        "I mentioned about my placement year on the call.",
        "We discussed about the rota on Monday.",
    ] {
        assert_eq!(findings(wrong).len(), 1, "{wrong}");
    }
}

#[test]
fn at_interview_complements_and_compliments_read_as_written() {
    for body in [
        "As discussed at interview, I can start in the new year.",
        "The workshop was a lovely complement to the reading list.",
        "I would like to compliment the panel on a fair and friendly process.",
    ] {
        assert_clean(body);
    }
    assert_eq!(findings("Thank you for the lovely complement.").len(), 1);
}

#[test]
fn abbreviations_said_as_words_take_a() {
    for body in [
        "The board's decision was a unanimous one, and it came with a uterine health grant.",
        "I am applying for a SENCO role in the autumn.",
        "The team built a LIBOR fallback model, and an HTML report for each desk.",
        "I prepared a FERC filing and reviewed a NERC standard for the grid team.",
        "The model's quality is shown by a ROC curve, and by an ROC curve for each cohort.",
    ] {
        assert_clean(body);
    }
    assert_eq!(findings("We signed a NDA before the visit.").len(), 1);
}

#[test]
fn a_compound_noun_takes_its_plural_on_its_last_part() {
    assert_clean("We did two run-throughs of the demo and three walk-throughs with the client.");
    assert_eq!(findings("We did two run-thruoghs of the demo.").len(), 1);
}

#[test]
fn degrees_written_with_full_stops_end_no_sentence_and_are_said_letter_by_letter() {
    for body in [
        "I hold a B.Sc. in physics and an M.Sc. in data science.",
        "She finished her Ph.D. at Leeds and a B.A. in history before that.",
        "He studied for an LL.B. in Dublin and then an M.Phil. in Cambridge.",
    ] {
        assert_clean(body);
    }
    assert_eq!(findings("I have a M.Sc. in economics.").len(), 1);
}

#[test]
fn phrases_of_the_courts_and_the_kitchen_and_combining_forms_are_words() {
    for body in [
        "I prepared motions in limine and helped with voir dire.",
        "I have cooked à la carte and banquet menus, and I know whisky well.",
        "My thesis used cryo-EM and electro-physiology data.",
    ] {
        assert_clean(body);
    }
}

#[test]
fn indented_lines_under_a_list_item_are_part_of_it() {
    assert_clean(
        "Dear Ana,\n\nMy referees:\n\n1. Sam Reid, Site Manager\n   Oversaw my work on the depot, 2021–2023\n2. Kim Lowe, Planner\n   Worked with me on the programme and the RFIs\n\nKind regards,\nJo",
    );
}

#[test]
fn a_name_written_elsewhere_in_the_draft_is_a_name_at_a_sentence_start() {
    let body = "Hi Stefan,\n\nLaine thought we should talk, so her note is below.\n\nBest,\nLindiwe\n\n---------- Forwarded message ---------\nFrom: Laine Ferris <laine@example.org>\n\nStefan, meet Lindiwe.";
    assert_clean(body);
    // Alone, an unknown word near a dictionary word is still looked at.
    let alone = "Hi Stefan,\n\nLaine thought we should talk.\n\nBest,\nLindiwe";
    assert!(
        findings(alone).iter().any(|f| f.0 == "Laine"),
        "{:?}",
        findings(alone)
    );
}

/// Each (right, wrong) pair: the right sentence raises nothing, the wrong one a finding.
fn right_and_wrong(pairs: &[(&str, &str)]) {
    for (right, wrong) in pairs {
        assert_clean(right);
        assert!(!findings(wrong).is_empty(), "{wrong}");
    }
}

#[test]
fn prepositions_after_adjectives_and_verbs_and_before_a_year() {
    right_and_wrong(&[
        (
            "The layout is similar to the old one.",
            "The layout is similar with the old one.",
        ),
        (
            "I am familiar with the audit cycle.",
            "I am familiar in the audit cycle.",
        ),
        (
            "We reached an agreement on Tuesday.",
            "We reached to an agreement on Tuesday.",
        ),
        ("I qualified in 2016.", "I qualified at 2016."),
        (
            "Costs were held at 2016 levels.",
            "I will reply you by Monday.",
        ),
    ]);
}

#[test]
fn words_left_out_after_thank_hope_hesitate_and_one() {
    right_and_wrong(&[
        (
            "Thank you for the tour of the lab.",
            "Thank for the tour of the lab.",
        ),
        ("I hope you're keeping well.", "I hope you keeping well."),
        (
            "Please do not hesitate to call.",
            "Please do not hesitate call.",
        ),
        (
            "It was one of the best visits I have made.",
            "It was one the best visits I have made.",
        ),
        (
            "Have you been working remotely?",
            "I been working remotely for a year.",
        ),
    ]);
}

#[test]
fn plurals_with_an_apostrophe_after_a_compound_or_before_a_modal() {
    right_and_wrong(&[
        (
            "We wrapped two third-party SDKs last year.",
            "We wrapped two third-party SDK's last year.",
        ),
        (
            "Hoping the team's on board with the plan.",
            "The other tenant's would also sign the lease.",
        ),
        (
            "The trained nurse's notes were clear.",
            "I spent a year managing contractor's across the region.",
        ),
    ]);
}

#[test]
fn on_a_roll_role_models_and_uncountable_staff() {
    right_and_wrong(&[
        (
            "She took on a role with more travel.",
            "Our team was really on a role.",
        ),
        (
            "She has been a role model to me.",
            "She has been a roll model to me.",
        ),
        (
            "The project progresses well, and she staffs the desk on Mondays.",
            "Our staffs at the depot made good progresses this year.",
        ),
    ]);
}

#[test]
fn homophones_of_follow_ups_read_by_their_neighbours() {
    right_and_wrong(&[
        (
            "The aim is to close the deal and to slow churn.",
            "The notice period is a little to long for me.",
        ),
        (
            "I am glad to wave the flag for the team.",
            "Could you wave the deposit for the parking permit?",
        ),
        (
            "We talked about the weather on the walk.",
            "I am checking weather I can start earlier.",
        ),
        (
            "The deadline passed last week.",
            "I walked passed the office on Friday.",
        ),
        (
            "I'd rather meet first, then decide.",
            "I'd rather start now then wait for June.",
        ),
    ]);
}

#[test]
fn accept_except_compliment_and_whose_read_by_their_neighbours() {
    right_and_wrong(&[
        (
            "Everyone accepted the new rota.",
            "All the rooms are ready, accept the small one.",
        ),
        (
            "The module would complement my degree.",
            "Please complement Omar on the handover notes.",
        ),
        (
            "I know whose desk this is.",
            "Do you know whose free on Monday?",
        ),
        (
            "I have seen you're busy this month.",
            "I have read you're report on the pilot.",
        ),
    ]);
}

#[test]
fn borrowing_lending_and_an_article_before_a_job_after_as() {
    right_and_wrong(&[
        (
            "Could I lend a hand with the move?",
            "I could lend a tripod from the camera club.",
        ),
        (
            "May I borrow your stapler?",
            "I am glad to borrow the new hire my old laptop.",
        ),
        (
            "We worked as hard as we could, as planned.",
            "I worked as site engineer for two years.",
        ),
        (
            "I have a strong interest in grid design.",
            "I have strong interest in grid design.",
        ),
    ]);
}

#[test]
fn affect_their_loose_and_a_time_compared_twice() {
    right_and_wrong(&[
        (
            "The new lead effected change quickly.",
            "The outage effected revenue for a week.",
        ),
        (
            "They said their marketing team would call.",
            "They said their hoping to decide soon.",
        ),
        (
            "I will send more later.",
            "The contract had lose wording on overtime.",
        ),
        (
            "Could we meet earlier in the week?",
            "Could we find a more earlier slot?",
        ),
    ]);
}

#[test]
fn comma_splices_double_objects_and_plurals_before_a_later_verb() {
    right_and_wrong(&[
        (
            "When I visited, it was raining, and I hope so, it is a big step.",
            "I toured the new plant, it was very impressive.",
        ),
        (
            "My partner and I offered to help.",
            "They offered Jo and I a second interview.",
        ),
        (
            "The manager's on leave this week.",
            "The FAQ's on the portal answered my questions.",
        ),
        (
            "My duty's clear: run the line.",
            "My duty's at the plant included the safety checks.",
        ),
    ]);
    // The plural of a noun in "-y" takes "-ies".
    let fixes: Vec<String> = corpus::afterview(
        &speller().expect("dictionary"),
        &empty_state(),
        "someone@example.com",
        "My duty's at the plant included the safety checks.",
    )
    .into_iter()
    .map(|f| f.fix)
    .collect();
    assert_eq!(fixes, ["duties"]);
}

#[test]
fn led_role_its_a_business_and_its_verb_and_a_comma_before_a_verb() {
    right_and_wrong(&[
        (
            "Please lead the tour, and let Omar lead the questions.",
            "I liked how Dr. Osei lead the debrief.",
        ),
        (
            "The manager, who interviewed me, was kind.",
            "The manager who interviewed me, was kind.",
        ),
        (
            "Could the company offer a later start?",
            "I gather the company offer a cycle scheme.",
        ),
        (
            "The staff were very complimentary about my work.",
            "Our strengths are really complimentary.",
        ),
    ]);
}

#[test]
fn two_owned_nouns_with_phrases_take_a_plural_verb() {
    right_and_wrong(&[(
        "My work with the team and the client makes the week busy.",
        "My training in welding and my time on the rigs makes me a safe pair of hands.",
    )]);
}

#[test]
fn a_time_of_day_after_on_takes_at() {
    right_and_wrong(&[(
        "The call is on 3 March at 2 p.m., and we finished in 2 hours.",
        "Can we speak on 3 p.m. on Thursday?",
    )]);
}

#[test]
fn a_university_named_after_its_place_is_a_name() {
    right_and_wrong(&[(
        "I studied at the University of Leeds, the university of my choice.",
        "I studied at the university of Leeds.",
    )]);
}

#[test]
fn luck_with_your_accept_borrow_confused_and_follow_up_on() {
    right_and_wrong(&[
        (
            "Good luck with you all.",
            "Good luck with you new role in Porto.",
        ),
        (
            "I was confusing the two dates.",
            "I was a bit confusing by the brief.",
        ),
        (
            "I will follow up on the interview.",
            "I wanted to follow up our call on Monday.",
        ),
        (
            "Please send a link to the deck.",
            "Please send link for the call.",
        ),
    ]);
}

#[test]
fn the_verb_of_an_infinitive_after_a_noun_is_not_the_nouns_verb() {
    for body in [
        "The plan to send the deck on Friday still stands.",
        "Our offer to cover the travel is still open.",
        "The chance to present the case study made the day for me.",
    ] {
        assert_clean(body);
    }
}

#[test]
fn one_word_gets_one_finding_even_when_two_rules_see_it() {
    // The mix-up of "lead" and "led" and the agreement of "lead" with "she" both see the
    // same word: the user is offered one fix, not two that disagree.
    let found = findings("She lead the design review last week.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "lead");
}

#[test]
fn a_team_signature_a_letterhead_a_heading_and_a_lead_in_need_no_full_stop() {
    for body in [
        // A team or a department signs, with no sign-off before it.
        "Dear Taylor,\n\nThanks for your time today. We will be in touch next week.\n\nHarbourside Clinic People Team",
        "Hi Taylor,\n\nThe panel has everything it needs.\n\nMarek\nTalent Partner, Brightwater Logistics",
        "Hi Taylor,\n\nWe will confirm the room on Monday.\n\nRecruiting Operations, Ashgrove University",
        // A longer sign-off over the name and title.
        "Dear Taylor,\n\nWe have decided not to take your application further.\n\nWith every good wish for your search,\nHugh Barrow\nHead of Design, Quarry Lane Studio",
        "Dear Taylor,\n\nPlease confirm the appointment by return mail.\n\nWith friendly greetings\nLena Vogt\nPeople & Culture, Birkenhof GmbH",
        // Lists with check boxes and arrows.
        "Hi Taylor,\n\nStill to do before you start:\n\n[ ] Bank details for payroll - due Monday 14 December\n[x] Signed contract - received\n\u{25b6} Changes take effect from 1 January 2027\n\nBest,\nAmy",
        // A letterhead and an address at the top of a formal letter.
        "NORTHWIND FREIGHT LTD\n14 Harbour Road, Leith EH6 7QR\n\n3 December 2026\n\nDear Taylor,\n\nWe are pleased to confirm your start date.\n\nYours sincerely,\nJune Aldous",
        // Headings alone on their line, above fields or a paragraph.
        "Dear Taylor,\n\nSecond Stage Interview Details\nDate: Thursday 10 December\nTime: 14:00\n\nPlease bring photo ID.\n\nKind regards,\nAmy",
        "Dear Taylor,\n\nSTRICTLY PRIVATE AND CONFIDENTIAL\n\nWe are pleased to offer you the post.\n\nKind regards,\nAmy",
        // Short lines under a line that ends with a colon: a list without bullets.
        "Hi Taylor,\n\nTimes that work for the panel:\nTue 1 Dec - 14:00 to 17:00\nWed 2 Dec - any time\n\nBest,\nAmy",
        "Hi Taylor,\n\nThe afternoon runs like this:\n13:00 - Welcome and coffee\n13:20 - Case study with the product team\n13:50 - Your questions for us\n\nBest,\nAmy",
        // A company form of Malaysia before a comma.
        "Thank you for applying to Kinabalu Digital Sdn. Bhd., based in Kuala Lumpur.",
        // A hard-wrapped sentence after a label.
        "Hi Taylor,\n\nNext steps: a 90-minute design session with Raj and Mei, and a short\nchat with our CTO. I will send times tomorrow.\n\nBest,\nLaura",
        // A line that leads into a list or a contact on the next line.
        "Hi Taylor,\n\nHere is how your first week looks\n- Monday: laptop and badge\n- Tuesday: shadowing the support desk\n\nBest,\nAmy",
        "Hi Taylor,\n\nIf you would like feedback, please get in touch with\nRosa Vance <rosa.vance@example.com>\n\nBest,\nAmy",
        // A name after a dash at the end of a short note.
        "Taylor, thanks again for coming in. I will call you on Monday with news. - Priya",
        "Could you send me two references by Friday? Ta. Bill",
        "I will ring you after the panel to explain properly. Cleo",
        "I checked the contract and it all looks fine to me. Cheers, Dean",
    ] {
        assert_clean(body);
    }
}

#[test]
fn table_rows_leader_dots_lines_under_a_colon_and_a_product_footer_need_no_full_stop() {
    for body in [
        // A row of column names, one of them abbreviated.
        "Please send two references in this format:\n\nFull name | Job title | Company | Tel. No. | Email\n\nThank you.",
        // A table whose rows are joined to their figures by leader dots.
        "Your package is as follows:\n  Base pay .............. 60,000\n  Car allowance ..... 4,800\n\nPlease sign and return the letter.",
        // A criterion quoted under the line that leads into it, after a blank line.
        "The panel found that your application did not show this criterion:\n\nC3 - Experience of leading a team of five or more\n\nYou may ask for feedback within ten days.",
        // A product's footer under the message.
        "Please choose a time for your video interview using the link below.\n\nSlotwise - interview scheduling made simple",
    ] {
        assert_clean(body);
    }
    // A sentence that ends the mail still needs its full stop, and dots between words
    // without spaces are still a repeated mark.
    assert_eq!(
        findings("Thanks for your time today.\n\nI look forward to hearing from you soon").len(),
        1
    );
    assert_eq!(findings("I waited....and then called them.").len(), 1);
}

#[test]
fn a_sentence_in_another_language_is_left_alone() {
    for body in [
        "Thank you for your message. I am out of the office until Monday 14 December.\n\nJe suis absente du bureau jusqu'au lundi 14 décembre.",
        "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ich bin bis zum 4. Januar nicht im Büro.",
        "Gracias por su mensaje. Estoy fuera de la oficina hasta el lunes.\n\nThanks, I am away until Monday.",
        "Thanks for your message. I am away until Monday.\n\nVoor dringende vragen over sollicitaties kun je contact opnemen met de afdeling personeelszaken.",
        "I am back on Thursday 10 December.\n\nCordiali saluti\nGiulia Romano",
    ] {
        assert_clean(body);
    }
}

#[test]
fn short_sentences_greetings_and_sign_offs_in_other_languages_are_left_alone() {
    for body in [
        "Hoi Taylor,\n\nGoed nieuws uit Rotterdam! The team would like to meet you again.",
        "Deze week volgt het contract. Any questions, just ask.",
        "Hola Taylor, ¿te viene bien el martes? We could do 11:00.",
        "Notre équipe vous répondra. Thank you for your patience.",
        "Thank you for coming in on Friday.\n\nIs mise le meas,\nSiobhán",
        "Sehr geehrte Frau Weber,\n\nThank you for your application.",
        "Thanks for your time today. Terima kasih, and speak soon.",
        "Thank you, and we will be in touch.\n\nMet vriendelijke groet,\nDaan",
    ] {
        assert_clean(body);
    }
}

#[test]
fn words_of_another_language_inside_an_english_sentence_are_left_alone() {
    for body in [
        "Could we meet on viernes 8 de enero at noon, Madrid time?",
        "We are still deciding, nous vous répondrons dès que possible, as soon as we can.",
        "The panel is on donderdag 14 januari in the Utrecht office.",
    ] {
        assert_clean(body);
    }
    // The English around them is still read.
    let found = findings("Could we meet on viernes 8 de enero at noon, or teh week after?");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "teh");
    let found = findings("I met Ana de la Cruz and teh team in Madrid.");
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn the_sentences_employers_write_most_are_right() {
    for body in [
        "We regret to inform you that you were not selected for the next stage.",
        "I am delighted to tell you that you were the panel's first choice.",
        "Please reply by 9 December, signing the attached copy of the contract.",
        "Please see attached list of the documents to bring on your first day.",
        "The client has come back to us and they have chosen another candidate.",
        "We are waiting on one more interviewer's feedback before we decide.",
        "Everyone who met you was impressed by the case study.",
        "Your offer is awaiting your response in the candidate portal.",
        "Thank you for the time you spent with us. You applied to a job we have now filled.",
    ] {
        assert_clean(body);
    }
}

#[test]
fn company_suffixes_abbreviations_and_contractions_of_everyday_mail_are_words() {
    assert_clean("Our parent company, a listed plc, has approved req 4471, and there'll be a short, untimed test of 30 mins. That's ok with us, and there'd be no cost to you.");
}

#[test]
fn an_abbreviation_before_a_bracket_or_in_another_alphabet_ends_no_sentence() {
    for body in [
        "The terms (salary, start date, etc.) are in the attached letter.",
        "Thank you for applying to Kervan Dijital A.Ş. for the analyst post.",
    ] {
        assert_clean(body);
    }
}

#[test]
fn words_of_software_data_and_finance_teams_are_words() {
    assert_clean("I updated the config and the auth schemas, added two upserts to the intraday job, and quantized the model. The dialogs are skimmable now, the financials and industrials desks have their runbooks, and we can prepone the review.");
}

#[test]
fn words_of_programming_hospital_work_contracts_and_copying_are_words() {
    for body in [
        "The service is stateful, so each worker takes a mutex before it writes; the code is in the src folder.",
        "I did the rostering for the ward, and I am confident with venepuncture and cannulation.",
        "The parol evidence rule came up in the contract review, and I cc'd the partner on my notes.",
    ] {
        assert_clean(body);
    }
}

#[test]
fn medicines_reference_lists_folder_trees_and_loan_phrases_are_right() {
    for body in [
        "On the ward I managed patients on rivaroxaban and dabigatran, and monitored gentamicin levels.",
        "I have attached two of my papers:\n\n[1] Okafor N, Lee J. Cell Rep. 2023;42(2):112-130. doi:10.1016/j.celrep.2023.112130\n[2] Okafor N. Blood. 2022;139(7):1001-1012.\n\nBoth are open access.",
        "The repository is laid out like this:\n\n  churn-model/\n    data/\n    src/\n    README.md\n\nThe README explains how to run it.",
        "The package includes vales de despensa and private medical cover.",
        "I ran the kapa haka group at my last school.",
    ] {
        assert_clean(body);
    }
    // A misspelt word is still one beside a word of another language's list.
    assert_eq!(
        findings("I met the team at the bureau de change and said helo.").len(),
        1
    );
}

/// Finds a grammar finding over `words` in `body`, with its fix.
fn fix_over(body: &str, words: &str) -> Option<String> {
    let speller = speller().expect("dictionary");
    let at = body.find(words).expect("the words");
    afterview(&speller, &empty_state(), "someone@example.com", body)
        .into_iter()
        .find(|f| f.id == "grammar" && f.start < at + words.len() && at < f.end)
        .map(|f| f.fix)
}

#[test]
fn homophones_of_office_writing_read_as_written_where_they_fit() {
    for body in [
        "Sales peak in December, and I had a peek at the forecast.",
        "I worked through the case study, and the weak point was the budget.",
        "The signal is discrete, and the city council met on Monday.",
        "We passed the audit in the past year, and the weather was poor.",
        "I was glad to hear from you, and the files are here.",
        "The principal engineer explained the principle behind the design.",
    ] {
        assert_clean(body);
    }
    for (body, words, fix) in [
        ("Your talk peaked my interest.", "peaked", "piqued"),
        ("I worked threw the case study.", "threw", "through"),
        ("My interview is next weak, on Tuesday.", "weak", "week"),
        ("Please keep it discrete for now.", "discrete", "discreet"),
        ("I lost site of the budget.", "site", "sight"),
        ("In the passed, I worked in retail.", "passed", "past"),
        ("I past the final assessment.", "past", "passed"),
        ("I was glad to here that.", "here", "hear"),
    ] {
        assert_eq!(fix_over(body, words).as_deref(), Some(fix), "{body}");
    }
}

#[test]
fn a_word_left_out_is_marked_on_both_sides_of_the_gap() {
    for body in [
        "I would like to ask about the start date.",
        "The project you'd be joining is new, and the team will be expanding.",
        "What I think is important is the team.",
        "Our preferred start date is 1 March, and I need help with the form.",
        "I will talk you through the process.",
    ] {
        assert_clean(body);
    }
    for (body, words, fix) in [
        (
            "I will send it as soon possible.",
            "possible",
            "soon as possible",
        ),
        ("Thank you your time.", "your", "Thank you for your"),
        ("I would to thank you.", "to", "would like to"),
        ("The team be expanding next year.", "be", "team will be"),
        ("I have attached CV and a letter.", "CV", "attached my CV"),
        ("I wanted to if the role is open.", "if", "to ask if"),
        ("I apologise the delay.", "the", "apologise for the"),
    ] {
        assert_eq!(fix_over(body, words).as_deref(), Some(fix), "{body}");
    }
}

#[test]
fn prepositions_participles_and_long_subjects_agree() {
    for body in [
        "All suppliers must comply with the rules, and I am proficient in Python.",
        "I have forgotten nothing, and the report was written by the team.",
        "The rest of the new hires are starting in May.",
        "The majority of the new hires are remote.",
    ] {
        assert_clean(body);
    }
    for (body, words, fix) in [
        ("We must comply to the rules.", "to", "with"),
        ("I specialise on tax law.", "on", "in"),
        ("The report was wrote by the team.", "wrote", "written"),
        ("The cost of the new licences are high.", "are", "is"),
        ("Anyone in the sales teams are welcome.", "are", "is"),
        (
            "The job requirements includes French.",
            "includes",
            "include",
        ),
    ] {
        assert_eq!(fix_over(body, words).as_deref(), Some(fix), "{body}");
    }
}

#[test]
fn questions_comma_splices_and_lists_are_punctuated_only_when_plain() {
    for body in [
        "Could you send me the link to the form.",
        "Should there be any questions or concerns, please let me know.",
        "Thank you for your time, and I look forward to hearing from you.",
        "It was a long day, I know.",
        "My duties included payroll, invoicing and reporting.",
        "I led the design; Sam and Priya built the service.",
    ] {
        assert_clean(body);
    }
    for (body, words, fix) in [
        ("Would Tuesday or Wednesday work better for you.", ".", "?"),
        ("Should I bring my laptop.", ".", "?"),
        (
            "Thank you for your time, I look forward to it.",
            "time, I",
            "time. I",
        ),
        (
            "My duties included payroll; invoicing and reporting.",
            "payroll;",
            "payroll,",
        ),
        (
            "The role has two parts; research and delivery.",
            "parts;",
            "parts:",
        ),
    ] {
        assert_eq!(fix_over(body, words).as_deref(), Some(fix), "{body}");
    }
}

#[test]
fn the_head_of_a_long_subject_sets_its_verb() {
    for body in [
        "My work with retail chains and logistics firms makes me a good fit.",
        "The director, along with her two deputies, was at the meeting.",
        "The forms you sent me have been signed.",
        "The people I spoke with at the fair were very kind.",
        "The emails from the recruiter were helpful.",
        "The reports from the team suggest the plan is on track.",
        "The notes on how the team is organised were useful.",
        "Every one of the designs in the deck was approved.",
        "My time in three countries was formative.",
        "The files I need are attached, and the form is signed.",
        "The reasons I believe this role suits me are clear.",
        "My first month at the bank we were short of staff.",
        "The manager, along with her team, was helpful.",
        "My share of the costs is small, and my two sons are grown.",
        "Our review of the contracts we signed shows no gaps.",
    ] {
        assert_clean(body);
    }
    for (body, words, fix) in [
        (
            "My work with retail chains and logistics firms make me a good fit.",
            "make",
            "makes",
        ),
        (
            "The number of requests from enterprise customers are growing.",
            "are",
            "is",
        ),
        (
            "My background in automated testing frameworks give me an edge.",
            "give",
            "gives",
        ),
        (
            "The director, along with her two deputies, were at the meeting.",
            "were",
            "was",
        ),
        (
            "The managing partner, together with the associates, have signed it.",
            "have",
            "has",
        ),
        ("The forms you sent me has been signed.", "has", "have"),
        (
            "The people I spoke with at the fair was very kind.",
            "was",
            "were",
        ),
        ("The emails from the recruiter was helpful.", "was", "were"),
        (
            "Every one of the designs in the deck were approved.",
            "were",
            "was",
        ),
        ("My time in three countries were formative.", "were", "was"),
        (
            "The skills I gained in those roles is relevant.",
            "is",
            "are",
        ),
        (
            "My grasp of payroll and pension rules make me useful.",
            "make",
            "makes",
        ),
        (
            "The manager, as well as two analysts, were present.",
            "were",
            "was",
        ),
    ] {
        assert_eq!(fix_over(body, words).as_deref(), Some(fix), "{body}");
    }
}

#[test]
fn a_question_is_known_by_its_shape_wherever_it_starts() {
    for body in [
        "What it is is a real chance to grow.",
        "Did a quick check, and all is fine.",
        "Has been a busy week here.",
        "Does not matter to me either way.",
        "Do let me know if anything changes.",
        "Have a lovely weekend.",
        "Were it not for the delay, we would be done.",
        "The only question, is the timing.",
        "How many people applied is not public.",
        "Should you need anything, I am around.",
    ] {
        assert_clean(body);
    }
    for body in [
        "Is the parking free for visitors.",
        "Are remote days allowed in the first month.",
        "Has anyone on the panel seen my portfolio.",
        "Is Maria free on Monday.",
        "How many interviews are there in total.",
        "How much time was set aside for the case study.",
        "Quick question, is the role hybrid.",
        "I was curious, are the shifts fixed.",
        "Out of interest, does the team work weekends.",
        "Would Friday morning work for you instead.",
        "Could next Monday suit you better.",
    ] {
        let stop = &body[body.len() - 1..];
        assert_eq!(fix_over(body, stop).as_deref(), Some("?"), "{body}");
    }
}

#[test]
fn a_word_left_out_is_found_by_what_its_frame_needs() {
    for body in [
        "Let me know if it is easier to meet on site.",
        "Could you tell me when it would be best to call?",
        "When do you expect to hear from the board?",
        "How are you doing?",
        "When you are free, send me a note.",
        "I have been a member of the union since 2015.",
        "She became editor of the newsletter in May.",
        "He became coach of the youth team.",
        "Please see attached updated invoices.",
        "The email says the interview is on Monday.",
        "I know teamwork is the heart of the job.",
        "What you need to know is on page two.",
        "I need you here on Monday.",
        "I have meeting notes to share, and I booked flights.",
        "We made progress and had fun.",
        "I will take time off and make call notes.",
        "They made me leave early, and I let them know.",
        "I asked her what time works.",
        "We need leave approved before the trip.",
        "He has been lead engineer on the project.",
        "I am applying for the Senior Analyst role.",
        "I am applying for Senior Analyst roles in London.",
        "I have attached updated figures for the quarter.",
        "Please find attached the revised schedule.",
        "I have attached updated information on the budget.",
    ] {
        assert_clean(body);
    }
    for (body, words, fix) in [
        (
            "Please tell me whether is convenient to call.",
            "is",
            "whether it is",
        ),
        (
            "I declined because was too far to travel.",
            "was",
            "because it was",
        ),
        (
            "Let me know when would be easiest for you.",
            "would",
            "when it would",
        ),
        ("Why you think the project stalled?", "you", "do you"),
        ("My manager encouraged me apply.", "apply", "me to apply"),
        (
            "I have meeting with the panel at noon.",
            "meeting",
            "a meeting",
        ),
        (
            "I need to book flight for the onsite.",
            "flight",
            "a flight",
        ),
        ("I made mistake in the figures.", "mistake", "a mistake"),
        ("We took break after the first round.", "break", "a break"),
        ("The clinic allowed us leave early.", "leave", "us to leave"),
        (
            "Could you remind them sign the form?",
            "sign",
            "them to sign",
        ),
        (
            "I would like you review my draft.",
            "review",
            "you to review",
        ),
        (
            "The email says interview is on Monday.",
            "interview",
            "says the interview",
        ),
        (
            "I heard deadline was moved to June.",
            "deadline",
            "heard the deadline",
        ),
        (
            "The form says review period is two weeks.",
            "review",
            "says the review",
        ),
        ("Where they plan to open the new office?", "they", "do they"),
        (
            "I have been volunteer at the shelter for years.",
            "volunteer",
            "a volunteer",
        ),
        (
            "She has become mentor to two new hires.",
            "mentor",
            "a mentor",
        ),
        (
            "I am applying for Lead Product Designer position at your studio.",
            "Lead",
            "the Lead",
        ),
        (
            "I enjoyed meeting the people in Data Science team.",
            "Data",
            "the Data",
        ),
        (
            "I have enclosed corrected invoice for March.",
            "corrected",
            "a corrected",
        ),
        (
            "Please find enclosed signed contract.",
            "signed",
            "a signed",
        ),
    ] {
        assert_eq!(fix_over(body, words).as_deref(), Some(fix), "{body}");
    }
}

#[test]
fn a_word_takes_the_preposition_its_meaning_needs() {
    for body in [
        "Please apply the changes to the shared drive.",
        "I applied the job title filter.",
        "We apply a role-based access model.",
        "I applied for the analyst post in June.",
        "I graduated from Leeds in 2018 and graduated in economics.",
        "I graduated at the top of my class.",
        "She graduated Summa Cum Laude in 2019.",
        "I have experience with Kubernetes and worked on the Monday release.",
        "Thank you for your feedback on my application.",
        "We held the meeting in the conference room.",
        "I participated in the hackathon last spring.",
        "I worked in the project team for two years.",
        "I hope to contribute in a meaningful way.",
        "I read it in the weekend edition.",
        "Please listen to the recording when you can.",
        "I am afraid for my old team.",
        "I am excited for the launch and worried about the date.",
        "I was involved at every stage.",
        "We entered into an agreement with the supplier.",
        "Best regards to the whole team.",
    ] {
        assert_clean(body);
    }
    for (body, words, fix) in [
        (
            "I would love to apply the Junior Editor vacancy.",
            "the",
            "for the",
        ),
        ("She applied a role at our firm last year.", " a ", "for a"),
        (
            "He graduated Trinity College in 2016.",
            "Trinity",
            "from Trinity",
        ),
        ("Please listen the voicemail I left.", "the", "to the"),
        (
            "I have three years of experience on Tableau.",
            " on ",
            "with",
        ),
        ("She graduated in the University of Ghana.", " in ", "from"),
        ("Thanks for the quick response on my message.", " on ", "to"),
        ("We spoke in the tech summit in March.", " in ", "at"),
        ("I talked to your team in a recruitment fair.", " in ", "at"),
        (
            "I spent a year working in the billing migration.",
            " in ",
            "on",
        ),
        ("I would love to contribute in your growth.", " in ", "to"),
        ("I will review the slides in the weekend.", " in ", "on"),
        ("My son is afraid from dogs.", "from", "of"),
        ("I grew fond with the city.", "with", "of"),
        ("I am passionate for early education.", " for ", "about"),
        ("I am excited for starting in May.", " for ", "about"),
        ("I was involved on both launches.", " on ", "in"),
        ("Who is responsible on the rota?", " on ", "for"),
        ("We entered into the lobby together.", "into", "entered"),
        (
            "I am writing with regards to the post.",
            "regards",
            "regard",
        ),
    ] {
        assert_eq!(fix_over(body, words).as_deref(), Some(fix), "{body}");
    }
}

#[test]
fn a_role_a_roll_and_a_compliment_are_read_by_what_they_do() {
    for body in [
        "She called the roll at the start of the shift.",
        "I took on a senior role back in 2019.",
        "We will roll back the release if the tests fail.",
        "The nursing role advertised last week suits me.",
        "She would compliment the team on its hard work.",
        "My manager would often compliment my writing.",
        "A full complement of staff was on duty.",
        "The launch was complemented by a campaign on Monday.",
        "Your feedback was a great complement to the course.",
    ] {
        assert_clean(body);
    }
    for (body, words, fix) in [
        (
            "Our sales team has been on a role all month.",
            "role",
            "roll",
        ),
        ("I had to role back two releases last year.", "role", "roll"),
        ("They helped role over the old accounts.", "role", "roll"),
        (
            "I saw the teaching roll posted on your site.",
            "roll",
            "role",
        ),
        (
            "I am a candidate for the pharmacy roll in Leeds.",
            "roll",
            "role",
        ),
        (
            "Her skills would really compliment your design team.",
            "compliment",
            "complement",
        ),
        (
            "My data skills compliment my writing background.",
            "compliment",
            "complement",
        ),
        (
            "This certification would compliment my degree.",
            "compliment",
            "complement",
        ),
        (
            "Thank you for the complement about my slides.",
            "complement",
            "compliment",
        ),
        (
            "I was complemented by my manager on the launch.",
            "complemented",
            "complimented",
        ),
    ] {
        assert_eq!(fix_over(body, words).as_deref(), Some(fix), "{body}");
    }
}

#[test]
fn homophones_of_being_somewhere_asking_whether_and_a_board() {
    for body in [
        "I was glad to hear the weather was fine.",
        "The weather this week was lovely.",
        "Some of the interns looked bored in the long meeting.",
        "I am here to help, so let me hear what you need.",
    ] {
        assert_clean(body);
    }
    for (body, words, fix) in [
        ("I am hear for any questions.", "hear", "here"),
        (
            "Let me know weather you need the slides.",
            "weather",
            "whether",
        ),
        ("I reported to the bored every quarter.", "bored", "board"),
        ("Would 3 p.m. suit you instead.", "instead.", "?"),
    ] {
        assert_eq!(fix_over(body, words).as_deref(), Some(fix), "{body}");
    }
}

#[test]
fn a_linking_adverb_after_a_comma_does_not_join_two_sentences() {
    for body in [
        "I can, however, move the call to Friday.",
        "The team, however, agreed to the change.",
        "Arrange the slides, however you like.",
        "We would like to, however, keep the date.",
        "If the room is free, however, we could meet there.",
    ] {
        assert_clean(body);
    }
    for (body, words, fix) in [
        (
            "I am free on Monday, however Tuesday suits me better.",
            "Monday, however",
            "Monday; however",
        ),
        (
            "The file was too large, therefore I split it in two.",
            "large, therefore",
            "large; therefore",
        ),
        (
            "The role sounds ideal, however, the commute is long.",
            "ideal, however",
            "ideal; however",
        ),
    ] {
        assert_eq!(fix_over(body, words).as_deref(), Some(fix), "{body}");
    }
}

#[test]
fn a_paragraph_of_short_lines_each_opening_in_capitals_is_a_list_not_a_sentence() {
    for body in [
        "Hi Sam,\n\nHere's the menu I had in mind:\n\nSmoked trout, pickled fennel, dill cream\nRoast squash risotto, sage butter\nBaked cheesecake, poached pears, ginger crumb\n\nBest,\nAli",
        "Dear Ms Grant,\n\nHere is my career in short.\n\n2014–2018  Analyst, Harbour Bank, Leeds\n2018–2023  Risk Manager, Harbour Bank, Leeds\n2023–2025  Career break\n\nKind regards,\nPriya",
        "Hi Tom,\n\nMy plan for the first month:\n\nMeet every editor one to one\nAudit the top fifty pages\nMap the approval process from brief to publication\n\nThanks,\nJo",
        "Hi Lena,\n\nThe test results, threshold 0.4:\n\n                 Predicted yes   Predicted no\n  Actual yes          120             30\n  Actual no           210           1,640\n\nThanks,\nMo",
    ] {
        assert_clean(body);
    }
    // Hard-wrapped prose that ends without its full stop is still a sentence.
    let wrapped = "Hi Sam,\n\nThank you for the call on Tuesday and for walking me through\nthe roadmap for next year\n\nBest,\nAli";
    assert!(
        findings(wrapped)
            .iter()
            .any(|(_, m)| m.contains("full stop")),
        "{wrapped}"
    );
}

#[test]
fn initials_in_a_reference_and_a_question_that_puts_its_subject_after_the_modal_are_right() {
    for body in [
        "Dear Dr Hale,\n\nThe paper is Pereira, M., & Hassan, R. (2023). Travel burden and missed visits. Rural Health Review, 39(2), 211–224.\n\nBest wishes,\nMaria",
        "Hi Jo,\n\nIs it acceptable to use that project, or should examples come from the last five years?\n\nThanks,\nSam",
        "Hi Jo,\n\nCan candidates bring notes to the panel?\n\nThanks,\nSam",
    ] {
        assert_clean(body);
    }
}

#[test]
fn steps_with_arrows_a_label_over_its_fields_contacts_in_one_line_and_menu_words_are_right() {
    for body in [
        "Hi Dana,\n\nHere's where I think I am:\n\nApplication -> Recruiter screen -> Technical interview -> Offer\n\nThanks,\nSam",
        "Hi Dana,\n\nThe results from last year:\n\nCSAT: 82% → 91%\nBacklog older than two days: 1,200 tickets → fewer than 100\n\nThanks,\nSam",
        "Hi Dana,\n\nI have two offers to weigh.\n\nOffer A – Tidewater Health (Series C, 400 people)\nPros: a clear product to own\nCons: three office days a week\n\nThanks,\nSam",
        "Hi Dana,\n\nHere are my referees:\n\nAnita Shah, Operations Manager, Eastvale Utilities\nanita.shah@eastvale.example.com, +1 503 555 0160\n\nThanks,\nSam",
        "Hi Chef,\n\nFor the tasting I would cook hake with a saffron beurre blanc, lamb with salsa verde, and a buttermilk panna cotta. I also handled upselling on the floor.\n\nTodah,\nNoa",
    ] {
        assert_clean(body);
    }
}

#[test]
fn a_sentence_mostly_of_words_unknown_to_english_is_another_language() {
    for body in [
        "Dzień dobry,\n\nObecnie przebywam na urlopie. Wracam do biura 4 grudnia i wtedy odpowiem.\n\nPozdrawiam,\nKasia",
        "Hi Taylor,\n\nOlen lomalla ja palaan toimistolle maanantaina. Kiireellisissä asioissa ota yhteyttä rekrytointitiimiin.\n\nAnna",
    ] {
        assert_clean(body);
    }
    // A draft's typos leave most of its words English: they are still found.
    let typos = "Hi Sam,\n\nI hav atached my CV and the portfolio you asked for.\n\nBest,\nAli";
    assert!(findings(typos).iter().any(|(w, _)| w == "hav"), "{typos}");
}

#[test]
fn a_linking_adverb_after_a_semicolon_joins_the_sentences_rightly() {
    assert_clean("The offer looks generous; however, I want to compare the pension first.");
    assert_clean("Your notes were clear; therefore, we moved the review to Friday.");
    // The same sentences joined by a comma alone are still a splice, also after a
    // semicolon that joins something else.
    for body in [
        "The offer looks generous, I want to compare the pension first.",
        "Thank you for the tour; the lab was impressive, I learned a great deal there.",
    ] {
        let found = findings(body);
        assert_eq!(found.len(), 1, "{found:?}");
    }
}
