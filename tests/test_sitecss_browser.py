"""A site's own stylesheet aims at the theme's markup: its class names, ids and the `.dark`
the theme puts on the page. These sites (written here) carry rules of the kind real sites'
`assets/scss/custom.scss` and `template.scss` have, aimed at the names of blox-bootstrap
v5.9.7 and Wowchemy v5 (the research-group starter's template.scss: `.cta-group`;
tesla-cu/website: `.dark a`; raykostantchev/rayko_research_group: `body.dark ...`;
tkmeldrum/spinlab: `.navbar .navbar-brand`; cvanelteren/cvanelteren.github.io:
`.portrait-title h2`, `.article-style`, `.section-subheading`) and of blox-tailwind v0.10.0
(`.dark` on `<html>`, `.prose`, `.page-header`, `.page-footer`). Each is exported and opened
in headless Chromium, and the rule's property is read from the element the theme gives the
name to, in the light and dark schemes, by the system's and by the switch."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, open_page

import landingkit as lk
from landingkit import export, render

ORANGE, BLACK = "rgb(252, 140, 54)", "rgb(0, 0, 0)"

#: the starter's template.scss (HugoBlox/theme-research-group, as its sites keep it)
TEMPLATE_SCSS = """\
// Make page header alignment consistent with widget page header alignment
.universal-wrapper h1 {
  text-align: center;
}

// Center the CTA shortcode button
.cta-group {
  justify-content: center;
}
"""

BOOTSTRAP_SCSS = """\
$mark: rgb(1, 2, 3);
.dark a,
.dark h3.article-title a:hover {
  color: #fc8c36; }
a { color: #000000; text-decoration: none; }
body { border-top: 9px solid $mark; }
body.dark .page-footer { border-top: 3px solid rgb(200, 0, 0); }
#navbar-main { border-bottom: 5px solid rgb(0, 128, 0); }
.navbar .navbar-brand { letter-spacing: 2px; }
.home-section.wg-markdown { border-left: 6px solid $mark; }
.section-heading { word-spacing: 4px; }
.people-widget .people-person { outline: 2px solid rgb(4, 5, 6); }
.network-icon { padding-left: 17px; }
.portrait-title h2 { color: rgb(233, 196, 106); }
.article-style { text-align: justify; }
.site-footer { font-style: italic; }
"""

TAILWIND_CSS = """\
.dark .prose a { color: rgb(250, 10, 10); }
.prose p { letter-spacing: 1px; }
html.dark .page-header { background-color: rgb(20, 30, 40); }
.page-footer { font-style: italic; }
.navbar { border-bottom: 4px solid rgb(0, 0, 255); }
"""

HOME = """\
---
title: Home
type: landing
sections:
  - block: markdown
    id: join
    content:
      title: Join us
      subtitle: We count falcons
      text: |
        Read [the notes](https://example.org/notes).

        {{< cta cta_link="./people/" cta_text="Meet the team" >}}
  - block: markdown
    id: night
    content:
      title: At night
      text: A [link](https://example.org/night) on a dark band.
    design:
      background:
        color: '#222'
        text_color_light: true
  - block: people
    id: team
    content:
      title: Team
      user_groups: [Researchers]
    design:
      show_social: true
  - block: about.biography
    id: about
    content:
      username: ada
---
"""

ADA = """\
---
title: Ada Reed
role: Professor
user_groups: [Researchers]
social:
  - icon: envelope
    icon_pack: fas
    link: mailto:ada@example.org
---
Ada watches kestrels.
"""

TAILWIND_HOME = """\
---
title: Home
type: landing
sections:
  - block: markdown
    id: words
    content:
      title: Words
      text: |
        Read [the notes](https://example.org/notes).

        A second paragraph.
---
"""


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def bootstrap_site(root: Path, appearance: str) -> Path:
    """A blox-bootstrap site with the starter's template.scss and a custom.scss."""
    write(root / "hugo.yaml", textwrap.dedent(f"""\
        title: Kestrel Group
        baseURL: https://kestrel.example.org/
        module:
          imports:
            - path: github.com/HugoBlox/hugo-blox-builder/modules/blox-bootstrap/v5
        params:
          {appearance}
        """))
    write(root / "content" / "_index.md", HOME)
    write(root / "content" / "authors" / "ada" / "_index.md", ADA)
    write(root / "assets" / "scss" / "template.scss", TEMPLATE_SCSS)
    write(root / "assets" / "scss" / "custom.scss", BOOTSTRAP_SCSS)
    return root


def tailwind_site(root: Path) -> Path:
    write(root / "hugo.yaml", textwrap.dedent("""\
        title: Kestrel Group
        module:
          imports:
            - path: github.com/HugoBlox/hugo-blox-builder/modules/blox-tailwind
        """))
    write(root / "content" / "_index.md", TAILWIND_HOME)
    write(root / "assets" / "css" / "custom.css", TAILWIND_CSS)
    return root


def exported(site: Path, out: Path) -> Path:
    page = lk.load(site / "content")
    return export.export_page(page, out / "index.html")


STYLE = """([selector, property]) => {
    const found = document.querySelector(selector);
    return found ? getComputedStyle(found).getPropertyValue(property) : null;
}"""


def styles(page, wanted: dict) -> dict:
    """name -> the computed value of (selector, property) on the open page."""
    return {name: page.evaluate(STYLE, list(pair)) for name, pair in wanted.items()}


#: what the theme names and where: name -> (the element in the export, the property)
BOOTSTRAP_NAMES = {
    "body": ("#lk-page-en", "border-top-width"),
    "navbar-main": ("nav.lk-navbar", "border-bottom-width"),
    "navbar-brand": (".lk-brand", "letter-spacing"),
    "wg-markdown": ("#join", "border-left-width"),
    "section-heading": ("#join .lk-section-heading", "word-spacing"),
    "cta-group": ("#join .lk-cta-group", "justify-content"),
    "people-person": ("#team .lk-card", "outline-width"),
    "network-icon": ("#team .lk-profiles", "padding-left"),
    "network-icon (about)": ("#about .lk-about-icons", "padding-left"),
    "portrait-title h2": ("#about .lk-about-title h2", "color"),
    "article-style": ("#about .lk-about-text", "text-align"),
    "site-footer": (".lk-footer", "font-style"),
}
BOOTSTRAP_WANT = {
    "body": "9px", "navbar-main": "5px", "navbar-brand": "2px", "wg-markdown": "6px",
    "section-heading": "4px", "cta-group": "center", "people-person": "2px",
    "network-icon": "17px", "network-icon (about)": "17px", "portrait-title h2": "rgb(233, 196, "
                                                                                 "106)",
    "article-style": "justify", "site-footer": "italic",
}
#: the rules of `.dark`: a link in running text, one in a `text_color_light` section (the
#: theme's `section.dark`), the footer's `body.dark .page-footer`
DARK_NAMES = {"link": ("#join .lk-prose a", "color"), "band": ("#night .lk-prose a", "color"),
              "footer": (".lk-footer", "border-top-width")}


@pytest.mark.browser
def test_a_bootstrap_sites_rules_find_the_themes_names(tmp_path, page):
    site = bootstrap_site(tmp_path / "site", "appearance: {theme_day: minimal, "
                                             "theme_night: dark}")
    html = exported(site, tmp_path / "out")
    for viewport in (DESKTOP, PHONE):
        open_page(page, html, viewport)
        assert styles(page, BOOTSTRAP_NAMES) == BOOTSTRAP_WANT, viewport
    # the cta's button is centred in its column, as template.scss centres it
    open_page(page, html)
    button, column = (page.locator(s).bounding_box()
                      for s in ("#join .lk-cta-group .lk-button", "#join .lk-cta-group"))
    assert abs(button["x"] + button["width"] / 2 - (column["x"] + column["width"] / 2)) < 1


@pytest.mark.browser
def test_a_bootstrap_sites_dark_rules_follow_the_scheme_and_the_switch(tmp_path, page):
    site = bootstrap_site(tmp_path / "site", "appearance: {theme_day: minimal, "
                                             "theme_night: dark}")
    html = exported(site, tmp_path / "out")
    light = {"link": BLACK, "band": ORANGE, "footer": "0px"}
    dark = {"link": ORANGE, "band": ORANGE, "footer": "3px"}
    for scheme, first, switched in (("light", light, dark), ("dark", dark, light)):
        open_page(page, html, scheme=scheme)
        assert styles(page, DARK_NAMES) == first, scheme
        page.click(".lk-mode-button")
        assert styles(page, DARK_NAMES) == switched, scheme


@pytest.mark.browser
def test_a_bootstrap_site_without_a_day_theme_is_dark_for_its_rules(tmp_path, page):
    """No `theme_day`: the theme's page is dark, switch or not, whatever the system's."""
    site = bootstrap_site(tmp_path / "site", "appearance: {}")
    html = exported(site, tmp_path / "out")
    for scheme in ("light", "dark"):
        open_page(page, html, scheme=scheme)
        assert styles(page, DARK_NAMES) == {"link": ORANGE, "band": ORANGE,
                                            "footer": "3px"}, scheme


TAILWIND_NAMES = {
    "prose a": ("#words .lk-prose a", "color"),
    "prose p": ("#words .lk-prose p", "letter-spacing"),
    "page-header": (".lk-header", "background-color"),
    "page-footer": (".lk-footer", "font-style"),
    "navbar": ("nav.lk-navbar", "border-bottom-width"),
}


@pytest.mark.browser
def test_a_tailwind_sites_rules_find_the_themes_names_light_and_dark(tmp_path, page):
    html = exported(tailwind_site(tmp_path / "site"), tmp_path / "out")
    # light: the look's own slate-900 link and white navbar, which the site's rules leave
    light = {"prose a": "rgb(15, 23, 42)", "prose p": "1px", "page-header": "rgb(255, 255, 255)",
             "page-footer": "italic", "navbar": "4px"}
    dark = {**light, "prose a": "rgb(250, 10, 10)", "page-header": "rgb(20, 30, 40)"}
    for scheme, first, switched in (("light", light, dark), ("dark", dark, light)):
        open_page(page, html, scheme=scheme)
        assert styles(page, TAILWIND_NAMES) == first, scheme
        page.click(".lk-mode-button")
        assert styles(page, TAILWIND_NAMES) == switched, scheme


def test_the_site_stylesheet_names_the_page_as_the_root():
    """`html`, `body`, `:root` and the page's `.dark` become the root (`&`); a `.dark` rule is
    written for the system's dark scheme and for its light, a lone `.dark` naming a section
    marked dark as well."""
    from landingkit import theme

    css = ("@keyframes k{from{opacity:0}}body{counter-reset:n}html>body.dark iframe.map{a:b}"
           "@media (max-width:600px){html body>a{x:y}}.dark a{c:d}section.dark h2{e:f}"
           ".navbar .navbar-brand img{g:h}:root{--a:1}")
    dark = (":not(.lk-mode-light):not(:has(>.lk-mode-toggle:checked)),"
            ".lk-mode-light:has(>.lk-mode-toggle:checked)")
    light = (".lk-mode-dark:not(:has(>.lk-mode-toggle:checked)),"
             ":not(.lk-mode-dark):has(>.lk-mode-toggle:checked)")
    assert theme.page_rules(css) == (
        "@keyframes k{from{opacity:0}}&{counter-reset:n}"
        f"@media (prefers-color-scheme:dark){{&:is({dark}) iframe.map{{a:b}}}}"
        f"@media not (prefers-color-scheme:dark){{&:is({light}) iframe.map{{a:b}}}}"
        "@media (max-width:600px){&>a{x:y}}"
        f"@media (prefers-color-scheme:dark){{:is(&:is({dark}),& .dark) a{{c:d}}}}"
        f"@media not (prefers-color-scheme:dark){{:is(&:is({light}),& .dark) a{{c:d}}}}"
        "section.dark h2{e:f}.navbar .navbar-brand img{g:h}&{--a:1}")
    # a stylesheet naming no page is left as it is, byte for byte
    assert theme.page_rules(".lk-prose{max-width:976px}") == ".lk-prose{max-width:976px}"


def test_template_scss_comes_before_custom_scss_on_bootstrap_sites_only(tmp_path):
    """main.scss imports `template` then `custom` (blox-bootstrap v5.9.7, Wowchemy v5);
    Academic v4.8's imports only `custom`, and blox-tailwind reads neither."""
    from landingkit import theme

    write(tmp_path / "assets" / "scss" / "template.scss", ".cta-group{justify-content:center}")
    write(tmp_path / "assets" / "scss" / "custom.scss", ".cta-group{justify-content:end}")
    assert theme.custom_css(tmp_path, template=True) == (
        ".cta-group{justify-content:center}.cta-group{justify-content:end}\n")
    assert theme.custom_css(tmp_path) == ".cta-group{justify-content:end}\n"
    (tmp_path / "assets" / "scss" / "custom.scss").unlink()
    assert theme.custom_css(tmp_path, template=True) == ".cta-group{justify-content:center}\n"
    site = bootstrap_site(tmp_path / "boot", "appearance: {theme_day: minimal}")
    assert ".cta-group{justify-content:center}" in render.site_look(lk.Site(site))[1]
