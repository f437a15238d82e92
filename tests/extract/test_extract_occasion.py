"""A State speaking at the meeting that adopts a resolution voted for it when it says nothing against."""
from __future__ import annotations

from unhrkg.extract import extract_text


def votes(text: str) -> list[tuple[str, str, str, str]]:
    r = extract_text(text, "x.txt")
    return [(p["target"]["body"], p["target"]["number"], p["stance"], p["rule"]) for p in r.positions]


EOV = ("Explanation of vote on the adoption of Security Council resolution 2336\n\n"
       "Statement by the Permanent Representative of Norway to the United Nations\n\n"
       "Thank you, Mr. President.\n\n{body}")


def test_an_explanation_of_vote_at_the_adoption_in_the_council_that_adopts_it() -> None:
    text = EOV.format(body="Norway welcomes the efforts of all members of this Council to reduce the fighting.")
    assert votes(text) == [("SC", "2336 (2016)", "supports", "adoption-occasion")]


def test_an_abstention_leaves_the_vote_untold() -> None:
    text = EOV.format(body="Norway abstained, as this Council did not hear the concerns we raised.")
    assert votes(text) == []


def test_a_speech_that_praises_nothing_and_says_no_unanimity_takes_no_stance() -> None:
    text = EOV.format(body="Norway has listened to the members of this Council and notes the text.")
    assert votes(text) == []


def test_a_resolution_named_below_the_heading_is_not_the_meetings() -> None:
    text = ("Explanation of vote by Norway at the Security Council adoption on Syria\n\n"
            "Resolution 2254, adopted in 2015, set out the road map. Norway welcomes the work of this Council.")
    assert [v for v in votes(text) if v[3] == "adoption-occasion"] == []


def test_a_press_release_is_no_speech_in_the_adopting_body() -> None:
    text = ("Norway welcomes the unanimous adoption of Security Council resolution 2336.\n\n"
            "The Government of Norway has followed the talks.")
    assert [v[3] for v in votes(text)] != ["adoption-occasion"]


def test_unanimity_said_in_a_caption_above_the_word_to_the_chair() -> None:
    text = ("Statement by Ambassador Ann Lee, Permanent Representative of Ireland to the UN\n\n"
            "The Security Council unanimously adopts resolution 2397\n\nThank you Mr President.\n\n"
            "Last week we sat in this Council and listened to the many ways the sanctions were evaded.")
    assert votes(text) == [("SC", "2397 (2017)", "supports", "adoption-occasion")]


def test_the_same_rule_reads_french() -> None:
    text = ("Explication de vote de la France après l'adoption de la résolution 2532 du Conseil de sécurité\n\n"
            "Monsieur le Président,\n\nLa France se réjouit de l'adoption de ce texte à l'unanimité par ce Conseil.")
    assert ("SC", "2532 (2020)", "supports") in [v[:3] for v in votes(text)]
