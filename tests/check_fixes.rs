//! One voice: a finding's fix, applied, gives text the check leaves alone where the
//! fix went — on every sentence of the tuning corpus's mistakes and on misspellings.

#[allow(dead_code)]
#[path = "corpus/mod.rs"]
mod corpus;

use afterview::native::speller;
use corpus::{afterview, empty_state, mistakes, MISTAKES};

#[test]
fn applying_a_fix_raises_no_finding_over_it() {
    let speller = speller().expect("dictionary");
    let state = empty_state();
    let to = "someone@example.com";
    let mut texts: Vec<String> = mistakes(MISTAKES).into_iter().map(|m| m.sentence).collect();
    texts.push("I recieve the offr on Mondy and definately want to acept it.".to_string());
    let mut fixed = 0;
    let mut contradicted = Vec::new();
    for text in &texts {
        for flag in afterview(&speller, &state, to, text) {
            if flag.fix.is_empty() {
                continue;
            }
            let after = format!("{}{}{}", &text[..flag.start], flag.fix, &text[flag.end..]);
            let span = (flag.start, flag.start + flag.fix.len());
            fixed += 1;
            for again in afterview(&speller, &state, to, &after) {
                if again.start < span.1 && span.0 < again.end {
                    contradicted.push(format!(
                        "{text:?}: {:?} → {:?}, then {:?}: {}",
                        &text[flag.start..flag.end],
                        flag.fix,
                        &after[again.start..again.end],
                        again.message
                    ));
                }
            }
        }
    }
    assert!(fixed >= 400, "{fixed} fixes applied");
    assert!(contradicted.is_empty(), "{contradicted:#?}");
}

#[test]
fn a_fix_never_drops_what_the_user_wrote() {
    // The sign-off finding sits on the last line: its fix keeps the line and adds the
    // sign-off, so applying it keeps every word written.
    let speller = speller().expect("dictionary");
    let state = empty_state();
    let text = "Dear Jordan, thank you for our chat about the revenue dashboard.";
    for flag in afterview(&speller, &state, "someone@example.com", text) {
        if flag.fix.is_empty() {
            continue;
        }
        let after = format!("{}{}{}", &text[..flag.start], flag.fix, &text[flag.end..]);
        let words = |t: &str| t.split_whitespace().count();
        assert!(
            words(&after) + 1 >= words(text),
            "{:?} → {:?} drops the text: {after:?}",
            &text[flag.start..flag.end],
            flag.fix
        );
    }
}

#[test]
fn text_speak_gets_no_spelling_finding_beside_the_tones() {
    let speller = speller().expect("dictionary");
    let body = "Thx for the chat, pls send the deck when you can. Tnx again.";
    let spelling: Vec<String> = afterview(&speller, &empty_state(), "someone@example.com", body)
        .into_iter()
        .filter(|f| f.id == "spelling")
        .map(|f| body[f.start..f.end].to_string())
        .collect();
    assert!(spelling.is_empty(), "{spelling:?}");
}
