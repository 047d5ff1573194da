"""Build the Word templates in resources/templates/ (run: python packaging/make_templates.py).

The .docx files it writes are committed: they are what a Secretariat opens in Word and replaces
with its own (letterhead, logo). This script keeps the shipped ones reproducible and reviewable.
Placeholders are docxtpl's Jinja: {{ value }}, {%tr for %} rows, {%p if %} paragraphs.
"""

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))

from template_kit import (
    TEXT_WIDTH_MM,
    Column,
    build_in,
    data_table,
    facts_table,
    first_page_without_header,
    header_footer,
    missing,
    new_document,
    para,
    rule_below,
    save,
    say,
    section_text,
    tag,
    text_block,
)
from template_words import WORDS

LANGUAGES = ("en", "fr", "es")
OUT_DIR = Path(__file__).resolve().parent.parent / "resources" / "templates"
# A long title would wrap under the right-hand part of the running header.
SHORT_TITLE = "{{ title|truncate(70, false, '…', 5) }}"
FOOTER = "4 per 1000 Initiative · Strategy Implementation Cycle"


def concept_note() -> Path:
    doc = new_document("Concept note")
    header_footer(doc, SHORT_TITLE, "Concept note · version {{ version }}", FOOTER)
    para(doc, "CONCEPT NOTE · TASK FORCE {{ task_force|upper }}", "Kicker")
    para(doc, "{{ title }}", "Title")
    tag(doc, "if acronym")
    para(doc, "{{ acronym }}", "Subtitle")
    tag(doc, "endif")
    para(doc, "Version {{ version }} · {{ status }} · {{ issued }}", "Subtitle")
    para(doc, "")
    facts_table(doc, [
        ("Task force", "{{ task_force or '—' }}"),
        ("Objective(s) served", "{{ objectives_served or '—' }}"),
        ("Region", "{{ region or '—' }}"),
        ("Countries", "{{ countries or '—' }}"),
        ("Lead organisation", "{{ lead_organisation or '—' }}"),
        ("Project team", "{{ team or '—' }}"),
        ("Project team leader", "{{ team_leader or '—' }}"),
        ("Duration", "{{ duration or '—' }}"),
        ("Amount requested", "{{ amount_requested or '—' }}"),
        ("Total budget", "{{ budget_totals.total }} {{ currency }} (co-financing "
                         "{{ budget_totals.cofinancing_share or '0 %' }})"),
    ])
    tag(doc, "if budget_warning")
    para(doc, "Warning: {{ budget_warning }}", "Note")
    tag(doc, "endif")
    doc.add_heading(say("1. Context and rationale"), level=1)
    section_text(doc, "Context", "context")
    section_text(doc, "Baseline", "baseline")
    section_text(doc, "Problem and barriers", "problem")
    doc.add_heading(say("2. Objectives and results"), level=1)
    section_text(doc, "Objectives", "objectives")
    section_text(doc, "Outcomes", "outcomes")
    section_text(doc, "Outputs", "outputs")
    section_text(doc, "Activities", "activities")
    section_text(doc, "Theory of change", "theory_of_change")
    doc.add_heading(say("3. Partners"), level=1)
    tag(doc, "if partners")
    data_table(doc, "p in partners", [
        Column("Organisation", "p.organisation", 55), Column("Country", "p.country", 27),
        Column("Role", "p.role", 25), Column("Contribution", "p.contribution", 58)])
    tag(doc, "else")
    para(doc, "No partners are listed yet.", "Note")
    tag(doc, "endif")
    doc.add_heading(say("4. Work plan"), level=1)
    tag(doc, "if work_plan")
    data_table(doc, "w in work_plan", [
        Column("Activity", "w.activity", 55), Column("Output", "w.output", 44),
        Column("Responsible", "w.responsible", 30), Column("Start", "w.start", 18),
        Column("End", "w.end", 18)])
    tag(doc, "else")
    para(doc, "No work plan is given yet.", "Note")
    tag(doc, "endif")
    doc.add_heading(say("5. Soil carbon"), level=1)
    section_text(doc, "Soil-carbon actions", "soil_carbon_actions")
    doc.add_heading(say("Expected soil organic carbon (SOC) change"), level=2)
    facts_table(doc, [
        ("SOC change", "{{ soil.soc_change or '—' }} t C/ha/yr"),
        ("Area", "{{ soil.area or '—' }} ha"),
        ("Annual SOC gain", "{{ soil.annual_gain or '—' }} t C/yr "
                            "({{ soil.annual_co2e or '—' }} t CO₂e/yr)"),
        ("Over the project", "{{ soil.total_gain or '—' }} t C"),
    ], widths=(50, TEXT_WIDTH_MM - 50))
    doc.add_heading(say("6. Co-benefits and safeguards"), level=1)
    section_text(doc, "Food security", "food_security")
    section_text(doc, "Adaptation", "adaptation")
    section_text(doc, "Safeguards", "safeguards")
    section_text(doc, "Beneficiaries", "beneficiaries")
    doc.add_heading(say("7. Indicators and MRV"), level=1)
    tag(doc, "if indicators")
    data_table(doc, "i in indicators", [
        Column("Indicator", "i.name", 50), Column("Unit", "i.unit", 22),
        Column("Baseline", "i.baseline", 20, "right"), Column("Target", "i.target", 20, "right"),
        Column("How measured", "i.measurement", 53)])
    tag(doc, "else")
    para(doc, "No indicators are defined yet.", "Note")
    tag(doc, "endif")
    section_text(doc, "Measurement, reporting and verification", "mrv")
    doc.add_heading(say("8. Budget and financing"), level=1)
    tag(doc, "if budget")
    para(doc, "{{ currency_note }}", "Note")
    data_table(doc, "b in budget", [
        # Amounts to the cent (12,500,000.50) need room; the headings stay on one line.
        Column("Category", "b.category", 29), Column("Item", "b.item", 33),
        Column("Requested", "b.requested", 25, "right"),
        Column("Co-fin. cash", "b.cash", 25, "right"),
        Column("Co-fin. in kind", "b.in_kind", 28, "right"),
        Column("Total", "b.total", 25, "right")],
        totals=["Total", "", "{{ budget_totals.requested }}", "{{ budget_totals.cash }}",
                "{{ budget_totals.in_kind }}", "{{ budget_totals.total }}"])
    para(doc, "Amount requested: {{ amount_requested or '—' }}. "
              "Co-financing covers {{ budget_totals.cofinancing_share or '0 %' }} "
              "of the total budget.")
    tag(doc, "if budget_warning")
    para(doc, "Warning: {{ budget_warning }}", "Note")
    tag(doc, "endif")
    tag(doc, "else")
    para(doc, "No budget is given yet.", "Note")
    tag(doc, "endif")
    doc.add_heading(say("Candidate funders"), level=2)
    text_block(doc, "candidate_funders", "List Bullet", "None named yet.")
    doc.add_heading(say("9. Risks and mitigation"), level=1)
    text_block(doc, "risks")
    doc.add_heading(say("10. Sustainability and scaling"), level=1)
    text_block(doc, "sustainability")
    return save(doc, "concept-note.docx")


def letter_of_support() -> Path:
    doc = new_document("Letter of support")
    header_footer(doc, "4 per 1000 Initiative · Executive Secretariat",
                  "Our reference: {{ reference }}", "Letter of support · {{ reference }}")
    first_page_without_header(doc)  # the letterhead below is the first page's header
    para(doc, "4 per 1000 Initiative", "Title")
    rule_below(para(doc, "Soils for Food Security and Climate · Executive Secretariat",
                    "Subtitle"))
    para(doc, "")
    right = para(doc, "{{ issued }}")
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(doc, "Our reference: {{ reference }}", "Note")
    para(doc, "")
    address = para(doc, "{{ addressee.name }}")
    address.paragraph_format.space_after = 0
    tag(doc, "if addressee.organisation")
    para(doc, "{{ addressee.organisation }}").paragraph_format.space_after = 0
    tag(doc, "endif")
    tag(doc, "if addressee.email")
    para(doc, "{{ addressee.email }}").paragraph_format.space_after = 0
    tag(doc, "endif")
    para(doc, "")
    subject = para(doc, "")
    subject.add_run(say("Letter of support: {{ title }}{% if acronym %} ({{ acronym }}){% endif %}")
                    ).bold = True
    para(doc, "")
    para(doc, "{{ greeting }}")
    para(doc, "I am pleased to inform you that on {{ decided_on }} the Bureau of the 4 per 1000 "
              "Initiative {{ decision }} the concept note “{{ title }}” (version {{ version }}), "
              "submitted by {{ lead_organisation or 'your project team' }} through the task "
              "force {{ task_force }}.")
    tag(doc, "if assessed_on")
    para(doc, "The Scientific and Technical Committee assessed the concept note on "
              "{{ assessed_on }} for its relevance, quality and completeness"
              "{% if recommendation %}, with the recommendation “{{ recommendation }}”"
              "{% endif %}.")
    tag(doc, "endif")
    para(doc, "The 4 per 1000 Initiative supports this project as a contribution to its "
              "strategic plan and to soils for food security and climate, and encourages "
              "funders to consider it favourably. This letter expresses the Initiative's "
              "support; it is not a financial commitment.")
    tag(doc, "for note in notes")
    para(doc, "{{ note }}")
    tag(doc, "endfor")
    para(doc, "We wish you every success in securing funding for the project.")
    para(doc, "Yours sincerely,")
    for _ in range(3):
        para(doc, "")
    signature = para(doc, "{{ signatory_name }}")
    signature.paragraph_format.space_after = 0
    para(doc, "{{ signatory_title }}", "Note")
    return save(doc, "letter-of-support.docx")


def meeting_minutes() -> Path:
    doc = new_document("Meeting minutes")
    header_footer(doc, SHORT_TITLE, "Minutes · {{ held_on }}", FOOTER)
    para(doc, "MINUTES · {{ kind|upper }}", "Kicker")
    para(doc, "{{ title }}", "Title")
    para(doc, "")
    facts_table(doc, [
        ("Date", "{{ held_on }}"), ("Place", "{{ place or '—' }}"),
        ("Task force", "{{ task_force }}"),
        ("Cycle and step", "{{ cycle or '—' }}{% if step %} · step {{ step }}{% endif %}"),
        ("Minutes issued", "{{ issued }}")])
    tag(doc, "if teams")
    para(doc, "The meeting of the project team(s): {{ teams }}", "Note")
    tag(doc, "endif")
    doc.add_heading(say("Attendance"), level=1)
    tag(doc, "if attendance")
    para(doc, "{{ attendance }}.", "Note")
    tag(doc, "else")
    para(doc, "No participants were recorded.", "Note")
    tag(doc, "endif")
    people = [Column("Name", "a.name", 60), Column("Organisation", "a.organisation", 75),
              Column("Role", "a.role", 30)]
    for group, heading in (("present", "Present"), ("apologies", "Apologies"), ("absent", "Absent"),
                           ("invited", "Invited, attendance not recorded")):
        tag(doc, f"if {group}")
        doc.add_heading(say(heading), level=2)
        data_table(doc, f"a in {group}", people)
        tag(doc, "endif")
    doc.add_heading(say("Agenda"), level=1)
    tag(doc, "for item in agenda")
    item_heading = para(doc, "{{ item.number }}.  {{ item.title }}")
    item_heading.runs[0].bold = True
    item_heading.paragraph_format.space_after = Pt(2)
    item_heading.paragraph_format.keep_with_next = True
    tag(doc, "for text in item.notes")
    para(doc, "{{ text }}").paragraph_format.left_indent = Mm(6)
    tag(doc, "endfor")
    tag(doc, "endfor")
    doc.add_heading(say("Decisions"), level=1)
    tag(doc, "if decisions")
    data_table(doc, "d in decisions", [Column("No.", "d.number", 12),
                                       Column("Decision", "d.text", TEXT_WIDTH_MM - 12)])
    tag(doc, "else")
    para(doc, "No decisions were recorded.", "Note")
    tag(doc, "endif")
    tag(doc, "if ideas")
    doc.add_heading(say("Project ideas and the teams formed"), level=1)
    data_table(doc, "i in ideas", [Column("Project idea", "i.title", 75),
                                   Column("Teams formed", "i.teams or '—'", TEXT_WIDTH_MM - 75)])
    tag(doc, "endif")
    doc.add_heading(say("Action items"), level=1)
    tag(doc, "if actions")
    data_table(doc, "x in actions", [
        Column("No.", "x.number", 12), Column("Action", "x.what", 72),
        Column("Owner", "x.owner", 35), Column("Due", "x.due", 28), Column("Status", "x.status", 18)])
    tag(doc, "else")
    para(doc, "No action items were recorded.", "Note")
    tag(doc, "endif")
    tag(doc, "if notes")
    doc.add_heading(say("Notes"), level=1)
    tag(doc, "for text in notes")
    para(doc, "{{ text }}")
    tag(doc, "endfor")
    tag(doc, "endif")
    return save(doc, "meeting-minutes.docx")


def annual_report() -> Path:
    doc = new_document("Annual progress report")
    header_footer(doc, "{{ title }}", "{{ scope }}", FOOTER)
    para(doc, "ANNUAL PROGRESS REPORT · CYCLE {{ cycle }}", "Kicker")
    para(doc, "{{ title }}", "Title")
    para(doc, "{{ scope }} · issued {{ issued }}", "Subtitle")
    para(doc, "")
    data_table(doc, "f in summary", [Column("In this cycle", "f.label", 60),
                                     Column("Count", "f.value", 25, "right")])
    doc.add_heading(say("1. Members by role and region"), level=1)
    member_columns = [Column("Region", "m.region", 65), Column("TFL", "m.tfl", 25, "right"),
                      Column("TFRR", "m.tfrr", 25, "right"), Column("TFM", "m.tfm", 25, "right"),
                      Column("Total", "m.total", 25, "right")]
    data_table(doc, "m in members", member_columns, totals=[
        "{{ members_total.region }}", "{{ members_total.tfl }}", "{{ members_total.tfrr }}",
        "{{ members_total.tfm }}", "{{ members_total.total }}"])
    doc.add_heading(say("2. Inventory of activities"), level=1)
    para(doc, "Activities recorded in the inventory, by status: at the baseline (the first "
              "cycle) and now, with the change.", "Note")
    para(doc, "{{ baseline_note }}", "Note")
    data_table(doc, "s in inventory", [
        Column("Status", "s.status", 65), Column("Baseline", "s.baseline", 33, "right"),
        Column("Now", "s.now", 33, "right"), Column("Change", "s.change", 34, "right")],
        totals=["{{ inventory_total.status }}", "{{ inventory_total.baseline }}",
                "{{ inventory_total.now }}", "{{ inventory_total.change }}"])
    doc.add_heading(say("3. Action-plan indicators"), level=1)
    tag(doc, "if indicators")
    tag(doc, "if chart")
    chart = para(doc, "{{ chart }}")
    chart.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, "Progress of each indicator toward its target (the numbers refer to the table).",
         "Note")
    tag(doc, "endif")
    tag(doc, "if trend")
    trend = para(doc, "{{ trend }}")
    trend.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(doc, "Each indicator's measured values over time (green), against its baseline (grey dotted "
              "line) and its 2030 target (orange dashed line); the numbers refer to the table.", "Note")
    tag(doc, "endif")
    data_table(doc, "i in indicators", [
        Column("No.", "i.number", 10), Column("TF", "i.task_force", 12),
        Column("Indicator", "i.name", 51), Column("Unit", "i.unit", 20),
        Column("Baseline", "i.baseline", 18, "right"), Column("Target", "i.target", 18, "right"),
        Column("Latest", "i.latest", 17, "right"), Column("Progress", "i.progress", 19, "right")])
    tag(doc, "else")
    para(doc, "No action-plan indicators are recorded for this cycle.", "Note")
    tag(doc, "endif")
    doc.add_heading(say("4. Concept-note pipeline"), level=1)
    data_table(doc, "s in pipeline", [Column("Stage", "s.stage", 100),
                                      Column("Concept notes", "s.count", 30, "right")])
    doc.add_heading(say("5. Meetings held"), level=1)
    tag(doc, "if meetings")
    data_table(doc, "m in meetings", [
        Column("Date", "m.held_on", 24), Column("Kind", "m.kind", 34),
        Column("TF", "m.task_force", 14), Column("Title", "m.title", 70),
        Column("Participants", "m.participants", 23, "right")])
    tag(doc, "else")
    para(doc, "No meetings were recorded in this cycle.", "Note")
    tag(doc, "endif")
    doc.add_heading(say("6. Task forces in this cycle"), level=1)
    para(doc, "What the cycle overview counts for each task force.", "Note")
    counts = data_table(doc, "t in task_forces", [
        Column("TF", "t.task_force", 14), Column("Members", "t.members", 19, "right"),
        Column("Activities", "t.activities", 23, "right"), Column("Meetings", "t.meetings", 20, "right"),
        Column("Ideas", "t.ideas", 15, "right"), Column("Teams", "t.teams", 17, "right"),
        Column("Notes", "t.notes", 15, "right"), Column("Assessed", "t.assessed", 21, "right"),
        Column("Validated", "t.validated", 21, "right")],
        totals=["{{ task_forces_total.task_force }}", "{{ task_forces_total.members }}",
                "{{ task_forces_total.activities }}", "{{ task_forces_total.meetings }}",
                "{{ task_forces_total.ideas }}", "{{ task_forces_total.teams }}",
                "{{ task_forces_total.notes }}", "{{ task_forces_total.assessed }}",
                "{{ task_forces_total.validated }}"])
    for cell in counts.rows[0].cells:  # nine columns: smaller headers, so no word breaks in French or Spanish
        for run in cell.paragraphs[0].runs:
            run.font.size = Pt(7.5)
    doc.add_heading(say("7. Progress reports"), level=1)
    tag(doc, "if reports")
    tag(doc, "for r in reports")
    doc.add_heading("{{ r.task_force }} · {{ r.title }}", level=2)
    tag(doc, "if r.submitted")
    para(doc, "Submitted on {{ r.submitted }}", "Note")
    tag(doc, "endif")
    tag(doc, "for text in r.paragraphs")
    para(doc, "{{ text }}")
    tag(doc, "endfor")
    tag(doc, "endfor")
    tag(doc, "else")
    para(doc, "No progress reports were recorded for this cycle.", "Note")
    tag(doc, "endif")
    doc.add_heading(say("8. Records with no cycle"), level=1)
    para(doc, "{{ no_cycle_note }}", "Note")
    tag(doc, "if no_cycle")
    data_table(doc, "f in no_cycle", [Column("Records", "f.label", 60),
                                      Column("Count", "f.value", 25, "right")])
    tag(doc, "endif")
    return save(doc, "annual-report.docx")


def official_list() -> Path:
    doc = new_document("Official list")
    header_footer(doc, "{{ title }}", "{{ scope }}", FOOTER)
    para(doc, "OFFICIAL LIST · CYCLE {{ cycle }}", "Kicker")
    para(doc, "{{ title }}", "Title")
    para(doc, "Task force leaders and regional representatives approved by the Governing Board · "
              "issued {{ issued }}", "Subtitle")
    para(doc, "")
    tag(doc, "for tf in task_forces")
    doc.add_heading("{{ tf.heading }}", level=1)
    tag(doc, "if tf.people")
    data_table(doc, "p in tf.people", [
        Column("Role", "p.role", 18), Column("Name", "p.name", 37),
        Column("Organisation", "p.organisation", 38), Column("Country", "p.country", 20),
        Column("Region", "p.region or '—'", 25), Column("Approved", "p.approved", 27)])
    tag(doc, "else")
    para(doc, "No leader or representative was approved for this task force in this cycle.", "Note")
    tag(doc, "endif")
    tag(doc, "endfor")
    return save(doc, "official-list.docx")


def build_all() -> list[Path]:
    """Every template in every language; refuses to finish while a text has no translation."""
    written = []
    for language in LANGUAGES:
        build_in(language, None if language == "en" else WORDS[language])
        written += [concept_note(), letter_of_support(), meeting_minutes(), annual_report(),
                    official_list()]
        if missing:
            raise SystemExit(f"no {language} translation in packaging/template_words.py for:\n"
                             + "\n".join(sorted(set(missing))))
    build_in("en", None)
    return written


if __name__ == "__main__":
    for written in build_all():
        print(f"wrote {written}")
    if "--previews" in sys.argv:
        from template_previews import previews

        for written in previews(OUT_DIR, OUT_DIR.parents[1] / "docs" / "images"):
            print(f"wrote {written}")
