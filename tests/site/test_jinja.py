"""The template environment's helpers: the compiled-template cache and `once`."""

from __future__ import annotations

from types import SimpleNamespace

from jinja2 import DictLoader, Environment

from pipeline.site.jinja import once, template_cache


def test_compiled_templates_are_kept_per_set_of_options(tmp_path):
    """Compiled templates land in a folder keyed by the Jinja options, and a second
    environment with the same options loads them instead of compiling again."""
    options = {"autoescape": True, "trim_blocks": True}
    settings = {"JINJA_ENVIRONMENT": options, "TEMPLATE_CACHE_PATH": str(tmp_path)}
    other = template_cache({**settings, "JINJA_ENVIRONMENT": {"autoescape": False}})
    cache = template_cache(settings)
    assert cache.directory != other.directory
    assert template_cache(settings) is cache

    def env() -> Environment:
        e = Environment(loader=DictLoader({"t.html": "{{ x }}!"}), bytecode_cache=cache,
                        **options)
        return e

    assert env().get_template("t.html").render(x="<b>") == "&lt;b&gt;!"
    assert len(list((tmp_path).rglob("*.cache"))) == 1
    compiled = []
    second = env()
    second.compile = lambda *a, **k: compiled.append(a) or Environment.compile(second, *a, **k)
    assert second.get_template("t.html").render(x="<b>") == "&lt;b&gt;!"
    assert compiled == []  # loaded from the cache


def test_once_renders_each_key_of_an_object_once():
    """`once` calls the renderer the first time per object and key, then reuses it."""
    calls = []

    def render(value):
        calls.append(value)
        return f"<li>{value}</li>"

    a, b = SimpleNamespace(), SimpleNamespace()
    assert once(a, "item", render, 1) == once(a, "item", render, 2) == "<li>1</li>"
    assert once(a, "summary", render, 3) == "<li>3</li>"
    assert once(b, "item", render, 4) == "<li>4</li>"
    assert calls == [1, 3, 4]


def test_once_each_renders_each_item_once_and_escapes_plain_text():
    from types import SimpleNamespace

    from markupsafe import Markup

    from pipeline.site.jinja import once_each

    calls = []

    def item(obj, flag):
        calls.append(obj.n)
        return Markup(f"<li>{obj.n}{flag}</li>") if obj.n else f"<li>{obj.n}</li>"

    objs = [SimpleNamespace(n=1), SimpleNamespace(n=0)]
    first = once_each(objs, "item", item, "!", indent="  ")
    assert first == "  <li>1!</li>\n  &lt;li&gt;0&lt;/li&gt;\n"
    assert once_each(objs, "item", item, "!", indent="  ") == first and calls == [1, 0]
    assert isinstance(first, Markup)
    assert once_each([], "item", item, "!", indent="  ") == ""
