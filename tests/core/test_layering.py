"""The layers: the core stands without Qt, and the window reaches the database only through the services."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_imports_no_qt() -> None:
    program = (
        "import pkgutil, importlib, sys, sic_desktop\n"
        "for module in pkgutil.walk_packages(sic_desktop.__path__, 'sic_desktop.'):\n"
        "    if '.migrations.' not in module.name and not module.name.endswith('__main__'):\n"
        "        importlib.import_module(module.name)\n"
        "loaded = [name for name in sys.modules if name.split('.')[0] in ('PySide6', 'ui', 'shiboken6')]\n"
        "print(loaded)\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


BELOW_THE_SERVICES = ("sqlalchemy", "sic_desktop.db")


def _below_the_services(module: str) -> bool:
    return any(module == layer or module.startswith(layer + ".") for layer in BELOW_THE_SERVICES)


def test_the_window_reads_and_writes_only_through_the_services() -> None:
    """ui/ imports no SQLAlchemy and no sic_desktop.db, not even inside a function or for typing."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            if any(_below_the_services(name) for name in names):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == [], "the window reaches below the services: " + ", ".join(found)


def _calls(path: Path) -> list[tuple[int, str, ast.Call]]:
    """Each call in a module: its line, the called attribute or name, and the call."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            found.append((node.lineno, name, node))
    return found


# The one opener (services/writes.py), the store it asks, and the migrations run before any session.
WRITE_OPENERS = {"sic_desktop/services/writes.py", "sic_desktop/db/store.py", "sic_desktop/db/migrate.py"}


def test_only_the_core_write_path_opens_a_write_transaction() -> None:
    """No module but services/writes.py begins a transaction or asks the store for a write session.

    Everything else - the command line, bundle import and export, sheets, the window's hub -
    writes through `writing`, `write` or a rolled-back `rehearsal` there: one place decides how
    a write begins (IMMEDIATE), is retried while busy, and reports what it changed.
    """
    found = []
    for path in sorted([*(ROOT / "sic_desktop").rglob("*.py"), *(ROOT / "ui").rglob("*.py"),
                        *(ROOT / "dev").rglob("*.py")]):
        relative = path.relative_to(ROOT).as_posix()
        if relative in WRITE_OPENERS or "/migrations/" in relative:
            continue
        for line, name, call in _calls(path):
            immediate = any(keyword.arg == "immediate" for keyword in call.keywords)
            if name in ("begin", "commit") or (name == "session" and immediate):  # a savepoint is inside one
                found.append(f"{relative}:{line} {name}")
    assert found == [], "a write transaction opened outside the core write path: " + ", ".join(found)


def test_the_window_writes_only_through_the_hub() -> None:
    """Every window write is a hub operation: it announces what changed, so the lists refresh."""
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in sorted((ROOT / "ui").rglob("*.py")) if path.name != "hub.py"
        for line, name, call in _calls(path)
        if name == "run" and any(keyword.arg == "write" for keyword in call.keywords)
    ]
    assert found == [], "the window writes around the hub: " + ", ".join(found)
