"""Records, values and authors named from the database: titles, composed names, money's currency."""

from sqlalchemy import select

from sic_desktop.db.base import new_id
from sic_desktop.db.models import BudgetLine, ConceptNote, Membership, Person, TaskForce
from sic_desktop.db.store import Store
from sic_desktop.services import records
from sic_desktop.services.naming import Titles, learn_inserts, value_words


def test_records_values_and_new_records_are_named_as_people_know_them(store: Store) -> None:
    with store.session() as session, session.begin():
        a2 = session.scalars(select(TaskForce.id).where(TaskForce.code == "A2")).one()
        ana = records.create(session, Person, name="Ana Souza").record_id
        membership = records.create(session, Membership, task_force_id=a2, person_id=ana,
                                    role="TFRR").record_id
        note = records.create(session, ConceptNote, task_force_id=a2, title="Sahel soils", version=1,
                              status="draft", currency="XOF").record_id
        line = records.create(session, BudgetLine, task_force_id=a2, concept_note_id=note,
                              item="Soil analyses", requested=2900000.0).record_id
    with store.session() as session:
        titles = Titles(session)
        assert titles.title("membership", membership) == "Ana Souza · TFRR"  # no title: what it links to
        assert value_words(session, titles, "budget_line", "requested", 2900000.5,
                           record_id=line) == "2,900,000.50 XOF"  # the note's currency
        assert value_words(session, titles, "membership", "person_id", ana) == "Ana Souza"
        newcomer, joined = new_id(), new_id()
        learn_inserts(titles, [
            {"table": "person", "record_id": newcomer, "field": "*", "new": {"name": "Awa Diop"}},
            {"table": "membership", "record_id": joined, "field": "*",
             "new": {"task_force_id": a2, "person_id": newcomer, "role": "TFM"}}])
        assert titles.title("membership", joined) == "Awa Diop · TFM"
        assert value_words(session, titles, "membership", "*",
                           {"person_id": newcomer, "role": "TFM", "deleted": False},
                           record_id=joined) == "Person: Awa Diop, Role: TFM"
