"""English dates gold, second set: 22 local-news paragraphs written after the English rules landed.

Written and annotated (values by hand, weekdays checked with a calendar) by
an AI helper (``facts``) after the rules for ``dates_own_spec_en.py`` had
landed and before the layer was run on them; all ``heldout``: its first
score is a clean measure of the English path as of that landing. Format and
conventions as in ``dates_own_spec_en.py`` (*last Thursday* on a Thursday is
a week back; *over the past three weeks*: three weeks before publication to
publication; *this week*: its Monday to Sunday).

Publication days: 2025-10-09 Thursday, 2024-03-18 Monday, 2025-07-25
Friday, 2024-12-04 Wednesday.
"""

A, B, C, D = "2025-10-09", "2024-03-18", "2025-07-25", "2024-12-04"

DOCS = [
    ("h01", A, "The school board meets Monday to discuss the new bus routes.", [("Monday", "2025-10-13")]),
    ("h02", A, "A 34-year-old man was arrested Wednesday night after a standoff with police.",
     [("Wednesday", "2025-10-08")]),
    ("h03", A, "The farmers market moves indoors on Nov. 1 and runs through April.",
     [("Nov. 1", "2025-11-01"), ("April", "2026-04")]),
    ("h04", A, "Early voting ends Friday, and polls open at 7 a.m. on Election Day, Nov. 4.",
     [("Friday", "2025-10-10"), ("Nov. 4", "2025-11-04")]),
    ("h05", A, "The bridge reopened to traffic last Thursday after months of repairs.",
     [("last Thursday", "2025-10-02")]),
    ("h06", B, "The city's St. Patrick's Day parade drew thousands downtown on Saturday.",
     [("Saturday", "2024-03-16")]),
    ("h07", B, "Spring break runs from March 25 to March 29 for district schools.",
     [("March 25", "2024-03-25"), ("March 29", "2024-03-29")]),
    ("h08", B, "The council postponed the vote until April 8 to allow more public comment.",
     [("April 8", "2024-04-08")]),
    ("h09", B, "The robbery happened on March 4. Three days later, the suspect turned himself in.",
     [("March 4", "2024-03-04"), ("Three days later", "2024-03-07")]),
    ("h10", B, "The company said it expects to hire 200 workers by the end of June.", [("June", "2024-06")]),
    ("h11", C, "Fireworks are planned for Saturday night at the fairgrounds.", [("Saturday", "2025-07-26")]),
    ("h12", C, "The heat advisory remains in effect until 8 p.m. Sunday.", [("Sunday", "2025-07-27")]),
    ("h13", C, "In June, the county recorded its wettest month since 2013.",
     [("June", "2025-06"), ("since 2013", "2013/2025-07-25")]),
    ("h14", C, "The trial is set to begin Aug. 18 in Superior Court.", [("Aug. 18", "2025-08-18")]),
    ("h15", C, "Last weekend's storm left 20,000 customers without power.",
     [("Last weekend", "2025-07-19/2025-07-20")]),
    ("h16", D, "The tree lighting ceremony will take place Friday at 6 p.m. on the town green.",
     [("Friday", "2024-12-06")]),
    ("h17", D, "Shoppers spent a record $10.8 billion online on Cyber Monday, Dec. 2.",
     [("Dec. 2", "2024-12-02")]),
    ("h18", D, "The new law takes effect Jan. 1.", [("Jan. 1", "2025-01-01")]),
    ("h19", D, "Over the past three weeks, the food bank has served 1,200 families.",
     [("past three weeks", "2024-11-13/2024-12-04")]),
    ("h20", D, "Earlier this week, the mayor announced a hiring freeze.",
     [("this week", "2024-12-02/2024-12-08")]),
    ("h21", D, "The museum will be closed Dec. 24 and 25.", [("Dec. 24", "2024-12-24"), ("25", "2024-12-25")]),
    ("h22", D, "A vigil was held Sunday evening for the victims.", [("Sunday", "2024-12-01")]),
]
DOCS = [(i, pub, "heldout", text, items) for i, pub, text, items in DOCS]
