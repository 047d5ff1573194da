"""Offline sync: clock, keys, signed bundles, verification, merge, conflicts and trust."""
