"""Step 8: the Secretariat sees which concept notes of different task forces are about the same thing."""

import random

import pytest
from sqlalchemy.orm import Session

from sic_desktop.db.models import ConceptNote, ConceptNotePartner, Organisation
from sic_desktop.db.store import Store
from sic_desktop.services import overlaps, records
from sic_desktop.services.overlaps import find_overlaps
from sic_desktop.services.reference import reference_id

TASK_FORCES = [reference_id("task_force", code) for code in ("A1", "A2", "A3", "A4", "A5", "A6")]
WORDS = (
    "agroforestry restoration grazing compost biochar mapping training policy finance monitoring rice "
    "drylands wetlands peat erosion cover crops extension farmers measurement inventory landscape "
    "rangeland water nutrient livestock markets mangroves vineyards orchards cocoa coffee tillage mulch "
    "irrigation salinity pastures forestry remote sensing laboratory spectroscopy cooperative credit "
    "insurance women youth schools radio seeds legumes manure terraces watershed fire")
# Real texts draw on thousands of words; 55 alone would make any two random notes look alike.
VOCABULARY = [first + second for first in WORDS.split()[:20] for second in WORDS.split()[20:40]]
COUNTRIES = ("Kenya", "Senegal", "France", "Brazil", "India", "Viet Nam", "Morocco", "Peru", "Ghana")

PLANTED_TEXT = (
    "Restore degraded cassava fields on ferralsols with mucuna cover crops and farmer field schools, "
    "measure soil organic carbon with portable spectrometers and pay smallholders for verified gains")


def note(session: Session, task_force: str, title: str, **values: object) -> str:
    return records.create(session, ConceptNote, task_force_id=task_force, title=title, version=1,
                          **values).record_id


def partner(session: Session, note_id: str, task_force: str, organisation_id: str) -> None:
    records.create(session, ConceptNotePartner, task_force_id=task_force, concept_note_id=note_id,
                   organisation_id=organisation_id)


def unrelated_notes(session: Session, count: int, organisations: list[str]) -> None:
    rng = random.Random(7)
    for n in range(count):
        task_force = rng.choice(TASK_FORCES)
        note_id = note(
            session, task_force, " ".join(rng.sample(VOCABULARY, 4)).capitalize(),
            acronym=f"U{n}", countries=", ".join(rng.sample(COUNTRIES, 2)),
            objectives=" ".join(rng.sample(VOCABULARY, 12)),
            activities=" ".join(rng.sample(VOCABULARY, 15)))
        partner(session, note_id, task_force, rng.choice(organisations))


@pytest.mark.parametrize("every_pair", [True, False], ids=["every pair compared", "rare words pick pairs"])
def test_a_planted_pair_from_two_task_forces_is_found_with_reasons_and_nothing_else(
        store: Store, monkeypatch: pytest.MonkeyPatch, every_pair: bool) -> None:
    monkeypatch.setattr(overlaps, "ALL_PAIRS_UP_TO", 1000 if every_pair else 0)
    with store.session() as session, session.begin():
        organisations = [records.create(session, Organisation, name=f"Institute {n}").record_id
                         for n in range(12)]
        shared = records.create(session, Organisation, name="Cassava Growers Union").record_id
        unrelated_notes(session, 60, organisations)
        first = note(session, TASK_FORCES[0], "Cassava ferralsols carbon farming in West Africa",
                     acronym="CASSAVA-C", countries="Ghana, Senegal",
                     objectives=PLANTED_TEXT, activities="Mucuna cover crops on cassava ferralsols; "
                     "spectrometer surveys; payments to smallholders for verified carbon gains")
        second = note(session, TASK_FORCES[2], "Carbon farming of cassava on West African ferralsols",
                      acronym="Cassava-C", countries="Sénégal; Ghana",
                      objectives=PLANTED_TEXT.replace("Restore", "Rehabilitate"),
                      activities="Farmer field schools on mucuna cover crops for cassava ferralsols; "
                      "portable spectrometers measure soil organic carbon")
        partner(session, first, TASK_FORCES[0], shared)
        partner(session, second, TASK_FORCES[2], shared)

    with store.session() as session:
        found = find_overlaps(session)

    assert [(o.a, o.b) for o in found] == [tuple(sorted((first, second)))]
    pair = found[0]
    assert 0.5 < pair.score <= 1.0
    reasons = [str(r) for r in pair.reasons]
    assert any(r.startswith("titles alike") and "cassava" in r and "ferralsols" in r for r in reasons)
    [text] = [r for r in reasons if r.startswith("objectives and activities alike")]
    planted_words = set(PLANTED_TEXT.lower().replace(",", "").split())
    assert len(planted_words & set(text.split(", both about ")[1].split(", "))) == 5, text
    # "Sénégal" and "Senegal" are one country, named as one of the notes writes it
    assert {"same countries: Ghana, Senegal", "same countries: Ghana, Sénégal"} & set(reasons)
    assert "same partner organisations: Cassava Growers Union" in reasons
    assert "same acronym: CASSAVA-C" in reasons
    assert pair.as_json() == {"a": pair.a, "b": pair.b, "score": pair.score, "reasons": reasons}


def test_alike_notes_of_one_task_force_and_deleted_notes_are_not_overlaps(store: Store) -> None:
    with store.session() as session, session.begin():
        organisations = [records.create(session, Organisation, name=f"Institute {n}").record_id
                         for n in range(12)]
        unrelated_notes(session, 20, organisations)
        same_tf = [note(session, TASK_FORCES[1], "Cassava ferralsols carbon farming", countries="Ghana",
                        objectives=PLANTED_TEXT, activities=PLANTED_TEXT) for _ in range(2)]
        elsewhere = note(session, TASK_FORCES[4], "Cassava ferralsols carbon farming", countries="Ghana",
                         objectives=PLANTED_TEXT, activities=PLANTED_TEXT)
    with store.session() as session:
        assert {(o.a, o.b) for o in find_overlaps(session)} == {
            tuple(sorted((same_tf[0], elsewhere))), tuple(sorted((same_tf[1], elsewhere)))}
    with store.session() as session, session.begin():
        records.delete(session, ConceptNote, elsewhere)
    with store.session() as session:
        assert find_overlaps(session) == []


def test_a_note_edited_between_two_looks_is_compared_by_its_new_text(store: Store) -> None:
    with store.session() as session, session.begin():
        organisations = [records.create(session, Organisation, name=f"Institute {n}").record_id
                         for n in range(12)]
        unrelated_notes(session, 20, organisations)
        cassava = note(session, TASK_FORCES[0], "Cassava ferralsols carbon farming", countries="Ghana",
                       objectives=PLANTED_TEXT, activities=PLANTED_TEXT)
        peat = note(session, TASK_FORCES[3], "Peatland rewetting", countries="Indonesia",
                    objectives="Block drainage canals and rewet peat domes with the villages",
                    activities="Canal blocking, fire patrols and paludiculture trials")
    with store.session() as session:
        assert find_overlaps(session) == []  # the words of every note are kept from this look
    with store.session() as session, session.begin():
        records.update(session, ConceptNote, peat, title="Cassava ferralsols carbon farming",
                       objectives=PLANTED_TEXT, activities=PLANTED_TEXT)
    with store.session() as session:
        assert [(o.a, o.b) for o in find_overlaps(session)] == [tuple(sorted((cassava, peat)))]
    with store.session() as session, session.begin():
        records.update(session, ConceptNote, peat, title="Peatland rewetting",
                       objectives="Block drainage canals", activities="Canal blocking")
    with store.session() as session:
        assert find_overlaps(session) == []


def test_french_notes_written_with_accents_and_no_break_spaces_are_found_alike(store: Store) -> None:
    french = ("Restaurer les sols dégradés\u00a0: compost, paillage et agroforesterie sur les "
              "parcelles d\u2019arachide, mesure du carbone organique par spectrométrie")
    with store.session() as session, session.begin():
        organisations = [records.create(session, Organisation, name=f"Institut {n}").record_id
                         for n in range(12)]
        unrelated_notes(session, 20, organisations)
        accented = note(session, TASK_FORCES[0], "Séquestration du carbone des sols d\u2019arachide",
                        objectives=french, activities="Spectrométrie\u00a0; paillage; compost")
        plain = note(session, TASK_FORCES[5], "Sequestration du carbone des sols d'arachide",
                     objectives=french.replace("\u00a0", " ").replace("é", "e"),
                     activities="Spectrometrie ; paillage ; compost")
    with store.session() as session:
        found = find_overlaps(session)
    assert [(o.a, o.b) for o in found] == [tuple(sorted((accented, plain)))]
    reasons = [str(r) for r in found[0].reasons]
    [text] = [r for r in reasons if r.startswith("objectives and activities alike")]
    about = set(text.split(", both about ")[1].split(", "))
    # accented and plain spellings are one word each, so the texts are wholly alike
    assert "(100 of 100)" in text, text
    assert "arachide" in about, text  # split at the typographic apostrophe of "d’arachide"
    assert all(":" not in word and "\u00a0" not in word for word in about), text
