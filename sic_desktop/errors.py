"""Errors a user can act on, told apart from bugs; each carries a message fit for a dialog or the CLI."""


class SicError(Exception):
    """A user's problem (not a bug): the message says what is wrong in words."""

    exit_code = 1


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
        where = f"{record}: " if record else ""
        super().__init__(f"{where}{field}: {reason}")


class RowError(InputRefused):
    """One cell of a spreadsheet row holds a value that cannot be accepted."""

    def __init__(self, *, sheet: str, row: int, column: str, reason: str) -> None:
        self.sheet = sheet
        self.row = row
        self.column = column
        self.reason = reason
        super().__init__(f"{sheet}, row {row}, column {column!r}: {reason}")


class DatabaseTooNew(SicError):
    """The database was written by a newer SIC Desktop."""


class NotFound(SicError):
    """A record asked for by id does not exist."""


class ReadOnly(SicError):
    """The record belongs to someone else (reference data in a regional copy)."""
