"""Developers only, before the first release: rewrite migration 0001 from the current models."""

import subprocess
import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from sic_desktop.db.base import record_classes
from sic_desktop.db.migrate import MIGRATIONS, alembic_config

VERSIONS = MIGRATIONS / "versions"


def main() -> None:
    for old in VERSIONS.glob("0001_*.py"):
        old.unlink()
    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite:///{Path(folder) / 'empty.sqlite'}")
        with engine.begin() as connection:
            command.revision(alembic_config(connection), autogenerate=True,
                             message="initial schema", rev_id="0001")
    path = next(VERSIONS.glob("0001_*.py"))
    text = path.read_text()
    tables = "".join(f"    {cls.__tablename__!r},\n" for cls in record_classes())
    text = text.replace("from alembic import op\n",
                        "from alembic import op\n\nfrom sic_desktop.db.changelog import guard_statements\n")
    text = text.replace(
        "depends_on: str | Sequence[str] | None = None\n",
        "depends_on: str | Sequence[str] | None = None\n\n"
        "# The synced tables of this revision, whose writes the change-log triggers guard.\n"
        f"SYNCED_TABLES = [\n{tables}]\n")
    text = text.replace(
        "    # ### end Alembic commands ###\n\n\ndef downgrade",
        "    # ### end Alembic commands ###\n    for statement in guard_statements(SYNCED_TABLES):\n"
        "        op.execute(statement)\n\n\ndef downgrade", 1)
    lines = [line for line in text.splitlines() if not line.startswith("Create Date:")]
    path.write_text("\n".join(lines) + "\n")
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(path)], check=False)
    subprocess.run([sys.executable, "-m", "ruff", "check", "--fix", "-q", str(path)], check=False)
    print(path)


if __name__ == "__main__":
    main()
