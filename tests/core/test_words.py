"""The one way a value is put into words: money to the cent with its currency, years, links by name."""

from datetime import date

from sic_desktop.words import ENGLISH, Reader, in_words, money, money_currency


def test_money_shows_the_cents_it_was_typed_with_and_its_currency() -> None:
    assert money(12500.5, "EUR") == "12,500.50 EUR"
    assert money(12500, "EUR") == "12,500 EUR"
    assert money(0.07, "USD") == "0.07 USD"
    assert money(12500.5, None) == "12,500.50"
    assert money(None, "EUR") == ""
    assert in_words(2900000.0, "money", currency="XOF") == "2,900,000 XOF"


def test_a_budget_lines_currency_is_its_concept_notes() -> None:
    assert money_currency("budget_line", "requested") == "concept_note_id.currency"
    assert money_currency("activity", "budget") == "currency"
    assert money_currency("activity", "title") is None


def test_every_kind_reads_as_people_write_it() -> None:
    assert in_words(2026, "whole") == "2026"  # a year is never "2,026"
    assert in_words(None, "text") == ""
    assert in_words(True, "flag") == "yes"
    assert in_words(False, "flag") == "no"
    assert in_words(0.35, "number") == "0.35"
    assert in_words(1200.0, "number") == "1,200"
    assert in_words(date(2026, 3, 5), "date") == "2026-03-05"
    assert in_words("2026-03-05", "date") == "2026-03-05"
    assert in_words("fdd1c0de-0000", "link", title="Institut Sénégalais") == "Institut Sénégalais"
    assert in_words(2026, "link", title=2026) == "2026"  # type: ignore[arg-type]
    assert in_words("fdd1c0de-0000", "link") == ENGLISH.unknown  # never the id


def test_a_reader_gives_its_own_words_and_numbers() -> None:
    french = Reader(translate=lambda _c, text: {"ongoing": "en cours"}.get(text, text),
                    number=lambda value, places: f"{value:,.{places}f}".replace(",", " ").replace(".", ","),
                    yes="oui", no="non")
    assert in_words("ongoing", "choice", reader=french) == "en cours"
    assert in_words(True, "flag", reader=french) == "oui"
    assert money(12500.5, "EUR", french) == "12 500,50 EUR"
