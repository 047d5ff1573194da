"""Errors a user can act on, told apart from bugs; each carries a message fit for a dialog or the CLI.

A message is a `Text` (sic_desktop.text) where the window should show it in the person's language:
str(error) is the English sentence, the window translates its template and values.
"""

from sic_desktop.text import Text


class SicError(Exception):
    """A user's problem (not a bug): the message says what is wrong in words."""

    exit_code = 1

    @property
    def message(self) -> str:
        """The message as given (a Text keeps its template and values), for a message that quotes it."""
        return self.args[0] if len(self.args) == 1 and isinstance(self.args[0], str) else str(self)


class UsageError(SicError):
    """The command was called the wrong way."""

    exit_code = 2


class InputRefused(SicError):
    """A file, bundle or value was refused; nothing was changed."""

    exit_code = 4


class FieldError(InputRefused):
    """One field of one record holds a value that cannot be accepted."""

    def __init__(self, field: str, reason: str, *, record: str | None = None) -> None:
        self.field = field
        self.reason = reason
        self.record = record
        words = Text("%1: %2", field, reason)
        super().__init__(Text("%1: %2", record, words) if record else words)


class RowError(InputRefused):
    """One cell of a spreadsheet row holds a value that cannot be accepted."""

    def __init__(self, *, sheet: str, row: int, column: str, reason: str) -> None:
        self.sheet = sheet
        self.row = row
        self.column = column
        self.reason = reason
        super().__init__(Text("%1, row %2, column %3: %4", sheet, row, repr(column), reason))


class DatabaseTooNew(SicError):
    """The database was written by a newer SIC Desktop."""


class NotFound(SicError):
    """A record asked for by id does not exist."""


class ReadOnly(SicError):
    """The record belongs to someone else (reference data in a regional copy)."""

    exit_code = 4  # refused, and nothing was changed
