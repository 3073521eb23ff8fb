"""The sample cases: one story per packet (see pipeline/samples/generate.py).

Every person, court, case number, company and address here is invented.
Countries are real ISO 3166-1 codes only so that the country fields parse.
"""

from __future__ import annotations

from pipeline.samples.content import FOOTER, Case, Charge, Subject
from pipeline.samples.render import Block, Doc

# --- 01: armed robbery, South Africa (clean) -------------------------------------------

ROBBERY = Case(
    lang="en",
    country="ZA",
    country_name="Republic of South Africa",
    ncb="NCB Pretoria",
    control_no="A-4127/6-2024",
    file_no="2024/31577",
    published="12 June 2024",
    status="Valid",
    validity="12 June 2029",
    subject=Subject(
        family_name="MOKOENA",
        forenames="Thabo Daniel",
        sex="Male",
        dob="14 March 1986",
        pob="Soweto, South Africa",
        nationality="South African",
        id_document="passport M00482917",
        occupation="former security guard",
        description="height 1.78 m, black hair, brown eyes, scar above the left eyebrow",
        languages="English, Zulu",
    ),
    charges=(
        Charge(
            "Armed robbery", "Article 158(2) of the Criminal Code", "up to 25 years' imprisonment"
        ),
        Charge("Attempted murder", "Articles 14 and 129 of the Criminal Code", "life imprisonment"),
        Charge(
            "Unlawful possession of a firearm",
            "Article 3 of the Firearms Control Act",
            "up to 15 years' imprisonment",
        ),
    ),
    facts=(
        "On 23 November 2023, at about 14:10, the subject and three accomplices, armed with "
        "two pistols and an assault rifle, entered the cash depot of Kestrel Cash Logistics at "
        "18 Main Reef Road, Johannesburg. They threatened the staff, tied up two guards and "
        "took cash boxes containing ZAR 4,850,000. During the escape the subject fired at a "
        "guard, Mr Sipho Ndlovu, wounding him in the leg.",
        "The subject was identified from CCTV footage, from fingerprints found in the getaway "
        "vehicle and by two co-accused arrested on 2 December 2023. He left South Africa on "
        "28 November 2023 through the Beitbridge border post using his own passport.",
    ),
    warrant_no="JHB-WA-2023/1187",
    warrant_date="5 December 2023",
    court="the Regional Court, Johannesburg",
    judge="Magistrate P. N. Dlamini",
    place="Johannesburg on 23 November 2023",
    case_no="RC 1446/2023",
    court_header=(
        "IN THE REGIONAL COURT FOR THE REGIONAL DIVISION OF GAUTENG",
        "HELD AT JOHANNESBURG",
    ),
)

# --- 02: cocaine importation, United Kingdom (clean; scanned police report) --------------

DRUGS = Case(
    lang="en",
    country="GB",
    country_name="United Kingdom",
    ncb="NCB London",
    control_no="DIFF/2024/0477",
    file_no="NCA/OP-HG/2023/0192",
    published="8 April 2024",
    status="Active",
    validity="",
    subject=Subject(
        family_name="HARTLEY",
        forenames="Connor James",
        sex="Male",
        dob="2 August 1991",
        pob="Liverpool, United Kingdom",
        nationality="British",
        id_document="passport 548812039",
        description="height 1.83 m, fair hair, blue eyes, tattoo of an anchor on the right wrist",
        languages="English, Spanish",
    ),
    charges=(
        Charge(
            "Conspiracy to import a Class A controlled drug (cocaine)",
            "Section 170(2) of the Customs and Excise Management Act 1979",
            "life imprisonment",
        ),
        Charge(
            "Conspiracy to launder the proceeds of crime",
            "Section 327 of the Proceeds of Crime Act 2002",
            "up to 14 years' imprisonment",
        ),
    ),
    facts=(
        "Between 1 June 2022 and 15 January 2023 the subject, a leading member of an organised "
        "crime group based in Liverpool, arranged the importation of 412 kg of cocaine hidden "
        "in refrigerated containers of bananas shipped from Guayaquil through Antwerp to the "
        "Port of Felixstowe. The consignment was seized at Felixstowe on 15 January 2023.",
        "Messages sent from an encrypted telephone used by the subject under the handle "
        "TIDEWATER show that he paid the transport costs and directed the collection of the "
        "drugs. About GBP 2.3 million in cash was moved through two car dealerships he "
        "controlled. Four co-conspirators were convicted at Liverpool Crown Court in 2024.",
    ),
    warrant_no="LMC/2023/0219",
    warrant_date="20 February 2023",
    court="Liverpool Magistrates' Court",
    judge="District Judge H. Forsyth",
    place="Liverpool and Felixstowe",
    action="Locate and arrest with a view to extradition to the United Kingdom. Inform NCB "
    "London immediately, quoting reference DIFF/2024/0477.",
)


def police_report_drugs() -> Doc:
    """A three-page investigation report (scanned in the packet)."""
    c, s = DRUGS, DRUGS.subject
    footer = Block("small", "OFFICIAL - SENSITIVE. " + FOOTER["en"])
    head = Block("banner", "NORTH WEST REGIONAL ORGANISED CRIME UNIT - Operation HARBOUR GLASS")
    p1 = [
        head,
        Block("h1", "POLICE INVESTIGATION REPORT"),
        Block(
            "kv",
            rows=(
                ("Report reference:", "NWROCU/HG/2024/031"),
                ("Date of report:", "2 April 2024"),
                ("Officer in charge:", "Detective Inspector Ruth Calloway"),
                ("Suspect:", f"{s.family_name}, {s.forenames}, born {s.dob}"),
                ("Offences:", "Importation of cocaine (Class A); money laundering"),
            ),
        ),
        Block("h2", "1. Purpose of this report"),
        Block(
            "p",
            "This report summarises the evidence gathered against the suspect in "
            "Operation HARBOUR GLASS and supports the request for a wanted person diffusion. "
            "It is provided to foreign authorities for information only.",
        ),
        Block("h2", "2. Summary"),
        *(Block("p", f) for f in c.facts),
        Block(
            "p",
            "The suspect left the United Kingdom on 17 January 2023 on a flight from "
            "Manchester to Malaga and has not returned. Financial enquiries indicate that he "
            "is living on the Costa del Sol or in Morocco.",
        ),
        footer,
    ]
    p2 = [
        head,
        Block("h2", "3. Chronology of the investigation"),
        Block(
            "p",
            "12 June 2022: the National Crime Agency receives intelligence that a "
            "Liverpool group is preparing cocaine imports in fruit containers.",
        ),
        Block(
            "p",
            "3 August 2022: surveillance officers see the suspect meet Daniel Price and "
            "Mehmet Aksoy at a car dealership in Bootle, Merseyside.",
        ),
        Block(
            "p",
            "19 October 2022: an encrypted handset with the handle TIDEWATER is "
            "attributed to the suspect through cell-site data and a seized SIM card.",
        ),
        Block(
            "p",
            "4 January 2023: the container MSKU 4471902 is loaded at Guayaquil, "
            "Ecuador, declared as 1,320 boxes of bananas.",
        ),
        Block(
            "p",
            "15 January 2023: Border Force officers search the container at "
            "Felixstowe and find 412 packages of cocaine of 84 per cent purity.",
        ),
        Block(
            "p",
            "16 January 2023: Price, Aksoy and two drivers are arrested when they try "
            "to collect the container at a warehouse in Warrington.",
        ),
        Block(
            "p",
            "20 February 2023: Liverpool Magistrates' Court issues arrest warrant "
            "LMC/2023/0219 for the suspect.",
        ),
        footer,
    ]
    p3 = [
        head,
        Block("h2", "4. Schedule of evidence"),
        Block(
            "kv",
            rows=(
                ("Exhibit RC/1:", "412 packages of cocaine, total weight 412.6 kg"),
                ("Exhibit RC/7:", "encrypted handset messages, 1,184 pages"),
                ("Exhibit RC/12:", "bank records of Bootle Motors Ltd and Wirral Prestige Cars"),
                ("Exhibit RC/15:", "surveillance logs of 3 August and 9 September 2022"),
            ),
        ),
        Block("h2", "5. Position of the co-conspirators"),
        Block(
            "p",
            "Daniel Price and Mehmet Aksoy pleaded guilty and were sentenced at "
            "Liverpool Crown Court on 11 March 2024 to 18 and 16 years' imprisonment. Two "
            "drivers were convicted after trial.",
        ),
        Block("h2", "6. Conclusion"),
        Block(
            "p",
            "The evidence shows that the suspect organised and financed the importation. "
            "The offences carry a maximum penalty of life imprisonment. The Crown Prosecution "
            "Service has authorised charges and an extradition request will be made as soon "
            "as the suspect is located.",
        ),
        Block(
            "sign", "Detective Inspector Ruth Calloway\nNorth West Regional Organised Crime Unit"
        ),
        footer,
    ]
    return Doc("en", [p1, p2, p3], title="Police investigation report NWROCU/HG/2024/031")


# --- 03: murder, Ghana (clean; warrant as phone photo) --------------------------------

HOMICIDE = Case(
    lang="en",
    country="GH",
    country_name="Republic of Ghana",
    ncb="NCB Accra",
    control_no="A-1873/3-2024",
    file_no="2024/20561",
    published="21 March 2024",
    status="Valid",
    validity="21 March 2029",
    subject=Subject(
        family_name="ASANTE",
        forenames="Kwabena Ofori",
        sex="Male",
        dob="30 October 1979",
        pob="Kumasi, Ghana",
        nationality="Ghanaian",
        id_document="passport G2317745",
        occupation="mechanic",
        description="height 1.70 m, black hair, brown eyes",
        languages="English, Twi, French",
    ),
    charges=(Charge("Murder", "Article 46 of the Criminal Offences Act", "life imprisonment"),),
    facts=(
        "On 17 February 2024, at about 21:30, at a bar in Adum, Kumasi, the subject argued with "
        "Mr Yaw Boateng Mensah over a game of cards. He went to his car, came back with a "
        "kitchen knife and stabbed Mr Mensah four times in the chest. Mr Mensah died at Komfo "
        "Anokye Teaching Hospital at 23:05 the same night.",
        "Three witnesses identified the subject. The knife was recovered in a drain near the "
        "bar and bore his fingerprints. On 19 February 2024 he crossed into Côte d'Ivoire at "
        "Elubo by road.",
    ),
    warrant_no="HC/KS/WA/0412/2024",
    warrant_date="4 March 2024",
    court="the High Court of Justice, Kumasi",
    judge="Justice A. Frimpong-Boateng",
    place="Adum, Kumasi, on 17 February 2024",
    case_no="CR/KS/0098/2024",
    court_header=(
        "IN THE SUPERIOR COURT OF JUDICATURE",
        "IN THE HIGH COURT OF JUSTICE",
        "KUMASI - CRIMINAL DIVISION",
    ),
)

# --- 04: journalist, Togo, French (speech offences, protests, refugee status) ----------

JOURNALIST = Case(
    lang="fr",
    country="TG",
    country_name="République togolaise",
    ncb="BCN Lomé",
    control_no="A-2291/3-2024",
    file_no="2024/11208",
    published="27 mars 2024",
    status="Valide",
    validity="27 mars 2029",
    subject=Subject(
        family_name="AGBODJAN",
        forenames="Edem Kokou",
        sex="Masculin",
        dob="9 mai 1984",
        pob="Lomé, Togo",
        nationality="togolaise",
        id_document="passeport C0912457",
        occupation="journaliste, directeur de publication du site d'information « L'Éveil "
        "citoyen »",
        languages="français, éwé, anglais",
    ),
    charges=(
        Charge(
            "Diffusion de fausses nouvelles",
            "article 497 du Code pénal",
            "trois ans d'emprisonnement et 2 000 000 francs CFA d'amende",
        ),
        Charge(
            "Offense au Président de la République",
            "article 290 du Code pénal",
            "deux ans d'emprisonnement",
        ),
        Charge(
            "Incitation à la révolte contre les autorités",
            "article 495 du Code pénal",
            "cinq ans d'emprisonnement",
        ),
    ),
    facts=(
        "Entre le 2 et le 20 février 2023, à Lomé, AGBODJAN Edem Kokou, journaliste et "
        "directeur de publication du site « L'Éveil citoyen », a publié une série d'articles "
        "et de vidéos sur les manifestations de l'opposition des 4 et 11 février 2023, "
        "affirmant que des manifestants avaient été tués par les forces de l'ordre, "
        "informations qualifiées de fausses par le Gouvernement.",
        "Dans un éditorial du 18 février 2023 intitulé « Le pouvoir a peur de la rue », il a "
        "tenu des propos outrageants à l'égard du Président de la République et appelé la "
        "population à poursuivre les manifestations. Il a quitté le territoire national le "
        "24 février 2023.",
    ),
    warrant_no="017/2023/CAB-2",
    warrant_date="3 mars 2023",
    court="le juge d'instruction du 2e cabinet du Tribunal de première instance de Lomé",
    judge="M. Komlan Tchalla",
    place="Lomé",
)


def mandat_fr() -> Doc:
    """The French arrest warrant (its PDF loses its Unicode maps)."""
    c, s = JOURNALIST, JOURNALIST.subject
    charges = "\n".join(
        f"- {x.offence}, faits prévus et réprimés par l'{x.law} ;" for x in c.charges
    )
    blocks = [
        Block(
            "court",
            "RÉPUBLIQUE TOGOLAISE\nTRIBUNAL DE PREMIÈRE INSTANCE DE LOMÉ\n"
            "Cabinet du juge d'instruction n° 2",
        ),
        Block("h1", "MANDAT D'ARRÊT"),
        Block(
            "kv",
            rows=(
                ("Mandat n° :", c.warrant_no),
                ("Procédure :", "RP n° 2023/0388 - Information n° 41/2023"),
            ),
        ),
        Block(
            "p", f"Nous, {c.judge}, juge d'instruction au Tribunal de première instance de Lomé,"
        ),
        Block(
            "p",
            f"Vu l'information suivie contre le nommé {s.family_name} {s.forenames}, né "
            f"le {s.dob} à Lomé, de nationalité {s.nationality}, {s.occupation}, titulaire du "
            f"{s.id_document}, en fuite,",
        ),
        Block("p", "Inculpé de :\n" + charges),
        Block(
            "p",
            "Vu le réquisitoire du Procureur de la République en date du 28 février 2023 "
            "et les articles 126 et suivants du Code de procédure pénale ;",
        ),
        Block(
            "p",
            "Attendu que l'inculpé a quitté le territoire national et qu'il existe des "
            "raisons de craindre qu'il ne se soustraie à la justice ;",
        ),
        Block(
            "p",
            "MANDONS ET ORDONNONS à tous officiers et agents de la force publique de "
            "rechercher, arrêter et conduire le susnommé devant nous, en se conformant à la "
            "loi ;",
        ),
        Block(
            "p",
            "REQUÉRONS tout dépositaire de la force publique de prêter main-forte pour "
            "l'exécution du présent mandat.",
        ),
        Block(
            "sign",
            f"Fait en notre cabinet, à Lomé, le {c.warrant_date}.\n"
            f"Le juge d'instruction, {c.judge}\n[Sceau du Tribunal]",
        ),
        Block("small", FOOTER["fr"]),
    ]
    return Doc("fr", [blocks], title=f"Mandat d'arrêt {c.warrant_no}")


def counsel_letter() -> Doc:
    """Letter from the subject's counsel (declared as `other`)."""
    return Doc(
        "en",
        [
            [
                Block(
                    "banner",
                    "Dubé Lafontaine Avocats - 1250 rue Sainte-Catherine Ouest, bureau 900, "
                    "Montréal (Québec)",
                ),
                Block(
                    "p",
                    "Montréal, 15 April 2024\n\nTo: Commission for the Control of INTERPOL's "
                    "Files, 200 quai Charles de Gaulle, 69006 Lyon, France",
                ),
                Block("h2", "Re: Red Notice A-2291/3-2024 concerning Mr Edem Kokou AGBODJAN"),
                Block(
                    "p",
                    "We act for Mr Edem Kokou AGBODJAN, born on 9 May 1984 in Lomé, a journalist "
                    "and the editor of the independent news site L'Éveil citoyen.",
                ),
                Block(
                    "p",
                    "On 14 November 2023 the Refugee Protection Division of the Immigration and "
                    "Refugee Board of Canada granted Mr AGBODJAN refugee status (file MB3-04518), "
                    "finding that he has a well-founded fear of persecution in Togo because of his "
                    "journalism. He lives in Montréal and holds a refugee travel document.",
                ),
                Block(
                    "p",
                    "The charges of dissemination of false news, offence to the President of "
                    "the Republic and incitement to revolt relate exclusively to his reporting on "
                    "the opposition protests of February 2023 and to an editorial criticising the "
                    "Government. The warrant was issued two weeks after the protests.",
                ),
                Block(
                    "p",
                    "We therefore ask the Commission to delete the notice under Article 3 of "
                    "INTERPOL's Constitution and the refugee policy confirmed by resolution "
                    "GA-2017-86-RES-09. Copies of the refugee decision are enclosed.",
                ),
                Block("sign", "Claire Dubé, Advocate\nDubé Lafontaine Avocats"),
                Block("small", FOOTER["en"]),
            ]
        ],
        title="Letter of counsel",
    )


# --- 05: bounced cheque, Peru, Spanish (private dispute, penalty under 2 years) ---------

CHEQUE = Case(
    lang="es",
    country="PE",
    country_name="República del Perú",
    ncb="OCN Lima",
    control_no="A-3358/5-2024",
    file_no="2024/27140",
    published="16 de mayo de 2024",
    status="Vigente",
    validity="16 de mayo de 2029",
    subject=Subject(
        family_name="QUISPE MAMANI",
        forenames="Rolando Efraín",
        sex="Masculino",
        dob="21 de julio de 1975",
        pob="Arequipa, Perú",
        nationality="peruana",
        id_document="DNI 29481736",
        occupation="empresario, gerente general de Agroexport Misti S.A.C.",
        languages="español, quechua",
    ),
    charges=(
        Charge(
            "Libramiento indebido (cheque sin fondos)",
            "artículo 215 del Código Penal",
            "pena privativa de libertad no mayor de un año y seis meses",
        ),
    ),
    facts=(
        "El 14 de septiembre de 2022, en Arequipa, el requerido, como gerente general de "
        "Agroexport Misti S.A.C., giró a favor de Distribuidora Chachani E.I.R.L., con la que "
        "mantenía un contrato de suministro de fertilizantes, el cheque n.º 00018844 por "
        "S/ 86.400,00, que fue rechazado por falta de fondos al ser presentado al cobro el "
        "3 de octubre de 2022.",
        "La querella fue interpuesta por el socio comercial agraviado tras la resolución del "
        "contrato de suministro. Ambas empresas mantienen una controversia mercantil sobre la "
        "deuda ante el Tercer Juzgado Civil de Arequipa.",
    ),
    warrant_no="Resolución 7-2023",
    warrant_date="9 de mayo de 2023",
    court="Segundo Juzgado de Investigación Preparatoria de Arequipa",
    judge="juez Marco Antonio Salas Ccori",
    place="Arequipa",
)


def escrito_es() -> list[Block]:
    """The prosecutor's 'escrito de acusación' (written to DOCX)."""
    c, s = CHEQUE, CHEQUE.subject
    return [
        Block("court", "MINISTERIO PÚBLICO\nFISCALÍA PROVINCIAL PENAL CORPORATIVA DE AREQUIPA"),
        Block(
            "kv",
            rows=(
                ("Carpeta fiscal:", "2022-1187-0"),
                ("Imputado:", f"{s.forenames} {s.family_name}"),
                ("Agraviada:", "Distribuidora Chachani E.I.R.L."),
                ("Delito:", "Libramiento indebido"),
            ),
        ),
        Block("h1", "ESCRITO DE ACUSACIÓN"),
        Block("p", "SEÑOR JUEZ DEL SEGUNDO JUZGADO DE INVESTIGACIÓN PREPARATORIA DE AREQUIPA:"),
        Block(
            "p",
            "Lucía Fernanda Paredes Ugarte, Fiscal Provincial Penal, al amparo del "
            "artículo 349 del Código Procesal Penal, formula ACUSACIÓN contra "
            f"{s.forenames.upper()} {s.family_name}, identificado con {s.id_document}, "
            f"nacido el {s.dob} en Arequipa, {s.occupation}, en los términos siguientes:",
        ),
        Block("h2", "I. HECHOS"),
        *(Block("p", f) for f in c.facts),
        Block(
            "p",
            "Requerido notarialmente el 12 de octubre de 2022 para que pague el importe "
            "del cheque en el plazo de tres días, el imputado no lo hizo, alegando que la "
            "agraviada había incumplido el contrato al entregar mercadería defectuosa.",
        ),
        Block("h2", "II. CALIFICACIÓN JURÍDICA"),
        Block(
            "p",
            "Los hechos constituyen el delito de libramiento indebido previsto en el "
            "artículo 215, inciso 1, del Código Penal. El imputado es autor.",
        ),
        Block("h2", "III. PENA Y REPARACIÓN CIVIL SOLICITADAS"),
        Block(
            "p",
            "Se solicita un año de pena privativa de libertad, cuya ejecución puede "
            "suspenderse, y una reparación civil de S/ 86.400,00 a favor de la agraviada. "
            "La pena máxima prevista por la ley es de un año y seis meses.",
        ),
        Block("h2", "IV. MEDIOS DE PRUEBA"),
        Block(
            "p",
            "Cheque n.º 00018844; constancia de rechazo del Banco del Sur Andino; "
            "carta notarial del 12 de octubre de 2022; contrato de suministro del 2 de "
            "marzo de 2022; declaración del representante de la agraviada.",
        ),
        Block("p", "Arequipa, 20 de marzo de 2023."),
        Block("sign", "Lucía Fernanda Paredes Ugarte\nFiscal Provincial Penal"),
        Block("small", FOOTER["es"]),
    ]


# --- 06: arson at a protest, Egypt, Arabic judgment in absentia (coerced confession) ----

ARSON_EN = Case(
    lang="en",
    country="EG",
    country_name="Arab Republic of Egypt",
    ncb="NCB Cairo",
    control_no="DIFF/2023/1142",
    file_no="2023/EG/4417",
    published="2 October 2023",
    status="Active",
    validity="",
    subject=Subject(
        family_name="EL-NAGGAR",
        forenames="Karim Samy Abdel Hamid",
        sex="Male",
        dob="3 November 1990",
        pob="Alexandria, Egypt",
        nationality="Egyptian",
        id_document="passport A21458963",
        occupation="civil engineer",
        languages="Arabic, English",
    ),
    charges=(
        Charge(
            "Deliberate arson of a public building",
            "Article 252 of the Penal Code",
            "up to 15 years' imprisonment",
        ),
        Charge(
            "Damage to public property",
            "Article 162 of the Penal Code",
            "up to 5 years' imprisonment",
        ),
        Charge(
            "Participation in an unlawful assembly",
            "Article 2 of Law No. 10 of 1914",
            "up to 2 years' imprisonment",
        ),
    ),
    facts=(
        "On 20 September 2019, in the Montaza district of Alexandria, the subject took part "
        "with other persons in an unlawful assembly during the demonstrations against the "
        "Government and set fire to a police vehicle and the entrance of the Montaza police "
        "station, causing damage estimated at EGP 340,000.",
        "He confessed during police questioning but later retracted his confession before the "
        "Public Prosecution, stating that it had been obtained under torture. The Alexandria "
        "Criminal Court sentenced him in absentia on 15 March 2022 to 10 years' imprisonment "
        "(translation of the judgment attached).",
    ),
    warrant_no="4417/2022",
    warrant_date="15 March 2022",
    court="the Alexandria Criminal Court, 11th Circuit",
    judge="Presiding Judge Medhat Abdel Salam",
    place="Alexandria",
    action="Locate and arrest with a view to extradition to serve the sentence. Inform NCB "
    "Cairo immediately.",
)


def judgment_ar() -> Doc:
    """An Arabic criminal judgment rendered in absentia (text PDF, right-to-left)."""
    return Doc(
        "ar",
        [
            [
                Block("court", "باسم الشعب\nمحكمة جنايات الإسكندرية - الدائرة الحادية عشرة"),
                Block("h1", "حكم غيابي"),
                Block(
                    "kv",
                    rows=(
                        ("رقم القضية:", "4417 لسنة 2022 جنايات قسم المنتزه"),
                        ("تاريخ الجلسة:", "15 مارس 2022"),
                    ),
                ),
                Block(
                    "p",
                    "بالجلسة العلنية المنعقدة بسراي المحكمة برئاسة السيد المستشار مدحت عبد السلام "
                    "رئيس المحكمة، وعضوية المستشارين حسام الدين فوزي ووليد الشناوي، وحضور ممثل "
                    "النيابة العامة وأمين السر.",
                ),
                Block(
                    "p",
                    "في قضية النيابة العامة ضد: كريم سامي عبد الحميد النجار، المولود بتاريخ 3 "
                    "نوفمبر 1990 بالإسكندرية، مهندس مدني، جواز سفر رقم A21458963، هارب.",
                ),
                Block("h2", "الاتهام"),
                Block(
                    "p",
                    "لأنه في يوم 20 سبتمبر 2019 بدائرة قسم المنتزه بالإسكندرية:\n"
                    "أولاً: اشترك مع آخرين مجهولين في تجمهر مؤلف من أكثر من خمسة أشخاص من شأنه أن "
                    "يجعل السلم العام في خطر، بالمخالفة للمادة 2 من القانون رقم 10 لسنة 1914.\n"
                    "ثانياً: أضرم النار عمداً في سيارة شرطة وفي مدخل مبنى قسم شرطة المنتزه، وهو "
                    "ما تعاقب عليه المادة 252 من قانون العقوبات.\n"
                    "ثالثاً: أتلف عمداً أموالاً عامة قدرت قيمتها بمبلغ 340 ألف جنيه، وفقاً للمادة "
                    "162 من قانون العقوبات.",
                ),
                Block("h2", "الأسباب"),
                Block(
                    "p",
                    "وحيث إن المتهم قد اعترف في محضر الشرطة بارتكاب الواقعة، ثم عدل عن اعترافه "
                    "أمام النيابة العامة مقرراً أنه انتزع منه تحت التعذيب والإكراه، وقد أعلن "
                    "المتهم قانوناً ولم يحضر، فيجوز الحكم في غيبته عملا بالمادة 384 من قانون "
                    "الإجراءات الجنائية.",
                ),
                Block(
                    "p",
                    "وحيث إن المحكمة تطمئن إلى أقوال شاهد الإثبات ضابط المباحث وإلى تحريات "
                    "الشرطة، فإنها تقضي بإدانة المتهم.",
                ),
                Block("h2", "فلهذه الأسباب"),
                Block(
                    "p",
                    "حكمت المحكمة غيابياً بمعاقبة المتهم كريم سامي عبد الحميد النجار بالسجن "
                    "المشدد لمدة عشر سنوات وبإلزامه بالمصاريف الجنائية، وأمرت بالقبض عليه.",
                ),
                Block("sign", "أمين السر                رئيس المحكمة\nالمستشار مدحت عبد السلام"),
                Block("small", FOOTER["ar"]),
            ]
        ],
        title="حكم غيابي 4417 لسنة 2022",
    )


# --- 07: opposition figure, Belarus, e-mailed diffusion (vague facts, timing) ---------

OPPOSITION = Case(
    lang="en",
    country="BY",
    country_name="Republic of Belarus",
    ncb="NCB Minsk",
    control_no="DIFF/2021/0932",
    file_no="20/0932-IC",
    published="3 March 2021",
    status="Active",
    validity="",
    subject=Subject(
        family_name="SHAPOVAL",
        forenames="Andrei Viktorovich",
        sex="Male",
        dob="6 January 1977",
        pob="Hrodna, Belarus",
        nationality="Belarusian",
        id_document="passport MP4418270",
        occupation="former member of the Hrodna Regional Council, coordinator of an "
        "opposition election campaign",
        languages="Belarusian, Russian, Polish",
    ),
    charges=(
        Charge(
            "Organisation of actions grossly violating public order",
            "Article 342 of the Criminal Code",
            "up to 4 years' imprisonment",
        ),
        Charge(
            "Calls for actions aimed at harming the national security of the State",
            "Article 361 of the Criminal Code",
            "up to 7 years' imprisonment",
        ),
    ),
    facts=(
        "In the period from August 2020 to the present time, SHAPOVAL A.V., acting in a group "
        "of persons by prior agreement with other unidentified persons, with the aim of "
        "destabilising the socio-political situation, organised and actively participated in "
        "group actions grossly violating public order, and carried out other activities "
        "aimed at harming the national security of the Republic of Belarus.",
        "The criminal case was opened on 12 August 2020, following the presidential election "
        "of 9 August 2020. SHAPOVAL A.V. left the Republic of Belarus and continues his "
        "activities from abroad.",
    ),
    warrant_no="20/0932-D",
    warrant_date="14 August 2020",
    court="the Investigative Committee, Hrodna Regional Department",
    judge="senior investigator Major of Justice I. P. Karpovich, sanctioned by the prosecutor",
    place="Hrodna",
    case_no="20/0932",
    court_header=(
        "TRANSLATION FROM RUSSIAN",
        "INVESTIGATIVE COMMITTEE OF THE REPUBLIC OF BELARUS",
        "HRODNA REGIONAL DEPARTMENT",
    ),
)

EMAIL = {
    "from": "NCB Minsk <ncb.minsk@example.invalid>",
    "to": "Wanted Persons Desk <wanted.desk@example.org>",
    "subject": "Wanted person diffusion DIFF/2021/0932 - SHAPOVAL Andrei Viktorovich",
    "date": "Wed, 03 Mar 2021 09:14:27 +0300",
    "message_id": "<diff-2021-0932.20210303091427@example.invalid>",
    "body": "Dear colleagues,\n\n"
    "Please find attached wanted person diffusion DIFF/2021/0932 concerning SHAPOVAL Andrei "
    "Viktorovich, born 6 January 1977, and the English translation of the decision on his "
    "detention of 14 August 2020.\n\n"
    "We kindly ask you to check your databases and, if the person is located, to detain him "
    "and inform NCB Minsk immediately. Extradition will be requested.\n\n"
    "Best regards,\nDuty officer\nNCB Minsk\n\n"
    "(Fictional sample message generated for software testing.)\n",
}

# --- 08: investment fraud by an organised group, United States (clean) -----------------

FRAUD = Case(
    lang="en",
    country="US",
    country_name="United States of America",
    ncb="NCB Washington",
    control_no="A-9034/11-2022",
    file_no="2022/70318",
    published="29 November 2022",
    status="Valid",
    validity="29 November 2027",
    subject=Subject(
        family_name="DELACROIX",
        forenames="Marcus Anthony",
        sex="Male",
        dob="11 April 1972",
        pob="Miami, Florida, United States",
        nationality="American",
        id_document="passport 561029384",
        occupation="self-described investment adviser",
        description="height 1.88 m, grey hair, green eyes",
        languages="English, Spanish",
    ),
    charges=(
        Charge(
            "Conspiracy to commit wire fraud",
            "Title 18, United States Code, Section 1349",
            "up to 20 years' imprisonment",
        ),
        Charge(
            "Conspiracy to commit money laundering",
            "Title 18, United States Code, Section 1956(h)",
            "up to 20 years' imprisonment",
        ),
    ),
    facts=(
        "From January 2019 to August 2022, in Miami, Florida, the subject led an organised "
        "criminal group that ran a boiler-room investment scheme through Bluewater Capital "
        "Partners LLC. Call centres in Miami and Santo Domingo sold fictitious high-yield "
        "promissory notes to 1,240 investors, mostly retirees, who lost USD 47.6 million.",
        "The proceeds were laundered through 14 shell companies in Florida, Panama and the "
        "British Virgin Islands. The subject left the United States for the Dominican "
        "Republic on 2 September 2022, one week before the indictment was returned.",
    ),
    warrant_no="22-CR-20417-WA1",
    warrant_date="12 October 2022",
    court="the United States District Court for the Southern District of Florida",
    judge="Magistrate Judge Laura K. Whitfield",
    place="Miami, Florida, between January 2019 and August 2022",
    case_no="22-CR-20417",
    court_header=("UNITED STATES DISTRICT COURT", "SOUTHERN DISTRICT OF FLORIDA"),
)


def indictment_en() -> list[Block]:
    """A grand jury indictment (written to DOCX)."""
    c, s = FRAUD, FRAUD.subject
    return [
        Block("court", "UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF FLORIDA"),
        Block(
            "kv",
            rows=(("Case No.:", c.case_no), ("Counts:", "18 U.S.C. § 1349; 18 U.S.C. § 1956(h)")),
        ),
        Block("p", f"UNITED STATES OF AMERICA v. {s.forenames.upper()} {s.family_name}"),
        Block("h1", "INDICTMENT"),
        Block("p", "The Grand Jury charges that:"),
        Block("h2", "GENERAL ALLEGATIONS"),
        Block(
            "p",
            "1. Bluewater Capital Partners LLC was a Florida company with offices at "
            "801 Brickell Avenue, Miami. It was not registered with the Securities and "
            "Exchange Commission or any state regulator.",
        ),
        Block(
            "p",
            f"2. Defendant {s.forenames.upper()} {s.family_name}, born {s.dob}, "
            "controlled Bluewater Capital Partners LLC and directed its sales agents.",
        ),
        Block("h2", "COUNT 1 - Conspiracy to Commit Wire Fraud (18 U.S.C. § 1349)"),
        Block(
            "p",
            "3. From in or around January 2019 through in or around August 2022, in "
            "Miami-Dade County, in the Southern District of Florida, and elsewhere, the "
            "defendant did knowingly and willfully combine, conspire and agree with others "
            "to devise a scheme to defraud investors by selling fictitious promissory notes "
            "promising annual returns of 12 to 18 percent, causing losses of approximately "
            "USD 47,600,000 to 1,240 investors.",
        ),
        Block("h2", "COUNT 2 - Conspiracy to Commit Money Laundering (18 U.S.C. § 1956(h))"),
        Block(
            "p",
            "4. During the same period the defendant conspired to conduct financial "
            "transactions through 14 shell companies in Florida, Panama and the British "
            "Virgin Islands, knowing that the funds were the proceeds of wire fraud.",
        ),
        Block("h2", "FORFEITURE ALLEGATION"),
        Block(
            "p",
            "5. Upon conviction, the defendant shall forfeit any property derived from "
            "proceeds traceable to the offenses, including USD 47,600,000.",
        ),
        Block("p", "A TRUE BILL.\nForeperson\nMiami, Florida, 9 September 2022"),
        Block("small", FOOTER["en"]),
    ]


# --- 09: embezzlement, Kenya (cancelled notice, date of birth mismatch) ---------------

EMBEZZLE = Case(
    lang="en",
    country="KE",
    country_name="Republic of Kenya",
    ncb="NCB Nairobi",
    control_no="A-0652/2-2021",
    file_no="2021/08814",
    published="9 February 2021",
    status="CANCELLED - withdrawn at the request of NCB Nairobi on 2 May 2024",
    validity="31 January 2024",
    subject=Subject(
        family_name="OTIENO",
        forenames="Brian Ochieng",
        sex="Male",
        dob="12 March 1983",
        pob="Kisumu, Kenya",
        nationality="Kenyan",
        id_document="passport AK0398127",
        occupation="former accountant",
        languages="English, Swahili, Luo",
    ),
    charges=(
        Charge(
            "Stealing by servant", "Article 281 of the Penal Code", "up to 7 years' imprisonment"
        ),
        Charge(
            "Conspiracy to defraud", "Article 317 of the Penal Code", "up to 3 years' imprisonment"
        ),
    ),
    facts=(
        "Between 3 March 2019 and 28 August 2020, at Nairobi, the subject, employed as senior "
        "accountant of Savanna Freight Holdings Ltd, transferred KES 38,400,000 belonging to "
        "his employer to accounts held by two companies he controlled, Lakeview Supplies and "
        "Kiboko Traders, using 27 forged payment vouchers.",
        "The loss was discovered by an internal audit on 14 September 2020. The subject left "
        "Kenya for Dar es Salaam on 16 September 2020.",
    ),
    warrant_no="MCCR/E1187/2020",
    warrant_date="6 October 2020",
    court="the Chief Magistrate's Court at Milimani, Nairobi",
    judge="Chief Magistrate W. Njeri Kamau",
    place="Nairobi, between 3 March 2019 and 28 August 2020",
    case_no="MCCR/E1187/2020",
    court_header=("REPUBLIC OF KENYA", "IN THE CHIEF MAGISTRATE'S COURT AT MILIMANI"),
)
WARRANT_DOB_09 = "21 December 1981"  # deliberately differs from the notice
