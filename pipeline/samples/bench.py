"""Bulk builders for benchmarks: many pages of notice/warrant-like English text.

Each builds one HTML document with all its pages, so WeasyPrint runs once.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from pipeline.samples.content import FOOTER
from pipeline.samples.degrade import scan
from pipeline.samples.render import Block, Doc, html_to_pdf, images_to_pdf, rasterize

FAMILY = (
    "NOVAK",
    "MENSAH",
    "CARVALHO",
    "LINDQVIST",
    "OKAFOR",
    "BRENNAN",
    "HALVORSEN",
    "PETROVIC",
    "ABARA",
    "MORENO",
    "KOWALCZYK",
    "DUARTE",
    "ACHTERBERG",
    "SOLBERG",
)
GIVEN = (
    "Daniel",
    "Marta",
    "Joseph",
    "Aisha",
    "Luca",
    "Irene",
    "Samuel",
    "Olga",
    "Peter",
    "Grace",
    "Tomas",
    "Nadia",
    "Victor",
    "Helena",
)
CITIES = (
    "Lisbon",
    "Accra",
    "Manila",
    "Oslo",
    "Lagos",
    "Dublin",
    "Bergen",
    "Belgrade",
    "Nairobi",
    "Valencia",
    "Krakow",
    "Porto",
    "Utrecht",
    "Trondheim",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
OFFENCES = (
    (
        "Armed robbery",
        "Article 158 of the Criminal Code",
        20,
        "entered a jewellery shop armed with a pistol, threatened the staff and took watches "
        "and rings worth EUR {amount}",
    ),
    (
        "Drug trafficking",
        "Article 71 of the Narcotics Act",
        15,
        "organised the transport of {kg} kg of cocaine hidden in a lorry loaded with frozen fish",
    ),
    (
        "Murder",
        "Article 113 of the Criminal Code",
        30,
        "stabbed a neighbour several times during a quarrel in the courtyard of the building",
    ),
    (
        "Aggravated fraud",
        "Article 221 of the Criminal Code",
        10,
        "obtained EUR {amount} from investors by presenting forged bank guarantees",
    ),
    (
        "Money laundering",
        "Article 305 of the Criminal Code",
        12,
        "transferred EUR {amount} of criminal proceeds through three shell companies",
    ),
    (
        "Human trafficking",
        "Article 183 of the Criminal Code",
        15,
        "recruited four women with false job offers and forced them to work without pay",
    ),
)


def _date(rng: np.random.Generator, y0: int, y1: int) -> str:
    day, month = int(rng.integers(1, 29)), MONTHS[int(rng.integers(0, 12))]
    return f"{day} {month} {int(rng.integers(y0, y1))}"


def _page(rng: np.random.Generator, n: int) -> list[Block]:
    family, given = FAMILY[int(rng.integers(len(FAMILY)))], GIVEN[int(rng.integers(len(GIVEN)))]
    city = CITIES[int(rng.integers(len(CITIES)))]
    offence, law, years, fact = OFFENCES[int(rng.integers(len(OFFENCES)))]
    fact = fact.format(
        amount=f"{int(rng.integers(40, 900))},{int(rng.integers(100, 999))}",
        kg=int(rng.integers(20, 400)),
    )
    when = _date(rng, 2019, 2024)
    warrant = f"{int(rng.integers(100, 999))}/{int(rng.integers(2019, 2025))}"
    kind = "WARRANT OF ARREST" if n % 2 else "RED NOTICE - SUMMARY"
    return [
        Block("banner", f"Sample file {n + 1:04d} - {kind}"),
        Block("h1", kind),
        Block(
            "fields",
            rows=(
                ("Family name:", family),
                ("Forename(s):", given),
                ("Date of birth:", _date(rng, 1960, 2000)),
                ("Place of birth:", city),
                ("Identity document:", f"passport {int(rng.integers(10**7, 10**8))}"),
                ("Charge:", offence),
                ("Law:", law),
                ("Maximum penalty:", f"up to {years} years' imprisonment"),
                (
                    "Arrest warrant:",
                    f"No. {warrant} issued on {when} by the District Court of {city}",
                ),
            ),
        ),
        Block("h2", "Summary of facts"),
        Block(
            "p",
            f"On {when}, in {city}, the subject {fact}. The subject was identified by "
            "witnesses, by video recordings and by telephone records, and left the country "
            "shortly afterwards. Extradition will be requested if the subject is located.",
        ),
        Block(
            "p",
            f"Reference {warrant}. The competent judicial authority confirms that the "
            "warrant remains valid and enforceable.",
        ),
        Block("small", FOOTER["en"]),
    ]


def _bench_doc(pages: int, seed: int) -> Doc:
    rng = np.random.default_rng(seed)
    return Doc("en", [_page(rng, n) for n in range(pages)], title=f"Benchmark {seed}")


def make_text_pdf(path: Path, pages: int, seed: int = 0) -> None:
    """An English PDF with a text layer, one notice- or warrant-like page per page."""
    path.write_bytes(html_to_pdf(_bench_doc(pages, seed)))


def make_scanned_pdf(
    path: Path, pages: int, seed: int = 0, truth: dict[str, str] | None = None
) -> None:
    """An English image-only PDF scanned at 300 dpi (skewed, noisy). If `truth` is given,
    it receives "<file name>#<page>" -> the page's source text."""
    doc = _bench_doc(pages, seed)
    rng = np.random.default_rng(seed + 1)
    images = [scan(img, rng, dpi=300) for img in rasterize(html_to_pdf(doc), 300)]
    path.write_bytes(images_to_pdf(images, 300, quality=75))
    if truth is not None:
        for n, text in enumerate(doc.page_texts(), 1):
            truth[f"{path.name}#{n}"] = text
