"""Every item model of the window passes Qt's model tester, empty, filled, filtered and sorted."""

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from ui.plainmodel import PlainTableModel
from ui.queries import list_fields
from ui.rows import Row
from ui.tablemodel import RecordTableModel, SearchProxy


def _rows(count: int) -> list[Row]:
    specs = list_fields("activity")
    rows = []
    for n in range(count):
        values = tuple(
            {"title": f"Soil project {n}", "status": ("planned", "ongoing")[n % 2],
             "start": date(2020, 2, 2) if n == 5 else None}.get(spec.name) for spec in specs)
        texts = tuple("" if v is None else str(v) for v in values)
        rows.append(Row(f"id-{n}", values, texts, "\x1f".join(texts).casefold()))
    return rows


def test_record_table_model(qtmodeltester: Any) -> None:
    model = RecordTableModel(list_fields("activity"))
    qtmodeltester.check(model)
    model.set_rows(_rows(30))
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.upsert(_rows(35)[28:])
    model.remove({"id-3", "id-4"})
    qtmodeltester.check(model)


def test_search_proxy(qtmodeltester: Any) -> None:
    model = RecordTableModel(list_fields("activity"))
    model.set_rows(_rows(40))
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.set_search("project 1")
    assert proxy.rowCount() == 13  # every word anywhere in the row: 1, 10-19, 21, 31
    proxy.set_search("ongoing PROJECT 1")
    assert proxy.rowCount() == 8
    qtmodeltester.check(proxy)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "Soil project 31"


def test_plain_table_model(qtmodeltester: Any) -> None:
    model = PlainTableModel(["When", "Who"])
    qtmodeltester.check(model)
    model.set_rows([("2026-01-01", "Ana"), ("2026-01-02", None)], keys=[1, 2])
    qtmodeltester.check(model)
    assert model.index(1, 1).data() == ""


def test_search_stays_right_while_rows_change(qtmodeltester: Any) -> None:
    model = RecordTableModel(list_fields("activity"))
    model.set_rows(_rows(40))
    proxy = SearchProxy()
    proxy.setSourceModel(model)
    proxy.set_search("ongoing")
    assert proxy.rowCount() == 20
    proxy.set_search("ongoing project 1")  # typing on: only the 20 are looked at again
    assert proxy.rowCount() == 8
    model.upsert(_rows(52)[40:])  # 41, 43, ... 51 are ongoing; 41 and 51 hold a "1"
    assert proxy.rowCount() == 10
    model.remove({"id-1", "id-11"})
    assert proxy.rowCount() == 8
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert proxy.rowCount() == 8
    assert proxy.index(0, 0).data() == "Soil project 51"
    proxy.set_search("ongoing project 13")  # narrowing after the rows changed: a full pass again
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Soil project 13"]
    proxy.set_search("")
    assert proxy.rowCount() == 50
    qtmodeltester.check(proxy)
