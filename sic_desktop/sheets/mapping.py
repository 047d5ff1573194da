"""Which column of a person's file holds which field: titles matched forgivingly, or as the person says."""

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sic_desktop.errors import InputRefused, RowError, UsageError
from sic_desktop.sheets.problems import SheetErrors
from sic_desktop.text import Text, joined

IGNORE = "ignore"
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def fold(title: str) -> str:
    """A title as compared: no accents, no case, words separated by single spaces ("E-mail" = "e mail")."""
    plain = unicodedata.normalize("NFKD", title)
    plain = "".join(char for char in plain if not unicodedata.combining(char)).casefold()
    return _NOT_WORD.sub(" ", plain).strip()


def compact(title: str) -> str:
    """A folded title without spaces, so "E-mail", "Email" and "e mail" meet."""
    return fold(title).replace(" ", "")


@dataclass(frozen=True)
class Wanted:
    """A field a sheet can fill: its title as exported, the other titles that mean it, and whether needed."""

    title: str
    synonyms: tuple[str, ...] = ()
    required: bool = False


@dataclass
class Mapping:
    """Where each field is (its column index), and the file's columns that are not read."""

    positions: dict[str, int]
    ignored: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)

    def notes(self) -> list[str]:
        if not self.ignored:
            return []
        return [Text("%n column(s) not imported: %1", joined(repr(title) for title in self.ignored),
                     count=len(self.ignored))]


def layout_key(titles: Sequence[str]) -> str:
    """A short name for a file's layout (its folded titles), under which a chosen mapping is remembered."""
    return hashlib.sha256("\x1f".join(fold(title) for title in titles).encode()).hexdigest()[:16]


def _names(wanted: Wanted) -> set[str]:
    return {compact(wanted.title), *(compact(synonym) for synonym in wanted.synonyms)}


def field_named(name: str, fields: Sequence[Wanted]) -> Wanted | None:
    """The field a person named (any of its titles, forgivingly), or None."""
    key = compact(name)
    return next((wanted for wanted in fields if key in _names(wanted)), None)


def guess(titles: Sequence[str], fields: Sequence[Wanted]) -> dict[int, str]:
    """{column index: field title} for every title recognised; the first column wins a field."""
    found: dict[int, str] = {}
    taken: set[str] = set()
    for index, title in enumerate(titles):
        wanted = field_named(title, fields) if title else None
        if wanted is not None and wanted.title not in taken:
            found[index] = wanted.title
            taken.add(wanted.title)
    return found


def map_columns(titles: Sequence[str], fields: Sequence[Wanted], *, sheet: str,
                explicit: dict[str, str] | None = None) -> Mapping:
    """Each field's column: the person's own mapping first (file title -> field or "ignore"), then titles.

    Refuses (naming each problem) a mapping that names an unknown field or column, two columns for
    one field, and a required field with no column.
    """
    explicit = explicit or {}
    errors: list[RowError] = []
    by_title = {compact(title): index for index, title in reversed(list(enumerate(titles))) if title}
    chosen: dict[int, str | None] = {}
    for source, target in explicit.items():
        index = by_title.get(compact(source))
        if index is None:
            errors.append(RowError(sheet=sheet, row=1, column=source, reason=Text(
                "the mapping names a column the file does not have; its columns: %1", joined(titles))))
            continue
        if compact(target) in (IGNORE, "", "-"):
            chosen[index] = None
            continue
        wanted = field_named(target, fields)
        if wanted is None:
            errors.append(RowError(sheet=sheet, row=1, column=source, reason=Text(
                "the mapping names %1, which is not a field; fields: %2", repr(target),
                joined(f.title for f in fields))))
            continue
        chosen[index] = wanted.title
    positions: dict[str, int] = {}
    for index, chosen_field in chosen.items():
        if chosen_field is None:
            continue
        if chosen_field in positions:
            errors.append(RowError(sheet=sheet, row=1, column=titles[index], reason=Text(
                "%1 and %2 are both mapped to %3", repr(titles[positions[chosen_field]]), repr(titles[index]),
                chosen_field)))
            continue
        positions[chosen_field] = index
    for index, target in guess(titles, fields).items():
        if index not in chosen and target not in positions:
            positions[target] = index
    for wanted in fields:
        if wanted.required and wanted.title not in positions:
            errors.append(RowError(sheet=sheet, row=1, column=wanted.title, reason=Text(
                "no column holds %1; name one with --map \"Your title=%1\" or choose it in the mapping step",
                wanted.title)))
    if errors:
        raise SheetErrors(errors=errors)
    used = set(positions.values())
    ignored = [title for index, title in enumerate(titles) if title and index not in used]
    return Mapping(positions=positions, ignored=ignored, titles=list(titles))


def parse_pairs(pairs: Iterable[str], *, where: str = "--map") -> dict[str, str]:
    """{file title: field} from "File title=Field" pairs (a mapping file's lines, or --map values)."""
    mapping: dict[str, str] = {}
    for number, line in enumerate(pairs, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        source, sep, target = text.partition("=")
        if not sep or not source.strip():
            raise UsageError(Text("%1: %2 is not \"Title in the file=Field\"", where if where == "--map"
                                  else f"{where}, line {number}", repr(text)))
        mapping[source.strip()] = target.strip()
    return mapping


def read_mapping_file(path: Path) -> dict[str, str]:
    """A mapping file: one "Title in the file=Field" a line (Field may be "ignore"); # starts a comment."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputRefused(Text("The mapping file %1 cannot be read (%2)", str(path), str(error))) from None
    return parse_pairs(lines, where=path.name)
