"""Validation reasons: English sentences everywhere, with a template and values the window translates."""

import ast
import json
import pickle
from pathlib import Path

import pytest

from sic_desktop.db.models import Activity, Person
from sic_desktop.db.store import Store
from sic_desktop.services import records, validation
from sic_desktop.services.reference import reference_id
from sic_desktop.services.validation import TEMPLATES, InvalidRecord, Reason, fill


def test_an_invalid_record_says_in_english_what_is_wrong(store: Store) -> None:
    with store.session() as session, session.begin(), pytest.raises(InvalidRecord) as refused:
        records.create(session, Person, name="Ana", email="abc")
    # What the command line and the logs show: the same sentence as ever, the value quoted.
    assert str(refused.value) == "The person cannot be saved - Email: 'abc' is not an e-mail address"
    reason = refused.value.problems["email"]
    assert reason == "'abc' is not an e-mail address"
    assert isinstance(reason, Reason)
    assert (reason.template, reason.args) == ("%1 is not an e-mail address", ("'abc'",))


def test_a_choice_reason_carries_the_choices_apart(store: Store) -> None:
    with store.session() as session, session.begin(), pytest.raises(InvalidRecord) as refused:
        records.create(session, Activity, task_force_id=reference_id("task_force", "A1"), title="Mapping",
                       status="someday")
    reason = refused.value.problems["status"]
    assert str(reason) == "'someday' is not one of: planned, ongoing, completed"
    assert isinstance(reason, Reason)
    assert reason.template == "%1 is not one of: %2"
    assert reason.args == ("'someday'", ("planned", "ongoing", "completed"))
    assert "Status: 'someday' is not one of: planned, ongoing, completed" in str(refused.value)


def test_a_reason_is_plain_text_to_everything_else() -> None:
    reason = Reason("%1 is not a web link (http:// or https://)", "'ftp://x'")
    assert json.dumps({"url": reason}) == '{"url": "\'ftp://x\' is not a web link (http:// or https://)"}'
    assert f"URL: {reason}" == "URL: 'ftp://x' is not a web link (http:// or https://)"
    assert type(str(reason)) is str
    again = pickle.loads(pickle.dumps(reason))
    assert (again, again.template, again.args) == (reason, reason.template, reason.args)
    assert Reason("is required") == "is required" and Reason("is required").args == ()


def test_values_are_put_in_once() -> None:
    # A value that itself holds "%2" stays as it was typed.
    assert fill("%1 is not one of: %2", ["'50%2'", "a, b"]) == "'50%2' is not one of: a, b"
    assert str(Reason("%1 is not a number", "'%1'")) == "'%1' is not a number"
    assert fill("%1 and %3", ["x"]) == "x and %3"  # a place without a value is left alone


def test_every_reason_the_core_gives_is_listed_for_translation() -> None:
    source = Path(validation.__file__).read_text(encoding="utf-8")
    given = {call.args[0].value for call in ast.walk(ast.parse(source))
             if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "Reason"
             and call.args and isinstance(call.args[0], ast.Constant)}
    assert given == set(TEMPLATES)
