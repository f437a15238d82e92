"""Where a speech is delivered: the body meeting is the addressee of a statement to its chair."""
from __future__ import annotations

import pytest

from unhrkg.extract import extract_text


def addressee(text: str) -> tuple[str | None, str | None]:
    r = extract_text(text, "x.txt")
    return r.addressee, r.rules.get("addressee")


def test_the_forum_named_in_the_heading_above_the_word_to_the_chair() -> None:
    text = ("Economic and Social Council, substantive session\nGeneral debate\n\nMr. President,\n\n"
            "Ghana thanks the Secretariat for the report.")
    assert addressee(text) == ("ECOSOC", "speech-forum")


def test_a_session_of_a_forum_in_capitals() -> None:
    text = "12TH SESSION OF HUMAN RIGHTS COUNCIL General Debate\nMr. President,\nGhana thanks the High Commissioner."
    assert addressee(text)[0] == "HRC"


def test_a_body_in_a_post_or_as_a_topic_is_not_the_forum() -> None:
    text = ("Remarks by Ambassador Ann Lee, Representative to the Economic and Social Council, at the 70th General "
            "Assembly: adoption of the report of the Human Rights Council\n\nThank you, Mr. President.\nWe abstained.")
    assert addressee(text)[0] == "GA"


def test_the_council_spoken_to_is_the_council_the_text_names() -> None:
    text = ("Thank you Mr President.\n\nWe welcome the adoption of this resolution by the Council today. The Security "
            "Council has shown it can act.")
    assert addressee(text)[0] == "SC"


def test_no_word_to_the_chair_no_forum() -> None:
    text = "Press release\n\nGhana welcomes the adoption by the Security Council of a resolution on Syria."
    assert addressee(text)[0] is None


@pytest.mark.parametrize("text, body", [
    ("I am pleased to address the General Assembly. This year, I shall focus on three pressing matters.", "GA"),
    ("Estonia is honoured to address the Human Rights Council once more. We thank the High Commissioner.", "HRC"),
    ("Tengo el honor de dirigirme a Su Excelencia, en su calidad de Presidente del Consejo de Seguridad de las "
     "Naciones Unidas, para denunciar recientes hechos.", "SC"),
])
def test_the_forum_an_opening_says_it_addresses(text: str, body: str) -> None:
    assert addressee(text)[0] == body


def test_addressing_a_bodys_concerns_is_not_addressing_the_body() -> None:
    assert addressee("We must address the Security Council's concerns about the mission.")[0] is None


def test_a_word_to_the_chair_in_french() -> None:
    text = ("Conseil de sécurité - Explication de vote\n\nMonsieur le Président,\n\nLa France salue l'adoption à "
            "l'unanimité de la résolution, qui renouvelle le mandat de la mission pour un an.")
    assert addressee(text)[0] == "SC"


def test_an_explanation_of_vote_heading_names_its_forum_before_the_topic() -> None:
    text = ("Explanation of Vote by Ambassador Ann Lee, Representative to the Economic and Social Council, At the "
            "70th General Assembly: Adoption of the Report of the Human Rights Council\n\nThank you, Mr. President.")
    r = extract_text(text, "x.txt")
    assert (r.addressee, r.session, r.rules["session"]) == ("GA", {"body": "GA", "number": 70}, "ordinal-assembly")


def test_the_assembly_a_statement_speaks_of_is_not_its_session() -> None:
    text = "Statement\n\nThe resolution was railroaded through the third committee of the 70th UN General Assembly."
    assert extract_text(text, "x.txt").session is None


def test_the_committee_named_with_its_assembly_is_the_forum() -> None:
    text = "UN General Assembly, Third Committee November 23, 2010 Explanation of Vote\nThank you Mr. Chairman.\nWe abstained."
    assert addressee(text)[0] == "GA3"


@pytest.mark.parametrize(("text", "forum"), [
    ("Debate abierto del Consejo de Seguridad sobre los niños\n\nSeñora Presidenta,\n\nColombia agradece la invitación.",
     "SC"),
    ("Séance de synthèse des travaux du Conseil de sécurité au mois d'août\n\n    \"Monsieur le Président,\n\n"
     "Je vous remercie d'avoir organisé cette séance.", "SC"),
])
def test_a_meeting_of_the_body_named_in_the_heading(text: str, forum: str) -> None:
    assert addressee(text)[0] == forum


@pytest.mark.parametrize("text, forum", [
    ("Explanation of Vote A/65/L.78\n\nMr. President,\n\nIsrael will vote against.\n", "GA"),
    ("Permanent Mission of Israel Statement by Ambassador Haim Waxman Explanation of Vote A/65/L.78 Mr. President, "
     "The Council was created five years ago.", "GA"),
    ("Explanation of vote on draft A/C.3/71/L.25\n\nMadam Chair,\n\nWe abstained.\n", "GA3"),
    ("Statement on draft resolution A/HRC/57/L.1\n\nMr. President,\n\nWe support it.\n", "HRC"),
])
def test_the_body_voting_on_the_draft_named_in_the_heading_is_the_forum(text: str, forum: str) -> None:
    assert extract_text(text, "x.txt").addressee == forum


def test_remarks_delivered_at_the_assembly_in_french() -> None:
    text = ("Remarques au nom du Canada, de l’Australie et de la Nouvelle-Zélande à l’Assemblée générale des Nations Unies "
            "sur l’initiative de veto\n\nMerci, Monsieur le Président.\n")
    assert extract_text(text, "x.txt").addressee == "GA"


@pytest.mark.parametrize("text, forum", [
    ("Explanation of vote by Ambassador Matthew Rycroft, UK Permanent Representative to the United Nations\n\n"
     "Mr President, The United Kingdom welcomes the adoption of resolution 2334 today.\n", "SC"),
    ("Explanation of Vote - Haiti Sanctions\nThank you President,\n\nIreland welcomes the unanimous adoption of "
     "Resolution 2583.\n", "SC"),
    ("Explanation of vote\n\nMr President, Norway welcomes the adoption of resolution 60/251.\n", "GA"),
])
def test_an_explanation_of_vote_is_heard_by_the_body_whose_resolution_it_names_first(text: str, forum: str) -> None:
    assert extract_text(text, "x.txt").addressee == forum


def test_a_speech_that_is_no_explanation_of_vote_takes_no_forum_from_a_resolution() -> None:
    assert extract_text("Statement\n\nMr President, Norway welcomes resolution 2334.\n", "x.txt").addressee is None


def test_remarks_to_the_press_are_heard_by_no_meeting() -> None:
    text = ("5 juillet 2012 - Conseil de sécurité - Mali - Remarques à la presse de M. Gérard Araud, représentant "
            "permanent de la France\n\nLa France salue l'adoption de la résolution 2056.\n")
    assert extract_text(text, "x.txt").addressee is None


def test_a_banner_of_organs_is_not_the_meeting() -> None:
    text = ("General Assembly Security Council\n\nUNSC Briefing and Consultations on Afghanistan\n\nStatement by "
            "Ambassador T.S. Tirumurti\n\nMr. President,\n\nIndia shares the grief of the people of Afghanistan.\n")
    assert extract_text(text, "x.txt").addressee == "SC"


def test_a_word_to_a_chairperson_is_not_said_in_a_body_a_president_chairs() -> None:
    from unhrkg.extract import extract_text
    text = ("Mr Chairperson,\n\nI take the floor on behalf of the European Union in explanation of position after the "
            "adoption of the draft resolution entitled Report of the Human Rights Council.\n")
    assert extract_text(text, "x.txt").addressee is None
    text = text.replace("Mr Chairperson", "Mr President")
    assert extract_text(text, "x.txt").addressee != "GA3"


def test_an_eov_heading_under_a_date_is_a_speech_not_a_letter() -> None:
    from unhrkg.extract import extract_text
    text = ("19 June 2020\n\nDecisions and Conclusions\n\nEOV After the Vote/General Comments on draft Resolution "
            "A/HRC/43/L.50:\n\nMadame President,\n\nWe thank you for leading the resolution.\n")
    r = extract_text(text, "x.txt")
    assert (r.doc_type, r.addressee) == ("other", "HRC")


@pytest.mark.parametrize("text, forum", [
    ("Thank you very much, Mr President.\nSingapore voted against the draft and I wish to place on the record "
     "of the General Assembly the position of my delegation.", "GA"),
    ("Intervención del Representante Permanente\nSeñor Presidente,\nLa Argentina agradece la presencia del Presidente "
     "del Consejo de Derechos Humanos ante la Asamblea General y da la bienvenida al informe.", "GA"),
    ("Monsieur le Président,\nLors de la 55e session du Conseil des droits de l'homme, ma délégation votera contre "
     "le projet.", "HRC"),
])
def test_the_forum_a_speech_says_it_is_made_in(text: str, forum: str) -> None:
    assert addressee(text) == (forum, "speech-forum")


def test_a_forum_named_as_a_post_or_topic_after_the_word_to_the_chair_is_not_where_it_is_said() -> None:
    text = ("Mr. President,\nWe thank the Permanent Representative to the Security Council and welcome the report "
            "of the Human Rights Council in the General Assembly's work.")
    assert addressee(text)[0] is None


def test_a_news_item_saying_where_a_speech_was_made_takes_no_forum() -> None:
    text = ("Minister Ann Lee said at the 52nd session of the Human Rights Council that Ghana rejects the "
            "resolution.")
    assert addressee(text)[0] is None


@pytest.mark.parametrize("text, forum", [
    ("This year I should like to devote most of my statement to the question of the island of Mayotte. It is our hope "
     "that there will be greater understanding on the part of this Assembly.", "GA"),
    ("Statement by: Ms Jane Doe, First Secretary\nAs delivered\n\nThe Security Council must act. My delegation "
     "believes this Council has a duty to the people of Syria.", "SC"),
    ("Joint statement on the human rights situation in Eritrea\n\nThe Human Rights Council has followed Eritrea for "
     "ten years. Members of this Council cannot look away while arbitrary detention continues.", "HRC"),
    ("Déclaration conjointe de la France et du Sénégal\n\nLe Conseil de sécurité a adopté la résolution 2334 il y a "
     "huit ans. Ce Conseil doit veiller à sa mise en œuvre, et nous ne cesserons pas de le rappeler.", "SC"),
])
def test_a_speech_without_its_word_to_the_chair_is_delivered_where_it_says_this_council(text: str, forum: str) -> None:
    r = extract_text(text, "x.txt")
    assert (r.addressee, r.rules.get("addressee")) == (forum, "speech-forum")


@pytest.mark.parametrize("text", [
    "La France a demandé une commission internationale pour enquêter sur les trafics d'armes. Cette commission a "
    "remis trois rapports au Conseil de sécurité, qui ne les a pas encore examinés.",
    "Le ministre prononcera un discours devant les participants à ce conseil, à Genève, la semaine prochaine.",
])
def test_a_body_spoken_of_in_lower_case_is_not_the_forum(text: str) -> None:
    assert extract_text(text, "x.txt").addressee is None


def test_this_council_in_a_quotation_of_a_news_item_is_not_the_forum() -> None:
    text = ("The minister said in his statement: “My delegation believes this Council must act on Syria,” adding that "
            "the Security Council had failed.")
    assert extract_text(text, "x.txt").addressee is None


@pytest.mark.parametrize("text", [
    "Tercera Comisión, tema 68\n\nSra. Presidenta:\n\nLa delegación de Cuba desea hacer una revisión oral.",
    "Tercera Comisión, tema 68\n\nSr. Presidente:\n\nLa delegación de Cuba desea hacer una revisión oral.",
])
def test_an_abbreviated_word_to_the_chair_in_spanish(text: str) -> None:
    assert addressee(text) == ("GA3", "speech-forum")


def test_the_assemblys_committee_named_further_along_the_heading_line() -> None:
    text = "71 AGNU: Intervención de Cuba ante la Tercera Comisión en la toma de acción\n\nSra. Presidenta:\n\nCuba votará."
    assert addressee(text)[0] == "GA3"  # (the heading after the site's label is read as the statement's: its forum)


def test_a_word_to_the_members_of_the_council_speaks_to_it() -> None:
    text = ("Speech by Prime Minister Stefan Löfven at the UN Security Council on Children and Armed Conflict\n\n"
            "Check against delivery.\n\nMembers of the Security Council,\nLadies and gentlemen,\n\nI want to thank ...")
    assert addressee(text) == ("SC", "statement-forum")  # (the heading names it: "Speech ... at the UN Security Council")
    assert addressee("Members of the Security Council,\n\nSweden thanks the briefers.") == ("SC", "speech-forum")


def test_this_commission_in_a_text_on_a_commission_of_inquiry_is_not_the_commission_on_human_rights() -> None:
    text = ("Merci, Monsieur le Président.\n\nNous saluons le rapport de la Commission d'enquête internationale "
            "indépendante. Nous réitérons notre soutien au mandat et à la poursuite des travaux de cette Commission.")
    assert addressee(text) == (None, None)
    text = ("Señor Presidente:\n\nApoyamos a la Comisión Internacional Independiente de Investigación sobre Siria. "
            "Apoyamos los trabajos de esta Comisión.")
    assert addressee(text) == (None, None)
    text = "Señor Presidente:\n\nEl año pasado, esta Comisión adoptó la Resolución 2002/18 sobre Cuba."
    assert addressee(text)[0] == "CHR"
    text = "Mr. Chairman,\n\nThis Commission must now act on the findings of the Commission of Inquiry on East Timor."
    assert addressee(text)[0] == "CHR"


def test_members_of_the_council_inside_a_heading_line_is_no_word_to_the_chair() -> None:
    text = ("Security Council Arria-formula meeting of members of the Security Council on Crimea\n\nMr. President,\n\n"
            "Ukraine thanks the briefers.")
    assert addressee(text) == ("SC", "speech-forum")


@pytest.mark.parametrize("text", [
    "NEW YORK - Addressing the General Assembly on Monday, the Secretary-General said the world must act.",
    "The Prime Minister of Norway, addressing the Security Council today, called for calm.",
])
def test_a_body_someone_else_addresses_or_will_address_is_not_the_addressee(text: str) -> None:
    assert addressee(text)[0] is None


def test_a_letter_to_the_secretary_general_that_will_address_the_assembly_is_to_the_secretary_general() -> None:
    text = ("Dear Secretary-General,\n\nAs I prepare to address the General Assembly next week, I write to you.\n\n"
            "Yours sincerely,\nJohn Doe")
    assert addressee(text) == ("SG", "letter-salutation")


@pytest.mark.parametrize("text, session", [
    ("I am proud to address this body as the representative of the Bahamas. I congratulate you, Sir, on your "
     "election as President of the General Assembly at its sixty-second session. The Bahamas supports resolution 61/19.", 62),
    ("Monsieur le Président,\nJe vous félicite de votre élection à la présidence de la soixante-deuxième session de "
     "l'Assemblée générale. Le Sénégal appuie la résolution 61/19.", 62),
    ("Permítame felicitarle por su elección como Presidente de la Asamblea General en su sexagésimo segundo período "
     "de sesiones. Cuba apoya la resolución 61/19.", 62),
    ("Monsieur le Président,\nJe vous félicite de votre élection comme Président de l'Assemblée générale à sa "
     "soixante-deuxième session. Le Sénégal appuie la résolution 61/19.", 62),
    # in the third person, after the speaker's own congratulations
    ("Like others before me, allow me to add my warm\ncongratulations to Mr. Al-Nasser on his election as\nPresident "
     "of the General Assembly. We support resolution 66/2.", None),
    ("Let me from the outset congratulate the President of this fifty-eighth General Assembly on his election. We "
     "support resolution 57/2.", 58),
])
def test_a_speech_congratulating_the_chair_on_an_election_is_made_before_that_body(text: str, session: int | None) -> None:
    r = extract_text(text, "x.txt")
    assert r.addressee == "GA"
    assert (r.session or {}).get("number") == session


@pytest.mark.parametrize("text", [
    "The Minister met the Ambassador and congratulated him on his election as President of the General Assembly at its "
    "sixty-second session. Both discussed resolution 61/19.",
    "El Ministro se reunió con el Embajador y lo felicitó por su elección como Presidente de la Asamblea General en su "
    "sexagésimo segundo período de sesiones. Ambos hablaron de la resolución 61/19.",
    "Press release of the Ministry of Foreign Affairs of Ghana\n\nGhana welcomes the adoption of resolution 52/1. We "
    "congratulate the President of the Human Rights Council, Ambassador Vasquez, on the successful conclusion of the session.",
])
def test_a_news_item_telling_of_a_chair_s_election_is_not_a_speech_to_that_body(text: str) -> None:
    r = extract_text(text, "x.txt")
    assert (r.addressee, r.session) == (None, None)


def test_an_assembly_committee_in_the_heading_above_a_word_to_its_chair() -> None:
    text = ("72nd Session of the General Assembly\nThird Committee, Item 72 (b,c).\nStatement by the Core Group\n\n"
            "Mr. Chairman,\n\nWe support resolution 32/2.")
    assert addressee(text) == ("GA3", "speech-forum")


def test_this_council_is_the_council_whose_resolutions_the_speech_cites_when_it_names_none() -> None:
    text = ("Thank you, Mr. President,\n\nThese attacks demand the urgent attention of this Council. The draft before you "
            "builds on resolution 2175, which the Council adopted ten years ago.")
    assert addressee(text) == ("SC", "speech-forum")


def test_a_speech_greeting_the_chair_on_a_month_s_presidency_is_made_before_that_body() -> None:
    text = ("Mr. President,\n\nI congratulate you on your presidency of the Security Council for this month. The Arab "
            "Group recalls resolution 242.")
    assert addressee(text) == ("SC", "speech-forum")


def test_the_security_council_named_in_french_is_not_the_council_spoken_to() -> None:
    from unhrkg.extract import lexicon
    with lexicon.using("fr"):
        r = extract_text("Monsieur le Président,\n\nLa Suisse rappelle que le Conseil de sécurité a un rôle à jouer. Le Conseil "
                         "de sécurité doit agir. La Suisse appuie la résolution 71/130 du Conseil des droits de l'homme.", "x.txt")
    assert r.addressee != "SC"


def test_the_forum_named_with_its_meeting_before_the_body_the_heading_is_about() -> None:
    text = ("15 March 2006\n\nAdoption of the Resolution creating the Human Rights Council\n\nStatement by\n\n"
            "Ambassador Hjálmar W. Hannesson\n\nPermanent Representative of Iceland\n\nto the United Nations\n\nat the\n\n"
            "60th GENERAL ASSEMBLY – 72nd Plenary Meeting\n\n\nMr. President,\n\nIceland has the following comments "
            "on the resolution on the establishment of the Human Rights Council, adopted earlier today.\n")
    assert addressee(text) == ("GA", "speech-forum")


def test_a_release_heading_over_the_statement_it_carries() -> None:
    text = ("Press release 27 February 2019\n\nNo:036/19, Statement by H.E. Mr. Elmar Mammadyarov Minister of Foreign "
            "Affairs of the Republic of Azerbaijan at the 40th Session of the UN Human Rights Council\n\nGeneva, 26 "
            "February 2019\n\nLadies and gentlemen,\n\nAzerbaijan supports the work of the Council.\n")
    r = extract_text(text, "x.txt")
    assert (r.addressee, r.rules["addressee"]) == ("HRC", "statement-forum")
    assert r.signatories[0]["titles"] == ["Minister of Foreign Affairs of the Republic of Azerbaijan"]
    far = "Press release 27 February 2019\n\n" + "The Ministry informs.\n" * 20 + "Statement at the Human Rights Council\n"
    assert extract_text(far, "x.txt").addressee is None  # a statement's heading far below is not the release's


def test_a_session_line_under_the_statement_heading_names_the_forum() -> None:
    text = ("Joint Statement on the revitalization debate\n\nUnited Nations General Assembly, 78th session\n\n"
            "We welcome the work done on resolution 77/335.\n")
    assert addressee(text) == ("GA", "statement-session-line")
    far = "Joint Statement on the revitalization debate\n\n" + "We welcome the work.\n" * 10 + \
        "United Nations General Assembly, 78th session\n"
    assert addressee(far)[1] != "statement-session-line"  # a session line far below is the text's, not the heading's


@pytest.mark.parametrize("text, forum", [
    ("Statement by Fiji\n\nMr. President,\n\nI have the honour to introduce draft resolution A/75/L.88 on behalf of the "
     "sponsors.\n", "GA"),
    ("Explanation of vote\n\nMadam President,\n\nWe thank the penholders of the draft resolution contained in document "
     "S/2022/62.\n", "SC"),
])
def test_a_speech_about_a_draft_named_in_its_opening_is_given_to_the_body_voting_on_it(text: str, forum: str) -> None:
    assert extract_text(text, "x.txt").addressee == forum


def test_a_draft_vetoed_elsewhere_is_no_forum() -> None:
    text = ("Statement by Ukraine\n\nMr. President,\n\nLast Friday, one permanent member vetoed the draft resolution contained "
            "in document S/2022/155. Today we bring the matter here.\n")
    assert extract_text(text, "x.txt").addressee is None


def test_a_speech_naming_no_forum_otherwise_is_given_to_the_one_it_names_most() -> None:
    r = extract_text("Mr. President,\n\nCuba rejects the resolution adopted by the Human Rights Council on Belarus. The "
                     "Human Rights Council should not be used for such purposes.", "x.txt")
    assert (r.addressee, r.rules.get("addressee")) == ("HRC", "speech-forum")
    r = extract_text("Mr. President,\n\nIn a letter addressed to the Secretary-General, Cuba rejected the resolution of "
                     "the Human Rights Council on Belarus. The Human Rights Council should not be used so.", "x.txt")
    assert r.addressee == "SG"  # a letter the text tells of: written to its addressee, not spoken in a forum


def test_the_chair_greeted_on_an_election_is_the_forum_before_a_council_merely_named() -> None:
    text = ("Statement by the President of Ruritania\nMr President, Excellencies,\n"
            "Allow me to congratulate you on your election as President of the 62nd session of the UN General Assembly.\n"
            "Estonia welcomes the work of the Council. The review of the Human Rights Council is due next year.\n")
    assert addressee(text) == ("GA", "speech-forum")


def test_a_word_to_the_chair_run_into_a_paragraph_still_greets_the_chair_elected() -> None:
    text = ("First of all, on behalf of the Estonian delegation, I would like to express my condolences. Mr. President, "
            "allow me to congratulate you on your election as President of the fifty-sixth session of the General Assembly.")
    assert addressee(text) == ("GA", "speech-forum")
    assert addressee("Estonia sent a letter to Mr. President of the Council on 3 May about the sanctions.")[0] is None


def test_a_greeting_to_a_chair_quoted_in_a_readout_is_no_speech() -> None:
    text = ("Foreign Minister Kallas received Ambassador Zniber at the Ministry in Tallinn. Opening the meeting, she said: "
            "\"Mr. President, allow me to congratulate you on your election as President of the Human Rights Council.\"")
    assert addressee(text)[0] is None


def test_a_resolution_named_by_its_acronym_is_no_venue() -> None:
    from unhrkg.extract import extract_text
    text = ("PIF statement to the United Nations on Women, Peace and Security\n\nI speak on behalf of the Pacific Islands Forum.\n\n"
            "Mr President,\n\nMembers continue implementing UNSCR 1325. We audit UNSCR 1325 compliance and translate UNSCR 1325.")
    assert extract_text(text, "x.txt").to_dict()["addressee"] != "SC"


@pytest.mark.parametrize("text", [
    "Statement by Estonia at the regional cluster debate of the First Committee\n\nNew York, 25 October 2022\n\nThank "
    "you Mr. Chair,\n\nEstonia aligns itself with the statement of the European Union and recalls resolution 2231 (2015).",
    "Intervención de Cuba en la Cuarta Comisión. Temas sobre Descolonización.\n\nSeñora Presidente:\n\nMi delegación "
    "reitera su apoyo a la resolución 1514 (XV) y al derecho del pueblo de Puerto Rico a la libre determinación.",
])
def test_a_main_committee_of_the_assembly_other_than_the_third_is_the_assembly(text: str) -> None:
    assert addressee(text)[0] == "GA"


def test_an_explanation_of_vote_on_a_draft_with_no_word_to_the_chair_is_made_where_the_draft_is_voted() -> None:
    text = ("Explanation of Vote on A/C.3/72/L.62 on Report of the Human Rights Council\n\nMordica Simpson\nECOSOC "
            "Advisor\nUnited States\nNew York City\nNovember 16, 2017\n\nThe United States offers this statement as an "
            "explanation of vote. The United States continues to view the resolution as flawed.")
    r = extract_text(text, "x.txt")
    assert r.addressee == "GA3"
    assert "GA3" not in r.bodies  # (a symbol in the text names no body)


def test_a_speech_at_a_meeting_of_a_committee_named_in_its_heading() -> None:
    text = ("Speech by Deputy Permanent Representative M.V.Zabolotskaya at a meeting of the Third Committee in dialogue "
            "with the High Commissioner for Human Rights\nNew York, October 15, 2025\n\nWe thank the High Commissioner.")
    assert extract_text(text, "x.txt").addressee == "GA3"


@pytest.mark.parametrize("thanks", ["Thank you, President.", "Thank you President."])
def test_thanks_to_the_president_is_a_word_to_the_chair(thanks: str) -> None:
    text = (f"Statement by Ambassador Elina Kalkku\n\n28 May 2024, Security Council Chamber, New York\n\n{thanks}\n\n"
            "I have the honour to deliver this statement on behalf of the Group.\n")
    assert extract_text(text, "x.txt").addressee == "SC"


@pytest.mark.parametrize(("lang", "words"), [("fr", "Merci, Président."), ("es", "Gracias, Presidenta."),
                                             ("fr", "Mesdames et Messieurs les membres du Conseil de sécurité,")])
def test_the_french_and_spanish_words_to_the_chair(lang: str, words: str) -> None:
    from unhrkg.extract import lexicon

    with lexicon.using(lang):
        assert lexicon.pattern("speech", "chair").match(words)


@pytest.mark.parametrize("text", [
    "Déclaration de l'ambassadeur, chef de la délégation de l'Union européenne, au nom de l'Union européenne, lors du débat "
    "public du Conseil de sécurité sur la situation au Moyen-Orient.\nL'UE réaffirme son attachement à la solution.",
    "Statement by the Head of the EU Delegation, on behalf of the EU, at the open debate of the Security Council on the "
    "Middle East.\nThe EU reaffirms its commitment.",
])
def test_a_statement_at_a_bodys_debate_is_made_there(text: str) -> None:
    assert extract_text(text, "x.txt").addressee == "SC"


@pytest.mark.parametrize("heading", [
    "Liban - Adoption de la résolution 1583 - Explication du vote de la France : Intervention de M. Michel Duclos",
    "Explicación del voto de México",
    "Explanation of the vote of Japan",
])
def test_an_explanation_of_the_vote_is_made_where_its_resolution_is_voted(heading: str) -> None:
    text = (f"{heading}\n\nMonsieur le Président,\n\nNous nous félicitons de l'adoption à l'unanimité de cette résolution "
            f"1583.\n")
    assert addressee(text)[0] == "SC"


@pytest.mark.parametrize("text, forum", [
    ("Right to Peace\nExplanation of Vote Against\nHuman Rights Council 30 – Geneva\nOctober 1, 2015\n"
     "We would like to thank the delegation of Costa Rica for its approach. The United States will vote no.", "HRC"),
    ("Explanation of Vote\nThe United States welcomes the adoption of resolution 2393 (2017), which renews the "
     "cross-border aid mechanism for Syria.", "SC"),
])
def test_an_explanation_of_vote_without_its_word_to_the_chair_has_a_forum(text: str, forum: str) -> None:
    assert addressee(text) == (forum, "speech-forum")


def test_a_news_item_about_an_explanation_of_vote_is_not_one() -> None:
    text = ("Washington, 2 October 2015. The delegation's explanation of vote was read in Geneva yesterday, a "
            "spokesman said. Human Rights Council 30 closed with a vote on the right to peace.")
    assert addressee(text)[1] != "speech-forum"


def test_a_committee_of_the_assembly_named_with_the_session_is_the_forum() -> None:
    text = ("Statement by\n\n the Delegation of the Islamic Republic of Iran\n\n on the Report of the Secretary "
            "General\n\nbefore the Third Committee of the 67th Session of the General assembly\n\nMr. Chairman,\n\n"
            "Iran has taken a genuine approach to human rights.")
    assert addressee(text)[0] == "GA3"
    assert extract_text(text, "x.txt").session == {"body": "GA", "number": 67}


@pytest.mark.parametrize("text, expected", [
    # the chair greeted by the bare title opening a line ("Chair, this resolution ..."), the committee in the heading
    ("UNGA79: THIRD COMMITTEE: ACTION ON PROPOSALS: EXPLANATION OF VOTE\n\n18 November 2024\n\nChair, this "
     "resolution calls upon member states to establish a moratorium.", "GA3"),
    ("Human Rights Council 55th session: general debate, item 4\n\nPresident, my delegation thanks the Commission.",
     "HRC"),
    # the bare title inside a sentence is no word to the chair
    ("The Third Committee met on Monday. The President, Ms. Lee, opened the meeting.\n\nGhana spoke on item 4.", None),
])
def test_the_chair_greeted_by_the_bare_title(text: str, expected: str | None) -> None:
    assert addressee(text)[0] == expected


def test_a_vote_heading_gives_the_forum_where_the_word_to_the_chair_comes_late() -> None:
    text = ("Explanation of vote by the UK Permanent Representative to the UN, after the adoption of UN General\n"
            "Assembly resolution A/RES/ES-10/27 on the Occupied Palestinian Territories.\n"
            "The UK voted in favour of this resolution in line with our determination to end the suffering.\n"
            "We condemn Hamas.\nPresident, the text of the resolution is clear that both sides must agree.")
    assert addressee(text) == ("GA", "speech-forum")


def test_a_committee_named_by_its_ordinal_in_figures() -> None:
    text = ("Statement by Ms. Monica, Minister of the Permanent Mission of Bangladesh, 15 November 2023\n\n"
            "Thank you, Mr. Chair.\n\nWe thank the 3rd Committee for adopting the resolution on the Rohingya.")
    assert "GA3" in extract_text(text, "x.txt").bodies


@pytest.mark.parametrize("heading", [
    "Statement by Ambassador Maleeha Lodhi, Permanent Representative of Pakistan, Third Committee, 70th Session of the UN "
    "General Assembly",
    "Statement by Ambassador Maleeha Lodhi to the Third Committee of the 70th Session of the General Assembly",
])
def test_a_committee_with_its_session_set_off_by_a_comma_is_the_forum(heading: str) -> None:
    text = f"{heading}\n(20 November 2015)\n\nMr. Chairman,\n\nI have the honour to present the draft."
    assert addressee(text) == ("GA3", "statement-forum")
