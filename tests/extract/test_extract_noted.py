"""A resolution the author takes note of ("prend acte de la résolution 2690") is acknowledged, not
invoked: no weaker rule reads a stance into it; and an anaphor ("The resolution, which was proposed
by ...") is read within its own paragraph, not run into a headline above it."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text


def positions(text: str) -> set[tuple[str, str, str]]:
    return {(p["target"]["number"], p["stance"], p["rule"]) for p in extract_text(text, "x.txt").positions}


@pytest.mark.parametrize("text", [
    "Le Conseil de sécurité a adopté vendredi la résolution 2690 qui met fin au mandat de la mission. L'ambassadeur du Mali "
    "a affirmé que « le gouvernement de la République du Mali prend acte de la résolution 2690 que vous venez d'adopter ».",
    "Le Conseil de sécurité a adopté la résolution 2690. Le représentant permanent du Mali a affirmé devant le Conseil de "
    "sécurité que « le gouvernement de la République du Mali prend acte de la résolution 2690 que vous venez d'adopter ».",
    "Le ministère des Affaires étrangères de l'Algérie « prend acte » de l'adoption, par le Conseil de sécurité des "
    "Nations unies, de la résolution 1973 (2011) et suit la crise avec préoccupation.",
    "The Ministry of Foreign Affairs of Mali takes note of resolution 2690 (2023), adopted by the Security Council today. "
    "The Government will ensure the security of the mission's staff.",
    "El Ministerio de Relaciones Exteriores de Colombia toma nota de la resolución 2435 aprobada por el Consejo de "
    "Seguridad el jueves.",
])
def test_a_resolution_the_author_takes_note_of_gets_no_stance(text: str) -> None:
    assert positions(text) == set()


@pytest.mark.parametrize("text", [
    "Déclaration du ministère des Affaires étrangères du Mali. Nous prenons acte de la résolution 2690 (2023).",
    "Declaración del Ministerio de Relaciones Exteriores de Colombia. Tomamos nota de la resolución 2435 (2018).",
    "Statement of the Ministry of Foreign Affairs of Mali. We have taken note of resolution 2690 (2023).",
])
def test_the_author_s_own_first_person_taking_note(text: str) -> None:
    assert positions(text) == set()


def test_taking_note_of_something_else_leaves_the_resolution_invoked() -> None:
    text = ("Statement by the Ministry of Foreign Affairs of Mali. The Government of Mali takes note of the report and "
            "will act in accordance with resolution 2690 (2023).")
    assert {(n, s) for n, s, _ in positions(text)} == {("2690 (2023)", "supports")}


def test_another_state_taking_note_does_not_silence_the_author() -> None:
    text = ("Statement by the Ministry of Foreign Affairs of Mali. France took note of resolution 2690 (2023) last week. "
            "The withdrawal set out in resolution 2690 (2023) will be completed by December.")
    assert {(n, s) for n, s, _ in positions(text)} == {("2690 (2023)", "supports")}


def test_an_anaphor_below_a_headline_without_a_full_stop_is_bound() -> None:
    text = ("The Security Council adopted Resolution 2624 under Chapter VII.\n\n"
            "Read more: UN Security Council Imposes Arms Embargo on the Houthis\n\n"
            "The resolution, which was proposed by the UAE expands the arms embargo on the rebels.")
    found = {(s["resolution"]["number"], s["sponsor"]) for s in extract_text(text, "x.txt").sponsors}
    assert found == {("2624 (2022)", "ARE")}
