"""Resolution references (body by context), citations, and 'the resolution' anaphora."""
from __future__ import annotations

import pytest

from tests.helpers.extract import read
from unhrkg.extract import extract_text, lexicon
from unhrkg.extract.anaphora import resolve_anaphora
from unhrkg.extract.references import find_resolutions, issuers_named
from unhrkg.extract.symbols import documents_cited


def refs(text: str, context: str | None = None) -> list[tuple[str, str]]:
    return [(r.body, r.number) for r in find_resolutions(text, context)]


@pytest.mark.parametrize("text, expected", [
    ("in conformity with Council resolution 5/1 of 18 June 2007", ("HRC", "5/1")),
    ("General Assembly resolution 60/251 created the Council", ("GA", "60/251")),
    ("under Economic and Social Council resolution 1503 (XLVIII)", ("ECOSOC", "1503 (XLVIII)")),
    ("Security Council resolution 1325 (2000) on women", ("SC", "1325 (2000)")),
    ("Commission resolution 2004/13 on the DPRK", ("CHR", "2004/13")),
    ("Sub-Commission resolution 2003/29 on indigenous issues", ("SUBCOM", "2003/29")),
    ("resolution 42/4, adopted by the Human Rights Council", ("HRC", "42/4")),
    ("resolution A/HRC/RES/S-9/1 on Gaza", ("HRC", "S-9/1")),
    ("Council decision 2/102 on reporting", ("HRC", "2/102")),
])
def test_body_named_by_the_words_around_the_reference(text: str, expected: tuple[str, str]) -> None:
    assert refs(text) == [expected]


def test_a_bare_council_before_a_year_numbered_resolution_is_ecosoc() -> None:
    text = ("acting under Economic and Social Council resolution 1503 (XLVIII) of 27 May 1970, "
            "as revised by Council resolution 2000/3 of 16 June 2000")
    assert refs(text, "CHR") == [("ECOSOC", "1503 (XLVIII)"), ("ECOSOC", "2000/3")]


@pytest.mark.parametrize("context, expected", [("CHR", ("CHR", "2003/10")), ("HRC", ("CHR", "2003/10"))])
def test_bare_year_numbered_resolution_is_the_commissions(context: str, expected: tuple[str, str]) -> None:
    assert refs("The Government objects to resolution 2003/10.", context) == [expected]


@pytest.mark.parametrize("context, expected", [("HRC", "HRC"), ("GA", "GA"), ("CHR", "GA")])
def test_bare_session_numbered_resolution_takes_the_context_body(context: str, expected: str) -> None:
    assert refs("Myanmar dissociates itself from resolution 7/31.", context) == [(expected, "7/31")]


def test_special_session_resolution_number() -> None:
    assert refs("Egypt supports resolution S-9/1.", "HRC") == [("HRC", "S-9/1")]


def test_lists_of_resolutions_each_with_its_date() -> None:
    text = ("Recalling Commission on Human Rights resolutions 2003/10 of 16 April 2003, 2004/13 of "
            "15 April 2004 and 2005/11 of 14 April 2005,")
    assert refs(text) == [("CHR", "2003/10"), ("CHR", "2004/13"), ("CHR", "2005/11")]


def test_draft_resolutions_are_citations_not_resolutions() -> None:
    text = "the draft resolution A/HRC/10/L.12/Rev.1 and draft resolution A/C.3/61/L.39 on Uzbekistan"
    assert refs(text) == []
    assert documents_cited(text, None) == ["A/HRC/10/L.12/Rev.1", "A/C.3/61/L.39"]


def test_documents_cited_leave_out_the_own_symbol_and_keep_a_resolution_cited_by_its_symbol() -> None:
    text = ("E/CN.4/2005/G/27\n\nWith reference to the letter (E/CN.4/2005/G/13) and to A/HRC/7/G/5, "
            "and to resolution A/HRC/RES/S-9/1")
    assert documents_cited(text, "E/CN.4/2005/G/27") == ["E/CN.4/2005/G/13", "A/HRC/7/G/5", "A/HRC/RES/S-9/1"]


def test_the_resolution_refers_to_the_topic_not_to_the_last_one_cited_in_passing() -> None:
    text = ("We welcome Council resolution 7/19. The resolution builds upon Commission resolution 1999/82 "
            "and General Assembly resolution 62/154. We fully support the resolution.")
    explicit = find_resolutions(text, "HRC")
    bound = [(r.body, r.number) for r in resolve_anaphora(text, explicit)]
    assert bound == [("HRC", "7/19"), ("HRC", "7/19")]


def test_the_resolution_with_a_single_candidate_is_bound_even_before_it_is_named() -> None:
    text = "The resolution was forced through. The Government rejects resolution 2003/10."
    explicit = find_resolutions(text, "CHR")
    assert [(r.body, r.number) for r in resolve_anaphora(text, explicit)] == [("CHR", "2003/10")]


def test_short_body_words_before_resolution_name_the_body() -> None:
    text = "the Netherlands supports Sub-Commission resolution 2003/29 and resolution 2003/53"
    assert issuers_named(text, find_resolutions(text, "CHR")) == ["SUBCOM"]


# ------------------------------------------------------------ Security Council numbers, French and Spanish forms
def refs(text: str, context: str | None = None) -> list[tuple[str, str]]:
    return [(r.body, r.number) for r in find_resolutions(text, context, None)]


def test_a_bare_number_is_a_security_council_resolution_with_its_year() -> None:
    assert refs("The Security Council adopted resolution 2334 on settlements.") == [("SC", "2334 (2016)")]
    assert refs("Press release on the resolution of the Security Council (res. 1835)") == [("SC", "1835 (2008)")]


def test_the_year_printed_in_the_text_wins_over_the_table() -> None:
    assert refs("Security Council resolution 2401 (2018) ... as resolution 2401 demands") == \
        [("SC", "2401 (2018)"), ("SC", "2401 (2018)")]


def test_a_bare_number_s_year_is_the_table_s_whatever_the_citing_document_s_year() -> None:
    from unhrkg.model.reference import sc_year
    text = "On 5 January 2010 the Government recalled that Security Council resolution 1907 imposed sanctions."
    assert refs(text) == [("SC", "1907 (2009)")] and sc_year(2261) == 2016
    assert sc_year(535) == 1983


def test_a_bare_number_without_the_security_council_is_not_a_resolution() -> None:
    assert refs("Resolution 2012 was mentioned.") == []


def test_a_date_after_a_number_is_not_a_number() -> None:
    assert refs("Human Rights Council resolution 19/14 of 22 March 2012, as the Security Council said") == \
        [("HRC", "19/14")]


def test_a_list_with_its_body_and_titles_between_numbers() -> None:
    text = ("Recordando además las resoluciones del Consejo de Derechos Humanos 5/1, sobre la construcción "
            "institucional del Consejo, y 5/2, sobre el código de conducta")
    assert refs(text) == [("HRC", "5/1"), ("HRC", "5/2")]


def test_french_and_spanish_resolution_words() -> None:
    assert refs("la résolution n. 690 (1991) du Conseil de sécurité") == [("SC", "690 (1991)")]
    assert refs("como fue establecido en la Resolución 064/292 de la Asamblea General") == [("GA", "64/292")]
    assert refs("la résolution 45/20 du Conseil des droits de l'homme") == [("HRC", "45/20")]


def test_a_bare_number_beyond_the_years_is_the_security_council_s_even_unnamed() -> None:
    assert refs("Il rappelle à la Minusma son obligation de respecter la résolution 2690, qui lui demande") == \
        [("SC", "2690 (2023)")]


def test_a_number_printed_with_its_year_after_a_slash() -> None:
    assert refs("the Minsk agreements endorsed by Security Council Res. 2202/2015") == [("SC", "2202 (2015)")]


def test_a_year_is_given_only_where_the_table_bounds_it() -> None:
    from unhrkg.model.reference import sc_year
    assert (sc_year(242), sc_year(338)) == (1967, 1973)
    assert sc_year(425) == 1978 and sc_year(535) == 1983 and sc_year(0) is None  # (none before the table's first)


def test_subsequent_resolutions_share_the_stance() -> None:
    from unhrkg.extract import extract_text
    r = extract_text("I speak on behalf of the European Union. A settlement must be based on Security Council Resolutions 242, "
                     "which emphasizes the inadmissibility of the acquisition of territory by force, and subsequent "
                     "resolutions 338, 1397 and 1515.", "x.txt")
    assert {p["target"]["number"] for p in r.positions} >= {"242 (1967)", "338 (1973)", "1397 (2002)", "1515 (2003)"}


def test_a_bare_number_dated_in_a_year_the_council_did_not_reach_it_is_the_assembly_s() -> None:
    text = "The Security Council met. Under resolution 377 of 3 November 1950, \"Uniting for Peace\", the Assembly acts."
    assert refs(text) == [("GA", "377 (V)")]


def test_a_low_bare_number_with_no_council_named_is_no_resolution() -> None:
    assert refs("The principle set out in resolution 194 must be honoured.") == []
    assert refs("The right of return in resolution 194 must be honoured.") == [("GA", "194 (III)")]  # its subject named
    assert refs("The Security Council recalled resolution 242.") == [("SC", "242 (1967)")]


def test_a_resolution_cited_by_a_symbol_without_res_is_the_assembly_s() -> None:
    assert refs("General Assembly Resolution A/74/275 declared the International Day.") == [("GA", "74/275")]


def test_a_number_printed_with_a_year_the_council_had_not_reached_is_the_assembly_s() -> None:
    assert refs("Uruguay recuerda la Resolución 181 (1947) y la resolución 478 (1980) del Consejo de Seguridad.") == \
        [("GA", "181 (II)"), ("SC", "478 (1980)")]


def test_a_bare_number_no_council_session_reaches_is_the_assemblys() -> None:
    refs = find_resolutions("as mandated by resolution 60/251 and resolution 5/1", "HRC")
    assert [(r.body, r.number) for r in refs] == [("GA", "60/251"), ("HRC", "5/1")]


def test_a_resolution_word_in_scare_quotes_still_names_the_resolution() -> None:
    refs = find_resolutions('the Security Council adopted the "resolution" 2321(S/2016/999) and the “resolution” 2270', "SC")
    assert [(r.body, r.number) for r in refs] == [("SC", "2321 (2016)"), ("SC", "2270 (2016)")]


def test_an_abbreviated_body_right_before_the_resolution_word() -> None:
    text = "the consideration of issues by the Human Rights Council, in line with GA resolution 5/1 and HRC resolution 6/4"
    assert [(r.body, r.number) for r in find_resolutions(text, "HRC")] == [("GA", "5/1"), ("HRC", "6/4")]


def test_a_council_number_printed_with_a_year_no_resolution_carries() -> None:
    refs = find_resolutions("Security Council resolutions 1907 (2009) and 2023 (0211)", "SC")
    assert [(r.body, r.number) for r in refs] == [("SC", "1907 (2009)"), ("SC", "2023 (2011)")]


def test_the_assemblys_number_beside_the_councils_name() -> None:
    refs = find_resolutions("the Human Rights Council, established by resolution 60/251, and its resolution 5/1", "HRC")
    assert [(r.body, r.number) for r in refs] == [("GA", "60/251"), ("HRC", "5/1")]


def test_a_list_whose_numbers_carry_a_month_and_year() -> None:
    text = "which builds on preceding Resolutions 30/1 of October 2015 and 34/1 of March 2017."
    assert refs(text, "HRC") == [("HRC", "30/1"), ("HRC", "34/1")]


def test_a_resolution_cited_once_in_passing_does_not_take_over_the_topic() -> None:
    text = ("India welcomed resolution 2593. " + "The resolution addresses key concerns. " * 3 +
            "Its text is long and detailed; " * 30 + "it mentions individuals designated by resolution 1267. "
            "They accused the resolution's sponsors of having rushed it.")
    explicit = find_resolutions(text, "SC")
    bound = [(r.body, r.number) for r in resolve_anaphora(text, explicit)]
    assert bound[-1] == ("SC", "2593 (2021)")


def test_a_resolution_singled_out_of_the_council_s_resolutions() -> None:
    text = ("constituyen graves violaciones del derecho internacional y de las resoluciones del Consejo de Seguridad de "
            "las Naciones Unidas, especialmente la número 2334 (2016), además de elevar las tensiones")
    assert refs(text) == [("SC", "2334 (2016)")]
    assert refs("the resolutions of the Security Council, in particular 242 (1967)") == [("SC", "242 (1967)")]


def test_scr_before_a_number_is_a_security_council_resolution() -> None:
    assert refs("Iraq has met its obligations under section C of SCR 687.") == [("SC", "687 (1991)")]


@pytest.mark.parametrize("text, expected", [
    ("le continuum de la résolution historique de l’Assemblée générale (73/328), adoptée en 2019",
     [("GA", "73/328")]),
    ("ainsi que la résolution ultérieure (75/309) ayant proclamé la journée", [("GA", "75/309")]),
    ("la resolución histórica de la Asamblea General (73/328)", [("GA", "73/328")]),
    ("les résolutions de l'Assemblée générale 73/328 et 75/309", [("GA", "73/328"), ("GA", "75/309")]),
    ("the resolution adopted (2019) by the Assembly", []),  # a year in brackets is no number
])
def test_a_word_after_the_noun_before_a_bracketed_number(text: str, expected: list[tuple[str, str]]) -> None:
    assert refs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('The DPRK will never accept the UN Security Council\'s "Resolutions" Nos. 1718 and 1874, products of hostility.',
     [("SC", "1718 (2006)"), ("SC", "1874 (2009)")]),
    ("recordó que la Resolución de Naciones Unidas 2353 (XXII) de 1967, relativa a Gibraltar", [("GA", "2353 (XXII)")]),
])
def test_numbers_after_nos_and_a_resolution_of_the_united_nations(text: str, expected: list[tuple[str, str]]) -> None:
    assert refs(text) == expected


def test_a_bare_number_named_again_is_the_resolution_read_before() -> None:
    text = ("Statement on the anniversary of Security Council Resolution 1973 on Libya. As the President said at the "
            "General Assembly, Resolution 1973 showed how the world is supposed to work.")
    assert refs(text, None) == [("SC", "1973 (2011)"), ("SC", "1973 (2011)")]


def test_a_symbol_printed_with_res_in_lower_case_is_the_resolution() -> None:
    text = "Ukraine recalls resolution A/Res/68/262 on the territorial integrity of Ukraine."
    assert refs(text) == [("GA", "68/262")]
    assert documents_cited(text, None) == ["A/RES/68/262"]  # its symbol is cited as printed, in the series' case


def test_an_l_document_called_a_resolution_is_a_cited_draft() -> None:
    assert documents_cited("Explanation of vote on UNGA Resolution A/ES-11/L.5, 12 October 2022", None) == ["A/ES-11/L.5"]


def test_a_date_on_the_line_after_the_word_resolution_is_no_resolution() -> None:
    assert refs("Vanuatu urges a vote for the climate resolution\n2022-11-12\nOn 9 November 2022 ...", "GA") == []


@pytest.mark.parametrize("text, expected", [
    ("es incompatible con la Resolución 1514 de 1960 sobre descolonización", [("GA", "1514 (XV)")]),
    ("contraire à la résolution 1514 de 1960", [("GA", "1514 (XV)")]),
    ("in line with resolutions 242 of 1967 and 338 of 1973", [("SC", "242 (1967)"), ("SC", "338 (1973)")]),
    ("the partition plan of resolution 181 of 1947", [("GA", "181 (II)")]),
])
def test_a_bare_number_printed_with_its_year_alone(text: str, expected: list[tuple[str, str]]) -> None:
    assert refs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Solomon Islands reaffirms its One China policy in line with resolution 2758.", ("GA", "2758 (XXVI)")),
    ("Nicaragua ratifica la resolución 2758 y el principio de una sola China.", ("GA", "2758 (XXVI)")),
    ("The Council adopted resolution 2758 on the sanctions regime.", ("SC", "2758 (2024)")),
    ("Argentina recuerda la resolución 2065 sobre la Cuestión de las Islas Malvinas.", ("GA", "2065 (XX)")),
])
def test_an_assembly_resolution_cited_by_a_bare_number_the_council_reached_since(text: str, expected: tuple[str, str]) -> None:
    assert refs(text) == [expected]


@pytest.mark.parametrize("text, lang", [
    ("Todas las resoluciones del Consejo de Seguridad que se habían impuesto contra Irán de 2006 a 2010 fueron "
     "terminadas.", "es"),
    ("L'UNRWA a été fondé en application d'une décision de l'Assemblée générale de l'ONU en 1949.", "fr"),
])
def test_a_year_after_a_clause_following_the_body_is_not_a_resolution(text: str, lang: str) -> None:
    with lexicon.using(lang):
        assert refs(text) == []


def test_a_session_numbered_resolution_printed_with_a_hyphen_after_no() -> None:
    assert refs("the UN General Assembly Resolution No. 46-182, a reference for humanitarian aid") == [("GA", "46/182")]
    assert refs("resolutions 1-3 of the agenda") == []


@pytest.mark.parametrize("text, expected", [
    ("according to the provisions of the Resolution A / RES / 74/167, the mandate", [("GA", "74/167")]),
    ("the Commission of Inquiry established pursuant to HRC/RES/26/24 of 27 June 2014.", [("HRC", "26/24")]),
    ("le mandat, à nous confié, par la résolution A/RES/3376 du 10 novembre 1975", [("GA", "3376 (XXX)")]),
    ("the relevant segments of General Assembly resolution 49/12B of 30 May 1995", [("GA", "49/12 B")]),
])
def test_resolution_symbols_as_printed_outside_the_series_own_form(text: str, expected: list[tuple[str, str]]) -> None:
    assert refs(text) == expected


def test_assembly_symbols_without_res_keep_their_parts_letter() -> None:
    assert refs("votó a favor de las resoluciones A/66/253A, A/66/253B, A/66/176 y A/67/183, sin reservas") == [
        ("GA", "66/253 A"), ("GA", "66/253 B"), ("GA", "66/176"), ("GA", "67/183")]


def test_a_council_number_printed_after_its_year() -> None:
    assert refs("reacting to the UN Security Council resolutions 2013/2107, dated 27/6/2013, regarding") == [("SC", "2107 (2013)")]
    assert refs("the resolution 2013/2107 was published") == []  # no Council named: no guess
    # a year that is not that number's: a number of another body ("European Parliament resolution 2019/2691")
    assert refs("The European Parliament resolution 2019/2691 and Security Council resolution 2467 (2019).") == \
        [("SC", "2467 (2019)")]


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "Resolución Nro. 268 Ministerio de Relaciones Exteriores, Comercio Internacional y Culto", []),
    ("es", "Resolución 268-2012", []),
    ("es", "Que mediante la Resolución Nº 225 de fecha 12 de mayo de 2011 del entonces MINISTERIO DE RELACIONES EXTERIORES, "
           "se dieron a conocer las sanciones del Consejo de Seguridad en su Resolución Nº 1973 de fecha 17 de marzo de 2011,",
     [("SC", "1973 (2011)")]),
    ("fr", "le gouvernement a réagi à la Résolution 2019/2691 du Parlement européen sur les droits de l'homme", []),
    ("en", "Security Council resolution 2334 of 23 December 2016 remains binding.", [("SC", "2334 (2016)")]),
    ("en", "In line with Security Council resolution 1325 Parliament adopted a National Action Plan.", [("SC", "1325 (2000)")]),
    ("en", "Security Council resolutions 1970-1973 remain in force.", [("SC", "1970 (2011)")]),
    ("en", "We emphasise the resolution 1973-2011 of the Security Council.", [("SC", "1973 (2011)")]),
])
def test_a_resolution_a_state_s_own_organ_issued_is_not_a_un_resolution(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    with lexicon.using(lang):
        assert refs(text) == expected


def test_a_decision_numbered_beyond_the_council_s_decisions_is_the_assembly_s() -> None:
    with lexicon.using("es"):
        assert refs("el consenso que se refleja en las disposiciones de la Decisión 62/557.") == [("GA", "62/557")]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "its mandate under Security Council Resolution (No. 2379) of 2017", [("SC", "2379 (2017)")]),  # "No." in brackets
    ("fr", "le Conseil de sécurité a adopté des résolutions №822, 853 et 874", [("SC", "822 (1993)"), ("SC", "853 (1993)"),
                                                                                ("SC", "874 (1993)")]),  # the numero sign
    ("es", "de conformidad con la Resolucin 5/1 del Consejo de Derechos Humanos", [("HRC", "5/1")]),  # an accent lost with its letter
    ("es", "la implementación de la Resolución\ndel Consejo de Seguridad de la organización\nde las Naciones Unidas 1325/2000",
     [("SC", "1325 (2000)")]),  # the body's long name over lines
    ("en", "the adoption of the UN General Assembly Resolution of 27 March 2014 “Territorial Integrity of Ukraine” (68/262).",
     [("GA", "68/262")]),  # a date and a quoted title before the bracketed number
    ("en", "comply with the Security Council resolutions, namely 242 and 338, without delay", [("SC", "242 (1967)"), ("SC", "338 (1973)")]),
    ("fr", "les résolutions du Conseil de sécurité, à savoir 242 et 338, sans délai", [("SC", "242 (1967)"), ("SC", "338 (1973)")]),
    ("es", "las resoluciones del Consejo de Seguridad, a saber 242 y 338, sin demora", [("SC", "242 (1967)"), ("SC", "338 (1973)")]),
])
def test_more_ways_a_resolution_s_number_is_printed(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    with lexicon.using(lang):
        assert [(b, n) for b, n in refs(text)] == expected


def test_a_paragraph_break_ends_a_body_s_name_before_a_number() -> None:
    with lexicon.using("es"):
        assert refs("la Resolución del Consejo de Seguridad\n\nTabla 1325/2000") == []


@pytest.mark.parametrize("text, expected", [
    ("UN General Assembly Resolution Number ES-10/23, which was approved by 143 member states", [("GA", "ES-10/23")]),
    ("la résolution numéro 68/262 de l'Assemblée générale", [("GA", "68/262")]),
    ("the Human Rights Council's resolutions 5/1[1] and 5/2[2] which highlight cooperation", [("HRC", "5/1"), ("HRC", "5/2")]),
])
def test_a_number_after_the_word_number_or_before_a_footnote_mark(text: str, expected: list[tuple[str, str]]) -> None:
    assert refs(text) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("La France se félicite de l'adoption de la résolution importante 1559, qu'elle a co-parrainée.", "fr",
     [("SC", "1559 (2004)")]),
    ("Celebramos la resolución histórica 2334 del Consejo de Seguridad.", "es", [("SC", "2334 (2016)")]),
    ("Le ministre a défendu le vote de son pays en faveur de la résolution anti-israélienne 2334.", "fr",
     [("SC", "2334 (2016)")]),
])
def test_an_adjective_after_the_noun_before_its_number(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    with lexicon.using(lang):
        assert refs(text) == expected


def test_a_preposition_after_the_noun_is_not_an_adjective() -> None:
    with lexicon.using("fr"):
        assert refs("Une résolution pour 1500 observateurs a été rejetée.") == []


def test_an_anaphor_naming_a_body_binds_to_that_bodys_resolution() -> None:
    text = ("Security Council resolution 2231 (2015) and Human Rights Council resolution 49/1 were adopted. "
            "Singapore was a co-sponsor of this HRC resolution.")
    explicit = find_resolutions(text, None)
    assert [(r.body, r.number) for r in resolve_anaphora(text, explicit)] == [("HRC", "49/1")]


def test_an_anaphor_naming_a_body_no_resolution_is_of_binds_to_none() -> None:
    text = "Human Rights Council resolution 49/1 was adopted. We recall the Security Council resolution."
    explicit = find_resolutions(text, None)
    assert resolve_anaphora(text, explicit) == []


def test_an_anaphor_naming_another_body_leaves_the_next_anaphor_its_only_candidate() -> None:
    text = ("We recall the Security Council resolution. We support the resolution. Human Rights Council resolution "
            "49/1 was adopted.")
    explicit = find_resolutions(text, None)
    assert [(r.body, r.number) for r in resolve_anaphora(text, explicit)] == [("HRC", "49/1")]


def test_an_anaphor_after_another_bodys_adoption_is_not_the_resolution_numbered_later() -> None:
    text = ("The Security Council adopted a resolution on Gaza. We support the resolution. Human Rights Council resolution "
            "49/1 was adopted later.")
    assert resolve_anaphora(text, find_resolutions(text, None)) == []
    text = "The Council adopted on 31 May 2022 a new resolution. We support the resolution. It recalls resolution 2039 (2012)."
    assert resolve_anaphora(text, find_resolutions(text, None)) == []


@pytest.mark.parametrize("text", [
    "Human Rights Council\n\nThe Human Rights Council,\n\nRecalling resolution 60/251 of the General Assembly, of 15 "
    "March 2006, and its own resolutions 5/1 and 5/2 of 18 June 2007,\n",
    "Conseil des droits de l’homme\n\nLe Conseil des droits de l’homme,\n\nRappelant la résolution 60/251 de "
    "l’Assemblée générale, en date du 15 mars 2006, et ses propres résolutions 5/1 et 5/2 du 18 juin 2007,\n",
    "Consejo de Derechos Humanos\n\nEl Consejo de Derechos Humanos,\n\nRecordando la resolución 60/251 de la Asamblea "
    "General, de 15 de marzo de 2006, y sus propias resoluciones 5/1 y 5/2, de 18 de junio de 2007,\n",
])
def test_its_own_resolutions_are_the_text_s_body_s_not_the_one_named_before(text: str) -> None:
    r = extract_text(text, "x.txt")
    assert {(x["body"], x["number"]) for x in r.resolutions} == {("GA", "60/251"), ("HRC", "5/1"), ("HRC", "5/2")}


def test_a_council_symbol_after_the_resolution_word_takes_its_year_after_it() -> None:
    r = extract_text("Actuamos en función de la Resolución S/RES/1542 (2004) del Consejo de Seguridad.\n", "x.txt")
    assert r.resolutions == [{"body": "SC", "number": "1542 (2004)"}]


@pytest.mark.parametrize("text, expected", [
    ("Mr. President, the General Assembly hears that the Human Rights Council must respect its own resolutions 5/1 and 5/2.",
     {("HRC", "5/1"), ("HRC", "5/2")}),
    ("The Economic and Social Council, Recalling its own resolution 2004/30, decides.", {("ECOSOC", "2004/30")}),
    ("The Sub-Commission on the Promotion and Protection of Human Rights, Recalling its own resolution 2005/11, decides.",
     {("SUBCOM", "2005/11")}),
])
def test_its_own_resolutions_are_the_subject_s(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(x["body"], x["number"]) for x in extract_text(text, "x.txt").resolutions} == expected


def test_a_council_symbol_takes_its_year_from_the_table_and_its_span_the_printed_year() -> None:
    r = extract_text("We recall resolution S/RES/2334 (2106) of the Security Council.\n", "x.txt")
    assert r.resolutions == [{"body": "SC", "number": "2334 (2016)"}]
    r = extract_text("The Council recalled resolutions S/RES/2250 (2015) and S/RES/2419 (2018), of which Jordan was the main "
                     "sponsor.\n", "x.txt")
    assert {(s["resolution"]["number"], s["sponsor"]) for s in r.sponsors} == {("2250 (2015)", "JOR"), ("2419 (2018)", "JOR")}


@pytest.mark.parametrize("text, expected", [
    ("España recordó que la resolución 1244/99 del Consejo de Seguridad sigue vigente.", [("SC", "1244 (1999)")]),
    ("Kosovo remains under resolution 1244/99 of the Security Council.", [("SC", "1244 (1999)")]),
    ("The Assembly adopted resolution 73/99 on the same day.", [("GA", "73/99")]),
])
def test_a_council_number_with_its_years_last_two_digits_after_a_slash(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r["body"], r["number"]) for r in extract_text(text, "x.txt").resolutions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Estonia recalls resolution 56/6 of 9 November 2001 on dialogue.", [("GA", "56/6")]),  # the Council met from 2006
    ("Estonia recalls resolution 19/22 of 23 March 2012 on Syria.", [("HRC", "19/22")]),  # the Assembly's 19th: 1964
    ("Estonia recalls resolution 62/1 of 2007.", [("GA", "62/1")]),
])
def test_a_session_numbered_resolution_s_body_from_the_year_printed_with_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r["body"], r["number"]) for r in extract_text(text, "x.txt").resolutions] == expected


@pytest.mark.parametrize("text, expected", [
    ("Estonie rappelle les résolutions 56/6 du 9 novembre 2001 sur le dialogue entre les civilisations,57/6 du "
     "4 novembre 2002 sur la Décennie de la paix au profit des enfants du monde, 2001-2010, 58/128 du 19 décembre 2003 sur la "
     "culture.", [("GA", "56/6"), ("GA", "57/6"), ("GA", "58/128")]),
    ("The Assembly adopted resolutions 61/221 on interfaith dialogue, 61/222 on oceans and 61/223 on fisheries.",
     [("GA", "61/221"), ("GA", "61/222"), ("GA", "61/223")]),
    ("Estonia recalls resolution 60/251 on the Human Rights Council, 2006 was its first year.", [("GA", "60/251")]),
    ("Resolution 40/1 on 'Promoting reconciliation', which builds on the preceding Resolutions 30/1 of October 2015 and "
     "34/1 of March 2017.", [("HRC", "40/1"), ("HRC", "30/1"), ("HRC", "34/1")]),  # (a title holds no resolution)
])
def test_a_list_of_numbers_each_with_its_date_and_title(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r["body"], r["number"]) for r in extract_text(text, "x.txt").resolutions] == expected


def test_a_council_number_printed_with_its_own_year_without_the_word_resolution() -> None:
    heading = "Statement at the UN Security Council: Explanation of Vote on 1267 (1999), 1989 (2011) and 2253 (2015)\n"
    assert [r["number"] for r in extract_text(heading, "x.txt").resolutions] == ["1267 (1999)", "1989 (2011)", "2253 (2015)"]
    assert extract_text("The Security Council met in room 1267 (2001) and on page 242 (1990).", "x.txt").resolutions == []
    assert extract_text("Explanation of vote on 1267 (1999), in the Assembly's hall.", "x.txt").resolutions == []


@pytest.mark.parametrize("text", [
    "El canciller informó sobre cuatro resoluciones por parte del Consejo de Seguridad de la ONU (2645, 2653, 2692 y 2699).",
    "The minister spoke of four resolutions adopted by the UN Security Council (2645, 2653, 2692 and 2699) on Haiti.",
])
def test_numbers_in_brackets_after_the_body_that_adopted_the_resolutions(text: str) -> None:
    assert [r["number"] for r in extract_text(text, "x.txt").resolutions] == ["2645 (2022)", "2653 (2022)", "2692 (2023)",
                                                                              "2699 (2023)"]


@pytest.mark.parametrize("text", [
    "The number of resolutions adopted by the Security Council during 2017 fell to its lowest level in a decade.",
    "Of the 287 resolutions adopted by the Security Council between 2011 and 2016, few addressed the Sahel.",
    "El número de resoluciones aprobadas por el Consejo de Seguridad durante 2017 fue el más bajo de la década.",
    "The resolution adopted by the General Assembly (176 in favour, 7 against, 4 abstentions) demands a withdrawal.",
    "The Council took note of the resolutions adopted by the Human Rights Council at its fortieth session (A/HRC/40/2).",
    "Ireland calls for the implementation of resolution 1325 on women, peace and security and 50/50 representation.",
    "The Security Council received a report: the number of children recruited went from 1984 (2011) to 2118 (2013).",
    "The Security Council also welcomed the Parliamentary Assembly's Recommendation 1927 (2010) on Islam.",
])
def test_years_vote_counts_symbols_and_figures_are_no_resolutions(text: str) -> None:
    assert [r["number"] for r in extract_text(text, "x.txt").resolutions] in ([], ["1325 (2000)"])


@pytest.mark.parametrize("text, expected", [
    ("Slovenia welcomes General Assembly resolution 60/251 on the Human Rights Council and 5/1 and 5/2 of 18 June 2007.",
     [("GA", "60/251"), ("HRC", "5/1"), ("HRC", "5/2")]),  # (not the Assembly's list: the Council's 5/1 and 5/2, read as
    # bare session numbers, extract/bare_numbers.py, with the body named nearest before them)
    ("Slovenia recalls General Assembly resolutions 60/251 of 15 March 2006 on the Council, 5/1 of 18 June 2007 on its "
     "institutions.", [("GA", "60/251"), ("HRC", "5/1")]),  # (each item its body from its year)
])
def test_an_item_after_a_title_is_read_as_its_own(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r["body"], r["number"]) for r in extract_text(text, "x.txt").resolutions] == expected


@pytest.mark.parametrize("text", [
    "El Consejo de Seguridad tomó nota de la Ley 1984 (2011) y 2118 (2013).",
    "Le Conseil de sécurité a été informé des décrets 1984 (2011) et 2118 (2013).",
])
def test_another_series_words_come_from_the_lexicon_in_every_language(text: str) -> None:
    assert extract_text(text, "x.txt").resolutions == []


@pytest.mark.parametrize("text, number", [
    ("to hold an emergency session under General Assembly Resolution 377a (v)", "377 A (V)"),
    ("General Assembly resolution 2758 (xxvi) restored the rights", "2758 (XXVI)"),
])
def test_an_old_assembly_number_printed_in_lower_case_is_written_as_the_assembly_writes_it(text: str, number: str) -> None:
    assert [(r.body, r.number) for r in find_resolutions(text, None)] == [("GA", number)]


@pytest.mark.parametrize("text", [
    "RESOLUTION N°55/44-POL SUR LA FORCE CONJOINTE DU G5 SAHEL",
    "Resolution No. 2/46-LEG on the legal status of the Organisation's instruments",
])
def test_a_number_with_another_organisation_s_series_code_is_not_a_un_resolution(text: str) -> None:
    assert refs(text, "HRC") == []


@pytest.mark.parametrize("text, expected", [
    # the year printed after a list's last item is every item's, where the Council adopted each that year
    ("Recalling resolutions 465, 476, and 478 (1980) on Jerusalem",
     [("SC", "465 (1980)"), ("SC", "476 (1980)"), ("SC", "478 (1980)")]),
    # a list of the Council's resolutions with their years, its items set off by semicolons
    ("particularly resolutions No. 242 (1967); 252\n(1968); 338 (1973); and 2334 (2016), all",
     [("SC", "242 (1967)"), ("SC", "252 (1968)"), ("SC", "338 (1973)"), ("SC", "2334 (2016)")]),
])
def test_lists_of_council_resolutions_with_their_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert refs(text, "GA") == expected


@pytest.mark.parametrize("text, expected", [
    ("resolutions 1514 and 1325 (2000)", [("GA", "1514 (XV)"), ("SC", "1325 (2000)")]),  # 1514 is no Council resolution of 2000
    ("Recalling resolution 242 (1967); 3. Calls upon all parties", [("SC", "242 (1967)")]),  # a paragraph number after a semicolon
])
def test_a_list_year_or_a_semicolon_takes_no_number_that_is_not_the_councils(text: str, expected: list[tuple[str, str]]) -> None:
    assert refs(text, "GA") == expected


@pytest.mark.parametrize("text, expected", [
    ("siendo incompatible con la resolución 1.514 de 1960 sobre descolonización general.", ("GA", "1514 (XV)")),
    ("Le Conseil de sécurité a rappelé la résolution 1.540 (2004) sur la non-prolifération.", ("SC", "1540 (2004)")),
    ("Le président a remercié le Conseil de sécurité après l'adoption de la résolution 1 721 sur la Côte d'Ivoire.",
     ("SC", "1721 (2006)")),
    ("Le Conseil de sécurité a adopté la résolution 2\u00a0334 sur les colonies.", ("SC", "2334 (2016)")),
])
def test_a_number_with_its_thousands_marked(text: str, expected: tuple[str, str]) -> None:
    assert refs(text) == [expected]


def test_a_decimal_or_a_longer_figure_is_no_resolution() -> None:
    assert refs("La resolución 2.5 del reglamento y la resolución 1.514.000 del presupuesto.") == []
    assert refs("The Council adopted resolutions 1 and 2 of the session, and resolution 1 7210 of the budget.") == []


def test_a_number_with_its_thousands_marked_at_a_sentence_end() -> None:
    assert refs("España recordó la resolución 1.514.") == refs("España recordó la resolución 1514.") != []


@pytest.mark.parametrize("text", [
    "the mandate given in accordance with General Assembly Resolution No. 302, and the right guaranteed by Security "
    "Council Resolution No. 237",
    "the mandate under UNGA resolution 302, as the Security Council recalled",
    "the mandate under resolution 302 of the General Assembly, as the Security Council recalled",
])
def test_a_bare_number_titled_with_the_assembly_is_never_the_councils(text: str) -> None:
    found = refs(text)
    assert ("SC", "302 (1971)") not in found  # the Assembly's 302 (IV) has no span in the table: left out
    assert all(body != "SC" or number.startswith("237") for body, number in found)


def test_a_bare_number_after_the_council_in_a_text_naming_the_assembly_is_still_the_councils() -> None:
    assert ("SC", "237 (1967)") in refs("The General Assembly and the Security Council: Security Council resolution 237")


def test_session_numbers_bracketed_after_the_titles_a_sentence_lists_are_resolutions() -> None:
    found = refs('Ukraine co-sponsored the UN GA resolutions "Assistance in mine action" (70/80) and "Countering the threat '
                 'posed by improvised explosive devices" (71/72). We also supported the GA resolutions regarding the Ottawa '
                 'Convention (71/34) and on the Convention on Certain Conventional Weapons (71/84).')
    assert found == [("GA", "70/80"), ("GA", "71/72"), ("GA", "71/34"), ("GA", "71/84")]


def test_a_bracketed_number_with_no_resolutions_before_it_in_its_sentence_is_not_one() -> None:
    assert refs("The meeting (12/05) discussed the report (A/71/34) and the figures (71/34) of the year.") == []


@pytest.mark.parametrize("text", [
    "conforme a numerosas resoluciones del Consejo de Seguridad de las Naciones Unidas, como ser la Nº 1397 (2002), "
    "Nº 1515 (2003) y Nº 2334 (2016).",
    "conforme a las resoluciones Nº 1397 (2002), Nº 1515 (2003) y Nº 2334 (2016).",
    "conformément aux résolutions du Conseil de sécurité, telles que la 1397 (2002), la 1515 (2003) et la 2334 (2016).",
    "in line with many Security Council resolutions, such as 1397 (2002), 1515 (2003) and 2334 (2016).",
])
def test_a_list_singled_out_among_a_bodys_resolutions_with_its_number_signs(text: str) -> None:
    assert [r["number"] for r in read("Comunicado\n\n" + text).resolutions] == ["1397 (2002)", "1515 (2003)", "2334 (2016)"]


def test_an_article_before_a_year_is_no_list_item() -> None:
    text = "Statement\n\nA transition in line with UNSCR 2254 and the 2012 Geneva Communique is needed."
    assert [r["number"] for r in read(text).resolutions] == ["2254 (2015)"]


def test_a_count_after_bare_como_is_no_resolution() -> None:
    text = ("Comunicado\n\nColombia recuerda que las resoluciones del Consejo de Seguridad, como 1.200 observadores "
            "internacionales constataron en el terreno, no se han cumplido.")
    assert read(text).resolutions == []


@pytest.mark.parametrize(("text", "found"), [
    ("reaffirmed by the GA resolutions 46/182 (1991) and 58/114 (2004).", ["GA 46/182", "GA 58/114"]),
    ("resolutions 2565 (del 2021) del Consejo de Seguridad.", ["SC 2565 (2021)"]),
    ("With reference to the UN Security council Resolution No: 1593 referring the situation.", ["SC 1593 (2005)"]),
    ("especially UNSCRs 365(1974), 541(1983), 550(1984), and 1251(1999).",
     ["SC 365 (1974)", "SC 541 (1983)", "SC 550 (1984)", "SC 1251 (1999)"]),
    ("las conclusiones y la resolución N.º 2216 del Consejo de Seguridad.", ["SC 2216 (2015)"]),
    ("Las Resoluciones Nros. 1970 de fecha 26 de febrero de 2011, 1973 de fecha 17 de marzo de 2011 del Consejo de Seguridad.",
     ["SC 1970 (2011)", "SC 1973 (2011)"]),
    ("las garantías de no repetición (Res 18/7) del Consejo de Derechos Humanos.", ["HRC 18/7"]),
    ("las resoluciones del Consejo de Derechos Humanos 14/6, de 17 de junio de 2010, y 20/9, de 5 de julio de 2012.",
     ["HRC 14/6", "HRC 20/9"]),
    ("resolutions of the General Assembly 52/38 S of December 9, 1997, 53/77 A of December 4, 1998, 57/69 of November 22, 2002.",
     ["GA 52/38 S", "GA 53/77 A", "GA 57/69"]),
    ("in accordance with the resolution of the UN General Assembly (GA) 46/225.", ["GA 46/225"]),
    ("El grupo de trabajo establecido por la resolución HRC 32/24 a través de un grupo de países.", ["HRC 32/24"]),
])
def test_a_list_and_its_numbers_in_their_printed_forms(text: str, found: list[str]) -> None:
    r = extract_text(text, "x.txt")
    assert [f"{x['body']} {x['number']}" for x in r.resolutions] == found


@pytest.mark.parametrize("text, lang, expected", [
    ("Le Président a salué les résolutions n° 2666, concernant le renouvellement du mandat de la Mission des Nations unies "
     "pour la stabilisation en République démocratique du Congo (MONUSCO) pour un an, et n° 2667, concernant les armes.",
     "fr", [("SC", "2666 (2022)"), ("SC", "2667 (2022)")]),
    ("The Council adopted resolutions 2666 (2022), concerning the renewal of the mandate of the Stabilization Mission in "
     "the Democratic Republic of the Congo for one more year, and 2667 (2022).", "en", [("SC", "2666 (2022)"), ("SC", "2667 (2022)")]),
])
def test_a_list_of_resolutions_each_with_what_it_concerns(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    with lexicon.using(lang):
        assert refs(text) == expected


@pytest.mark.parametrize(("text", "found"), [
    ("The Permanent Observer of the League of Arab States transmitted resolution No. 7988 of 10 January 2016, adopted at an "
     "extraordinary session of its Council; the Security Council has its own resolution 2231 (2015).", ["SC 2231 (2015)"]),
    ("The Security Council adopted resolution 2768 (2025) in January.", ["SC 2768 (2025)"]),
])
def test_a_bare_number_the_council_has_not_reached_is_not_its_resolution(text: str, found: list[str]) -> None:
    assert [f"{r.body} {r.number}" for r in find_resolutions(text, None)] == found


@pytest.mark.parametrize(("text", "found"), [
    ("Senegal presented draft resolution 2334 to the Security Council.", ["SC 2334 (2016)"]),
    ("Le Sénégal a présenté au Conseil de sécurité le projet de résolution N° 2334.", ["SC 2334 (2016)"]),
    ("The Council voted on draft resolution S/2016/1154.", []),
    # a parliament's draft, the Council named nowhere near
    ("The Verkhovna Rada of Ukraine today adopted draft resolution No. 2247 on the appeal to the United Nations.", []),
])
def test_a_draft_named_by_the_number_its_resolution_was_given_is_that_resolution(text: str, found: list[str]) -> None:
    with lexicon.using("fr" if "Le " in text else "en"):
        assert [f"{r.body} {r.number}" for r in find_resolutions(text, None)] == found


def test_a_list_of_resolutions_each_with_its_date_in_spanish() -> None:
    text = ("Recordando también sus resoluciones 39/1, de 27 de septiembre de 2018, 42/4, de 26\nde septiembre de "
            "2019, 42/25, de 27 de septiembre de 2019, y 45/2 y 45/20, de 6 de octubre\nde 2020, sobre Venezuela,")
    assert [r["number"] for r in extract_text("El Consejo de Derechos Humanos,\n\n" + text, "x.txt").resolutions] \
        == ["39/1", "42/4", "42/25", "45/2", "45/20"]


def test_a_number_printed_with_a_leading_zero_is_the_series_number() -> None:
    text = "Statement\n\nThe Human Rights Council resolution 30/01 was co-sponsored by Sri Lanka."
    assert [(r["body"], r["number"]) for r in extract_text(text, "x.txt").resolutions] == [("HRC", "30/1")]


@pytest.mark.parametrize("text, expected", [
    ("The event was organized with the chairmanship of the National Assembly in accordance with the resolution No. 49/8 "
     "adopted at the 49th session of the Human Rights Council.", [("HRC", "49/8")]),
    ("La résolution 49/8 adoptée lors de la 49e session du Conseil des droits de l'homme.", [("HRC", "49/8")]),
    ("Resolution 49/8 adopted at its forty-ninth session of the General Assembly.", [("GA", "49/8")]),
])
def test_the_body_at_whose_session_a_resolution_was_adopted(text: str, expected: list[tuple[str, str]]) -> None:
    assert refs(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a Council number and its own year after a slash, with no Council named near: the year that number was adopted in
    ("España recuerda la Resolución 2286/2016 de la ONU sobre la protección de los hospitales.", [("SC", "2286 (2016)")]),
    ("Spain recalls UN resolution 1325/2000 on women, peace and security.", [("SC", "1325 (2000)")]),
    # a year that is not the number's: no Council resolution read
    ("Spain recalls UN resolution 2286/2019 on hospitals.", []),
])
def test_a_council_number_with_its_own_year_after_a_slash(text: str, expected: list[tuple[str, str]]) -> None:
    assert [r for r in refs(text) if r[0] == "SC"] == expected


@pytest.mark.parametrize("text", [
    "Israel condemns violations of UNSC resolutions, including 1701 and 1559, by Hezbollah.",
    "Israel condemns violations of UNSC resolutions, in particular 1701 and 1559.",
])
def test_the_resolutions_singled_out_after_including(text: str) -> None:
    assert refs(text) == [("SC", "1701 (2006)"), ("SC", "1559 (2004)")]


def test_including_a_count_names_no_resolution() -> None:
    assert refs("The Council adopted 30 resolutions, including 12 on country situations.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("It chairs the UNSC 1988 (Taliban) Sanctions Committee and the UNSC 1373 Counter-Terrorism Committee.", []),
    ("APPOINTMENT OF PAKISTAN AS CHAIR OF A COMMITTEE IN UNSC\n\n1363. SHRI GOLLA BABURAO", []),
    ("India supports UNSC 1373 fully.", [("SC", "1373 (2001)")]),
])
def test_a_council_committee_or_a_number_on_another_line_is_no_unsc_resolution(text: str, expected: list) -> None:
    assert refs(text) == expected
