"""`dev-hero` as the 2026 kit's block.html (HugoBlox/kit f107371d, modules/blox/blox/dev-hero/)
draws it, compared as text: the person of data/authors/ (functions/get_author_profile), the
keys the template reads and their defaults, what it leaves out, links and buttons as it makes
them; `check` knows the block; and the fixture page (tests/sites/devhero-kit) in Chromium
against the figures of the same page built with the real kit.

The real build (Hugo 0.168, Node 22 and @tailwindcss/cli 4 from npm, all in /tmp), as
tests/test_kitblocks_look.py says: modules/blox and modules/analytics extracted to M, then
    cp -r tests/sites/devhero-kit/. S/   # plus security.exec.allow ^tailwindcss$ and
    # build.buildStats.enable in S/config/_default/hugo.yaml, node_modules copied into S
    PATH=S/node_modules/.bin:$PATH GOPROXY=off GOFLAGS=-mod=mod \\
      HUGO_MODULE_REPLACEMENTS="github.com/HugoBlox/kit/modules/blox->$M/blox,\\
    github.com/HugoBlox/kit/modules/analytics->$M/analytics" \\
      hugo build --source S --destination OUT   # twice: Tailwind reads hugo_stats.json
    python -m http.server --directory OUT; Chromium at 1280x900 and 390x900, light and dark
    (the `dark` class on <html>), animations and transitions off, getBoundingClientRect and
    getComputedStyle of the section, the photo, greeting, name, role, bio, links, buttons and
    scroll indicator. The snapshot's data/icons/brands.json is empty, so the real GitHub link
    is an empty circle (its size is the same).
"""

from __future__ import annotations

import pytest
from browser import DESKTOP, PHONE, open_page
from kitblocks_site import SITES, copy_site, section, tags

import landingkit as lk
from landingkit import export
from landingkit.cli import main

SITE = SITES / "devhero-kit"
ICON = ('<svg class="lk-icon" aria-hidden="true" focusable="false">'
        '<use href="#lk-icon-{}"/></svg>')
GLOW = ('<div class="lk-dh-glow" aria-hidden="true"><div class="lk-dh-orb lk-dh-orb-1"></div>'
        '<div class="lk-dh-orb lk-dh-orb-2"></div><div class="lk-dh-orb lk-dh-orb-3"></div>'
        '<div class="lk-dh-grid"></div></div>\n')
LINKS = (
    '<div class="lk-dh-links">\n'
    '<a class="lk-dh-link" href="https://github.com/example" target="_blank" '
    f'rel="noopener noreferrer" title="GitHub">{ICON.format("brands-github")}</a>\n'
    '<a class="lk-dh-link" href="mailto:robin@example.org" title="E-mail">'
    f'{ICON.format("hero-envelope")}</a>\n'
    f'<a class="lk-dh-link" href="https://example.org/cv/" title="CV">{ICON.format("hero-link")}'
    "</a>\n</div>\n")
COPY = (
    '<p class="lk-dh-role">Builds <strong>small</strong> tools for tide data</p>\n'
    '<p class="lk-dh-bio">I write Python and Go for <a href="https://example.org/labs" '
    'rel="noopener">coastal labs</a>, and keep the lights on.</p>\n')


@pytest.fixture
def site(tmp_path):
    return copy_site(tmp_path, "devhero-kit")


def test_the_centered_hero_as_the_template_draws_it(site):
    html, problems = section(site, "hero")
    assert problems == []
    assert html == (
        '<section id="hero" class="lk-section lk-block-dev-hero">\n<div class="lk-dh">\n'
        f'{GLOW}<div class="lk-dh-inner">\n'
        '<div class="lk-dh-head"><div class="lk-dh-avatar">\n'
        '<div class="lk-dh-photo"><img src="IMG" alt="Robin Tern"></div>\n'
        '<span class="lk-dh-status">💻</span>\n</div></div>\n'
        '<p class="lk-dh-greeting"><span class="lk-dh-rule"></span> Hi, I&#39;m '
        '<span class="lk-dh-rule"></span></p>\n'
        '<h1 class="lk-dh-name"><span class="lk-dh-title">Robin Tern</span></h1>\n'
        f"{COPY}{LINKS}"
        '<div class="lk-dh-buttons">\n'
        f'<a class="lk-dh-button lk-dh-primary" href="#about">{ICON.format("arrow-down")} '
        "View my work</a>\n"
        f'<a class="lk-dh-button" href="https://example.org/contact/">{ICON.format("envelope")} '
        "Get in touch</a>\n</div>\n"
        '<a class="lk-dh-scroll" href="#about" aria-label="Scroll to content">'
        '<span class="lk-dh-mouse"><span class="lk-dh-wheel"></span></span></a>\n'
        "</div>\n</div>\n</section>")


def test_the_split_hero_as_the_template_draws_it(site):
    html, problems = section(site, "about")
    assert problems == []
    assert html == (
        '<section id="about" class="lk-section lk-block-dev-hero">\n'
        f'<div class="lk-dh lk-dh-split">\n{GLOW}<div class="lk-dh-inner">\n'
        '<div class="lk-dh-row">\n<div class="lk-dh-side"><div class="lk-dh-avatar">\n'
        '<div class="lk-dh-photo lk-dh-rounded"><img src="IMG" alt="Robin Tern"></div>\n'
        '<div class="lk-dh-ring lk-dh-rounded"></div>\n</div></div>\n'
        '<div class="lk-dh-copy">\n'
        # split: one rule, before the greeting
        '<p class="lk-dh-greeting"><span class="lk-dh-rule"></span> Hello, I&#39;m</p>\n'
        '<h1 class="lk-dh-name"><span class="lk-dh-prefix">Dr.</span> '
        '<span class="lk-dh-title">Robin Tern</span></h1>\n'
        f"{COPY}{LINKS}"
        '<div class="lk-dh-buttons">\n'
        # a .pdf of the site and an http(s) link open in a new tab
        '<a class="lk-dh-button lk-dh-primary" href="https://example.org/cv.pdf" '
        f'target="_blank" rel="noopener">{ICON.format("hero-document-arrow-down")} '
        "Download CV</a>\n"
        '<a class="lk-dh-button" href="https://example.org/projects" target="_blank" '
        'rel="noopener">Projects</a>\n</div>\n'
        "</div>\n</div>\n</div>\n</div>\n</section>")


def test_defaults_without_a_person(site):
    # no data/authors/nobody.*: the username as written is the name, the content's tagline,
    # bio and links are shown, its title is not (get_author_profile always has a title)
    html, problems = section(site, "hero", replace=True, content={
        "username": " Nobody ", "title": "Override", "tagline": "A *tag*line",
        "bio": "Some **bio**", "links": "https://example.org/me", "show_status": True})
    assert problems == []
    assert "lk-dh-photo" not in html and "lk-dh-status" not in html  # no avatar, no badge
    assert "lk-dh-greeting" not in html and "lk-dh-buttons" not in html
    assert "lk-dh-scroll" not in html  # show_scroll_indicator defaults to false
    assert tags(html, "h1") == ['<h1 class="lk-dh-name"><span class="lk-dh-title">Nobody'
                                "</span></h1>"]
    assert tags(html, "p") == ['<p class="lk-dh-role">A <em>tag</em>line</p>',
                               '<p class="lk-dh-bio">Some <strong>bio</strong></p>']
    assert tags(html, "a") == [
        '<a class="lk-dh-link" href="https://example.org/me" target="_blank" '
        f'rel="noopener noreferrer">{ICON.format("hero-link")}</a>']
    # an empty username finds nobody and has no title: content.title, else "Developer"
    html, _ = section(site, "hero", replace=True, content={"username": "  ",
                                                           "title": " Override "})
    assert tags(html, "h1") == ['<h1 class="lk-dh-name"><span class="lk-dh-title">Override'
                                "</span></h1>"]
    html, _ = section(site, "hero", replace=True, content={"username": ""})
    assert tags(html, "h1") == ['<h1 class="lk-dh-name"><span class="lk-dh-title">Developer'
                                "</span></h1>"]
    # a username that is no string is "me"; the person's role and bio win over the content's
    html, _ = section(site, "hero", replace=True, content={"username": 7, "tagline": "T",
                                                           "bio": "B", "links": ["/x/"]})
    assert "Robin Tern" in html and '<p class="lk-dh-role">Builds' in html
    assert ">T<" not in html and ">B<" not in html and 'href="https://example.org/x/"' not in html


def test_a_person_without_avatar_status_or_links(site):
    html, problems = section(site, "about", replace=True, content={
        "username": "sam", "links": [{"url": "https://example.org/sam", "name": "Site"}]},
        design={"style": "split"})
    assert problems == []
    assert "lk-dh-side" not in html and "<img" not in html  # no avatar: no column
    assert tags(html, "h1") == ['<h1 class="lk-dh-name"><span class="lk-dh-title">Sam Petrel'
                                "</span></h1>"]
    assert tags(html, "a") == [
        '<a class="lk-dh-link" href="https://example.org/sam" target="_blank" '
        f'rel="noopener noreferrer" title="Site">{ICON.format("hero-link")}</a>']
    # show_status with a person of no status.icon draws no badge
    html, _ = section(site, "hero", content={"username": "sam"})
    assert "lk-dh-status" not in html


def test_links_buttons_and_unsafe_urls(site):
    html, problems = section(site, "hero", content={
        "username": "sam", "show_scroll_indicator": "yes", "scroll_target": "  ",
        "links": [{"link": "javascript:alert(1)", "icon": "brands/github"},
                  {"url": "https://example.org/a", "icon": "tern"},
                  {"url": "https://example.org/b", "icon": "brands/no-such-icon"},
                  {"icon": "hero/link"}, 5, " "],
        "cta_buttons": ["first is no mapping", {"text": "No url"},
                        {"text": "Bad", "url": "javascript:alert(1)"},
                        {"text": " Mail ", "url": "mailto:a@example.org", "new_tab": "on"},
                        {"text": "Docs", "url": "/docs/", "icon": "no-such-icon"}]})
    assert problems == []
    assert tags(html, "a") == [
        # a scheme that is no link keeps its circle, without the href the kit writes
        f'<a class="lk-dh-link">{ICON.format("brands-github")}</a>',
        # a name of no pack that is no icon is shown as it is (the kit takes it for an emoji)
        '<a class="lk-dh-link" href="https://example.org/a" target="_blank" '
        'rel="noopener noreferrer"><span class="lk-dh-glyph">tern</span></a>',
        '<a class="lk-dh-link" href="https://example.org/b" target="_blank" '
        'rel="noopener noreferrer"></a>',
        # the first button is no mapping: none is primary; new_tab "on" opens a new tab
        '<a class="lk-dh-button">Bad</a>',
        '<a class="lk-dh-button" href="mailto:a@example.org" target="_blank" rel="noopener">'
        "Mail</a>",
        '<a class="lk-dh-button" href="https://example.org/docs/"><span class="lk-dh-glyph">'
        "no-such-icon</span> Docs</a>",
        # an empty scroll_target is #projects
        '<a class="lk-dh-scroll" href="#projects" aria-label="Scroll to content"><span '
        'class="lk-dh-mouse"><span class="lk-dh-wheel"></span></span></a>']
    assert "javascript" not in html
    html, _ = section(site, "hero", content={"cta_buttons": {"text": "One", "url": "/one/"},
                                             "scroll_target": "https://example.org/next"})
    assert ('<a class="lk-dh-button lk-dh-primary" href="https://example.org/one/">One</a>'
            in html)  # one mapping is one button
    assert ('<a class="lk-dh-scroll" href="https://example.org/next" target="_blank" '
            'rel="noopener" aria-label="Scroll to content">') in html


def test_typewriter_styles_and_shapes(site):
    html, _ = section(site, "hero", content={"typewriter": {
        "enable": "on", "strings": ["  ", None, "Go developer", 3], "prefix": "I am"}})
    # no script types here: the first string as the typewriter holds it when it pauses
    assert tags(html, "p")[1] == (
        '<p class="lk-dh-role lk-dh-typed"><span>I am</span> <span class="lk-dh-typing">'
        '&lt;nil&gt;</span><span class="lk-dh-cursor"></span></p>')  # Go's %v of null
    html, _ = section(site, "hero", content={"typewriter": {"enable": True,
                                                            "strings": " Rust "}})
    assert ('<p class="lk-dh-role lk-dh-typed"><span class="lk-dh-typing">Rust</span>'
            '<span class="lk-dh-cursor"></span></p>') in html
    html, _ = section(site, "hero", content={"typewriter": {"enable": True, "strings": []}})
    assert '<p class="lk-dh-role">Builds' in html  # no strings: the role
    html, _ = section(site, "hero", content={"typewriter": {"enable": "maybe",
                                                            "strings": ["x"]}})
    assert "lk-dh-typed" not in html  # a word coerce_bool does not know: its default, off
    html, _ = section(site, "hero", design={"style": " SPLIT ", "avatar_shape": "Square"})
    assert '<div class="lk-dh lk-dh-split">' in html
    assert '<div class="lk-dh-photo lk-dh-rounded">' in html
    html, _ = section(site, "about", design={"style": "grid", "avatar_shape": 3})
    assert '<div class="lk-dh">' in html and '<div class="lk-dh-photo">' in html


def test_markdown_where_the_template_renders_it(site):
    html, _ = section(site, "hero", replace=True, content={
        "username": "nobody", "greeting": "*Hi* <b>", "name_prefix": "**Dr.**",
        "tagline": "`code` and [a link](/l/)", "bio": "<script>x</script>"})
    # greeting and prefix are text; the tagline and bio are RenderString'd (Goldmark leaves
    # raw HTML out)
    assert '<p class="lk-dh-greeting"><span class="lk-dh-rule"></span> *Hi* &lt;b&gt; ' in html
    assert '<span class="lk-dh-prefix">**Dr.**</span>' in html
    assert tags(html, "p")[1:] == [
        '<p class="lk-dh-role"><code>code</code> and <a href="/l/" rel="noopener">a link</a></p>',
        '<p class="lk-dh-bio"></p>']  # a bio of raw HTML only: its paragraph, empty


def test_check_knows_the_block(capsys, monkeypatch):
    monkeypatch.chdir(SITE)
    assert main(["check", "."]) == 0
    out, err = capsys.readouterr()
    assert "does not render yet" not in out + err
    assert (out + err).strip().splitlines()[-1] == "0 errors, 0 warnings"
    assert [b.type for b in lk.Site(SITE / "content").page("_index.md").sections] == [
        "dev-hero", "dev-hero"]
    assert main(["show", "content/_index.md"]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        "  #hero (dev-hero)", "    person: me", "  #about (dev-hero)", "    person: me"]


def test_check_says_how_the_kit_reads_a_switch_or_count_that_is_none(site, capsys,
                                                                     monkeypatch):
    page = site / "content" / "_index.md"
    text = page.read_text(encoding="utf-8")
    text = text.replace("show_status: true", "show_status: sure").replace(
        '      scroll_target: "#about"\n',
        '      scroll_target: "#about"\n      typewriter:\n        type_speed: fast\n')
    page.write_text(text, encoding="utf-8")
    monkeypatch.chdir(site)
    assert main(["check", "."]) == 0
    out, err = capsys.readouterr()
    assert (out + err).strip().splitlines() == [
        "content/_index.md:10: warning: sections[0].content.show_status: expected true or "
        "false (or yes/no, on/off, 1/0), got 'sure'; the theme reads it as false",
        "content/_index.md:14: warning: sections[0].content.typewriter.type_speed: expected a "
        "whole number, got 'fast'; the theme reads it as 80",
        "0 errors, 2 warnings"]


#: the real build's boxes (x, y, width, height), the same light and dark
REAL = {
    1280: {"#hero": (0, 54, 1280, 962), "#hero .lk-dh-photo": (560, 230, 160, 160),
           "#hero .lk-dh-status": (680, 350, 40, 40),
           "#hero .lk-dh-greeting": (571, 437, 139, 20), "#hero h1": (379, 473, 522, 72),
           "#hero .lk-dh-role": (379, 569, 522, 36), "#hero .lk-dh-bio": (379, 629, 522, 29),
           "#hero .lk-dh-link": (552, 690, 48, 48),
           "#hero .lk-dh-button": (425, 778, 214, 62),
           "#hero .lk-dh-button + .lk-dh-button": (655, 778, 200, 62),
           "#hero .lk-dh-scroll": (628, 848, 24, 40),
           "#about": (0, 1016, 1280, 912), "#about .lk-dh-photo": (256, 1344, 256, 256),
           "#about .lk-dh-ring": (248, 1336, 272, 272),
           "#about .lk-dh-greeting": (560, 1297, 464, 20), "#about h1": (560, 1333, 464, 60),
           "#about .lk-dh-role": (560, 1409, 464, 32), "#about .lk-dh-bio": (560, 1465, 464, 26),
           "#about .lk-dh-link": (560, 1523, 40, 40),
           "#about .lk-dh-button": (560, 1595, 181, 52)},
    390: {"#hero": (0, 54, 390, 996), "#hero .lk-dh-photo": (131, 230, 128, 128),
          "#hero .lk-dh-status": (219, 318, 40, 40),
          "#hero .lk-dh-greeting": (126, 405, 139, 20), "#hero h1": (16, 441, 358, 40),
          "#hero .lk-dh-role": (16, 505, 358, 28), "#hero .lk-dh-bio": (16, 557, 358, 59),
          "#hero .lk-dh-link": (107, 647, 48, 48),
          # the buttons wrap: one under the other
          "#hero .lk-dh-button": (88, 735, 214, 60),
          "#hero .lk-dh-button + .lk-dh-button": (95, 811, 200, 62),
          "#hero .lk-dh-scroll": (183, 881, 24, 40),
          "#about": (0, 1049, 390, 944), "#about .lk-dh-photo": (99, 1225, 192, 192),
          "#about .lk-dh-ring": (91, 1217, 208, 208),
          "#about .lk-dh-greeting": (16, 1465, 358, 20), "#about h1": (16, 1501, 358, 40),
          "#about .lk-dh-role": (16, 1557, 358, 28), "#about .lk-dh-bio": (16, 1609, 358, 52),
          "#about .lk-dh-link": (16, 1693, 40, 40),
          "#about .lk-dh-button": (16, 1765, 181, 52)},
}
BOXES = """(sels) => Object.fromEntries(sels.map(s => { const b =
    document.querySelector(s).getBoundingClientRect();
    return [s, [b.x, b.y + scrollY, b.width, b.height].map(Math.round)]; }))"""
STILL = "*,*::before,*::after{animation:none!important;transition:none!important}"
#: the real build's colours (Tailwind's oklch written as sRGB): the greeting primary-600
#: and -400, the first button primary-600, the links' and the role's gray-600 and -400;
#: the bio's link the bio's colour, not underlined
COLOURS = {
    "light": ["rgb(79, 70, 229)", "rgb(79, 70, 229)", "rgb(75, 85, 99)", "rgb(243, 244, 246)",
              "rgb(75, 85, 99)", "rgb(75, 85, 99)", "none"],
    "dark": ["rgb(96, 165, 250)", "rgb(37, 99, 235)", "rgb(156, 163, 175)",
             "rgba(255, 255, 255, 0.05)", "rgb(156, 163, 175)", "rgb(156, 163, 175)", "none"],
}
STYLE = """(pairs) => pairs.map(([s, p]) =>
    getComputedStyle(document.querySelector(s)).getPropertyValue(p))"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("devhero") / "home.html"
    export.export_page(lk.load(SITE / "content" / "_index.md"), out)
    return out


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_the_page_is_laid_out_as_the_kit_lays_it_out(page, built, viewport, scheme):
    """Every box within a pixel of the real one (its text a fraction of a pixel narrower
    or wider moves what follows by one), the split layout's avatar beside the copy at 1280
    and over it at 390, the centered one's photo 160 and 128 px."""
    width = viewport["width"]
    log = open_page(page, built, {"width": width, "height": 900}, scheme=scheme)
    page.evaluate("""(css) => { const s = new CSSStyleSheet(); s.replaceSync(css);
        document.adoptedStyleSheets = [s]; }""", STILL)
    found = page.evaluate(BOXES, list(REAL[width]))
    assert {s: all(abs(a - b) <= 1 for a, b in zip(found[s], real))
            for s, real in REAL[width].items()} == dict.fromkeys(REAL[width], True), found
    assert page.locator(".lk-block-unknown, .lk-note").count() == 0  # no notice
    assert page.locator("#hero .lk-dh-photo img").evaluate("i => i.naturalWidth") > 0
    assert page.evaluate(STYLE, [
        ["#hero .lk-dh-greeting", "color"], ["#hero .lk-dh-primary", "background-color"],
        ["#hero .lk-dh-link", "color"], ["#hero .lk-dh-link", "background-color"],
        ["#hero .lk-dh-role", "color"], ["#hero .lk-dh-bio a", "color"],
        ["#hero .lk-dh-bio a", "text-decoration-line"]]) == COLOURS[scheme]
    assert (log.console_errors, log.page_errors, log.failed_requests) == ([], [], [])
    assert [u for u in log.requests if not u.startswith(("file:", "data:"))] == []


@pytest.mark.parametrize(("scheme", "expected"), [
    ("light", ["rgb(224, 231, 255)", "rgb(224, 231, 255)"]),
    ("dark", ["rgba(59, 130, 246, 0.2)", "rgba(59, 130, 246, 0.1)"])])
def test_only_the_dark_orbs_pulse(page, built, scheme, expected):
    """The kit's light orb is primary-100, still; its dark one primary-500/20 with
    animate-pulse (half its opacity at 1 s of 2)."""
    open_page(page, built, scheme=scheme)
    assert page.evaluate("""() => { const orb = document.querySelector('#hero .lk-dh-orb-1');
        const pulse = orb.getAnimations()[0]; pulse.pause();
        return [0, 1000].map(t => { pulse.currentTime = t;
                                    return getComputedStyle(orb).backgroundColor; }); }""") \
        == expected
