"""`pricing` as the 2026 kit's Preact component (modules/blox/blox/pricing/component.jsx)
draws it once it has run, compared as text: the heading, the billing switch (a checkbox;
CSS shows the yearly prices), each tier's badge, name, description, price (contact, free,
an amount), call to action and features, and the highlighted tier's ring."""

from __future__ import annotations

import re

from kitblocks_site import KIT

import landingkit as lk
from landingkit import check, render
from landingkit.blocks.pricing import price

LAYOUTS = KIT / "content" / "layouts" / "index.md"


def prices_html(**content) -> str:
    page = lk.load(LAYOUTS)
    block = next(b for b in page.sections if b.data.get("id") == "prices")
    block.data["content"].update(content)
    html = render.render_page(page, render.Embed(), frame=False)[1]
    start = html.index('<section id="prices"')
    return html[start:html.index("</section>", start) + len("</section>")]


def test_the_prices_as_the_component_draws_them():
    html = prices_html()
    assert ('<input class="lk-pr-yearly-on" type="checkbox" id="prices-yearly" role="switch" '
            'aria-label="Toggle billing period">') in html
    assert ('<div class="lk-pr-toggle"><span class="lk-pr-label lk-pr-when-monthly">Monthly'
            '</span><label class="lk-pr-switch" for="prices-yearly"><span class="lk-pr-knob">'
            '</span></label><span class="lk-pr-label lk-pr-when-yearly">Yearly<span '
            'class="lk-pr-discount">Save 20%</span></span></div>') in html
    assert re.findall(r'<div class="lk-pr-tier ([^"]*)">', html) == [
        "lk-pr-card lk-pr-plain", "lk-pr-featured", "lk-pr-card lk-pr-plain"]
    assert re.findall(r'<div class="lk-pr-price ([^"]*)">(.*?)</div>(?=<div class="lk-pr-price|'
                      r"<a|<ul|\n)", html) == [
        ("lk-pr-monthly", '<p class="lk-pr-free">Free</p>'),
        ("lk-pr-yearly", '<p class="lk-pr-free">Free</p>'),
        ("lk-pr-monthly", '<div class="lk-pr-amount"><span class="lk-pr-currency">$</span><span '
         'class="lk-pr-figure">10</span><span class="lk-pr-suffix">/month</span></div><p '
         'class="lk-pr-note">billed as you choose</p>'),
        ("lk-pr-yearly", '<div class="lk-pr-amount"><span class="lk-pr-currency">$</span><span '
         'class="lk-pr-figure">96</span><span class="lk-pr-suffix">/month</span></div><p '
         'class="lk-pr-note">billed as you choose</p>'),
        ("lk-pr-monthly", '<p class="lk-pr-contact">Write to us</p>'),
        ("lk-pr-yearly", '<p class="lk-pr-contact">Write to us</p>')]
    assert re.findall(r'<a class="lk-pr-cta ([^"]*)" href="([^"]*)"([^>]*)>([^<]*)</a>', html) == [
        ("lk-pr-outline", "https://example.org/join/", "", "Join"),
        ("lk-pr-primary", "https://example.org/patron",
         ' target="_blank" rel="noopener noreferrer"', "Become a patron")]
    assert re.findall(r'<span class="lk-pr-words( lk-pr-out)?">(.*?)</span></li>', html) == [
        ("", "The newsletter"), (" lk-pr-out", "Field visits"), ("", "The newsletter"),
        ("", 'Field visits<span class="lk-pr-fnote">(twice a year)</span>'),
        ("", "Your logo on our page")]
    assert ('<div class="lk-pr-badge-row"><span class="lk-pr-badge lk-pr-badge-gradient">'
            'Popular</span></div><div class="lk-pr-ring">') in html
    assert '<h2 class="lk-pr-title">Ways to <em>support</em> us</h2>' in html


def test_what_the_component_reads():
    assert price({"price": {"monthly": 5, "yearly": 50, "currency": "€"},
                  "price_note_yearly": "a year", "price_note": "n"}, True) == {
        "kind": "price", "currency": "€", "amount": "50", "suffix": "", "note": "a year"}
    assert price({"price": {"monthly": 5, "yearly": None}}, True)["amount"] == "5"
    assert price({"price": {"monthly": "0"}, "price_note": "forever"}, False) == {
        "kind": "free", "note": "forever"}
    assert price({"price": {"monthly": ""}}, False) == {"kind": "contact",
                                                        "words": "Contact us"}
    assert price({"price": {"monthly": 9, "currency": ""}}, False)["currency"] == ""
    # no switch without a tier whose yearly price differs; one tier, two tiers: narrower
    html = prices_html(tiers=[{"name": "Only", "price": {"monthly": 3, "yearly": 3},
                               "cta": {"text": "Go", "url": "javascript:x()",
                                       "style": "primary"},
                               "features": ["`code` *x*", {"text": "Y", "included": 0}]}],
                       title="A `b`")
    assert "lk-pr-toggle" not in html and "lk-pr-yearly" not in html
    assert '<div class="lk-pr-tiers lk-pr-one">' in html
    assert '<a class="lk-pr-cta lk-pr-primary">Go</a>' in html  # no link, the element stays
    assert '<h2 class="lk-pr-title">A <code>b</code></h2>' in html  # pricing's plain code
    assert '<span class="lk-pr-words">`code` *x*</span>' in html  # features are text
    assert '<span class="lk-pr-words">Y</span>' in html  # included: 0 is not false
    assert '<div class="lk-pr-tiers lk-pr-two">' in prices_html(tiers=[{}, {}])


def test_check_knows_the_block():
    site = lk.Site(KIT / "content")
    assert [str(p) for p in check.check_page(site, LAYOUTS)] == []
