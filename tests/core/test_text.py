"""The core's messages: the same English sentences as ever, carrying the template the window translates."""

import ast
import json
import pickle
import re
from pathlib import Path

import pytest

import sic_desktop
from sic_desktop.db.models import Person
from sic_desktop.db.store import Store
from sic_desktop.errors import InputRefused, NotFound, RowError
from sic_desktop.services import records
from sic_desktop.services.validation import Reason
from sic_desktop.sheets.members import import_members
from sic_desktop.sheets.workbook import SheetErrors
from sic_desktop.sync import bundle, canonical
from sic_desktop.text import Text, joined, word
from tests.sheets import members_sheet

CORE = Path(sic_desktop.__file__).parent
WORDS = CORE.parent / "ui" / "words.py"
# The errors a person may meet; their messages must be Texts (a literal English string stays English).
ERRORS = {"SicError", "UsageError", "InputRefused", "DatabaseTooNew", "NotFound", "ReadOnly", "Quarantined",
          "KeyMissing", "KeyExists", "PassphraseProblem", "PdfUnavailable", "CellProblem", "_Refusal"}
# Where English is meant: the command line's own words, and the change log's guards against bugs.
ENGLISH_ONLY = ("cli/", "db/changelog.py")


def test_a_text_is_its_english_sentence() -> None:
    text = Text("%1 is not a SIC Desktop bundle (not a ZIP file, or cut short)", "x.zip")
    assert text == "x.zip is not a SIC Desktop bundle (not a ZIP file, or cut short)"
    assert type(str(text)) is str and f"{text}" == str(text)
    assert (text.template, text.args, text.context) == (
        "%1 is not a SIC Desktop bundle (not a ZIP file, or cut short)", ("x.zip",), "core")
    assert json.dumps([text]) == json.dumps([str(text)])
    again = pickle.loads(pickle.dumps(text))
    assert (again, again.template, again.args) == (text, text.template, text.args)


def test_values_may_be_texts_lists_and_numbers() -> None:
    inner = Text("the %1 %2", word("activity", "records"), "'Mapping'")
    outer = Text("Cannot %1: %2. Undo or change back those edits first; nothing was changed",
                 Text("undo %1", "the import"), joined([Text("%1 was moved to the trash since", inner),
                                                        Text("and %1 more", 3)], "; "))
    assert str(outer) == ("Cannot undo the import: the activity 'Mapping' was moved to the trash since; "
                          "and 3 more. Undo or change back those edits first; nothing was changed")
    assert outer.args[1].separator == "; " and outer.args[1].args == (tuple(outer.args[1].args[0]),)
    assert inner.args[0].context == "records"
    assert Text("a %1 b", "50%2", 7) == "a 50%2 b"  # a value is put in once, never filled again
    assert str(Text("%1; known: %2", "'X'", ("A1", "A2"))) == "'X'; known: A1, A2"


def test_a_counting_text_reads_one_or_many_in_english() -> None:
    found = [Text("Nothing was imported: %n problem(s) found\n%1", "  details", count=n) for n in (0, 1, 2)]
    assert found == ["Nothing was imported: 0 problems found\n  details",
                     "Nothing was imported: 1 problem found\n  details",
                     "Nothing was imported: 2 problems found\n  details"]
    assert found[1].template == "Nothing was imported: %n problem(s) found\n%1" and found[1].counted == 1
    again = pickle.loads(pickle.dumps(found[1]))
    assert (again, again.counted, again.args) == (found[1], 1, ("  details",))
    assert Text("%1 is %2", "x", "y").counted is None
    lines = pickle.loads(pickle.dumps(joined(["a", "b"], "\n")))
    assert (lines, lines.separator) == ("a\nb", "\n")  # its English is made again with its own separator


def test_a_reason_is_a_text_of_the_validation_context() -> None:
    reason = Reason("%1 is not an e-mail address", "'abc'")
    assert isinstance(reason, Text) and reason.context == "validation"
    assert reason == "'abc' is not an e-mail address"


def test_not_found_reads_as_before(store: Store) -> None:
    with store.session() as session, pytest.raises(NotFound) as refused:
        records.get(session, Person, "nobody")
    assert str(refused.value) == "No person with id nobody"
    message = refused.value.args[0]
    assert isinstance(message, Text) and message.template == "No %1 with id %2"
    assert (message.args[0].context, message.args[0]) == ("records", "person")


def test_a_refused_spreadsheet_reads_as_before(store: Store, tmp_path: Path) -> None:
    sheet = members_sheet(tmp_path / "members.xlsx", [
        [None, "Ana", "not-an-address", None, None, "Atlantis", "TFM", None, None],
        [None, None, "bo@example.org", None, None, None, "Boss", None, None],
    ])
    with store.session() as session, session.begin(), pytest.raises(SheetErrors) as refused:
        import_members(session, sheet, task_force="A1")
    assert str(refused.value) == (
        "Nothing was imported: 4 problems found\n"
        "  Members, row 2, column 'Email': 'not-an-address' is not an e-mail address\n"
        "  Members, row 2, column 'Region': unknown region 'Atlantis'; known: " + _regions(store) + "\n"
        "  Members, row 3, column 'Name': is required\n"
        "  Members, row 3, column 'Role': 'Boss' is not one of: TFL, TFRR, TFM")
    message = refused.value.args[0]
    assert (message.template, message.counted) == ("Nothing was imported: %n problem(s) found\n%1", 4)
    first = refused.value.errors[0]
    assert isinstance(first, RowError) and first.args[0].template == "%1, row %2, column %3: %4"
    assert isinstance(first.reason, Text) and first.reason.template == "%1 is not an e-mail address"


def _regions(store: Store) -> str:
    from sqlalchemy import select

    from sic_desktop.db.models import Region

    with store.session() as session:
        return ", ".join(sorted(session.scalars(select(Region.name))))


def test_a_broken_bundle_reads_as_before(tmp_path: Path) -> None:
    with pytest.raises(InputRefused) as refused:
        bundle.read(b"not a zip at all", lambda key: None, what="x.sicbundle")
    assert str(refused.value) == "x.sicbundle is not a SIC Desktop bundle (not a ZIP file, or cut short)"
    with pytest.raises(InputRefused) as empty:
        bundle.read(b"", lambda key: None)
    assert str(empty.value) == "the bundle is empty"
    assert empty.value.args[0].args[0].template == "the bundle"  # the default name is translated too


def _calls(tree: ast.AST) -> list[ast.Call]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)]


def test_every_core_template_is_listed_for_translation() -> None:
    listed = WORDS.read_text(encoding="utf-8")
    missing = []
    for path in sorted(CORE.rglob("*.py")):
        for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            if call.func.id == "Text" and call.args and isinstance(call.args[0], ast.Constant):  # type: ignore[attr-defined]
                template = call.args[0].value
                assert isinstance(template, str)
                quoted = json.dumps(template, ensure_ascii=False)
                counted = any(k.arg == "count" for k in call.keywords)  # a plural, marked for lupdate
                entry = (f'QCoreApplication.translate("core", {quoted}, None, 2)' if counted
                         else f'QT_TRANSLATE_NOOP("core", {quoted})')
                if re.sub(r"%\d", "", template).strip() and entry not in listed:
                    missing.append(template)
    assert missing == [], "run python -m dev.wordlist, then make translations"


def test_the_errors_a_person_meets_carry_a_text() -> None:
    english = []
    for path in sorted(CORE.rglob("*.py")):
        where = path.relative_to(CORE).as_posix()
        if where.startswith(ENGLISH_ONLY) or "/migrations/" in where:
            continue
        for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            name = call.func.id  # type: ignore[attr-defined]
            first = call.args[0] if call.args else None
            if name == "Text" and isinstance(first, ast.JoinedStr):
                english.append(f"{where}:{call.lineno}: Text(f'...') cannot be translated")
            if name in ERRORS and isinstance(first, ast.JoinedStr | ast.Constant):
                english.append(f"{where}:{call.lineno}: {name} with plain English")
    assert english == []


def test_a_refused_change_and_line_are_named() -> None:
    # Good lines get no name of their own (it costs time); a refused one is named in the message.
    with pytest.raises(InputRefused) as refused:
        bundle._change({"bogus": 1}, "x.sicbundle", 7)
    assert str(refused.value) == "x.sicbundle: change 7: not a change (wrong or missing keys)"
    assert refused.value.message.args[0].template == "%1: change %2"  # type: ignore[attr-defined]
    with pytest.raises(InputRefused) as line:
        canonical.loads_lines(b'{"a": 1}\n{"a": NaN}\n', what="changes")
    assert str(line.value) == "changes, line 2: NaN is not a number JSON allows"
