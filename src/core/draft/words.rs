//! The small hand-written word lists the note reader needs (determiners, auxiliaries,
//! common verbs and their forms) and the reporting lead-ins people start notes with.

/// A list of words or phrases kept as one `|`-separated string: the wasm holds the
/// text alone, with no table of pointers to each word.
pub struct Words(&'static str);

impl Words {
    /// Whether `word` is in the list.
    pub fn contains(&self, word: &&str) -> bool {
        self.0.split('|').any(|w| w == *word)
    }

    /// The irregular past `word`'s base form, in a list of "past:base" pairs.
    fn base_of(&self, word: &str) -> Option<&'static str> {
        self.0
            .split('|')
            .find_map(|pair| pair.split_once(':').filter(|(past, _)| *past == word))
            .map(|(_, base)| base)
    }
}

/// Words that open a noun phrase.
pub const DETERMINERS: Words = Words(
    "the|a|an|this|that|these|those|our|your|my|their|his|her|its|some|any|each|every|all|more|less|fewer|no|another|one|two|three|both|much|many",
);

/// Auxiliary and modal verbs: after a subject, they make a clause.
pub const AUX: Words = Words(
    "is|are|was|were|am|has|have|had|will|would|can|could|should|must|may|might|does|do|did|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|shouldn't|doesn't|don't|didn't",
);

/// Prepositions: what follows them is not a verb.
pub const PREPOSITIONS: Words = Words(
    "of|for|to|in|on|at|by|with|from|about|into|over|under|between|across|around|after|before|during|without|through|per|via|like|as|within|behind",
);

/// Question words: with the clause after them they name a topic ("how the teams ship").
pub const WH: Words = Words("how|what|why|whether|where|when|which|who");

/// Common verbs of interview notes, in their base form.
const VERBS: Words = Words(
    "adopt|aim|ask|automate|become|begin|break|bring|build|buy|care|change|choose|coach|collaborate|come|consolidate|create|cover|cut|define|describe|deliver|depend|deploy|design|develop|discuss|double|drive|expand|expect|explain|face|fail|feel|find|fix|focus|get|give|go|grow|handle|hear|help|hire|hold|hope|improve|introduce|invest|keep|know|launch|lack|lead|learn|like|look|lose|love|maintain|make|manage|measure|meet|mention|mentor|merge|migrate|move|need|own|partner|pay|plan|prefer|rebuild|recommend|reduce|release|rely|replace|report|require|review|rewrite|run|say|scale|see|seem|sell|send|serve|set|share|ship|show|speak|spend|split|standardize|start|stop|struggle|suggest|support|switch|take|talk|teach|tell|test|think|track|train|try|turn|use|walk|want|win|wish|work|write",
);

/// Irregular past forms and their base ("led:lead").
const IRREGULAR: Words = Words(
    "became:become|began:begin|broke:break|brought:bring|built:build|bought:buy|chose:choose|came:come|drove:drive|felt:feel|found:find|got:get|gave:give|heard:hear|went:go|grew:grow|held:hold|kept:keep|knew:know|led:lead|lost:lose|made:make|met:meet|paid:pay|rebuilt:rebuild|rewrote:rewrite|ran:run|said:say|saw:see|sold:sell|sent:send|spoke:speak|spent:spend|took:take|taught:teach|told:tell|thought:think|won:win|wrote:write",
);

/// Verbs whose past is their base form.
pub const SAME_PAST: Words = Words("cut|set|read");

/// The form of a verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// "lead".
    Base,
    /// "leads".
    Third,
    /// "led", "moved".
    Past,
}

/// The form of `word` (lower case) if it is one of the common verbs; "cut", "set" and
/// the like are read as their base form.
pub fn is_verb_form(word: &str) -> Option<Form> {
    if VERBS.contains(&word) {
        return Some(Form::Base);
    }
    if IRREGULAR.base_of(word).is_some() {
        return Some(Form::Past);
    }
    let known = |stem: &str| VERBS.contains(&stem);
    if let Some(stem) = word.strip_suffix('s') {
        if known(stem)
            || stem.strip_suffix('e').is_some_and(known)
            || stem
                .strip_suffix("ie")
                .is_some_and(|s| known(&format!("{s}y")))
        {
            return Some(Form::Third);
        }
    }
    if let Some(stem) = word.strip_suffix("ed") {
        // "shipped", by bytes: only an ASCII stem can be cut anywhere.
        let doubled = stem.is_ascii()
            && stem.len() > 2
            && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2];
        if known(stem)
            || known(&format!("{stem}e"))
            || (doubled && known(&stem[..stem.len() - 1]))
            || stem
                .strip_suffix('i')
                .is_some_and(|s| known(&format!("{s}y")))
        {
            return Some(Form::Past);
        }
    }
    None
}

/// The base form of a verb form `word` ("leads" → "lead", "led" → "lead"), else `word`.
pub fn to_base(word: &str) -> String {
    if let Some(base) = IRREGULAR.base_of(word) {
        return base.to_string();
    }
    if matches!(is_verb_form(word), None | Some(Form::Base)) {
        return word.to_string();
    }
    // "leads", "goes", "tries"; "moved", "worked", "shipped", "tried".
    for cut in 1..=3.min(word.len()) {
        let stem = &word[..word.len() - cut];
        for base in [stem.to_string(), format!("{stem}y")] {
            if VERBS.contains(&base.as_str()) {
                return base;
            }
        }
    }
    word.to_string()
}

/// What people write before a note, dropped: a label the form gives ("What they need:")
/// and a report of who said it ("we talked about", "they mentioned that").
const LABELS: Words = Words(
    "what they need|what you talked about|what we talked about|need|detail|strength|gap|interest|topic|note",
);

const LEAD_INS: Words = Words(
    "we talked about|we discussed|we spoke about|we chatted about|we covered|talked about|discussed|they mentioned|they talked about|they told me|they said|they explained|they asked about|they asked|they wondered|they worried about|they were worried about|he mentioned|she mentioned|he said|she said|he told me|she told me|he asked about|she asked about|he asked|she asked|mentioned|asked about|they worried|they doubted|they were concerned about|they were concerned|worried about|worried that|worried|concerned about|concerned that|concerned|concern about|concern that|concern|doubts about|doubt about|doubt that|worry about|worry that|worry",
);

/// `note` without a form label or a reporting lead-in (and a "that" after it).
pub fn strip_lead_in(note: &str) -> &str {
    let mut text = note.trim();
    if let Some((label, rest)) = text.split_once(':') {
        if LABELS.contains(&label.trim().to_lowercase().as_str()) {
            text = rest.trim_start();
        }
    }
    for lead in LEAD_INS.0.split('|') {
        let starts = text.len() > lead.len()
            && text.is_char_boundary(lead.len())
            && text[..lead.len()].eq_ignore_ascii_case(lead)
            && text[lead.len()..].starts_with([' ', ',', ':']);
        if starts {
            text = text[lead.len()..].trim_start_matches([' ', ',', ':']);
            if let Some(rest) = text.strip_prefix("that ") {
                text = rest;
            }
            break;
        }
    }
    text.trim()
}
