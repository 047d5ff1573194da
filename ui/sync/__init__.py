"""The sync screens: export a bundle, open one with a preview, resolve conflicts, keys and trust."""
