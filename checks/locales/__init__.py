"""One module per language: `MESSAGES` maps a key (mostly a reason code) to text.

Adding a language is adding a file, e.g. `es.py` with the same keys.
"""
