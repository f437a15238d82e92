"""The rules of the twenty-first round (2026-12-07), each on a small text of the genre it reads, written for the rule,
not for a document of the held-out sets."""
from __future__ import annotations

import pytest
from helpers.extract import read, record_sponsors, record_stances

from unhrkg.extract.dates import find_dates

# --- "nuestra fuerte condena contra todo tipo de violencia": what a rejection is against is its object -----------------

COMMITTED_THEN_CONDEMNS = {
    "es": ("Señor Presidente:\nGuatemala votó a favor. Dado nuestro compromiso con la resolución 1325 (2000) y nuestra fuerte "
           "condena contra todo tipo de violencia contra las mujeres, hubiéramos copatrocinado este texto.\n"),
    "en": ("Mr. President,\nGuatemala voted in favour. Given our commitment to resolution 1325 (2000) and our strong condemnation "
           "against all types of violence against women, we would have co-sponsored this text.\n"),
}


@pytest.mark.parametrize("lang", sorted(COMMITTED_THEN_CONDEMNS))
def test_a_condemnation_against_something_else_does_not_reach_back_to_the_resolution(lang: str) -> None:
    assert record_stances(COMMITTED_THEN_CONDEMNS[lang]) == [("1325 (2000)", "supports")]


def test_a_protest_against_the_resolution_itself_still_rejects_it() -> None:
    text = "Comunicado\n\nEl Gobierno de Cuba protesta contra la resolución 2334 (2016) y la rechaza.\n"
    assert record_stances(text) == [("2334 (2016)", "rejects")]


# --- "Il y a vingt ans, le Canada coparrainait la résolution 1325": a narrative's past tenses table too ---------------

@pytest.mark.parametrize("text", [
    "Journée des Casques bleus\n\nIl y a vingt ans, le Canada coparrainait la résolution 1325 du Conseil de sécurité.\n",
    "Journée des Casques bleus\n\nEn 2000, le Canada coparraina la résolution 1325 du Conseil de sécurité.\n",
    "Día del personal de paz\n\nHace veinte años, el Canadá copatrocinaba la resolución 1325 del Consejo de Seguridad.\n",
])
def test_the_imperfect_and_the_simple_past_of_tabling_credit_their_subject(text: str) -> None:
    assert record_sponsors(text) == [("1325 (2000)", "CAN")]


# --- "Vidéo / Le 29 mai 2020": a page's label, a slash, then the date on its own line ----------------------------------

@pytest.mark.parametrize("line", ["Vidéo / Le 29 mai 2020", "Déclaration / 29 mai 2020", "News / 29 May 2020"])
def test_a_date_after_a_labels_slash_on_its_own_line_is_the_texts(line: str) -> None:
    text = f"Journée internationale des Casques bleus\n\n{line}\n\nAujourd’hui, le Canada honore les Casques bleus.\n"
    assert read(text).dated == "2020-05-29"


def test_a_date_inside_a_sentence_after_a_slash_is_not_the_texts() -> None:
    text = "Journée internationale\n\nVidéo / Le ministre a parlé aux Casques bleus le 29 mai 2020 à Ottawa.\n\nLe Canada les honore.\n"
    assert read(text).dated is None


# --- "Je me joins à la déclaration qui va être faite au nom de l'Union européenne": another's statement -----------------

JOINING = {
    "fr": ("Monsieur le Président,\n\nJe me joins à la déclaration qui va être faite au nom de l’Union européenne par les "
           "Pays-Bas. La France soutient la résolution 1566.\n"),
    "fr-associe": ("Monsieur le Président,\n\nLa France s'associe à la déclaration faite au nom de l’Union européenne par les "
                   "Pays-Bas. La France soutient la résolution 1566.\n"),
    "en": ("Mr. President,\n\nFrance aligns itself with the statement to be delivered on behalf of the European Union by the "
           "Netherlands. France supports resolution 1566.\n"),
    "es": ("Señor Presidente:\n\nMe uno a la declaración que será pronunciada en nombre de la Unión Europea por los Países Bajos. "
           "Francia apoya la resolución 1566.\n"),
}


@pytest.mark.parametrize("key", sorted(JOINING))
def test_joining_a_statement_made_on_behalf_of_a_group_is_not_speaking_for_it(key: str) -> None:
    record = read(JOINING[key])
    assert record.author_body is None
    assert record.author_states == ["FRA"]


THANKED_FOR = {
    "en": "Mr President,\n\nI thank Egypt for the statement made on behalf of the Arab Group. Resolution 2739 must be implemented.\n",
    "fr": ("Monsieur le Président,\n\nJe voudrais remercier l'Égypte pour la déclaration faite au nom du Groupe arabe. La "
           "résolution 2739 doit être appliquée.\n"),
    "es": ("Señor Presidente:\n\nAgradezco a Egipto por la declaración formulada en nombre del Grupo Árabe. La resolución 2739 "
           "debe aplicarse.\n"),
}


@pytest.mark.parametrize("lang", sorted(THANKED_FOR))
def test_thanking_another_for_its_statement_on_behalf_of_a_group_is_not_speaking_for_it(lang: str) -> None:
    assert read(THANKED_FOR[lang]).author_body is None


def test_thanks_for_the_floor_then_speaking_for_a_group_is_the_groups() -> None:
    text = ("Mr President,\n\nThank you for giving me the floor. I have the honour to speak on behalf of the Arab Group. "
            "Resolution 2739 must be implemented.\n")
    assert read(text).author_body == "ARAB_GROUP"


# --- "j'aimerais au nom de la Suisse réitérer": a wish voiced for one's own State -----------------------------------------

WISHED_FOR = {
    "fr": ("Merci, Monsieur le Président,\n\nNous l’avons entendu. Aujourd’hui, j’aimerais au nom de la Suisse réitérer l’appel "
           "du Conseil fait dans sa résolution 2739.\n"),
    "en": "Mr President,\n\nWe heard the briefers. Today I would like, on behalf of Norway, to reiterate the call of resolution 2739.\n",
    "es": ("Señor Presidente:\n\nEscuchamos a los ponentes. Hoy quisiera, en nombre de Chile, reiterar el llamado de la "
           "resolución 2739.\n"),
}


@pytest.mark.parametrize("lang", sorted(WISHED_FOR))
def test_a_wish_voiced_on_behalf_of_a_state_names_the_author(lang: str) -> None:
    assert read(WISHED_FOR[lang]).author_states == [{"fr": "CHE", "en": "NOR", "es": "CHL"}[lang]]


# --- "a resolution condemning Israel", in Israel's own text: the resolution aimed at the author -----------------------

AIMED_AT_AUTHOR = ("Statement by Ambassador Danny Danon, Permanent Representative of Israel\n\nMr. President, last month this Council "
                   "voted to adopt Resolution 2334. Immediately after the vote, the chamber erupted into applause for a resolution "
                   "condemning Israel.\nThe vote was also welcomed by some around the world.\n")


def test_a_resolution_said_to_condemn_the_authors_own_state_weighs_against_it() -> None:
    record = read(AIMED_AT_AUTHOR)
    assert record.author_states == ["ISR"]
    assert record_stances(AIMED_AT_AUTHOR) == [("2334 (2016)", "rejects")]


def test_resolutions_condemning_an_act_against_the_author_do_not_weigh_against_them() -> None:
    text = ("Statement by the Minister for Foreign Affairs of Azerbaijan\n\nIn 1993 the Security Council adopted resolution 822 "
            "(1993), and resolutions condemning the use of force against Azerbaijan. Resolution 822 (1993) must be implemented.\n")
    assert ("822 (1993)", "rejects") not in record_stances(text)


# --- "National report submitted in accordance with ... resolution 16/21": a State's report acts on it -------------------

NATIONAL_REPORT = {
    "en": ("United Nations A/HRC/WG.6/35/KIR/1\nGeneral Assembly\nDistr.: General\n11 November 2019\nOriginal: English\n\n"
           "Human Rights Council\nWorking Group on the Universal Periodic Review\nThirty-fifth session\n\n"
           "National report submitted in accordance with paragraph 5 of the annex to Human Rights Council resolution 16/21*\n\n"
           "Kiribati\n\n* The present document has been reproduced as received.\n\n1. Kiribati prepared this report with its "
           "ministries.\n"),
    "fr": ("Nations Unies A/HRC/WG.6/19/CIV/1\nAssemblée générale\nDistr. générale\n3 février 2014\nOriginal: français\n\n"
           "Conseil des droits de l’homme\nGroupe de travail sur l’Examen périodique universel\nDix-neuvième session\n\n"
           "Rapport national présenté conformément au paragraphe 5 de l’annexe à la résolution 16/21 du Conseil des droits de "
           "l’homme*\n\nCôte d’Ivoire\n\n1. La Côte d’Ivoire a préparé ce rapport avec ses ministères.\n"),
    "es": ("Naciones Unidas A/HRC/WG.6/17/MEX/1\nAsamblea General\nDistr. general\n6 de agosto de 2013\nOriginal: español\n\n"
           "Consejo de Derechos Humanos\nGrupo de Trabajo sobre el Examen Periódico Universal\n17º período de sesiones\n\n"
           "Informe nacional presentado con arreglo al párrafo 5 del\n\nanexo de la resolución 16/21 del Consejo de Derechos "
           "Humanos*\n\nMéxico\n\n1. México preparó este informe con sus secretarías.\n"),
}


@pytest.mark.parametrize("lang", sorted(NATIONAL_REPORT))
def test_a_states_report_supports_the_resolution_it_is_submitted_under(lang: str) -> None:
    record = read(NATIONAL_REPORT[lang])
    assert record.doc_type == "report"
    assert [(p["target"]["number"], p["stance"], p["rule"]) for p in record.positions] == [("16/21", "supports", "submitted-under")]


def test_the_evidence_of_a_report_submitted_under_is_its_titles_words() -> None:
    record = read(NATIONAL_REPORT["fr"])
    assert record.positions[0]["evidence"] == ("Rapport national présenté conformément au paragraphe 5 de l’annexe à la résolution "
                                               "16/21 du Conseil des droits de l’homme")


def test_a_report_compiled_by_the_office_takes_no_stance_on_the_resolution_it_follows() -> None:
    text = ("United Nations A/HRC/WG.6/7/IRN/2\nGeneral Assembly\nDistr.: General\n30 November 2009\nOriginal: English\n\n"
            "Human Rights Council\nWorking Group on the Universal Periodic Review\nSeventh session\n\n"
            "Compilation prepared by the Office of the High Commissioner for Human Rights, in accordance with paragraph 15 (b) of "
            "the annex to Human Rights Council resolution 5/1\n\nIran (Islamic Republic of)\n\nThis report is a compilation.\n")
    assert read(text).positions == []


# --- "Israeli UN Ambassador Danny Danon": a post's words before the name are no name ------------------------------------

def test_a_demonym_and_un_before_the_post_are_the_posts_words_not_a_name() -> None:
    text = ("Statement by Israeli UN Ambassador Danny Danon\n\nMr. President, last month this Council voted to adopt "
            "Resolution 2334. We reject it.\n")
    assert [(s["name"], s["titles"]) for s in read(text).signatories] == [("Danny Danon", ["Israeli UN Ambassador"])]


def test_a_sentence_telling_who_delivered_a_text_names_no_signatory_made_of_a_posts_words() -> None:
    text = ("Israel has a message\n\nThe Jewish State has issued a challenge. Delivered by Israeli UN Ambassador Danny Danon, "
            "the essence of that challenge is this.\n\nMr. President, last month this Council voted to adopt Resolution 2334.\n")
    assert all(s["name"] != "Israeli Un" for s in read(text).signatories)


def test_the_speech_opening_on_its_word_to_the_chair_is_no_post_under_the_name() -> None:
    text = "Statement by Ambassador Danny Danon\n\nMr. President, last month this Council voted to adopt Resolution 2334.\n"
    assert [(s["name"], s["titles"]) for s in read(text).signatories] == [("Danny Danon", ["Ambassador"])]


# --- guards from the review of these rules ------------------------------------------------------------------------------

def test_a_report_named_inside_a_sentence_is_not_the_reports_own_title() -> None:
    text = ("United Nations A/HRC/52/12/Add.1\nGeneral Assembly Distr.: General 2 March 2023\n\nHuman Rights Council\nFifty-second "
            "session\n\nReport of the Working Group on the Universal Periodic Review*\n\nSri Lanka\n\nAddendum\n\nViews on "
            "conclusions and/or recommendations, voluntary commitments and replies presented by the State under review\n\n1. Sri "
            "Lanka does not support recommendations that refer to the report prepared pursuant to resolution 46/1, which Sri "
            "Lanka voted against.\n")
    assert all(p["rule"] != "submitted-under" for p in read(text).positions)


def test_reports_submitted_under_a_resolution_name_it() -> None:
    text = ("United Nations A/HRC/WG.6/47/NOR/1\nGeneral Assembly Distr.: General 10 August 2023\n\nHuman Rights Council\n"
            "Working Group on the Universal Periodic Review\n\nNational report submitted under Human Rights Council resolution "
            "16/21*\n\nNorway\n\n1. Norway prepared this report with its ministries.\n")
    assert [(p["target"]["number"], p["rule"]) for p in read(text).positions] == [("16/21", "submitted-under")]


def test_a_rejection_against_the_text_named_by_a_demonstrative_still_rejects_it() -> None:
    text = ("Comunicado del Gobierno de la República Bolivariana de Venezuela\n\nCaracas, 6 de octubre de 2022\n\nCon relación a "
            "la resolución 51/29 aprobada hoy por el Consejo de Derechos Humanos, Venezuela manifiesta su firme repudio contra "
            "dicho texto, promovido por gobiernos que se arrogan el papel de jueces.\n")
    assert record_stances(text) == [("51/29", "rejects")]


@pytest.mark.parametrize("text", [
    "Déclaration\n\nLe gouvernement israélien présentait hier la résolution 2334 à son opinion publique comme une trahison.\n",
    "Declaración de Ucrania\n\nLa Federación de Rusia sometía la resolución 2623 a un veto anunciado, paralizando al Consejo.\n",
    "Declaración\n\nColombia impulsaba la Resolución 1325 en su territorio mediante programas de formación.\n",
])
def test_past_tenses_that_present_subject_or_promote_a_resolution_table_nothing(text: str) -> None:
    assert record_sponsors(text) == []


def test_a_labels_slashed_date_under_the_texts_first_sentence_is_a_links_not_the_texts() -> None:
    text = ("Communiqué de presse du ministère des Affaires étrangères du Luxembourg\n\nLe Luxembourg se félicite de l'adoption de "
            "la résolution 2417 du Conseil de sécurité sur la faim comme arme de guerre.\n\nVoir aussi\nCommuniqué / Le 12 mars "
            "2018\nDiscours / Le 3 avril 2017\n")
    assert read(text).dated is None


def test_thanking_a_speaker_then_speaking_for_a_group_in_the_same_sentence_is_the_groups() -> None:
    text = ("Statement of the Nordic-Baltic countries\n\nThank you, Mr. President.\nI thank the Special Rapporteur for her "
            "statement and I have the honour to deliver this statement on behalf of the Nordic-Baltic countries: Denmark, "
            "Estonia, Finland, Iceland, Latvia, Lithuania, Norway and Sweden.\nWe support resolution 50/20 renewing the mandate.\n")
    assert read(text).author_states == ["DNK", "EST", "FIN", "ISL", "LVA", "LTU", "NOR", "SWE"]


@pytest.mark.parametrize("text, author", [
    ("Statement by Armenia\n\nMr. President,\nYesterday the delegate of Azerbaijan told this Council: I would like, on behalf "
     "of Azerbaijan, to reject resolution 853 as outdated. Armenia reminds the Council that resolution 853 called for an end "
     "to hostilities.\n", "ARM"),
    ("Statement by Germany\n\nMadam President,\nI would like, on behalf of Ukraine's many friends in this room, to welcome "
     "resolution S-34/1.\n", "DEU"),
])
def test_a_wish_quoted_from_another_or_for_a_states_friends_does_not_name_that_state(text: str, author: str) -> None:
    assert read(text).author_states == [author]


@pytest.mark.parametrize("text", [
    ("Statement by Sri Lanka\n\nHuman Rights Council, 30th session\n\nMadam President,\nOn resolution 30/1: this is not a "
     "resolution against Sri Lanka. It reflects the commitments of the new Government.\n"),
    ("Statement by the Permanent Representative of Myanmar\n\nResolution 75/287 is a resolution targeting Myanmar's military "
     "junta, and the people of Myanmar have waited for it.\n"),
    ("Statement by Iraq\n\nResolution 2379 (2017) is a resolution against ISIL in Iraq, and the Government of Iraq requested "
     "it.\n"),
])
def test_a_resolution_denied_to_be_against_the_author_or_against_something_in_it_weighs_nothing(text: str) -> None:
    assert all(stance != "rejects" for _, stance in record_stances(text))


def test_a_page_quoting_one_operative_paragraph_does_not_carry_the_resolutions_text() -> None:
    text = ("Resolution 2334 (2016)\nSymbol: S/RES/2334 (2016)\n\nNew Zealand co-sponsored this resolution. Its key operative "
            "paragraph reads:\n\n5. Calls upon all States, bearing in mind paragraph 1 of this resolution, to distinguish "
            "between the territory of the State of Israel and the territories occupied since 1967.\n\nNew Zealand remains "
            "committed to a two-State solution.\n")
    record = read(text)
    assert record.doc_type == "other"
    assert record_sponsors(text) == [("2334 (2016)", "NZL")]


# --- "At Wellington this 12th day of May 2014": the formal date of an act or an instrument ------------------------------

@pytest.mark.parametrize("line, iso", [("At Wellington this 12th day of May 2014", "2014-05-12"),
                                       ("Done at Geneva on the 3rd day of March 2005", "2005-03-03")])
def test_the_nth_day_of_a_month_is_a_date(line: str, iso: str) -> None:
    assert find_dates(line)[0][2] == iso


def test_a_day_of_something_else_is_no_date() -> None:
    assert find_dates("the 5 day of work in May 2014") == []


# --- French and Spanish words of tone and of other sides, as the English lexicon has them -------------------------------

@pytest.mark.parametrize("text", [
    ("Declaración del Gobierno de Eritrea\n\nEritrea considera que la resolución 1907 (2009) es una resolución politizada y "
     "sesgada. La resolución 1907 (2009) se basa en acusaciones infundadas.\n"),
    ("Déclaration du Gouvernement de l'Érythrée\n\nL'Érythrée considère que la résolution 1907 (2009) est une résolution "
     "politisée et injuste. La résolution 1907 (2009) repose sur des accusations infondées.\n"),
])
def test_a_resolution_the_author_calls_politicised_is_rejected_in_the_focal_tone(text: str) -> None:
    assert record_stances(text) == [("1907 (2009)", "rejects")]


def test_a_word_of_scorn_for_another_noun_does_not_weigh_against_the_resolution() -> None:
    text = ("Intervención de Cuba\n\nHan transcurrido casi 20 años desde la adopción de la resolución 60/251, en virtud de la "
            "cual se creó este Consejo, ante la necesidad de disolver la desacreditada, politizada e inservible Comisión. La "
            "resolución 60/251 sigue siendo nuestra guía.\n")
    assert ("60/251", "rejects") not in record_stances(text)


@pytest.mark.parametrize("text", [
    "Declaración de Israel\n\nHamás rechazó la resolución 2735 (2024) del Consejo de Seguridad.\n",
    "Déclaration d'Israël\n\nLe Hamas a rejeté la résolution 2735 (2024) du Conseil de sécurité.\n",
])
def test_a_rejection_said_by_an_armed_group_is_not_the_authors(text: str) -> None:
    assert ("2735 (2024)", "rejects") not in record_stances(text)


# --- "The ministers of Foreign Affairs of A, B and C met ... The ministers recalled ...": a communiqué in their voice ------

MINISTERS_MET = ("# Joint Investigation Team Meeting\n\nStatement\n\nNew York\n\n22 September 2016\n\nThe ministers of Foreign "
                 "Affairs of Australia, Belgium, Malaysia, Ukraine and the Netherlands met in New York to discuss the efforts to "
                 "establish justice. The ministers recalled the demand by the Security Council, in resolution 2166 (2014), that "
                 "those responsible be held accountable.\n")


def test_ministers_of_listed_states_who_met_and_speak_again_under_a_statement_heading_are_its_authors() -> None:
    assert read(MINISTERS_MET).author_states == ["AUS", "BEL", "MYS", "UKR", "NLD"]


def test_a_news_item_telling_of_ministers_who_met_names_no_authors() -> None:
    text = MINISTERS_MET.replace("\n\nStatement\n\n", "\n\nWorld news\n\n")
    assert read(text).author_states == []


# --- "del Excmo. Sr. X, Ministro de ... de la República de\nCuba en el debate": honours and a post run on -----------------

def test_a_spanish_honour_is_no_part_of_the_name_and_a_post_runs_on_over_its_line_break() -> None:
    text = ("REPUBLICA DE CUBA\n\nINTERVENCIÓN DEL EXCMO. SR. BRUNO RODRÍGUEZ PARRILLA,\nMINISTRO DE RELACIONES EXTERIORES DE LA "
            "REPÚBLICA DE\nCUBA EN EL DEBATE GENERAL DEL 79 PERÍODO DE SESIONES DE\nLA ASAMBLEA GENERAL. Nueva York, 28\nde "
            "septiembre de 2024.\n\nSeñor Presidente:\nCuba apoya la resolución 2758.\n")
    assert [(s["name"], s["titles"]) for s in read(text).signatories] == [
        ("Bruno Rodríguez Parrilla", ["Ministro de Relaciones Exteriores de la República de Cuba"])]


# --- "United Nations A\n/HRC/WG.6/43/FRA/1": a PDF's masthead sets the series letter apart ------------------------------

def test_a_masthead_symbol_broken_after_its_series_letter_is_the_documents() -> None:
    text = ("United Nations A\n/HRC/WG.6/43/FRA/1\nGeneral Assembly\nDistr.: General\n7 March 2023\nOriginal: French\nHuman Rights "
            "Council\nWorking Group on the Universal Periodic Review\nForty-third session\nNational report submitted pursuant to "
            "Human Rights\nCouncil resolutions 5/1 and 16/21\n*\nFrance\n")
    record = read(text)
    assert record.symbol == "A/HRC/WG.6/43/FRA/1"
    assert sorted(p["target"]["number"] for p in record.positions) == ["16/21", "5/1"]


# --- a speech's heading: "General Debate of the 79th General Assembly", and its chair greeted with others ----------------

SPEECH_HEADING = ("PERMANENT MISSION OF THE REPUBLIC OF THE MARSHALL ISLANDS TO\nTHE UNITED NATIONS\nNew York\n\nH.E. Dr. Hilda Heine\n"
                  "President of the Republic of the Marshall Islands\nGeneral Debate of the 79th General Assembly\nUnited Nations New "
                  "York\n25 September 2024\n\ncheck against delivery\nMr. President, Mr. Secretary-General, Excellencies,\n\nI bring you "
                  "warm greetings on behalf of the Republic of the Marshall Islands.\n\nMr. President,\n\nWe welcome resolution 78/240.\n\n"
                  "Thank you.\n")


def test_a_speech_greeting_its_chair_and_others_under_a_dated_heading_is_no_letter() -> None:
    record = read(SPEECH_HEADING)
    assert record.doc_type == "other"
    assert record.addressee == "GA"


def test_the_general_debate_of_an_ordinal_assembly_opening_a_heading_line_is_the_session() -> None:
    assert read(SPEECH_HEADING).session == {"body": "GA", "number": 79}


def test_a_news_item_telling_of_the_general_debate_of_an_assembly_gives_no_session() -> None:
    text = ("Taiwan's allies speak up\n\nThe President of Palau voiced support for the nation's inclusion in the UN at the General "
            "Debate of the 79th UN General Assembly in New York. He cited resolution 2758.\n")
    assert read(text).session is None


# --- guards from the second review ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, author", [
    ("Ministry of Foreign Affairs of Norway\n\nPress release\n\nThe foreign ministers of Armenia and Azerbaijan met in Oslo today. "
     "The ministers discussed the peace process. Norway stands ready to support resolution 822 (1993).\n", "NOR"),
    ("Statement\n\nOfficial Spokesperson's response to a media query\n\nThe Ministers of Foreign Affairs of Israel and the United "
     "Arab Emirates met in Abu Dhabi on 29 June 2021. The ministers inaugurated the embassy. India welcomes this development "
     "and has always supported Security Council resolution 242 (1967).\n", "IND"),
    ("Statement\n\nBrasília, 2 March 2023\n\nThe Governments of Brazil and Argentina held their bilateral mechanism today. The "
     "ministers of Defence of both countries signed a memorandum. Brazil reaffirms its support for General Assembly "
     "resolution 2065 (XX).\n", "BRA"),
])
def test_ministers_of_others_meeting_told_by_a_third_state_or_other_officials_name_no_joint_authors(text: str, author: str) -> None:
    assert read(text).author_states == [author]


def test_a_post_run_on_over_its_line_break_stops_at_the_full_stop() -> None:
    text = ("Intervención de la Embajadora Claudia Fuentes, Representante Permanente de\nChile. Ginebra, 3 de marzo de 2023.\n\n"
            "Señor Presidente:\nChile apoya la resolución 46/1.\n")
    assert [(s["name"], s["titles"]) for s in read(text).signatories] == [
        ("Claudia Fuentes", ["Embajadora", "Representante Permanente de Chile"])]


def test_the_authors_own_rejection_after_a_demand_made_of_an_armed_group_is_the_authors() -> None:
    text = ("Declaración de Israel\n\nNueva York, 27 de octubre de 2023\n\nExigimos que Hamás libere a todos los rehenes y "
            "rechazamos la resolución ES-10/21 de la Asamblea General.\n")
    assert ("ES-10/21", "rejects") in record_stances(text)


def test_practices_called_selective_that_a_resolution_ended_keep_no_resolution_at_a_distance() -> None:
    text = ("Intervención de Cuba\n\nCuba rechaza las prácticas selectivas que la resolución 60/251 de la Asamblea General quiso "
            "eliminar.\n")
    assert ("60/251", "supports") in record_stances(text)


@pytest.mark.parametrize("salutation", ["Mr. President, dear colleague,", "Mr. President, Excellency,"])
def test_a_letter_greeting_the_president_and_a_colleague_under_a_date_stays_a_letter(salutation: str) -> None:
    text = (f"New York, 4 March 2022\n\n{salutation}\n\nI am writing to you in your capacity as President of the Security "
            "Council to draw your attention to resolution 2231 (2015).\n\nWith warm regards,\n")
    assert read(text).doc_type == "letter"


@pytest.mark.parametrize("text", [
    "General Debate of the 79th General Assembly: Palau speaks up for Taiwan\n\nPalau's President cited resolution 2758.\n",
    ("General Debate, Eightieth session of the General Assembly\n\nMr. President,\nMy words at the\nGeneral Debate of the 79th "
     "General Assembly remain true. We support resolution 2758.\n"),
])
def test_the_general_debate_of_an_assembly_gives_its_session_only_as_a_heading_alone_on_its_line(text: str) -> None:
    assert read(text).session != {"body": "GA", "number": 79}
