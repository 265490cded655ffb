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
