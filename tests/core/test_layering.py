"""The core stands without Qt: importing all of it loads neither PySide6 nor the ui package."""

import subprocess
import sys


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
