"""Realistic test data: every column of every kind a task force keeps holds a value, as people type them.

The benchmark set leaves cycles, links and long texts empty; a window that chokes on a cycle or on
money with cents never meets one there. `fill(store)` writes a task force's year of work - French
and Spanish words, amounts to the cent, long texts, every link made - through the services, as the
window would; `every_column_filled` checks nothing was left out when a model grows a field.
"""

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from sic_desktop.db import models as m
from sic_desktop.db.base import Record, record_classes
from sic_desktop.db.store import Store
from sic_desktop.services import note_status, records
from sic_desktop.services.reference import reference_id

LONG_FR = (
    "Restauration des parcours dégradés du Sahel par le pâturage planifié, la mise en défens et le "
    "semis de graminées pérennes ; suivi du carbone organique du sol sur 120 parcelles avec les "
    "communautés pastorales, les services techniques et deux universités partenaires.")
LONG_EN = (
    "Soil carbon baseline survey with the farmers of the three pilot districts, followed by yearly "
    "sampling at 0-30 cm, shared results in the villages and a report to the national inventory.\n"
    "Second paragraph: the survey teams are trained in March; sampling runs from April to June.")
LONG_ES = (
    "Manejo de pastizales andinos con rotación de potreros y cercos vivos; medición del carbono del "
    "suelo en 45 fincas de Cusco y Puno con las organizaciones campesinas y el INIA.")


@dataclass
class Realistic:
    """The ids of what `fill` wrote, by kind, the first of each kind the one a test opens."""

    task_force: str
    cycle: str
    ids: dict[str, list[str]] = field(default_factory=dict)

    def first(self, table: str) -> str:
        return self.ids[table][0]


def _add(session: Any, data: Realistic, model: type[Record], **values: Any) -> str:
    record_id = records.create(session, model, **values).record_id
    data.ids.setdefault(model.__tablename__, []).append(record_id)
    return record_id


def fill(store: Store, code: str = "A1") -> Realistic:
    """A task force's year of work in the master copy (reference data as shipped, one cycle added)."""
    with store.session() as session, session.begin():
        tf = session.scalars(select(m.TaskForce.id).where(m.TaskForce.code == code)).one()
        other_tf = session.scalars(select(m.TaskForce.id).where(m.TaskForce.code != code)).first()
        cycle = session.scalars(select(m.Cycle.id).order_by(m.Cycle.year)).first()
        assert cycle is not None and other_tf is not None
        data = Realistic(tf, cycle)
        africa = reference_id("region", "Africa")
        latin = reference_id("region", "Latin America & the Caribbean")
        step = session.scalars(select(m.Step.id).where(m.Step.number == 5)).one()
        kind = session.scalars(select(m.OrganisationType.id)).first()
        t = tf
        cirad = _add(session, data, m.Organisation, name="CIRAD - Centre de coopération internationale "
                     "en recherche agronomique", type_id=kind, country="France", partner=True,
                     url="https://www.cirad.fr")
        inia = _add(session, data, m.Organisation, name="Instituto Nacional de Innovación Agraria",
                    type_id=kind, country="Perú", partner=False, url="https://www.inia.gob.pe")
        awa = _add(session, data, m.Person, name="Awa Ndiaye-Sène", email="awa.ndiaye@example.sn",
                   organisation_id=cirad, country="Sénégal", languages="français, wolof, English",
                   expertise=LONG_FR, profile_url="https://orcid.org/0000-0002-1825-0097")
        jose = _add(session, data, m.Person, name="José Quispe Mamani", email="jquispe@example.pe",
                    organisation_id=inia, country="Perú", languages="español, quechua",
                    expertise=LONG_ES, profile_url="https://example.pe/jquispe")
        for person, role, region in ((awa, "TFL", africa), (jose, "TFRR", latin)):
            _add(session, data, m.Membership, task_force_id=t, person_id=person, cycle_id=cycle, role=role,
                 region_id=region, preferred_role=role, status="active", start=date(2023, 1, 15),
                 end=date(2026, 12, 31))
        # Only a partner organisation's people can be nominated: José's INIA is not one (yet).
        _add(session, data, m.Candidacy, task_force_id=t, person_id=awa, cycle_id=cycle, role="TFL",
             region_id=africa, motivation=LONG_FR, key_players="CIRAD, Réseau Billital Maroobé, CILSS",
             exsec_proposal="proposed", board_decision="approved", decided_on=date(2023, 2, 28))
        _add(session, data, m.Player, task_force_id=t, name="Réseau Billital Maroobé",
             organisation_id=cirad, scope="regional", region_id=africa, notes=LONG_FR)
        activity = _add(
            session, data, m.Activity, task_force_id=t, cycle_id=cycle,
            title="Restauration des parcours sahéliens et carbone du sol", description=LONG_FR,
            region_id=africa, countries="Sénégal, Mali, Niger", sponsor="Agence française de développement",
            owner="CIRAD", url="https://www.cirad.fr/sahel", status="ongoing", start=date(2023, 3, 1),
            end=date(2027, 2, 28), budget=1_250_000.75, currency="EUR")
        _add(session, data, m.Activity, task_force_id=t, cycle_id=cycle,
             title="Pastizales andinos: carbono en fincas campesinas", description=LONG_ES, region_id=latin,
             countries="Perú, Bolivia", sponsor="FONTAGRO", owner="INIA", url="https://www.inia.gob.pe",
             status="planned", start=date(2024, 1, 1), end=date(2026, 12, 31), budget=12_500.5,
             currency="USD")
        _add(session, data, m.ActivityTaskForce, task_force_id=t, activity_id=activity,
             served_task_force_id=other_tf)
        meeting = _add(session, data, m.Meeting, task_force_id=t, cycle_id=cycle, step_id=step,
                       kind="TF meeting", title="Réunion de lancement - inventaire des projets",
                       held_on=date(2023, 3, 14), place="Dakar, ISRA", online=True, minutes=LONG_EN)
        for person, attendance in ((awa, "present"), (jose, "apologies")):
            _add(session, data, m.MeetingParticipant, task_force_id=t, meeting_id=meeting,
                 person_id=person, attendance=attendance)
        for position, title in enumerate(("Bienvenue et tour de table", "Inventaire des projets",
                                          "Calendrier du cycle"), start=1):
            _add(session, data, m.AgendaItem, task_force_id=t, meeting_id=meeting, position=position,
                 title=title, notes=LONG_FR if position == 2 else "Notes brèves.")
        _add(session, data, m.Decision, task_force_id=t, meeting_id=meeting, position=1,
             text="L'inventaire est complété par chaque TFRR avant le 30 avril.")
        _add(session, data, m.MeetingAction, task_force_id=t, meeting_id=meeting,
             what="Envoyer la fiche d'inventaire aux membres", owner_id=awa, due=date(2023, 4, 30),
             status="open")
        idea = _add(session, data, m.ProjectIdea, task_force_id=t, meeting_id=meeting,
                    title="Carbone des sols pastoraux", description=LONG_FR, region_id=africa)
        team = _add(session, data, m.ProjectTeam, task_force_id=t, idea_id=idea,
                    name="Équipe Sahel carbone", leader_id=awa, region_id=africa,
                    theme="Parcours et élevage")
        _add(session, data, m.ProjectTeamMember, task_force_id=t, team_id=team, person_id=jose,
             organisation_id=inia, role="Méthodes de mesure")
        _add(session, data, m.MeetingTeam, task_force_id=t, meeting_id=meeting, team_id=team)  # it met there
        note = _add(
            session, data, m.ConceptNote, task_force_id=t, team_id=team, cycle_id=cycle,
            title="Séquestration du carbone dans les parcours sahéliens", acronym="SCAPS", version=2,
            objectives_served="A1, A3", countries="Sénégal, Mali", region_id=africa,
            lead_organisation_id=cirad, context=LONG_FR, baseline=LONG_EN, problem=LONG_FR,
            objectives=LONG_EN, outcomes=LONG_FR, outputs=LONG_EN, activities=LONG_FR,
            theory_of_change=LONG_EN, soil_carbon_actions=LONG_FR, soc_change=0.35, area_ha=12_000.5,
            food_security=LONG_ES, adaptation=LONG_FR, safeguards=LONG_EN, mrv=LONG_FR,
            beneficiaries=LONG_FR, duration_months=36, currency="EUR", amount_requested=450_000.25,
            candidate_funders=LONG_EN, risks=LONG_FR, sustainability=LONG_ES)
        _add(session, data, m.ConceptNotePartner, task_force_id=t, concept_note_id=note,
             organisation_id=cirad, role="Chef de file", contribution=LONG_FR)
        for position, (item, amount) in enumerate((("Échantillonnage des sols", 12_500.50),
                                                   ("Analyses de laboratoire", 8_300.25)), start=1):
            _add(session, data, m.BudgetLine, task_force_id=t, concept_note_id=note, position=position,
                 category="Travail de terrain", item=item, requested=amount, cofinancing_cash=1_000.10,
                 cofinancing_in_kind=250.05, source="Ministère de l'Élevage")
        _add(session, data, m.WorkPlanItem, task_force_id=t, concept_note_id=note, position=1,
             activity="Formation des équipes d'échantillonnage", output="12 techniciens formés",
             responsible="ISRA", start=date(2024, 3, 1), end=date(2024, 3, 31))
        _add(session, data, m.ConceptNoteIndicator, task_force_id=t, concept_note_id=note,
             name="Stock de carbone organique (0-30 cm)", unit="t C/ha", baseline="18,4", target="19,5",
             measurement=LONG_FR)
        # Another task force's note on the same rangelands: the Secretariat connects the two teams.
        alike = records.create(session, m.ConceptNote, task_force_id=other_tf, cycle_id=cycle, version=1,
                               title="Carbone des parcours sahéliens", countries="Sénégal").record_id
        _add(session, data, m.OverlapChoice, note_a=min(note, alike), note_b=max(note, alike),
             choice="connect the teams", note="Mêmes parcours au Ferlo", decided_on=date(2024, 4, 2))
        submitted = note_status.submit(session, note, why="Prête pour le CST")
        data.ids["note_status_change"] = [submitted.record_id]
        criterion = session.scalars(select(m.Criterion.id)).first()
        assessment = _add(session, data, m.Assessment, task_force_id=t, concept_note_id=note,
                          concept_note_version=2, assessor="Dr. Elena Ruiz", assessed_on=date(2024, 5, 2),
                          sdg_alignment="ODD 2, 13, 15", recommendation="recommended", comment=LONG_EN)
        # An assessment starts with a score row for every criterion: the first one is filled in.
        score = session.scalars(select(m.AssessmentScore.id).where(
            m.AssessmentScore.assessment_id == assessment,
            m.AssessmentScore.criterion_id == criterion)).one()
        records.update(session, m.AssessmentScore, score, score=4, comment="Solide méthode de suivi.")
        data.ids.setdefault(m.AssessmentScore.__tablename__, []).append(score)
        validation = _add(session, data, m.Validation, task_force_id=t, concept_note_id=note,
                          decision="validated", decided_on=date(2024, 6, 15), notes=LONG_FR)
        _add(session, data, m.LetterOfSupport, task_force_id=t, concept_note_id=note,
             validation_id=validation, reference="4p1000/LoS/2024/017", issued_on=date(2024, 6, 20),
             file_name="lettre-de-soutien-SCAPS.docx", document_sha256="0" * 64, language="fr",
             signatory="Paul Luu")
        funder = _add(session, data, m.Funder, name="Fonds français pour l'environnement mondial",
                      kind="bilatéral", url="https://www.ffem.fr", notes=LONG_FR)
        opportunity = _add(session, data, m.FundingOpportunity, funder_id=funder,
                           title="Appel à projets Sols vivants 2024", deadline=date(2024, 9, 30),
                           url="https://www.ffem.fr/appels", notes=LONG_EN)
        _add(session, data, m.ExpressionOfInterest, task_force_id=t, concept_note_id=note,
             funder_id=funder, opportunity_id=opportunity, sent_on=date(2024, 7, 1),
             answer="full proposal requested", answered_on=date(2024, 8, 1))
        proposal = _add(session, data, m.FullProposal, task_force_id=t, concept_note_id=note,
                        funder_id=funder, submitted_on=date(2024, 10, 15), amount=445_000.99,
                        currency="EUR", status="accepted")
        _add(session, data, m.Agreement, task_force_id=t, concept_note_id=note, funder_id=funder,
             full_proposal_id=proposal, signed_on=date(2025, 1, 20), amount=445_000.99, currency="EUR",
             start=date(2025, 3, 1), end=date(2028, 2, 29))
        plan = _add(session, data, m.ActionPlan, task_force_id=t, cycle_id=cycle,
                    title="Plan d'action 2023-2024 : parcours et carbone", baseline=LONG_FR)
        _add(session, data, m.ActionItem, task_force_id=t, action_plan_id=plan,
             what="Cartographier les parcours dégradés", who="Awa Ndiaye-Sène, ISRA",
             due=date(2023, 12, 15), status="in progress")
        indicator = _add(session, data, m.Indicator, task_force_id=t, action_plan_id=plan,
                         name="Surface restaurée", unit="ha", baseline=1_200.5, target_cycle=3_000.25,
                         target_2030=25_000.0, target_2050=100_000.0)
        _add(session, data, m.IndicatorValue, task_force_id=t, indicator_id=indicator,
             measured_on=date(2024, 6, 30), value=1_875.75, note="Mesure par télédétection")
        _add(session, data, m.ProgressReport, task_force_id=t, cycle_id=cycle,
             title="Rapport d'avancement 2023", summary=LONG_FR, submitted_on=date(2024, 1, 31))
    return data


def every_column_filled(store: Store, data: Realistic) -> list[str]:
    """`table.field` of each column of a kind `fill` writes that none of its records holds a value in."""
    from ui.fields import fields_of

    empty = []
    with store.session() as session:
        for model in record_classes():
            ids = data.ids.get(model.__tablename__)
            if not ids:
                continue
            rows = [session.get(model, record_id) for record_id in ids]
            for spec in fields_of(model):
                if all(getattr(row, spec.name) in (None, "") for row in rows):
                    empty.append(f"{model.__tablename__}.{spec.name}")
    return empty


def kinds_left_out(data: Realistic) -> list[str]:
    """Kinds a task force or the Secretariat keeps (not reference data) that `fill` writes none of."""
    from ui.schema import TABLES

    return sorted(table for table, spec in TABLES.items()
                  if spec.scope != "reference" and table not in data.ids)



def with_conflicts(folder: Path) -> Path:
    """A realistic Secretariat copy whose North office changed the same texts it did: conflicts wait.

    For the screenshots (`python -m tests.realistic FOLDER`); the keys live in an in-memory keyring.
    """
    import keyring

    from sic_desktop.sync.export import export
    from sic_desktop.sync.identity import identity
    from sic_desktop.sync.importer import import_bundle
    from tests.conftest import MemoryKeyring
    from tests.gui.sync_sites import two_sites

    keyring.set_keyring(MemoryKeyring())
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("sec.sqlite", "north.sqlite"):
        (folder / name).unlink(missing_ok=True)
    sec, region, region_site = two_sites(folder)
    data = fill(sec)
    import_bundle(region, export(sec, folder / "master.sicbundle", for_site=region_site).path)
    activity = data.first("activity")
    with sec.session() as session, session.begin():
        records.update(session, m.Activity, activity, status="completed",
                       description=LONG_FR + " Clôturé par le Secrétariat après la revue à mi-parcours.")
    with region.session() as session, session.begin():
        records.update(session, m.Activity, activity, status="planned",
                       description=LONG_FR + " Prolongé d'un an à la demande des communautés.")
    import_bundle(sec, export(region, folder / "north.sicbundle").path)
    with sec.session() as session:
        assert identity(session).role == "secretariat"
    sec.close()
    region.close()
    return folder / "sec.sqlite"


ALIKE = (
    ("A2", "Cassava soils carbon in West Africa", "CASSAVA", "Ghana, Nigeria"),
    ("A4", "Carbon of cassava soils, West Africa", "CASSAVA-WA", "Nigeria, Ghana, Benin"),
    ("A3", "Mangrove blue carbon in the Saloum delta", "MANGROVE", "Senegal"),
    ("A5", "Blue carbon of Senegal's mangroves", "BLUE-SN", "Senegal, Gambia"),
)
CASSAVA = ("Restore degraded cassava fields on ferralsols with mucuna cover crops and farmer field schools; "
           "measure soil organic carbon with portable spectrometers and pay smallholders for verified gains")
MANGROVE = ("Replant mangroves in the Saloum delta with the villages, run mangrove nurseries and account for "
            "the blue carbon of the restored stands")


def with_overlaps(sec: Path) -> Path:
    """A copy of the realistic master copy beside it (cycle.sqlite) whose task forces wrote alike concept
    notes in step 8: two pairs, each from two task forces. For the cycle screenshots."""
    import shutil

    from sic_desktop.db.store import open_store

    target = sec.with_name("cycle.sqlite")
    shutil.copyfile(sec, target)
    store = open_store(target)
    with store.session() as session, session.begin():
        cycle = session.scalars(select(m.Cycle.id).order_by(m.Cycle.year)).first()
        for code, title, acronym, countries in ALIKE:
            text = CASSAVA if "assava" in title else MANGROVE
            records.create(session, m.ConceptNote, task_force_id=reference_id("task_force", code),
                           cycle_id=cycle, title=title, acronym=acronym, countries=countries, version=1,
                           objectives=text, activities=text)
    store.close()
    return target


if __name__ == "__main__":  # python -m tests.realistic FOLDER: FOLDER/sec.sqlite, for the screenshots
    import sys

    made = with_conflicts(Path(sys.argv[1]))
    print(made)
    print(with_overlaps(made))
