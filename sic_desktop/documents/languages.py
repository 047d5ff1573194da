"""The language a document is written in: its template, and dates and numbers as that language writes them.

A document is written inside `writing_in(language)`; the formatting helpers read it from there, so the
builders of each document's context need no language parameter. Babel holds CLDR's conventions.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from pathlib import Path

from babel.dates import format_date, format_skeleton
from babel.numbers import format_decimal

from sic_desktop.errors import UsageError
from sic_desktop.paths import resources_dir
from sic_desktop.text import Text

LANGUAGES = ("en", "fr", "es")
DEFAULT = "en"
# English keeps the day-first "6 December 2026" the documents always used; CLDR's long date elsewhere.
_LONG_DATE = {"en": "d MMMM y"}
_current: ContextVar[str] = ContextVar("document_language", default=DEFAULT)


def checked(language: str | None) -> str:
    """The language code to write in (en, fr or es; None is the default), or a usage error."""
    code = (language or DEFAULT).strip().lower().replace("-", "_").split("_")[0]
    if code not in LANGUAGES:
        raise UsageError(Text("Documents are written in %1, not %2", ", ".join(LANGUAGES), repr(language)))
    return code


@contextmanager
def writing_in(language: str | None) -> Iterator[str]:
    """Within this block, documents are written in `language`."""
    token = _current.set(checked(language))
    try:
        yield _current.get()
    finally:
        _current.reset(token)


def current() -> str:
    return _current.get()


def long_date(day: date | None) -> str:
    """6 December 2026, 6 décembre 2026, 6 de diciembre de 2026."""
    if day is None:
        return ""
    language = current()
    return format_date(day, _LONG_DATE.get(language, "long"), locale=language)


def short_date(day: date | None) -> str:
    """6 Dec 2026, 6 déc. 2026, 6 dic 2026."""
    return format_date(day, "d MMM y", locale=current()) if day else ""


def month_year(day: date | None) -> str:
    """Dec 2026, déc. 2026, dic 2026."""
    return format_skeleton("yMMM", day, locale=current()) if day else ""


def number(value: float | None, places: int = 0) -> str:
    """12,500.50 / 12 500,50 / 12.500,50: grouped, with exactly `places` decimals."""
    if value is None:
        return ""
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(value, format=pattern, locale=current())


def money(value: float | None, currency: str | None = None) -> str:
    """An amount to the cent with its currency, as the document's language writes numbers."""
    from sic_desktop import words

    return words.money(value, currency, words.Reader(number=lambda amount, places: number(amount, places)))


def template_file(name: str, *, overrides: Path | None = None) -> Path:
    """The template for `name` in the current language: the Secretariat's own first, else the shipped one.

    English is `name.docx`, the others `name.fr.docx`, `name.es.docx`; a template replaced in one
    language is used for that language only, so replacing one never breaks another.
    """
    from sic_desktop.documents.word import override_dir

    language = current()
    file = f"{name}.docx" if language == DEFAULT else f"{name}.{language}.docx"
    own = (overrides if overrides is not None else override_dir()) / file
    return own if own.is_file() else resources_dir() / "templates" / file
