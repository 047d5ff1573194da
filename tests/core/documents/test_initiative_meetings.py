"""Meetings of the whole Initiative and what a meeting produced: leaders of every task force, ideas, teams."""

from datetime import date
from pathlib import Path

import pytest

from sic_desktop.db import models as m
from sic_desktop.db.store import Store
from sic_desktop.documents.generate import write_minutes
from sic_desktop.errors import ReadOnly
from sic_desktop.services import records
from sic_desktop.services.reference import reference_id
from tests.docx_text import text_of

A1, A2 = reference_id("task_force", "A1"), reference_id("task_force", "A2")


def _leader(session: object, name: str, task_force: str) -> str:
    person = records.create(session, m.Person, name=name).record_id  # type: ignore[arg-type]
    records.create(session, m.Membership, task_force_id=task_force, person_id=person,  # type: ignore[arg-type]
                   role="TFL", status="active")
    return person


def test_a_leaders_meeting_is_recorded_once_with_leaders_of_every_task_force(store: Store,
                                                                           tmp_path: Path) -> None:
    with store.session() as session, session.begin():
        amina, lena = _leader(session, "Amina Diallo", A1), _leader(session, "Lena Hoffmann", A2)
        meeting = records.create(session, m.Meeting, task_force_id=A1, kind="TFL meeting",
                                 title="2nd TF leaders meeting", held_on=date(2023, 6, 20)).record_id
        for person, task_force in ((amina, A1), (lena, A2)):
            records.create(session, m.MeetingParticipant, task_force_id=task_force, meeting_id=meeting,
                           person_id=person, attendance="present")
        write_minutes(session, meeting, tmp_path / "leaders.docx")
    text = text_of(tmp_path / "leaders.docx")
    assert "All task forces" in text
    assert "Amina Diallo\t\tTFL · A1" in text and "Lena Hoffmann\t\tTFL · A2" in text


def test_a_task_force_meeting_keeps_its_participants_to_its_own_task_force(store: Store) -> None:
    with store.session() as session, session.begin():
        lena = _leader(session, "Lena Hoffmann", A2)
        meeting = records.create(session, m.Meeting, task_force_id=A1, kind="TF meeting",
                                 title="A1 ideas", held_on=date(2023, 3, 14)).record_id
        with pytest.raises(ReadOnly, match="task force of its meeting"):
            records.create(session, m.MeetingParticipant, task_force_id=A2, meeting_id=meeting,
                           person_id=lena)


def test_the_minutes_of_a_tf_meeting_list_the_ideas_and_the_teams_formed(store: Store,
                                                                        tmp_path: Path) -> None:
    with store.session() as session, session.begin():
        amina = _leader(session, "Amina Diallo", A1)
        meeting = records.create(session, m.Meeting, task_force_id=A1, kind="TF meeting",
                                 title="Ideas for 2023", held_on=date(2023, 3, 14)).record_id
        biochar = records.create(session, m.ProjectIdea, task_force_id=A1, meeting_id=meeting,
                                 title="Biochar in Sahelian rangelands").record_id
        records.create(session, m.ProjectIdea, task_force_id=A1, meeting_id=meeting,
                       title="Soil carbon school")
        for name, leader in (("Sahel biochar team", amina), ("Niger valley team", None)):
            records.create(session, m.ProjectTeam, task_force_id=A1, idea_id=biochar, name=name,
                           leader_id=leader)
        write_minutes(session, meeting, tmp_path / "minutes.docx")
    text = text_of(tmp_path / "minutes.docx")
    assert "Project ideas and the teams formed" in text
    assert "Biochar in Sahelian rangelands\tNiger valley team; Sahel biochar team (Amina Diallo)" in text
    assert "Soil carbon school\t—" in text


def test_a_project_team_meeting_links_to_its_team(store: Store, tmp_path: Path) -> None:
    with store.session() as session, session.begin():
        team = records.create(session, m.ProjectTeam, task_force_id=A1, name="Sahel biochar team").record_id
        theirs = records.create(session, m.ProjectTeam, task_force_id=A2, name="Andean team").record_id
        meeting = records.create(session, m.Meeting, task_force_id=A1, kind="project team meeting",
                                 title="Drafting the concept note", held_on=date(2023, 5, 2)).record_id
        records.create(session, m.MeetingTeam, task_force_id=A1, meeting_id=meeting, team_id=team)
        with pytest.raises(ReadOnly, match="task force of its project team"):
            records.create(session, m.MeetingTeam, task_force_id=A1, meeting_id=meeting, team_id=theirs)
        write_minutes(session, meeting, tmp_path / "team.docx")
    text = text_of(tmp_path / "team.docx")
    assert "The meeting of the project team(s): Sahel biochar team" in text
    assert "Project ideas and the teams formed" not in text
