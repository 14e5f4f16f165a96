"""The frame's data (menu, languages, links, copyright) and the theme's look (which generation,
fonts, the site's own stylesheet), without a browser."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import landingkit as lk
from landingkit import export, frame, render, theme

REPO = Path(__file__).resolve().parents[1]


def site_with(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "content").mkdir(exist_ok=True)
    return tmp_path


@pytest.mark.parametrize(("files", "look"), [
    ({"config/_default/module.yaml": "imports:\n  - path: github.com/HugoBlox/hugo-blox-builder/"
                                     "modules/blox-tailwind\n"}, "tailwind"),
    ({"config/_default/module.yaml": "imports:\n  - path: github.com/HugoBlox/hugo-blox-builder/"
                                     "modules/blox-plugin-netlify\n  - path: github.com/HugoBlox/"
                                     "hugo-blox-builder/modules/blox-bootstrap/v5\n"}, "bootstrap"),
    ({"hugo.toml": "[module]\n[[module.imports]]\npath = 'github.com/HugoBlox/kit/modules/blox'\n"},
     "tailwind"),
    ({"go.mod": "module x\n\ngo 1.19\n\nrequire (\n\tgithub.com/wowchemy/wowchemy-hugo-themes/"
                "modules/wowchemy/v5 v5.0.0-20230101\n)\n"}, "bootstrap"),
    ({"hugo.yaml": "theme: academic\n"}, "bootstrap"),
    ({"hugo.yaml": "title: x\n", "themes/blox-bootstrap/theme.toml": ""}, "bootstrap"),
    ({"hugo.yaml": "title: x\n"}, "tailwind"),  # naming none: the newest look
])
def test_the_generation_is_read_from_what_hugo_reads(tmp_path, files, look):
    site = lk.Site(site_with(tmp_path, files) / "content")
    assert theme.generation(site.config) == look


def test_the_sample_is_a_blox_tailwind_site():
    site = lk.Site(REPO / "content")
    assert site.config.theme_names == (
        "github.com/HugoBlox/hugo-blox-builder/modules/blox-tailwind",)
    assert (site.config.theme, theme.generation(site.config)) == ("blox-tailwind", "tailwind")


def test_fonts_are_cut_once_and_embedded_as_woff2(tmp_path, monkeypatch):
    monkeypatch.setenv("LANDINGKIT_CACHE", str(tmp_path))
    inter = theme.LOOKS["tailwind"].fonts[0]
    data = theme.woff2(inter)
    assert data[:4] == b"wOF2"
    assert [p.name for p in (tmp_path / "fonts").iterdir()] == [
        next((tmp_path / "fonts").iterdir()).name]
    assert theme.woff2(inter) == data  # from the cache, the same bytes
    css = theme.font_css("tailwind")
    assert re.findall(r'font-family:"([^"]+)"', css) == ["lk-Inter"]
    assert re.findall(r'font-family:"([^"]+)"', theme.font_css("bootstrap")) == [
        "lk-Montserrat", "lk-Roboto"]


@pytest.mark.parametrize(("params", "read"), [
    ({}, (21, False)),
    ({"appearance": {"font": "Native", "font_size": "M"}}, (18, True)),
    ({"appearance": {"font_size": "xxl"}}, (21, False)),  # parse_theme.html: "l" then
    ({"font": "native", "font_size": "XS"}, (14, True)),  # Wowchemy v5.0-v5.4's keys
])
def test_a_bootstrap_sites_font_size_and_set_are_the_themes(params, read):
    assert theme.bootstrap_type(params) == read
    css = theme.bootstrap_type_css(params, "#p")
    assert css == {(21, False): "", (18, True): "#p{--lk-size:18px;--lk-font:sans-serif;"
                   "--lk-heading-font:sans-serif}\n", (14, True): "#p{--lk-size:14px;"
                   "--lk-font:sans-serif;--lk-heading-font:sans-serif}\n"}[read]


def test_the_subset_keeps_latin_greek_and_the_licence_notice():
    import io

    from fontTools.ttLib import TTFont

    font = TTFont(io.BytesIO(theme.woff2(theme.LOOKS["tailwind"].fonts[0])))
    cmap = font.getBestCmap()
    assert all(ord(c) in cmap for c in "AZaz09 Émile Ørsted ąčęłńśźż Lù Míngyuǎn ș –—“”…€")
    # CJK (and Greek) fall back to the system's fonts: the page stays small
    assert ord("中") not in cmap and ord("α") not in cmap
    assert "Inter Project Authors" in font["name"].getDebugName(0)
    assert [a.axisTag for a in font["fvar"].axes] == ["wght"]  # the optical size pinned


def test_links_go_to_exported_files_or_the_live_site():
    links = frame.Links("https://x.edu/lm/", {"/research/a/": "research/a/index.html",
                                             "/zh/research/a/": "zh/research/a/index.html"},
                        "research/a/index.html")
    assert [links.href(u) for u in [
        "/research/a/", "/lm/research/a/", "research/a", "https://x.edu/lm/zh/research/a/",
        "/research/a/#members", "/people/", "/#contact", "https://github.com/x", "mailto:a@b",
        "/files/cv.pdf", ""]] == [
        "index.html", "index.html", "index.html", "../../zh/research/a/index.html",
        "#members", "https://x.edu/lm/people/", "https://x.edu/lm/#contact",
        "https://github.com/x", "mailto:a@b", "https://x.edu/lm/files/cv.pdf", ""]
    assert frame.Links("/", {}, "").href("/people/") == "/people/"  # no host: site-relative


def test_the_sample_frame():
    site = lk.Site(REPO / "content")
    built = frame.build(site.page("research/multimodal"))
    assert (built.title, built.brand, built.logo, built.home) == (
        "Example Research Centre", "Example Research Centre", None, "https://example.edu/")
    assert [(e.name, e.href, [(c.name, c.href) for c in e.children]) for e in built.menu] == [
        ("Home", "https://example.edu/", []),
        ("Research", "multimodal.html", [("Vision", "https://example.edu/research/vision/")]),
        ("People", "https://example.edu/people/", []), ("News", "https://example.edu/post/", [])]
    assert [(lang.name, lang.href, lang.current, lang.lang) for lang in built.languages] == [
        ("English", "multimodal.html", True, "en"), ("中文", "multimodal.zh.html", False, "zh")]
    assert built.copyright == ("© 2026 Example Research Centre. This work is licensed under "
                               "CC BY-NC-ND 4.0")  # SOURCE_DATE_EPOCH of the test session
    assert (built.day_night, built.language_switch, built.mode) == (True, True, "system")
    # a page in one language has no language switch
    assert frame.build(site.page("research/vision")).languages == ()


def test_year_is_the_build_date_when_one_is_given(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "946684800")
    assert frame.year() == 2000
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    import time

    assert frame.year() == time.gmtime().tm_year


def test_params_switch_parts_of_the_frame_off_and_name_a_logo(tmp_site):
    folder = tmp_site.parent
    (folder / "config" / "_default" / "params.yaml").write_text(
        "appearance:\n  mode: dark\nheader:\n  navbar:\n    show_language: false\n"
        "    show_day_night: false\n    logo:\n      filename: mark.svg\n      text: EXRC\n",
        encoding="utf-8")
    (folder / "assets" / "media").mkdir(parents=True, exist_ok=True)
    (folder / "assets" / "media" / "mark.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" '
        'r="4"/></svg>', encoding="utf-8")
    page = lk.load(tmp_site / "research" / "multimodal")
    built = frame.build(page)
    assert (built.brand, built.logo.name, built.mode) == ("EXRC", "mark.svg", "dark")
    _, body = render.render_page(page)
    assert 'class="lk-page lk-framed lk-mode-dark"' in body
    assert '<img class="lk-logo" src="data:image/svg+xml;base64,' in body
    assert "<span>EXRC</span>" in body
    assert "lk-mode-toggle" not in body and "lk-languages" not in body
    assert "lk-footer-languages" in body  # the footer's links: `footer.show_translations`


def test_the_sites_own_stylesheet_comes_after_the_look(tmp_site):
    folder = tmp_site.parent
    (folder / "assets" / "css" / "custom.css").write_text(  # in place of the sample's own
        ".lk-prose{max-width:976px}</style><script>x</script>", encoding="utf-8")
    css, _ = render.render_page(lk.load(tmp_site / "research" / "multimodal"))
    custom = ".lk-prose{max-width:976px}<\\/style><script>x<\\/script>"
    # in the page's @scope (its at-rules), then nested in its root (its rules as specific)
    assert css.endswith(f"@scope (:is(.lk-page,#lk-page)) {{\n{custom}\n}}\n"
                        f":is(.lk-page,#lk-page) {{\n{custom}\n}}\n")


def test_scss_is_compiled_and_its_errors_name_the_file(tmp_site):
    folder = tmp_site.parent
    (folder / "assets" / "css" / "custom.css").unlink()  # it would come first
    scss = folder / "assets" / "scss" / "custom.scss"
    scss.parent.mkdir(parents=True)
    scss.write_text("$wide: 976px;\n.lk-page { .lk-prose { max-width: $wide; } }\n",
                    encoding="utf-8")
    assert theme.custom_css(folder) == ".lk-page .lk-prose{max-width:976px}\n"
    scss.write_text(".a {\n  color: $nope;\n}\n", encoding="utf-8")
    with pytest.raises(lk.LandingkitError) as caught:
        theme.custom_css(folder)
    assert (caught.value.path, caught.value.line) == (scss, 2)
    assert caught.value.message.startswith("cannot compile the site's stylesheet: ")


def test_no_frame_leaves_the_navbar_and_footer_out(tmp_path):
    page = lk.load(REPO / "content" / "research" / "multimodal")
    framed, bare = page.to_html(), page.to_html(frame=False)
    assert '<header class="lk-header page-header">' in framed
    assert '<footer class="lk-footer page-footer">' in framed
    assert "lk-header" not in bare.split("<style>")[0] + bare.split("</style>")[1]
    assert "lk-footer" not in bare.split("</style>")[1]
    out = tmp_path / "bare.html"
    done = subprocess.run([sys.executable, "-m", "landingkit.cli", "export",
                           "content/research/multimodal", "--no-frame", "-o", str(out)],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8") == bare
    assert export.document_title(page) == ("Multimodal Large Model Research Group | "
                                           "Example Research Centre")


def test_a_bootstrap_sites_logo_is_assets_media_logo(tmp_site):
    folder = tmp_site.parent
    (folder / "config" / "_default" / "module.yaml").write_text(
        "imports:\n  - path: github.com/HugoBlox/hugo-blox-builder/modules/blox-bootstrap\n",
        encoding="utf-8")
    page = lk.load(tmp_site / "research" / "multimodal")
    assert (frame.build(page, look="bootstrap").brand, frame.build(page, look="bootstrap").logo
            ) == ("Example Research Centre", None)
    (folder / "assets" / "media").mkdir(parents=True, exist_ok=True)
    (folder / "assets" / "media" / "logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>', encoding="utf-8")
    built = frame.build(page, look="bootstrap")
    assert (built.brand, built.logo) == ("", folder / "assets" / "media" / "logo.svg")
    # blox-tailwind reads only `logo.filename`: the file alone is not its logo
    assert frame.build(page).logo is None
    _, body = render.render_page(page)
    assert re.findall(r'<a class="lk-brand navbar-brand"[^>]*>(<img class="lk-logo" '
                      r'src="data:image/svg\+xml;'
                      r'base64,[^"]+" alt="([^"]+)">)</a>', body)[0][1] == "Example Research Centre"


@pytest.mark.parametrize("licence, code", [
    ("{enable: true}", "by-nc-nd"),
    ("{enable: true, allow_commercial: true, allow_derivatives: true}", "by-sa"),
    # `share_alike | default true` in site_footer_license.html: false is empty, so true
    ("{enable: true, allow_derivatives: true, share_alike: false}", "by-nc-sa"),
    ("{enable: false, allow_commercial: true}", None),
])
def test_the_footer_names_the_licence_as_the_theme_makes_it(tmp_site, licence, code):
    """site_footer_license.html (blox-tailwind v0.3.1, blox-bootstrap v5.9.7, Wowchemy
    v5.5.0): `{license}` in the notice is a link to the Creative Commons licence the switches
    make; blox-bootstrap draws its icons below (blox-tailwind loads no Font Awesome)."""
    params = tmp_site.parent / "config" / "_default" / "params.yaml"
    text = params.read_text(encoding="utf-8")
    old = "This work is licensed under CC BY-NC-ND 4.0'"
    assert old in text
    params.write_text(text.replace(old, "Licensed under {license}'\n    license: " + licence),
                      encoding="utf-8")
    page = lk.Site(tmp_site).page("research/multimodal")
    built = frame.build(page)
    if code is None:
        assert built.copyright == "© 2026 Example Research Centre. Licensed under {license}"
        assert built.licence is None
        return
    url = f"https://creativecommons.org/licenses/{code}/4.0"
    assert built.copyright == (
        f'© 2026 Example Research Centre. Licensed under <a href="{url}" rel="noopener '
        f'noreferrer" target="_blank">CC {code.replace("-", " ").upper()} 4.0</a>')
    assert built.licence is None
    icons = ("fab/creative-commons", *(f"fab/creative-commons-{p}" for p in code.split("-")))
    assert frame.build(page, look="bootstrap").licence == (url, icons)


@pytest.mark.parametrize("params, want", [
    # blox-bootstrap v5.9.7 and Wowchemy v5.5.0 (parse_theme.html, baseof.html): the switch
    # with both themes, the system's scheme first; otherwise light only with theme_day
    ({"appearance": {"theme_day": "minimal", "theme_night": "minimal"}}, (True, "system")),
    ({"appearance": {"theme_day": "minimal", "theme_night": "minimal"},
      "header": {"navbar": {"show_day_night": False}}}, (False, "system")),
    ({"appearance": {"theme_day": "minimal"}}, (False, "light")),
    ({"appearance": {"theme_night": "minimal"}}, (False, "dark")),
    ({}, (False, "dark")),
    ({"appearance": {"mode": "light"}}, (False, "dark")),  # blox-tailwind's key, not read
    # Wowchemy v5.0-v5.4: `theme`, `day_night`, `main_menu.show_day_night`; the dark themes
    ({"theme": "minimal"}, (False, "light")),
    ({"theme": "Mr Robot"}, (False, "dark")),
    ({"theme": "minimal", "day_night": True}, (True, "system")),
    ({"day_night": True, "main_menu": {"show_day_night": False}}, (False, "system")),
])
def test_the_bootstrap_generations_first_scheme(params, want):
    assert frame.bootstrap_scheme(params) == want
