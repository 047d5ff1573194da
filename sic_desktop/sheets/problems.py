"""Every bad cell of an import, said at once: sheet, row, column and reason for each."""

from dataclasses import dataclass, field

from sic_desktop.errors import InputRefused, RowError
from sic_desktop.text import Text, joined

MAX_ERRORS_SHOWN = 10


@dataclass
class SheetErrors(InputRefused):
    """Every bad cell of an import; nothing was changed."""

    errors: list[RowError] = field(default_factory=list)

    def __post_init__(self) -> None:
        shown: list[str] = [Text("  %1", error.message) for error in self.errors[:MAX_ERRORS_SHOWN]]
        more = len(self.errors) - MAX_ERRORS_SHOWN
        if more > 0:
            shown.append(Text("  ... and %1 more", more))
        super().__init__(Text("Nothing was imported: %n problem(s) found\n%1", joined(shown, "\n"),
                              count=len(self.errors)))
