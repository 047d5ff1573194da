"""The command line names what it speaks of: conflicts by record, organisation and site; money to the cent."""

import json
from pathlib import Path

import pytest

from tests.e2e.test_sync_helpers import Site, World, region_id, task_force


@pytest.fixture
def world(tmp_path: Path) -> World:
    (tmp_path / "home").mkdir(exist_ok=True)
    return World(tmp_path)


def test_conflicts_list_names_the_organisations_the_record_and_the_sites(world: World) -> None:
    sec = world.secretariat()
    north = world.region("north", sec)
    soil, farm, lab = (sec.edit("create", "organisation", name=name)
                       for name in ("Soil Institute", "Farm Union", "Carbon Lab"))
    amina = sec.edit("create", "person", name="Amina Diallo", organisation_id=soil)
    survey = sec.edit("create", "activity", task_force_id=task_force("A1"), title="Soil survey",
                      region_id=region_id("Africa"), budget=12000.0, currency="EUR")
    north.import_(sec.export(for_site=north))
    north.edit("update", "person", amina, organisation_id=farm)
    sec.edit("update", "person", amina, organisation_id=lab)
    north.edit("update", "activity", survey, budget=12500.5)
    sec.edit("update", "activity", survey, budget=13000.0)
    sec.import_(north.export(), check=3)

    text = world.run("--db", sec.db, "conflicts", "list").stdout
    assert "Carbon Lab" in text and "Farm Union" in text and "Soil Institute" in text
    assert "person “Amina Diallo”, Organisation" in text
    assert "activity “Soil survey”, Budget" in text
    assert "12,500.50 EUR" in text and "13,000 EUR" in text and "12,000 EUR" in text
    assert "(by Region north)" in text and "(by Secretariat sec)" in text
    assert "both copies changed this field" in text
    for raw in (soil, farm, lab, amina, survey, "12500.5", "'value'"):
        assert raw not in text, f"{raw} shown to a person"

    listed = json.loads(world.run("--db", sec.db, "conflicts", "list", "--json").stdout)
    person = next(c for c in listed if c["table"] == "person")
    assert (person["record_id"], person["master"], person["incoming"]) == (amina, lab, farm)  # ids kept
    assert (person["master_words"], person["incoming_words"], person["base_words"]) == (
        "Carbon Lab", "Farm Union", "Soil Institute")
    assert person["record_name"] == "person “Amina Diallo”"
    assert person["incoming_author_name"] == "Region north"


def test_documents_warns_when_more_is_requested_than_the_budget(world: World) -> None:
    sec: Site = world.secretariat()
    a2 = task_force("A2")
    note = sec.edit("create", "concept_note", task_force_id=a2, title="Sahel soils", version=1,
                    status="draft", currency="EUR", amount_requested=20000.0)
    sec.edit("create", "budget_line", task_force_id=a2, concept_note_id=note, item="Soil analyses",
             requested=12500.5)
    result = world.run("--db", sec.db, "documents", "concept-note", note, "note.docx")
    assert "Warning: The amount requested (20,000 EUR) is more than the total budget (12,500.50 EUR)." \
        in result.stdout
    answer = world.json("--db", sec.db, "documents", "concept-note", note, "note.docx")
    assert answer["warnings"] == [
        "The amount requested (20,000 EUR) is more than the total budget (12,500.50 EUR)."]
