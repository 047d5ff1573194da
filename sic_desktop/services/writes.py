"""The one way a write transaction opens: IMMEDIATE, retried while another program holds the lock.

Every writer - the window's hub, the command line, bundle import and export, documents, sheets -
goes through `writing` or `write`; tests/core/test_layering.py fails on any other opener.
"""

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from sic_desktop.db.changelog import RecordedChange, StoreSession, take_recorded
from sic_desktop.db.health import DatabaseBusy
from sic_desktop.db.store import Store

log = logging.getLogger(__name__)

T = TypeVar("T")
S = TypeVar("S", bound=Session)

# Each attempt waits up to the store's busy timeout (5 s) first: about 30 s in all before it says so.
WRITE_ATTEMPTS = 6


@dataclass(frozen=True)
class Written(Generic[T]):
    """A write's own result and every record change it made, for the window to announce."""

    result: T
    changes: list[RecordedChange] = field(default_factory=list)


@contextmanager
def writing(store: Store) -> Iterator[StoreSession]:
    """A session in one IMMEDIATE transaction: committed on leaving, rolled back on an error.

    IMMEDIATE because a deferred BEGIN that later writes gets SQLITE_BUSY at once, without
    waiting, when another program committed meanwhile.
    """
    with store.session(immediate=True) as session, session.begin():
        yield session


@contextmanager
def rehearsing(session: S) -> Iterator[S]:
    """A transaction that is always rolled back: a preview or dry run leaves the database as it was."""
    transaction = session.begin()
    try:
        yield session
    finally:
        if transaction.is_active:
            transaction.rollback()


@contextmanager
def rehearsal(store: Store) -> Iterator[StoreSession]:
    """A new session in a transaction that is always rolled back."""
    with store.session() as session, rehearsing(session):
        yield session


def write(store: Store, job: Callable[[StoreSession], T], *,
          cancelled: Callable[[], bool] = lambda: False) -> Written[T]:
    """Run `job` in a write transaction, again from the start while the database stays busy.

    The whole job runs again, so no edit is lost to a long import; one that still cannot be
    saved raises the store's plain "busy" error and is reported unsaved.
    """
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            with writing(store) as session:
                result = job(session)
                session.flush()  # the changes a service did not take yet are recorded at flush
                return Written(result, take_recorded(session))
        except Exception as error:
            if attempt == WRITE_ATTEMPTS or cancelled() or not isinstance(store.failure(error), DatabaseBusy):
                raise
            log.info("Database busy, write tried again (%d)", attempt)
            time.sleep(0.2 * attempt)
    raise AssertionError("unreachable")
