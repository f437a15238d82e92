"""The rules of the twenty-eighth round (2026-12-07, the eighth session of the day): a report named for the resolutions it
reviews, a charge against the author about a resolution, the Assembly's subsidiary whose report a speech debates, thanks
before the word to the chair in French and Spanish, French titles given back their case, a State making "this statement"
on behalf of a group, and a passive of saying whose agent is a State's official. Each rule on a small text of the genre
it reads, written for the rule, not for a document of the held-out sets."""
from __future__ import annotations

from helpers.extract import read


def stances(text: str) -> list[tuple[str, str]]:
    return [(str(p["target"]["number"]), str(p["stance"])) for p in read(text).positions]


def signers(text: str) -> list[tuple[str, list[str]]]:
    return [(str(s["name"]), list(s.get("titles") or [])) for s in read(text).signatories]


# --- a report named for the resolutions it reviews ----------------------------------------------------------------------

SYRIA_LETTER = ("Letter dated 2 March 2016 from the Permanent Representative of the Syrian Arab Republic to the United "
                "Nations addressed to the Secretary-General\n\n"
                "The Government of the Syrian Arab Republic reaffirms the positions it has communicated in its letters "
                "responding to the reports of the Secretary-General on the implementation of Security Council resolutions "
                "2139 (2014) and 2165 (2014).\n")


def test_a_report_on_the_implementation_of_resolutions_invokes_none_of_them() -> None:
    assert stances(SYRIA_LETTER) == []


def test_the_implementation_the_author_calls_for_is_still_invoked() -> None:
    text = SYRIA_LETTER + "\nSyria calls for the full implementation of resolution 2139 (2014).\n"
    assert stances(text) == [("2139 (2014)", "supports")]


def test_a_french_report_on_the_application_of_a_resolution_invokes_nothing() -> None:
    text = ("Lettre datée du 2 mars 2016 adressée au Secrétaire général par le Représentant permanent du Maroc auprès de "
            "l'Organisation des Nations Unies\n\nLe Gouvernement du Royaume du Maroc a pris connaissance des rapports du "
            "Secrétaire général sur l'application de la résolution 2440 (2018) et souhaite formuler les observations "
            "suivantes.\n")
    assert stances(text) == []


# --- a charge against the author about a resolution -----------------------------------------------------------------------

CHARGE = ("Letter dated 2 August 2018 from the Permanent Representative of the Islamic Republic of Iran to the United "
          "Nations addressed to the Secretary-General\n\nI am writing to you regarding a letter from the Permanent "
          "Representative of Saudi Arabia, in which he made certain allegations against the Islamic Republic of Iran, "
          "including with respect to Security Council resolutions 2216 (2015) and 2231 (2015). I hereby categorically "
          "reject all such unfounded allegations.\n")


def test_resolutions_a_charge_is_about_are_not_invoked_by_the_accused() -> None:
    assert stances(CHARGE) == []


def test_a_later_mention_in_the_authors_own_words_still_invokes_the_resolution() -> None:
    text = CHARGE + "\nIran has fully complied with its commitments and acts in accordance with resolution 2231 (2015).\n"
    assert stances(text) == [("2231 (2015)", "supports")]


# --- the forum of a speech under an Assembly label ------------------------------------------------------------------------


def test_the_assemblys_subsidiary_whose_report_is_debated_is_not_the_forum() -> None:
    text = ("72 AGNU: Declaración de la Delegación Cubana en el debate general del Tema 67: Informe del Consejo de "
            "Derechos Humanos. Nueva York, 2 de noviembre del 2017\n\nSeñor Presidente:\n\nCuba reafirma su compromiso "
            "con el diálogo.\n")
    assert read(text).addressee == "GA"


def test_the_assemblys_committee_named_with_it_is_still_the_forum() -> None:
    text = ("71 AGNU: Intervención de la Delegación Cubana ante la Tercera Comisión. Nueva York, 3 de octubre de 2016\n\n"
            "Señor Presidente:\n\nCuba reafirma su compromiso con el diálogo.\n")
    assert read(text).addressee == "GA3"


# --- thanks before the word to the chair ------------------------------------------------------------------------------------

FRENCH_SPEECH = ("INTERVENTION DE MME JEANNE DUVAL, REPRÉSENTANTE PERMANENTE ADJOINTE DE LA FRANCE AUPRÈS DES NATIONS UNIES\n"
                 "A L'ASSEMBLEE GENERALE\nNew York, le 26 avril 2022\n{thanks} Monsieur le Président.\n"
                 "La France soutient cette résolution.\n")


def test_a_french_speech_thanking_the_chair_is_addressed_to_the_body_named_above() -> None:
    assert read(FRENCH_SPEECH.format(thanks="Je vous remercie")).addressee == "GA"


def test_a_chair_word_after_other_words_is_no_word_to_the_chair() -> None:
    assert read(FRENCH_SPEECH.format(thanks="Nous avons écouté")).addressee is None


# --- French titles given back their case ------------------------------------------------------------------------------------


def test_a_french_post_printed_in_capitals_keeps_its_adjectives_in_lower_case() -> None:
    assert signers(FRENCH_SPEECH.format(thanks="Je vous remercie")) == [
        ("Jeanne Duval", ["Représentante permanente adjointe de la France auprès des Nations Unies"])]


def test_an_english_post_printed_in_capitals_keeps_its_capitals() -> None:
    text = ("STATEMENT BY AMBASSADOR JOHN ROE, PERMANENT REPRESENTATIVE OF IRELAND TO THE UNITED NATIONS\n\n"
            "Mr. President,\n\nIreland welcomes the resolution.\n")
    assert signers(text) == [("John Roe", ["Ambassador", "Permanent Representative of Ireland to the United Nations"])]


# --- a State making this statement on behalf of a group ---------------------------------------------------------------------


def test_a_state_making_this_statement_on_behalf_of_a_group_gives_it_to_the_group() -> None:
    text = ("Mr. President,\nPakistan makes this statement on behalf of OIC.\n"
            "The Special Rapporteur has covered aspects of transitional justice in his report.\n")
    record = read(text)
    assert (record.author_body, record.author_states) == ("OIC", [])


def test_a_statement_made_on_behalf_of_a_group_told_in_the_past_is_reported() -> None:
    text = ("The Delegation of Pakistan, which made a statement on behalf of the OIC yesterday, was not present.\n"
            "The Special Rapporteur presented his report.\n")
    assert read(text).author_body is None


# --- a passive of saying whose agent is a State's official -----------------------------------------------------------------


def test_what_was_stated_by_a_states_minister_is_that_states() -> None:
    text = ("General Assembly adopted an updated resolution\n\nOn Wednesday the General Assembly adopted an updated "
            "resolution on Crimea.\n\nThis was stated by Minister for Foreign Affairs of Ukraine Dmytro Kuleba on the "
            "official website of the Ministry.\n")
    assert read(text).author_states == ["UKR"]


def test_a_minister_spoken_of_after_by_is_no_voice() -> None:
    text = ("General Assembly adopted an updated resolution\n\nOn Wednesday the General Assembly adopted a resolution "
            "criticised by Minister for Foreign Affairs of Ukraine Dmytro Kuleba.\n")
    assert read(text).author_states != ["UKR"]


def test_a_clause_a_resolution_or_a_fact_holds_is_no_states_voice() -> None:
    text = ("General Assembly adopted an updated resolution\n\nThis was stated by Minister for Foreign Affairs of Ukraine "
            "Dmytro Kuleba on the official website of the Ministry.\n\n\"The resolution states that Russia does not fulfil its "
            "obligations. The level of rights has decreased, due to the fact that Russia is a party to fewer treaties.\"\n")
    assert read(text).author_states == ["UKR"]


# --- verbs of criticism as speaking verbs -----------------------------------------------------------------------------------


def test_a_state_criticising_in_a_headline_speaks() -> None:
    text = "U.S. Criticizes UN Vote on Middle East\nAmbassador Jane Roe\nExplanation of Vote\n\nWe opposed the session.\n"
    assert read(text).author_states == ["USA"]


def test_a_state_criticised_is_no_voice() -> None:
    text = "UN Vote on Middle East Criticized by Observers\n\nThe session was opposed by several delegations.\n"
    assert read(text).author_states == []


# --- an adopted text known by its numbered title under the body's name ------------------------------------------------------

TITLED_RESOLUTION = ("Naciones Unidas\n\nComisión de Derechos Humanos\n\nResolución 2001/1 Cuestión del Sáhara occidental\n\n"
                     "Habiendo examinado a fondo la cuestión del Sáhara occidental,\n\nRecordando la resolución 55/141 de la "
                     "Asamblea General, de 8 de diciembre de 2000,\n\n1. Acoge con satisfacción los esfuerzos del Secretario "
                     "General;\n")


def test_a_numbered_title_under_the_adopting_bodys_line_with_a_preamble_is_its_resolution() -> None:
    record = read(TITLED_RESOLUTION)
    assert (record.doc_type, record.author_body) == ("resolution", "CHR")
    assert ("CHR", "2001/1") not in {(r["body"], r["number"]) for r in record.resolutions}  # (its own number)


def test_a_numbered_title_without_a_preamble_below_is_no_adopted_text() -> None:
    text = TITLED_RESOLUTION.replace("Habiendo examinado", "Se examinó").replace("Recordando", "Se recordó")
    assert read(text).doc_type != "resolution"


# --- the High Commissioner greeted is no UN voice ----------------------------------------------------------------------------

GREETED = ("Discours à l'occasion de la 52ème session du Conseil des Droits de l'Homme\n\nMonsieur le Président,\n\n"
           "{greeting}\n\nC'est un privilège de prendre la parole au début d'un nouveau mandat de la Belgique au Conseil. "
           "Je voudrais exprimer ma solidarité avec les victimes en Turquie et en Syrie. Ce principe guide l'action de la "
           "Belgique.\n")


def test_a_speech_greeting_the_high_commissioner_is_given_to_the_state_it_names_most() -> None:
    assert read(GREETED.format(greeting="Monsieur le Haut-Commissaire,")).author_states == ["BEL"]


def test_a_text_where_the_high_commissioner_speaks_is_not_given_to_a_state_named_most() -> None:
    assert read(GREETED.format(greeting="Le Haut-Commissaire a déclaré :")).author_states == []



def test_a_letter_opening_it_writes_with_reference_to_another_is_a_letter() -> None:
    text = ("I am writing with reference to the letter dated 21 April 2020 from the Permanent Representative of the United "
            "States of America addressed to the President of the Security Council (S/2020/322).\n"
            "Iran has always declared that there is no military solution to the conflict in Yemen.\n")
    assert read(text).doc_type == "letter"


def test_a_speech_saying_it_writes_later_is_no_letter() -> None:
    text = ("Mr. President,\n\nI am writing this morning's agenda into our records. Iran has always declared that there is "
            "no military solution to the conflict in Yemen.\n")
    assert read(text).doc_type != "letter"


# --- guards from the review: texts written to break this round's rules --------------------------------------------------


def test_a_states_own_report_on_the_implementation_of_a_resolution_still_invokes_it() -> None:
    text = ("Nota verbal de fecha 3 de marzo de 2008 dirigida al Presidente del Comité por la Misión Permanente de Viet Nam\n\n"
            "La Misión Permanente de Viet Nam tiene el honor de transmitir información adicional relativa a los informes de "
            "Viet Nam sobre la aplicación de la resolución 1540 (2004) del Consejo de Seguridad.\n")
    assert stances(text) == [("1540 (2004)", "supports")]


def test_a_later_invocation_counts_after_the_reports_mention() -> None:
    text = ("Letter dated 3 May 2017 from the Permanent Representative of Jordan addressed to the Secretary-General\n\n"
            "I write regarding the report of the Secretary-General on the implementation of resolution 2334 (2016). "
            "Jordan recalls that the settlements have no legal validity, as resolution 2334 (2016) makes clear, and "
            "welcomes resolution ES-10/19.\n")
    assert ("2334 (2016)", "supports") in stances(text)


def test_the_authors_own_accusations_about_a_resolution_still_invoke_it() -> None:
    text = ("Letter dated 2 August 2018 from the Permanent Representative of Lebanon addressed to the Secretary-General\n\n"
            "Lebanon has filed complaints and accusations against Israel with respect to Security Council resolutions "
            "1559 (2004) and 1701 (2006).\n")
    assert stances(text) == [("1559 (2004)", "supports"), ("1701 (2006)", "supports")]


def test_charges_the_author_dismisses_in_french_are_no_invocation() -> None:
    text = ("Lettre datée du 2 août 2018 adressée au Secrétaire général par le Représentant permanent de la République "
            "islamique d'Iran\n\nLes accusations infondées concernant les résolutions 2216 (2015) et 2231 (2015) du Conseil "
            "de sécurité sont une diversion.\n")
    assert stances(text) == []


def test_a_rebuttal_reporting_what_an_adversary_stated_is_not_the_adversarys() -> None:
    text = ("Statement of the Ministry\n\nIt was stated by the Minister of Foreign Affairs of Azerbaijan on Monday that the "
            "talks had stalled.\n")
    assert read(text).author_states == []


def test_a_headlines_passive_of_criticism_is_no_voice() -> None:
    text = "Syria denounced at UN General Assembly over chemical weapons\n\nDelegates spoke at length on Monday.\n"
    assert read(text).author_states != ["SYR"]


def test_thanks_to_the_chair_quoted_inside_a_news_sentence_is_no_word_to_the_chair() -> None:
    text = ("Le représentant a conclu par ces mots : « Je vous remercie, Monsieur le Président » devant le Conseil de "
            "sécurité réuni mardi.\nLa séance a été levée.\n")
    assert read(text).addressee is None


def test_a_council_named_after_the_assembly_on_a_speechs_heading_is_still_the_forum() -> None:
    text = ("UN General Assembly – Human Rights Council, 52nd session\nInteractive dialogue on Sri Lanka\n\nMr. President,\n\n"
            "Norway thanks the High Commissioner for the update.\n")
    assert read(text).addressee == "HRC"


def test_a_speech_under_a_numbered_resolution_heading_is_no_adopted_text() -> None:
    text = ("Human Rights Council\n52nd session\nResolution 52/32 Situation of human rights in Belarus\n\nConsidering the "
            "above, my delegation will vote against this politicised text.\n\nRecalling our earlier statements,\n")
    assert read(text).doc_type != "resolution"


# --- a site's label over a speech's title whose next line names the speech ----------------------------------------------


def test_a_label_whose_next_title_line_is_a_statement_names_the_forum() -> None:
    text = ("GA: Use of the veto: Special report of the Security Council (A/78/691)\n\nStatement by Permanent Representative "
            "Ambassador Jane Roe - Debate pursuant to resolution 76/262\n\nNorway co-sponsored the veto initiative.\n")
    assert read(text).addressee == "GA"


def test_a_headline_label_over_a_news_line_names_no_forum() -> None:
    text = ("UNSC: Russia vetoes draft on Ukraine\nMoscow, 3 March - The Russian Federation blocked the text on Friday.\n")
    assert read(text).addressee is None
