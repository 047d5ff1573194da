"""The concept note's warning by its amount requested when more is asked than the whole budget costs."""

from typing import Any

from sic_desktop.services.budget import over_budget, read_budget
from ui.rows import reader
from ui.translate import translated

FIELD = "amount_requested"


def check_budget(form: Any) -> None:
    """Read the note's budget and warn next to its amount requested (the amount is saved all the same)."""
    if form.model.__tablename__ != "concept_note" or form.record_id is None or FIELD not in form.messages:
        return
    note_id = form.record_id

    def job(session: Any, _control: Any) -> Any:
        budget = read_budget(session, note_id)
        return over_budget(budget, reader()) if budget is not None else None

    form.hub.read(job, lambda warning: _show(form, warning))


def _show(form: Any, warning: Any) -> None:
    shown = form.messages[FIELD]
    if warning is not None:
        form._set_problem(FIELD, translated(warning))  # a core sentence, in the person's language
    elif getattr(form, "budget_warning", False):  # only our own warning is cleared, never a refusal
        form._set_problem(FIELD, None)
    form.budget_warning = warning is not None and shown.text() != ""
