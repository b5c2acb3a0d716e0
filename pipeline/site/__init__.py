"""The site's Pelican plugin: reader, generators, Jinja setup, markup and sanitising."""
