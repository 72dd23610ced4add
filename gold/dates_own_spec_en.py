"""English dates gold on our own sentences: 26 local-news paragraphs none of the rules was tuned on.

Written and annotated (values by hand, weekdays checked with a calendar) by
an AI helper (``facts``) before the English dates path was run on them;
the whole set is ``heldout``. Format and conventions as in
``dates_own_spec.py``: ``(id, published, text, items)``, an item
``(surface, value)`` or ``(surface, value, "optional")``; each member of a
range is its own date; an interval is ``start/end`` (a week: Monday/Sunday,
a weekend: Saturday/Sunday, *since August*: the month to publication);
seasons and *the end of the year* are optional. A present tense that states
a schedule (*begin Monday*, *host … on Friday*) points ahead, as a reader
takes it.

Publication days: 2025-04-17 Thursday, 2024-08-02 Friday, 2023-12-15
Friday, 2024-10-14 Monday, 2024-11-20 Wednesday, 2025-05-07 Wednesday,
2025-03-20 Thursday, 2024-10-15 Tuesday.
"""

A, B, C, D = "2025-04-17", "2024-08-02", "2023-12-15", "2024-10-14"
E, F, G, H = "2024-11-20", "2025-05-07", "2025-03-20", "2024-10-15"

DOCS = [
    ("e01", A, "A Springfield man was sentenced Tuesday to 12 years in prison for a string of burglaries "
     "committed between January and March 2023.",
     [("Tuesday", "2025-04-15"), ("January", "2023-01"), ("March 2023", "2023-03")]),
    ("e02", A, "The city council will vote on the budget at its next meeting on May 6. The proposal was "
     "first presented on April 2.",
     [("May 6", "2025-05-06"), ("April 2", "2025-04-02")]),
    ("e03", A, "Lane closures on Route 9 begin Monday and are expected to last until June 30, the state "
     "transportation department said.",
     [("Monday", "2025-04-21"), ("June 30", "2025-06-30")]),
    ("e04", A, "The Tigers beat the Eagles 3-1 on Saturday and host the Wildcats on Friday.",
     [("Saturday", "2025-04-12"), ("Friday", "2025-04-18")]),
    ("e05", B, "The annual Riverfront Jazz Festival returns this weekend, with free concerts Saturday and "
     "Sunday afternoon.",
     [("this weekend", "2024-08-03/2024-08-04"), ("Saturday", "2024-08-03"), ("Sunday", "2024-08-04")]),
    ("e06", B, "Ten years ago, on June 12, 2014, floodwaters swept through the valley.",
     [("Ten years ago", "2014"), ("June 12, 2014", "2014-06-12")]),
    ("e07", B, "Temperatures dropped below freezing overnight, and more snow is forecast for Thursday "
     "night.",
     [("Thursday", "2024-08-08")]),
    ("e08", B, "Police said the crash happened around 2 a.m. Sunday on Interstate 95. The driver was "
     "released from hospital the next day.",
     [("Sunday", "2024-07-28"), ("the next day", "2024-07-29")]),
    ("e09", C, "Classes resume on Jan. 8 after the winter break, the district announced Friday.",
     [("Jan. 8", "2024-01-08"), ("Friday", "2023-12-15")]),
    ("e10", C, "The plant, which opened in 1998, will close by the end of the year, eliminating 300 jobs.",
     [("1998", "1998"), ("the end of the year", "2023", "optional")]),
    ("e11", D, "Early voting runs from Oct. 21 through Nov. 1, ahead of the Nov. 5 election.",
     [("Oct. 21", "2024-10-21"), ("Nov. 1", "2024-11-01"), ("Nov. 5", "2024-11-05")]),
    ("e12", C, "Yesterday's storm knocked out power to 4,000 homes; crews expect to restore service by "
     "tonight.",
     [("Yesterday", "2023-12-14"), ("tonight", "2023-12-15")]),
    ("e13", E, "Home sales rose 4% last month compared with the same month a year earlier.",
     [("last month", "2024-10")]),
    ("e14", E, "The new library branch is scheduled to open in September.", [("September", "2025-09")]),
    ("e15", E, "Two weeks ago, residents packed a town hall meeting to oppose the development. On Monday, "
     "the planning board delayed its decision until Dec. 10.",
     [("Two weeks ago", "2024-11-06"), ("Monday", "2024-11-18"), ("Dec. 10", "2024-12-10")]),
    ("e16", E, "So far this year, the county has recorded 14 traffic deaths, up from nine in all of 2023.",
     [("this year", "2024"), ("2023", "2023")]),
    ("e17", F, "The exhibit, which ran from March 1 to April 15, drew more than 20,000 visitors.",
     [("March 1", "2025-03-01"), ("April 15", "2025-04-15")]),
    ("e18", F, "Construction on the bridge is set to begin in mid-July and wrap up by late fall.",
     [("mid-July", "2025-07"), ("late fall", "2025", "optional")]),
    ("e19", G, "The inquest, adjourned on 3 March, will resume on 14 April at Truro Coroner's Court.",
     [("3 March", "2025-03-03"), ("14 April", "2025-04-14")]),
    ("e20", F, "Tomorrow's parade will start at 10 a.m. on Main Street; the city will close the road from "
     "8 a.m.",
     [("Tomorrow", "2025-05-08")]),
    ("e21", H, "Last week, the school board approved a new contract with teachers.",
     [("Last week", "2024-10-07/2024-10-13")]),
    ("e22", H, "The shelter has been at capacity since August.", [("since August", "2024-08/2024-10-15")]),
    ("e23", H, "On Dec. 24, volunteers delivered meals to 300 seniors.", [("Dec. 24", "2023-12-24")]),
    ("e24", H, "The mayor is expected to sign the ordinance Wednesday.", [("Wednesday", "2024-10-16")]),
    ("e25", H, "The trial, originally set for Sept. 30, was postponed to Jan. 13.",
     [("Sept. 30", "2024-09-30"), ("Jan. 13", "2025-01-13")]),
    ("e26", F, "Registration for the summer camp closes Friday, and the first session starts June 9.",
     [("Friday", "2025-05-09"), ("June 9", "2025-06-09")]),
]
DOCS = [(i, pub, "heldout", text, items) for i, pub, text, items in DOCS]
