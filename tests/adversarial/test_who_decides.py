"""Issue 13's stories through the real program: a Secretariat, a TFRR, a TFL and an STC copy.

The Secretariat (sec) takes an A2 note through the STC's assessment to the Bureau's "not validated",
has an A1 note submitted for assessment and an A1 draft, people in A1, in A2 and in none, an
organisation, a funder and an A2 candidacy. Each forbidden write is tried in the region's own copy
(`records`, exit 4) and as a bundle validly signed with the region's trusted key (exit 4 at the
Secretariat); either way the records stay byte-identical. The STC copy's assessment merges.
"""

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.adversarial.conftest import refused
from tests.e2e.test_sync_helpers import Site, World, change_line, environment, forge, lines, task_force

A1, A2 = task_force("A1"), task_force("A2")
ROOT = Path(__file__).resolve().parents[2]
NEW_ID = "20000000-0000-4000-8000-000000000013"

SETUP = """
import json, sys
from datetime import date
from pathlib import Path
from sic_desktop.db import models as m
from sic_desktop.db.store import open_store
from sic_desktop.services import note_status, records
from tests.notes import advance, sample_note
store = open_store(Path(sys.argv[1]))
ids = {}
with store.session() as s, s.begin():
    ids["judged"] = sample_note(s, "A2")
    advance(s, ids["judged"], "assessed")
    owner = s.get(m.ConceptNote, ids["judged"]).task_force_id
    ids["validation"] = records.create(s, m.Validation, task_force_id=owner,
        concept_note_id=ids["judged"], decision="not validated", decided_on=date(2026, 11, 20)).record_id
    ids["submitted"] = sample_note(s, "A1")
    note_status.submit(s, ids["submitted"], why="Ready for the STC")
    ids["draft"] = records.create(s, m.ConceptNote, task_force_id=json.loads(sys.argv[2])["A1"],
                                  title="Half written").record_id
    tf = json.loads(sys.argv[2])
    for key, name, email, codes in (("kofi", "Kofi Mensah", "kofi@a2.example.org", ["A2"]),
                                    ("lucia", "Lucia Rojas", "lucia@a1.example.org", ["A1"]),
                                    ("moussa", "Moussa Traore", "moussa@none.example.org", []),
                                    ("ana", "Ana Quispe", "ana@both.example.org", ["A1", "A2"])):
        ids[key] = records.create(s, m.Person, name=name, email=email).record_id
        for code in codes:
            records.create(s, m.Membership, task_force_id=tf[code], person_id=ids[key], role="TFM")
    ids["candidacy"] = records.create(s, m.Candidacy, task_force_id=tf["A2"], person_id=ids["kofi"],
                                      role="TFL").record_id
    ids["organisation"] = records.create(s, m.Organisation, name="CIRAD").record_id
    ids["funder"] = records.create(s, m.Funder, name="Green Climate Fund").record_id
    ids["activity"] = records.create(s, m.Activity, task_force_id=tf["A1"], title="Biochar trials").record_id
print(json.dumps(ids))
store.close()
"""


@dataclass
class Copies:
    world: World
    sec: Site
    tfrr: Site  # TFRR of A2 for Africa
    tfl: Site  # TFL of A1
    stc: Site  # an STC assessor
    ids: dict[str, str]


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> Copies:
    folder = tmp_path_factory.mktemp("decides")
    (folder / "home").mkdir()
    world = World(folder)
    sec = world.secretariat()
    tfrr = world.region("tfrr", sec, task_forces=("A2",), region="Africa")
    tfl = world.region("tfl", sec, task_forces=("A1",), region=None, role="tfl")
    stc = world.region("stc", sec, role="stc")
    env = environment(folder / "home") | {"PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get(
        "PYTHONPATH", "")])}
    made = subprocess.run([sys.executable, "-c", SETUP, str(sec.db), json.dumps({"A1": A1, "A2": A2})],
                          cwd=folder, env=env, capture_output=True, text=True, timeout=180, check=False)
    assert made.returncode == 0, made.stderr
    for site in (tfrr, tfl, stc):
        site.import_(sec.export(for_site=site))
    return Copies(world, sec, tfrr, tfl, stc, json.loads(made.stdout))


def _refused_here(copies: Copies, site: Site, *args: str, words: str) -> None:
    before = site.dump()
    result = copies.world.run("--db", site.db, "records", *args, check=None)
    assert result.returncode == 4, (args, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert words in result.stderr, result.stderr
    assert site.dump() == before


def _forged(copies: Copies, signer: Site, *changes: dict[str, Any], words: str) -> None:
    refused(copies.world, copies.sec, forge(signer, copies.sec, lines(*changes)), words)


def _update(signer: Site, table: str, record: str, field: str, old: Any, new: Any) -> dict[str, Any]:
    return change_line(signer, 1, table=table, record=record, kind="update", field=field, old=old, new=new)


def _insert(signer: Site, table: str, **values: Any) -> dict[str, Any]:
    return change_line(signer, 1, table=table, record=NEW_ID, new={"deleted": False, **values})


def test_a_tfrr_copy_may_not_take_the_decisions_of_the_stc_the_bureau_the_board_or_the_secretariat(
    copies: Copies,
) -> None:
    tfrr, ids = copies.tfrr, copies.ids
    note = f"concept_note_id={ids['judged']}"
    _refused_here(copies, tfrr, "add", "assessment", f"task_force_id={A2}", note, "assessor=Me",
                  words="STC assessment records are written by the STC or the Executive Secretariat")
    _refused_here(copies, tfrr, "add", "validation", f"task_force_id={A2}", note, "decision=validated",
                  "decided_on=2026-11-21", words="Executive Secretariat")
    _refused_here(copies, tfrr, "set", "candidacy", ids["candidacy"], "board_decision=approved",
                  words='"Governing Board decision" of the candidacy is the Executive Secretariat')
    _refused_here(copies, tfrr, "add", "letter_of_support", f"task_force_id={A2}", note,
                  "reference=LoS-2026-001", "issued_on=2026-11-22", words="Executive Secretariat")
    _refused_here(copies, tfrr, "set", "validation", ids["validation"], "decision=validated",
                  words="Bureau validation records are the Executive Secretariat's")


def test_the_same_decisions_signed_with_the_tfrrs_trusted_key_are_refused_at_the_secretariat(
    copies: Copies,
) -> None:
    tfrr, ids = copies.tfrr, copies.ids
    owner = {"task_force_id": A2, "concept_note_id": ids["judged"]}
    _forged(copies, tfrr, _insert(tfrr, "assessment", assessor="Me", concept_note_version=1, **owner),
            words="written by the STC or the Executive Secretariat")
    _forged(copies, tfrr, _update(tfrr, "candidacy", ids["candidacy"], "board_decision", None, "approved"),
            words='"Governing Board decision" of the candidacy')
    flip = _update(tfrr, "validation", ids["validation"], "decision", "not validated", "validated")
    _forged(copies, tfrr, flip, words="Bureau validation records are the Executive Secretariat's")
    assert copies.sec.records("validation")[ids["validation"]]["decision"] == "not validated"


def test_two_copies_cannot_both_issue_letter_number_one(copies: Copies) -> None:
    for region in (copies.tfrr, copies.tfl):
        note = copies.ids["judged"] if region is copies.tfrr else copies.ids["submitted"]
        letter = _insert(region, "letter_of_support", task_force_id=A2 if region is copies.tfrr else A1,
                         concept_note_id=note, reference="LoS-2026-001", issued_on="2026-11-22")
        _forged(copies, region, letter, words="Executive Secretariat")
    assert copies.sec.records("letter_of_support") == {}


def test_a_tfl_copy_may_not_edit_another_task_forces_person_a_partner_flag_or_a_funder(
    copies: Copies,
) -> None:
    tfl, ids = copies.tfl, copies.ids
    # The TFL's copy does not even hold A2's member: the master bundle left them out.
    assert ids["kofi"] not in tfl.records("person")
    _refused_here(copies, tfl, "set", "organisation", ids["organisation"], "partner=yes",
                  words='"Partner of the Initiative" of the organisation \'CIRAD\' is the Executive')
    _refused_here(copies, tfl, "set", "funder", ids["funder"], "url=https://example.org/gcf",
                  words="funder records are the Executive Secretariat's")
    _refused_here(copies, tfl, "set", "concept_note", ids["draft"], "status=funded", words="status")
    # A person of A1 who is also A2's: the copy knows it (her A2 membership came with her) and says so.
    _refused_here(copies, tfl, "set", "person", ids["ana"], "email=ana@elsewhere.example.org",
                  words="the person 'Ana Quispe' is also a member of task force A2, outside this copy's (A1)")
    # Signed with its trusted key, the same edits (and A2's person's e-mail) are refused whole.
    _forged(copies, tfl, _update(tfl, "person", ids["kofi"], "email", "kofi@a2.example.org",
                                 "kofi@stolen.example.org"), words="also a member of task force A2")
    _forged(copies, tfl, _update(tfl, "organisation", ids["organisation"], "partner", False, True),
            words='"Partner of the Initiative"')
    _forged(copies, tfl, _update(tfl, "funder", ids["funder"], "name", "Green Climate Fund", "Ours"),
            words="funder records are the Executive Secretariat's")
    _forged(copies, tfl, _update(tfl, "concept_note", ids["draft"], "status", "draft", "funded"),
            words="status follows its records")
    # Its own task force's person it edits, and the Secretariat takes the edit.
    copies.world.run("--db", tfl.db, "records", "set", "person", ids["lucia"], "country=Chile")
    assert copies.sec.import_(tfl.export()).returncode == 0
    assert copies.sec.records("person")[ids["lucia"]]["country"] == "Chile"


def test_a_regions_laptop_holds_only_the_people_of_its_own_task_forces(copies: Copies) -> None:
    ids = copies.ids
    for site, mine, theirs in ((copies.tfrr, "kofi", "lucia"), (copies.tfl, "lucia", "kofi")):
        people = site.records("person")
        assert ids[mine] in people and ids["moussa"] in people and ids["ana"] in people
        assert ids[theirs] not in people
        assert f"{theirs}@".encode() not in site.db.read_bytes()  # not even in the file's free pages
    assert ids["activity"] in copies.tfl.records("activity")  # its own task force's records it holds
    assert ids["activity"] not in copies.tfrr.records("activity")


def test_an_stc_copy_sees_the_submitted_notes_and_writes_only_its_assessments(copies: Copies) -> None:
    stc, sec, ids = copies.stc, copies.sec, copies.ids
    trusted = {entry["name"]: entry for entry in copies.world.json("--db", sec.db, "trust", "list")}
    assert trusted["Region stc"]["role"] == "stc" and trusted["Region stc"]["task_forces"] == []
    assert set(stc.records("concept_note")) == {ids["judged"], ids["submitted"]}  # not the draft
    assert stc.records("activity") == {} and stc.records("membership") == {}
    assert not {ids["kofi"], ids["lucia"]} & set(stc.records("person"))
    assert stc.records("budget_line")  # a note comes with what the STC reads of it
    # Nothing else: in its own copy, nor signed with its key.
    _refused_here(copies, stc, "set", "concept_note", ids["submitted"], "title=Better",
                  words="an STC assessor's copy writes only STC assessments and their scores")
    _refused_here(copies, stc, "add", "person", "name=Ana Quispe", words="writes only STC assessments")
    _forged(copies, stc, _update(stc, "concept_note", ids["submitted"], "title", "x", "Better"),
            words="writes only STC assessments")
    decision = _insert(stc, "validation", task_force_id=A1, concept_note_id=ids["submitted"],
                       decision="validated", decided_on="2026-11-21")
    _forged(copies, stc, decision, words="Executive Secretariat")
    # The Secretariat's own assessment of the A2 note is not the assessor's to change.
    [theirs] = [key for key, row in sec.records("assessment").items()
                if row["concept_note_id"] == ids["judged"]]
    _refused_here(copies, stc, "set", "assessment", theirs, "recommendation=not recommended",
                  words="an STC copy changes only the assessments it made")
    change = _update(stc, "assessment", theirs, "recommendation", "recommended", "not recommended")
    _forged(copies, stc, change, words="an STC copy changes only the assessments it made")
    # Its assessment of the A1 note it was sent merges at the Secretariat.
    added = copies.world.run("--db", stc.db, "records", "add", "assessment", f"task_force_id={A1}",
                             f"concept_note_id={ids['submitted']}", "assessor=STC member",
                             "assessed_on=2026-10-01", "recommendation=recommended").stdout.strip()
    assert sec.import_(stc.export()).returncode == 0
    assert sec.records("assessment")[added]["recommendation"] == "recommended"
    # The master re-derives the status of the note the merged assessment names (and of no other).
    assert sec.records("concept_note")[ids["submitted"]]["status"] == "assessed"
