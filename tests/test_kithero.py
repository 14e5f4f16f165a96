"""The 2026 kit's `hero` in every layout, size, media and background: tests/sites/kithero-kit
exported by landingkit, its HTML compared as text, and its geometry measured in Chromium
against the same page built with the real kit.

The specification: HugoBlox/kit f107371d `modules/blox/blox/hero/component.jsx` (the Preact
component: layouts, sizes, the announcement and its badge, eyebrow, actions and their styles,
the trust strip, the media) and `layouts/_partials/functions/parse_block_v3.html` (the section
around every block: backgrounds, the gradient mesh, text_color_light, section_break).

The real build, as tests/test_kitlook_look.py's (Hugo 0.168, Node 22 and @tailwindcss/cli 4,
@tailwindcss/typography 0.5 and preact 10 from npm, the kit's modules extracted to /tmp/mods):
    cp -r tests/sites/kithero-kit/. S/   # plus node_modules, a go.mod, and in hugo.yaml
    # `build: {buildStats: {enable: true}}` and `security.exec.allow` with ^tailwindcss$
    PATH=S/node_modules/.bin:$PATH GOPROXY=off GOFLAGS=-mod=mod \\
      HUGO_MODULE_REPLACEMENTS="github.com/HugoBlox/kit/modules/blox->$M/blox,\\
    github.com/HugoBlox/kit/modules/analytics->$M/analytics" \\
      hugo build --source S --destination OUT   # twice: Tailwind reads hugo_stats.json
    python -m http.server --directory OUT; Chromium at 1280x900 and 390x900, light and dark
    (`color_scheme`), the page scrolled through once, then each hero's parts measured with
    getBoundingClientRect (scrollY added), once the Preact script had drawn them.
The geometry was the same in light and dark; the figures below are the real build's.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from browser import DESKTOP, PHONE, open_page

import landingkit as lk
from landingkit import export, render

SITE = Path(__file__).resolve().parent / "sites" / "kithero-kit"
STAR = re.compile(r' d="M9\.05 2\.927c[^"]*"')

#: the real build's boxes, (x, y, width, height), of each hero's parts (in the kit's DOM:
#: h1, the `h1 + p` text, the eyebrow `p`, the announcement's ring and badge, the actions'
#: `a`, the stars' spans, the trust text, the media's img or video, the mesh's orbs, the fade)
REAL = {
    1280: {
        "centered": {"section": [0, 74, 1280, 796], "h1": [[304, 366, 672, 120]],
                     "text": [[304, 510, 672, 32]], "eyebrow": [[304, 330, 672, 20]],
                     "pill": [[490, 266, 300, 32]], "badge": [[494, 272, 46, 20]],
                     "actions": [[501, 582, 158, 44], [683, 582, 96, 44]],
                     "stars": [[495 + 22 * i, 658, 20, 20] for i in range(5)],
                     "trust": [[615, 658, 171, 20]]},
        "split": {"section": [0, 870, 1280, 896], "h1": [[32, 1188, 576, 120]],
                  "text": [[32, 1332, 576, 32]],
                  "actions": [[32, 1404, 133, 44], [189, 1414, 81, 24]],
                  "media": [[672, 1126, 576, 384]]},
        "right": {"section": [0, 1766, 1280, 1072], "h1": [[672, 2178, 576, 120]],
                  "text": [[672, 2322, 576, 32]], "pill": [[874, 2114, 172, 32]],
                  "actions": [[830, 2394, 98, 44], [952, 2394, 138, 44]],
                  "stars": [[906 + 22 * i, 2470, 20, 20] for i in range(5)],
                  "media": [[32, 2086, 576, 432]]},
        "stacked": {"section": [0, 2838, 1280, 1340], "h1": [[256, 3094, 768, 60]],
                    "text": [[304, 3178, 672, 32]], "media": [[64, 3274, 1152, 648]]},
        "viewport": {"section": [0, 4178, 1280, 1092], "h1": [[304, 4622, 672, 120]],
                     "actions": [[304, 4782, 78, 44], [406, 4792, 76, 24]],
                     "orbs": [[320, 4178, 384, 384], [576, 4886, 384, 384]],
                     "fade": [[0, 5174, 1280, 96]]},
        "plain": {"section": [0, 5270, 1280, 252], "h1": [[304, 5366, 672, 60]]},
    },
    390: {
        "centered": {"section": [0, 54, 390, 660], "h1": [[24, 250, 342, 80]],
                     "text": [[24, 354, 342, 64]], "eyebrow": [[24, 214, 342, 20]],
                     "actions": [[56, 458, 158, 44], [238, 458, 96, 44]],
                     "stars": [[50 + 22 * i, 534, 20, 20] for i in range(5)],
                     "trust": [[170, 534, 171, 20]]},
        "split": {"section": [0, 714, 390, 912], "h1": [[24, 906, 342, 80]],
                  "text": [[24, 1010, 342, 64]],
                  "actions": [[24, 1114, 133, 44], [181, 1124, 81, 24]],
                  "media": [[24, 1206, 342, 228]]},
        "right": {"section": [0, 1626, 390, 1057], "h1": [[24, 1850, 342, 80]],
                  "text": [[24, 1954, 342, 64]],
                  "actions": [[65, 2058, 98, 44], [187, 2058, 138, 44]],
                  "stars": [[141 + 22 * i, 2134, 20, 20] for i in range(5)],
                  "media": [[24, 2202, 342, 257]]},
        "stacked": {"section": [0, 2682, 390, 808], "h1": [[24, 2874, 342, 80]],
                    "text": [[24, 2978, 342, 64]], "media": [[24, 3106, 342, 192]]},
        "viewport": {"section": [0, 3490, 390, 1092], "h1": [[24, 3934, 342, 120]],
                     "actions": [[24, 4094, 78, 44], [126, 4104, 76, 24]],
                     "orbs": [[98, 3490, 384, 384], [-91, 4198, 384, 384]],
                     "fade": [[0, 4486, 390, 96]]},
        "plain": {"section": [0, 4582, 390, 272], "h1": [[24, 4678, 342, 80]]},
    },
}
#: our parts, named as REAL names the kit's
PARTS = {"h1": "h1", "text": ".lk-kit-hero-text", "eyebrow": ".lk-kit-hero-eyebrow",
         "pill": ".lk-kit-hero-pill", "badge": ".lk-kit-badge", "actions": ".lk-kit-action",
         "stars": ".lk-kit-stars svg", "trust": ".lk-kit-hero-trust > span",
         "media": ".lk-kit-hero-image", "orbs": ".lk-kit-mesh-orb", "fade": ".lk-kit-fade"}
MEASURE = """(parts) => Object.fromEntries(
  [...document.querySelectorAll('.lk-block-hero')].map(s => {
  const box = e => { const r = e.getBoundingClientRect();
    return [r.x, r.y + scrollY, r.width, r.height].map(Math.round) };
  const found = {section: box(s)};
  for (const [name, q] of Object.entries(parts)) {
    const shown = [...s.querySelectorAll(q)].filter(e => e.getClientRects().length).map(box);
    if (shown.length) found[name] = shown }
  return [s.id, found] }))"""
STYLE = """([selector, names]) => { const c = getComputedStyle(document.querySelector(selector));
    return names.map(n => c.getPropertyValue(n)); }"""


def sections(html: str) -> dict[str, str]:
    """Each hero's section by id, its images' data and the stars' path written short."""
    html = re.sub(r"data:image/[a-z+]+;base64,[A-Za-z0-9+/=]+", "IMG", html)
    html = STAR.sub(' d="STAR"', html)
    return {m.group(1): m.group(0) for m in
            re.finditer(r'<section id="([^"]+)" class="lk-section lk-block-hero.*?</section>',
                        html, re.S)}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("kithero") / "home.html"
    export.export_page(lk.load(SITE / "content" / "_index.md"), out)
    return out


def one_hero(tmp_path: Path, front: str) -> tuple[str, list[str]]:
    """The hero of a copy of the fixture site whose home page holds only `front` (YAML of
    one block, indented as a list item under `sections:`): its HTML and its problems."""
    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    home = site / "content" / "_index.md"
    home.write_text(f"---\ntitle: Home\ntype: landing\nsections:\n{front}---\n",
                    encoding="utf-8")
    page = lk.load(home)
    html = render.render_page(page, render.Embed())[1]
    found = sections(html)
    assert len(found) == 1, found.keys()
    problems = [str(p).replace(str(site), "SITE") for p in render.render_problems(page)]
    return next(iter(found.values())), problems


def test_centered_with_announcement_eyebrow_actions_and_trust(built):
    assert sections(built.read_text(encoding="utf-8"))["centered"] == (
        '<section id="centered" class="lk-section lk-block-hero lk-kit-section">\n'
        '<div class="lk-kit-hero">\n'
        '<div class="lk-kit-hero-box lk-kit-hero-centered lk-kit-hero-compact">\n'
        '<div class="lk-kit-hero-announcement lk-kit-center"><div class="lk-kit-hero-pill">'
        '<span class="lk-kit-badge lk-kit-badge-green">New</span><span>Spring survey <strong>'
        'open</strong></span><a href="https://example.org/posts/"><span class="lk-kit-pill-cover"'
        ' aria-hidden="true"></span>Read more <span aria-hidden="true">→</span></a></div></div>\n'
        '<div class="lk-kit-hero-copy lk-kit-center">\n'
        '<p class="lk-kit-hero-eyebrow">Coastal <em>science</em></p>\n'
        '<h1 class="lk-kit-hero-title">Reading the <span class="lk-kit-highlight">coast</span> '
        'from the <strong>sky</strong></h1>\n'
        '<p class="lk-kit-hero-text">We study tides, dunes and the <strong>people</strong> who '
        'live beside them.</p>\n'
        '<div class="lk-kit-hero-actions"><a class="lk-kit-action lk-kit-action-gradient" '
        'href="#split"><span>Our research</span><span class="lk-kit-action-icon"><svg '
        'class="lk-icon" aria-hidden="true" focusable="false"><use href="#lk-icon-hero-arrow-'
        'right"/></svg></span></a><a class="lk-kit-action lk-kit-action-outline" href="https://'
        'example.org/jobs" target="_blank" rel="noopener"><span>Join us</span></a></div>\n'
        '<div class="lk-kit-hero-trust"><div class="lk-kit-stars">'
        + '<svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true"><path d="STAR"/></svg>'
        * 4 + '<svg viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.5" '
        'aria-hidden="true"><path stroke-linejoin="round" d="STAR"/></svg></div><span>Trusted by '
        '<strong>40</strong> field teams</span></div>\n'
        '</div>\n</div>\n</div>\n</section>')  # 4.5 stars: four full, as `Math.floor`


def test_split_left_with_an_image_and_a_linear_gradient(built):
    assert sections(built.read_text(encoding="utf-8"))["split"] == (
        '<section id="split" class="lk-section lk-block-hero lk-kit-section">\n'
        '<div class="lk-kit-bg" style="background-image:linear-gradient(90deg,#e0f2fe,#f0fdfa)">'
        '</div>\n<div class="lk-kit-hero">\n'
        '<div class="lk-kit-hero-box lk-kit-hero-split-left lk-kit-hero-default">\n'
        '<div class="lk-kit-hero-grid">\n<div class="lk-kit-hero-side">\n'
        '<div class="lk-kit-hero-copy lk-kit-left">\n'
        '<h1 class="lk-kit-hero-title">Twelve transects, flown twice</h1>\n'
        '<p class="lk-kit-hero-text">Drone surveys of the northern dunes, every spring since '
        '2019.</p>\n<div class="lk-kit-hero-actions"><a class="lk-kit-action lk-kit-action-'
        'gradient" href="https://example.org/data/"><span>See the data</span></a><a class="lk-'
        'kit-action lk-kit-action-text" href="https://example.org/methods/"><span>Methods</span>'
        '<span aria-hidden="true">→</span></a></div>\n</div>\n</div>\n'
        '<div class="lk-kit-hero-media"><img class="lk-kit-hero-image" src="IMG" alt="A survey '
        'of the dunes"></div>\n</div>\n</div>\n</div>\n</section>')


def test_split_right_with_a_dark_image_and_light_and_dark_colours(built):
    html = sections(built.read_text(encoding="utf-8"))["right"]
    assert html.startswith(
        '<section id="right" class="lk-section lk-block-hero lk-kit-section">\n'
        '<div class="lk-kit-bg" style="background-color:light-dark(#fef3c7,#1e1b4b)"></div>\n'
        '<div class="lk-kit-hero">\n'
        '<div class="lk-kit-hero-box lk-kit-hero-split-right lk-kit-hero-tall">\n')
    pill = html[html.index('<div class="lk-kit-hero-announcement'):]
    assert pill[:pill.index("\n")] == (
        '<div class="lk-kit-hero-announcement lk-kit-center"><div class="lk-kit-hero-pill">'
        '<span class="lk-kit-pill-gap"></span><span>The archive is public</span></div></div>')
    assert re.findall(r'<a class="lk-kit-action [^"]*" href="[^"]*">.*?</a>', html) == [
        '<a class="lk-kit-action lk-kit-action-solid" href="https://example.org/archive/">'
        '<span>Browse</span></a>',
        '<a class="lk-kit-action lk-kit-action-ghost" href="https://example.org/archive/all.zip">'
        '<span>Download</span><span class="lk-kit-action-icon"><svg class="lk-icon" aria-hidden='
        '"true" focusable="false"><use href="#lk-icon-hero-arrow-down-tray"/></svg></span></a>']
    assert html.count('fill="currentColor" aria-hidden="true"><path d="STAR"/>') == 3
    assert html.count('stroke-width="1.5"') == 2
    assert '</div></div>\n</div>\n</div>\n<div class="lk-kit-hero-media"><img class="lk-kit-hero-' \
           'image lk-kit-light" src="IMG" alt="The archive"><img class="lk-kit-hero-image ' \
           'lk-kit-dark" src="IMG" alt="The archive"></div>\n</div>\n' in html


def test_stacked_with_a_video_poster_an_image_over_a_radial_gradient_and_light_text(built):
    assert sections(built.read_text(encoding="utf-8"))["stacked"] == (
        '<section id="stacked" class="lk-section lk-block-hero lk-kit-section lk-kit-on-dark">\n'
        '<div class="lk-kit-bg lk-kit-bg-image lk-kit-parallax" style="background-image:url('
        '&#39;IMG&#39;),radial-gradient(ellipse farthest-corner at center,rgba(15,23,42,0.2),'
        'rgba(15,23,42,0.9));background-size:auto;background-position:0 0;background-repeat:'
        'repeat;filter:brightness(0.5)"></div>\n<div class="lk-kit-hero">\n'
        # `size: none` has no classes, so the component takes the default
        '<div class="lk-kit-hero-box lk-kit-hero-stacked lk-kit-hero-default">\n'
        '<div class="lk-kit-hero-narrow">\n<div class="lk-kit-hero-copy lk-kit-center">\n'
        '<h1 class="lk-kit-hero-title">The tide gauge, as it runs</h1>\n'
        '<p class="lk-kit-hero-text">Ten years of readings, every six minutes.</p>\n</div>\n'
        '</div>\n<div class="lk-kit-hero-media"><a href="https://example.org/media/gauge.mp4">'
        '<img class="lk-kit-hero-image lk-kit-hero-poster" src="IMG" alt=""></a></div>\n'
        '</div>\n</div>\n</section>')


def test_viewport_with_a_gradient_mesh_and_a_fade(built):
    html = sections(built.read_text(encoding="utf-8"))["viewport"]
    wash = "color-mix(in oklab,var(--lk-kit-{}-500) 20%,transparent)"
    orb = ("width:384px;height:384px;background-color:" + wash + ";filter:blur(64px);"
           "animation:lk-kit-pulse 2s cubic-bezier(.4,0,.6,1) infinite;")
    assert html[:html.index('<div class="lk-kit-hero">')] == (
        '<section id="viewport" class="lk-section lk-block-hero lk-kit-section lk-kit-clip">\n'
        '<div class="lk-kit-mesh" aria-hidden="true"><div class="lk-kit-mesh-wash" style='
        f'"background-image:linear-gradient(to bottom right,{wash.format("primary")},'
        f'transparent,{wash.format("secondary")})"></div><div class="lk-kit-mesh-orb" style='
        f'"top:0;left:25%;{orb.format("primary")}"></div><div class="lk-kit-mesh-orb" style='
        f'"bottom:0;right:25%;{orb.format("secondary")}animation-delay:2s;"></div></div>\n'
        '<div class="lk-kit-fade lk-kit-fade-bottom" style="height:6rem;background:linear-'
        'gradient(to bottom,transparent,#0f172a)" aria-hidden="true"></div>\n')
    assert '<div class="lk-kit-hero-box lk-kit-hero-centered lk-kit-hero-viewport">\n' \
           '<div class="lk-kit-hero-copy lk-kit-left">\n' in html
    assert re.findall(r'<a class="([^"]*)"', html) == [
        "lk-kit-action lk-kit-action-ghost", "lk-kit-action lk-kit-action-text"]


def test_no_padding_is_the_size_none(built):
    assert sections(built.read_text(encoding="utf-8"))["plain"] == (
        '<section id="plain" class="lk-section lk-block-hero lk-kit-section">\n'
        '<div class="lk-kit-hero">\n'
        '<div class="lk-kit-hero-box lk-kit-hero-centered lk-kit-hero-none">\n'
        '<div class="lk-kit-hero-copy lk-kit-center">\n'
        '<h1 class="lk-kit-hero-title">A hero with no padding</h1>\n</div>\n'
        '</div>\n</div>\n</section>')


def test_the_defaults_and_what_the_component_does_with_odd_values(tmp_path):
    html, problems = one_hero(tmp_path, """\
  - block: hero
    content:
      title: Hello
      announcement:
        text: Hi
        badge: {text: Beta, color: purple}
      primary_action: {text: Go, url: /go/, style: neon}
      secondary_action: {url: /no-text/}
      trust: {stars: 9}
    design:
      layout: diagonal
      size: huge
      alignment: right
""")
    assert problems == []
    assert html == (
        '<section id="section-hero" class="lk-section lk-block-hero lk-kit-section">\n'
        '<div class="lk-kit-hero">\n'
        '<div class="lk-kit-hero-box lk-kit-hero-centered lk-kit-hero-default">\n'
        '<div class="lk-kit-hero-announcement lk-kit-center"><div class="lk-kit-hero-pill">'
        '<span class="lk-kit-badge lk-kit-badge-primary">Beta</span><span>Hi</span></div></div>\n'
        '<div class="lk-kit-hero-copy lk-kit-center">\n'
        '<h1 class="lk-kit-hero-title">Hello</h1>\n'
        '<div class="lk-kit-hero-actions"><a class="lk-kit-action lk-kit-action-gradient" '
        'href="https://example.org/go/"><span>Go</span></a></div>\n'
        '<div class="lk-kit-hero-trust"><div class="lk-kit-stars">'
        + '<svg viewBox="0 0 20 20" fill="currentColor" aria-hidden="true"><path d="STAR"/></svg>'
        * 5 + '</div></div>\n</div>\n</div>\n</div>\n</section>')


def test_split_layouts_align_left_unless_told(tmp_path):
    html, _ = one_hero(tmp_path, """\
  - block: hero
    content: {title: Hi, trust: {stars: 0}}
    design: {layout: split-right}
""")
    # no text and no stars (0 is false to the component): no trust strip; no media: none
    assert html == (
        '<section id="section-hero" class="lk-section lk-block-hero lk-kit-section">\n'
        '<div class="lk-kit-hero">\n'
        '<div class="lk-kit-hero-box lk-kit-hero-split-right lk-kit-hero-default">\n'
        '<div class="lk-kit-hero-grid">\n<div class="lk-kit-hero-side">\n'
        '<div class="lk-kit-hero-copy lk-kit-left">\n<h1 class="lk-kit-hero-title">Hi</h1>\n'
        '</div>\n</div>\n</div>\n</div>\n</div>\n</section>')
    html, _ = one_hero(tmp_path / "2", """\
  - block: hero
    content: {title: Hi, trust: {stars: 0, text: Fine}}
    design: {layout: split-left, alignment: center}
""")
    assert '<div class="lk-kit-hero-copy lk-kit-center">' in html
    assert html.count('fill="none"') == 5 and "<span>Fine</span>" in html


def test_the_components_markdown_and_raw_html(tmp_path):
    html, _ = one_hero(tmp_path, """\
  - block: hero
    content:
      title: 'A [bright **idea**] and [a link](https://example.org/) *now*'
      text: >-
        Use `lk` with **care** and <b>bold</b><script>alert(1)</script>
        <a href="javascript:alert(1)">x</a>
      eyebrow: '**Eye** *brow*'
""")
    assert re.findall(r"<h1[^>]*>.*?</h1>|<p [^>]*>.*?</p>", html) == [
        '<p class="lk-kit-hero-eyebrow"><strong>Eye</strong> <em>brow</em></p>',
        # renderTitle: `[word]` is a highlight, a Markdown link is left as written, no `code`
        '<h1 class="lk-kit-hero-title">A <span class="lk-kit-highlight">bright <strong>idea'
        '</strong></span> and [a link](https://example.org/) <em>now</em></h1>',
        '<p class="lk-kit-hero-text">Use <code>lk</code> with <strong>care</strong> and <b>bold'
        '</b> <a rel="noopener">x</a></p>']


def test_unsafe_and_odd_urls(tmp_path):
    html, _ = one_hero(tmp_path, """\
  - block: hero
    content:
      title: Hi
      announcement: {text: News, link: {text: Read, url: 'javascript:alert(1)'}}
      primary_action: {text: Go, url: 'javascript:alert(1)'}
      secondary_action: {text: Mail, url: 'mailto:lab@example.org'}
""")
    assert re.findall(r"<a\b[^>]*>", html) == [
        "<a>", '<a class="lk-kit-action lk-kit-action-text" href="mailto:lab@example.org">']
    html, _ = one_hero(tmp_path / "2", """\
  - block: hero
    content:
      title: Hi
      announcement: {text: News, link: {text: Read}}
      primary_action: {text: Go, url: people/}
""")
    # no URL: the component's "#"; a path without a slash is written as it is (processUrl)
    assert re.findall(r"<a\b[^>]*>", html) == [
        '<a href="#">', '<a class="lk-kit-action lk-kit-action-gradient" href="people/">']


def test_missing_and_remote_images_are_said(tmp_path):
    html, problems = one_hero(tmp_path, """\
  - block: hero
    content:
      title: Hi
      media: {src: media/gone.png, dark_src: 'https://example.org/dark.png'}
    design:
      layout: split-left
      background:
        image: {filename: nowhere.png}
""")
    assert "<img" not in html and "lk-kit-hero-media" not in html
    assert '<div class="lk-kit-bg lk-kit-bg-image lk-kit-parallax"></div>' in html
    assert problems == [  # in the order the page draws them: the section, then the hero
        "SITE/content/_index.md:12: warning: background image 'nowhere.png' is not in "
        "assets/media/; Hugo stops the build on it, none is shown",
        "SITE/content/_index.md:5: warning: hero image: 'media/gone.png' is not in the page's "
        "folder, assets/media/ or static/media/; it is not shown"]
    html, problems = one_hero(tmp_path / "2", """\
  - block: hero
    content:
      title: Hi
      media: {src: /survey.png, dark_src: 'https://example.org/dark.png', alt: Dunes}
    design: {layout: stacked}
""")
    assert re.findall(r"<img [^>]*>", html) == [
        '<img class="lk-kit-hero-image" src="IMG" alt="Dunes">']
    assert problems == [
        "SITE/content/_index.md:5: warning: hero dark image 'https://example.org/dark.png' is "
        "on another site; a standalone page does not load it, so none is shown"]


def test_a_video_without_a_poster_is_a_link(tmp_path):
    html, problems = one_hero(tmp_path, """\
  - block: hero
    content:
      title: Hi
      media: {type: video, src: 'https://example.org/clip.mp4', poster: /media/none.png}
    design: {layout: split-left}
""")
    media = html[html.index('<div class="lk-kit-hero-media">'):]
    assert media[:media.index("\n")] == (
        '<div class="lk-kit-hero-media"><a href="https://example.org/clip.mp4"><span class='
        '"lk-kit-hero-video">Video</span></a></div>')
    assert problems == [
        "SITE/content/_index.md:5: warning: hero video poster '/media/none.png': cannot find "
        "image '/media/none.png' (looked in the page's folder, assets/media/, static/ and the "
        "page bundle at that URL); the video is shown as a link"]


def test_an_image_of_static_media_is_found_as_the_kit_finds_it(tmp_path):
    """Not in the page's folder nor assets/media/: the kit writes `/media/<name>`, which
    static/media/ serves."""
    html, problems = one_hero(tmp_path, """\
  - block: hero
    content: {title: Hi, media: {src: gauge-poster.png}}
    design: {layout: split-right}
""")
    assert (re.findall(r"<img [^>]*>", html), problems) == (
        ['<img class="lk-kit-hero-image" src="IMG" alt="">'], [])


def test_the_centered_layout_draws_no_media(tmp_path):
    html, problems = one_hero(tmp_path, """\
  - block: hero
    content: {title: Hi, media: {src: gone.png}}
""")
    assert ("<img" in html, problems) == (False, [])  # the component leaves it out unread


def test_the_section_backgrounds(tmp_path):
    html, problems = one_hero(tmp_path, """\
  - block: hero
    content: {title: Hi}
    design:
      spacing: {padding: [0, 1rem]}
      css_style: 'color: red'
      clip_path: 'polygon(0 0, 100% 0, 100% 90%, 0 100%)'
      section_break: {fade_top: '#fff', size: 2rem}
      background:
        color: {dark: '#111'}
        gradient: {start: red, end: 'blue; background:url(x)'}
        gradient_mesh: {enable: true, style: grid, spacing: 20}
        image: {filename: shore.png, size: contain, position: top, parallax: false}
""")
    assert problems == []
    assert html[:html.index('<div class="lk-kit-hero">')] == (
        '<section id="section-hero" class="lk-section lk-block-hero lk-kit-section lk-kit-clip" '
        'style="background-color:#111;padding:0 1rem;color:red;clip-path:polygon(0 0, 100% 0, '
        '100% 90%, 0 100%);">\n'
        '<div class="lk-kit-mesh" aria-hidden="true"><div class="lk-kit-mesh-wash" style='
        '"background-image:linear-gradient(to bottom right,color-mix(in oklab,var(--lk-kit-'
        'primary-500) 20%,transparent),transparent,color-mix(in oklab,var(--lk-kit-secondary-'
        '500) 20%,transparent))"></div><div class="lk-kit-mesh-pattern" style="background-image:'
        'linear-gradient(rgb(59 130 246/.1) 1px,transparent 1px),linear-gradient(90deg,rgb(59 '
        '130 246/.1) 1px,transparent 1px);background-size:20px 20px"></div></div>\n'
        # the gradient's end is no CSS value: no gradient; the image alone keeps its size
        '<div class="lk-kit-bg lk-kit-bg-image" style="background-image:url(&#39;IMG&#39;);'
        'background-size:contain;background-position:top"></div>\n'
        '<div class="lk-kit-fade lk-kit-fade-top" style="height:2rem;background:linear-'
        'gradient(to top,transparent,#fff)" aria-hidden="true"></div>\n')


@pytest.mark.parametrize(("style", "shapes"), [
    ("waves", "".join(
        f'<div class="lk-kit-mesh-wave" style="top:{top}%;transform:skewY(-2deg);background-color:'
        f'color-mix(in oklab,var(--lk-kit-{colour}) {alpha}%,transparent);filter:blur(40px);">'
        "</div>" for top, colour, alpha in ((0, "secondary-400", 100), (33, "primary-600", 50),
                                            (66, "secondary-400", 100)))),
    ("dots", '<div class="lk-kit-mesh-pattern" style="background-image:radial-gradient(circle,'
             'rgb(59 130 246/.2) 2px,transparent 2px);background-size:24px 24px;'
             'background-position:0 0,12px 12px"></div>'),
])
def test_the_meshes_other_styles(tmp_path, style, shapes):
    """Three waves (their second style attribute, the delay, is one HTML drops), the
    colours in turn, blur-2xl when bold; a dot grid `spacing` px apart."""
    html, _ = one_hero(tmp_path, f"""\
  - block: hero
    content: {{title: Hi}}
    design:
      background:
        gradient_mesh:
          enable: true
          style: {style}
          colors: [secondary-400, primary-600/50]
          intensity: bold
          animation: none
          spacing: 24
""")
    wash = ('<div class="lk-kit-mesh-wash" style="background-image:linear-gradient(to bottom '
            'right,color-mix(in oklab,var(--lk-kit-secondary-400) 100%,transparent),transparent,'
            'color-mix(in oklab,var(--lk-kit-primary-600) 50%,transparent))"></div>')
    assert re.search(r'<div class="lk-kit-mesh".*?</div></div>', html).group(0) == (
        f'<div class="lk-kit-mesh" aria-hidden="true">{wash}{shapes}</div>')


def test_the_kit_hero_is_checked_and_drawn():
    """`landingkit check` knows the kit's keys (no unknown key, no "does not render yet")."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "landingkit.cli", "check", "content"],
                            cwd=SITE, capture_output=True, text=True)
    assert (result.stdout, result.stderr, result.returncode) == ("", "0 errors, 0 warnings\n", 0)


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_heroes_are_laid_out_as_the_kit_lays_them_out(page, built, viewport, scheme):
    width = viewport["width"]
    log = open_page(page, built, {"width": width, "height": 900}, scheme=scheme)
    found = page.evaluate(MEASURE, PARTS)
    assert list(found) == list(REAL[width])
    for hero, parts in REAL[width].items():
        assert sorted(found[hero]) == sorted(parts), hero  # the same parts are shown
        for name, real in parts.items():
            boxes = found[hero][name]
            real = real if isinstance(real[0], list) else [real]
            boxes = boxes if isinstance(boxes[0], list) else [boxes]
            # the real figures are rounded positions, and Inter's builds differ by a fraction
            # of a pixel over a word: 1 px either way
            assert len(boxes) == len(real) and all(
                abs(a - b) <= 1 for box, want in zip(boxes, real) for a, b in zip(box, want)), (
                hero, name, boxes, real)
    # the media's dark variant is the one shown in the dark
    shown = page.evaluate("[...document.querySelectorAll('#right img')].filter(e => "
                          "e.getClientRects().length).map(e => e.className)")
    assert shown == [f"lk-kit-hero-image lk-kit-{scheme}"]
    assert (log.console_errors, log.page_errors, log.failed_requests) == ([], [], [])
    assert [u for u in log.requests if not u.startswith(("file:", "data:"))] == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_mode_switch_swaps_the_dark_image(page, built, scheme):
    """The frame's switch turns the page to the other mode, and the media with it, as the
    kit's `dark:hidden` / `dark:block` follow its `dark` class."""
    open_page(page, built, scheme=scheme)
    page.click(".lk-mode-button")
    shown = page.evaluate("[...document.querySelectorAll('#right img')].filter(e => "
                          "e.getClientRects().length).map(e => e.className)")
    other = {"light": "dark", "dark": "light"}[scheme]
    assert shown == [f"lk-kit-hero-image lk-kit-{other}"]


@pytest.mark.parametrize(("scheme", "expected"), [
    ("light", {"eyebrow": ["rgb(79, 70, 229)", "uppercase", "0.7px"],
               "title": ["60px", "rgb(17, 24, 39)"], "text": ["rgb(75, 85, 99)"],
               "badge": ["rgb(220, 252, 231)", "rgb(21, 128, 61)"],
               "pill": ["rgb(75, 85, 99)", "rgba(17, 24, 39, 0.1) 0px 0px 0px 1px"],
               "highlight": ["linear-gradient(to right, rgb(99, 102, 241), rgb(20, 184, 166), "
                             "rgb(99, 102, 241))"],
               "solid": ["rgb(79, 70, 229)", "rgb(255, 255, 255)"],
               "outline": ["rgb(17, 24, 39)", "rgb(209, 213, 219) 0px 0px 0px 1px inset"],
               "star": ["rgb(251, 191, 36)"], "trust": ["rgb(75, 85, 99)"],
               "bg": ["rgb(254, 243, 199)"], "on-dark": ["rgb(243, 244, 246)"],
               "orb": ["blur(64px)", "lk-kit-pulse", "2s"]}),
    ("dark", {"eyebrow": ["rgb(96, 165, 250)", "uppercase", "0.7px"],
              "title": ["60px", "rgb(243, 244, 246)"], "text": ["rgb(209, 213, 219)"],
              "badge": ["rgba(20, 83, 45, 0.4)", "rgb(134, 239, 172)"],
              "pill": ["rgb(209, 213, 219)", "rgba(209, 213, 219, 0.3) 0px 0px 0px 1px"],
              "highlight": ["linear-gradient(to right, rgb(96, 165, 250), rgb(45, 212, 191), "
                            "rgb(96, 165, 250))"],
              "solid": ["rgb(37, 99, 235)", "rgb(255, 255, 255)"],
              "outline": ["rgb(243, 244, 246)", "rgb(75, 85, 99) 0px 0px 0px 1px inset"],
              "star": ["rgb(251, 191, 36)"], "trust": ["rgb(156, 163, 175)"],
              "bg": ["rgb(30, 27, 75)"], "on-dark": ["rgb(243, 244, 246)"],
              "orb": ["blur(64px)", "lk-kit-pulse", "2s"]}),
])
def test_the_heroes_colours_light_and_dark(page, built, scheme, expected):
    """The real build's computed colours, Tailwind's oklch written as sRGB: indigo-600
    #4f46e5 (blue-400 #60a5fa in the dark), gray-900 #111827, gray-600 #4b5563, green-100 and
    -700, amber-400 #fbbf24, the highlight primary-500 via secondary-500 (indigo-500 #6366f1,
    teal-500 #14b8a6; blue-400, teal-400 #2dd4bf in the dark); the stacked hero's text light
    (gray-100 #f3f4f6) on either page, as `text_color_light` makes its section dark; the
    mesh's orbs blur-3xl (64 px) and pulsing every 2 s (the real `pulse`)."""
    open_page(page, built, scheme=scheme)
    found = {name: page.evaluate(STYLE, [selector, props]) for name, selector, props in [
        ("eyebrow", ".lk-kit-hero-eyebrow", ["color", "text-transform", "letter-spacing"]),
        ("title", "#centered h1", ["font-size", "color"]),
        ("text", "#centered .lk-kit-hero-text", ["color"]),
        ("badge", ".lk-kit-badge", ["background-color", "color"]),
        ("pill", ".lk-kit-hero-pill", ["color", "box-shadow"]),
        ("highlight", ".lk-kit-highlight", ["background-image"]),
        ("solid", ".lk-kit-action-solid", ["background-color", "color"]),
        ("outline", ".lk-kit-action-outline", ["color", "box-shadow"]),
        ("star", ".lk-kit-stars", ["color"]),
        ("trust", ".lk-kit-hero-trust > span", ["color"]),
        ("bg", "#right .lk-kit-bg", ["background-color"]),
        ("on-dark", "#stacked h1", ["color"]),
        ("orb", ".lk-kit-mesh-orb", ["filter", "animation-name", "animation-duration"])]}
    assert found == expected
