"""The annual report adds up with the cycle overview: its counts, progress-report texts, trends, strays."""

from datetime import date
from pathlib import Path

from docx import Document

from sic_desktop.db import models as m
from sic_desktop.db.store import Store
from sic_desktop.documents.generate import write_annual_report
from sic_desktop.documents.languages import writing_in
from sic_desktop.services import records
from sic_desktop.services.cycle_overview import cycle_overview
from sic_desktop.services.reference import reference_id
from tests.docx_text import text_of

A1, A2 = reference_id("task_force", "A1"), reference_id("task_force", "A2")
CYCLE = reference_id("cycle", "2022")


def _a_year_of_work(store: Store) -> None:
    with store.session() as session, session.begin():
        for title in ("Biochar trials", "Sahel pastures"):
            records.create(session, m.Activity, task_force_id=A1, cycle_id=CYCLE, title=title,
                           status="ongoing")
        records.create(session, m.Activity, task_force_id=A2, cycle_id=CYCLE, title="Andean soils")
        # Records of an older copy, made before activities had a cycle (new ones take the current one).
        records.create(session, m.Activity, task_force_id=A1, title="Imported without a cycle", cycle_id=None)
        records.create(session, m.Activity, task_force_id=A2, title="Another one without a cycle",
                       cycle_id=None)
        meeting = records.create(session, m.Meeting, task_force_id=A1, kind="TF meeting",  # no cycle: by date
                                 title="Ideas for 2023", held_on=date(2023, 3, 14)).record_id
        records.create(session, m.ProjectIdea, task_force_id=A1, meeting_id=meeting, title="Sahel biochar")
        plan = records.create(session, m.ActionPlan, task_force_id=A1, cycle_id=CYCLE,
                              title="A1 plan").record_id
        indicator = records.create(session, m.Indicator, task_force_id=A1, action_plan_id=plan,
                                   name="Hectares under restoration", unit="ha", baseline=100.0,
                                   target_cycle=400.0, target_2030=1000.0).record_id
        for day, value in ((date(2022, 12, 1), 150.0), (date(2023, 6, 1), 260.0), (date(2023, 10, 1), 310.0)):
            records.create(session, m.IndicatorValue, task_force_id=A1, indicator_id=indicator,
                           measured_on=day, value=value)
        records.create(session, m.ProgressReport, task_force_id=A1, cycle_id=CYCLE, title="A1 report 2022",
                       submitted_on=date(2023, 11, 30),
                       summary="Two teams formed in March.\n\nThe Sahel note reached the STC.")
        records.create(session, m.ProgressReport, cycle_id=CYCLE, title="The 2022-2023 cycle",
                       summary="Twenty-four task forces met for the first time.")


def test_the_report_counts_what_the_overview_counts_and_keeps_the_strays(store: Store,
                                                                        tmp_path: Path) -> None:
    _a_year_of_work(store)
    with store.session() as session:
        counts = {c.task_force: c for c in cycle_overview(session, 2022).counts}
        write_annual_report(session, 2022, tmp_path / "report.docx")
    text = text_of(tmp_path / "report.docx")
    a1 = counts["A1"]
    assert (a1.activities, a1.meetings, a1.ideas) == (2, 1, 1)
    assert f"A1\t0\t{a1.activities}\t{a1.meetings}\t{a1.ideas}\t0\t0\t0\t0" in text
    assert "A2\t0\t1\t0\t0\t0\t0\t0\t0" in text
    assert "Activities recorded in this cycle\t3" in text and "Meetings held\t1" in text
    assert "Ideas for 2023" in text  # the meeting without a cycle, held within it
    assert "2 records have no cycle: they are counted in no cycle above." in text
    assert "Activities\t2" in text
    assert "Total\t3\t3\t+0" in text  # the inventory leaves the two strays out of baseline and now
    assert "Baseline: the 2022 inventory, counted now (that cycle is not closed yet)." in text
    reports = text.index("7. Progress reports")
    assert text.index("The whole cycle · The 2022-2023 cycle") > reports
    assert text.index("Twenty-four task forces met") < text.index("Task force A1 · A1 report 2022")
    assert "Two teams formed in March.\nThe Sahel note reached the STC." in text
    assert "Submitted on 30 Nov 2023" in text
    assert len(Document(str(tmp_path / "report.docx")).inline_shapes) == 2  # progress bars and trend


def test_a_report_for_one_task_force_keeps_to_it_in_french(store: Store, tmp_path: Path) -> None:
    _a_year_of_work(store)
    with store.session() as session, writing_in("fr"):
        write_annual_report(session, 2022, tmp_path / "rapport.docx",
                            task_force=session.get(m.TaskForce, A2))
    text = text_of(tmp_path / "rapport.docx")
    assert "1 enregistrement n'a pas de cycle : il n'est compté dans aucun cycle ci-dessus." in text
    assert "Aucun rapport d'avancement n'est enregistré pour ce cycle." in text
    assert "A1\t" not in text and "Réunions tenues\t0" in text
    assert len(Document(str(tmp_path / "rapport.docx")).inline_shapes) == 0


def test_every_record_in_a_cycle_is_said(store: Store, tmp_path: Path) -> None:
    with store.session() as session:
        write_annual_report(session, 2022, tmp_path / "report.docx")
    assert "Every record belongs to a cycle." in text_of(tmp_path / "report.docx")
