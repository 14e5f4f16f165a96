"""The `contact` block as blox-bootstrap v5.9.7 (`blocks/contact.html`) and Wowchemy v5.5.0
(`widgets/contact.html`) draw it, on the fixture site tests/sites/blocks-c-bootstrap.

The expected HTML follows the real theme's output for the same content, made with
/tmp/.../build.sh as real-theme-builds.md says (modules blox-bootstrap v5.9.7, blox-core
v0.3.1, blox-seo v0.2.2; Hugo 0.168): the same heading, text, form fields, details in the same
order with the same text and links; the map the theme draws with a script is a link here.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import landingkit as lk
from landingkit import check, render

SITES = Path(__file__).resolve().parent / "sites"


@pytest.fixture
def site(tmp_path) -> Path:
    shutil.copytree(SITES / "blocks-c-bootstrap", tmp_path / "site")
    return tmp_path / "site"


def section(page, section_id: str) -> str:
    html = render.render_page(page, render.Embed(), frame=False)[1]
    start = html.index(f'<section id="{section_id}"')
    return html[start:html.index("</section>", start) + len("</section>")]


def contact(site: Path, **content) -> str:
    page = lk.Site(site / "content").page("_index.md")
    block = page.sections[0]
    for name, value in content.items():
        if value is None:
            block.data["content"].pop(name, None)
        else:
            block.data["content"][name] = value
    return section(page, "contact")


def icon(name: str) -> str:
    return (f'<span class="lk-contact-icon"><svg class="lk-icon" aria-hidden="true" '
            f'focusable="false"><use href="#lk-icon-{name}"/></svg></span>')


def test_the_contact_block_draws_what_the_theme_draws(site):
    assert contact(site) == (
        '<section id="contact" class="lk-section home-section wg-contact lk-block-contact" '
        'aria-labelledby="contact-title">\n<div class="lk-container">\n'
        '<div class="lk-columns lk-columns-side">\n<div class="lk-section-heading '
        'section-heading">\n'
        '<h2 class="lk-block-title" id="contact-title">Contact</h2>\n'
        '<p class="lk-section-subtitle">Visit the <em>harbour</em></p></div>\n'
        '<div class="lk-column lk-column-8">\n'
        '<p class="lk-contact-text">Write to us, or drop by the <strong>boathouse</strong>.</p>\n'
        '<form class="lk-contact-form" aria-label="Send">\n'
        '<label class="lk-visually-hidden" for="contact-name">Name</label>\n'
        '<input class="lk-contact-input" type="text" name="name" id="contact-name" '
        'placeholder="Name" required>\n'
        '<label class="lk-visually-hidden" for="contact-email">Email</label>\n'
        '<input class="lk-contact-input" type="email" name="email" id="contact-email" '
        'placeholder="Email" required>\n'
        '<label class="lk-visually-hidden" for="contact-message">Message</label>\n'
        '<textarea class="lk-contact-input" name="message" id="contact-message" rows="5" '
        'placeholder="Message" required></textarea>\n'
        '<button class="lk-contact-send" type="button">Send</button>\n</form>\n'
        '<ul class="lk-contact-list">\n'
        f'<li>{icon("fas-envelope")}<span class="lk-person-email"><a '
        'href="mailto:desk@harbour.example.org">desk@harbour.example.org</a></span></li>\n'
        f'<li>{icon("fas-phone")}<span class="lk-person-telephone"><a '
        'href="tel:+1%20555%200100">+1 555 0100</a></span></li>\n'
        f'<li>{icon("fas-location-pin")}<span class="lk-person-address">1 Quay Road, '
        'Porthaven, CA 90210</span></li>\n'
        f'<li>{icon("fas-compass")}<span>Enter by the <em>blue</em> door</span></li>\n'
        f'<li>{icon("fas-clock")}<span>Monday 10:00 to 13:00<br>Wednesday 09:00 to 10:00'
        '</span></li>\n'
        f'<li>{icon("fas-calendar-check")}<span><a href="https://calendly.example.org/harbour" '
        'target="_blank" rel="noopener">Book an appointment</a></span></li>\n'
        f'<li>{icon("fab-github")}<span><a href="https://github.com/harbour-lab" '
        'target="_blank" rel="noopener">Code on GitHub</a></span></li>\n'
        f'<li>{icon("fas-video")}<span><a href="https://harbour.example.org/people/">Join '
        '<strong>Zoom</strong></a></span></li>\n</ul>\n'
        '<p class="lk-contact-map"><a href="https://www.openstreetmap.org/?mlat=37.4275&amp;'
        'mlon=-122.1697#map=14/37.4275/-122.1697" target="_blank" rel="noopener">1 Quay Road, '
        'Porthaven, CA 90210</a></p>\n</div>\n</div>\n</div>\n</section>')


def test_without_a_form_provider_there_is_no_form_nor_a_map_without_coordinates(site):
    html = contact(site, form=None, coordinates=None, text=None, contact_links=None)
    assert "<form" not in html and "lk-contact-map" not in html
    assert "lk-contact-text" not in html
    assert re.findall(r'<use href="#lk-icon-([^"]+)"', html) == [
        "fas-envelope", "fas-phone", "fas-location-pin", "fas-compass", "fas-clock",
        "fas-calendar-check"]


def test_autolink_false_still_links_as_hugos_default_replaces_false(site):
    html = contact(site, autolink=False)
    assert '<a href="mailto:desk@harbour.example.org">' in html
    assert '<a href="tel:+1%20555%200100">' in html


def test_the_address_follows_the_sites_format_and_keeps_the_theme_delimiters(site):
    config = site / "hugo.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "address_format: en-us", "address_format: de"), encoding="utf-8")
    html = contact(site, address={"street": "Hafen <1>", "city": "Kiel", "postcode": "24103",
                                  "country": "Germany"}, coordinates=None)
    assert '<span class="lk-person-address">Hafen &lt;1&gt;<br>24103 Kiel</span>' in html
    html = contact(site, address={"street": "Hafen 1"}, coordinates=None)
    assert '<span class="lk-person-address">Hafen 1<br></span>' in html


def test_links_unsafe_urls_and_languages(site):
    html = contact(site, appointment_url="javascript:alert(1)", contact_links=[
        {"icon": "map-marker", "name": "Find *us*", "link": "JavaScript:alert(2)"},
        {"icon": "envelope", "icon_pack": "far", "name": "Post", "link": "mailto:a@b.org"},
        {"icon": "no-such-icon", "icon_pack": "fab", "name": "Elsewhere", "link": "/x/"}])
    assert "javascript" not in html.lower()
    assert re.findall(r"<li>(.*?)</li>", html)[-4:] == [
        f'{icon("fas-calendar-check")}<span><a href="#ZgotmplZ" target="_blank" '
        'rel="noopener">Book an appointment</a></span>',
        f'{icon("fas-location-pin")}<span><a href="">Find <em>us</em></a></span>',
        f'{icon("far-envelope")}<span><a href="mailto:a@b.org">Post</a></span>',
        '<span class="lk-contact-icon"></span><span><a href="https://harbour.example.org/x/">'
        "Elsewhere</a></span>"]


def test_the_form_speaks_the_pages_language_and_offers_attachments(site):
    config = site / "hugo.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "defaultContentLanguage: en", "defaultContentLanguage: fr"), encoding="utf-8")
    html = contact(site, form={"provider": "netlify", "netlify": {"attachments": True}})
    assert re.findall(r'placeholder="([^"]*)"', html) == ["Nom", "E-mail", "Message"]
    assert '<input class="lk-contact-input" type="file" name="file" id="contact-file">' in html
    assert '<button class="lk-contact-send" type="button">Envoyer</button>' in html
    assert ">Demander un rendez-vous</a>" in html


def test_one_column_puts_the_heading_above_and_the_content_full_width(site):
    page = lk.Site(site / "content").page("_index.md")
    page.sections[0].data["design"]["columns"] = "1"
    html = section(page, "contact")
    assert '<div class="lk-columns">\n<div class="lk-section-heading section-heading">' in html
    assert '<div class="lk-column">' in html
    del page.sections[0].data["design"]["columns"]  # the wrapper's "1", the block's "2"
    html = section(page, "contact")
    assert '<div class="lk-columns">' in html and '<div class="lk-column lk-column-8">' in html


def test_a_wowchemy_contact_widget_takes_its_title_from_the_file(tmp_path):
    site = tmp_path / "site"
    (site / "content" / "home").mkdir(parents=True)
    (site / "config.yaml").write_text("title: W\ntheme: wowchemy\n", encoding="utf-8")
    (site / "content" / "home" / "index.md").write_text("---\ntype: widget_page\n---\n",
                                                        encoding="utf-8")
    (site / "content" / "home" / "contact.md").write_text(
        "---\nwidget: contact\nheadless: true\nweight: 10\ntitle: Reach *us*\n"
        "content:\n  email: a@example.org\ndesign:\n  columns: '1'\n---\n\nCall *first*.\n",
        encoding="utf-8")
    page = lk.Site(site / "content").page("home/index.md")
    html = render.render_page(page, render.Embed(), frame=False)[1]
    assert re.findall(r'<h2 class="lk-block-title" id="[^"]+">(.*?)</h2>', html) == [
        "Reach <em>us</em>"]
    assert '<a href="mailto:a@example.org">a@example.org</a>' in html
    # its own content ($st.Content) is the widget's text
    assert '<div class="lk-contact-text">Call <em>first</em>.</div>' in html


def test_check_knows_the_block_and_says_what_stops_hugo(site):
    text = site / "content" / "_index.md"
    problems = check.check_page(lk.Site(site / "content"), text)
    assert not [p for p in problems if "contact" in p.message]
    text.write_text(text.read_text(encoding="utf-8").replace(
        "provider: netlify", "provider: formspree"), encoding="utf-8")
    config = site / "hugo.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "address_format: en-us", "address_format: xx"), encoding="utf-8")
    found = [str(p).replace(str(text), "_index.md")
             for p in check.check_page(lk.Site(site / "content"), text)
             if "sections[0]" in p.message]
    assert found == [
        "_index.md:14: error: sections[0].content.address: the address format 'xx' is not "
        "one of the theme's (en-ca, en-us, en-gb, de, fr-ca, fr-fr, nl, zh, pt-br, il, fi); "
        "Hugo stops the build",
        "_index.md:37: error: sections[0].content.form: a Formspree form needs formspree.id; "
        "Hugo stops the build"]
