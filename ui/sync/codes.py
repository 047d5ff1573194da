"""The codes the database stores (change, conflict and bundle kinds, verdicts, key roles) in words."""

from PySide6.QtCore import QCoreApplication

# lupdate reads `translate("context", "literal")` calls; the alias keeps lines short.
translate = QCoreApplication.translate


def change_kinds() -> dict[str, str]:
    """What a change did to a record, as the history names it."""
    return {
        "insert": translate("change kinds", "insert"),
        "update": translate("change kinds", "update"),
        "delete": translate("change kinds", "delete"),
        "undelete": translate("change kinds", "undelete"),
    }


def conflict_kinds() -> dict[str, str]:
    """Why a change waits in the conflict queue; where no translation turns a code into words, the
    core's English sentence for it (sic_desktop/words.py CONFLICT_KINDS), never the bare code."""
    from sic_desktop.words import CONFLICT_KINDS

    said = {
        "value": translate("conflict kinds", "value"),
        "edit-delete": translate("conflict kinds", "edit-delete"),
        "delete-edit": translate("conflict kinds", "delete-edit"),
        "orphan": translate("conflict kinds", "orphan"),
        "duplicate": translate("conflict kinds", "duplicate"),
    }
    return {code: CONFLICT_KINDS[code] if text == code else text for code, text in said.items()}


def bundle_kinds() -> dict[str, str]:
    """A region's changes, or the Secretariat's master bundle."""
    return {
        "changes": translate("bundle kinds", "changes"),
        "master": translate("bundle kinds", "master"),
    }


def verdicts() -> dict[str, str]:
    """What became of a bundle, as the bundle log says it."""
    return {
        "applied": translate("verdicts", "applied"),
        "conflicts": translate("verdicts", "conflicts"),
        "already applied": translate("verdicts", "already applied"),
        "preview": translate("verdicts", "preview"),
        "refused": translate("verdicts", "refused"),
        "quarantined": translate("verdicts", "quarantined"),
        "exported": translate("verdicts", "exported"),
    }


def roles() -> dict[str, str]:
    """A site's role, or the role a trusted key holds (English shows these source words as they are)."""
    return {
        "secretariat": translate("roles", "Secretariat"),
        "regional": translate("roles", "regional"),
        "tfl": translate("roles", "TFL"),
        "tfrr": translate("roles", "TFRR"),
        "stc": translate("roles", "STC"),
    }


def key_statuses() -> dict[str, str]:
    return {
        "active": translate("key statuses", "active"),
        "revoked": translate("key statuses", "revoked"),
    }


def word(words: dict[str, str], code: str) -> str:
    """The word for a code; a code this version does not know is shown as it is."""
    return words.get(code, code)
