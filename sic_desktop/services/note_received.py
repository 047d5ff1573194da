"""The concept-note rules for a change received in a region's bundle, judged by the master copy.

For the merge's authorization (sync/merge.py Authority.check): call `refusal` for every change of a
non-Secretariat signer, before anything is applied, and refuse the bundle when it returns a reason. After
the merge, `note_rules.follow_notes(session, note_ids)` brings the stored statuses up to date.
"""

from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from sic_desktop.services.note_status import PARTS, submitted
from sic_desktop.text import Text

CONTENT_TABLES = frozenset({"concept_note", *(model.__tablename__ for model in PARTS)})
PINNED = frozenset({"concept_note_version", "content_sha256", "concept_note_id"})


def refusal(session: Session, *, signer_role: str, table: str, record_id: str, field: str, kind: str,
            row: dict[str, Any] | None, new: Any) -> Text | None:
    """Why the master refuses this received change under the concept-note rules, or None.

    `row` is the record as the master holds it (None for a new one); `new` the change's value (for an
    insert, every field of the new record); `kind` insert / update / delete / undelete.
    """
    if signer_role == "secretariat":
        return None
    after = dict(row or {})
    if kind == "insert" and isinstance(new, dict):
        after.update(new)
    elif kind == "update":
        after[field] = new
    if table == "letter_of_support":
        return Text("letters of support are issued by the Secretariat")
    if table == "note_status_change" and (kind != "insert" or after.get("to_status") != "submitted"):
        return Text("a task force submits its notes; returning one and the rest of a note's history are the "
                    "Secretariat's")
    if table == "concept_note" and field == "status" and kind == "update":
        return Text("a concept note's status follows its records: the master copy writes it")
    if table == "concept_note" and kind == "insert" and after.get("status") not in (None, "draft"):
        return Text("a new concept note starts as a draft")
    if table == "assessment" and kind == "update" and field in PINNED:
        return Text("an assessment's pin to the content it assessed is never changed")
    note_id = record_id if table == "concept_note" else after.get("concept_note_id")
    if not isinstance(note_id, str):
        return None
    if table in CONTENT_TABLES and submitted(session, note_id):
        return Text("concept note %1 has been submitted: it is read-only to its task force until the "
                    "Secretariat returns it", note_id)
    if table == "assessment" and kind == "insert" and not submitted(session, note_id):
        return Text("the STC assesses submitted notes; concept note %1 has not been submitted", note_id)
    return None


def refusal_on(connection: Connection, **change: Any) -> Text | None:
    """`refusal` for a caller holding the merge's connection (sync/merge.py Authority.check): reads
    the master's records as that connection sees them, inside its transaction."""
    with Session(bind=connection) as session:
        return refusal(session, **change)
