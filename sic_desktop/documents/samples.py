"""Full sample data for every document: checks a Secretariat's own template, feeds tests and bench."""

from datetime import date

from sic_desktop.documents.concept_note import NoteFacts, concept_note_context
from sic_desktop.documents.contexts import (
    ActionRow,
    Addressee,
    AgendaRow,
    AnnualReportContext,
    Attendee,
    ConceptNoteContext,
    DecisionRow,
    Figure,
    IdeaRow,
    InventoryRow,
    LetterContext,
    MeetingRow,
    MemberRow,
    MinutesContext,
    OfficialListContext,
    OfficialRow,
    OfficialTaskForce,
    ProgressRow,
    ReportText,
    StageRow,
    TaskForceRow,
)
from sic_desktop.documents.form import (
    BudgetLine,
    ConceptNoteForm,
    Indicator,
    Partner,
    WorkPlanItem,
)


def concept_note_form() -> ConceptNoteForm:
    """A complete concept note, every part filled."""
    return ConceptNoteForm(
        title="Restoring soil carbon in Sahelian agropastoral landscapes",
        acronym="SAHEL-SOC",
        objectives_served="A2, A5",
        region="Africa",
        countries="Burkina Faso, Niger, Senegal",
        lead_organisation="Institut Sénégalais de Recherches Agricoles",
        context=("Agropastoral systems of the Sahel support 50 million people on soils that have "
                 "lost much of their organic matter.\nRainfall is erratic and rising temperatures "
                 "shorten the growing season."),
        baseline="Soil organic carbon stocks average 0.4 % in the topsoil of cropped land.",
        problem=("Crop residues are grazed or burnt, fallows have shortened and farmers lack "
                 "access to credit for soil-improving practices."),
        objectives="Increase soil organic carbon on 25,000 ha of cropland and rangeland.",
        outcomes="Farmers adopt assisted natural regeneration, composting and residue retention.",
        outputs="Farmer field schools run; a soil-carbon monitoring network is in place.",
        activities="Training, demonstration plots, seed and tool provision, soil sampling.",
        theory_of_change=("If farmers see yield gains within two seasons, they keep residues "
                          "on their fields, which builds soil carbon and resilience."),
        soil_carbon_actions="Assisted natural regeneration, compost, residue retention, "
                            "zaï pits and half-moons.",
        soc_change=0.35,
        area_ha=25000,
        food_security="Higher and more stable millet and sorghum yields.",
        adaptation="Better water infiltration and retention in dry spells.",
        safeguards=("Land tenure rights of women and transhumant herders are secured through "
                    "local conventions.\nNo resettlement; free, prior and informed consent."),
        mrv="Soil sampling at 0-30 cm on 120 plots at baseline, year 3 and year 5.",
        beneficiaries="12,000 farming households, 40 % of them led by women.",
        duration_months=60,
        currency="EUR",
        amount_requested=2400000,
        candidate_funders="Green Climate Fund\nIFAD ASAP+",
        risks="Drought years: seed banks and staggered planting.\nConflicts over land: "
              "local land commissions are partners.",
        sustainability="Farmer field schools are run by producers' organisations after year 3.",
        partners=[
            Partner("Institut Sénégalais de Recherches Agricoles", "Lead",
                    "Coordination, soil science"),
            Partner("Réseau Billital Maroobé", "Partner", "Herders' participation"),
            Partner("CIRAD", "Associate", "MRV methods and laboratory analyses"),
        ],
        work_plan=[
            WorkPlanItem("Baseline soil survey", "Baseline report", "ISRA",
                         date(2025, 1, 1), date(2025, 6, 30)),
            WorkPlanItem("Farmer field schools", "200 schools run", "Billital Maroobé",
                         date(2025, 4, 1), date(2027, 12, 31)),
            WorkPlanItem("Mid-term soil sampling", "Mid-term report", "CIRAD",
                         date(2027, 9, 1), date(2027, 12, 31)),
        ],
        budget=[
            BudgetLine("Field staff", "Personnel", 900000, 100000, 50000, "ISRA"),
            BudgetLine("Farmer field schools", "Training and workshops", 800000, 0, 150000,
                       "Producers' organisations"),
            BudgetLine("Soil analyses", "Monitoring and evaluation", 400000, 50000, 0, "CIRAD"),
            BudgetLine("Coordination and overheads", "Overheads", 300000, 0, 0, None),
        ],
        indicators=[
            Indicator("Soil organic carbon, 0-30 cm", "t C/ha", "18.2", "20.0",
                      "Dry combustion on composite samples"),
            Indicator("Area under improved practices", "ha", "0", "25,000", "Field survey"),
            Indicator("Households adopting two practices or more", "households", "0", "12,000",
                      "Household survey"),
        ],
    )


def concept_note() -> ConceptNoteContext:
    return concept_note_context(concept_note_form(), NoteFacts(
        version=3, status="validated", issued=date(2025, 3, 14), cycle="2025",
        task_force="A2 · Project Development", team="Sahel soil carbon team",
        team_leader="Aminata Diallo",
        partner_countries={"Institut Sénégalais de Recherches Agricoles": "Senegal",
                           "Réseau Billital Maroobé": "Burkina Faso", "CIRAD": "France"}))


def letter_of_support() -> LetterContext:
    return LetterContext(
        doc_label="Letter of support", reference="LoS-2025-007", issued="2 October 2025",
        title="Restoring soil carbon in Sahelian agropastoral landscapes", acronym="SAHEL-SOC",
        version="3", task_force="A2 · Project Development",
        lead_organisation="Institut Sénégalais de Recherches Agricoles",
        addressee=Addressee(name="Aminata Diallo",
                            organisation="Institut Sénégalais de Recherches Agricoles",
                            email="aminata.diallo@example.org"),
        greeting="Dear Aminata Diallo,",
        decision="validated", decided_on="25 September 2025", assessed_on="12 September 2025",
        recommendation="recommended",
        notes=["The Bureau encourages the team to strengthen the gender analysis."],
        signatory_name="", signatory_title="Executive Secretary, on behalf of the Bureau")


def minutes() -> MinutesContext:
    return MinutesContext(
        doc_label="Minutes", title="Task force A2 meeting: project ideas for 2025",
        kind="TF meeting", task_force="A2 · Project Development", held_on="18 February 2025",
        place="Online", cycle="2025", step="6 · TF meeting(s)", issued="20 February 2025",
        present=[Attendee(name="Aminata Diallo", organisation="ISRA", role="TFL"),
                 Attendee(name="Jorge Ramírez", organisation="INTA", role="TFRR"),
                 Attendee(name="Li Wei", organisation="CAAS", role="TFM")],
        apologies=[Attendee(name="Sarah Müller", organisation="Thünen Institute", role="TFM")],
        absent=[], invited=[Attendee(name="Kofi Mensah", organisation="CSIR", role="TFM")],
        attendance="3 present, 1 sent apologies, 1 invited (attendance not recorded)",
        agenda=[AgendaRow(number="1", title="Welcome and adoption of the agenda", notes=[]),
                AgendaRow(number="2", title="Project ideas from the regions",
                          notes=["Five ideas were presented; two teams formed."]),
                AgendaRow(number="3", title="Next steps", notes=[])],
        decisions=[DecisionRow(number="1", text="Form a team on Sahelian agropastoral soils."),
                   DecisionRow(number="2", text="Share draft concept notes by 30 April.")],
        actions=[ActionRow(number="1", what="Circulate the concept-note template",
                           owner="Aminata Diallo", due="25 Feb 2025", status="open"),
                 ActionRow(number="2", what="Contact CIRAD about MRV", owner="Jorge Ramírez",
                           due="15 Mar 2025", status="open")],
        notes=["The meeting opened at 14:00 UTC and closed at 15:30 UTC."],
        ideas=[IdeaRow(title="Biochar in Sahelian rangelands",
                       teams="Sahel biochar team (Aminata Diallo); Niger valley team"),
               IdeaRow(title="Soil carbon school for extension agents", teams="")],
        teams="")


def annual_report() -> AnnualReportContext:
    return AnnualReportContext(
        doc_label="Annual progress report", title="Annual progress report 2025", cycle="2025",
        scope="All task forces", issued="15 December 2025",
        summary=[Figure(label="Members", value="126"), Figure(label="Activities", value="48"),
                 Figure(label="Concept notes", value="14"), Figure(label="Meetings", value="22")],
        members=[MemberRow(region="Africa", tfl="2", tfrr="3", tfm="30", total="35"),
                 MemberRow(region="Europe", tfl="3", tfrr="2", tfm="25", total="30")],
        members_total=MemberRow(region="Total", tfl="5", tfrr="5", tfm="55", total="65"),
        inventory=[InventoryRow(status="Planned", baseline="10", now="12", change="+2"),
                   InventoryRow(status="Ongoing", baseline="20", now="26", change="+6")],
        inventory_total=InventoryRow(status="Total", baseline="30", now="38", change="+8"),
        indicators=[ProgressRow(number="1", task_force="A2", name="Concept notes drafted",
                                unit="notes", baseline="0", target="10", latest="14",
                                progress="140%"),
                    ProgressRow(number="2", task_force="A5", name="Carbon projects registered",
                                unit="projects", baseline="1", target="5", latest="3",
                                progress="50%")],
        chart=None,
        pipeline=[StageRow(stage="Drafted", count="14"), StageRow(stage="Validated", count="6")],
        meetings=[MeetingRow(held_on="18 Feb 2025", kind="TF meeting", task_force="A2",
                             title="Project ideas for 2025", participants="3")],
        baseline_note="Baseline: the 2022 inventory, frozen on 1 September 2023.", trend=None,
        task_forces=[TaskForceRow(task_force="A2", members="12", activities="8", meetings="3", ideas="4",
                                  teams="3", notes="5", assessed="3", validated="2"),
                     TaskForceRow(task_force="A5", members="9", activities="4", meetings="2", ideas="2",
                                  teams="1", notes="2", assessed="1", validated="1")],
        task_forces_total=TaskForceRow(task_force="Total", members="21", activities="12", meetings="5",
                                       ideas="6", teams="4", notes="7", assessed="4", validated="3"),
        reports=[ReportText(task_force="Task force A2", title="A2 progress report 2025",
                            submitted="30 Nov 2025",
                            paragraphs=["Three project teams formed at the February meeting.",
                                        "Two concept notes were validated by the Bureau."])],
        no_cycle=[Figure(label="Activities", value="3")],
        no_cycle_note="3 records have no cycle: they are counted in no cycle above.")


def official_list() -> OfficialListContext:
    return OfficialListContext(
        doc_label="Official list", title="Official list 2025", cycle="2025", scope="All task forces",
        issued="15 December 2025", count="3",
        task_forces=[
            OfficialTaskForce(heading="A1 · NDCs", people=[
                OfficialRow(role="TFL", name="Awa Ndiaye-Sène", organisation="CIRAD", country="Sénégal",
                            region="", approved="20 Nov 2025"),
                OfficialRow(role="TFRR", name="José Quispe Mamani", organisation="INIA", country="Perú",
                            region="Latin America & the Caribbean", approved="20 Nov 2025")]),
            OfficialTaskForce(heading="A2 · Project Development", people=[]),
            OfficialTaskForce(heading="A3 · Share Experiences", people=[
                OfficialRow(role="TFL", name="Lena Hoffmann", organisation="Thünen Institute",
                            country="Germany", region="", approved="20 Nov 2025")])])


def all_contexts() -> dict[str, dict[str, object]]:
    """Each template's name with a full sample context."""
    return {"concept-note": dict(concept_note()), "letter-of-support": dict(letter_of_support()),
            "meeting-minutes": dict(minutes()), "annual-report": dict(annual_report()),
            "official-list": dict(official_list())}
