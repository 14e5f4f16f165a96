"""`comparison-table` as the 2026 kit's Preact component (modules/blox/blox/comparison-table/
component.jsx) draws it once it has run, compared as text: the component's resolveCell, the
desktop table (the highlighted column's fill, ring and tab, category rows, striping, the row
highlight, the button) and the phone cards (the highlighted competitor first)."""

from __future__ import annotations

import re

from kitblocks_site import KIT

import landingkit as lk
from landingkit import check, render
from landingkit.blocks.comparison_table import cell

LAYOUTS = KIT / "content" / "layouts" / "index.md"


def compare_html(content=None, design=None) -> str:
    page = lk.load(LAYOUTS)
    block = next(b for b in page.sections if b.data.get("id") == "compare")
    block.data["content"].update(content or {})
    block.data["design"].update(design or {})
    html = render.render_page(page, render.Embed(), frame=False)[1]
    start = html.index('<section id="compare"')
    return html[start:html.index("</section>", start) + len("</section>")]


def test_resolve_cell():
    kinds = [cell(v)["kind"] for v in (True, "yes", " ✓ ", False, None, "", "no", "—", "✗",
                                       "partial", "limited", 0, "Custom", [1])]
    assert kinds == ["check"] * 3 + ["cross"] * 6 + ["partial"] * 2 + ["text"] * 3
    assert cell(0)["value"] == "0"
    assert cell({"value": True, "note": "daily"}) == {"kind": "check", "note": "daily"}
    assert cell({"value": "partial"}) == {"kind": "partial", "note": "partial"}
    assert cell({"partial": True, "note": "some"}) == {"kind": "partial", "note": "some"}
    assert cell({"value": "Custom", "note": "ask", "emphasis": True}) == {
        "kind": "text", "value": "Custom", "note": "ask", "emphasis": True}


def test_the_table_and_the_cards():
    html = compare_html()
    # the label column 1.5 times a competitor's: 33.3 % + 3 x 22.2 %
    assert ('<div class="lk-ct-fill" style="left:calc(33.3333% - 4px);width:calc(22.2222% + '
            '8px)"></div>') in html
    assert '<div class="lk-ct-tab" style="left:calc(44.4444%)"><span>Open</span></div>' in html
    assert '<th class="lk-ct-corner" style="width:33.3333%"></th>' in html
    assert re.findall(r'<th style="width:22.2222%"><div class="lk-ct-name( lk-ct-you)?">([^<]*)',
                      html) == [(" lk-ct-you", "Shoreline"), ("", "Archive B"),
                                ("", "Archive C")]
    # the highlighted column's badge is its tab; the others' sit under their names
    assert re.findall(r'<div class="lk-ct-badge-row"><span class="lk-ct-badge">([^<]*)',
                      html) == ["Paid"]
    assert ('<tr><td class="lk-ct-category" colspan="4">Data</td></tr>') in html
    rows = re.findall(r'<tr class="lk-ct-row"><td class="lk-ct-feature([^"]*)">', html)
    assert rows == ["", " lk-ct-odd", " lk-ct-lit"]  # striped by data row, the lit one tinted
    assert html.count('<td class="lk-ct-cell lk-ct-odd">') == 2  # not the highlighted column
    assert re.findall(r'<td class="lk-ct-foot">(.*?)</td>', html) == [
        "", '<a class="lk-ct-button" href="https://example.org/archive" target="_blank" '
        'rel="noopener noreferrer">Browse the archive</a>', "", ""]
    assert re.findall(r'<div class="lk-ct-mobile-name( lk-ct-you)?">([^<]*)', html) == [
        (" lk-ct-you", "Shoreline"), ("", "Archive B"), ("", "Archive C")]
    assert html.count('class="lk-ct-button lk-ct-wide"') == 1
    assert html.count('lk-ct-check lk-ct-best') == 4  # in the table and the first card
    assert '<h2 class="lk-ct-title">Our <em>archive</em> and others</h2>' in html


def test_no_competitors_no_table_and_no_highlight_no_ring():
    html = compare_html({"competitors": []})
    assert "lk-ct-desk" not in html and "lk-ct-cards" not in html
    html = compare_html({"competitors": [{"name": "A"}, {"name": "B"}], "cta": {"text": "x"}},
                        {"row_striping": "yes"})  # striping only with true
    assert [name for name in ("lk-ct-fill", "lk-ct-ring", "lk-ct-tab", "lk-ct-odd",
                              "lk-ct-button") if re.search(rf'class="[^"]*\b{name}\b(?!-)', html)
            ] == []
    assert '<div class="lk-ct-mobile-name">A</div>' in html


def test_check_knows_the_block():
    site = lk.Site(KIT / "content")
    assert [str(p) for p in check.check_page(site, LAYOUTS)] == []
