"""An organ that speaks without naming its State speaks for the State the text names far more
than any other, and not as a place."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text


def author(text: str) -> tuple[list[str], str | None]:
    r = extract_text(text, "x.txt")
    return r.author_states, r.rules.get("author_states")


OWN = ("The Ministry of Foreign Affairs welcomes the renewal of the mandate of the Force in Cyprus. A Cyprus "
       "settlement must be based on a State of Cyprus with a single sovereignty. Any attempt by Türkiye to change the "
       "status of Cyprus is unacceptable.")


def test_the_state_named_far_more_than_any_other() -> None:
    assert author(OWN) == (["CYP"], "unnamed-organ")


def test_the_country_a_text_is_about_is_named_as_a_place() -> None:
    text = ("The Government has welcomed the resolution on Syria. The fighting in Syria must stop, aid must reach "
            "civilians in Syria, and the parties in Syria must respect the law.")
    assert author(text) == ([], None)


def test_no_organ_at_the_top_the_state_named_most_by_the_weaker_rule() -> None:
    text = OWN.replace("The Ministry of Foreign Affairs welcomes", "Observers welcome")
    assert author(text) == (["CYP"], "most-named")


def test_named_most_counts_names_not_demonyms() -> None:
    text = ("The resolution condemns the settlements built by Israel. It was the work of Senegal "
            "and Malaysia. Israelis and Palestinians, Israeli families and Israeli children all suffer. Peace needs Senegal.")
    assert author(text) == (["SEN"], "most-named")


def test_named_once_is_no_author() -> None:
    text = "Observers welcome the renewal of the mandate. The talks with Cyprus must resume."
    assert author(text) == ([], None)


def test_a_un_expert_speaking_of_a_state_does_not_make_it_the_author() -> None:
    text = 'GENEVA (2 May 2023) - UN experts today urged Sri Lanka to end impunity. "Sri Lanka must act now," they said.'
    assert author(text) == ([], None)


def test_a_un_office_letter_names_the_state_it_writes_to() -> None:
    text = ("NATIONS UNIES                    UNITED NATIONS\nExcellency,\nI write to follow up on the review of "
            "Slovenia. I encourage Slovenia to act on the recommendations, and I thank Slovenia for its report.")
    assert author(text) == ([], None)


def test_two_states_named_as_often_no_author() -> None:
    text = OWN + " The leaders of Türkiye answered; the status of Türkiye's army is known; Türkiye's press wrote."
    assert author(text) == ([], None)


@pytest.mark.parametrize("where", ["throughout", "across", "north of"])
def test_a_state_named_mostly_as_where_things_happen_is_not_the_author(where: str) -> None:
    from unhrkg.extract.unnamed import most_named_state
    assert most_named_state(f"Arms are hidden {where} Lebanon. Lebanon counts its dead. Weapons remain {where} Lebanon. "
                            "As Israel said, resolution 1701 must be respected.") is None


@pytest.mark.parametrize("text, state", [
    ("Ginebra, 13 de julio de 2023. El Consejo aprobó la resolución presentada por Colombia sobre la cooperación con la "
     "Oficina del Alto Comisionado para los Derechos Humanos. Colombia está entablando una relación de cooperación.", "COL"),
    ("Comments on the report of the Independent Expert on the situation of human rights in the Sudan. Sudan notes the "
     "report. Sudan has cooperated with the mechanism.", "SDN"),
])
def test_a_un_office_named_as_an_object_does_not_silence_the_state_named_most(text: str, state: str) -> None:
    from unhrkg.extract.unnamed import most_named_state
    assert most_named_state(text) == state


# the events a letter tells before its request, long enough that no organ stands near its top
EVENTS_FR = ("Le 19 avril, des groupes armés ont franchi les postes frontière à bord d’une trentaine de véhicules et se sont "
             "rendus dans la province voisine, où ils ont attaqué des villages et des écoles. ") * 6
EVENTS_EN = ("On 19 April, armed groups crossed the border posts in some thirty vehicles and went on to the neighbouring "
             "province, where they attacked villages and schools. ") * 6


@pytest.mark.parametrize(("text", "author"), [
    ("D’ordre de mon gouvernement, je tiens à vous informer de ce qui suit, en violation des résolutions 2170 (2014) et "
     "2178 (2014).\n\n" + EVENTS_FR + "\n\nLe Gouvernement syrien demande une fois encore au Conseil de sécurité "
     "d’amener le régime jordanien à cesser ses pratiques.", ["SYR"]),
    ("On instructions from my Government, I wish to draw your attention to the following.\n\n" + EVENTS_EN +
     "\n\nThe Government of Azerbaijan calls upon the Security Council to condemn the attacks.", ["AZE"]),
    # two States asking: no one of them is the writer
    ("On instructions from my Government, I write about the talks.\n\nArmenia calls upon the Security Council to act. "
     "Azerbaijan calls upon the Security Council to wait.", []),
    # a State asked about in the object is not the one asking
    ("On instructions from my Government, I write about the border.\n\nWe ask the Council to make Jordan stop.", []),
    # a State named without its Government, quoted where the letter asks in its own voice
    ("On instructions from my Government, I wish to draw your attention to the following.\n\n" + EVENTS_EN +
     "\n\nThe Russian Federation cynically requests the Security Council to convene a meeting. We call upon all Member "
     "States to uphold resolution ES-11/1.", []),
])
def test_a_letter_that_names_no_writer_is_the_state_that_asks_the_council(text: str, author: list[str]) -> None:
    assert extract_text(text, "x.txt").author_states == author
