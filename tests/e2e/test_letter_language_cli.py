"""A filed letter of support stays in the language it was issued in, and can be written again in another."""

from datetime import date
from pathlib import Path

from docx import Document

from sic_desktop.db.store import Store
from sic_desktop.documents.letters import record_bureau_decision
from sic_desktop.services.settings import set_signatory
from tests.e2e.test_documents_cli import Cli, note_id, ok, store
from tests.notes import advance, name_signatory

__all__ = ["note_id", "store"]


def docx_text(path: Path) -> str:
    document = Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_the_secretariat_writes_an_english_letter_again_in_french_with_its_number_date_and_signatory(
        cli: Cli, master_db: Path, tmp_path: Path, store: Store, note_id: str) -> None:
    with store.session() as session, session.begin():
        advance(session, note_id, "assessed")
        name_signatory(session)  # Paul Luu signs this one
        issued = record_bureau_decision(session, concept_note_id=note_id, decision="validated",
                                        decided_on=date(2025, 9, 25))
        set_signatory(session, name="Maria Gómez")  # who signs the letters from now on
    assert issued is not None and issued.reference == "LoS-2025-001"
    db = ("--db", master_db)
    before = ok(cli(*db, "dump")).stdout

    ok(cli(*db, "documents", "letter-of-support", note_id, "lettre.docx", "--lang", "fr"))
    french = docx_text(tmp_path / "lettre.docx")
    assert "Notre référence : LoS-2025-001" in french and "25 septembre 2025" in french
    assert "a validé la note conceptuelle" in french
    assert "Paul Luu" in french and "Maria Gómez" not in french
    assert "September" not in french and "Our reference" not in french
    ok(cli(*db, "documents", "letter-of-support", note_id, "carta.docx", "--lang", "es"))
    assert "25 de septiembre de 2025" in docx_text(tmp_path / "carta.docx")
    assert ok(cli(*db, "dump")).stdout == before  # no new number, nothing filed

    # Without --lang, or in its own language, the letter is the filed document itself, byte for byte.
    ok(cli(*db, "documents", "letter-of-support", note_id, "filed.docx"))
    ok(cli(*db, "documents", "letter-of-support", note_id, "english.docx", "--lang", "en"))
    assert (tmp_path / "filed.docx").read_bytes() == issued.document
    assert (tmp_path / "english.docx").read_bytes() == issued.document
