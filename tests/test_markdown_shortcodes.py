"""Shortcodes in markdown blocks: drawn as the theme's templates, and one Hugo does not find is
an error in `check`, as it stops Hugo's build (checked against a real build of a small site of
our own whose layout renders each block's text as the theme's markdown block does)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from browser import unavailable
from goldmark import build

import landingkit as lk
from landingkit import markdown, render, shortcodes
from landingkit.check import check_site

LAYOUT = ("{{ range .Params.sections }}{{ with .content.text }}"
          "{{ . | emojify | $.RenderString }}{{ end }}{{ end }}")


def landing_site(root: Path, text: str, config: str = "", own: dict | None = None) -> Path:
    """A site with one landing page whose markdown block is `text`, the markdown block's
    layout, and the site's own shortcodes `own` (name -> template)."""
    (root / "content" / "research" / "lab").mkdir(parents=True)
    (root / "layouts" / "_shortcodes").mkdir(parents=True)
    (root / "hugo.yaml").write_text(
        "baseURL: https://x.edu/\ndisableKinds: [taxonomy, term, RSS, sitemap, robotsTXT, 404, "
        "home, section]\nmarkup: {goldmark: {renderer: {unsafe: true}}}\n" + config,
        encoding="utf-8")
    (root / "layouts" / "single.html").write_text(LAYOUT, encoding="utf-8")
    for name, body in (own or {}).items():
        (root / "layouts" / "_shortcodes" / f"{name}.html").write_text(body, encoding="utf-8")
    body = "\n".join("        " + line for line in text.splitlines())
    (root / "content" / "research" / "lab" / "index.md").write_text(
        "---\ntitle: Lab\ntype: landing\nsections:\n  - block: markdown\n    content:\n"
        f"      title: Lab\n      text: |\n{body}\n---\n", encoding="utf-8")
    return root


def shortcode_errors(site_dir: Path) -> list[str]:
    site = lk.Site(site_dir / "content")
    return [f"{p.path.name}:{p.line}: {p.message}" for p in check_site(site)
            if "shortcode" in p.message]


@pytest.fixture
def hugo_available():
    if shutil.which("hugo") is None:
        unavailable("hugo is not on PATH")


def test_a_shortcode_hugo_does_not_find_stops_its_build_and_is_an_error_in_check(
        tmp_path, hugo_available):
    text = "Intro.\n\nA {{< nosuch key=\"v\" >}} here.\n"
    site = landing_site(tmp_path / "site", text)
    done = build(site, tmp_path / "public")
    assert done.returncode == 1
    assert 'template for shortcode "nosuch" not found' in done.stderr
    assert shortcode_errors(site) == [
        "index.md:11: sections[0].content.text: the shortcode 'nosuch' is not defined by the "
        "theme, the site or Hugo; Hugo stops the build on it"]


def test_shortcodes_of_hugo_and_of_the_site_build_and_are_not_reported(tmp_path,
                                                                       hugo_available):
    text = ('{{< figure src="x.png" caption="Cap" >}}\n\n'
            '{{< callout >}}Inner{{< /callout >}}\n\n'
            '{{< details summary="More" >}}Hidden{{< /details >}}\n\n'
            'Written as text: {{</* nosuch */>}}\n')
    site = landing_site(tmp_path / "site", text,
                        own={"callout": '<div class="c">{{ .Inner }}</div>'})
    done = build(site, tmp_path / "public")
    assert done.returncode == 0, done.stderr
    assert "<p>Written as text: {{&lt; nosuch &gt;}}</p>" in (
        tmp_path / "public/research/lab/index.html").read_text()
    assert shortcode_errors(site) == []


#: references and what each names, from the landing page research/lab/index.md
REFS = ["/publication/_index.md", "/publication", "publication", "/about", "credits",
        "/about/credits.md", "Blog/My-Post.md", "/blog/my-post#a", "people", "#top",
        "../about/credits", "lab", "../people", "/people"]
OTHER_PAGES = ["about/_index.md", "about/credits.md", "blog/my-post.md", "publication/_index.md",
               "research/lab/people.md", "research/people/index.md", "people/_index.md"]


def test_ref_and_relref_give_the_urls_hugo_gives(tmp_path, hugo_available):
    """Each way of naming a page (extension or none, `_index`, case, anchors; from the folder
    around the page's bundle first: `people` is research/people/, not people/ nor the bundle's
    resource research/lab/people.md) gives the permalink (`ref`) and relative permalink
    (`relref`) that Hugo's build writes, under a base URL with a path."""
    text = "\n".join(f'[{n}]({{{{< ref "{r}" >}}}}) [{n}]({{{{< relref "{r}" >}}}})'
                      for n, r in enumerate(REFS)) + "\n"
    site = landing_site(tmp_path / "site", text)
    config = site / "hugo.yaml"
    config.write_text("baseURL: https://x.edu/lab/\ndisableKinds: [taxonomy, term, RSS, "
                      "sitemap, robotsTXT, 404]\n", encoding="utf-8")
    for name in ("list.html", "home.html"):
        (site / "layouts" / name).write_text("{{ .Content }}", encoding="utf-8")
    for rel in OTHER_PAGES:
        (site / "content" / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / "content" / rel).write_text("---\ntitle: t\n---\n", encoding="utf-8")
    done = build(site, tmp_path / "public")
    assert done.returncode == 0, done.stderr
    hugos = re.findall(r'href="([^"]*)"', (tmp_path / "public/research/lab/index.html")
                       .read_text(encoding="utf-8"))
    assert len(hugos) == 2 * len(REFS)
    assert hugos[:4] == ["https://x.edu/lab/publication/", "/lab/publication/"] * 2
    assert hugos[17] == "/lab/research/people/"
    html = render.render_page(lk.Site(site).page("research/lab"), frame=False)[1]
    ours = re.findall(r'<a href="([^"]*)" rel="noopener">\d+</a>', html)
    assert ours == hugos
    assert shortcode_errors(site) == []


def test_a_ref_to_no_page_stops_hugo_and_is_an_error(tmp_path, hugo_available):
    site = landing_site(tmp_path / "site", 'See [it]({{< relref "nothere" >}}).\n')
    done = build(site, tmp_path / "public")
    assert done.returncode == 1
    assert 'REF_NOT_FOUND: Ref "nothere"' in done.stderr
    assert [f"{p.path.name}:{p.line}: {p.message}" for p in check_site(lk.Site(site))] == [
        "index.md:9: sections[0].content.text: relref: no page 'nothere' (REF_NOT_FOUND); "
        "Hugo stops the build on it"]


def test_an_unclosed_wrapping_shortcode_stops_hugo_and_is_an_error(tmp_path, hugo_available):
    site = landing_site(tmp_path / "site", 'A\n\n{{< details summary="x" >}}\nnever closed\n')
    done = build(site, tmp_path / "public")
    assert done.returncode == 1 and "must be closed" in done.stderr
    assert shortcode_errors(site) == [
        "index.md:11: sections[0].content.text: shortcode 'details' must be closed "
        "({{< /details >}})"]


def test_a_video_of_a_missing_local_file_stops_the_themes_build_and_is_an_error(
        tmp_path, hugo_available):
    """The theme's own video template (blox-tailwind's and blox-bootstrap's are the same) fails
    on a local file it cannot find; this one does what it does with the file's resource."""
    video = ('{{ $asset := (.Page.Resources.ByType "video").GetMatch (.Get "src") }}'
             '{{ if not $asset }}{{ $asset = resources.Get (path.Join "media" (.Get "src")) }}'
             '{{ end }}<video src="{{ $asset.RelPermalink }}" '
             'type="video/{{ $asset.MediaType.SubType }}"></video>')
    site = landing_site(tmp_path / "site", 'A\n\n{{< video src="demo.mp4" >}}\n',
                        own={"video": video})
    done = build(site, tmp_path / "public")
    assert done.returncode == 1 and "nil pointer" in done.stderr
    assert shortcode_errors(site) == [
        "index.md:11: sections[0].content.text: video: 'demo.mp4' is neither in the page's "
        "folder nor in assets/media/; the theme's video shortcode stops Hugo's build on it"]
    (site / "content" / "research" / "lab" / "demo.mp4").write_bytes(b"\0\0\0\x18ftypmp42")
    assert build(site, tmp_path / "public2").returncode == 0
    assert shortcode_errors(site) == []


@pytest.mark.parametrize(("imports", "has", "lacks"), [
    ("github.com/HugoBlox/hugo-blox-builder/modules/blox-tailwind", {"callout", "spoiler"},
     {"cta", "alert", "button"}),
    ("github.com/HugoBlox/hugo-blox-builder/modules/blox-bootstrap/v5", {"cta", "figure"},
     {"alert", "button", "steps"}),
    ("github.com/HugoBlox/kit/modules/blox", {"button", "callout"}, {"cta", "alert"}),
])
def test_the_shortcodes_a_site_has_follow_its_theme_generation(tmp_path, imports, has, lacks):
    config = (f"module:\n  imports:\n    - path: {imports}\n"
              "    - path: github.com/HugoBlox/hugo-blox-builder/modules/blox-analytics\n")
    site = lk.Site(landing_site(tmp_path / "site", "x", config) / "content")
    names = shortcodes.defined(site)
    assert has <= names and not lacks & names and {"figure", "youtube"} <= names


def test_a_theme_of_unknown_shortcodes_reports_none(tmp_path):
    site = landing_site(tmp_path / "site", "{{< whatever >}}\n",
                        "module:\n  imports:\n    - path: github.com/someone/their-theme\n")
    assert shortcodes.defined(lk.Site(site / "content")) is None
    assert shortcode_errors(site) == []


# ------------------------------------------------------------------ drawn


def drawn(text: str, known=None) -> str:
    state = markdown.RenderState(
        image=lambda src: f"IMG:{src}", icon=lambda name: f'<svg class="lk-icon" id="{name}"/>',
        shortcodes=known)
    return markdown.render(text, state)


def test_figure_and_callout_are_drawn_as_the_theme_draws_them():
    """Compared by hand with blox-bootstrap v5.9.7's figure (its id, its alt text: the caption
    plainified, Markdown and all) and blox-tailwind v0.3.1's callout, built with Hugo."""
    html = drawn('{{< figure src="chart.png" caption="Results on *ImageNet*" '
                 'max_width="500px" >}}\n\n{{% callout warning %}}\nMind the **gap**.\n'
                 '{{% /callout %}}\n')
    assert html == (
        '<figure id="figure-results-on-imagenet">\n'
        '<div class="lk-figure" style="max-width: 500px">\n'
        '<img src="IMG:chart.png" alt="Results on *ImageNet*" loading="lazy">\n</div>\n'
        "<figcaption>Results on <em>ImageNet</em></figcaption></figure>\n"
        '<div class="lk-callout lk-callout-warning">\n<span class="lk-callout-icon">'
        '<svg class="lk-icon" id="exclamation-triangle"/></span>\n'
        '<div class="lk-callout-text">Mind the <strong>gap</strong>.</div>\n</div>\n')


def test_cta_icon_button_spoiler_and_video():
    html = drawn('{{< cta cta_text="Join *us*" cta_link="/join/" cta_alt_text="Read more" '
                 'cta_alt_link="https://x.edu/more" >}}\n\n'
                 'Code on {{< icon name="github" pack="fab" >}}GitHub.\n\n'
                 '{{< button url="/contact/" align="center" >}}Contact us{{< /button >}}\n\n'
                 '{{< spoiler text="Answer" >}}\n42\n{{< /spoiler >}}\n\n'
                 '{{< video src="demo.mp4" poster="demo.jpg" controls="yes" >}}\n')
    assert '<li><a href="/join/" class="lk-button lk-button-primary">Join <em>us</em></a></li>' \
        in html
    assert '<li><a href="https://x.edu/more">Read more →</a></li>' in html
    assert ('<p>Code on <span class="lk-inline-icon"><svg class="lk-icon" id="fab/github"/>'
            "</span>GitHub.</p>") in html
    assert ('<div class="lk-button-row" style="text-align: center"><a href="/contact/" '
            'class="lk-button lk-button-primary">Contact us</a></div>') in html
    assert ('<details class="spoiler " id="spoiler-3">\n<summary>Answer</summary>\n'
            '<div class="lk-spoiler-text">42</div>\n</details>') in html
    assert ('<figure class="lk-video">\n<a href="demo.mp4"><img src="IMG:demo.jpg" '
            'alt="Video: demo.mp4"></a>\n<figcaption><a href="demo.mp4">▶ Video: demo.mp4'
            "</a></figcaption>\n</figure>") in html
    assert "<video" not in html and "<script" not in html


def test_arguments_cannot_smuggle_markup_script_or_fetches():
    html = drawn('{{< figure src="x.png" caption="<script>alert(1)</script>ok" '
                 'link="javascript:alert(1)" max_width="1px;background:url(https://e.org/t)" '
                 'class="a\\" onclick=\\"x()" >}}\n\n'
                 '{{< spoiler text="t" style="position:fixed;color:red" >}}x{{< /spoiler >}}\n')
    assert "<script" not in html and "javascript:" not in html and "url(" not in html
    assert 'onclick="' not in html and 'class="a&#34; onclick=&#34;x()"' in html
    assert '<div class="lk-figure">' in html and 'style="color:red"' in html


def test_a_missing_or_undrawn_shortcode_is_marked_in_the_preview():
    html = drawn("A {{< nosuch >}} and {{< toc >}}.\n", frozenset({"toc"}))
    assert html == (
        'A <span class="lk-shortcode lk-shortcode-error" role="note">{{&lt; nosuch &gt;}}: the '
        "theme defines no such shortcode, and Hugo stops the build on it</span> and "
        '<span class="lk-shortcode lk-shortcode-note" role="note">{{&lt; toc &gt;}}: shown on '
        "the site; landingkit does not draw it</span>.")


def test_a_shortcode_written_as_text_is_shown_as_hugo_shows_it():
    """Hugo 0.168 undoes `{{</* */>}}` only in a text that has shortcodes (checked with the
    builds above)."""
    assert drawn("Text {{</* nosuch */>}}.\n") == "Text {{&lt;/* nosuch */&gt;}}."
    assert drawn("A {{< icon name=\"x\" >}}\n\nText {{</* nosuch */>}}.\n").endswith(
        "<p>Text {{&lt; nosuch &gt;}}.</p>\n")


def test_the_preview_marks_a_missing_shortcode_visibly_and_draws_the_others(tmp_path, page):
    from browser import watch

    from landingkit import export

    text = ("Before {{< nosuch >}} after.\n\n{{% callout note %}}\nA *note*.\n{{% /callout %}}\n\n"
            '{{< figure src="https://e.org/x.png" caption="Far" >}}\n')
    own = {"callout": "<div>{{ .Inner }}</div>"}  # Hugo finds callout here: it is drawn
    site = lk.Site(landing_site(tmp_path / "site", text, own=own) / "content")
    out = export.export_page(site.page("research/lab"), tmp_path / "lab.html")
    log = watch(page)
    page.goto(out.as_uri(), wait_until="load")
    marker = page.locator(".lk-shortcode-error")
    assert marker.is_visible() and marker.inner_text() == (
        "{{< nosuch >}}: the theme defines no such shortcode, and Hugo stops the build on it")
    assert page.evaluate("getComputedStyle(document.querySelector('.lk-shortcode-error'))"
                         ".borderTopColor") == "rgb(180, 35, 24)"
    callout = page.locator(".lk-callout")
    assert callout.is_visible() and callout.inner_text().strip() == "A note."
    assert page.evaluate("getComputedStyle(document.querySelector('.lk-callout')).display") \
        == "flex"
    assert log.page_errors == [] and log.network_requests == [] and log.console_errors == []
