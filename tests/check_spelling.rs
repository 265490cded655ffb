//! Spelling beyond the dictionary's own words: British, Canadian and Australian
//! spellings, a draft that mixes "-ise" and "-ize", and the business, hiring and
//! technical words of the curated list.

// The corpus's reading and scoring are not needed here, only its check.
#[allow(dead_code)]
#[path = "corpus/mod.rs"]
mod corpus;

use afterview::native::speller;
use corpus::{afterview, empty_state};

fn spelling(body: &str) -> Vec<(String, String)> {
    let speller = speller().expect("dictionary");
    afterview(&speller, &empty_state(), "someone@example.com", body)
        .into_iter()
        .filter(|f| f.id == "spelling")
        .map(|f| (body[f.start..f.end].to_string(), f.message))
        .collect()
}

#[test]
fn british_spellings_are_words() {
    let body = "We reorganised the neighbourhood programme, modelled the catalogue and \
                standardised the labelling. The fibre licences were finalised within the timeframe, \
                and unauthorised access to the anonymised data is logged.";
    assert_eq!(spelling(body), Vec::<(String, String)>::new());
}

#[test]
fn mixing_ise_and_ize_gets_a_note_on_the_less_used_one() {
    let body = "We organised the launch, prioritised the fixes and realize it took a while.";
    let found = spelling(body);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "realize");
    assert!(found[0].1.contains("British"), "{}", found[0].1);
}

#[test]
fn business_and_technical_words_are_words() {
    let body = "Per annum, the funders review our namespaces, playtests and Kubernetes backfills.";
    assert_eq!(spelling(body), Vec::<(String, String)>::new());
}

#[test]
fn a_misspelling_is_still_one() {
    assert_eq!(spelling("We recieved the offer.").len(), 1);
    assert_eq!(spelling("We organisd the launch.").len(), 1);
}

/// Every misspelling names its closest words, best first, or says there is none.
#[test]
fn misspellings_get_ranked_suggestions() {
    let speller = speller().expect("dictionary");
    let state = empty_state();
    let fixes = |body: &str| -> Vec<(String, String)> {
        afterview(&speller, &state, "someone@example.com", body)
            .into_iter()
            .filter(|f| f.id == "spelling")
            .map(|f| (f.fix, f.message))
            .collect()
    };
    let found = fixes("Thank you for the intreview and the tuor of the offcie.");
    let firsts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(firsts, vec!["interview", "tour", "office"], "{found:?}");
    assert!(found[1].1.contains("\"tour\""), "{}", found[1].1);
    let none = fixes("The qzxvwq plan is ready.");
    assert_eq!(none.len(), 1);
    assert_eq!(none[0].0, "");
    assert!(none[0].1.contains("no close word"), "{}", none[0].1);
}

#[test]
fn a_capitalised_word_with_nothing_close_is_a_name_even_at_a_sentence_start() {
    assert_eq!(
        spelling("Priya joined the call on Monday, and Oluwaseun led the demo."),
        Vec::<(String, String)>::new()
    );
    // A misspelt word at a sentence's start has a near one: still found.
    assert_eq!(spelling("Thnaks again for the call.").len(), 1);
}

#[test]
fn british_spellings_the_rules_cannot_derive_are_words() {
    let body = "The cheque cleared. We learnt a lot about tyre logistics, whilst the team was \
                sceptical of the ageing fleet. I enrolled on the maths course, and a storey was \
                added. Jewellery and aluminium sales rose, and the actuals beat the forecast.";
    assert_eq!(spelling(body), Vec::<(String, String)>::new());
}

/// The spelling findings of `body` for a user who chose `system`.
fn spelling_in(system: &str, body: &str) -> Vec<(String, String, String)> {
    let speller = speller().expect("dictionary");
    let mut state = empty_state();
    state.profile.spelling = serde_json::from_value(serde_json::json!(system)).expect("system");
    afterview(&speller, &state, "someone@example.com", body)
        .into_iter()
        .filter(|f| f.id == "spelling")
        .map(|f| (body[f.start..f.end].to_string(), f.fix, f.message))
        .collect()
}

#[test]
fn a_chosen_spelling_system_notes_the_other_systems_forms_gently() {
    let body = "The colour of the centre was analysed, and we organised the travelling team.";
    assert_eq!(spelling_in("uk", body), vec![]);
    assert_eq!(spelling_in("au", body), vec![]);
    let american: Vec<(String, String)> = spelling_in("us", body)
        .into_iter()
        .map(|(word, fix, _)| (word, fix))
        .collect();
    assert_eq!(
        american,
        [
            ("colour", "color"),
            ("centre", "center"),
            ("analysed", "analyzed"),
            ("organised", "organized"),
            ("travelling", "traveling")
        ]
        .map(|(w, f)| (w.to_string(), f.to_string()))
    );
    let canadian = spelling_in("ca", body);
    assert_eq!(canadian.len(), 1, "{canadian:?}");
    assert_eq!(
        (canadian[0].0.as_str(), canadian[0].1.as_str()),
        ("organised", "organized")
    );
    assert!(
        canadian[0].2.starts_with("Canadian English spells it"),
        "{}",
        canadian[0].2
    );

    let us = "The color of the center was analyzed, and we organized the traveling team.";
    assert_eq!(spelling_in("us", us), vec![]);
    let british: Vec<String> = spelling_in("uk", us).into_iter().map(|f| f.1).collect();
    assert_eq!(british, ["colour", "centre", "analysed", "travelling"]);
    let australian: Vec<String> = spelling_in("au", us).into_iter().map(|f| f.1).collect();
    assert_eq!(
        australian,
        ["colour", "centre", "analysed", "organised", "travelling"]
    );
}

#[test]
fn a_chosen_system_leaves_names_and_words_every_system_writes_alike() {
    for system in ["us", "uk", "ca", "au"] {
        let body = "Gray Lee will license the program; we advise a quick size check.";
        assert_eq!(spelling_in(system, body), vec![], "{system}");
    }
}

#[test]
fn a_system_is_read_from_the_browsers_language() {
    use afterview::core::model::Spelling;
    assert_eq!(Spelling::of_language("en-GB"), Spelling::Uk);
    assert_eq!(Spelling::of_language("en-CA"), Spelling::Ca);
    assert_eq!(Spelling::of_language("en_AU"), Spelling::Au);
    assert_eq!(Spelling::of_language("en-NZ"), Spelling::Au);
    assert_eq!(Spelling::of_language("en-US"), Spelling::Us);
    assert_eq!(Spelling::of_language("fr"), Spelling::Us);
}

#[test]
fn a_closing_in_another_language_is_left_alone_and_a_misspelt_one_is_not() {
    let dutch = "Hi Anke,\n\nThank you for the call this morning.\n\nMet vriendelijke groet,\nSam";
    assert_eq!(spelling(dutch), Vec::<(String, String)>::new());
    let misspelt = "Hi Anke,\n\nThank you for the call this morning.\n\nBest regrads,\nSam";
    assert_eq!(spelling(misspelt).len(), 1, "{:?}", spelling(misspelt));
}

#[test]
fn a_noun_made_with_ship_is_a_word() {
    let body = "The traineeship and the two stewardships were part of my preceptorship year.";
    assert_eq!(spelling(body), Vec::<(String, String)>::new());
}

#[test]
fn every_form_a_system_note_suggests_is_a_word() {
    for system in ["uk", "ca", "au"] {
        let body = "The user-centred design was centred on the programme's behaviour.";
        assert_eq!(spelling_in(system, body), vec![], "{system}");
    }
    // Both are American: no note either way.
    assert_eq!(spelling_in("us", "The grey tiles were cancelled."), vec![]);
}

#[test]
fn british_plurals_of_ize_nouns_are_words() {
    assert_eq!(
        spelling("Our optimisers and tokenisers were tuned, and the finalisers ran."),
        Vec::<(String, String)>::new()
    );
    assert_eq!(spelling("Our optimisors were tuned.").len(), 1);
}

#[test]
fn the_one_who_does_a_verb_that_doubles_its_consonant_is_a_word() {
    assert_eq!(
        spelling("The night patroller checked the gates."),
        Vec::<(String, String)>::new()
    );
    // Misspellings that look like such a noun stay flagged: the verb is too short.
    for slip in ["piller", "doller", "begger", "writter"] {
        assert_eq!(
            spelling(&format!("The {slip} stood there.")).len(),
            1,
            "{slip}"
        );
    }
}
