"""A regional copy and an STC assessor's copy of realistic data, for the README's screenshots.

`python -m tests.realistic_regions FOLDER` writes FOLDER/north.sqlite (the TFRR of A1 in Africa) and
FOLDER/stc.sqlite (an STC assessor), each after its first master bundle from FOLDER/sec.sqlite; then
`python -m dev.screenshots FOLDER/north.sqlite OUT regional` and `... FOLDER/stc.sqlite OUT stc`.
"""

from pathlib import Path

from sic_desktop.services.site import init_database


def regional_and_stc(folder: Path) -> tuple[Path, Path]:
    import keyring

    from sic_desktop.db import models as m
    from sic_desktop.services import records
    from sic_desktop.services.reference import reference_id
    from sic_desktop.sync import trust
    from sic_desktop.sync.export import export
    from sic_desktop.sync.identity import identity
    from sic_desktop.sync.importer import import_bundle
    from sic_desktop.sync.setup import prepare_site
    from tests.conftest import MemoryKeyring
    from tests.gui.sync_sites import public_key, two_sites
    from tests.realistic import fill

    keyring.set_keyring(MemoryKeyring())
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("sec.sqlite", "north.sqlite", "stc.sqlite"):
        (folder / name).unlink(missing_ok=True)
    sec, north, north_site = two_sites(folder)
    stc = init_database(folder / "stc.sqlite", role="regional", name="STC assessor (M. Diop)")
    prepare_site(stc, secretariat_key=folder / "sec.pub")
    with sec.session() as session, session.begin():
        trust.add(session, trust.read_key_file(public_key(stc, folder / "stc.pub")), role="stc",
                  task_forces=[], region=None)
    with stc.session() as session:
        stc_site = identity(session).site_id
    data = fill(sec)
    with sec.session() as session, session.begin():  # a candidacy in North's own region, Africa
        records.update(session, m.Candidacy, data.first("candidacy"),
                       region_id=reference_id("region", "Africa"))
    for store, site, name in ((north, north_site, "north"), (stc, stc_site, "stc")):
        master = export(sec, folder / f"master-{name}.sicbundle", for_site=site)
        import_bundle(store, master.path)
    for store in (sec, north, stc):
        store.close()
    return folder / "north.sqlite", folder / "stc.sqlite"


if __name__ == "__main__":
    import sys

    for path in regional_and_stc(Path(sys.argv[1])):
        print(path)
