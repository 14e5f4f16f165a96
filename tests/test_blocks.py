"""The block registry: a block type added from outside landingkit, in one folder."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import landingkit as lk
from landingkit import blocks, render
from landingkit.blocks.schema import TEXT, Option, Schema
from landingkit.check import check_page
from landingkit.model import Block, key

HERE = Path(__file__).resolve().parent


@dataclass(eq=False)
class QuoteBlock(Block):
    text: str | None = key("content", "text")
    by: str | None = key("content", "by")


def render_quote(ctx, block: QuoteBlock, index: int, section_id: str):
    return ctx.render("quote/block.html", id=section_id, text=block.text or "",
                      by=ctx.inline_html(block.by or ""))


@pytest.fixture
def quote(monkeypatch):
    """The `quote` type of this module, registered for one test."""
    blocks.names()  # the types that ship, registered before the copies are made
    monkeypatch.setattr(blocks, "_types", {**blocks._types})
    monkeypatch.setattr(blocks, "folders", {**blocks.folders})
    return blocks.register(blocks.BlockType(
        "quote", QuoteBlock, Schema(content={"text": Option(TEXT), "by": Option(TEXT)}),
        HERE / "quote_block", render=render_quote))


def test_a_block_type_registered_from_a_test_module(quote, tmp_site):
    path = tmp_site / "research" / "vision" / "index.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[:text.rindex("---\n")] + (
        "  - block: quote\n    content:\n      text: Less, but better.\n"
        "      by: '*Dieter Rams*'\n      bye: typo\n---\n"), encoding="utf-8")
    page = lk.load(path)
    block = page.sections[-1]
    assert isinstance(block, QuoteBlock) and block.by == "*Dieter Rams*"
    body = render.render_page(page, render.Embed())[1]
    assert ('<section id="section-quote" class="lk-section lk-block-quote">\n'
            '<blockquote class="lk-quote">Less, but better.</blockquote>\n'
            '<p class="lk-quote-by"><em>Dieter Rams</em></p>\n'
            '</section>') in body
    messages = [p.message for p in check_page(page.site, path)]
    assert "sections[3].content.bye: unknown key (did you mean 'by'?); it is kept but has " \
           "no effect" in messages
    assert not [m for m in messages if "does not render yet" in m]
    css = render.render_page(page, render.Embed())[0]
    assert (":is(.lk-page,#lk-page) .lk-quote-by{text-align:right}\n"  # every look's, then
            ":is(.lk-page,#lk-page) .lk-quote{font-style:italic}\n") in css  # the look's own
    other = render.render_page(lk.load(tmp_site / "research" / "multimodal"), render.Embed())[0]
    assert ".lk-quote" not in other  # and only on a page that has the block
    block.text = "Less, but better!"
    changed = [line for line in page.diff().splitlines()[2:] if line[:1] in "+-"]
    assert changed == ["-      text: Less, but better.", "+      text: Less, but better!"]


def test_a_block_type_not_modelled_is_kept_and_shown_as_a_notice(tmp_site):
    path = tmp_site / "research" / "vision" / "index.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[:text.rindex("---\n")] + "  - block: quote\n    content: {}\n---\n",
                    encoding="utf-8")
    page = lk.load(path)
    assert type(page.sections[-1]) is Block
    body = render.render_page(page, render.Embed())[1]
    assert "A <strong>quote</strong> block is here." in body
    assert page.to_text() == path.read_text(encoding="utf-8")


def test_a_view_registered_from_a_test_module(monkeypatch, tmp_site):
    blocks.names()
    monkeypatch.setattr(blocks, "_views", {**blocks._views})
    monkeypatch.setattr(blocks, "folders", {**blocks.folders})
    blocks.register_view(blocks.View(
        "name-list", lambda ctx, block, people: ctx.render("view-name-list/view.html",
                                                           people=people),
        HERE / "name_list_view"))
    page = lk.load(tmp_site / "research" / "vision")
    members = next(b for b in page.sections if b.type == "collection")
    members.view = "name-list"
    body = render.render_page(page, render.Embed())[1]
    assert ('<ol class="lk-names">\n<li>Beatriz Almeida</li>\n<li>Émile Durand</li>\n</ol>'
            in body)
    assert "does not render the" not in body


def fresh(code: str) -> list[str]:
    """The lines `code` prints in a fresh interpreter, run in the repository."""
    done = subprocess.run([sys.executable, "-c", code], cwd=HERE.parent, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


IMPORTED = ("import sys\nprint(sorted(m.split('.')[2] for m in sys.modules "
            "if m.startswith('landingkit.blocks.') and m.count('.') == 2))\n")


def test_a_page_imports_the_code_of_its_own_block_types_only(tmp_path):
    """The sample's research page has a markdown and a collection block: exporting it imports
    those two folders (and generic, whose list of the theme's types check reads, with the
    modules catalog and schema), not every block type's."""
    out = tmp_path / "page.html"
    lines = fresh("from landingkit.cli import main\n"
                  "assert main(['export', 'content/research/multimodal', '-o', "
                  f"{str(out)!r}]) == 0\n" + IMPORTED)
    assert lines == [f"wrote {out}", "['catalog', 'collection', 'generic', 'markdown', 'schema']"]


def test_the_registry_finds_aliases_and_names_every_type_from_a_fresh_start():
    """An alias (no folder is named after it), a type of its own folder, and `names()`, each
    first thing in a fresh interpreter, give what importing every folder gives."""
    lines = fresh("from landingkit import blocks\n"
                  "print(blocks.find('team-showcase').name)\n" + IMPORTED +
                  "print(blocks.find('content-collection').name, "
                  "blocks.known('content-collection'), blocks.known('no-such-block'))\n"
                  "print(blocks.find('no-such-block').name)\n"
                  "print(blocks.names())\n")
    expected = blocks.names()
    assert lines == ["team-showcase", "['schema', 'team_showcase']",
                     "collection True False", "generic", str(expected)]
    assert {"collection", "content-collection", "hero", "markdown", "people",
            "team-showcase"} <= set(expected)
