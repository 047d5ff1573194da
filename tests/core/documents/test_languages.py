"""Documents in English, French and Spanish: complete templates, dates and numbers in each language."""

from datetime import date

import pytest

from sic_desktop.documents import languages, phrases, samples, word
from sic_desktop.documents.template_check import check_template
from sic_desktop.errors import UsageError

from .conftest import TEMPLATES


@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize("name", word.TEMPLATES)
def test_each_translated_template_uses_only_what_the_data_provides(name: str, language: str) -> None:
    assert check_template(TEMPLATES / f"{name}.{language}.docx", samples.all_contexts()[name]) == []


@pytest.mark.parametrize(("language", "long", "short", "amount"), [
    ("en", "6 December 2026", "6 Dec 2026", "12,500.50"),
    ("fr", "6 décembre 2026", "6 déc. 2026", "12\u202f500,50"),
    ("es", "6 de diciembre de 2026", "6 dic 2026", "12.500,50"),
])
def test_dates_and_numbers_in_the_document_language(language: str, long: str, short: str,
                                                    amount: str) -> None:
    day = date(2026, 12, 6)
    with languages.writing_in(language):
        assert (languages.long_date(day), languages.short_date(day), languages.number(12500.5, 2)) == (
            long, short, amount)
    assert languages.long_date(day) == "6 December 2026"  # back to English outside the block


def test_the_program_s_words_are_translated_and_a_person_s_are_not() -> None:
    context = {"place": "Online", "decision": "validated", "title": "Online soils",
               "summary": [{"label": "Members", "value": "12"}], "greeting": "Dear Ana Silva,"}
    with languages.writing_in("fr"):
        assert phrases.localise(context) == {
            "place": "En ligne", "decision": "a validé", "title": "Online soils",
            "summary": [{"label": "Membres", "value": "12"}], "greeting": "Chère, cher Ana Silva,"}
    assert phrases.localise(context) == context


def test_an_unknown_language_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="Documents are written in en, fr, es, not 'de'"):
        languages.checked("de")
    assert languages.checked("fr_CA") == "fr" and languages.checked(None) == "en"


def test_the_minutes_attendance_line_and_the_budget_note_in_spanish() -> None:
    with languages.writing_in("es"):
        assert phrases.say("3 present, 1 sent apologies") == "presentes: 3, excusados: 1"
        assert phrases.say("Amounts in EUR.") == "Montos en EUR."
        assert phrases.say("Kick-off, phase 2") == "Kick-off, phase 2"  # a title stays as written
