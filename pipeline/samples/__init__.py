"""Deterministic, fictional sample packets for demos, tests and benchmarks.

`generate.generate()` writes the packets below to `data/samples/` (one entry
per packet) and the exact text of every page to `tests/data/sample_truth.json`;
`make_text_pdf` and `make_scanned_pdf` build bulk pages for benchmarks. All
persons, courts, companies and case numbers are invented.

Packets (entry: files; what each is meant to exercise):

- 01-rn-robbery-text/: packet.yaml, red-notice.pdf, arrest-warrant.pdf.
  Clean: armed robbery; English text PDFs with a manifest.
- 02-diffusion-drugs-scan/: packet.yaml, diffusion.pdf, police-report.pdf.
  Clean: organised cocaine import; a 3-page image-only scan (skew, noise,
  blur, contrast loss), page 2 turned 90° so OCR must detect orientation.
- 03-rn-homicide-photo/: packet.yaml, red-notice.pdf, warrant-photo.jpg.
  Clean: murder; the warrant as a phone photo (desk border, 3-5° tilt,
  keystone, uneven light, blur, JPEG q60) stored sideways, EXIF Orientation=6.
- 04-rn-journaliste-fr/: packet.yaml, notice-rouge.pdf, mandat-arret.pdf,
  lettre-avocat.pdf. French; a journalist charged with false news and
  insulting the President after reporting on protests (journalist, speech,
  protest, timing); refugee status in Canada (English counsel letter,
  `other`); the warrant PDF has no Unicode maps, so its text layer is garbage.
- 05-rn-cheque-es/: packet.yaml, notificacion-roja.pdf, escrito-acusacion.docx.
  Spanish; a bounced cheque in a commercial dispute (private dispute);
  maximum penalty 18 months (under the 2-year threshold); DOCX indictment.
- 06-diffusion-absentia-ar/: packet.yaml, diffusion.pdf, judgment-ar.pdf.
  Arabic right-to-left judgment rendered in absentia; arson during a
  protest; a confession retracted as obtained under torture.
- 07-diffusion-email.eml: attachments diffusion.pdf, detention-decision.pdf.
  E-mail packet; opposition figure; boilerplate facts with no concrete act;
  case opened three days after an election; detention ordered by
  investigators, not a court.
- 08-rn-fraud-zip.zip: packet.yaml, red-notice.pdf, arrest-warrant.pdf,
  indictment.docx. Clean: zip packet; large-scale investment fraud by an
  organised group (a hard negative for "business dispute"); English DOCX.
- 09-rn-bundle-mixed.pdf: one PDF, notice on pages 1-2 (text layer) and the
  warrant on page 3 (scan turned 180°). Bundle to split; the notice is
  cancelled and past its validity date; the date of birth differs between
  notice (12 March 1983) and warrant (21 December 1981).
"""

from pipeline.samples.bench import make_scanned_pdf, make_text_pdf

__all__ = ["make_scanned_pdf", "make_text_pdf"]
