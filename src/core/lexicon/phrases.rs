//! The phrase lists behind the tone and structure checks (docs/rules.md, the M findings).
//! All lower-case ASCII; they are matched on word boundaries against the ASCII-lower-cased
//! draft, so byte offsets stay those of the original text.

/// Words that open a greeting.
pub const GREETINGS: &[&str] = &[
    "dear",
    "hi",
    "hello",
    "hey",
    "good morning",
    "good afternoon",
    "good evening",
    "greetings",
    "hiya",
    "yo",
];

/// Greetings that name nobody.
pub const NAMELESS_GREETINGS: &[&str] = &[
    "to whom it may concern",
    "dear sir or madam",
    "dear sir/madam",
    "dear hiring manager",
    "dear team",
    "hi there",
    "hello there",
    "hi all",
    "hello all",
    "hi team",
    "hello team",
];

/// Words that thank.
pub const THANKS: &[&str] = &[
    "thank",
    "thanks",
    "grateful",
    "gratitude",
    "appreciate",
    "appreciated",
    "appreciation",
    "thankful",
];

/// Professional sign-offs (a line that starts with one of these closes the message).
pub const CLOSINGS: &[&str] = &[
    "best regards",
    "kind regards",
    "warm regards",
    "warmest regards",
    "regards",
    "sincerely",
    "yours sincerely",
    "sincerely yours",
    "yours truly",
    "best wishes",
    "all the best",
    "best",
    "many thanks",
    "thank you",
    "thanks",
    "with thanks",
    "with gratitude",
    "respectfully",
    "warmly",
    "cheers",
    "thanks again",
    "thank you again",
];

/// Words of sign-offs in other languages, which the English dictionary lacks: known on a
/// sign-off line ("Bien cordialement,", "Mit freundlichen Grüßen,", "Un saludo,").
/// Gathered from business-correspondence guides for French, German, Spanish,
/// Portuguese, Italian, Dutch and the Scandinavian languages.
pub const FOREIGN_CLOSINGS: &[&str] = &[
    "bien", "cordialement", "amicalement", "salutations", "vous", "bientôt", "merci",
    "beaucoup", "mit", "freundlichen", "grüßen", "grüssen", "viele", "grüße", "grüsse",
    "beste", "liebe", "herzliche", "danke", "un", "saludo", "saludos", "cordiales",
    "cordial", "atentamente", "muchas", "gracias", "abrazo", "um", "abraço", "abraços",
    "atenciosamente", "obrigado", "obrigada", "cordiali", "saluti", "distinti", "grazie",
    "mille", "ciao", "met", "vriendelijke", "groet", "groeten", "med", "vennlig",
    "vennlige", "hilsen", "venlig", "vänliga", "hälsningar", "mvh", "hälsning",
];

/// Slang, text-speak and over-familiar words (the `casual` finding).
pub const CASUAL: &[&str] = &[
    "hey",
    "hiya",
    "yo",
    "gonna",
    "wanna",
    "gotta",
    "kinda",
    "sorta",
    "thx",
    "thnx",
    "tnx",
    "ty",
    "pls",
    "plz",
    "lol",
    "omg",
    "btw",
    "imo",
    "imho",
    "tbh",
    "fyi",
    "cuz",
    "coz",
    "ya",
    "yeah",
    "yep",
    "yup",
    "nope",
    "dude",
    "u",
    "ur",
    "cheers",
    "awesome",
    "super psyched",
    "stoked",
    "no worries",
    "np",
    "xoxo",
    "haha",
    "hehe",
    "lmk",
    "4 the",
    "thanks 4",
    "2 u",
    "c u",
    "cya",
    "ttyl",
];

/// Pressure or frustration (the `impatient` finding).
pub const IMPATIENT: &[&str] = &[
    "still haven't heard",
    "still have not heard",
    "haven't heard back",
    "have not heard back",
    "still waiting",
    "i'm still waiting",
    "i am still waiting",
    "as i said",
    "as i mentioned before",
    "as i already mentioned",
    "as previously stated",
    "i need an answer",
    "i need to know",
    "need an answer",
    "asap",
    "a.s.a.p",
    "why haven't",
    "why have you not",
    "it's been weeks",
    "it has been weeks",
    "it's been a while",
    "please respond",
    "respond immediately",
    "reply immediately",
    "right away",
    "what is taking",
    "what's taking",
    "hurry",
    "urgent",
    "urgently",
    "once again i",
    "third time",
    "i expected to hear",
    "you promised",
    "you said you would",
];

/// Threats and final-chance wording (the `ultimatum` finding).
pub const ULTIMATUM: &[&str] = &[
    "if i don't hear back",
    "if i do not hear back",
    "if i don't hear from you",
    "if i do not hear from you",
    "unless i hear",
    "i will accept another",
    "i'll accept another",
    "i will have to accept",
    "i'll have to accept",
    "i will be forced to",
    "i'll be forced to",
    "last chance",
    "final chance",
    "final offer",
    "or else",
    "take it or leave it",
    "this is your last",
    "i will withdraw if",
    "i'll withdraw if",
    "or i will withdraw",
    "or i'll withdraw",
    "or i will accept",
    "or i'll accept",
    "by then or",
    "otherwise i will",
    "otherwise i'll",
];

/// Praise that says nothing about this person (a thank-you made only of these lacks detail).
pub const GENERIC_PRAISE: &[&str] = &[
    "great conversation",
    "great chat",
    "nice talk",
    "enjoyed our conversation",
    "enjoyed our chat",
    "great interview",
    "lovely chat",
    "it was great",
    "great meeting you",
    "nice meeting you",
];

/// Subjects that say nothing (`subject`), compared after "Re:"/"Fwd:" are removed.
pub const VAGUE_SUBJECTS: &[&str] = &[
    "hi",
    "hello",
    "hey",
    "following up",
    "follow up",
    "follow-up",
    "followup",
    "checking in",
    "check in",
    "check-in",
    "update",
    "question",
    "quick question",
    "thank you",
    "thanks",
    "thank-you",
    "thx",
    "interview",
    "hello there",
    "(no subject)",
    "no subject",
    "note",
    "quick note",
    "touching base",
    "just checking in",
];

/// Upper-case words that are not shouting.
pub const ACRONYMS: &[&str] = &[
    "ASAP", "CEO", "CTO", "CFO", "COO", "CPO", "VP", "SVP", "EVP", "HR", "SQL", "API", "APIS",
    "UX", "UI", "QA", "ML", "AI", "KPI", "KPIS", "OKR", "OKRS", "B2B", "B2C", "SAAS", "AWS", "GCP",
    "USA", "UK", "EU", "NYC", "LA", "SF", "PM", "TBD", "FAQ", "ROI", "CRM", "ERP", "ETL", "GDPR",
    "HIPAA", "SOC", "MBA", "PHD", "BSC", "MSC", "NASA", "IBM", "HTML", "CSS", "JSON", "REST",
    "HTTP", "HTTPS", "URL", "PDF", "CV", "OK", "II", "III", "IV", "NGO", "LLC", "INC", "LTD",
    "GMBH", "PLC", "DEI", "ESG", "IPO", "SEO", "SEM", "CMS", "SDK", "IOS", "GPU", "CPU", "RAM",
    "SSD", "AM", "PM",
];

/// Emoticons written with punctuation.
pub const EMOTICONS: &[&str] = &[
    ":)", ":-)", ";)", ";-)", ":d", ":-d", ":(", ":-(", ":p", ":-p", "<3", "xd", ":o", "^^", "^_^",
    ":/", ":'(",
];
