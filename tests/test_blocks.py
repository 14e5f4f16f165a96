"""The block registry: a block type added from outside landingkit, in one folder."""

from __future__ import annotations

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
    blocks.find("markdown")  # the types that ship, registered before the copies are made
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
    assert ":is(.lk-page,#lk-page) .lk-quote{font-style:italic}\n" in css  # its own stylesheet
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
    blocks.find("markdown")
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
