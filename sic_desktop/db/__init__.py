"""The local store: typed models, the change log, migrations and the engine."""
