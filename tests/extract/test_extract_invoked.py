"""A resolution a State's own letter or statement cites, where no rule found its stance on it, is
invoked: support by the gold's convention (rule cited-supports)."""
from __future__ import annotations

from unhrkg.extract import extract_text


def stances(text: str) -> dict[str, tuple[str, str]]:
    r = extract_text(text, "x.txt")
    return {p["target"]["number"]: (p["stance"], p["rule"]) for p in r.positions}


LETTER = ("Letter dated 3 May 2010 from the Permanent Representative of Chile addressed to the Secretary-General\n\n"
          "I have the honour to recall that resolutions 822 (1993) and 853 (1993) of the Security Council remain the "
          "basis of any settlement. The talks held in 2009 produced nothing.\n")


def test_resolutions_a_letter_cites_are_invoked() -> None:
    found = stances(LETTER)
    assert found["822 (1993)"] == ("supports", "cited-supports")
    assert found["853 (1993)"] == ("supports", "cited-supports")


def test_the_evidence_is_the_sentence_that_cites_it() -> None:
    r = extract_text(LETTER, "x.txt")
    assert r.positions[0]["evidence"].startswith("I have the honour to recall that resolutions 822 (1993)"), r.positions


def test_a_stance_another_rule_found_is_kept() -> None:
    text = LETTER.replace("remain the basis of any settlement", "are rejected by my Government, which rejects them")
    assert all(rule != "cited-supports" for _, rule in stances(text).values())


def test_a_note_verbale_cites_its_procedure() -> None:
    text = ("The Permanent Mission of Chile presents its compliments to the Office of the High Commissioner for Human "
            "Rights and has the honour to submit its pledges, as General Assembly resolution 60/251 provides.\n")
    assert all(rule != "cited-supports" for _, rule in stances(text).values())


def test_no_author_no_stance() -> None:
    assert stances("The Council recalled resolution 1325 (2000) and resolution 2242 (2015) at its meeting.\n") == {}


def test_an_author_that_abstained_has_no_stance_told() -> None:
    text = ("Statement by the Permanent Representative of Chile\nChile abstained in the vote on resolution 2254 (2015), "
            "which the Council adopted today.\n")
    assert "2254 (2015)" not in stances(text)


def test_resolutions_held_at_a_distance_are_not_invoked() -> None:
    quoted = LETTER.replace("I have the honour to recall that resolutions",
                            'There is a legal contradiction in the "sanctions resolutions", among them resolutions')
    so_called = LETTER.replace("I have the honour to recall that resolutions",
                               "These politically motivated resolutions, among them resolutions")
    assert stances(quoted) == {} and stances(so_called) == {}


def test_a_committee_named_by_the_resolutions_that_set_it_up_is_no_invocation() -> None:
    text = ("Letter dated 24 February 2016 from the Permanent Representative of Eritrea addressed to the President of "
            "the Security Council\n\nThe report of the Monitoring Group was presented by the Chair of the Security "
            "Council Committee pursuant to resolutions 751 (1992) and 1907 (2009). Eritrea regrets the comments made.\n")
    assert stances(text) == {}
    assert stances(text.replace("Committee pursuant to", "under")) != {}


def test_an_operation_or_a_mandate_named_by_the_resolution_that_set_it_up_is_no_invocation() -> None:
    text = ("Letter dated 4 March 2008 from the Permanent Representative of the Sudan addressed to the President of the "
            "Human Rights Council\n\nThe Government has continued to work with the African Union in the hybrid "
            "operation in Darfur established under Security Council resolution 1769 (2007). The Special Adviser holds "
            "the mandate entrusted to him by General Assembly resolution 61/232.\n")
    assert stances(text) == {}
    assert stances(text.replace("established under", "and recalls")) == {"1769 (2007)": ("supports", "cited-supports")}


def test_the_resolution_that_established_a_body_named_after_an_invoking_cue_is_not_invoked() -> None:
    text = ("Intervención de Cuba en la Cuarta Comisión\n\nSeñor Presidente:\n\nCuba reitera su apoyo a la resolución "
            "1514 (XV). El mes próximo conmemoramos el aniversario del establecimiento del Comité Especial de "
            "Descolonización en virtud de la resolución 1654 (XVI) del 27 de noviembre de 1961.\n")
    assert "1654 (XVI)" not in stances(text)  # (the extractor reads the text's language, Spanish, itself)
    assert "1654 (XVI)" in stances(text.replace("del establecimiento del Comité Especial de Descolonización ", ""))


def test_an_invocation_as_established_by_a_resolution_stays_an_invocation() -> None:
    from unhrkg.extract import lexicon
    from unhrkg.extract.objects import instituted_by
    for text, key in (("universality, as established by resolution 60/251 and resolution 5/1.", "resolution 60/251"),
                      ("Mandated by its Parliament, Norway acts pursuant to resolution 60/251.", "resolution 60/251")):
        assert not instituted_by(text, text.find(key))
    text = "la misión creada mediante la resolución 2100 del Consejo"
    with lexicon.using("es"):
        assert instituted_by(text, text.find("resolución 2100"))


def test_the_resolutions_a_carried_resolution_recalls_are_the_body_s() -> None:
    text = ("Le Sénégal a introduit une résolution au Conseil de sécurité. Le Sénégal se félicite de la résolution 2267.\n"
            "RESOLUTION 2267 SUR GUINEE BISSAU\nLe Conseil de sécurité\nRappelant ses précédentes résolutions, en "
            "particulier ses résolutions 1876 (2009) et 2030 (2011),\nDécide de proroger le mandat.\n")
    r = extract_text(text, "x.txt")
    assert {p["target"]["number"] for p in r.positions} == {"2267 (2016)"}
    plain = ("Le Sénégal se félicite de la résolution 2267.\nLe Sénégal rappelle les résolutions 1876 (2009) et 2030 "
             "(2011) du Conseil de sécurité.\n")
    assert {p["target"]["number"] for p in extract_text(plain, "x.txt").positions} >= {"1876 (2009)", "2030 (2011)"}


def test_the_resolutions_a_committee_is_named_for_are_not_invoked() -> None:
    text = ("Statement by the Permanent Mission of Chile at the Security Council briefing\n\nMr. President,\n\nI wish to "
            "thank Norway for its work as the Head of the Committee pursuant to resolutions 1267, 1989 and 2253 concerning "
            "ISIL/Da'esh and Al-Qaida, and for its briefing to the Council. Chile welcomes resolution 2593 (2021).\n")
    found = stances(text)
    assert not {"1267 (1999)", "1989 (2011)", "2253 (2015)"} & set(found)
    assert found.get("2593 (2021)", ("",))[0] == "supports"


def test_an_invoking_cue_whose_object_is_not_a_resolution_invokes_none_named_before_it() -> None:
    text = ("« Le gouvernement du Burundi rejette toute disposition de la résolution en rapport avec l'envoi d'une force "
            "quelconque sur son territoire, en violation des règles élémentaires régissant la famille des Nations unies », "
            "écrit dans ce communiqué son porte-parole.\nLa résolution 2303 a été adoptée « en violation des règles "
            "élémentaires », ajoute ce communiqué.\n")
    assert stances(text).get("2303 (2016)", ("",))[0] == "rejects"


def test_a_predicate_said_of_a_resolution_and_its_follow_up_is_said_of_both() -> None:
    text = ("Cabinet decision\n\nThe Government of Sri Lanka said that Resolution 30/1 and the followup Resolution 40/1 "
            "of the Human Rights Council were harmful to Sri Lanka and would be withdrawn from.\n")
    found = stances(text)
    assert (found.get("30/1", ("",))[0], found.get("40/1", ("",))[0]) == ("rejects", "rejects")


def test_a_grievance_the_resolution_reaffirmed_invokes_it() -> None:
    record = extract_text("Statement by the Ministry of Foreign Affairs of Norway\n\nNorway reiterates its position that "
                          "the settlements are illegal under international law and an obstacle to peace, as reaffirmed "
                          "by Security Council resolution 2334 (2016).", "x.txt")
    assert [(p["target"]["number"], p["stance"]) for p in record.positions] == [("2334 (2016)", "supports")]


def test_following_the_provisions_of_a_resolution_invokes_it() -> None:
    record = extract_text("Statement of the Ministry of Foreign Affairs of Georgia\n\nThe Ministry condemns the illegal "
                          "so-called elections in the occupied region. It is noted that, following the provisions of UN "
                          "General Assembly resolution 62/249, the so-called elections have no legal force.", "x.txt")
    assert [(p["target"]["number"], p["stance"]) for p in record.positions] == [("62/249", "supports")]
