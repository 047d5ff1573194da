"""The command line's messages in the person's language, where the window's translations have them.

The core's sentences are `Text`s (an English template and its values); the window translates them with
Qt. The command line has no Qt, so it reads the same translations from the .ts files the window's are
built from, and falls back to English for a sentence they do not hold.
"""

import os
from functools import cache
from pathlib import Path

from defusedxml import ElementTree

from sic_desktop.paths import resources_dir
from sic_desktop.text import Text, fill, plural

LANGUAGES = ("fr", "es")
# The plural form a count takes (Qt's order of numerus forms): French counts 0 and 1 as singular.
_PLURAL = {"fr": lambda n: 0 if n <= 1 else 1, "es": lambda n: 0 if n == 1 else 1}
Table = dict[tuple[str, str], str | list[str]]


def language() -> str | None:
    """The language of the person's locale when the program speaks it (else None: English)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            code = value[:2].lower()
            return code if code in LANGUAGES else None
    return None


@cache
def table(code: str, folder: Path | None = None) -> Table:
    """{(context, English): translation or plural forms} of one language's .ts file ({} if absent)."""
    path = (folder or resources_dir() / "translations") / f"sic_desktop_{code}.ts"
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    found: Table = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in ("unfinished", "vanished",
                                                                                      "obsolete"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found[(name, source)] = forms if forms else (translation.text or "")
    return found


def words(text: str, code: str | None = None) -> str:
    """`text` in the person's language when it is a Text with a translation; else as it is."""
    code = code if code is not None else language()
    if code is None or not isinstance(text, Text):
        return str(text)
    translations = table(code)

    def value(arg: object) -> str:
        if isinstance(arg, tuple | list):
            return text.separator.join(value(item) for item in arg)
        return words(arg, code) if isinstance(arg, Text) else str(arg)

    found = translations.get((text.context, text.template))
    count = text.counted if text.counted is not None else 1
    if found is None:  # the English template, its values still translated (as Qt does)
        template = text.template if text.counted is None else plural(text.template, count)
    elif isinstance(found, list):
        template = found[min(_PLURAL[code](count), len(found) - 1)].replace("%n", str(count))
    else:
        template = found
    return fill(template, [value(arg) for arg in text.args])
