"""Every document in French and Spanish through the real command line, rendered by LibreOffice."""

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from sic_desktop.db.store import Store
from sic_desktop.documents.letters import record_bureau_decision
from tests.e2e.test_documents_cli import Cli, add_meeting, note_id, ok, store
from tests.notes import advance, name_signatory

__all__ = ["note_id", "store"]  # fixtures shared with the English documents' tests

# (document, a translated heading or label, the month as that language writes it)
EXPECTED = {
    "fr": {"note": ("10. Durabilité et passage à l'échelle", "Version 1"),
           "letter": ("Notre référence : LoS-2025-001", "25 septembre 2025"),
           "minutes": ("Ordre du jour", "18 février 2025"),
           "report": ("1. Membres par rôle et par région", "Rapport annuel d'avancement 2022")},
    "es": {"note": ("10. Sostenibilidad y escalamiento", "Versión 1"),
           "letter": ("Nuestra referencia: LoS-2025-001", "25 de septiembre de 2025"),
           "minutes": ("Orden del día", "18 de febrero de 2025"),
           "report": ("1. Miembros por función y región", "Informe anual de avance 2022")},
}


def pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


@pytest.mark.slow
@pytest.mark.parametrize("language", ["fr", "es"])
def test_each_document_in_french_and_spanish(cli: Cli, master_db: Path, tmp_path: Path, store: Store,
                                             note_id: str, language: str) -> None:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed: PDF output needs it")
    meeting_id = add_meeting(store)
    with store.session() as session, session.begin():
        advance(session, note_id, "assessed")  # the Bureau decides on an assessed note
        name_signatory(session)
        record_bureau_decision(session, concept_note_id=note_id, decision="validated",
                               decided_on=date(2025, 9, 25))
    lang = ("--lang", language)
    ok(cli("--db", master_db, "documents", "concept-note", note_id, "note.pdf", *lang))
    ok(cli("--db", master_db, "documents", "minutes", meeting_id, "minutes.pdf", *lang))
    ok(cli("--db", master_db, "documents", "annual-report", "--cycle", "2022", "report.pdf", *lang))
    # The letter was issued (and filed) in English with the decision; a new one is asked for here.
    ok(cli("--db", master_db, "documents", "letter-of-support", note_id, "letter.docx"))
    for name, (heading, dated) in EXPECTED[language].items():
        if name == "letter":
            continue
        text = pdf_text(tmp_path / f"{name}.pdf")
        assert heading in text, (name, text[:400])
        assert dated in text, (name, text[:400])
    minutes = pdf_text(tmp_path / "minutes.pdf")
    assert ("En ligne" if language == "fr" else "En línea") in minutes


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_letter_issued_in_french_or_spanish(cli: Cli, master_db: Path, tmp_path: Path, store: Store,
                                              note_id: str, language: str) -> None:
    from docx import Document

    from sic_desktop.documents import languages

    with store.session() as session, session.begin():
        advance(session, note_id, "assessed")
        name_signatory(session)
    with store.session() as session, session.begin(), languages.writing_in(language):
        issued = record_bureau_decision(session, concept_note_id=note_id, decision="validated",
                                        decided_on=date(2025, 9, 25))
    assert issued is not None
    (tmp_path / "l.docx").write_bytes(issued.document)
    document = Document(str(tmp_path / "l.docx"))
    text = "\n".join(p.text for p in document.paragraphs)
    heading, dated = EXPECTED[language]["letter"]
    assert heading in text and dated in text
    assert ("a validé la note conceptuelle" if language == "fr" else "validó la nota conceptual") in text


def test_a_template_replaced_in_one_language_keeps_working(master_db: Path, tmp_path: Path,
                                                            store: Store, note_id: str) -> None:
    from docx import Document

    from sic_desktop.documents import generate, languages
    from sic_desktop.documents.concept_note import concept_note_context
    from sic_desktop.documents.note_records import form_from_note, load_note, note_facts
    from sic_desktop.paths import resources_dir

    own = tmp_path / "own-templates"
    own.mkdir()
    replaced = Document(str(resources_dir() / "templates" / "concept-note.fr.docx"))
    replaced.add_paragraph("Modèle du Secrétariat : {{ title }}")
    replaced.save(str(own / "concept-note.fr.docx"))
    texts = {}
    with store.session() as session:
        note = load_note(session, note_id)
        context = concept_note_context(form_from_note(session, note.id), note_facts(session, note))
        for language in ("fr", "es", "en"):
            with languages.writing_in(language):
                generate.save("concept-note", context, tmp_path / f"{language}.docx", overrides=own)
            written = Document(str(tmp_path / f"{language}.docx"))
            texts[language] = "\n".join(p.text for p in written.paragraphs)
    assert "Modèle du Secrétariat : Restoring soil carbon" in texts["fr"]
    assert "Modèle du Secrétariat" not in texts["es"] and "3. Socios" in texts["es"]
    assert "Modèle du Secrétariat" not in texts["en"] and "3. Partners" in texts["en"]


def test_a_french_template_is_checked_as_the_document_it_is_for(cli: Cli, master_db: Path,
                                                                tmp_path: Path) -> None:
    from sic_desktop.paths import resources_dir

    shutil.copyfile(resources_dir() / "templates" / "concept-note.fr.docx", tmp_path / "concept-note.fr.docx")
    result = ok(cli("--db", master_db, "documents", "check-template", "concept-note.fr.docx"))
    assert "concept-note.fr.docx: no problems found" in result.stdout
