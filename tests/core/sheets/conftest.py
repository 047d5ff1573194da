"""Fixtures of the spreadsheet tests: LibreOffice where a test needs a file it saved."""

from tests.core.documents.conftest import soffice

__all__ = ["soffice"]
