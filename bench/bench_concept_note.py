"""A full concept note (database read, template filled, saved) against python-docx writing the same text bare.

Run: python bench/bench_concept_note.py   (target: ratio <= 3.0)
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

from docx import Document

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sic_desktop.documents import samples
from sic_desktop.documents.concept_note import concept_note_context
from sic_desktop.documents.form import (
    BudgetLine,
    ConceptNoteForm,
    Indicator,
    Partner,
    WorkPlanItem,
)
from sic_desktop.documents.generate import write_concept_note
from sic_desktop.documents.note_records import save_form
from sic_desktop.services.site import init_database
from sic_desktop.sheets.common import task_force_by_code

REPEATS = 15
TEXT = ("Soil organic carbon rises where residues stay on the field, where trees return to the "
        "cropland and where grazing is planned with the herders who use the land. ")


def full_form() -> ConceptNoteForm:
    """A large note: every text several paragraphs long, every repeating part well filled."""
    form = samples.concept_note_form()
    for name in ("context", "baseline", "problem", "objectives", "outcomes", "outputs",
                 "activities", "theory_of_change", "soil_carbon_actions", "food_security",
                 "adaptation", "safeguards", "mrv", "beneficiaries", "risks", "sustainability"):
        setattr(form, name, "\n".join(TEXT * 3 for _ in range(4)))
    form.partners = [Partner(f"Partner organisation {n}", "Partner", TEXT) for n in range(20)]
    form.work_plan = [WorkPlanItem(f"Activity {n}: {TEXT[:60]}", f"Output {n}", "ISRA",
                                   form.work_plan[0].start, form.work_plan[0].end)
                      for n in range(30)]
    form.budget = [BudgetLine(f"Budget item {n}", "Personnel", 10000.0 * n, 500.0 * n, 250.0,
                              "ISRA") for n in range(25)]
    form.indicators = [Indicator(f"Indicator {n}", "ha", "0", str(1000 * n), TEXT[:80])
                       for n in range(15)]
    return form


def bare(context: dict[str, object], path: Path) -> None:
    """python-docx alone: every string of the context as a paragraph, every part as a table."""
    document = Document()
    for key, value in context.items():
        if isinstance(value, str):
            document.add_paragraph(value)
        elif isinstance(value, dict):
            for inner in value.values():
                document.add_paragraph(str(inner))
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            # The quick idiom (add_row().cells), not table.cell(r, c), which is quadratic.
            table = document.add_table(rows=1, cols=len(value[0]))
            for cell, title in zip(table.rows[0].cells, value[0], strict=True):
                cell.text = title
            for item in value:
                for cell, text in zip(table.add_row().cells, item.values(), strict=True):
                    cell.text = str(text)
        elif isinstance(value, list):
            document.add_heading(key, level=2)
            for text in value:
                document.add_paragraph(str(text))
    document.save(str(path))


def timed(action: object) -> float:
    started = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        store = init_database(folder / "bench.sqlite", role="secretariat", name="Bench",
                              author="bench")
        with store.session() as session, session.begin():
            note_id = save_form(session, full_form(),
                                task_force=task_force_by_code(session, "A2")).note_id
        with store.session() as session:
            from sic_desktop.documents.note_records import form_from_note, load_note, note_facts

            context = dict(concept_note_context(form_from_note(session, note_id),
                                                note_facts(session, load_note(session, note_id))))
            ours, baseline = [], []
            write_concept_note(session, note_id, folder / "warm.docx")  # imports, caches
            bare(context, folder / "warm-bare.docx")
            for n in range(REPEATS):
                ours.append(timed(lambda n=n: write_concept_note(
                    session, note_id, folder / f"note-{n}.docx")))
                baseline.append(timed(lambda n=n: bare(context, folder / f"bare-{n}.docx")))
        store.close()
        tables = len(Document(str(folder / "note-0.docx")).tables)
    ratio = statistics.median(ours) / statistics.median(baseline)
    print(f"full concept note ({tables} tables): median {statistics.median(ours) * 1000:.0f} ms")
    print(f"python-docx bare, same text:       median {statistics.median(baseline) * 1000:.0f} ms")
    print(f"ratio: {ratio:.2f} (target <= 3.0)")
    return 0 if ratio <= 3.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
