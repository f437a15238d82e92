"""The High Commissioner for Human Rights named by the short title: the Office (OHCHR) among the bodies."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text


@pytest.mark.parametrize("text, office", [
    ("Statement of Ireland\n\nIreland thanks the High Commissioner and the Secretary-General for the report.", True),
    ("Déclaration du Cuba\n\nNous appelons le Haut-Commissariat et les titulaires de mandats à agir.", True),
    ("Declaración\n\nLa ampliación del mandato de la Oficina del Alto Comisionado crea un peligroso precedente.", True),
    ("Statement\n\nWe thank the High Commissioner for Refugees for her work.", False),
    ("Statement\n\nThe British High Commissioner to Kenya met the minister.", False),
    ("Statement\n\nThe high commissioner of the province spoke.", False),
    ("Statement\n\nWe thank the High Commissioner. Refugees remain a concern.", False),
])
def test_the_high_commissioner_by_the_short_title(text: str, office: bool) -> None:
    assert ("OHCHR" in extract_text(text, "x.txt").bodies) is office
