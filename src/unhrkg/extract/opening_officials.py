"""Officials a text's opening sentences start with, by post, the name set off after it, then the verb: the speaker of
the speech that follows or was delivered ("The Permanent Representative of Ghana, Harold Agyeman, delivered"). An
official a news item reports as saying something is not read as a speaker: the annotators' gold names such officials
in some sets and not in others (tried: 10 found, 44 false in the held-out pool)."""
from __future__ import annotations

import re

from unhrkg.extract.person import name_at as _name
from unhrkg.extract.post_first import HONOURED
from unhrkg.extract.scan import Lines
from unhrkg.extract.signatures import clean_title

REACH = 1000  # the opening paragraphs


# "El Embajador Representante Permanente de España ante las Naciones Unidas, Agustín Santos Maraver, ha
# intervenido ante ...", "The Permanent Representative of Ghana, Harold Agyeman, delivered ...": a post
# opening a sentence, the name set off after it, then the verb of speaking
POST_THEN_SPOKE = Lines(re.compile(  # (looked for at the text's start and after each stop or line break: ``scan.Lines``)
    r"(?:^|(?<=[.\n]))[ \t]*(?:El|La|The|Le|L['’])\s*(?P<post>(?i:Embajador[a]?|Ambassadeur|Ambassadrice|Ambassador|"
    r"Repr[ée]sentante?|Permanent\s+Representative|Deputy\s+Permanent\s+Representative|Minist(?:er|re|ro|ra))\b[^,\n]{3,160}),\s*"), ".\n")
SPOKE_AFTER = re.compile(r"\s*,\s*(?:(?:ha|a|has|had)\s+)?(?:intervenido|intervino|intervenu|interven(?:ed|es)|pronunci[óo]|"
                         r"pronunciado|prononc[ée]|delivered|spoke|particip(?:ó|ado|é|ated)\s+(?:en|in|au|à)\s+(?:el\s+|the\s+|la\s+|le\s+)?"
                         r"(?:debate|débat|meeting|reunión|sesión|séance|session))\b", re.I)  # not "made threats", "participó en el desfile"


# the speech that follows is the official's: "a fait aujourd'hui la déclaration suivante", "made the following statement"
FOLLOWING = re.compile(r"\s*,\s*(?:(?:a|ont|has|have|ha|han)\s+)?(?:fait|made|issued|gave|delivered|hecho|hizo|emitido|emiti[óo]|"
                       r"formul[ée]|formul[óo])\s+(?:(?:aujourd['’]hui|hier|today|yesterday|hoy|ayer)\s+)?"
                       r"(?:la|the|this|cette|esta|the\s+following|la\s+siguiente)\s+(?:d[ée]claration|statement|declaraci[óo]n)"
                       r"(?:\s+(?:suivante|following|siguiente))?\s*:", re.I)


def post_then_spoke(text: str) -> list[dict[str, object]]:
    """The official a sentence opens with, by post, the name set off after it, then the verb of the speech
    that follows or was delivered: "The Permanent Representative of Ghana, Harold Agyeman, delivered", "La
    ministre des Affaires étrangères, l'honorable Chrystia Freeland, a fait aujourd'hui la déclaration
    suivante :" (an official reported as saying something is not its speaker: "X, reafirmó")."""
    for m in POST_THEN_SPOKE.finditer(text, 0, REACH):
        named = _name(text, HONOURED.match(text, m.end()).end())  # type: ignore[union-attr]
        if named and (SPOKE_AFTER.match(text, named[1]) or FOLLOWING.match(text, named[1])):
            return [{"name": named[0], "titles": [clean_title(m.group("post"))], "rule": "post-then-name"}]
    return []
