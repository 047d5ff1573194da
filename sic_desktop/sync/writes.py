"""The one clock write the sync layer makes itself: an export's time stamp."""

from sqlalchemy import Connection, select, text

from sic_desktop.db.clock import HybridClock
from sic_desktop.db.models import Site


def tick(connection: Connection) -> str:
    """A new time stamp of this site's clock, remembered."""
    last = connection.execute(select(Site.last_hlc)).scalar_one()
    clock = HybridClock(last)
    stamp = clock.tick()
    connection.execute(text("UPDATE site SET last_hlc = :hlc"), {"hlc": stamp})
    return stamp
