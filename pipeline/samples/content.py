"""Page templates of the sample documents (notice, diffusion, warrant) and their labels.

Every person, court, case number, company and address here is invented.
Countries are real ISO 3166-1 codes only so that the country fields parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.samples.render import Block, Doc

FOOTER = {
    "en": "Fictional sample document generated for software testing. All persons, courts, "
    "companies and case numbers are invented.",
    "fr": "Document fictif généré pour des essais de logiciel. Les personnes, juridictions, "
    "sociétés et numéros de dossier sont inventés.",
    "es": "Documento ficticio generado para pruebas de software. Las personas, tribunales, "
    "empresas y números de causa son inventados.",
    "ar": "وثيقة وهمية أنشئت لاختبار البرمجيات. "
    "جميع الأشخاص والمحاكم وأرقام القضايا من نسج الخيال.",
}


@dataclass(frozen=True)
class Subject:
    family_name: str
    forenames: str
    sex: str
    dob: str
    pob: str
    nationality: str
    id_document: str
    occupation: str = ""
    description: str = ""
    languages: str = ""


@dataclass(frozen=True)
class Charge:
    offence: str
    law: str
    penalty: str


@dataclass(frozen=True)
class Case:
    lang: str
    country: str
    country_name: str
    ncb: str
    control_no: str
    file_no: str
    published: str
    status: str
    validity: str
    subject: Subject
    charges: tuple[Charge, ...]
    facts: tuple[str, ...]
    warrant_no: str
    warrant_date: str
    court: str
    judge: str
    place: str
    extra: tuple[str, ...] = ()
    case_no: str = ""
    action: str = ""
    court_header: tuple[str, ...] = field(default=())


LABELS: dict[str, dict[str, str]] = {
    "en": {
        "org": "INTERPOL · International Criminal Police Organization",
        "red-notice": "RED NOTICE",
        "diffusion": "WANTED PERSON DIFFUSION",
        "control": "Control number:",
        "file": "File number:",
        "ncb": "Requesting NCB:",
        "published": "Date of publication:",
        "status": "Status:",
        "validity": "Valid until:",
        "identity": "1. IDENTITY PARTICULARS",
        "family": "Family name:",
        "forenames": "Forename(s):",
        "sex": "Sex:",
        "dob": "Date of birth:",
        "pob": "Place of birth:",
        "nationality": "Nationality:",
        "id": "Identity document:",
        "occupation": "Occupation:",
        "description": "Description:",
        "languages": "Language(s) spoken:",
        "judicial": "2. JUDICIAL INFORMATION",
        "facts": "Summary of facts of the case:",
        "charges": "Charges:",
        "law": "Law covering the offence:",
        "penalty": "Maximum penalty possible:",
        "warrant": "Arrest warrant or judicial decision:",
        "warrant_fmt": "No. {no}, issued on {date} by {court} ({judge})",
        "extra": "Additional information:",
        "action_h": "3. ACTION TO BE TAKEN IF TRACED",
        "action": "Locate and arrest with a view to extradition. Assurances are given that "
        "extradition will be sought upon arrest of the person, in conformity with national "
        "laws and/or the applicable bilateral and multilateral treaties. Inform immediately "
        "{ncb} and the INTERPOL General Secretariat.",
        "page2": "{title}: {family}, {forenames} (continued)",
    },
    "fr": {
        "org": "INTERPOL · Organisation internationale de police criminelle",
        "red-notice": "NOTICE ROUGE",
        "diffusion": "DIFFUSION DE PERSONNE RECHERCHÉE",
        "control": "Numéro de contrôle :",
        "file": "Numéro de dossier :",
        "ncb": "BCN requérant :",
        "published": "Date de publication :",
        "status": "Statut :",
        "validity": "Valable jusqu'au :",
        "identity": "1. ÉLÉMENTS D'IDENTIFICATION",
        "family": "Nom de famille :",
        "forenames": "Prénom(s) :",
        "sex": "Sexe :",
        "dob": "Date de naissance :",
        "pob": "Lieu de naissance :",
        "nationality": "Nationalité :",
        "id": "Pièce d'identité :",
        "occupation": "Profession :",
        "description": "Signalement :",
        "languages": "Langue(s) parlée(s) :",
        "judicial": "2. RENSEIGNEMENTS JUDICIAIRES",
        "facts": "Exposé des faits :",
        "charges": "Qualification des faits :",
        "law": "Loi réprimant l'infraction :",
        "penalty": "Peine maximale encourue :",
        "warrant": "Mandat d'arrêt ou décision judiciaire :",
        "warrant_fmt": "n° {no}, délivré le {date} par {court} ({judge})",
        "extra": "Renseignements complémentaires :",
        "action_h": "3. MESURES À PRENDRE EN CAS DE DÉCOUVERTE",
        "action": "Localiser et arrêter en vue d'extradition. Des assurances sont données que "
        "l'extradition sera demandée dès l'arrestation de la personne, conformément au droit "
        "national et aux traités bilatéraux et multilatéraux applicables. Informer "
        "immédiatement le {ncb} et le Secrétariat général d'INTERPOL.",
        "page2": "{title} : {family}, {forenames} (suite)",
    },
    "es": {
        "org": "INTERPOL · Organización Internacional de Policía Criminal",
        "red-notice": "NOTIFICACIÓN ROJA",
        "diffusion": "DIFUSIÓN DE PERSONA BUSCADA",
        "control": "Número de control:",
        "file": "Número de expediente:",
        "ncb": "OCN solicitante:",
        "published": "Fecha de publicación:",
        "status": "Estado:",
        "validity": "Válida hasta:",
        "identity": "1. DATOS DE IDENTIDAD",
        "family": "Apellidos:",
        "forenames": "Nombre(s):",
        "sex": "Sexo:",
        "dob": "Fecha de nacimiento:",
        "pob": "Lugar de nacimiento:",
        "nationality": "Nacionalidad:",
        "id": "Documento de identidad:",
        "occupation": "Profesión:",
        "description": "Señas particulares:",
        "languages": "Idioma(s):",
        "judicial": "2. INFORMACIÓN JUDICIAL",
        "facts": "Resumen de los hechos:",
        "charges": "Delitos imputados:",
        "law": "Legislación aplicable:",
        "penalty": "Pena máxima:",
        "warrant": "Orden de detención o resolución judicial:",
        "warrant_fmt": "n.º {no}, dictada el {date} por el {court} ({judge})",
        "extra": "Información adicional:",
        "action_h": "3. MEDIDAS QUE DEBEN ADOPTARSE",
        "action": "Localizar y detener con fines de extradición. Se garantiza que se solicitará "
        "la extradición una vez detenida la persona, de conformidad con la legislación "
        "nacional y los tratados bilaterales y multilaterales aplicables. Informar de "
        "inmediato a la {ncb} y a la Secretaría General de INTERPOL.",
        "page2": "{title}: {family}, {forenames} (continuación)",
    },
}


def notice(case: Case, kind: str = "red-notice") -> Doc:
    """A two-page notice or diffusion: identity on page 1, judicial data on page 2."""
    lab, s = LABELS[case.lang], case.subject
    title = lab[kind]
    head = [
        (lab["control"], case.control_no),
        (lab["file"], case.file_no),
        (lab["ncb"], case.ncb),
        (lab["published"], case.published),
        (lab["status"], case.status),
    ]
    if case.validity:
        head.append((lab["validity"], case.validity))
    ident = [
        (lab["family"], s.family_name),
        (lab["forenames"], s.forenames),
        (lab["sex"], s.sex),
        (lab["dob"], s.dob),
        (lab["pob"], s.pob),
        (lab["nationality"], s.nationality),
        (lab["id"], s.id_document),
    ]
    ident += [
        (lab[k], getattr(s, k)) for k in ("occupation", "description", "languages") if getattr(s, k)
    ]
    footer = Block("small", FOOTER[case.lang])
    page1 = [
        Block("banner", lab["org"]),
        Block("h1", title),
        Block("kv", rows=tuple(head)),
        Block("h2", lab["identity"]),
        Block("kv", rows=tuple(ident)),
        footer,
    ]
    charges = tuple(
        (f"{i}. {c.offence}", f"{lab['law']} {c.law}. {lab['penalty']} {c.penalty}.")
        for i, c in enumerate(case.charges, 1)
    )
    warrant = lab["warrant_fmt"].format(
        no=case.warrant_no, date=case.warrant_date, court=case.court, judge=case.judge
    )
    page2 = [
        Block(
            "banner", lab["page2"].format(title=title, family=s.family_name, forenames=s.forenames)
        ),
        Block("h2", lab["judicial"]),
        Block("p", lab["facts"]),
        *(Block("p", f) for f in case.facts),
        Block("p", lab["charges"]),
        Block("kv", rows=charges),
        Block("kv", rows=((lab["warrant"], warrant),)),
    ]
    if case.extra:
        page2 += [Block("p", lab["extra"]), *(Block("p", x) for x in case.extra)]
    page2 += [
        Block("h2", lab["action_h"]),
        Block("p", case.action or lab["action"].format(ncb=case.ncb)),
        footer,
    ]
    return Doc(case.lang, [page1, page2], title=f"{title} {case.control_no}")


def warrant_en(
    case: Case,
    dob: str | None = None,
    title: str = "WARRANT OF ARREST",
    command: str = "YOU ARE HEREBY COMMANDED to arrest the said person and to bring him before "
    "this Court without delay, to be dealt with according to law.",
) -> Doc:
    """A one-page common-law style warrant of arrest."""
    s = case.subject
    name = f"{s.forenames} {s.family_name}".upper()
    charges = "\n".join(
        f"({i}) {c.offence}, contrary to {c.law}, punishable by {c.penalty};"
        for i, c in enumerate(case.charges, 1)
    )
    blocks = [
        Block("court", "\n".join(case.court_header)),
        Block("h1", title),
        Block("kv", rows=(("Warrant No.:", case.warrant_no), ("Case No.:", case.case_no))),
        Block("p", f"TO: ALL POLICE OFFICERS OF THE {case.country_name.upper()}"),
        Block(
            "p",
            f"WHEREAS, on information given upon oath, there are reasonable grounds to believe "
            f"that {name}, {s.sex.lower()}, born on {dob or s.dob} at {s.pob}, of "
            f"{s.nationality} nationality, holder of {s.id_document}, committed the following "
            f"offences at {case.place}:",
        ),
        Block("p", charges),
        Block("p", command),
        Block("p", "This warrant remains in force until it is executed or cancelled."),
        Block(
            "sign",
            f"Given under my hand and the seal of the Court on {case.warrant_date}.\n"
            f"{case.judge}\n[SEAL OF THE COURT]",
        ),
        Block("small", FOOTER["en"]),
    ]
    return Doc("en", [blocks], title=f"Warrant of arrest {case.warrant_no}")
