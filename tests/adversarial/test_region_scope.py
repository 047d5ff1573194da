"""A regional copy refuses at once, on every path, what the Secretariat would refuse of it later.

south is the TFRR of A2 for Latin America; it holds an A2 activity in Asia (its task force, not its
region) from the master bundle. Each attempt goes through the real command line: exit 4, the reason
in words (the region, the record by its title), and the copy's records unchanged.
"""

from pathlib import Path

import openpyxl

from tests.adversarial.conftest import Sites
from tests.e2e.test_sync_helpers import World


def _refused_here(world: World, sites: Sites, *args: str | Path, words: tuple[str, ...]) -> str:
    before = sites.south.dump()
    result = world.run("--db", sites.south.db, *args, check=None)
    assert result.returncode == 4, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert sites.south.dump() == before
    for word in words:
        assert word in result.stderr, result.stderr
    return result.stderr


def test_an_inventory_import_editing_another_regions_activity_is_refused_in_words(
    world: World, sites: Sites
) -> None:
    sheet = world.folder / "south-inventory.xlsx"
    world.run("--db", sites.south.db, "inventory", "export", sheet, "--task-force", "A2")
    book = openpyxl.load_workbook(sheet)
    rows = list(book.active.iter_rows())
    [row] = [r for r in rows[1:] if r[0].value == sites.asia_activity]
    row[1].value = "Rice straw in Asia, taken over from Latin America"
    book.save(sheet)
    message = _refused_here(world, sites, "inventory", "import", sheet, "--task-force", "A2",
                            words=("another region (Asia)", "'Rice straw in Asia'"))
    assert sites.asia_activity not in message  # the record in words, not by its id


def test_a_members_import_for_a_task_force_outside_the_copy_exits_4(world: World, sites: Sites) -> None:
    sheet = world.folder / "members.xlsx"
    world.run("--db", sites.south.db, "members", "export", sheet)
    _refused_here(world, sites, "members", "import", sheet, "--task-force", "A1", words=("A1",))


def test_a_text_the_secretariat_would_refuse_is_refused_when_imported(world: World, sites: Sites) -> None:
    sheet = world.folder / "long.xlsx"
    world.run("--db", sites.south.db, "inventory", "export", sheet, "--task-force", "A2")
    book = openpyxl.load_workbook(sheet)
    # A title as long as a whole cell (the 400 MB string of the attack is read back cut to that).
    book.active.append([None, "T" * 32_767, "Terraces"])
    book.save(sheet)
    _refused_here(world, sites, "inventory", "import", sheet, "--task-force", "A2",
                  words=("longer than 2,000 characters",))


def test_the_records_command_meets_the_same_rules(world: World, sites: Sites) -> None:
    from tests.adversarial.conftest import A2

    _refused_here(world, sites, "records", "set", "activity", sites.asia_activity, "title=Ours now",
                  words=("another region (Asia)", "'Rice straw in Asia'"))
    _refused_here(world, sites, "records", "add", "validation", f"task_force_id={A2}",
                  f"concept_note_id={sites.note_a2}", "decision=validated", "decided_on=2026-11-20",
                  words=("Executive Secretariat",))
    _refused_here(world, sites, "records", "add", "person", "name=Ana\x07Quispe",
                  words=("control character (U+0007)",))
    _refused_here(world, sites, "records", "add", "activity", f"task_force_id={A2}", "title=Terraces",
                  "start=2026-05-01", "end=2026-04-30", words=("before the start",))
