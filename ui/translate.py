"""Words from the core (Text templates and their values) in the person's language."""

from PySide6.QtCore import QCoreApplication

# lupdate reads `translate("context", "literal")` calls; the alias keeps lines short.
translate = QCoreApplication.translate


def translated(text: str) -> str:
    """Words from the core in the person's language: a Text's template translated, its values put back.

    Each value that is itself a Text is translated the same way; plain words pass through as they are.
    """
    from sic_desktop.text import Text, fill

    if not isinstance(text, Text):
        return str(text)

    def value(arg: object) -> str:
        if isinstance(arg, tuple | list):
            return text.separator.join(value(item) for item in arg)
        return translated(arg) if isinstance(arg, Text) else str(arg)

    if text.counted is None:
        return fill(translate(text.context, text.template), [value(arg) for arg in text.args])
    return fill(translate(text.context, text.template, None, text.counted), [value(arg) for arg in text.args])
