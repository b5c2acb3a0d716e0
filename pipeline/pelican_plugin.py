"""Pelican plugin entry point (kept at this path so pelicanconf's PLUGINS stays stable).

The implementation lives in pipeline/site/: reader, generators, Jinja setup, markup."""

from .site.plugin import register

__all__ = ["register"]
