"""Nominations: the Board's approval of a proposed candidacy makes the membership, for partners only."""

from datetime import date

import pytest
from sqlalchemy import select

from sic_desktop.db.models import Candidacy, Membership, Organisation, Person
from sic_desktop.db.store import Store
from sic_desktop.errors import InputRefused, ReadOnly
from sic_desktop.services import records
from sic_desktop.services.reference import reference_id
from tests.core.services.test_records import trust_this_copy_with

A1 = reference_id("task_force", "A1")
AFRICA = reference_id("region", "Africa")
CYCLE = reference_id("cycle", "2022")


def _candidate(store: Store, *, partner: bool | None, role: str = "TFRR", decision: str | None = "pending"
               ) -> str:
    with store.session() as session, session.begin():
        organisation = None if partner is None else records.create(
            session, Organisation, name="CIRAD" if partner else "Agro Consult Ltd", partner=partner).record_id
        person = records.create(session, Person, name="Awa Ndiaye", organisation_id=organisation).record_id
        return records.create(session, Candidacy, task_force_id=A1, person_id=person, cycle_id=CYCLE,
                              role=role, region_id=AFRICA, board_decision=decision).record_id


def _memberships(store: Store) -> list[tuple[str, str | None, str | None]]:
    with store.session() as session:
        return [(m.role, m.region_id, m.status) for m in session.scalars(
            select(Membership).where(Membership.deleted.is_(False)))]


def test_a_proposed_candidacy_the_board_approves_becomes_the_persons_membership(store: Store) -> None:
    candidacy = _candidate(store, partner=True)
    with store.session() as session, session.begin():
        records.update(session, Candidacy, candidacy, exsec_proposal="proposed")
    assert _memberships(store) == []  # a proposal alone appoints nobody
    with store.session() as session, session.begin():
        records.update(session, Candidacy, candidacy, board_decision="approved",
                       decided_on=date(2022, 11, 20))
    assert _memberships(store) == [("TFRR", AFRICA, "active")]
    with store.session() as session:
        membership = session.scalars(select(Membership)).one()
        assert membership.start == date(2022, 11, 20) and membership.task_force_id == A1
        assert membership.cycle_id == CYCLE  # the membership of the cycle the Board approved it for
    with store.session() as session, session.begin():  # approving again appoints nobody twice
        records.update(session, Candidacy, candidacy, board_decision="pending")
        records.update(session, Candidacy, candidacy, board_decision="approved")
    assert _memberships(store) == [("TFRR", AFRICA, "active")]


def test_a_person_whose_organisation_is_not_a_partner_cannot_be_approved(store: Store) -> None:
    candidacy = _candidate(store, partner=False)
    with store.session() as session, session.begin():
        records.update(session, Candidacy, candidacy, exsec_proposal="proposed")
    with pytest.raises(InputRefused, match="Awa Ndiaye cannot be TFRR of task force A1: their organisation, "
                                           "Agro Consult Ltd, is not a partner of the Initiative"), \
            store.session() as session, session.begin():
        records.update(session, Candidacy, candidacy, board_decision="approved")
    with store.session() as session:
        unchanged = session.get(Candidacy, candidacy)
        assert unchanged is not None and unchanged.board_decision == "pending"  # nothing changed
    assert _memberships(store) == []


def test_a_person_with_no_organisation_cannot_be_approved(store: Store) -> None:
    candidacy = _candidate(store, partner=None, role="TFL")
    with pytest.raises(InputRefused, match="no organisation is recorded for them"), \
            store.session() as session, session.begin():
        records.update(session, Candidacy, candidacy, exsec_proposal="proposed", board_decision="approved")
    assert _memberships(store) == []


def test_the_board_approves_only_whom_the_secretariat_proposed(store: Store) -> None:
    candidacy = _candidate(store, partner=True)
    with pytest.raises(InputRefused, match="has not been proposed as TFRR of task force A1"), \
            store.session() as session, session.begin():
        records.update(session, Candidacy, candidacy, board_decision="approved")
    assert _memberships(store) == []


def test_a_region_records_a_candidacy_but_not_the_secretariats_decisions(regional_store: Store) -> None:
    trust_this_copy_with(regional_store, "A1")
    # Its organisation is not a partner: a partner flag is the Secretariat's to set, not a region's.
    candidacy = _candidate(regional_store, partner=False)
    with pytest.raises(ReadOnly, match="\"Secretariat proposal\" of the candidacy is the Executive"), \
            regional_store.session() as session, session.begin():
        records.update(session, Candidacy, candidacy, exsec_proposal="proposed")
    with regional_store.session() as session, session.begin():
        records.update(session, Candidacy, candidacy, motivation="Twenty years of soil work in the Sahel")
