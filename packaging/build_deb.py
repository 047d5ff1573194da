"""The Debian package around the built program: `python packaging/build_deb.py` after PyInstaller.

Lays out /opt/sic-desktop (the one-folder program), /usr/bin/sic-desktop, the desktop entry, the AppStream
metadata, the MIME type of .sicbundle files and the icon in the hicolor sizes, then runs dpkg-deb.
Run by `make package`; it prints the .deb's path.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org._4p1000.SICDesktop"
PACKAGE = "sic-desktop"
INSTALL_DIR = Path("opt") / PACKAGE
# What the built program loads from the system (Qt's xcb platform and OpenGL; everything else travels in
# the folder). The same list as packaging/system-deps.sh's.
DEPENDS = ("libc6, libegl1, libgl1, libx11-6, libxkbcommon0, libfontconfig1, libdbus-1-3, libglib2.0-0, "
           "libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-render-util0, "
           "libxcb-shape0, libxkbcommon-x11-0")
# PDF output (LibreOffice) and a keyring for the site key are welcome, not required.
RECOMMENDS = "libreoffice-writer, gnome-keyring"


def control(architecture: str, installed_kib: int) -> str:
    return f"""Package: {PACKAGE}
Version: {version(PACKAGE)}
Architecture: {architecture}
Maintainer: The 4 per 1000 Initiative's Executive Secretariat <secretariat@4p1000.org>
Installed-Size: {installed_kib}
Depends: {DEPENDS}
Recommends: {RECOMMENDS}
Section: misc
Priority: optional
Homepage: https://4p1000.org/
Description: offline work of the 4 per 1000 Initiative's task forces
 SIC Desktop keeps a task force's members, project inventory, action plans,
 meetings, project teams and concept notes on a laptop, without a connection,
 and exchanges them with the Executive Secretariat as signed bundles.
"""


def lay_out(built: Path, root: Path, icons: Path) -> None:
    """The package's files under `root`, as they will be on the installed system."""
    shutil.copytree(built, root / INSTALL_DIR, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / PACKAGE).symlink_to(Path("/") / INSTALL_DIR / PACKAGE)
    share = root / "usr" / "share"
    packaging = ROOT / "packaging"
    for source, target in (
            (packaging / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop"),
            (packaging / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml"),
            (packaging / f"{APP_ID}.mime.xml", share / "mime" / "packages" / f"{APP_ID}.xml"),
            (ROOT / "resources" / "icons" / "sic-desktop.svg",
             share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"),
            (ROOT / "LICENSE", share / "doc" / PACKAGE / "copyright")):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    for png in sorted((icons / "png").glob("*.png")):
        target = share / "icons" / "hicolor" / png.stem / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)
    for path in root.rglob("*"):  # dpkg keeps modes as they are: files 644, programs and folders 755
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)


def build(built: Path, icons: Path, out: Path) -> Path:
    architecture = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                                  check=True).stdout.strip()
    staging = out / "deb-root"
    shutil.rmtree(staging, ignore_errors=True)
    lay_out(built, staging, icons)
    size = sum(path.stat().st_size for path in staging.rglob("*") if path.is_file() and not path.is_symlink())
    (staging / "DEBIAN").mkdir()
    fields = control(architecture, (size + 1023) // 1024)
    (staging / "DEBIAN" / "control").write_text(fields, encoding="utf-8")
    target = out / f"{PACKAGE}_{version(PACKAGE)}_{architecture}.deb"
    # xz at level 6 (dpkg's default) takes a minute for 200 MB; level 3 is 2-3x quicker and 5% larger.
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z3", "--build", str(staging), str(target)],
                   check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(staging)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--built", type=Path, default=ROOT / "build" / "dist" / APP_ID)
    parser.add_argument("--icons", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument("--out", type=Path, default=ROOT / "build")
    args = parser.parse_args()
    if not (args.built / PACKAGE).is_file():
        print(f"build_deb: {args.built / PACKAGE} is missing: run PyInstaller first (make package)",
              file=sys.stderr)
        return 1
    print(build(args.built, args.icons, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
