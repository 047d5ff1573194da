"""Take a concept note through the cycle the legal way, for tests of the steps after it."""

from datetime import date

from sqlalchemy.orm import Session

from sic_desktop.db import models as m
from sic_desktop.documents import samples
from sic_desktop.documents.note_records import save_form
from sic_desktop.services import note_status, records
from sic_desktop.services.settings import set_signatory
from sic_desktop.sheets.common import task_force_by_code

STEPS = ("submitted", "assessed", "validated", "expression of interest", "full proposal", "funded")


def sample_note(session: Session, code: str = "A2") -> str:
    """The complete sample concept note, saved for task force `code`."""
    task_force = task_force_by_code(session, code)
    return save_form(session, samples.concept_note_form(), task_force=task_force).note_id


def advance(session: Session, note_id: str, to: str, *, on: date = date(2025, 9, 25)) -> None:
    """Record, in order, what takes a complete note to status `to`."""
    note = records.get(session, m.ConceptNote, note_id)
    owner = {"task_force_id": note.task_force_id, "concept_note_id": note_id}
    funder = proposal = None
    for step in STEPS[:STEPS.index(to) + 1]:
        if step == "submitted":
            note_status.submit(session, note_id, why="Ready for the STC")
        elif step == "assessed":
            records.create(session, m.Assessment, assessor="STC member", assessed_on=on,
                           recommendation="recommended", **owner)
        elif step == "validated":
            records.create(session, m.Validation, decision="validated", decided_on=on, **owner)
        elif step == "expression of interest":
            funder = records.create(session, m.Funder, name="Green Climate Fund").record_id
            records.create(session, m.ExpressionOfInterest, funder_id=funder, sent_on=on,
                           answer="full proposal requested", **owner)
        elif step == "full proposal":
            proposal = records.create(session, m.FullProposal, funder_id=funder, submitted_on=on,
                                      **owner).record_id
        else:
            records.create(session, m.Agreement, funder_id=funder, full_proposal_id=proposal, signed_on=on,
                           **owner)


def name_signatory(session: Session) -> None:
    set_signatory(session, name="Paul Luu")
