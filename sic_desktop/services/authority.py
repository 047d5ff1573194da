"""Who may write what: one declarative table, read by every local write and by the Secretariat's merge.

A record's owner decides who may write it: the Secretariat's reference data and decisions (whole
kinds, and single fields such as a candidacy's Board decision), shared lists anybody trusted may
edit (a person only while in none but the key's task forces), and task-force records, which a
regional key may write only within the task forces (and, for a TFRR, the region) it was trusted
with. An STC assessor's key (role stc) writes STC assessments and scores, and nothing else. A
child record (a budget line, a participant, an indicator...) belongs to its parent's task force and
region: the parents named here are checked on every path, so no record reaches into another task
force through a link.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from sic_desktop.db.base import record_class, record_classes
from sic_desktop.initiative import INITIATIVE_MEETING
from sic_desktop.text import Text, word

Owner = Literal["reference", "secretariat", "shared", "task_force"]
Row = Mapping[str, Any]
# (table, id) -> that record's values (None when this copy does not hold it).
Lookup = Callable[[str, str], Row | None]

# The Bureau's decisions and the letters of support issued on them (their .docx and its hash),
# funders and their calls, and the Secretariat's word on a pair of alike concept notes are the
# Executive Secretariat's to write, whatever a regional key's scope.
SECRETARIAT_ONLY: frozenset[str] = frozenset({"validation", "letter_of_support", "funder",
                                              "funding_opportunity", "overlap_choice"})
# Single fields that are the Secretariat's decision inside a record others may edit: an
# organisation's partner flag, and the Secretariat's proposal and the Governing Board's decision on
# a candidacy (with its date).
SECRETARIAT_FIELDS: dict[str, tuple[str, ...]] = {
    "organisation": ("partner",),
    "candidacy": ("exsec_proposal", "board_decision", "decided_on"),
}
# The STC's assessments and their scores: written by the Secretariat or an STC assessor's copy
# (trust role "stc"), which may write nothing else.
ASSESSMENTS: frozenset[str] = frozenset({"assessment", "assessment_score"})
UNDECIDED = (None, "pending")  # what a new candidacy may say of the decisions
# Links that point across task forces on purpose: a task force says an activity of another one
# serves it (the record is the serving task force's, the activity stays its owner's).
ACROSS_TASK_FORCES: frozenset[tuple[str, str]] = frozenset({("activity_task_force", "activity_id")})
# A TF leaders' meeting (steps 3, 9, 12) is the whole Initiative's: recorded once, under any task
# force, it takes its participants from every task force (each participant stays their own task force's).
INITIATIVE_WIDE: dict[tuple[str, str], tuple[str, str]] = {
    ("meeting_participant", "meeting_id"): ("kind", INITIATIVE_MEETING)}
_DEPTH = 6  # parent links followed to find a record's region (a score -> assessment -> concept note)


@dataclass(frozen=True)
class Rule:
    """Who writes one kind of record, and which links name the parent it must share scope with."""

    table: str
    owner: Owner
    parents: tuple[tuple[str, str], ...]  # (field, parent table)
    label: str
    title_field: str
    has_region: bool
    decisions: tuple[str, ...] = ()  # fields only the Secretariat sets (SECRETARIAT_FIELDS)


@cache
def rules() -> dict[str, Rule]:
    """The authority table: every synced kind of record by table name."""
    classes = record_classes()
    scopes = {cls.__tablename__: cls.__scope__ for cls in classes}
    table: dict[str, Rule] = {}
    for cls in classes:
        name = cls.__tablename__
        owner: Owner = "secretariat" if name in SECRETARIAT_ONLY else cls.__scope__
        parents = tuple(
            (column.key, column.info["link"])
            for column in cls.__table__.columns
            if "link" in column.info and scopes.get(column.info["link"]) == "task_force"
            and (name, column.key) not in ACROSS_TASK_FORCES
        )
        table[name] = Rule(name, owner, parents, cls.__label__, cls.__title_field__,
                           "region_id" in cls.__table__.columns, SECRETARIAT_FIELDS.get(name, ()))
    return table


@dataclass(frozen=True)
class Signer:
    """What a regional key may write: its task force ids and codes, and a TFRR's region."""

    task_forces: frozenset[str] | None  # None: a regional copy not yet told its scope
    codes: str
    region: str | None  # region id (a TFRR's); None: every region of its task forces
    region_name: str | None
    regional_copy: bool  # True: this copy's own scope (words "this copy"); False: a bundle's signer
    role: str = "tfl"  # tfl, tfrr or stc (an STC assessor's copy)
    # The task forces a person is a member of, by person id: a regional key edits only people
    # who are in no other task force than its own (None: not known, people are not checked).
    memberships: Callable[[str], frozenset[str]] | None = None
    # An STC copy changes only the assessments it made: the site that created a record (table, id),
    # None when not known (a new one); and the signer's own site id.
    origin: Callable[[str, str], str | None] | None = None
    site_id: str | None = None


def named(rule: Rule, row: Row | None) -> Text:
    """A record in words: its kind and, when it has one, its title ("the activity 'Biochar trials'")."""
    title = None if row is None else row.get(rule.title_field)
    if rule.title_field == "id" or not isinstance(title, str) or not title:
        return Text("the %1", word(rule.label, "records"))
    shown = title if len(title) <= 60 else title[:57] + "..."
    return Text("the %1 %2", word(rule.label, "records"), repr(shown))


def _name_of(lookup: Lookup, table: str, record: Any, field: str) -> str:
    row = lookup(table, record) if isinstance(record, str) else None
    value = None if row is None else row.get(field)
    return str(value) if value else str(record)


def region_of(rule: Rule, row: Row, lookup: Lookup, depth: int = 0) -> tuple[str, Rule, Row] | None:
    """The region a record belongs to: its own, else its parent's (None: task-force wide), with
    the record that holds it."""
    if rule.has_region and row.get("region_id"):
        return str(row["region_id"]), rule, row
    if depth >= _DEPTH:
        return None
    for field, parent_table in rule.parents:
        value = row.get(field)
        parent = lookup(parent_table, value) if isinstance(value, str) else None
        if parent is not None:
            found = region_of(rules()[parent_table], parent, lookup, depth + 1)
            if found is not None:
                return found
    return None


def parent_mismatch(rule: Rule, row: Row, lookup: Lookup) -> Text | None:
    """Why a record's task force is not its parent's (a budget line on another task force's note)."""
    for field, parent_table in rule.parents:
        value = row.get(field)
        parent = lookup(parent_table, value) if isinstance(value, str) else None
        if parent is None or parent.get("task_force_id") == row.get("task_force_id"):
            continue
        wide = INITIATIVE_WIDE.get((rule.table, field))
        if wide is not None and parent.get(wide[0]) == wide[1]:
            continue
        parent_rule = rules()[parent_table]
        return Text(
            "%1 belongs to task force %2, but %3 to task force %4: a record belongs to the task force "
            "of its %5", named(rule, row), _name_of(lookup, "task_force", row.get("task_force_id"), "code"),
            named(parent_rule, parent), _name_of(lookup, "task_force", parent.get("task_force_id"), "code"),
            word(parent_rule.label, "records"))
    return None


def kind_refusal(rule: Rule, signer: Signer | None, shown: Row | None = None) -> Text | None:
    """Why this copy may write no record of the kind at all (None: some it may), whatever the record:
    the window disables its New button with this reason before anyone types."""
    if signer is None:
        return None
    if rule.owner == "reference":
        return Text("the %1 list is the Executive Secretariat's reference data",
                    word(rule.label, "records"))
    if rule.owner == "secretariat":
        return Text("%1 records are the Executive Secretariat's to write", word(rule.label, "records"))
    if signer.role == "stc":
        if rule.table not in ASSESSMENTS:
            return Text("an STC assessor's copy writes only STC assessments and their scores, not %1",
                        named(rule, shown))
        return None
    if rule.table in ASSESSMENTS:
        return Text("%1 records are written by the STC or the Executive Secretariat",
                    word(rule.label, "records"))
    return None


def refusal(rule: Rule, before: Row | None, after: Row | None, signer: Signer | None,
            lookup: Lookup) -> Text | None:
    """Why this write may not be made (None: it may). `signer` None is the Secretariat.

    `before`/`after` are the record's values before and after the write (None: it did not exist).
    """
    shown = before if before is not None else after  # the record as this copy knows it
    if after is not None and rule.owner == "task_force":
        mismatch = parent_mismatch(rule, after, lookup)
        if mismatch is not None:
            return mismatch
    if signer is None:
        return None
    whole_kind = kind_refusal(rule, signer, shown)
    if whole_kind is not None:
        return whole_kind
    if signer.role == "stc":
        return _anothers_assessment(rule, shown, signer, lookup)
    decided = decision_refusal(rule, before, after)
    if decided is not None:
        return decided
    if rule.table == "person" and shown is not None:
        shared = _shared_person(signer, shown, lookup)
        if shared is not None:
            return shared
    if rule.owner != "task_force" or signer.task_forces is None:
        return None
    own = signer.regional_copy
    for state in (before, after):
        if state is None:
            continue
        if state.get("task_force_id") not in signer.task_forces:
            return Text("%1 belongs to task force %2, outside %3 (%4)", named(rule, shown),
                        _name_of(lookup, "task_force", state.get("task_force_id"), "code"),
                        Text("this copy's") if own else Text("their task forces"), signer.codes)
        if signer.region is None:
            continue
        found = region_of(rule, state, lookup)
        if found is None or found[0] == signer.region:
            continue
        region, holder, row = found
        whose = Text("this copy's region") if own else Text("their region")
        where = _name_of(lookup, "region", region, "name")
        if holder is rule:
            return Text("%1 belongs to another region (%2), outside %3 (%4)", named(rule, shown), where,
                        whose, signer.region_name)
        return Text("%1 is part of %2, which belongs to another region (%3), outside %4 (%5)",
                    named(rule, shown), named(holder, row), where, whose, signer.region_name)
    if (signer.region is not None and before is not None and after is not None and rule.has_region
            and before.get("region_id") == signer.region and after.get("region_id") != signer.region):
        return Text("%1 belongs to the region %2: only the Secretariat can take it out of it",
                    named(rule, shown), signer.region_name)
    return None


def decision_refusal(rule: Rule, before: Row | None, after: Row | None) -> Text | None:
    """Why a regional key may not make this write to one of the Secretariat's decision fields."""
    if after is None:
        return None
    for field in rule.decisions:
        value = after.get(field)
        # A new record may leave a decision empty, false or pending; never take it.
        if (before.get(field) if before is not None else None) != value and (
                before is not None or (value and value not in UNDECIDED)):
            return Text("\"%1\" of %2 is the Executive Secretariat's decision", field_word(rule, field),
                        named(rule, before if before is not None else after))
    return None


def field_word(rule: Rule, field: str) -> Text:
    """A field's label in words ("partner of the initiative")."""
    column = record_class(rule.table).__table__.columns[field]
    return word(str(column.info.get("label", field)), "fields")


def _shared_person(signer: Signer, person: Row, lookup: Lookup) -> Text | None:
    """Why a regional key may not change a person who is also another task force's member."""
    if signer.memberships is None or signer.task_forces is None or not isinstance(person.get("id"), str):
        return None
    others = sorted(signer.memberships(str(person["id"])) - signer.task_forces)
    if not others:
        return None
    codes = ", ".join(sorted(_name_of(lookup, "task_force", other, "code") for other in others))
    return Text("%1 is also a member of task force %2, outside %3 (%4): a person shared with another "
                "task force is edited by the Executive Secretariat", named(rules()["person"], person), codes,
                Text("this copy's") if signer.regional_copy else Text("their task forces"), signer.codes)


def _anothers_assessment(rule: Rule, row: Row | None, signer: Signer, lookup: Lookup) -> Text | None:
    """Why an STC copy may not write this assessment or score: one another site made. Any task
    force's note may be assessed: the concept-note rules say which (a submitted one)."""
    if row is None or signer.origin is None:
        return None
    assessment = row.get("id") if rule.table == "assessment" else row.get("assessment_id")
    if not isinstance(assessment, str):
        return None
    made_by = signer.origin("assessment", assessment)
    if made_by is None or made_by == signer.site_id:
        return None
    return Text("%1 was made by another assessor or the Secretariat: an STC copy changes only the "
                "assessments it made", named(rules()["assessment"], lookup("assessment", assessment)))
