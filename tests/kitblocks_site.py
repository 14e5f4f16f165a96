"""The kitblocks-kit fixture site (tests/sites/kitblocks-kit), copied, and one of its home
page's blocks drawn: what the tests of the kit's focus-areas, logos, faq, tech-stack and
steps blocks share."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import landingkit as lk
from landingkit import render

SITES = Path(__file__).resolve().parent / "sites"
KIT = SITES / "kitblocks-kit"


def copy_site(tmp_path: Path, name: str = "kitblocks-kit") -> Path:
    shutil.copytree(SITES / name, tmp_path / name)
    return tmp_path / name


def section(site: Path, sid: str, content: dict | None = None, design: dict | None = None,
            replace: bool = False) -> tuple[str, list[str]]:
    """The HTML of block `sid` of the site's home page (its content and design updated, or
    with `replace` set to them), data: images written IMG; and what rendering warned."""
    page = lk.Site(site / "content").page("_index.md")
    block = next(b for b in page.sections if b.data.get("id") == sid)
    for name, value in (("content", content), ("design", design)):
        if value is not None:
            if replace:
                block.data[name] = value
            else:
                block.data.setdefault(name, {}).update(value)
    html = render.render_page(page, render.Embed(), frame=False)[1]
    start = html.index(f'<section id="{sid}"')
    html = html[start:html.index("</section>", start) + len("</section>")]
    problems = [str(p) for p in render.render_problems(page)]
    return re.sub(r'src="data:image/[a-z+]+;base64,[A-Za-z0-9+/=]+"', 'src="IMG"', html), problems


def tags(html: str, name: str) -> list[str]:
    """Every `<name ...>...</name>` (not nested) of `html`, in order."""
    return re.findall(rf"<{name}\b[^>]*>.*?</{name}>", html, flags=re.S)
