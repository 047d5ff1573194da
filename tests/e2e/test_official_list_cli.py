"""Nominations with the real program: the Board's approval, the partner rule, the official list written."""

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from sic_desktop.services.reference import reference_id
from tests.docx_text import text_of

Cli = Callable[..., subprocess.CompletedProcess[str]]
A1, A3 = reference_id("task_force", "A1"), reference_id("task_force", "A3")
CYCLE = reference_id("cycle", "2022")
AFRICA = reference_id("region", "Africa")


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def nominate(cli: Cli, db: Path, name: str, organisation: str, task_force: str, role: str,
             region: str = "") -> str:
    person = ok(cli("--db", db, "records", "add", "person", f"name={name}", f"organisation_id={organisation}",
                    "country=Sénégal"))
    candidacy = ok(cli("--db", db, "records", "add", "candidacy", f"task_force_id={task_force}",
                       f"person_id={person}", f"cycle_id={CYCLE}", f"role={role}", f"region_id={region}",
                       "motivation=Ten years of soil carbon work"))
    ok(cli("--db", db, "records", "set", "candidacy", candidacy, "exsec_proposal=proposed"))
    return candidacy


@pytest.fixture
def approved(cli: Cli, master_db: Path) -> Path:
    """Two partners' people approved in A1 and A3; a consultant refused; one candidate still pending."""
    cirad = ok(cli("--db", master_db, "records", "add", "organisation", "name=CIRAD", "partner=yes"))
    agro = ok(cli("--db", master_db, "records", "add", "organisation", "name=Agro Consult Ltd", "partner=no"))
    awa = nominate(cli, master_db, "Awa Ndiaye", cirad, A1, "TFRR", AFRICA)
    lena = nominate(cli, master_db, "Lena Hoffmann", cirad, A3, "TFL")
    nominate(cli, master_db, "Paul Pending", cirad, A1, "TFL")
    bob = nominate(cli, master_db, "Bob Broker", agro, A1, "TFL")
    for candidacy in (awa, lena):
        ok(cli("--db", master_db, "records", "set", "candidacy", candidacy, "board_decision=approved",
               "decided_on=2022-11-20"))
    refused = cli("--db", master_db, "records", "set", "candidacy", bob, "board_decision=approved")
    assert refused.returncode == 4
    assert ("Bob Broker cannot be TFL of task force A1: their organisation, Agro Consult Ltd, is not a "
            "partner of the Initiative") in refused.stderr
    assert "Traceback" not in refused.stderr
    return master_db


def test_an_approved_candidacy_is_a_membership_and_on_the_official_list(cli: Cli, approved: Path,
                                                                        tmp_path: Path) -> None:
    memberships = json.loads(ok(cli("--db", approved, "records", "list", "membership", "--json")))
    people = {p["id"]: p["name"] for p in json.loads(ok(cli("--db", approved, "records", "list", "person",
                                                            "--json")))}
    assert sorted((people[m["person_id"]], m["role"], m["region_id"], m["status"]) for m in memberships) == [
        ("Awa Ndiaye", "TFRR", AFRICA, "active"), ("Lena Hoffmann", "TFL", None, "active")]
    ok(cli("--db", approved, "documents", "official-list", "--cycle", "2022", "list.docx", "--lang", "en"))
    text = text_of(tmp_path / "list.docx")
    assert "Official list 2022" in text
    assert "TFRR\tAwa Ndiaye\tCIRAD\tSénégal\tAfrica\t20 Nov 2022" in text
    assert "TFL\tLena Hoffmann\tCIRAD\tSénégal\t—\t20 Nov 2022" in text
    assert "Bob Broker" not in text and "Paul Pending" not in text
    a1, a2, a3 = (text.index(f"{code} · ") for code in ("A1", "A2", "A3"))
    assert a1 < text.index("Awa Ndiaye") < a2 < a3 < text.index("Lena Hoffmann")  # task force by task force
    assert "No leader or representative was approved for this task force in this cycle." in text
    ok(cli("--db", approved, "documents", "official-list", "--cycle", "2022", "liste.docx", "--lang", "fr"))
    french = text_of(tmp_path / "liste.docx")
    assert "Liste officielle 2022" in french and "20 nov. 2022" in french
    assert "Aucun responsable ni représentant n'a été approuvé" in french


def test_an_unknown_cycle_is_refused_by_name(cli: Cli, master_db: Path) -> None:
    result = cli("--db", master_db, "documents", "official-list", "--cycle", "1999", "list.docx")
    assert result.returncode != 0 and "No cycle 1999; known: 2022" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_official_list_as_pdf_through_libreoffice(cli: Cli, approved: Path, tmp_path: Path) -> None:
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed: PDF output needs it")
    ok(cli("--db", approved, "documents", "official-list", "--cycle", "2022", "lista.pdf", "--lang", "es"))
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "lista.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Lista oficial 2022" in text and "LISTA OFICIAL · CICLO 2022" in text
    assert "Awa Ndiaye" in text and "Lena Hoffmann" in text and "Bob Broker" not in text
