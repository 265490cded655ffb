//! The phrases that say what an employer's message is about, per kind, as data. Each is
//! matched in lower case within one sentence of the message's new text. A phrase that
//! stands after a negation in its sentence ("no offer has been made", "this is not a
//! rejection") does not count.

use super::Says;

/// Cues of an automatic out-of-office answer (read first: such a message says nothing
/// else of substance).
pub const OUT_OF_OFFICE: &[&str] = &[
    "out of the office",
    "out of office",
    "on annual leave",
    "on leave until",
    "on leave and",
    "on parental leave",
    "on holiday until",
    "on vacation until",
    "away from the office",
    "away from my desk",
    "limited access to email",
    "limited access to my email",
    "currently away from",
    "on sick leave",
    "on maternity leave",
    "on paternity leave",
    "upon my return",
    "no access to email",
    "automatic reply",
    "auto-reply",
    "autoreply",
];

/// Shorthand and variants, each read as the way it is usually said (whole words only):
/// "lmk" as "let me know", "tmrw" as "tomorrow", "move ahead" as "move forward", and "be"
/// contracted with "not" as "not" on its own ("we aren't able to" as "we are not able
/// to").
pub const SAID_AS: &[(&str, &str)] = &[
    ("lmk", "let me know"),
    ("refs", "references"),
    ("pls", "please"),
    ("plz", "please"),
    ("to not", "not to"),
    ("move ahead", "move forward"),
    ("moving ahead", "moving forward"),
    ("moved ahead", "moved forward"),
    ("go forward", "move forward"),
    ("go ahead", "move forward"),
    ("going ahead", "moving forward"),
    ("went ahead", "moved forward"),
    ("carry on", "continue"),
    ("carrying on", "continuing"),
    ("till", "until"),
    ("tmrw", "tomorrow"),
    ("tmw", "tomorrow"),
    ("2moro", "tomorrow"),
    ("will not fail to", "will"),
    ("won't fail to", "will"),
    ("aren't", "are not"),
    ("aren’t", "are not"),
    ("isn't", "is not"),
    ("isn’t", "is not"),
    ("wasn't", "was not"),
    ("wasn’t", "was not"),
    ("weren't", "were not"),
    ("weren’t", "were not"),
    // Text-speak from a phone ("can u do a call w/ our CTO?"); a letter stands for a word
    // only alone ("U.S.", "R&D" are not words of it).
    ("r u", "are you"),
    ("r we", "are we"),
    ("u", "you"),
    ("w/", "with"),
];

/// Subject openings of a calendar's own mail, when the subject also names the event's
/// time after an "@" ("Invitation: Final interview @ Thu 3 Dec 2026 14:00").
pub const CALENDAR_SUBJECTS: &[&str] = &["invitation:", "updated invitation"];

/// Subject openings of calendar mail about an interview already arranged.
pub const LOGISTICS_SUBJECTS: &[&str] = &[
    "cancelled:",
    "canceled:",
    "accepted:",
    "declined:",
    "reminder:",
    "confirmed:",
    "new time proposed:",
    "tentative:",
];

/// Cues of mail sent by a system, not a person answering the user (an application
/// received; with [`MARKETING`], a job alert or a newsletter): it promises nothing.
pub const AUTOMATED: &[&str] = &[
    "received your application",
    "we have received your",
    "we've received your",
];

/// Words that say a sentence is about the decision or an answer (with a day in the same
/// sentence, a timeline).
pub const DECISION: &[&str] = &[
    "decision",
    "verdict",
    "decide",
    "outcome",
    "notified",
    "will confirm",
    "'ll confirm",
    "confirm by",
    "an answer",
    "the answer",
    "our answer",
    "feedback",
    "have news",
    "news for you",
    "news by",
    "an update",
    "update you",
    "hear",
    "back to you",
    "in touch",
    "let you know",
    "have one",
    "have it to you",
    "final call",
    "sign off",
    "signing off",
    "to confirm on",
    "result",
    "we'll know",
    "we will know",
    "will know by",
    "'ll know by",
    "i'll know",
    "should know",
    "know more",
    "contact you",
    "call you",
    "ring you",
    "phone you",
    "be contacted",
    "in contact",
    "reach out to you",
    "write to you",
    "get back to",
    "hear from",
    "next update",
    "update from",
    "update by",
    "finish by",
    "finish the process",
    "finalising",
    "finalizing",
    "wrap things up",
    "wrap up",
    "complete the process",
    "made our call",
    "make a call",
    "make the call",
    "communicate to you",
    "resolution of",
    "write to all",
    "write to every",
    "write to candidates",
    "yes or no",
    "final answer",
    "message you",
    "where we've landed",
    "where we land",
];

/// Words that put a denied decision off to a day ("we won't know until Friday").
pub const PUT_OFF: &[&str] = &["until", "till", "before", "by"];

/// Words that open a reason after a decision's cue, ending its clause ("… an update as
/// he's out today").
pub const REASONS: &[&str] = &[
    " as ",
    " because ",
    " since ",
    " while ",
    // "… from the panel, some were travelling this week": a clause about others.
    ", some ",
    ", most ",
    ", several ",
    ", a few ",
    ", who ",
];

/// Words that open a clause of time; a decision's cue right after them (and a pronoun)
/// names no decision to come ("before we decide how to handle the shortlist").
pub const TIME_OPENERS: &[&str] = &["before", "after", "until"];

/// Who may act in a clause of time.
pub const PRONOUNS: &[&str] = &["we", "i", "they", "he", "she", "you", "it"];

/// Periods too vague to be a decision's day ("early in the new year").
pub const VAGUE_PERIODS: &[&str] = &[
    "new year",
    "next year",
    "coming weeks",
    "coming months",
    "weeks ahead",
    "later this month",
    "later in the month",
];

/// Words that name a day as the one after another named before it ("they meet on Tuesday
/// and I'll confirm the day after").
pub const DAY_AFTER: &[&str] = &["the day after", "the following day", "the next day"];

/// Words that tie a promise to an event rather than a day ("once she's back", "the moment
/// we've agreed it"): with no day in its own clause, the promise names none.
pub const EVENT_TIME: &[&str] = &[" once ", " when ", "the moment", "as soon as"];

/// Words that tie a promise to the end of an event named before ("the exec meeting is on
/// Thursday. I'll ring you as soon as it's done"): that event's day.
pub const EVENT_DONE: &[&str] = &[
    "as soon as it's done",
    "as soon as it's over",
    "once it's done",
    "once it's over",
    "when it's done",
    "when it's over",
];

/// Words of the hiring decision itself: a note holding them is a person writing, even if
/// it says they are out ("out of the office today, but we'll decide on Friday").
pub const HIRING_NEWS: &[&str] = &["decide", "decision", "outcome"];

/// Openings of the list lines that send an offer (under a lead-in naming attachments:
/// "Attached: - Offer letter (Product Manager)").
pub const OFFER_SENT: &[&str] = &[
    "offer letter",
    "offer pack",
    "your offer",
    "contract of employment",
    "employment contract",
];

/// Lead-ins that name what follows as attached.
pub const ATTACHED: &[&str] = &["attached", "enclosed", "please find"];

/// Words that refer to a day named in the sentence before ("that afternoon").
pub const THAT_DAY: &[&str] = &[
    "that afternoon",
    "that morning",
    "that evening",
    "that day",
    "the same day",
    "that same day",
    "that's when",
    "that is when",
];

/// Prefixes of a person's reply or forward, before "re:" in a subject.
pub const REPLY_PREFIXES: &[&str] = &["re", "fw", "fwd", "aw", "sv", "tr", "wg"];

/// Words of a subject said as a sentence by the employer or to the user ("we've gone with
/// another candidate", "can you do Thursday?"), not a title ("Your offer letter").
pub const SPEAKERS: &[&str] = &[
    "we", "we're", "we've", "we'd", "we'll", "i", "i'm", "i've", "i'd", "i'll", "you", "you're",
    "you've", "you'll", "you'd",
];

/// Words before "week" that say which one ("early next week", "this week"): with it, a
/// week, not a day of a round ("a week on Friday" is a day).
pub const OF_A_WEEK: &[&str] = &[
    "next",
    "this",
    "the",
    "coming",
    "following",
    "early",
    "mid",
    "late",
];

/// Words of how a day or a time is written, besides numbers and month names.
pub const DATE_WORDS: &[&str] = &[
    "on", "the", "of", "at", "end", "next", "this", "week", "noon", "midday", "am", "pm", "gmt",
    "bst", "utc",
];

/// Months named in French, German, Dutch, Spanish, Italian, Portuguese or Polish, after a
/// day of the month ("4. Dezember", "23 novembre", "7 de diciembre", "9 grudnia"), and
/// their numbers.
pub const FOREIGN_MONTHS: &[(&str, u32)] = &[
    ("januar", 1),
    ("janvier", 1),
    ("januari", 1),
    ("enero", 1),
    ("gennaio", 1),
    ("februar", 2),
    ("février", 2),
    ("fevrier", 2),
    ("februari", 2),
    ("febrero", 2),
    ("febbraio", 2),
    ("märz", 3),
    ("mars", 3),
    ("maart", 3),
    ("marzo", 3),
    ("avril", 4),
    ("abril", 4),
    ("aprile", 4),
    ("mai", 5),
    ("mei", 5),
    ("mayo", 5),
    ("maggio", 5),
    ("juni", 6),
    ("juin", 6),
    ("junio", 6),
    ("giugno", 6),
    ("juli", 7),
    ("juillet", 7),
    ("julio", 7),
    ("luglio", 7),
    ("août", 8),
    ("aout", 8),
    ("augustus", 8),
    ("agosto", 8),
    ("septembre", 9),
    ("septiembre", 9),
    ("settembre", 9),
    ("oktober", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("ottobre", 10),
    ("novembre", 11),
    ("noviembre", 11),
    ("dezember", 12),
    ("décembre", 12),
    ("decembre", 12),
    ("diciembre", 12),
    ("dicembre", 12),
    // Portuguese, and Polish after a day (the genitive: "9 grudnia").
    ("janeiro", 1),
    ("fevereiro", 2),
    ("março", 3),
    ("maio", 5),
    ("junho", 6),
    ("julho", 7),
    ("setembro", 9),
    ("outubro", 10),
    ("novembro", 11),
    ("dezembro", 12),
    ("stycznia", 1),
    ("lutego", 2),
    ("marca", 3),
    ("kwietnia", 4),
    ("maja", 5),
    ("czerwca", 6),
    ("lipca", 7),
    ("sierpnia", 8),
    ("września", 9),
    ("października", 10),
    ("listopada", 11),
    ("grudnia", 12),
];

/// Weekdays named in French, German, Dutch, Spanish or Italian, and their English names.
pub const FOREIGN_WEEKDAYS: &[(&str, &str)] = &[
    ("montag", "Monday"),
    ("lundi", "Monday"),
    ("maandag", "Monday"),
    ("lunes", "Monday"),
    ("lunedì", "Monday"),
    ("dienstag", "Tuesday"),
    ("mardi", "Tuesday"),
    ("dinsdag", "Tuesday"),
    ("martes", "Tuesday"),
    ("martedì", "Tuesday"),
    ("mittwoch", "Wednesday"),
    ("mercredi", "Wednesday"),
    ("woensdag", "Wednesday"),
    ("miércoles", "Wednesday"),
    ("mercoledì", "Wednesday"),
    ("donnerstag", "Thursday"),
    ("jeudi", "Thursday"),
    ("donderdag", "Thursday"),
    ("jueves", "Thursday"),
    ("giovedì", "Thursday"),
    ("freitag", "Friday"),
    ("vendredi", "Friday"),
    ("vrijdag", "Friday"),
    ("viernes", "Friday"),
    ("venerdì", "Friday"),
];

/// Subject openings of automatic answers.
pub const OUT_OF_OFFICE_SUBJECTS: &[&str] = &[
    "automatic reply",
    "auto-reply",
    "autoreply",
    "auto reply",
    "out of office",
    "out of the office",
    "automatische antwort",
    "abwesenheitsnotiz",
    "abwesend",
    "réponse automatique",
    "reponse automatique",
    "absence :",
    "absence:",
    "automatisch antwoord",
    "afwezig",
    "respuesta automática",
    "respuesta automatica",
    "fuera de la oficina",
    "risposta automatica",
    "fuori ufficio",
    "odpowiedź automatyczna",
    "odpowiedz automatyczna",
    "autoodpowiedź",
    "autoodpowiedz",
    "resposta automática",
    "resposta automatica",
    "ausência",
    "fora do escritório",
];

/// The words after which an out-of-office names the day they are back.
pub const BACK_ON: &[&str] = &[
    "until",
    "back",
    "return",
    "returning",
    "reopen",
    "resume",
    "resumes",
    "pick this up",
    "pick it up",
    // From (a day on, they are back): German, Dutch, French, Spanish.
    "ab",
    "vanaf",
    "à partir du",
    "a partir del",
    // Until, and back: French, German, Dutch, Spanish.
    "jusqu'au",
    "retour",
    "zurück",
    "terug",
    "de vuelta",
    // I am back: Polish, Portuguese.
    "wracam",
    "volto",
];

/// The words after which an out-of-office names its last day away ("through Wednesday 16
/// December", "up to and including Friday 4 December": back the next weekday).
pub const LAST_DAY_AWAY: &[&str] = &[
    "through ",
    "up to and including ",
    "to and including ",
    "to ",
    // The same in German, French ("du 19 décembre au 3 janvier") and Dutch.
    "bis einschließlich ",
    "au ",
    "tot en met ",
];

/// Words just before an out-of-office cue that put the absence in the past ("I was out of
/// office all last week"): a mention in passing, not an automatic answer.
pub const AWAY_BEFORE: &[&str] = &["was", "were", "been", "had"];

/// Cues of a rejection or a closed process.
pub const REJECTION: &[&str] = &[
    "not be moving forward",
    "not be moving ahead",
    "won't be moving forward",
    "won't be moving ahead",
    "will not be moving forward",
    "not moving forward with your",
    "not to move forward with your",
    "not to proceed with your",
    "not be progressing",
    "won't be progressing",
    "will not be progressing",
    "not be proceeding",
    "won't be proceeding",
    "not be taking your application",
    "won't be taking your application",
    "not taking your application",
    "decided not to proceed",
    "decided not to progress",
    "decided not to offer you",
    "not to offer you the",
    "won't be extending an offer",
    "will not be extending an offer",
    "not be extending an offer",
    "won't be making an offer",
    "will not be making an offer",
    "not be making you an offer",
    "will not be offering you",
    "won't be offering you",
    "unable to offer you",
    "move forward with another",
    "move forward with other candidates",
    "proceed with another",
    "proceed with other candidates",
    "pursue other candidates",
    "go with another candidate",
    "gone with another candidate",
    "went with another candidate",
    "going with another candidate",
    "go in a different direction",
    "chose another candidate",
    "chosen another candidate",
    "selected another candidate",
    "offer the role to another",
    "offered the role to another",
    "offer the position to another",
    "offered the position to another",
    "another candidate was a closer fit",
    "another candidate was a stronger fit",
    "another candidate was a better fit",
    "has been filled",
    "have been filled",
    "has now been filled",
    "regret to inform you",
    "regret to let you know",
    "not in your favour",
    "not in your favor",
    "continue without you",
    "proceed without you",
    "move forward without you",
    "let you go from",
    "gone to someone",
    "it will not be you",
    "it won't be you",
    "it is not going to be you",
    "it's not going to be you",
    "declined your proposal",
    "was unsuccessful",
    "been unsuccessful",
    "not been successful",
    "not successful on this occasion",
    "were not successful",
    "not been selected",
    "not selected to move forward",
    "role has been closed",
    "position has been closed",
    "closed the position",
    "cancelled the position",
    "no longer considering your",
    "no longer under consideration",
    "no longer being considered",
    "a no from",
    "in another direction",
    "in a different direction",
    "go another way",
    "going another way",
    "gone another way",
    "it's a no",
    "it is a no",
    "made a hire",
    "did not meet the",
    "didn't meet the",
    "decline your application",
    "declined your application",
    "does not meet the",
    "doesn't meet the",
    "not been taken forward",
    "not be taken forward",
    "won't be taking you",
    "will not be taking you",
    "not be taking you forward",
    "made an appointment to the post",
    "made an appointment to this post",
    "made an appointment to the role",
    "decided not to continue with your",
    "decided not to continue your",
    "eliminated from",
    "removed from consideration",
    "asked someone else to take",
    "didn't go your way",
    "did not go your way",
    "going to pass for now",
    "decided to pass on your",
];

/// Acts of choosing someone: with [`SOMEONE_ELSE`] in the same clause, the job went to
/// another person ("we have selected another candidate", "the role went to an internal
/// transfer", "we've given the job to them").
pub const CHOSE: &[&str] = &[
    "fallen on",
    "fell on",
    "selected",
    "chosen",
    "chose ",
    "picked",
    "pick ",
    "gone with",
    "went with",
    "go with",
    "going with",
    "pursue",
    "appoint",
    "hire ",
    "hired",
    "offered the",
    "offered it",
    "been offered to",
    "given the job",
    "given the role",
    "given the post",
    "gave the",
    "went to",
    "fill the ",
    "fill it with",
    "filled",
    "an offer to",
    "offer the role",
    "offer the position",
    "offer the post",
    "offer the job",
    "offer it to",
    "progress with",
    "progressing with",
    "proceed with",
    "proceeding with",
    "continue with",
    "continuing with",
    "move forward with",
    "moving forward with",
    "move on with",
    "moving on with",
    "go ahead with",
    "going ahead with",
    "gone ahead with",
    "opted for",
    "landed on",
    "settled on",
    "decided on",
];

/// A decision taken, before an act of advancing the process with others ("we have decided
/// to continue the selection with other applicants").
pub const DECIDED_TO: &[&str] = &["decided to ", "decision to ", "chosen to ", "opted to "];

/// Words of a choice made; with "not you" after them, a rejection ("we've made our choice
/// and it's not you this time").
pub const CHOICE_MADE: &[&str] = &[
    "decision",
    "decided",
    "choice",
    "chosen",
    "picked",
    "made our",
    "made the call",
];

/// Acts of searching on; looking "for someone" else, a rejection ("we're going to keep
/// looking for someone closer to our hours").
pub const SEARCH_ON: &[&str] = &[
    "keep looking",
    "keep searching",
    "continue looking",
    "continue searching",
    "continue our search",
    "continue the search",
];

/// Whom a search goes on for.
pub const SOUGHT: &[&str] = &[
    "for someone",
    "for somebody",
    "for a candidate",
    "for another",
];

/// Acts of judging, before someone else compared with the user ("the panel felt another
/// candidate was further along").
pub const JUDGED: &[&str] = &[
    "felt",
    "found",
    "thought",
    "judged",
    "concluded",
    "believed",
];

/// Comparisons that put someone else ahead of the user.
pub const AHEAD: &[&str] = &[
    "further along",
    "stronger",
    "better",
    "closer",
    "more experience",
    "more closely",
    "more suited",
    "more relevant",
    "deciding factor",
];

/// Acts of choosing that name the person chosen as "them" ("the panel decided to appoint
/// them"): someone else.
pub const CHOSE_THEM: &[&str] = &[
    "appoint them",
    "hire them",
    "offered them",
    "chose them",
    "selected them",
    "gone with them",
];

/// Who else a job can go to.
pub const SOMEONE_ELSE: &[&str] = &[
    "other candidate",
    "other applicant",
    "other person",
    "other individual",
    "other finalist",
    "other profile",
    "a candidate with",
    "whose experience",
    "whose background",
    "whose skills",
    "whose profile",
    "whose qualifications",
    "candidates whose",
    "candidates who",
    "candidates with",
    "applicants whose",
    "applicants who",
    "applicants with",
    "someone else",
    "somebody else",
    "someone who",
    "someone with",
    "a different candidate",
    "a different applicant",
    "a different person",
    "internal",
    "a candidate whose",
    "a candidate from",
    "from inside",
    "from within",
    "a candidate who",
    "an applicant whose",
    "an individual",
    "to them",
    "successful candidate",
    "someone more",
    "a colleague",
    "an existing",
    "a current",
    "member of staff",
];

/// Someone else as one of a group ("we've decided to go ahead with one of the candidates
/// from the earlier round").
pub const ONE_OF_OTHERS: &[&str] = &[
    "one of the candidates",
    "one of the applicants",
    "one of the finalists",
    "one of the other",
    "one of our internal",
];

/// What the user's competitor is called, before what the employer did with them ("the
/// person we have appointed", "the candidate we've selected").
pub const PERSON_NOUNS: &[&str] = &["person", "candidate", "applicant", "individual", "finalist"];

/// A choice of someone already made, said after "we" ("the person we have appointed").
pub const CHOICE_DONE: &[&str] = &[
    "appointed",
    "chosen",
    "selected",
    "hired",
    "picked",
    "chose",
    "offered",
    "want",
];

/// Words between a person named and the employer who chose them ("the candidate whom we
/// have now selected").
pub const CHOICE_FILLERS: &[&str] = &[
    "who",
    "whom",
    "that",
    "we",
    "we've",
    "have",
    "had",
    "now",
    "finally",
    "ultimately",
    "'ve",
];

/// What became of the one chosen, when it is not this hire ("the person we hired for the
/// role last year has moved on").
pub const LEFT_THE_JOB: &[&str] = &["left", "leaving", "moved on", "resigned", "no longer"];

/// Acts of setting up a meeting; refused by the employer with a further meeting as their
/// object, no further round for the user ("we won't be arranging a second meeting").
pub const ARRANGING: &[&str] = &[
    "arrang",
    "schedul",
    "set up",
    "setting up",
    "invit",
    "hold",
    "book",
    "organis",
    "organiz",
    "line up",
    "lining up",
];

/// Steps of the process that a further one may be ("there isn't going to be a next step on
/// our side").
pub const STEP_NOUNS: &[&str] = &[
    "step",
    "stage",
    "round",
    "interview",
    "meeting",
    "conversation",
];

/// A step denied to the user, not to the process as a whole ("on our side", "for you").
pub const STEP_FOR_YOU: &[&str] = &[
    "for you",
    "on our side",
    "on our end",
    "from our side",
    "from us",
    "for your application",
    "with us",
];

/// Words that put a refused step off or leave it to be arranged another way ("we won't
/// hold final interviews on Friday after all", "no further steps are needed from you").
pub const STEP_PUT_OFF: &[&str] = &[
    "until",
    "before",
    "unless",
    "if",
    "yet",
    "need",
    "needed",
    "required",
    "necessary",
    "now",
    "instead",
    "rather",
    "after",
    "week",
    "today",
    "tomorrow",
    "online",
    "person",
    "take",
    "do",
    "complete",
];

/// The days of the week.
pub const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// News called good ("better news", "the news you were hoping for"); denied, a rejection
/// ("I'm sorry it isn't better news on this occasion").
pub const GOOD_NEWS: &[&str] = &[
    "better news",
    "good news",
    "happier news",
    "brighter news",
    "welcome news",
    "positive news",
    "the news you",
    "news you were",
];

/// Words that make news not good for now only, about something else, or only compared
/// ("no better news yet", "not good news on the timing", "no better news than last
/// week").
pub const NEWS_FOR_NOW: &[&str] = &[
    " than ",
    "yet",
    "still",
    "for now",
    "so far",
    "at the moment",
    "right now",
    "timing",
    "timeline",
    "date",
    "delay",
    "update on",
];

/// Words of people taken on for the job ("approved the appointment of two new
/// trustees", "we are hiring three analysts"); with "you are one of them" after, an offer.
pub const TAKEN_ON: &[&str] = &[
    "appointment of",
    "appointed",
    "hired",
    "hiring",
    "taking on",
];

/// An offer called a proposal made to the user ("make you a proposal", "our proposal with
/// the salary"), not one the user writes ("your project proposal").
pub const PROPOSAL_MADE: &[&str] = &[
    "you a proposal",
    "you our proposal",
    "our proposal",
    "a proposal to you",
    "the proposal we",
    "proposal of employment",
    "employment proposal",
    "job proposal",
    "salary proposal",
];

/// What a proposal made of the job holds: joining, pay, a start or a contract.
pub const PROPOSAL_TERMS: &[&str] = &[
    "join",
    "salary",
    "benefits",
    "start date",
    "per month",
    "per year",
    "per annum",
    "package",
    "contract",
    "€",
    "£",
    "$",
    "eur",
    "usd",
    "gbp",
];

/// A proposal that is a piece of work, not the job ("a short proposal for the case
/// study").
pub const PROPOSAL_WORK: &[&str] = &[
    "project",
    "prepare",
    "draft",
    "write",
    "present",
    "submit",
    "case",
    "task",
    "received your",
    "interview",
    "schedule",
    "agenda",
    "meeting",
    "call",
];

/// Acts an employer declines when they say no: with a final negation ([`REFUSING`]) and
/// the user or the job as object ([`YOU_OR_ROLE`]), a rejection ("we are not able to
/// offer you the position", "we won't be progressing your application").
pub const REFUSED: &[&str] = &[
    "offer you",
    "offering you",
    "an offer",
    "offer to you",
    "offer for",
    "progress",
    "proceed",
    "move forward",
    "moving forward",
    "move you forward",
    "moving you forward",
    "move you on",
    "moving you on",
    "take things further",
    "taking things further",
    "take it further",
    "taking it further",
    "take your application",
    "taking your application",
    "hire",
    "fill",
    "this is going to work out",
    "this one is going to work out",
    "it's going to work out",
    "it is going to work out",
    "things are going to work out",
    "continue with",
    "continuing with",
    "moving your application",
    "move your application",
    "invite you to",
    "invite you for",
    "considered",
    "right fit",
    "good fit",
    "right match",
    "under consideration",
    "successful",
    "appoint",
    "inviting you",
    "take you forward",
    "taking you forward",
    "a fit",
    "count on your",
    "favourable",
    "favorable",
    "land on you",
    "pick you",
    "choose you",
    "go with you",
];

/// Acts of advancing a candidacy: with a closing negation and nothing after them ("we've
/// decided not to move forward"), or after "pass on", a rejection.
pub const ADVANCING: &[&str] = &[
    "progress",
    "proceed",
    "move forward",
    "moving forward",
    "take it further",
    "taking it further",
    "take things further",
    "taking things further",
    "continue",
    "continuing",
];

/// Things handed on to someone, not a candidacy passed on ("we'll pass on your
/// feedback").
pub const HANDED_ON: &[&str] = &[
    "details",
    "feedback",
    "thanks",
    "cv",
    "résumé",
    "resume",
    "notes",
    "comments",
    "message",
    "questions",
    "contact",
    "information",
    "info",
    "number",
    "email",
    "portfolio",
];

/// What may follow an act of advancing that ends a negated clause ("we won't be
/// proceeding at this stage").
pub const THIS_TIME: &[&str] = &[
    "at this time",
    "this time",
    "this time around",
    "at this stage",
    "on this occasion",
    "at this point",
    "further",
];

/// The steps an advance leads to ("not moving forward to an offer").
pub const STEPS: &[&str] = &[
    "an offer",
    "offer",
    "the offer stage",
    "the next stage",
    "the next round",
    "the next step",
    "the final round",
    "the final stage",
    "interview",
    "an interview",
];

/// Words between "not" and "to" that do not close the matter ("not yet to", "not due to
/// start").
pub const NOT_WORD_TO: &[&str] = &["yet", "due", "only", "hesitate", "long", "forget", "need"];

/// Negations that close a matter, as opposed to "not yet" or "hasn't been".
pub const REFUSING: &[&str] = &[
    "not be",
    "won't",
    "will not",
    "not able",
    "unable",
    "cannot",
    "can't",
    "not going to",
    "decided not",
    "not to ",
    "don't think",
    "do not think",
    "no longer",
    "not progressing",
    "not in a position",
    "not the right",
    "not moving",
    "not proceeding",
    "not taking",
    "not been",
    "don't see",
    "do not see",
    "don't feel",
    "do not feel",
    "don't believe",
    "do not believe",
    "did not approve",
    "didn't approve",
    "did not support",
    "didn't support",
    "did not recommend",
    "didn't recommend",
    "did not land",
    "didn't land",
    "did not pick",
    "didn't pick",
    "did not choose",
    "didn't choose",
    "did not go with",
    "didn't go with",
];

/// The user, their application, or the job.
pub const YOU_OR_ROLE: &[&str] = &[
    "you",
    "your",
    "role",
    "position",
    "post",
    "job",
    "it",
    "things",
    "this one",
    "candidacy",
    "vacancy",
    "opening",
    "yours",
];

/// Words after "you" that make the user the one given something ("sent you an offer").
pub const DETERMINERS: &[&str] = &[
    "a", "an", "the", "our", "my", "this", "that", "these", "some", "any", "their",
];

/// Acts of giving the user something; with the job named next, an offer of the job
/// ("we'd like to offer you the contract", "happy to propose you the position").
pub const GIVING_YOU: &[&str] = &["offer you", "offering you", "propose you", "proposing you"];

/// Words that mark an offer changed or made ready by the employer ("your updated offer",
/// "the team has approved your offer"; with "the rest of the offer stays the same").
pub const REVISED: &[&str] = &[
    "updated",
    "revised",
    "amended",
    "improved",
    "approved",
    "finalised",
    "finalized",
];

/// Words after "offer" that make it part of the process, not the job offered ("the offer
/// stage", "the offer timeline").
pub const OFFER_NOT_JOB: &[&str] = &["stage", "process", "timeline", "date", "dates", "call"];

/// Words of wanting the user (with [`ON_THE_TEAM`] after them, an offer: "we want you on
/// the team").
pub const WANTED: &[&str] = &["want you", "have you", "love you", "like you"];

/// A place on the team, right after [`WANTED`].
pub const ON_THE_TEAM: &[&str] = &[
    " on the team",
    " on our team",
    " in the team",
    " on board",
    " aboard",
    " join the team",
    " join our team",
];

/// Acts of taking the user on ("bring you on as the analyst", "engage you for the
/// assignment").
pub const TAKING_ON: &[&str] = &[
    "bring you on",
    "bring you in as",
    "bring you aboard",
    "engage you",
    "take you on",
];

/// A wish put off to no day ("we'd love to have you join the team one day"): no offer.
pub const SOMEDAY: &[&str] = &[
    "one day",
    "someday",
    "some day",
    "in the future",
    "in future",
    "at some point",
    "down the line",
    "future role",
    "future opening",
    "future vacanc",
];

/// The user joining, before the role they would hold ("we'd love you to join us as head
/// of data", "we'd be delighted if you came on board as our first analyst").
pub const YOU_JOINING: &[&str] = &[
    "you join",
    "you to join",
    "you joining",
    "you came on board",
    "you come on board",
    "you to come on board",
    "you coming on board",
];

/// Groups one joins without being hired ("join our talent community").
pub const JOINED_NOT_HIRED: &[&str] = &[
    "community",
    "pool",
    "network",
    "list",
    "newsletter",
    "webinar",
    "event",
    "club",
    "alumni",
];

/// Asks to join the work itself ("would you like to come and build this with us?"): with
/// "us" or the team after it, and no meeting, an offer.
pub const JOIN_US: &[&str] = &[
    "come and build",
    "come and join",
    "come and work",
    "come build",
    "come join",
    "come work",
];

/// Words before "you" that make the user the one spoken to ("to let you know").
pub const TO_YOU: &[&str] = &[
    "let", "tell", "inform", "thank", "remind", "update", "assure",
];

/// Words that leave a negated act open ("no offer has gone out to anyone yet").
pub const PENDING: &[&str] = &[
    "yet",
    "anyone",
    "has not been made",
    "not been filled",
    "still",
];

/// What a job is called.
pub const ROLE_NOUNS: &[&str] = &[
    "role",
    "position",
    "post",
    "vacancy",
    "opening",
    "job",
    "req",
    "requisition",
    "recruitment",
    "search",
    "hiring for",
    "seat",
];

/// Words that may stand between a verb and its participle ("the vacancy is therefore
/// closed", "the post has now been filled"), read past.
pub const ADVERBS: &[&str] = &[
    "now",
    "therefore",
    "also",
    "already",
    "since",
    "unfortunately",
];

/// What happens to a job that is closed for good (with [`ROLE_NOUNS`], a rejection).
pub const CLOSED: &[&str] = &[
    "closed the",
    "been closed",
    "is closed",
    "been cancelled",
    "been canceled",
    "withdrawn",
    "no longer available",
    "no longer hiring",
    "won't be a hire",
    "not plan to reopen",
    "not planning to reopen",
    "not planning to restart",
    "no longer exists",
    "decided to close",
    "decided to cancel",
    "decision to close",
    "no longer open",
    "been eliminated",
];

/// Cues of an offer of the job.
pub const OFFER: &[&str] = &[
    "pleased to offer you",
    "happy to offer you",
    "delighted to offer you",
    "thrilled to offer you",
    "excited to offer you",
    "like to offer you the",
    "love to offer you the",
    "like to offer you a position",
    "like to offer you a role",
    "extend an offer",
    "extend you an offer",
    "extend to you an offer",
    "to make you an offer",
    "making you an offer",
    "offer of employment",
    "formal offer",
    "written offer",
    "your offer letter",
    "the offer letter",
    "confirm our offer",
    "verbal offer",
    "offer you the position",
    "offer you the role",
    "offer you the job",
    "we have an offer for you",
    "offer of appointment",
    "offer letter for",
    "offer letter attached",
    "new offer letter",
    "your offer for",
    "your offer is",
    "version of the offer",
    "hire you",
    "bring you on board",
    "bring you aboard",
    "successful at interview",
    "it's a yes",
    "you got the job",
    "you've got the job",
    "come back with an offer",
    "came back with an offer",
];

/// Candidates in general, as a sentence about how the process goes names them
/// ("successful candidates hear from the hiring manager, and a written offer follows"):
/// what happens to them is no offer to the user.
pub const CANDIDATES_IN_GENERAL: &[&str] = &[
    "successful candidates",
    "the successful candidate",
    "successful applicants",
    "the successful applicant",
    "shortlisted candidates",
    "shortlisted applicants",
    "candidates who",
    "applicants who",
    "all candidates",
    "every candidate",
    "each candidate",
];

/// Words that report on an offer already made ("your offer is now unconditional", "all
/// pre-employment checks are complete"): not a new offer, unless an answer-by day is
/// asked for.
pub const OFFER_STATUS: &[&str] = &[
    "unconditional",
    "checks are complete",
    "checks are now complete",
    "checks have been completed",
    "checks have cleared",
    "checks have all cleared",
    "cleared your checks",
    "accepted our offer",
    "accepted the offer",
    "accepted your offer",
    "accepting our offer",
    "accepting the offer",
];

/// The user asked to decide (with an offer in the message, an offer: "please let me know
/// your decision within three business days", "no pressure to decide today").
pub const USER_DECIDES: &[&str] = &[
    "know your decision",
    "your decision within",
    "your decision by",
    "pressure to decide",
    "rush to decide",
    "need to decide today",
    "time to decide",
    "think it over",
    "have a think",
    "sleep on it",
    "mull it over",
    "like to accept",
    "wish to accept",
    "sign and return",
];

/// What an offer is made of, besides the word "offer" (with [`USER_DECIDES`], an offer).
pub const OFFER_MATTER: &[&str] = &[
    "contract of employment",
    "employment contract",
    "your contract",
    "package",
    "salary",
    "£",
    "€",
];

/// Words that put an act in the past ("we ended up filling it a couple of weeks ago").
pub const DONE_BY_NOW: &[&str] = &["ended up", " ago", "already", "last week", "last month"];

/// Acts of telling the user; with [`DONE_BY_NOW`] in a sentence, news told before ("a few
/// weeks ago we let you know we weren't progressing it"), not new.
pub const TOLD_BEFORE: &[&str] = &[
    "let you know",
    "told you",
    "informed you",
    "wrote to you",
    "said",
    "mentioned",
];

/// Names of a message; with [`REPORTING`] after it and [`EARLIER`] before, another mail
/// whose words are reported ("you may have received an email saying your application had
/// been unsuccessful"), not this one's news.
pub const MAIL_NOUNS: &[&str] = &[
    "email",
    "e-mail",
    "message",
    "note",
    "letter",
    "notification",
    "notice",
    "text",
];

/// This message's own news named ("this update", "this decision"); with "only" and an
/// application or a role, the message is limited to that one.
pub const THIS_NEWS: &[&str] = &[
    "this update",
    "this decision",
    "this outcome",
    "this message",
    "this email",
    "this note",
    "this letter",
    "this notification",
];

/// Names of an application besides the role's (see [`ROLE_NOUNS`]).
pub const APPLICATION_NOUNS: &[&str] = &["application", "process", "candidacy"];

/// Other applications said to stand ("any other applications are not affected", "this
/// has no bearing on your other process").
pub const OTHERS_STAND: &[&str] = &[
    "no bearing on",
    "not affected",
    "unaffected",
    "isn't affected",
    "not be affected",
    "does not affect",
    "doesn't affect",
    "separate from your",
];

/// Words that open a greeting line ("Dear Jordan,").
pub const GREETINGS: &[&str] = &["dear", "hi", "hello", "hey", "hiya", "morning"];

/// Ways of addressing anyone, not a person by name ("Dear Candidate,").
pub const ADDRESSEES: &[&str] = &[
    "candidate",
    "candidates",
    "applicant",
    "applicants",
    "all",
    "sender",
    "sir",
    "madam",
    "team",
    "colleague",
    "colleagues",
    "everyone",
    "everybody",
    "there",
    "friend",
    "friends",
    "folks",
    "customer",
    "member",
    "user",
];

/// Capitalised words that may stand before a role's name without qualifying it ("Your
/// Product Manager application", "Re: Product Manager").
pub const OPENING_WORDS: &[&str] = &[
    "the", "your", "our", "a", "an", "this", "that", "for", "re", "fw", "fwd", "dear", "as",
];

/// Openings of a part of a sentence that names what the user has done ("following your
/// interviews on 18 and 19 November"): its days are not those of a round proposed.
pub const AFTER_YOURS: &[&str] = &[
    "following your",
    "after your",
    "further to your",
    "since your",
    "thanks for the",
    "thank you for the",
    "thanks for your",
    "thank you for your",
];

/// What undoes or settles an offer named in a status ("Offer declined").
pub const OFFER_UNDONE: &[&str] = &[
    "declin",
    "withdraw",
    "rescind",
    "accept",
    "reject",
    "expired",
    "pending approval",
];

/// The user's contract named as a document ("your contract", "a statement of main
/// terms"): sent to be read or signed, an offer.
pub const CONTRACT: &[&str] = &[
    "your contract",
    "contract of employment",
    "employment contract",
    "statement of main terms",
    "statement of terms",
    "letter of appointment",
    "contract pack",
];

/// Acts of sending a document ("please find", "we enclose").
pub const SENDING: &[&str] = &[
    "attached",
    "enclose",
    "please find",
    "here is",
    "here's",
    "sending you",
];

/// Words after "as" that are no role ("as well", "as soon as").
pub const NOT_A_ROLE: &[&str] = &[
    "well",
    "soon",
    "part",
    "much",
    "a candidate",
    "an applicant",
    "a finalist",
    "a guest",
];

/// Asks for the user's money ("purchase your equipment from our vendor", "a processing
/// fee"): an employer who asks to be paid makes no offer.
pub const PAY_TO_JOIN: &[&str] = &[
    "purchase",
    "processing fee",
    "registration fee",
    "training fee",
    "gift card",
    "wire transfer",
    "pay a fee",
    "pay for your",
];

/// What a request for referees asks for ("two names", "their contact details").
pub const PEOPLE_ASKED: &[&str] = &[
    "names",
    "contact details",
    "details of",
    "numbers",
    "referee",
    "contact at",
];

/// Words of an attempt; the writer's attempt "unsuccessful" is no rejection.
pub const ATTEMPTS: &[&str] = &[
    "tried",
    "try",
    "trying",
    "attempted",
    "attempt",
    "attempts",
    "search",
    "recruitment",
    "hunt",
    "campaign",
    "advert",
    "advertising",
];

/// Openings of a clause of purpose: what follows would be made possible, and has not
/// happened ("so that we can offer the slot to another applicant").
pub const PURPOSE: &[&str] = &[
    " so that ",
    " so we can ",
    " so as to ",
    " in order to ",
    " because ",
    " as we ",
    " since ",
];

/// Words that report what a message said.
pub const REPORTING: &[&str] = &[
    "saying",
    "stating",
    "telling",
    "told",
    "informing",
    "which said",
    "that said",
];

/// Signs that a message named is an earlier one, not this one.
pub const EARLIER: &[&str] = &[
    "received",
    "may have",
    "might have",
    "will have",
    "earlier",
    "yesterday",
    "previous",
    "last night",
    "last week",
    "this morning",
];

/// Openings of a sentence that refer to a matter before the comma closes them ("further
/// to our offer, …", "with reference to your offer letter, …").
pub const REFERRING: &[&str] = &[
    "further to ",
    "following ",
    "with reference to ",
    "in reference to ",
    "with regard to ",
    "regarding ",
    "in connection with ",
    "in relation to ",
    "as part of ",
    "pursuant to ",
    "as per ",
];

/// An offer named as one already made ("our offer", "your offer letter").
pub const OFFER_NAMED: &[&str] = &["our offer", "your offer", "the offer", "my offer"];

/// Acts of taking an offer back (with "offer" as object and the employer acting, a
/// rejection: "we must withdraw our offer").
pub const WITHDRAWING: &[&str] = &[
    "withdraw",
    "rescind",
    "revok",
    "revoke",
    "retract",
    "take back",
    "taking back",
];

/// Participles of the steps a candidacy passes; negated with the user or their
/// application as subject, a rejection ("your application was not progressed", "you have
/// not been shortlisted").
pub const ADVANCED: &[&str] = &[
    "shortlisted",
    "progressed",
    "selected",
    "chosen",
    "appointed",
    "successful",
    "advanced",
    "retained",
    "admitted",
];

/// Acts of giving done ("offered the post to", "gave the job to"): with the job as object
/// and anyone but the user after "to", a rejection.
pub const GIVEN: &[&str] = &["offered", "given", "gave", "awarded"];

/// Acts of giving still to do; only after "decided to" ("I've decided to give the job to
/// my nephew") are they done.
pub const GIVE: &[&str] = &["give", "offer", "award"];

/// Words between a job and the act done to it in the passive ("the post has now been
/// offered to …").
pub const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "been", "was", "is", "now", "already", "since",
];

/// How the person a job was given to is named after "to" ("to the highest-scoring
/// candidate", "to my nephew", "to another applicant").
pub const SOMEONE_NAMED: &[&str] = &[
    "another", "someone", "somebody", "a", "an", "the", "one", "my", "our", "his", "her", "their",
    "other",
];

/// Someone else, as the subject of a choice made in the passive ("another applicant has
/// been selected").
pub const ANOTHER_CHOSEN: &[&str] = &[
    "another candidate",
    "another applicant",
    "another finalist",
    "another person",
    "a different candidate",
    "a different applicant",
    "an internal candidate",
    "an external candidate",
    "someone else",
];

/// Participles of a choice of someone (after "has been" or "was").
pub const CHOSEN: &[&str] = &[
    "selected",
    "chosen",
    "appointed",
    "hired",
    "picked",
    "offered",
];

/// A step someone was chosen for, not the job ("selected for interview").
pub const STEPS_FOR: &[&str] = &[
    "for interview",
    "for an interview",
    "for the next",
    "for a second",
    "for the final",
    "to interview",
];

/// Words before "not" (or before "n't") of an act the employer did not do ("the panel has
/// not shortlisted you", "we didn't select you").
pub const DID_OR_HAS: &[&str] = &["did", "has", "have", "had", "do", "does"];

/// Acts of putting a candidacy forward; denied by the employer with the user as object, a
/// rejection ("the panel has not shortlisted your application").
pub const PUT_FORWARD: &[&str] = &[
    "shortlisted",
    "shortlist",
    "selected",
    "select",
    "progressed",
    "progress",
    "advanced",
    "advance",
    "chosen",
    "choose",
    "appointed",
    "appoint",
    "invited",
    "invite",
];

/// What of the user is judged against a job ("your profile", "your qualifications").
pub const QUALITIES: &[&str] = &[
    "profile",
    "qualifications",
    "experience",
    "background",
    "skills",
    "skillset",
    "cv",
    "application",
];

/// Verbs whose negation judges ("is not", "doesn't").
pub const IS_OR_DOES: &[&str] = &["is", "are", "was", "were", "do", "does", "did"];

/// Words of a candidacy fitting a job; negated just after the candidacy, a rejection
/// ("your profile is not the most suitable for the position").
pub const FIT: &[&str] = &[
    "suitable", "suited", "match", "matching", "matches", "fit", "fitting", "aligned", "align",
];

/// Words that make a negated fit no judgement ("your experience doesn't need to match").
pub const NOT_FIT: &[&str] = &["need", "have", "must", "sure", "worry", "required"];

/// The user or their candidacy as the subject of a step passed or not.
pub const CANDIDACY: &[&str] = &["you", "your", "application", "candidacy", "profile", "cv"];

/// The user's candidacy named, so an "it" in the next sentence may stand for it.
pub const YOUR_CANDIDACY: &[&str] = &[
    "your application",
    "your candidacy",
    "your profile",
    "your cv",
    "your file",
];

/// Acts that carry a candidacy on, by their opening letters ("advance", "progressing",
/// "proceeded"); negated, with the user or their candidacy as object, a refusal.
pub const CARRY_ON_STEMS: &[&str] = &[
    "advanc",
    "progress",
    "proceed",
    "pursu",
    "shortlist",
    "consider",
];

/// Acts that carry a candidacy on only with a word of direction after them ("take it
/// forward", "carry your application further", "move you on").
pub const CARRY_ON_VERBS: &[&str] = &[
    "pass",
    "take",
    "taking",
    "carry",
    "carrying",
    "move",
    "moving",
    "put",
    "putting",
    "bring",
    "bringing",
    "consider",
    "considering",
];

/// Words of direction after [`CARRY_ON_VERBS`].
pub const ONWARD: &[&str] = &["forward", "further", "on", "ahead", "next", "through"];

/// What a candidacy is called as the object of an act ("advance your candidacy").
pub const CANDIDACY_OBJECTS: &[&str] = &[
    "application",
    "candidacy",
    "candidature",
    "profile",
    "file",
    "cv",
    "résumé",
    "resume",
    "details",
];

/// Words that make a refusal to carry a candidacy on one for a while or on a condition
/// ("we can't progress your application until we have your documents").
pub const FOR_A_WHILE: &[&str] = &[
    "until",
    "till",
    "without",
    "unless",
    "yet",
    "before",
    "while",
    "whether",
    "if",
    "pending",
    "for now",
    "this week",
    "today",
];

/// Acts of halting a search for a while; with a job named and a sign it is for a time
/// ([`TEMPORARY`]), a delay ("recruitment to the post has been stopped while the
/// department reviews its structure", "we're holding all new hires until the round
/// closes").
pub const HALTED: &[&str] = &[
    "halted",
    "stopped",
    "on ice",
    "parked",
    "put on",
    "withdrawn",
    "holding hiring",
    "holding off",
    "postponed",
    "suspended",
    "hold all",
    "holding all",
    "hold new",
    "holding new",
];

/// Everyone in the process, as the object of a refusal to advance for a while ("until that
/// review is complete we can't progress any candidates"): a delay, not a no to the user.
pub const EVERYONE: &[&str] = &[
    "any candidates",
    "any applicants",
    "any applications",
    "anyone",
    "any further",
    "all candidates",
    "the process",
];

/// Acts of stopping a process ("we're going to stop the process here").
pub const STOPPING: &[&str] = &[
    "stop", "stops", "stopped", "stopping", "end", "ends", "ended", "ending", "close", "closes",
    "closed", "closing", "halt", "halts", "halted", "halting",
];

/// A check that something sent has arrived ("just making sure the offer letter reached
/// you"): what it names was sent before, not made now.
pub const DELIVERY_CHECKED: &[&str] = &[
    "reached you",
    "made it to you",
    "arrived safely",
    "in one piece",
    "did you receive",
    "have you received",
    "has it arrived",
];

/// A wish put off to a time to come ("we'd still love to hire you when we can"): no offer
/// made now.
pub const NOT_NOW: &[&str] = &[
    "when we can",
    "when we're able",
    "when we are able",
    "once we can",
    "once we're able",
    "once we are able",
    "in the future",
    "down the line",
    "some day",
    "someday",
];

/// Hires no one may make ([`super::clause::no_hires_allowed`]).
pub const ANY_HIRE: &[&str] = &[
    "any new",
    "anyone",
    "any hires",
    "new hires",
    "any permanent",
    "new permanent",
];

/// Every candidate named as the object of an act ("we won't progress any candidates").
pub const EVERY_CANDIDATE: &[&str] = &[
    "any candidates",
    "any applicants",
    "any applications",
    "anyone",
    "all candidates",
    "all applicants",
];

/// Signs that a halt is for a time.
pub const TEMPORARY: &[&str] = &[
    "while",
    "until",
    "pending",
    "for now",
    "for the time being",
    "temporarily",
    "again",
    "resume",
    "reopen",
    "restart",
    "back up",
];

/// Acts of closing a job; negated ("we're not closing the role"), with a job named, the
/// search is paused, not ended.
pub const CLOSING: &[&str] = &["closing", "cancelling", "canceling", "withdrawing"];

/// Acts of choosing the user ("you have been selected for the role", "your application
/// was successful"): an offer, unless an interview, round or stage follows.
pub const SELECTED_YOU: &[&str] = &[
    "been selected for the",
    "were selected for the",
    "been chosen for the",
    "were chosen for the",
    "been successful",
    "was successful",
    "were successful",
    "chose you",
    "choose you",
    "chosen you",
    "selected you",
    "select you",
    "picked you",
];

/// Words after an act of choosing that make it a step of the process, not the job.
pub const A_STEP: &[&str] = &[
    "finalist",
    "progress",
    "interview",
    "round",
    "stage",
    "shortlist",
    "assessment",
    "next",
    "search",
];

/// Steps short of the whole process: success "at" one of them ("successful at the sift
/// stage", "at shortlisting") is a step passed, not the job.
pub const A_STAGE: &[&str] = &[
    "stage",
    "sift",
    "shortlist",
    "screen",
    "round",
    "step",
    "first",
];

/// The terms of an offer as a list: pay, a start, and a day to answer by (all three, or
/// pay and a start as list lines, make an offer).
pub const PAY: &[&str] = &[
    "salary",
    "base",
    "per year",
    "per annum",
    "/day",
    "/hr",
    "/hour",
    "per hour",
    "compensation",
    "pay:",
    "remuneration",
];

/// Marks of a sum of money.
pub const MONEY: &[&str] = &["£", "$", "€", "gbp", "usd", "eur"];

/// See [`PAY`].
pub const START: &[&str] = &["start date", "start:", "starting", "start "];

/// After an offer cue, words that show it is an interview, not the job, being offered.
pub const OFFERED_INTERVIEW: &[&str] = &[
    "interview",
    "call",
    "round",
    "meeting",
    "chat",
    "conversation",
    "chance",
    "opportunity to",
];

/// The words near which an offer names its answer-by day.
pub const ANSWER_BY: &[&str] = &[
    "respond",
    "reply",
    "return",
    "accept",
    "let us know",
    "let me know",
    "your answer",
    "your decision",
    "deadline",
    "valid until",
    "valid for",
    "expires",
    "no later than",
    "need to hear",
    "back to us",
    "back to me",
    "stands until",
    "open until",
    "confirm by",
    "yes or no",
    "sign and return",
    "sign it by",
    "sign by",
    "signed acceptance",
    "tell me by",
    "tell us by",
    "decide by",
    "have until",
    "take until",
    "an answer",
    "answer by",
    "answer needed",
    "expiry",
    "expiration",
    "your response",
    "a decision by",
    "know by",
    "hear back",
    "response date",
    "your yes",
];

/// Words that keep an offer or its link open; with "until" in the same sentence, the day
/// named is the day to answer by ("the link stays active until Monday").
pub const LASTS: &[&str] = &[
    "remain",
    "stay",
    "active",
    "available",
    "live",
    "valid",
    "open",
];

/// Words that tie an answer-by to another event ("within a week of receiving it"): no day.
pub const ANSWER_RELATIVE: &[&str] = &["of that", "of receiving", "after receiving", "of receipt"];

/// Cues of a freeze, reorganisation or paused search.
pub const DELAY: &[&str] = &[
    "hiring freeze",
    "freeze on hiring",
    "frozen",
    "on hold",
    "suspended",
    "paused",
    "pausing",
    "to pause",
    "pause on",
    "pause all",
    "pause external",
    "on pause",
    "restructur",
    "reorganis",
    "reorganiz",
    "reorg",
    "budget freeze",
    "budget review",
    "budgets are being reviewed",
    "put the search",
    "put the role",
    "put the position",
    "put hiring",
    "freez",
    "froze",
];

/// Cues of a request for references.
pub const REFERENCES: &[&str] = &[
    "references",
    "referees",
    "referee",
    "reference check",
    "reference stage",
    "recommendation letter",
    "letters of recommendation",
    "letter of recommendation",
    "reference details",
    "a reference from",
    "a former manager",
    "your former manager",
    "contact details for your former",
    "contact details of your former",
    "who have managed you",
    "who managed you",
    "supervised you",
    "vouch for you",
    "referencing",
    "for a reference",
    "as a reference",
    "former manager",
];

/// Words that name the user or the employer as a party to a request ("your referees",
/// "we need two references", "please").
pub const ASKING_PARTIES: &[&str] = &[
    "you", "your", "please", "we", "we're", "we'd", "we'll", "i", "i'd", "i'll",
];

/// Ways of asking to speak to someone, and the people the user has worked with: together,
/// in a request, a request for references ("could you put me in touch with your manager
/// at your last job").
pub const SPEAK_TO: &[&str] = &[
    "speak to",
    "speak with",
    "talk to",
    "talk with",
    "in touch with",
    "contact",
    "hear from",
    "word with",
];

/// People the user may name ([`super::clause::people_to_hear_about_you`]).
pub const PEOPLE_WORDS: &[&str] = &[
    "people",
    "someone",
    "somebody",
    "person",
    "names",
    "name",
    "contacts",
    "colleague",
    "colleagues",
    "employers",
    "managers",
];

/// Acts of getting in touch to hear about the user ("people I can whatsapp").
pub const GETTING_IN_TOUCH: &[&str] = &[
    "call", "ring", "whatsapp", "speak", "chat", "talk", "hear", "contact", "email", "phone",
    "message",
];

/// What people named may speak of: the user and their work ("someone you've reported to",
/// "someone from that project", "hear about you").
pub const ABOUT_YOUR_WORK: &[&str] = &[
    "about you",
    "reported to",
    "worked",
    "seen you",
    "project",
    "previous",
    "former",
    "past ",
    "mentored",
    "managed you",
    "your work",
    "how you",
    "alongside",
];

/// Words of a question or request that asks the user for people ("is there someone").
pub const ASKING_FOR_PEOPLE: &[&str] = &[
    "is there someone",
    "is there anyone",
    "just need",
    "i need",
    "we need",
    "send me",
    "send us",
];

/// See [`SPEAK_TO`].
pub const WORKED_WITH: &[&str] = &[
    "you've worked with",
    "you have worked with",
    "you worked with",
    "who worked with you",
    "who have worked with you",
    "who've worked with you",
    "your manager",
    "your line manager",
    "your former",
    "your previous",
    "managed you",
    "supervised you",
    "a former colleague",
    "a peer",
    "your old manager",
    "your old boss",
    "people from your",
    "former line manager",
];

/// Cues of marketing mail (a newsletter, job alerts): it invites to no round.
pub const MARKETING: &[&str] = &[
    "unsubscribe",
    "newsletter",
    "manage your preferences",
    "job alert",
    "jobs you may",
    "jobs matching",
];

/// Words that report on references already taken ("your references have come back"):
/// not a request.
pub const REFERENCE_STATUS: &[&str] = &[
    "came through",
    "come through",
    "references are in",
    "under way",
    "underway",
    "being processed",
    "in progress",
    "come back",
    "came back",
    "has started",
    "have been received",
    "initiated",
    "completed",
    "cleared",
    "been verified",
];

/// Text that is never read for a kind: legal and equal-opportunity notices, eligibility
/// and background-check notices, footers of automated mail, hypothetical offers. A
/// sentence holding one says nothing about this message's news.
pub const BOILERPLATE: &[&str] = &[
    "do not reply",
    "not monitored",
    "replies are not read",
    "equal opportunity",
    "equal-opportunity",
    "without regard to",
    "confidential",
    "intended recipient",
    "constitutes an offer",
    "constitute an offer",
    "nothing in this",
    "subject to the terms",
    "terms set out in",
    "personal data",
    "privacy notice",
];

/// Words that make what they open a condition or a case in general ("if you are
/// successful", "any offer"): the part of a sentence before its boilerplate is read only
/// without them.
pub const CONDITIONS: &[&str] = &[
    "if", "once", "should", "when", "unless", "any", "whether", "subject", "provided",
];

/// Notices that are boilerplate unless the sentence asks the user to act ([`REQUEST`]).
pub const NOTICES: &[&str] = &[
    "i-9",
    "employment eligibility",
    "eligibility to work",
    "authorization to work",
    "authorisation to work",
    "right to work",
    "right-to-work",
    "e-verify",
    "background check",
    "background screening",
    "screening partner",
    "any offer",
    "if you receive an offer",
    "offers of employment",
    // Warnings against recruitment fraud ("a genuine offer will only come from …").
    "genuine offer",
    "will never ask",
    "never ask candidates",
    "recruitment fraud",
    "recruitment scam",
    "report suspicious",
    "fraudulent",
];

/// Words asking the user to act.
pub const REQUEST: &[&str] = &[
    "please complete",
    "please send",
    "please provide",
    "please submit",
    "please fill",
    "please share",
    "please upload",
    "could you",
    "can you",
    "would you",
];

/// Cues of an invitation to another interview.
pub const NEXT_ROUND: &[&str] = &[
    "to the next round",
    "to the final round",
    "to the next stage",
    "to the final stage",
    "for the next round",
    "for the final round",
    "a second round",
    "a second interview",
    "second interview",
    "a third interview",
    "a final interview",
    "another interview",
    "a further interview",
    "a follow-up interview",
    "a follow up interview",
    "a panel interview",
    "an onsite",
    "an on-site",
    "a technical interview",
    "case study round",
    "invite you",
    "like you to come",
    "like to see you again",
    "see you again for",
    "come back and meet",
    "come in and meet",
    "like to interview you",
    "schedule an interview",
    "schedule a call",
    "schedule a second",
    "schedule the next",
    "schedule your",
    "set up an interview",
    "set up a call with",
    "set up a 30",
    "set up a 45",
    "set up a 60",
    "set up a time",
    "book an interview",
    "book a time",
    "meet the team",
    "meet the rest of",
    "move you forward",
    "moving you forward",
    "move forward with you",
    "moving forward with you",
    "progress you to",
    "progressing to the",
    "as the next step",
    "technical deep-dive",
    "deep dive",
    "final conversation",
    "your availability",
    "times that work",
    "a time that works",
    "would any of these work",
    "like to meet you",
    "like a second",
    "-stage interview",
    "as the next stage",
    "interview has been set",
    "invite you to our",
    "would either of these work",
    "final round",
    "next round",
    "you in for a final",
    "you in for a second",
    "round 2",
    "second round",
    "final stage",
    "next stage",
    "been shortlisted",
    "made the shortlist",
    "wants to meet you",
    "want to meet you",
    "come in again",
    "come back for",
    "a first interview",
    "invited to interview",
    "invite you to interview",
    "technical interview",
    "panel interview",
    "video interview",
    "wants a chat",
    "second conversation",
    "pick a time",
    "choose a time",
    "select a time",
    "book a slot",
    "any slot",
    "select a session",
    "scheduling page",
    "booking link",
    "schedule now",
    "choose when",
    "book your interview",
    "have you back",
    "you have been selected for interview",
    "you have been selected for an interview",
    "you've been selected for interview",
    "you've been selected for an interview",
    "you were selected for interview",
    "as the last step",
    "as the final step",
    "as a final step",
];

/// Meetings an employer proposes; with a proposal ([`PROPOSING`]) and a word that makes it
/// a further step ([`FURTHER`]) in the same clause, an invitation to another round ("would
/// you be up for a second chat", "are you free for a chat with our finance director").
pub const MEETINGS: &[&str] = &[
    "chat",
    "call",
    "conversation",
    "interview",
    "meeting",
    "session",
    "round",
    "stage",
    "presentation",
    "present",
    "case study",
    "trial",
    "meet",
    "speak",
    "coffee",
    "lunch",
    "dinner",
    "breakfast",
    "deep-dive",
    "deep dive",
    "onsite",
    "on-site",
    "talk",
    // "back for a panel with Ana and Ben"; not "the panel is split".
    "a panel",
    "superday",
    "assessment centre",
    "assessment center",
];

/// Acts of a candidacy moving on to a step; with the user or their application and a
/// step named after it, an invitation ("your application has moved to the case interview
/// stage").
pub const MOVED_ON: &[&str] = &[
    "moved to",
    "moved on to",
    "moved forward to",
    "progressed to",
    "progressing to",
    "advanced to",
    "advancing to",
    "move you to",
    "moving you to",
    "advance you to",
    "through to",
    "proceed to",
    "proceeded to",
    "go through to",
];

/// Words proposing a meeting.
pub const PROPOSING: &[&str] = &[
    "would you be free",
    "asked to meet",
    "would like",
    "'d like",
    "like to",
    "like you to",
    "want to",
    "are you free",
    "are you available",
    "would you be available",
    "please book",
    "please schedule",
    "please choose",
    "please pick",
    "please select",
    "would you",
    "could you",
    "up for",
    "can you",
    "let's",
    "love to",
    "'d love",
    "want a",
    "wants a",
    "want you",
    "wants you",
    "fancy",
];

/// Things an interview names, after it ("an interview review", "an interview guide"): not
/// an interview proposed.
pub const OF_AN_INTERVIEW: &[&str] = &[
    "review",
    "reviews",
    "feedback",
    "guide",
    "tips",
    "platform",
    "notes",
    "survey",
    "experience",
];

/// How a question proposing a day to meet opens ("Would Tuesday 8 December at 14:00
/// work?", "Does Wednesday afternoon suit?", "Could we try again on Friday?").
pub const DAY_ASKED: &[&str] = &[
    "would ",
    "does ",
    "do ",
    "could ",
    "can ",
    "will ",
    "how about ",
    "what about ",
    "how does ",
    "how would ",
    "is ",
];

/// Words of a day suiting the user, in a question that proposes it.
pub const SUITING: &[&str] = &[
    "work",
    "suit",
    "be ok",
    "be okay",
    "be possible",
    "try again",
    "be free",
    "you do ",
];

/// What a day asked of the user, or the meeting it is for, may be about besides a round
/// ("Would Monday 4 January work as your start date?", "Could you send the form by
/// Friday?", "a call to talk through the feedback").
pub const NOT_A_MEETING_DAY: &[&str] = &[
    "start",
    "answer",
    "decision",
    "sign",
    "reply",
    "send",
    "return",
    "the form",
    "reference",
    "referee",
    "complete",
    "submit",
    "deadline",
    "by ",
    "offer",
    "contract",
    "leave",
    "feedback",
    "debrief",
];

/// Meetings that are no round: the user's first days after joining ("once you start,
/// you'll meet the team") and events open to all ("our careers evening - everyone is
/// welcome").
pub const NO_ROUND_EVENTS: &[&str] = &[
    "once you start",
    "when you start",
    "once you join",
    "when you join",
    "after you start",
    "on your first day",
    "in your first week",
    "start date",
    "everyone is welcome",
    "all welcome",
];

/// Where a message names its next step ("the next step is a working session").
pub const NEXT_STEP: &[&str] = &[
    "next step:",
    "next step is",
    "next step will be",
    "next stage is",
    "next stage will be",
    "last step is",
    "final step is",
    "final stage is",
];

/// Meetings and tasks a next step may be ([`NEXT_STEP`]).
pub const ROUND_NOUNS: &[&str] = &[
    "interview",
    "conversation",
    "call",
    "chat",
    "meeting",
    "session",
    "presentation",
    "assignment",
    "assessment",
    "exercise",
    "task",
    "test",
    "workshop",
    "lunch",
    "dinner",
    "coffee",
    "visit",
    "portfolio",
    "walkthrough",
    "deep-dive",
    "trial",
];

/// Words before a meeting's noun that make the step no round ("an offer call", "a
/// reference call", "a background check").
pub const NOT_A_ROUND: &[&str] = &["offer", "reference", "references", "decision", "check"];

/// Asks of the user to name or pick a time ("reply with a couple of times", "let me know
/// your availability", "pick a slot"); with a meeting named, a step being arranged.
pub const ASK_FOR_TIMES: &[&str] = &[
    "reply with",
    "send me",
    "send us",
    "send over",
    "send through",
    "share",
    "let me know",
    "let us know",
    "tell me",
    "tell us",
    "pick",
    "choose",
    "select",
    "book",
    "grab",
    "suggest",
    "propose",
];

/// Acts of moving a meeting ([`super::clause::meeting_moved`]).
pub const MOVING: &[&str] = &[
    "move",
    "moving",
    "push",
    "pushing",
    "shift",
    "shifting",
    "reschedule",
    "rescheduling",
    "rearrange",
    "rearranging",
];

/// Asks that the user confirm a time put to them ([`super::clause::time_put_to_user`]).
pub const CONFIRM_ASKED: &[&str] = &[
    "reply to confirm",
    "once you confirm",
    "once you've confirmed",
    "when you confirm",
    "please confirm",
    "can you confirm",
    "could you confirm",
    "let me know if that works",
    "let me know if this works",
    "let me know if that suits",
    "let me know if this suits",
    "tell me one that is",
    "tell me one that works",
];

/// What a time asked for is called ([`ASK_FOR_TIMES`]).
pub const TIMES_ASKED: &[&str] = &[
    "times",
    "a time",
    "slot",
    "slots",
    "availability",
    "your preference",
    "which option",
    "which of these",
    "window",
    "windows",
    "what suits",
    "what works",
    "which suits",
    "which works",
    "whichever",
];

/// The user named as a referee for someone else ("Sam has given your name as a
/// referee"): a request to the user to give a reference, not for theirs.
pub const USER_AS_REFEREE: &[&str] = &[
    "your name as a referee",
    "your name as a reference",
    "you as a referee",
    "you as a reference",
    "you as one of their referees",
    "you as one of his referees",
    "you as one of her referees",
];

/// Words that tell a job's mail from other news ("the role", "your interview").
pub const JOB_WORDS: &[&str] = &[
    "role",
    "position",
    "job",
    "post",
    "vacancy",
    "interview",
    "career",
    "careers",
    "hire",
    "hiring",
    "candidate",
    "candidacy",
    "recruitment",
    "employment",
];

/// What a time asked for may be for besides a round ("your availability for a start
/// date", "a call to go through the feedback").
pub const NOT_FOR_A_ROUND: &[&str] = &[
    "start",
    "feedback",
    "debrief",
    "offer",
    "contract",
    "sign",
    "induction",
    "onboarding",
];

/// What "meet" may have as its object besides a person ("meet the deadline").
pub const MET_STANDARDS: &[&str] = &[
    "deadline",
    "deadlines",
    "target",
    "targets",
    "expectation",
    "expectations",
    "requirement",
    "requirements",
    "criteria",
    "need",
    "needs",
    "standard",
    "standards",
    "bar",
    "threshold",
    "cost",
    "costs",
];

/// Words after "meet" that are no one met ("meet this week", "meet on Monday", "meet to
/// talk it through").
pub const NOT_AN_OBJECT: &[&str] = &[
    "this",
    "next",
    "on",
    "in",
    "at",
    "to",
    "and",
    "or",
    "for",
    "today",
    "tomorrow",
    "tonight",
    "soon",
    "again",
    "later",
    "before",
    "after",
    "once",
    "when",
    "as",
    "by",
    "during",
    "over",
    "then",
    "first",
    "briefly",
    "shortly",
    "virtually",
    "online",
    "remotely",
    "face-to-face",
];

/// Groups that may be chosen with "who" after them without being a person chosen instead
/// of the user ("we selected a panel who will cover product").
pub const GROUP_NOUNS: &[&str] = &[
    "panel",
    "team",
    "committee",
    "group",
    "agency",
    "firm",
    "company",
    "partner",
    "vendor",
    "supplier",
];

/// Words before a sign of an arranged meeting that make it a step still to come ("once
/// you've booked, a calendar invite will follow").
pub const NOT_YET: &[&str] = &["once", "when", "after", "if", "before"];

/// Asks that set the user a task ("we'd like you to complete our assessment").
pub const SET_A_TASK: &[&str] = &[
    "like you to complete",
    "like you to take",
    "like you to do",
    "like you to sit",
    "ask you to complete",
    "could you complete",
    "please complete",
];

/// Tasks a step may set ([`SET_A_TASK`]).
pub const TASKS: &[&str] = &[
    "assessment",
    "test",
    "exercise",
    "assignment",
    "task",
    "challenge",
];

/// Words that make a meeting a further step of the process.
pub const FURTHER: &[&str] = &[
    "second",
    "third",
    "final",
    "another",
    "further",
    "follow-up",
    "follow up",
    "next",
    "last step",
    "last conversation",
    "last stage",
    "last interview",
    "last meeting",
    "last chat",
    "last round",
    "one last",
    "round two",
    "with our",
    "with the",
    "with me",
    "to the panel",
    "to the team",
    "come back",
    "you back",
    "one more",
    "wider",
    "meet our",
    "meet the",
    "meet my",
    "meet with",
    "meet you",
    "meet him",
    "meet her",
    "meet them",
    "in front of",
    "again",
    "come in for",
    "come in to",
    "bring you in",
    "have you in",
    "get you in",
    "want you in",
    "pop in",
    "pop through",
    "pop over",
];

/// Acts of contacting the user; said of the future ([`FUTURE`]) with "you" as object, a
/// promise to get back ("we will write to you with the outcome").
pub const CONTACT: &[&str] = &[
    "inform you",
    "share the outcome",
    "share the result",
    "share the decision",
    "share our decision",
    "write to you",
    "contact you",
    "email you",
    "update you",
    "come back to you",
    "be in touch",
    "call you",
    "ring you",
    "phone you",
    "text you",
    "message you",
    "hear from",
    "receive a response",
    "receive an answer",
    "receive a reply",
    "be contacted",
    "be notified",
    "notified to you",
    "respond to you",
    "reply to you",
    "communicated to you",
    "communicated to every",
    "communicated to all",
    "communicated to each",
];

/// News received by the user, a promise of contact when it is the decision's ("you will
/// receive an email once a decision has been made"), not a report's.
pub const NEWS_RECEIVED: &[&str] = &[
    "receive an email",
    "receive an update",
    "receive word",
    "receive a message",
    "receive a call",
    "receive a letter",
    "receive notification",
    "get an answer",
    "get a decision",
    "get the outcome",
];

/// Words naming the hiring decision ([`NEWS_RECEIVED`]).
pub const THE_DECISION: &[&str] = &[
    "decision",
    "decided",
    "outcome",
    "result of your",
    "an answer",
];

/// The user's own no, acknowledged ("thanks for letting us know you've decided to decline
/// our offer"): an offer then withdrawn or an application closed is the user's doing.
pub const USER_DECLINED: &[&str] = &[
    "you've decided to decline",
    "you have decided to decline",
    "your decision to decline",
    "you've declined",
    "you have declined",
    "you're declining",
    "you are declining",
    "you've turned down",
    "you have turned down",
    "you decided not to accept",
    "you've decided not to accept",
    "you won't be accepting",
    "you will not be accepting",
    "you're withdrawing",
    "you are withdrawing",
    "you've withdrawn",
    "you have withdrawn",
    "your decision to withdraw",
    "you'd like to withdraw",
    "you would like to withdraw",
];

/// Matters that are not a job, whose applications are decided too ("the landlord has
/// decided to proceed with another applicant"): a sentence naming one decides nothing.
pub const NOT_A_JOB: &[&str] = &[
    "landlord",
    "landlords",
    "tenant",
    "tenants",
    "tenancy",
    "letting",
    "lettings",
    "rent",
    "rental",
    "flat",
    "apartment",
    "mortgage",
    "loan",
    "lease",
    "deposit",
];

/// What a contact promised may carry besides news of the decision ("we'll email you with
/// the joining instructions").
pub const CONTACT_FOR_DETAILS: &[&str] = &[
    "with the details",
    "with details",
    "with the link",
    "with a link",
    "with directions",
    "with joining",
    "with the joining",
    "with the agenda",
    "with instructions",
    "with the instructions",
    "with your login",
];

/// Acts of telling news to someone, before whom they tell it ("contact everyone",
/// "write to all candidates"): with one of [`TOLD`] as object, an answer promised.
pub const TELLING: &[&str] = &[
    "contact",
    "write to",
    "email",
    "call",
    "ring",
    "update",
    "inform",
    "get back to",
    "come back to",
    "reach out to",
    "be in touch with",
    "notify",
];

/// Those an employer tells the news to, besides the user ("let everyone know").
pub const TOLD: &[&str] = &[
    "you",
    "everyone",
    "everybody",
    "all",
    "every",
    "each",
    "candidates",
    "applicants",
];

/// Words that put an act in the future.
pub const FUTURE: &[&str] = &["will ", "'ll ", "shall "];

/// Words of a field's label that make it the application's status ("Current status",
/// "Outcome", "Interview result").
pub const STATUS_LABELS: &[&str] = &["status", "outcome", "result", "disposition"];

/// Values of a status field that say no ("Current status: Not selected").
pub const STATUS_NO: &[&str] = &[
    "not selected",
    "unsuccessful",
    "reject",
    "rejected",
    "declined",
    "not progressed",
    "closed",
];

/// Words that name a round as the thing judged ("the result of your final interview",
/// "round 2 decisions"): news of it, not an invitation, unless a meeting is also proposed.
pub const ROUND_NEWS: &[&str] = &[
    "result of",
    "results of",
    "outcome of",
    "feedback from",
    "feedback on",
    " decisions ",
    "reviewing the",
];

/// What a proposal may only be an announcement of ("we would like to inform you that …").
pub const ANNOUNCING: &[&str] = &["inform", "let you know", "update", "thank"];

/// Words that make a sentence about a round a promise of news, not an invitation ("we
/// expect to let everyone know about the second round").
pub const ROUND_TOLD: &[&str] = &[
    "let everyone know",
    "know about",
    "decide who",
    "news about",
];

/// Words that put a round in the past.
pub const ROUND_DONE: &[&str] = &[
    "completed",
    "for completing",
    "finished the",
    "after the final",
    "for attending",
    "for coming in",
    "attended",
];

/// Words that make a contact only possible ("the hiring manager may contact you"): no
/// invitation.
pub const HEDGED: &[&str] = &[
    "may contact",
    "may reach",
    "may invite",
    "may be invited",
    "may get in touch",
    "may be in touch",
    "may ask",
    "might",
];

/// Words that report news already posted elsewhere ("there has been an update to your
/// application"): no promise of news to come.
pub const NEWS_POSTED: &[&str] = &[
    "there has been an update",
    "there's been an update",
    "there is an update",
    "has been updated",
    "status has changed",
];

/// Words near an invitation that offer a choice of days, so it names none ("send me a few
/// times that suit you next week", "use the link to choose").
pub const ROUND_CHOICE: &[&str] = &[
    "between",
    "times that",
    "a few times",
    "slots",
    "which is better",
    "any of these",
    "link to",
    "link below",
    "using the link",
    "via the link",
    "scheduling link",
    "booking link",
    "options",
    "that work for",
    "what times",
    "which times",
    "that suit you",
    "that works for",
    "either of the",
    "poll",
    "days that suit",
    "sometime",
    "what days",
    "which days",
    "any afternoon",
    "any morning",
    "choose",
    "pick a",
    "select a",
    "book ",
];

/// Openings of lines that give an interview's day ("Date: Wednesday 9 December").
pub const DAY_LINES: &[&str] = &["date:", "when:", "day:", "date and time:", "date/time:"];

/// Phrases that show a message only confirms or arranges what is already booked (then
/// an invitation cue does not make it a new round on its own).
pub const LOGISTICS: &[&str] = &[
    "confirming your interview",
    "confirm your interview",
    "your interview is confirmed",
    "interview is confirmed",
    "this is a reminder",
    "just a reminder",
    "quick reminder",
    "gentle reminder",
    "your scheduled",
    "ahead of your",
    "to prepare for your",
    "reminder:",
    "rescheduled",
    "has invited you to an event",
    "this confirms your",
    "to confirm your start date",
    "this event has been cancelled",
    "invitation from calendar",
    "your upcoming",
    "you selected",
    "you have booked",
    "you've booked",
    "your booking",
    "i've moved your",
    "we've moved your",
    "have moved your",
    "has been moved to",
    "updated invitation",
    "updated invite",
];

/// Meetings named but not proposed: under way between others ("we're still in the middle
/// of final conversations", "once Ana has had the final conversation with finance") or
/// the user's availability noted in passing ("let me know if your availability changes").
pub const MEETING_UNDER_WAY: &[&str] = &[
    "in the middle of",
    "has had the",
    "has had a",
    "has had his",
    "has had her",
    "has had their",
    "have had the",
    "have had a",
    "have had their",
    "are having",
    "is having",
    "still having",
    "if your availability",
    "availability changes",
];

/// Matters of joining, not of the hiring decision: a promise about them is none about the
/// process ("IT will be in touch about your laptop", "we will contact you to arrange an
/// ID verification appointment").
pub const JOINING_MATTERS: &[&str] = &[
    "laptop",
    "equipment",
    "id verification",
    "identity check",
    "payroll",
    "induction",
    "onboarding system",
    "security pass",
    "building pass",
    "uniform",
    "expenses",
];

/// Notices of a legal process over a background report ("pre-adverse action notice"):
/// the wait they name is the law's, not a decision day promised.
pub const LEGAL_NOTICES: &[&str] = &["adverse action", "consumer report", "fair credit reporting"];

/// Words that make a decision named after them any decision, not the user's ("every
/// hiring decision is made by consent of the circle").
pub const IN_GENERAL: &[&str] = &["every", "each", "any", "all"];

/// Details of a meeting: said of one already arranged, not promised for one proposed
/// ("I'll send directions"), they show the message arranges what is booked.
pub const MEETING_DETAILS: &[&str] = &[
    "directions",
    "parking",
    "dial-in",
    "video link",
    "meeting link",
];

/// Cues of a promise to get back (without a day, "later").
pub const GET_BACK: &[&str] = &[
    "back in touch",
    "you'll hear",
    "you will hear",
    "you'll be the first",
    "you will be the first",
    "be back to you",
    "give you a ring",
    "give you a call",
    "as soon as i hear",
    "as soon as i know",
    "as soon as we know",
    "as soon as we've decided",
    "as soon as we have decided",
    "once we've decided",
    "once we have decided",
    "when i know more",
    "when we know more",
    "once i hear",
    "ping you",
    "reach back out",
    "get back to you",
    "be in touch",
    "be in contact",
    "let you know",
    "keep you posted",
    "keep you updated",
    "keep you informed",
    "update you",
    "an update",
    "hear from us",
    "hear back",
    "back to you",
    "the moment i hear",
    "write to you again",
    "in due course",
    "notified of the outcome",
    "update you when",
    "hear more from us",
    "as soon as we have one",
    "circle back",
    "come back to you",
    "revert",
    "reach out",
    "follow up with you",
    "have an answer",
    "have news",
    "more news",
    "make a decision",
    "make our decision",
    "made a decision",
    "reach a decision",
    "decision by",
    "decide by",
    "decide on",
    "final decision",
    "finalise",
    "finalize",
    "wrap up",
    "next steps",
];

/// Words that, before a cue in its sentence, negate it (besides contractions in "n't"
/// and "yet to").
pub const NEGATIONS: &[&str] = &[
    "not", "no", "never", "neither", "nor", "without", "cannot", "unable",
];

/// How many words before a cue a negation still counts.
pub const NEGATION_REACH: usize = 6;

/// The kinds tried in order: an out-of-office first (it says nothing else), then the
/// outcomes that end or decide the process, then what moves it along.
pub const ORDER: [Says; 7] = [
    Says::Rejection,
    Says::Offer,
    Says::Delay,
    Says::References,
    Says::NextRound,
    Says::Timeline,
    Says::Later,
];
