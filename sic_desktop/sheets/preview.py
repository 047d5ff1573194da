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
    transaction = session.begin()
    try:
        result = kind.import_(session, path, task_force=task_force, mapping=mapping, language=language)
    except SheetErrors as errors:
        return Preview(result=None, problems=errors.errors)
    except RowError as error:
        return Preview(result=None, problems=[error])
    except InputRefused as error:
        return Preview(result=None, refusal=error.message)
    finally:
        transaction.rollback()
    return Preview(result=result)
