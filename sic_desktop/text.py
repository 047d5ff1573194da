"""Sentences for a person: the English words everywhere, and the template and values the window translates."""

import re
from collections.abc import Iterable
from typing import Any, Self

PLACES = re.compile(r"%(\d)")


def fill(template: str, values: tuple[str, ...] | list[str]) -> str:
    """`template` with %1, %2... replaced by `values` in one pass (a value holding "%2" stays as it is)."""

    def value(found: re.Match[str]) -> str:
        at = int(found.group(1))
        return values[at - 1] if 0 < at <= len(values) else found.group(0)

    return PLACES.sub(value, template)


def plural(template: str, count: int) -> str:
    """The English of a template counting with %n: the count put in, "(s)" dropped for one, else "s"."""
    return template.replace("%n", str(count)).replace("(s)", "" if count == 1 else "s")


def _english(arg: object, separator: str) -> str:
    if isinstance(arg, tuple | list):
        return separator.join(str(item) for item in arg)
    return str(arg)


class Text(str):
    """A sentence: the filled English (what str(), the command line and the logs see) and its parts.

    `template` is the English with %1, %2... where `args` go. An argument may itself be a Text (the
    window translates it too) or a tuple of items, shown joined by `separator`. A template that counts
    something writes %n and "(s)" and is given `count`: "%n problem(s)" is "1 problem", "2 problems",
    and the window picks the language's plural form. `context` is where the window finds the
    template's translation; dev/wordlist.py lists every literal template for lupdate.
    The core never imports Qt: ui/translate.py `translated` does the translating.
    """

    template: str
    args: tuple[Any, ...]
    context = "core"
    separator = ", "
    counted: int | None = None  # the `count` given (a str has a count method)

    def __new__(cls, template: str, *args: object, count: int | None = None, context: str | None = None,
                separator: str | None = None) -> Self:
        joiner = separator if separator is not None else cls.separator
        english = template if count is None else plural(template, count)
        if args:  # most sentences have values to put in; the rest skip the search for places
            english = fill(english, [_english(arg, joiner) for arg in args])
        text = super().__new__(cls, english)
        text.template = template
        text.args = args
        if count is not None:
            text.counted = count
        if context is not None:
            text.context = context
        if separator is not None:
            text.separator = separator
        return text

    def __getnewargs_ex__(self) -> tuple[tuple[object, ...], dict[str, object]]:  # pickled by its parts
        return (self.template, *self.args), {"count": self.counted, "context": self.context,
                                             "separator": self.separator}


def joined(items: Iterable[str], separator: str = ", ") -> Text:
    """Items (each a Text or plain words) joined: the window translates each item."""
    return Text("%1", tuple(items), separator=separator)


def word(english: str, context: str) -> Text:
    """A word the window translates in `context` (a record kind in "records", a field in "fields")."""
    return Text(english, context=context)
