"""The 2026 kit's `contact-info` block (`modules/blox/blox/contact-info/block.html`), on the
fixture site tests/sites/blocks-c-tailwind: the cards it shows and what is in them, where the
e-mail, telephone and links come from (the block, else the `username` author's data), its
defaults, and the form drawn but inert."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import landingkit as lk
from landingkit import check, render

SITES = Path(__file__).resolve().parent / "sites"
ICON = re.compile(r'<svg class="lk-icon" aria-hidden="true" focusable="false"><use '
                  r'href="#lk-icon-([^"]+)"/></svg>')


@pytest.fixture
def site(tmp_path) -> Path:
    shutil.copytree(SITES / "blocks-c-tailwind", tmp_path / "site")
    return tmp_path / "site"


def block_html(site: Path, name: str, **content) -> str:
    page = lk.Site(site / "content").page(f"{name}/index.md")
    data = page.sections[0].data["content"]
    for key, value in content.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    html = render.render_page(page, render.Embed(), frame=False)[1]
    start = html.index("<section")
    return ICON.sub(r"[\1]", html[start:html.index("</section>", start) + len("</section>")])


def test_two_cards_the_connect_one_from_the_authors_data(site):
    html = block_html(site, "contact")
    assert re.findall(r'<h3 class="lk-ci-card-title">([^<]*)</h3>', html) == [
        "Visit Us", "Connect", "Send us a Message"]
    assert '<div class="lk-ci-cards">' in html  # side by side from lg
    assert ('<a class="lk-ci-method" href="mailto:mira@harbour.example.org"><span '
            'class="lk-ci-badge">[hero-envelope]</span><span><span class="lk-ci-label">Email'
            '</span><span class="lk-ci-value">mira@harbour.example.org</span></span></a>\n'
            '<a class="lk-ci-method" href="tel:+1%20555%200199"><span class="lk-ci-badge">'
            '[hero-phone]</span><span><span class="lk-ci-label">Phone</span><span '
            'class="lk-ci-value">+1 555 0199</span></span></a>') in html
    # the author's mailto: link is left out, the e-mail being shown
    assert re.findall(r'<div class="lk-ci-social">\n(.*?)</div>', html, re.S) == [
        '<a href="https://github.com/harbour-lab" target="_blank" rel="noopener" '
        'title="GitHub" aria-label="GitHub">[brands-github]</a>\n']
    assert ('<div class="lk-ci-prospective">\n<h4 class="lk-ci-part-title">Join the crew</h4>\n'
            '<p class="lk-ci-text">We take two students a year.</p>\n<a class="lk-ci-join" '
            'href="https://harbour.example.org/apply/">[hero-user-plus]Apply</a>\n</div>') in html
    assert ('<a class="lk-ci-map" href="https://www.openstreetmap.org/?mlat=37.4275&amp;'
            'mlon=-122.1697" target="_blank" rel="noopener">[hero-map]View on Map</a>') in html
    assert '<button class="lk-ci-submit" type="button">Send Message</button>' in html
    assert "action=" not in html and "method=" not in html


def test_one_card_alone_is_centred_with_its_own_layout(site):
    html = block_html(site, "reach")
    assert '<h2 class="lk-block-title" id="reach-title">Contact Us</h2>' in html  # default
    assert '<div class="lk-ci-cards lk-ci-single">' in html and "Visit Us" not in html
    assert '<h3 class="lk-ci-card-title">Say hello</h3>' in html
    assert ("<p class=\"lk-ci-text\">I&#39;m always open to discussing new projects, "
            "opportunities, or just having a chat.</p>") in html
    assert ('<p class="lk-ci-method"><span class="lk-ci-badge">[hero-envelope]</span><span '
            'class="lk-ci-value">desk@harbour.example.org</span></p>\n<a class="lk-ci-send" '
            'href="mailto:desk@harbour.example.org">[hero-paper-airplane]Send a message</a>'
            ) in html
    # the telephone is the author's (`me`): the kit looks each one up on its own
    assert ('<a class="lk-ci-method" href="tel:+1%20555%200199"><span class="lk-ci-badge">'
            '[hero-phone]</span><span><span class="lk-ci-label">Call me</span>') in html
    assert html.count('target="_blank"') == 1  # GitHub; the mailto: link is left out
    assert "<form" not in html


def test_the_block_own_values_win_and_strings_are_taken_as_the_kit_takes_them(site):
    html = block_html(site, "contact", address="9 Dock Lane", office_hours="By appointment",
                      email="harbour@example.org", phone=None, social="https://example.org",
                      prospective=None, show_form="yes", map_url=None,
                      map_embed='<iframe src="https://maps.example.org/embed?q=1"></iframe>')
    assert re.findall(r"<p>([^<]*)</p>", html) == ["9 Dock Lane", "By appointment"]
    assert 'href="mailto:harbour@example.org"' in html
    assert 'href="tel:+1%20555%200199"' in html  # the author's, the block having none
    assert ('<a href="https://example.org" target="_blank" rel="noopener" '
            'aria-label="https://example.org">[hero-link]</a>') in html
    assert ('<a class="lk-ci-map" href="https://maps.example.org/embed?q=1" target="_blank" '
            'rel="noopener">') in html
    assert "<iframe" not in html and "<form" in html


def test_check_knows_the_block(site):
    for name in ("contact", "reach"):
        text = site / "content" / name / "index.md"
        assert [str(p) for p in check.check_page(lk.Site(site / "content"), text)] == []
