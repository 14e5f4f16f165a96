"""landingkit's Markdown against Goldmark's: each text of tests/markdown/ with the HTML Hugo
0.168 made of it (tests/goldmark.py made the `.html` files and says how).

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
from browser import unavailable
from goldmark import FIXTURES, goldmark_html, inputs

from landingkit import markdown

NAMES = sorted(inputs())


def shown(html: str) -> str:
    return markdown.sanitize(html, markdown.RenderState(image=lambda src: src)).strip()


def ours(name: str) -> str:
    text = (FIXTURES / f"{name}.md").read_text(encoding="utf-8")
    return markdown.render(text, markdown.RenderState(image=lambda src: src)).strip()


def goldmarks(name: str) -> str:
    return shown((FIXTURES / f"{name}.html").read_text(encoding="utf-8"))


def text_only(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


#: Texts whose output cannot be Goldmark's byte for byte, why, and what differs exactly.
DIFFERENT = {
    "emoji_names": (
        "Python's emoji package and Hugo's emoji list (GitHub's names) disagree on a few "
        "names: for Hugo :email: is ✉️ and :envelope: is ✉ without the emoji selector; the "
        "emoji package gives :email: to 📧 (Hugo's :e-mail:) and :envelope: to ✉️.",
        lambda html: html.replace("✉️", "📧").replace("✉", "✉️")),
    "lexers": (
        "Pygments' YAML and JavaScript lexers cut some tokens otherwise than Chroma's ports "
        "of them: Chroma keeps a YAML value's trailing spaces in its token and a // comment's "
        "newline in the comment, so the same text has its spans in other places; the text "
        "and the colours of the tokens are the same.",
        None),
}


@pytest.mark.parametrize("name", [n for n in NAMES if n not in DIFFERENT])
def test_markdown_renders_as_goldmark_does(name):
    want, got = goldmarks(name), ours(name)
    assert got == want, "\n".join(difflib.unified_diff(
        want.splitlines(), got.splitlines(), "goldmark", "landingkit", lineterm=""))


@pytest.mark.parametrize("name", sorted(DIFFERENT))
def test_where_goldmark_cannot_be_matched_the_difference_is_only_the_known_one(name):
    reason, fix = DIFFERENT[name]
    want, got = goldmarks(name), ours(name)
    assert got != want, f"{name} now matches Goldmark: move it out of DIFFERENT"
    if fix is not None:
        assert got == fix(want), reason
    else:
        assert text_only(got) == text_only(want), reason
        colours = sorted(set(re.findall(r"color:#[0-9a-f]+", got)))
        assert colours == sorted(set(re.findall(r"color:#[0-9a-f]+", want))), reason


def test_the_fixtures_are_what_hugo_makes_of_the_texts():
    """The `.html` files are Hugo's output of the `.md` files as they are now."""
    if shutil.which("hugo") is None:
        unavailable("hugo is not on PATH")
    fresh = goldmark_html(inputs())
    stale = [name for name in NAMES
             if fresh[name] != (FIXTURES / f"{name}.html").read_text(encoding="utf-8")]
    assert stale == [], "run python tests/goldmark.py"


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
    got = markdown.render(text, markdown.RenderState(highlight_style=style)).strip()
    if style in OTHER_COLOURS:
        assert got != want and text_only(got) == text_only(want)
    else:
        assert got == want


def test_a_style_pygments_does_not_have_is_monokai():
    html = markdown.render("```python\nx\n```\n", markdown.RenderState(highlight_style="nope"))
    assert html.startswith('<div class="highlight"><pre tabindex="0" style="color:#f8f8f2;'
                           'background-color:#272822;')
