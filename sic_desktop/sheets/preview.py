"""What an import would do, told before anything is written: counts, notes and every problem."""

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from sic_desktop.errors import InputRefused, RowError
from sic_desktop.sheets.common import ImportResult
from sic_desktop.sheets.kinds import SheetKind
from sic_desktop.sheets.problems import SheetErrors
from sic_desktop.text import Text


@dataclass
class Preview:
    """An import tried and rolled back: what it would add, change and leave alone, or why it cannot."""

    result: ImportResult | None
    problems: list[RowError] = field(default_factory=list)
    refusal: str | None = None  # a file that cannot be read at all

    @property
    def ok(self) -> bool:
        return self.result is not None

    def lines(self) -> list[str]:
        """The preview in sentences, one a line (the command line's --dry-run prints these)."""
        if self.result is None:
            out: list[str] = [Text("Nothing would be imported: %n problem(s)", count=len(self.problems) or 1)]
            out += [Text("  %1", problem.message) for problem in self.problems]
            if self.refusal:
                out.append(Text("  %1", self.refusal))
            return out
        r = self.result
        return [Text("Would add %1, change %2, leave %3 as they are", r.added, r.updated, r.unchanged),
                *r.matches, *r.notes]


def preview_import(session: Session, kind: SheetKind, path: Path, *, task_force: str,
                   mapping: dict[str, str] | None = None, language: str | None = None) -> Preview:
    """Run the import in a transaction that is always rolled back: the database is left as it was."""
    from sic_desktop.services.writes import rehearsing

    try:
        with rehearsing(session):
            result = kind.import_(session, path, task_force=task_force, mapping=mapping, language=language)
    except SheetErrors as errors:
        return Preview(result=None, problems=errors.errors)
    except RowError as error:
        return Preview(result=None, problems=[error])
    except InputRefused as error:
        return Preview(result=None, refusal=error.message)
    return Preview(result=result)


@dataclass
class Glimpse:
    """A file's columns and first rows as text, with the field each column would fill."""

    sheet: str
    titles: list[str]
    rows: list[list[str]]
    fields: list[str]  # the kind's fields, as the mapping step offers them
    chosen: dict[int, str]  # column index -> field title (the rest are not imported)
    layout: str  # the layout's key, under which a mapping is remembered


def glimpse(kind: SheetKind, path: Path, *, mapping: dict[str, str] | None = None,
            rows: int = 5) -> Glimpse:
    """The first rows of `path` and which field each column fills (titles, then `mapping`)."""
    from sic_desktop.sheets.cells import as_text
    from sic_desktop.sheets.mapping import IGNORE, compact, field_named, guess, layout_key
    from sic_desktop.sheets.reader import read_table

    table = read_table(path)
    wanted = [column.wanted() for column in kind.load().columns]
    chosen = guess(table.titles, wanted)
    by_title = {compact(title): index for index, title in enumerate(table.titles) if title}
    for source, target in (mapping or {}).items():
        index = by_title.get(compact(source))
        if index is None:
            continue
        named = field_named(target, wanted)
        if named is None or compact(target) == IGNORE:
            chosen.pop(index, None)
        else:
            chosen = {i: f for i, f in chosen.items() if f != named.title} | {index: named.title}
    first: list[list[str]] = []
    for _, row in table.rows:
        first.append([as_text(value) or "" for value in row[:len(table.titles)]])
        if len(first) == rows:
            break
    return Glimpse(sheet=table.sheet, titles=table.titles, rows=first, fields=[w.title for w in wanted],
                   chosen=chosen, layout=layout_key(table.titles))
