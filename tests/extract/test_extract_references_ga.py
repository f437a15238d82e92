"""General Assembly resolutions numbered before 1976, cited without their session."""
from unhrkg.extract import lexicon
from unhrkg.extract.references import find_resolutions


def refs(text: str, context: str | None = None, lang: str = "en") -> list[tuple[str, str]]:
    with lexicon.using(lang):
        return [(r.body, r.number) for r in find_resolutions(text, context)]


def test_a_bare_number_given_to_the_assembly_takes_its_session() -> None:
    assert refs("Resolution 2758 of the General Assembly restored the lawful rights of China.") == [("GA", "2758 (XXVI)")]
    assert refs("General Assembly resolution 1514 on decolonization") == [("GA", "1514 (XV)")]
    assert refs("UNGA resolution 3379 was revoked in 1991.") == [("GA", "3379 (XXX)")]


def test_spanish_and_french_forms() -> None:
    assert refs("un acto de agresión conforme a la Resolución 3314 de la Asamblea General de las Naciones Unidas.",
                lang="es") == [("GA", "3314 (XXIX)")]
    assert refs("la résolution 1514 de l'Assemblée générale", lang="fr") == [("GA", "1514 (XV)")]


def test_a_bare_number_in_a_text_about_the_assembly() -> None:
    assert refs("China recalled resolution 2758 and its authority.", "GA") == [("GA", "2758 (XXVI)")]


def test_the_council_named_keeps_the_councils_number() -> None:
    assert refs("China recalled resolution 2758 and its authority.") == [("SC", "2758 (2024)")]
    assert refs("The Security Council recalled resolution 242.", "GA") == [("SC", "242 (1967)")]
    assert refs("The Security Council adopted resolution 2334 on settlements.", "GA") == [("SC", "2334 (2016)")]


def test_a_number_the_table_does_not_place_is_left_as_before() -> None:
    assert refs("General Assembly resolution 3034 on terrorism", "GA") == []


def test_a_printed_session_is_kept_unless_another_session_certainly_holds_the_number() -> None:
    assert refs("la Resolución 2065 (XX) de la Asamblea General", lang="es") == [("GA", "2065 (XX)")]
    assert refs("General Assembly resolution 1514 (XVI) of 14 December 1960") == [("GA", "1514 (XV)")]
    assert refs("Economic and Social Council resolution 1503 (XLVIII)") == [("ECOSOC", "1503 (XLVIII)")]
    assert refs("under resolution 1503 (XLVIII)", "CHR") == [("GA", "1503 (XLVIII)")]  # not named: as printed


def test_a_year_or_a_date_printed_with_the_number_yields_to_the_table() -> None:
    assert refs("la Resolución 1599 (1961) de la Asamblea General", lang="es") == [("GA", "1599 (XV)")]
    assert refs("Uruguay recuerda la Resolución 181 (1947).", lang="es") == [("GA", "181 (II)")]


def test_an_emergency_session_number_printed_with_spaces_or_without_its_hyphen() -> None:
    assert refs("incluida la última resolución ES10 / 19.", "GA", "es") == [("GA", "ES-10/19")]
    assert refs("resolution ES-10/19 of 21 December 2017", "GA") == [("GA", "ES-10/19")]


def test_resolution_181_in_a_text_on_palestine_is_the_assemblys() -> None:
    assert refs("In 1947, Iceland was instrumental in passing Resolution 181, envisioning the formation of independent "
                "Arab and Jewish states. Iceland supports Palestine.") == [("GA", "181 (II)")]


def test_a_number_the_council_reached_only_after_every_year_the_text_prints_is_the_assemblys() -> None:
    # the Council's 2625 is of 2022; a speech of 2015 citing "la resolución 2625" cites the Assembly's
    assert refs("Nueva York, 15 de febrero de 2015. Estos principios, como lo reconoció la resolución 2625, son "
                "universales.", lang="es") == [("GA", "2625 (XXV)")]
    assert refs("On 15 February 2023 the Council renewed the mission by resolution 2625.") == [("SC", "2625 (2022)")]


def test_a_session_above_the_thirtieth_printed_with_a_four_digit_number_is_a_misprint() -> None:
    # from its 31st session the Assembly numbers with a slash: "2625 (XXXV)" beside its name is 2625 (XXV)
    assert refs("General Assembly resolution 2625 (XXXV) on friendly relations") == [("GA", "2625 (XXV)")]


def test_the_council_named_in_the_sentence_keeps_a_number_whatever_years_the_text_prints() -> None:
    assert refs("The Security Council, in resolution 2758, renewed the mission; we recall the events of 2019.") == [
        ("SC", "2758 (2024)")]
