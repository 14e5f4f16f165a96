"""landingkit's Markdown against Goldmark's: each text of tests/markdown/ with the HTML Hugo
0.168 made of it (tests/goldmark.py made the `.html` files and says how); the texts of
tests/markdown/theme/ with the `markup` of a blox-tailwind or kit site, rendered here with
the settings landingkit merges in from its THEME_MARKUP.

Both sides go through the sanitiser before they are compared as text, so that the comparison is
of what a page shows: Goldmark writes `&ldquo;`, `&#34;` and `<br>` where markdown-it writes
`“`, `"` and `<br>`, and the sanitiser writes every one of them one way. Nothing else is
changed on either side.
"""

from __future__ import annotations

import difflib
import re
import shutil

import pytest
import yaml
from browser import chromium_context, open_page, unavailable
from goldmark import (
    FIXTURES,
    SETS,
    THEME,
    THEME_CONFIG,
    WOWCHEMY,
    WOWCHEMY_CONFIG,
    build_all,
    goldmark_html,
    inputs,
    own_highlight,
)

import landingkit as lk
from landingkit import markdown
from landingkit.config import THEME_MARKUP, lower_keys, merge_module
from landingkit.export import page_document

#: what a blox-tailwind or kit site renders with: its `markup: {_merge: deep}` (as the
#: theme's starters write it) takes in the module's markup
THEME_SETTINGS = markdown.MarkupSettings.of(
    merge_module({"_merge": "deep"}, THEME_MARKUP["blox-tailwind"], "none"))
SETTINGS = {FIXTURES: markdown.MarkupSettings(), THEME: THEME_SETTINGS,
            WOWCHEMY: markdown.MarkupSettings.of(
                merge_module({"_merge": "deep"}, THEME_MARKUP["wowchemy"], "none"))}

#: "name" for a text of tests/markdown/, "theme/name" for one of tests/markdown/theme/ (and
#: "wowchemy/name")
NAMES = [f"{'' if folder == FIXTURES else folder.name + '/'}{name}"
         for folder in SETS for name in sorted(inputs(folder))]


def _where(name: str):
    folder, _, stem = name.rpartition("/")
    return (FIXTURES / folder if folder else FIXTURES), stem


def shown(html: str) -> str:
    return markdown.sanitize(html, markdown.RenderState(image=lambda src: src)).strip()


def ours(name: str) -> str:
    folder, stem = _where(name)
    text = (folder / f"{stem}.md").read_text(encoding="utf-8")
    markup = SETTINGS[folder]
    own = own_highlight(folder, stem)
    if own is not None:  # the site's markup.highlight, with the text's settings over it
        markup = markup._replace(highlight=markup.highlight + tuple(
            lower_keys(own).items()))
    state = markdown.RenderState(image=lambda src: src, markup=markup)
    return markdown.render(text, state).strip()


def goldmarks(name: str) -> str:
    folder, stem = _where(name)
    return shown((folder / f"{stem}.html").read_text(encoding="utf-8"))


def text_only(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


@pytest.mark.parametrize("name", NAMES)
def test_markdown_renders_as_goldmark_does(name):
    want, got = goldmarks(name), ours(name)
    assert got == want, "\n".join(difflib.unified_diff(
        want.splitlines(), got.splitlines(), "goldmark", "landingkit", lineterm=""))


def test_the_fixtures_are_what_hugo_makes_of_the_texts():
    """The `.html` files are Hugo's output of the `.md` files as they are now."""
    if shutil.which("hugo") is None:
        unavailable("hugo is not on PATH")
    stale = []
    for folder, config in SETS.items():
        fresh = build_all(folder, config)
        stale += [folder / name for name in fresh
                  if fresh[name] != (folder / f"{name}.html").read_text(encoding="utf-8")]
    assert stale == [], "run python tests/goldmark.py"


def test_the_emoji_table_is_hugos():
    """landingkit/hugo_emoji.json is what tests/hugo_emoji.py asks of Hugo now: every name
    Hugo's emojify replaces, and with what."""
    if shutil.which("hugo") is None:
        unavailable("hugo is not on PATH")
    from hugo_emoji import TABLE, hugo_table, text

    table = hugo_table()
    assert table[":email:"] == "\u2709\ufe0f" and table[":envelope:"] == "\u2709"
    assert TABLE.read_text(encoding="utf-8") == text(table), "run python tests/hugo_emoji.py"


def test_the_wowchemy_fixtures_are_built_with_the_markup_landingkit_gives_wowchemy():
    assert lower_keys(yaml.safe_load(WOWCHEMY_CONFIG)["markup"]) == THEME_MARKUP["wowchemy"]


@pytest.mark.parametrize("generation", ["blox-tailwind", "kit"])
def test_the_theme_fixtures_are_built_with_the_markup_landingkit_gives_the_theme(generation):
    """THEME_CONFIG (what Hugo built the theme texts with) and THEME_MARKUP (what landingkit
    merges in) were both written from the theme's hugo.yaml: they must say the same."""
    ours = THEME_MARKUP[generation]
    hooks = {"renderhooks": ours["goldmark"]["renderhooks"]}
    assert hooks == {"renderhooks": {"link": {"useembedded": "fallback"}}}
    # the link hook setting is left out of THEME_CONFIG: it names Hugo's own link hook as the
    # fallback of the theme's render-link.html, which the texts' site has not
    built = lower_keys(yaml.safe_load(THEME_CONFIG)["markup"])
    assert merge_module({"goldmark": hooks, "_merge": "deep"}, built, "none") == ours


# ------------------------------------------------------------------ pieces of the pipeline


@pytest.mark.parametrize(("text", "html"), [
    ("'90s and '20s-style", "’90s and ’20s-style"),
    ("rock 'n' roll, 'tis, 'em", "rock ’n’ roll, ’tis, ’em"),
    ("5'10\" tall", "5'10\" tall"),
    ("\"a\"b\"", "“a\"b”"),
    ("\"Monitor 21\"\"", "“Monitor 21\"”"),
    ("I'm, I've, you'd", "I’m, I’ve, you’d"),
])
def test_goldmarks_quote_rules_where_markdown_it_differs(text, html):
    assert markdown.render(text) == html


def test_an_unclosed_quote_stays_open_into_the_next_paragraph_as_in_goldmark():
    assert markdown.render('"Open\n\nclose" here.') == "<p>“Open</p>\n<p>close” here.</p>\n"


def test_one_paragraph_loses_its_p_as_renderstring_trims_it():
    assert markdown.render("One *paragraph*.\n") == "One <em>paragraph</em>."
    assert markdown.render("One.\n\nTwo.\n") == "<p>One.</p>\n<p>Two.</p>\n"


#: Styles whose Pygments colours are not Chroma's: Chroma's ports of them were redrawn since
#: (dracula's and solarized's keyword and comment colours), so only the text is the same.
OTHER_COLOURS = {"dracula", "solarized-dark"}


@pytest.mark.parametrize("style", ["monokai", "vs", "dracula", "solarized-dark"])
def test_code_takes_the_sites_highlight_style_as_hugo_does(style):
    """A site's `markup.highlight.style`, compared with Hugo's build of the same text."""
    if shutil.which("hugo") is None:
        unavailable("hugo is not on PATH")
    from goldmark import CONFIG

    text = "```python\ndef f(x):\n    return x + 1  # one\n```\n\nAfter.\n"
    config = CONFIG.replace("    noClasses: true", f"    noClasses: true\n    style: {style}")
    want = shown(goldmark_html({"code": text}, config)["code"])
    settings = markdown.MarkupSettings(highlight=(("style", style),))
    got = markdown.render(text, markdown.RenderState(markup=settings)).strip()
    if style in OTHER_COLOURS:
        assert got != want and text_only(got) == text_only(want)
    else:
        assert got == want


def test_a_style_pygments_does_not_have_is_monokai():
    settings = markdown.MarkupSettings(highlight=(("style", "nope"),))
    html = markdown.render("```python\nx\n```\n", markdown.RenderState(markup=settings))
    assert html.startswith('<div class="highlight"><pre tabindex="0" style="color:#f8f8f2;'
                           'background-color:#272822;')


# ------------------------------------------------------------------ a theme site, end to end


#: A markdown block's text (real_build/text.md) and its HTML in a real build of a
#: blox-tailwind site with `markup: {_merge: deep}` (real_build/merged.html) and with only
#: `markup.goldmark.renderer.unsafe` of the site's own (real_build/own.html).
REAL_BUILD = FIXTURES / "real_build"


@pytest.mark.parametrize("markup", ["merged", "own"])
def test_a_blox_tailwind_sites_math_and_extras_render_as_the_real_theme_built_them(
        tmp_path, markup):
    """Compared by hand with a real build (../shared/spec/real-theme-builds.md): a site of
    `config/_default/hugo.yaml` importing blox-tailwind v0.3.1 (with blox-analytics v0.1.3,
    the spec's `useEmbedded` shim), and `content/_index.md` of one markdown block of
    real_build/text.md, built by Hugo 0.168. The text of the block's `<div class="prose
    ...">` there (real_build/merged.html, own.html) against landingkit's export of the same
    site, once with the starters' `markup: {_merge: deep}` and once with the site's own
    `goldmark.renderer.unsafe` only: the same text both times, but for the `;` ending Hugo's
    style attributes, which the sanitiser leaves off on both sides here."""
    page = page_document(lk.load(theme_site(tmp_path, markup)))
    got = page.split('<div class="lk-prose prose">\n', 1)[1].split("</code></pre></div>", 1)[0]
    want = (REAL_BUILD / f"{markup}.html").read_text(encoding="utf-8")
    assert got + "</code></pre></div>" == shown(want)


def theme_site(tmp_path, markup: str = "merged"):
    """A blox-tailwind site whose home page is one markdown block of real_build/text.md;
    its `markup` is the starters' `_merge: deep` ("merged") or its own raw HTML only."""
    config = ("markup:\n  _merge: deep\n" if markup == "merged"
              else "markup:\n  goldmark: {renderer: {unsafe: true}}\n")
    (tmp_path / "config" / "_default").mkdir(parents=True)
    (tmp_path / "config" / "_default" / "hugo.yaml").write_text(
        "baseURL: http://127.0.0.1/\ntitle: Math check\n" + config + "module:\n  imports:\n"
        "    - path: github.com/HugoBlox/hugo-blox-builder/modules/blox-tailwind\n",
        encoding="utf-8")
    text = (REAL_BUILD / "text.md").read_text(encoding="utf-8").rstrip("\n")
    block = "\n".join("        " + line if line else "" for line in text.split("\n"))
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "_index.md").write_text(
        "---\ntitle: Home\ntype: landing\nsections:\n  - block: markdown\n    id: maths\n"
        f"    content:\n      title: Maths\n      text: |-\n{block}\n---\n", encoding="utf-8")
    return tmp_path / "content" / "_index.md"


#: (colour, weight, slant) of code tokens in the real build of `theme_site` (blox-tailwind
#: v0.3.1, Hugo 0.168), measured in Chromium: the theme's chroma CSS, GitHub's style in light
#: mode (no `dark` class on <html>) and Dracula's in dark mode (`dark` class).
REAL_CODE_COLOURS = {
    "light": {"k": ("rgb(0, 0, 0)", "700", "normal"), "nf": ("rgb(153, 0, 0)", "700", "normal"),
              "c1": ("rgb(153, 153, 136)", "400", "italic"),
              "mi": ("rgb(0, 153, 153)", "400", "normal")},
    "dark": {"k": ("rgb(255, 121, 198)", "400", "normal"),
             "nf": ("rgb(80, 250, 123)", "400", "normal"),
             "c1": ("rgb(98, 114, 164)", "400", "normal"),
             "mi": ("rgb(189, 147, 249)", "400", "normal")},
}


@pytest.mark.parametrize(("scheme", "switched", "shown"), [
    ("light", False, "light"), ("dark", False, "dark"), ("light", True, "dark"),
    ("dark", True, "light")])
def test_code_of_chromas_classes_has_the_themes_colours(tmp_path, scheme, switched, shown):
    """The export of `theme_site` in Chromium against REAL_CODE_COLOURS: colour, weight and
    slant in both modes (in dark mode a keyword is plain, as Dracula has it), the system's
    or the one the frame's switch turns to."""
    out = lk.export_page(lk.load(theme_site(tmp_path / "site")), tmp_path / "page.html")
    with chromium_context() as context:
        page = context.new_page()
        log = open_page(page, out, scheme=scheme)
        if switched:
            page.click(".lk-mode-button")
        style = "e => [getComputedStyle(e).color, getComputedStyle(e).fontWeight, " \
                "getComputedStyle(e).fontStyle]"
        got = {name: tuple(page.eval_on_selector(f".chroma .{name}", style))
               for name in REAL_CODE_COLOURS[shown]}
    assert log.network_requests == []
    assert got == REAL_CODE_COLOURS[shown]


def test_a_page_without_chromas_classes_carries_no_code_colours(tmp_path):
    assert ".chroma .k{" in page_document(lk.load(theme_site(tmp_path / "merged")))
    assert ".chroma" not in page_document(lk.load(theme_site(tmp_path / "own", "own")))


# ------------------------------------------------------------------ each generation's code colours


@pytest.mark.parametrize(("generation", "params", "styles"), [
    ("blox-tailwind", {}, ("github-light", "dracula")),
    ("kit", {"features": {"syntax_highlighter": {"theme_light": "vs"}}},
     ("github-light", "dracula")),
    ("blox-bootstrap", {}, ("github-light", "dracula")),
    ("blox-bootstrap", {"features": {"syntax_highlighter": {
        "theme_light": "github-dark", "theme_dark": "github-dark"}}},
     ("github-dark", "github-dark")),
    ("blox-bootstrap", {"features": {"syntax_highlighter": {"theme_light": "nope"}}},
     ("github-light", "dracula")),
    ("wowchemy", {}, None),
    ("wowchemy", {"highlight": False}, None),
    ("wowchemy", {"highlight": True}, ("github-light", "dracula")),
    ("wowchemy", {"highlight": True, "highlight_style": "monokai"}, ("monokai", "monokai")),
    ("wowchemy", {"features": {"syntax_highlighter": {"enable": True, "theme": "github"}}},
     ("github-light", "github-light")),
])
def test_each_generation_colours_code_with_the_styles_its_theme_shows(generation, params,
                                                                     styles):
    """blox-tailwind and the kit always load their light.css and dark.css (GitHub, Dracula);
    blox-bootstrap v5.9.7's site_head.html loads css/libs/chroma/<theme_light>.css and
    <theme_dark>.css (github-light and dracula by default, github-dark the third it ships);
    Wowchemy v5.5.0's loads highlight.js's github and dracula, or features.syntax_highlighter
    .theme for both, only when highlighting is turned on (v5.0.0: params.highlight and
    highlight_style)."""
    from landingkit import codestyles

    assert codestyles.theme_styles(generation, params) == styles


def test_the_themes_stylesheets_are_pygments_styles_of_the_themes_colours():
    """A few classes of the CSS made from THEME_STYLES against the rules of the themes'
    files: blox-bootstrap v5.9.7 assets/css/libs/chroma/github-light.css (`.k`: bold #000,
    `.c1`: italic #998, `.s2`: #d14), dracula.css (`.k`: #ff79c6, `.s2`: #f1fa8c, `.kd`:
    italic #8be9fd) and github-dark.css (`.k`: #ff7b72, `.c1`: italic #8b949e, `.nf`: bold
    #d2a8ff)."""
    from landingkit import codestyles

    css = codestyles.class_css("github-light", "dracula")
    assert ".lk-page .chroma .k{color:light-dark(#000,#ff79c6);font-weight:var(--lk-code-lb)}" \
        in css
    assert ".lk-page .chroma .c1{color:light-dark(#998,#6272a4);font-style:var(--lk-code-li)}" \
        in css
    assert ".lk-page .chroma .s2{color:light-dark(#d14,#f1fa8c)}" in css
    assert ".lk-page .chroma .kd{color:light-dark(#000,#8be9fd);font-weight:var(--lk-code-lb);" \
        "font-style:var(--lk-code-di)}" in css
    dark = codestyles.class_css("github-dark", "github-dark")
    assert ".lk-page .chroma .k{color:light-dark(#ff7b72,#ff7b72)}" in dark
    assert ".lk-page .chroma .c1{color:light-dark(#8b949e,#8b949e);font-style:italic}" in dark
    assert ".lk-page .chroma .nf{color:light-dark(#d2a8ff,#d2a8ff);font-weight:bold}" in dark


@pytest.mark.parametrize(("params", "keyword"), [
    ("", None), ("highlight: false\n", None),
    ("highlight: true\n", ".k{color:light-dark(#000,#ff79c6);font-weight:var(--lk-code-lb)}"),
    ("features:\n  syntax_highlighter:\n    enable: true\n    theme: monokai\n",
     ".k{color:light-dark(#66d9ef,#66d9ef)}"),
])
def test_a_wowchemy_page_colours_its_code_only_where_highlighting_is_on(tmp_path, params,
                                                                       keyword):
    """Wowchemy shows code in colour only with highlight.js turned on (v5.5.0 site_head.html),
    in its github and dracula styles or the one the site names: a page of Chroma's classes
    carries the nearest stylesheet then (Pygments' monokai here), and none otherwise."""
    path = theme_site(tmp_path)
    config = tmp_path / "config" / "_default"
    hugo = (config / "hugo.yaml").read_text(encoding="utf-8")
    (config / "hugo.yaml").write_text(hugo.replace(
        "github.com/HugoBlox/hugo-blox-builder/modules/blox-tailwind",
        "github.com/wowchemy/wowchemy-hugo-themes/modules/wowchemy/v5"), encoding="utf-8")
    (config / "params.yaml").write_text(params or "{}\n", encoding="utf-8")
    page = lk.load(path)
    assert page.site.config.theme == "wowchemy"
    page = page_document(page)
    assert '<pre tabindex="0" class="chroma">' in page
    if keyword is None:
        assert ".chroma ." not in page
    else:
        assert f":is(.lk-page,#lk-page) .chroma {keyword}" in page


def bootstrap_site(tmp_path, syntax: str = ""):
    """A blox-bootstrap v5.9.7 site whose home page is one markdown block of a Python fence;
    `syntax`: its `params.features.syntax_highlighter` (YAML, indented under it)."""
    (tmp_path / "content").mkdir(parents=True)
    (tmp_path / "hugo.yaml").write_text(
        "title: Code\nbaseURL: http://127.0.0.1/\nmodule:\n  imports:\n    - path: "
        "github.com/HugoBlox/hugo-blox-builder/modules/blox-bootstrap/v5\nmarkup:\n"
        "  _merge: deep\nparams:\n  appearance:\n    theme_day: minimal\n"
        "    theme_night: minimal\n"
        + (f"  features:\n    syntax_highlighter:\n{syntax}" if syntax else ""),
        encoding="utf-8")
    (tmp_path / "content" / "_index.md").write_text(
        "---\ntitle: Home\ntype: landing\nsections:\n  - block: markdown\n    id: code\n"
        "    content:\n      title: Code\n      text: |-\n        ```python\n"
        "        import os\n        def f(x):\n            \"\"\"Doc.\"\"\"\n"
        "            return x + 1  # one\n        ```\n---\n", encoding="utf-8")
    return tmp_path / "content" / "_index.md"


_DRACULA = {"k": ("rgb(255, 121, 198)", "400", "normal"),
            "kn": ("rgb(255, 121, 198)", "400", "normal"),
            "nf": ("rgb(80, 250, 123)", "400", "normal"),
            "c1": ("rgb(98, 114, 164)", "400", "normal"),
            "mi": ("rgb(189, 147, 249)", "400", "normal"),
            "s2": ("rgb(241, 250, 140)", "400", "normal"),
            "o": ("rgb(255, 121, 198)", "400", "normal"), "pre": "rgb(40, 42, 54)"}
_GITHUB_DARK = {"k": ("rgb(255, 123, 114)", "400", "normal"),
                "kn": ("rgb(255, 123, 114)", "700", "normal"),
                "nf": ("rgb(210, 168, 255)", "700", "normal"),
                "c1": ("rgb(139, 148, 158)", "400", "italic"),
                "mi": ("rgb(121, 192, 255)", "400", "normal"),
                "s2": ("rgb(121, 192, 255)", "400", "normal"),
                "o": ("rgb(165, 214, 255)", "700", "normal"), "pre": "rgb(13, 17, 23)"}

#: (colour, weight, slant) of code tokens and the code box's background in real builds of
#: `bootstrap_site` (blox-bootstrap v5.9.7 with blox-core v0.3.1 and blox-seo v0.2.2, the
#: shims of test_views_bs.py, Hugo 0.168), measured in Chromium at 1280 px: light mode as the
#: page opens, dark mode with the theme's own switch on (localStorage wcTheme=1), which turns
#: the hl-dark stylesheet on. Once with the theme's defaults (github-light, dracula), once
#: with `theme_light: github-dark` and `theme_dark: github-dark`.
REAL_BOOTSTRAP_CODE = {
    ("", "light"): {"k": ("rgb(0, 0, 0)", "700", "normal"),
                    "kn": ("rgb(0, 0, 0)", "700", "normal"),
                    "nf": ("rgb(153, 0, 0)", "700", "normal"),
                    "c1": ("rgb(153, 153, 136)", "400", "italic"),
                    "mi": ("rgb(0, 153, 153)", "400", "normal"),
                    "s2": ("rgb(221, 17, 68)", "400", "normal"),
                    "o": ("rgb(0, 0, 0)", "700", "normal"), "pre": "rgb(255, 255, 255)"},
    ("", "dark"): _DRACULA,
    ("      theme_light: github-dark\n      theme_dark: github-dark\n", "light"): _GITHUB_DARK,
    ("      theme_light: github-dark\n      theme_dark: github-dark\n", "dark"): _GITHUB_DARK,
}


@pytest.mark.parametrize(("syntax", "scheme"), sorted(REAL_BOOTSTRAP_CODE))
def test_blox_bootstrap_code_has_the_colours_of_its_syntax_highlighter_themes(tmp_path, syntax,
                                                                             scheme):
    """The export of `bootstrap_site` in Chromium against REAL_BOOTSTRAP_CODE, in the
    system's light or dark scheme. (The plain text of a dark Dracula box is the theme's
    `.dark pre` white there and the look's text colour here; it is not compared.)"""
    out = lk.export_page(lk.load(bootstrap_site(tmp_path / "site", syntax)),
                         tmp_path / "page.html")
    style = "e => [getComputedStyle(e).color, getComputedStyle(e).fontWeight, " \
            "getComputedStyle(e).fontStyle]"
    with chromium_context() as context:
        page = context.new_page()
        log = open_page(page, out, scheme=scheme)
        want = REAL_BOOTSTRAP_CODE[(syntax, scheme)]
        got = {name: tuple(page.eval_on_selector(f".chroma .{name}", style))
               for name in want if name != "pre"}
        got["pre"] = page.eval_on_selector("pre.chroma", "e => getComputedStyle(e)"
                                                         ".backgroundColor")
    assert log.network_requests == []
    assert got == want


def test_block_attributes_are_read_as_hugo_reads_the_markup():
    """Goldmark's block attributes are off unless `markup.goldmark.parser.attribute.block`
    turns them on, as every Hugo Blox module's markup does (a site's `_merge: deep` takes
    it in); markdownify then keeps the paragraph they dress."""
    text = "**Counted**\n{.lead}\n"
    off = markdown.MarkupSettings.of({})
    on = markdown.MarkupSettings.of(
        merge_module({"_merge": "deep"}, THEME_MARKUP["blox-bootstrap"], "none"))
    assert (off.block_attributes, on.block_attributes) == (False, True)
    assert markdown.markdownify(text, markdown.RenderState(set(), markup=off)) == (
        "<strong>Counted</strong>\n{.lead}")
    assert markdown.markdownify(text, markdown.RenderState(set(), markup=on)) == (
        '<p class="lead"><strong>Counted</strong></p>\n')
