"""`help-questions`, a Go-template block of the 2026 kit (HugoBlox/kit f107371d
`modules/blox/blox/help-questions/block.html`), blox-tailwind's `trending-questions`
(v0.10.0 `blox/trending-questions/block.html`, the same markup): a help centre's popular
questions as cards.

A heading (`title`, `subtitle`, Markdown) beside `view_all` (`text`, `link`; from 640 px,
under the cards as a button below it), then the questions in one column (two from
1024 px). The questions are the site's pages with `trending: true` (the first `count`,
default 4, by `trending_weight`): each its `question` (else title), link, `answer_preview`
(else `answer`, else the summary; plain, 150 characters), `author`, `views` and
`upvote_count`, its `badge` (else Popular over 50 upvotes, Featured, New within a week,
else Trending). With no such page, `content.questions`: `question`, `link`,
`answer_preview`, `author`, `views`, `upvotes`, `badge` (a text, or `text` and `color`,
Tailwind classes). The block draws its own `<section>` (padding `design.spacing.padding`,
else 4rem 0; `design.background.color` as its class) inside the theme's wrapper, here a
`<div>`, so that the page has one element of the id.
"""

from __future__ import annotations

import html
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ...model import Block, key
from .. import BlockType, register
from ..kitparts import coerce_bool, coerce_int, link, section_padding, text
from ..schema import ANY, MAP, TEXT, WHOLE, Option, Schema

#: the badges' colours the template writes (Tailwind classes) -> the class drawing them here
COLOURS = {
    "bg-red-100 text-red-800 dark:bg-red-900/30 dark:text-red-200": "lk-hq-red",
    "bg-blue-100 text-blue-800 dark:bg-blue-900/30 dark:text-blue-200": "lk-hq-blue",
    "bg-green-100 text-green-800 dark:bg-green-900/30 dark:text-green-200": "lk-hq-green",
    "bg-amber-100 text-amber-800 dark:bg-amber-900/30 dark:text-amber-200": "lk-hq-amber",
}
AMBER = "bg-amber-100 text-amber-800 dark:bg-amber-900/30 dark:text-amber-200"
WEEK = 7 * 24 * 3600

SCHEMA = Schema(
    content={"title": Option(TEXT), "subtitle": Option(TEXT),
             "count": Option(WHOLE, default=4, read=lambda value: 4),
             "questions": Option(ANY, doc="question, link, answer_preview, author, views, "
                                          "upvotes and badge of each: a list, or one mapping"),
             "view_all": Option(MAP, keys={"text": Option(TEXT), "link": Option(TEXT)})},
)


@dataclass(eq=False)
class HelpQuestionsBlock(Block):
    title: str | None = key("content", "title")
    questions: Any = key("content", "questions")


def _trimmed(value: Any) -> str:
    return text(value).strip()


def _badge(raw: Any) -> dict | None:
    """A badge as the template keeps it: a mapping's `text` and `color`, or a text."""
    if isinstance(raw, dict):
        words = _trimmed(raw.get("text")) if raw.get("text") else ""
        return {"text": words, "color": _trimmed(raw.get("color")) if raw.get("color")
                else ""} if words else {}
    if raw:
        words = _trimmed(raw)
        return {"text": words, "color": ""} if words else {}
    return {}


def _plain(value: Any, limit: int = 150) -> str:
    """`plainify | truncate 150`: tags dropped, entities read, cut at a word with an
    ellipsis."""
    words = html.unescape(re.sub(r"<[^>]*>", "", text(value)))
    if len(words) <= limit:
        return words
    cut = words[:limit]
    cut = cut[:cut.rfind(" ")] if " " in cut else cut
    return cut.rstrip() + " …"


def _url(site, page) -> str:
    """The page's `.RelPermalink` (its bundle's folder, `/<lang>/` before it)."""
    from ...export import page_output
    from ...frame import _stub, page_url

    return page_url(page_output(site, _stub(page.path, page.lang, site)))


def trending(ctx, count: int) -> list[dict]:
    """The site's pages with `trending: true`, as the template's questions."""
    from ... import collection

    site = ctx.page.site
    if site is None or count == 0:
        return []
    now = time.time()
    found = [p for p in site.regular_pages(ctx.page.lang)
             if not p.is_list_page and p.params.get("trending") is True
             and collection.published(p, now)]
    found.sort(key=lambda p: -collection.timestamp(p.params.get("date")))
    found.sort(key=lambda p: (p.params.get("trending_weight") is None,
                              p.params.get("trending_weight")
                              if isinstance(p.params.get("trending_weight"), (int, float))
                              else 0))
    questions = []
    for p in found[:count]:
        params = p.params
        words = _trimmed(params.get("question") or params.get("title"))
        preview = params.get("answer_preview") or params.get("answer") or ""
        badge = _badge(params.get("badge"))
        if not badge:
            upvotes = coerce_int(params.get("upvote_count"), 0, 0)
            featured = coerce_bool(params.get("featured"), False)
            if upvotes > 50:
                badge = {"text": "🔥 Popular", "color":
                         "bg-red-100 text-red-800 dark:bg-red-900/30 dark:text-red-200"}
            elif featured:
                badge = {"text": "⭐ Featured", "color":
                         "bg-blue-100 text-blue-800 dark:bg-blue-900/30 dark:text-blue-200"}
            elif collection.timestamp(params.get("date")) > now - WEEK:
                badge = {"text": "✨ New", "color":
                         "bg-green-100 text-green-800 dark:bg-green-900/30 dark:text-green-200"}
            else:
                badge = {"text": "🔥 Trending", "color": AMBER}
        if words:
            questions.append({
                "question": words, "link": _url(site, p),
                "answer_preview": _plain(preview) if preview else "",
                "author": _trimmed(params.get("author")) if params.get("author") else "",
                "views": _trimmed(params.get("views")) if params.get("views") else "",
                "upvotes": _trimmed(params.get("upvote_count"))
                if params.get("upvote_count") else "", "badge": badge})
    return questions


def listed(content: dict) -> list[dict]:
    """`content.questions` (a list, or one mapping), as the template keeps them."""
    raw = content.get("questions")
    raw = raw if isinstance(raw, list) else [raw] if isinstance(raw, dict) and raw else []
    found = []
    for item in raw:
        if not isinstance(item, dict):
            continue
        values = {name: _trimmed(item.get(name)) if item.get(name) else "" for name in
                  ("question", "link", "answer_preview", "author", "views", "upvotes")}
        if values["question"]:
            found.append({**values, "badge": _badge(item.get("badge"))})
    return found


def _drawn(ctx, question: dict) -> dict:
    target = question["link"] or "#"
    href, new_tab = link(ctx, target)
    badge = question["badge"]
    if badge and badge.get("text"):
        colour = badge.get("color") or AMBER
        badge = {"text": badge["text"], "classes": COLOURS.get(colour, colour)}
    else:
        badge = None
    return {**question, "href": href, "new_tab": new_tab, "badge": badge}


def render(ctx, block: HelpQuestionsBlock, index: int, section_id: str):
    from ..parts import markdownify

    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    design = block.data.get("design") if isinstance(block.data.get("design"), dict) else {}
    background = design.get("background") if isinstance(design.get("background"), dict) \
        else {}
    view = content.get("view_all") if isinstance(content.get("view_all"), dict) else {}
    words, target = _trimmed(view.get("text")), _trimmed(view.get("link"))
    view_all = None
    if words and target:
        href, new_tab = link(ctx, target)
        view_all = {"text": words, "href": href, "new_tab": new_tab}
    questions = trending(ctx, coerce_int(content.get("count"), 4, 0)) or listed(content)
    return ctx.render(
        "help-questions/block.html", id=section_id,
        padding=section_padding(design, exactly=True),
        background=_trimmed(background.get("color")) if background.get("color") else "",
        title=markdownify(ctx, _trimmed(content.get("title"))),
        subtitle=markdownify(ctx, _trimmed(content.get("subtitle"))),
        view_all=view_all, questions=[_drawn(ctx, q) for q in questions],
        arrow=Markup(ARROW))


ARROW = ('<svg fill="none" stroke="currentColor" viewBox="0 0 24 24" aria-hidden="true"><path '
         'stroke-linecap="round" stroke-linejoin="round" stroke-width="2" d="M13 7l5 5m0 '
         '0l-5 5m5-5H6"/></svg>')


def check(c, site, page, block, node, where: str, selection: bool) -> None:
    """Questions the page does not show (no `question`, not a mapping), at their lines."""
    from ... import source

    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    raw = content.get("questions")
    here = source.child(node, "content")
    if raw is not None and not isinstance(raw, (list, dict)):
        c.add("warning", f"{where}.content.questions: should be a list; no question is shown",
              source.child(here, "questions") or node)
        return
    if not isinstance(raw, list):
        return
    spots = source.child(here, "questions")
    for number, item in enumerate(raw):
        spot = spots.value[number] if getattr(spots, "id", None) == "sequence" and \
            number < len(spots.value) else None
        if not isinstance(item, dict) or not _trimmed(item.get("question")):
            c.add("warning", f"{where}.content.questions[{number}]: has no question; it is "
                  "not shown", spot or node)


def summary(block: HelpQuestionsBlock) -> list[str]:
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    found = listed(content)
    return [f"questions: {len(found)}"] if found else []


register(BlockType("help-questions", HelpQuestionsBlock, SCHEMA, Path(__file__).parent,
                   render=render, check=check, summary=summary,
                   aliases=("trending-questions",)))

__all__ = ["SCHEMA", "HelpQuestionsBlock"]
