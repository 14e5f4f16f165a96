"""The `hero` block as each generation draws it: blox-tailwind v0.3.1's blox/hero.html (title,
text, announcement, primary and secondary actions, no image) and blox-bootstrap v5.9.7's
blocks/hero.html (title, lead, cta and cta_alt, cta_note, the image from assets/media/)."""

from __future__ import annotations

import re

import landingkit as lk
from landingkit import render

TEXT = ('<br>\n<p>The <strong>Example Research Centre</strong> studies how machines see, listen '
        "and understand, in\ngroups for multimodal models and computer vision.</p>")
BOOTSTRAP_MODULE = ("imports:\n"
                    "  - path: github.com/HugoBlox/hugo-blox-builder/modules/blox-bootstrap\n")


def hero_of(page) -> str:
    html = render.render_page(page, render.Embed())[1]
    start = html.index('<section id="section-hero"')
    return html[start:html.index("</section>", start) + len("</section>")]


def test_the_sample_hero_is_title_then_text(tmp_site):
    assert hero_of(lk.Site(tmp_site).page("_index.md")) == (
        '<section id="section-hero" class="lk-section lk-block-hero">\n'
        '<div class="lk-container lk-hero">\n<div class="lk-hero-copy">\n'
        '<h1 class="lk-hero-title">Example Research\nCentre</h1>'
        f'<p class="lk-hero-text">{TEXT}</p></div>\n</div>\n</section>')


def test_actions_link_as_the_theme_links_them(tmp_site):
    page = lk.Site(tmp_site).page("_index.md")
    content = page.sections[0].data["content"]
    content["primary_action"] = {"text": "Join **us**", "url": "people/"}
    content["secondary_action"] = {"text": "Code", "url": "https://github.com/example"}
    content["announcement"] = {"text": "New lab", "link": {"text": "Read", "url": "/post/"}}
    html = hero_of(page)
    assert re.findall(r"<a [^>]*>.*?</a>", html) == [
        '<a href="https://example.edu/post/">Read <span aria-hidden="true">&rarr;</span></a>',
        '<a class="lk-hero-button" href="https://example.edu/people/">Join <strong>us</strong>'
        "</a>",
        '<a class="lk-hero-alt" href="https://github.com/example" target="_blank" '
        'rel="noopener">Code <span aria-hidden="true">→</span></a>']
    assert "<img" not in html  # blox-tailwind's hero draws no image


def test_a_bootstrap_hero_shows_the_image_beside_the_text(tmp_site):
    (tmp_site.parent / "config" / "_default" / "module.yaml").write_text(BOOTSTRAP_MODULE,
                                                                        encoding="utf-8")
    page = lk.Site(tmp_site).page("_index.md")
    content = page.sections[0].data["content"]
    content["cta"] = {"label": "People", "url": "/people/"}
    content["cta_alt"] = {"label": "News", "url": "/post/"}
    content["cta_note"] = {"label": "Open to *visitors*"}
    html = hero_of(page)
    html = re.sub(r'src="data:image/png;base64,[A-Za-z0-9+/=]+"', 'src="PNG"', html)
    assert html == (
        '<section id="section-hero" class="lk-section home-section wg-hero lk-block-hero '
        'lk-hero-bootstrap">\n'
        '<div class="lk-container lk-hero">\n<div class="lk-hero-row">\n'
        '<div class="lk-hero-copy">\n<h1 class="lk-hero-title">Example Research\nCentre</h1>'
        f'<div class="lk-hero-lead">{TEXT}</div><p class="lk-hero-actions"><a '
        'class="lk-hero-button" href="https://example.edu/people/">People</a> <a '
        'class="lk-hero-alt" href="https://example.edu/post/">News <span aria-hidden="true">›'
        '</span></a></p>\n<p class="lk-hero-note">Open to <em>visitors</em></p></div>\n'
        '<div class="lk-hero-media"><img class="lk-hero-image" src="PNG" alt=""></div></div>\n'
        "</div>\n</section>")


def test_a_missing_hero_image_is_said_with_the_page(tmp_site):
    (tmp_site.parent / "config" / "_default" / "module.yaml").write_text(BOOTSTRAP_MODULE,
                                                                        encoding="utf-8")
    (tmp_site.parent / "assets" / "media" / "welcome.png").unlink()
    page = lk.Site(tmp_site).page("_index.md")
    assert "<img" not in hero_of(page)
    assert [str(p) for p in render.render_problems(page)] == [
        f"{tmp_site / '_index.md'}:8: warning: hero image 'welcome.png' is not in "
        "assets/media/; the hero shows no image"]


def test_a_script_url_is_no_action(tmp_site):
    page = lk.Site(tmp_site).page("_index.md")
    page.sections[0].data["content"]["primary_action"] = {"text": "Go",
                                                          "url": "javascript:alert(1)"}
    assert "lk-hero-button" not in hero_of(page)
