"""The merge into the master: every change authorised, then planned field by field (three-way)."""

from sqlalchemy import Connection, select, text

from sic_desktop.db.models import Change, Membership, Region, TaskForce
from sic_desktop.errors import InputRefused
from sic_desktop.services import authority, note_received
from sic_desktop.services.validation import Reason, check_value, ends_before_start
from sic_desktop.sync.canonical import JSON
from sic_desktop.sync.disagreements import Disagreements, Side
from sic_desktop.sync.plan import Plan, Planner, State
from sic_desktop.sync.trust import Scope
from sic_desktop.sync.wire import Model, WireChange, models, python_value
from sic_desktop.sync.withdraw import withdrawals
from sic_desktop.text import Text, word


class Authority:
    """Checks every change against the authority table (services/authority.py): the signer's
    scope before and after, a child's parent, the Secretariat's own kinds - and the record's rules
    as a whole (required fields, an end after its start), as the region's own copy checks them."""

    def __init__(self, connection: Connection, signer: Scope, state: State,
                 arriving: dict[tuple[str, str], dict[str, JSON]]) -> None:
        self.connection = connection
        self.signer = signer
        self.state = state
        self.arriving = arriving
        self.scope: authority.Signer | None = None
        if not signer.is_secretariat:
            task_forces = frozenset(connection.execute(
                select(TaskForce.id).where(TaskForce.code.in_(signer.task_forces))).scalars())
            region: str | None = None
            if signer.role == "tfrr" and signer.region:
                region = connection.execute(
                    select(Region.id).where(Region.name == signer.region)
                ).scalar_one_or_none()
            self.scope = authority.Signer(task_forces, ", ".join(signer.task_forces), region,
                                          signer.region if region else None, regional_copy=False,
                                          role=signer.role, memberships=self.memberships,
                                          origin=self.origin, site_id=signer.site_id)

    def origin(self, table: str, record: str) -> str | None:
        """The site whose change created a record in the master copy (None: not there yet)."""
        return self.connection.execute(
            select(Change.site_id).where(Change.table_name == table, Change.record_id == record,
                                         Change.kind == "insert")).scalars().first()

    def memberships(self, person_id: str) -> frozenset[str]:
        """The task forces a person is a member of in the master copy."""
        return frozenset(self.connection.execute(
            select(Membership.task_force_id).where(Membership.person_id == person_id,
                                                   Membership.deleted.is_(False))).scalars())

    def lookup(self, table: str, record: str) -> dict[str, JSON] | None:
        """A record as the master holds it now (this bundle's earlier changes included)."""
        if models().get(table) is None:
            return None
        if self.state.parent_deleted(table, record) is None:
            return self.arriving.get((table, record))
        return self.state.rows.get((table, record))

    def check(self, model: Model, row: dict[str, JSON] | None, change: WireChange) -> None:
        after = dict(row or {})
        if change.kind == "insert":
            assert isinstance(change.new, dict)
            after.update(change.new)
        else:
            after[change.field] = change.new
        rule = authority.rules()[model.name]
        reason = authority.refusal(rule, row, after, self.scope, self.lookup)
        if reason is None and not self.signer.is_secretariat:
            # The cycle's decisions (a note's status, its submission, letters) follow the same rules
            # as in the region's own copy (services/note_rules.py).
            reason = note_received.refusal_on(
                self.connection, signer_role=self.signer.role, table=model.name, record_id=change.record,
                field=change.field, kind=change.kind, row=row, new=change.new)
        if reason is not None:
            who = Text("%1 (%2, key %3)", self.signer.name, self.signer.role.upper(), self.signer.key_id)
            raise InputRefused(Text("%1 may not make change %2: %3", who, change.seq, reason))
        if ends_before_start(after):
            raise InputRefused(Text("change %1: %2: %3 %4", change.seq, authority.named(rule, after),
                                    word("End", "fields"), Reason("is before the start")))


def plan_master(
    connection: Connection,
    changes: list[WireChange],
    *,
    signer: Scope,
    acks: dict[str, int],
    master_site: str,
    deletes_seen: dict[str, str | None] | None = None,
) -> Plan:
    """Merge a region's new changes into the master: fast-forward, same value, or conflict."""
    state = State(connection, changes)
    arriving = {(c.table, c.record): c.new for c in changes if c.kind == "insert" and isinstance(c.new, dict)}
    checker = Authority(connection, signer, state, arriving)
    planner = Planner(state)
    planner.arriving = {(c.table, c.record) for c in changes if c.kind == "insert"}
    planner.bundle = {c.id: c for c in changes}
    queue = Disagreements(connection, {(c.table, c.record) for c in changes}, planner.now)
    planner.plan.disagreements = queue
    # A change the region withdrew (sync/withdraw.py) goes with its withdrawal, neither applied,
    # even when it would be refused: that is how a region takes back what this merge refuses.
    withdrawn = withdrawals(changes)
    taken_back: set[str] = set()
    for change in changes:
        if change.id in taken_back:
            continue
        model = models()[change.table]
        key = (change.table, change.record)
        row = state.rows.get(key)
        try:
            checker.check(model, row, change)
            _check_values(model, change)
            if change.kind != "insert" and row is None:
                raise InputRefused(
                    Text("change %1 edits the %2 %3, which the master copy does not have",
                         change.seq, word(model.cls.__label__, "records"), change.record)
                )
        except InputRefused:
            if change.id not in withdrawn:
                raise
            planner.log(change, applied=False)
            planner.log(planner.bundle[withdrawn[change.id]], applied=False)
            taken_back.add(withdrawn[change.id])
            continue
        if change.kind == "insert":
            _merge_insert(planner, model, change, row)
            continue
        assert row is not None
        heads = state.heads.get(key, {})
        head = heads.get(change.field) or heads.get("*")
        current = row.get(change.field)
        if change.kind == "update" and row.get("deleted"):
            planner.conflict(
                "edit-delete",
                change,
                master=current,
                head=heads.get("deleted"),
                base=change.old,
                incoming=change.new,
            )
            planner.log(change, applied=False)
        elif (
            change.kind == "delete"
            and not row.get("deleted")
            and _unseen_edit(connection, state.history.get(key, []), change, acks, deletes_seen)
        ):
            planner.conflict("delete-edit", change, master=False, head=head, base=False, incoming=True)
            planner.log(change, applied=False)
        elif head is None or (change.based_on is not None and change.based_on in (head.change_id, head.also)):
            planner.update_field(model, change)
            planner.log(change, applied=True)
            queue.shows(change.table, change.record, change.field, _side(change))
        elif current == change.new or current == change.old:
            # The same value as the master's (merged), or a three-way fast-forward by value.
            if current == change.new:
                planner.plan.merged += 1
                planner.set_head(change, change.field)
            else:
                planner.update_field(model, change)
            planner.log(change, applied=True)
            queue.shows(change.table, change.record, change.field, _side(change))
        else:
            shown = Side(head.change_id, head.site, head.author, head.hlc, current)
            if head.site != master_site and (change.hlc, change.id) > (head.hlc, head.change_id):
                # Two regions disagree: the later clock shows, so the import order never matters.
                planner.update_field(model, change)
                planner.log(change, applied=True)
                planner.plan.flips.append(head.change_id)
                queue.lose(
                    change.table,
                    change.record,
                    change.field,
                    loser=shown,
                    winner=_side(change),
                    base=planner.chain_base(head.change_id),
                )
                queue.shows(change.table, change.record, change.field, _side(change))
            else:
                queue.lose(
                    change.table,
                    change.record,
                    change.field,
                    loser=_side(change),
                    winner=shown,
                    base=planner.chain_base(change.id),
                )
                planner.log(change, applied=False)
    return planner.plan


def _merge_insert(planner: Planner, model: Model, change: WireChange, row: dict[str, JSON] | None) -> None:
    assert isinstance(change.new, dict)
    if row is not None:  # the same new record twice: every differing field is a conflict
        for name, value in change.new.items():
            if row.get(name) != value:
                planner.conflict("value", change, master=row.get(name), head=None, incoming=value, what=name)
        planner.log(change, applied=False)
        return
    planner.insert_row(model, change)
    planner.log(change, applied=True)
    for name, value in change.new.items():
        parent = model.columns[name].info.get("link")
        if not parent or not isinstance(value, str):
            continue
        if (parent, value) in planner.arriving:
            continue  # the parent is new too, in this very bundle (a flush orders rows freely)
        deleted = planner.state.parent_deleted(parent, value)
        if deleted is None:
            raise InputRefused(
                Text("change %1: the new %2 %3 refers to %4 %5, which does not exist", change.seq,
                     word(model.cls.__label__, "records"), change.record, parent, value)
            )
        if deleted:
            planner.conflict("orphan", change, master="deleted", head=None, incoming=value, what=name)
    email = change.new.get("email")
    if model.name == "person" and isinstance(email, str):
        twin = planner.state.connection.execute(
            text("SELECT id FROM person WHERE lower(email) = lower(:e) AND id != :i AND deleted = 0"),
            {"e": email, "i": change.record},
        ).scalar()
        twin = twin or next(
            (
                r["id"]
                for r in planner.plan.inserts.get("person", [])
                if r["id"] != change.record and str(r["email"] or "").lower() == email.lower()
            ),
            None,
        )
        if twin:
            planner.conflict(
                "duplicate", change, master=twin, head=None, incoming=change.record, what="email"
            )


def _check_values(model: Model, change: WireChange) -> None:
    """The model's own rules (choices, e-mail, links' form, no negative amounts) for every value
    a region sends: its copy checked them when they were typed; a tampered copy is refused here."""
    values = change.new if isinstance(change.new, dict) else {change.field: change.new}
    for name, value in values.items():
        if value is None:
            continue
        column = model.columns[name]
        reason = check_value(column, python_value(model, name, value))
        if reason:
            label = column.info.get("label", name)
            raise InputRefused(
                Text("change %1: the %2 %3: %4 %5", change.seq, word(model.cls.__label__, "records"),
                     change.record, word(str(label), "fields"), reason)
            )


def _side(change: WireChange) -> Side:
    return Side(change.id, change.site, change.author, change.hlc, change.new)


def _unseen_edit(
    connection: Connection,
    history: list[tuple[str, int, str, int]],
    delete: WireChange,
    acks: dict[str, int],
    deletes_seen: dict[str, str | None] | None,
) -> bool:
    """Whether the master holds an edit of the record that the deleting site had not received
    when it deleted: one after (in the master's order) the latest change of the record from
    another site the deleting site held then. Bundles written before regions said so fall back
    on their acknowledgements, which miss an edit received after the delete."""
    edits = [(rowid, origin, seq) for origin, seq, name, rowid in history if name not in ("*", "deleted")]
    edits = [edit for edit in edits if edit[1] != delete.site]
    if deletes_seen is not None and delete.id in deletes_seen:
        seen = deletes_seen[delete.id]
        if seen is None:
            return bool(edits)
        found = connection.execute(
            text("SELECT rowid, table_name, record_id, site_id FROM change WHERE change_id = :i"), {"i": seen}
        ).first()
        if found is not None:
            if (found[1], found[2]) != (delete.table, delete.record) or found[3] == delete.site:
                # Only another site's change of the deleted record says what the region had seen;
                # naming any other would let a region skip the delete-edit conflict at will.
                raise InputRefused(
                    Text("change %1 deletes the %2 %3 having seen change %4, which is not another "
                         "copy's change of that record: the bundle was refused", delete.seq,
                         word(models()[delete.table].cls.__label__, "records"), delete.record, seen))
            return any(rowid > found[0] for rowid, _, _ in edits)
    return any(seq > acks.get(origin, 0) for _, origin, seq in edits)
