"""The master's concept-note rules for changes a region's bundle carries (for the merge to call)."""

from sic_desktop.db.store import Store
from sic_desktop.services.note_received import refusal, refusal_on
from sic_desktop.services.reference import reference_id
from tests.notes import advance, sample_note

A2 = reference_id("task_force", "A2")


def test_a_region_may_not_edit_a_submitted_note_or_type_what_the_master_decides(store: Store) -> None:
    with store.session() as session, session.begin():
        draft = sample_note(session)
        submitted = sample_note(session)
        advance(session, submitted, "submitted")
    with store.session() as session:
        def judge(signer: str = "tfrr", **change: object) -> str | None:
            values = {"record_id": submitted, "field": "title", "kind": "update", "row": None,
                      "new": "x"} | change
            return refusal(session, signer_role=signer, **values)  # type: ignore[arg-type]

        assert "read-only to its task force" in (judge(table="concept_note") or "")
        assert "read-only to its task force" in (judge(
            table="budget_line", record_id="b", field="*", kind="insert",
            new={"concept_note_id": submitted, "task_force_id": A2, "item": "More"}) or "")
        assert judge(table="concept_note", record_id=draft) is None  # still the task force's own
        assert judge(table="concept_note", signer="secretariat") is None
        assert "master copy writes it" in (judge(table="concept_note", record_id=draft, field="status",
                                                 new="validated") or "")
        assert "issued by the Secretariat" in (judge(
            table="letter_of_support", record_id="l", field="*", kind="insert",
            new={"concept_note_id": submitted, "reference": "LoS-2026-001"}) or "")
        assert "Secretariat's" in (judge(
            table="note_status_change", record_id="s", field="*", kind="insert",
            new={"concept_note_id": submitted, "to_status": "returned"}) or "")
        assert judge(table="note_status_change", record_id="s", field="*", kind="insert",
                     new={"concept_note_id": draft, "to_status": "submitted"}) is None
        assert "has not been submitted" in (judge(
            signer="stc", table="assessment", record_id="a", field="*", kind="insert",
            new={"concept_note_id": draft}) or "")
        assert judge(signer="stc", table="assessment", record_id="a", field="*", kind="insert",
                     new={"concept_note_id": submitted}) is None


def test_the_merge_can_ask_on_its_own_connection(store: Store) -> None:
    with store.session() as session, session.begin():
        note = sample_note(session)
        advance(session, note, "submitted")
    with store.session() as session, session.begin():
        reason = refusal_on(session.connection(), signer_role="tfl", table="concept_note", record_id=note,
                            field="title", kind="update", row=None, new="Changed after submission")
        assert reason is not None and "until the Secretariat returns it" in reason
