"""Hotline: US–Russia presidential contacts — data model, validator, extractor, site plugin."""
