"""The charts' ink colours and their dark-mode counterparts (no chart machinery here, so
the SVG renderer and its worker processes can use them without importing Altair)."""

# Exact values, so the dark variant of an SVG can swap them (chart_render.dark_svg).
INK = "#1f1f1f"
MUTED = "#555555"
GRID = "#e2e2e2"
DOMAIN = "#8f8f8f"
BAND = "#ededed"
DARK_COLOURS = {INK: "#ececec", MUTED: "#b8b8b8", GRID: "#3b3b3b", DOMAIN: "#7d7d7d",
                BAND: "#2b2b2b"}
