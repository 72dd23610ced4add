"""A person's role read at another mention of the person in the article."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, kind", [
    ("Le candidat de la droite François Fillon a tenu un meeting à Lyon. Plus tard, Fillon a déclaré qu'il ne "
     "renoncerait pas.", "politician"),
    ("Jean Morel, maire de Vannes, a inauguré le pont. « C'est un grand jour », a dit Morel.", "government"),
    # a role phrase in apposition before the name
    ("Le texte a été signé par un député belge, Marc Lenoir, qui a affirmé qu'il serait voté.", "politician"),
    ("Il a parlé avec le maire de la ville, Marc Lenoir. « Tout ira bien », a dit Lenoir.", "government"),
    ("Le texte a été lu par un voisin, Marc Lenoir, qui a affirmé qu'il serait voté.", "citizen"),
    ("Claire Dubois a vu l'accident. « Tout est allé très vite », a raconté Claire Dubois.", "citizen"),
])
def test_role_given_at_another_mention(analyze_fr, text, kind):
    srcs = analyze_fr(text).sources
    assert len(srcs) == 1 and srcs[0].type == kind


def test_role_in_apposition_before_a_bracketed_department():
    """*X, maire de Plouray (Morbihan).*: the bracket after the apposition does not hide the role."""
    import selon

    text = ("La décision n'a pas plu à Yann Le Dû, maire de Plouray (Morbihan). \"C'est un mauvais coup "
            "pour nos villages\", se plaint-il.")
    assert {s.name: s.type for s in selon.analyze(text, lang="fr").sources}["Yann Le Dû"] == "government"
