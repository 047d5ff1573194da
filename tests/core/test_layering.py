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
