"""The theme's content blocks as each generation draws them: `features` (and Wowchemy's
`featurette`), `cta-card`, `cta-button-list`, `cta-image-paragraph`, `stats` and
`testimonials`.

The expected HTML follows the theme's templates element by element (blox-tailwind v0.3.1
`layouts/partials/blox/<type>.html`, blox-bootstrap v5.9.7 `layouts/partials/blocks/`,
Wowchemy v5.5.0 `layouts/partials/widgets/featurette.html`); the text, links and images were
compared by hand with a real Hugo 0.168 build of tests/sites/blocks-a-tailwind (the command is
in tests/test_landing_blocks_browser.py).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from landing_blocks_art import draw

import landingkit as lk
from landingkit import blocks, render
from landingkit.check import check_page

SITES = Path(__file__).resolve().parent / "sites"
PNG = re.compile(r'src="data:image/(?:png|jpeg|webp);base64,[A-Za-z0-9+/=]+"')


@pytest.fixture
def tailwind(tmp_path) -> Path:
    """A copy of tests/sites/blocks-a-tailwind with its images drawn."""
    site = tmp_path / "tailwind"
    shutil.copytree(SITES / "blocks-a-tailwind", site)
    draw(site)
    return site


@pytest.fixture
def bootstrap(tmp_path) -> Path:
    site = tmp_path / "bootstrap"
    shutil.copytree(SITES / "blocks-a-bootstrap", site)
    return site


def page_of(site: Path):
    return lk.Site(site).page("_index.md")


def section(page, section_id: str) -> str:
    """The rendered `<section>` of `section_id`, embedded images written as `src="PNG"`."""
    html = render.render_page(page, render.Embed())[1]
    start = html.index(f'<section id="{section_id}"')
    return PNG.sub('src="PNG"', html[start:html.index("</section>", start) + len("</section>")])


def content_of(page, index: int) -> dict:
    return page.sections[index].data["content"]


def unrendered(site: Path) -> list[str]:
    return [p.message for p in check_page(lk.Site(site), "_index.md")
            if "does not render yet" in p.message]


# ------------------------------------------------------------------ features

FEATURE = ('<div class="lk-feature">\n<div class="lk-feature-icon"><svg class="lk-icon" '
           'aria-hidden="true" focusable="false"><use href="#lk-icon-{icon}"/></svg></div>'
           '<h3 class="lk-feature-name">{name}</h3>\n<p class="lk-feature-description">{text}'
           '</p>\n</div>\n')


def test_tailwind_features_are_title_text_then_the_items(tailwind):
    assert section(page_of(tailwind), "section-features") == (
        '<section id="section-features" class="lk-section lk-block-features">\n'
        '<div class="lk-features">\n<div class="lk-features-head">\n'
        '<h2 class="lk-features-title">What we <strong>offer</strong></h2>'
        '<p class="lk-features-text">Tools for every step of a study</p></div>\n'
        '<div class="lk-features-grid">\n'
        + FEATURE.format(icon="hero-chart-bar", name="Open data",
                         text="Every data set we publish is free to reuse.")
        + FEATURE.format(icon="hero-code-bracket", name="Reproducible code",
                         text="Code and <em>notebooks</em> beside each paper.")
        + FEATURE.format(icon="hero-academic-cap", name="Teaching",
                         text="Courses for students and the public.")
        + "</div>\n</div>\n</section>")


def test_a_feature_without_icon_has_no_badge_and_an_unknown_icon_an_empty_one(tailwind):
    page = page_of(tailwind)
    features = content_of(page, 0)
    features["items"] = [{"name": "Plain", "description": ":tada: *new*"},
                         {"name": "Odd", "icon": "hero/no-such-icon"}]
    del features["title"], features["text"]
    assert section(page, "section-features") == (
        '<section id="section-features" class="lk-section lk-block-features">\n'
        '<div class="lk-features">\n<div class="lk-features-head">\n</div>\n'
        '<div class="lk-features-grid">\n<div class="lk-feature">\n'
        '<h3 class="lk-feature-name">Plain</h3>\n'
        '<p class="lk-feature-description">🎉 <em>new</em></p>\n</div>\n'
        '<div class="lk-feature">\n<div class="lk-feature-icon"></div>'
        '<h3 class="lk-feature-name">Odd</h3>\n<p class="lk-feature-description"></p>\n'
        "</div>\n</div>\n</div>\n</section>")


def test_a_feature_description_of_paragraphs_is_markdownify_of_blocks(tailwind):
    """Hugo's markdownify renders Markdown as blocks and drops the `<p>` of one paragraph
    only: two paragraphs or a list stay blocks."""
    page = page_of(tailwind)
    content_of(page, 0)["items"] = [{"name": "Two", "description": "One.\n\nTwo."},
                                    {"name": "List", "description": "- a\n- b"}]
    html = section(page, "section-features")
    assert re.findall(r'<p class="lk-feature-description">(.*?)</p>\n</div>', html, re.S) == [
        "<p>One.</p>\n<p>Two.</p>", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>"]


def test_bootstrap_features_are_the_featurette(bootstrap):
    assert section(page_of(bootstrap), "section-features") == (
        '<section id="section-features" class="lk-section home-section wg-features '
        'lk-block-features '
        'lk-featurette-block">\n<div class="lk-container">\n<div class="lk-featurette">\n'
        '<div class="lk-featurette-heading">\n<h1>What we <strong>offer</strong></h1>\n'
        '<p>For every step of a study</p></div>\n'
        '<div class="lk-featurette-text">Tools we share with everyone.</div>'
        + "".join(
            '<div class="lk-featurette-item">\n<div class="lk-featurette-icon"><svg '
            f'class="lk-icon" aria-hidden="true" focusable="false"><use href="#lk-icon-{icon}"'
            f'/></svg></div><div class="lk-featurette-name">{name}</div>\n<p>{text}</p></div>\n'
            for icon, name, text in (
                ("fas-chart-bar", "Open data", "Every data set we publish is free to reuse."),
                ("fab-github", "Reproducible code",
                 "Code and <em>notebooks</em> beside each paper."),
                ("fas-graduation-cap", "Teaching", "Courses for students and the public.")))
        + "</div>\n</div>\n</section>")


def test_bootstrap_icons_as_emoji_and_custom_svg(bootstrap):
    media = bootstrap / "assets" / "media" / "icons"
    media.mkdir(parents=True)
    (media / "leaf.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8">'
                                    '<circle cx="4" cy="4" r="4"/></svg>', encoding="utf-8")
    page = page_of(bootstrap)
    content = content_of(page, 0)
    content["items"] = [{"name": "Fun", "icon": ":tada:", "icon_pack": "emoji"},
                        {"name": "Leaf", "icon": "leaf", "icon_pack": "custom"},
                        {"name": "Gone", "icon": "gone", "icon_pack": "custom"}]
    del content["title"]  # no heading then, not even the subtitle
    html = re.sub(r'src="data:image/svg\+xml[^"]*"', 'src="SVG"', section(page, "section-features"))
    assert re.findall(r'<div class="lk-featurette-(?:heading|icon|name)">.*?</div>', html) == [
        '<div class="lk-featurette-icon">🎉</div>', '<div class="lk-featurette-name">Fun</div>',
        '<div class="lk-featurette-icon"><img src="SVG" alt="leaf" class="lk-featurette-svg">'
        "</div>", '<div class="lk-featurette-name">Leaf</div>',
        '<div class="lk-featurette-icon"></div>', '<div class="lk-featurette-name">Gone</div>']


def test_wowchemy_featurette_widget_reads_its_file(tmp_path):
    (tmp_path / "config.yaml").write_text(
        "title: Lab\nbaseURL: https://lab.example.org/\nmodule:\n  imports:\n"
        "    - path: github.com/wowchemy/wowchemy-hugo-themes/modules/wowchemy/v5\n",
        encoding="utf-8")
    home = tmp_path / "content" / "home"
    home.mkdir(parents=True)
    (home / "index.md").write_text("---\ntype: widget_page\nheadless: true\n---\n",
                                   encoding="utf-8")
    (home / "skills.md").write_text(
        "---\nwidget: featurette\nheadless: true\nweight: 10\ntitle: Skills\n"
        "subtitle: What *we* do\nfeature:\n  - icon: python\n    icon_pack: fab\n"
        "    name: Python\n    description: 90%\n  - name: Statistics\n---\n\nWhat *we* use.\n",
        encoding="utf-8")
    page = lk.Site(tmp_path).page("home/index.md")
    assert [b.type for b in page.sections] == ["featurette"]
    assert blocks.find("featurette").name == "features"
    assert section(page, "skills") == (
        '<section id="skills" class="lk-section home-section wg-featurette lk-block-features '
        'lk-featurette-block">\n<div class="lk-container">\n<div class="lk-featurette">\n'
        '<div class="lk-featurette-heading">\n<h1>Skills</h1>\n<p>What <em>we</em> do</p>'
        '</div>\n<div class="lk-featurette-text">What <em>we</em> use.</div>'
        '<div class="lk-featurette-item">\n<div class="lk-featurette-icon"><svg '
        'class="lk-icon" aria-hidden="true" focusable="false"><use href="#lk-icon-fab-python"/>'
        '</svg></div><div class="lk-featurette-name">Python</div>\n<p>90%</p></div>\n'
        '<div class="lk-featurette-item">\n<div class="lk-featurette-name">Statistics</div>\n'
        "</div>\n</div>\n</div>\n</section>")


# ------------------------------------------------------------------ cta-card


def test_cta_card_is_a_black_card_with_title_text_and_button(tailwind):
    assert section(page_of(tailwind), "section-cta-card") == (
        '<section id="section-cta-card" class="lk-section lk-block-cta-card">\n'
        '<div class="lk-cta-card lk-cta-card-black">\n'
        '<h2 class="lk-cta-card-title">Join the lab</h2>\n'
        '<div class="lk-cta-card-text">We are hiring <strong>PhD students</strong> and '
        "postdocs.</div>\n"
        '<div class="lk-cta-card-actions"><a href="https://example.org/join/" '
        'class="lk-cta-card-button">Open positions</a></div>\n</div>\n</section>')


def test_cta_card_design_classes_style_and_plain_button_text(tailwind):
    page = page_of(tailwind)
    block = page.sections[1]
    block.data["design"] = {"card": {"css_class": "bg-primary-700 shadow-xl",
                                     "css_style": "border: 1px solid red"}}
    content = block.data["content"]
    content["title"] = "Paragraphs :wave:"
    content["text"] = "One.\n\nTwo."
    content["button"] = {"text": "Say *hi*", "url": "javascript:alert(1)"}
    assert section(page, "section-cta-card") == (
        '<section id="section-cta-card" class="lk-section lk-block-cta-card">\n'
        '<div class="lk-cta-card bg-primary-700 shadow-xl" '
        'style="background:var(--lk-primary-700);border: 1px solid red">\n'
        '<h2 class="lk-cta-card-title">Paragraphs 👋</h2>\n'
        '<div class="lk-cta-card-text"><p>One.</p>\n<p>Two.</p></div>\n'
        '<div class="lk-cta-card-actions"><a class="lk-cta-card-button">Say *hi*</a></div>\n'
        "</div>\n</section>")


def test_cta_card_without_content_keeps_the_empty_title_and_text(tailwind):
    page = page_of(tailwind)
    page.sections[1].data["content"] = {"button": {}}
    page.sections[1].data["design"] = {"card": {"css_class": "my-card"}}
    assert section(page, "section-cta-card") == (
        '<section id="section-cta-card" class="lk-section lk-block-cta-card">\n'
        '<div class="lk-cta-card my-card">\n<h2 class="lk-cta-card-title"></h2>\n'
        '<div class="lk-cta-card-text"></div>\n</div>\n</section>')


# ------------------------------------------------------------------ cta-button-list


def button(href: str, icon: str, text: str) -> str:
    return (f'<a{href} target="_blank" rel="noopener noreferrer" class="lk-button-list-item">\n'
            f'<div class="lk-button-list-row">\n<div class="lk-button-list-icon">{icon}</div>\n'
            f'<div class="lk-button-list-text">{text}</div>\n</div>\n</a>\n')


def svg(name: str) -> str:
    return (f'<svg class="lk-icon" aria-hidden="true" focusable="false"><use '
            f'href="#lk-icon-{name}"/></svg>')


def test_cta_button_list_opens_every_button_in_a_new_tab(tailwind):
    page = page_of(tailwind)
    page.sections[2].data["content"]["buttons"] += [
        {"text": "Our :seedling: sites", "url": "/sites/"},
        {"text": "Bad", "url": "javascript:alert(1)", "icon": "hero/not-an-icon"}]
    assert section(page, "section-cta-button-list") == (
        '<section id="section-cta-button-list" class="lk-section lk-block-cta-button-list">\n'
        '<div class="lk-button-list">\n'
        + button(' href="https://example.org/papers/"', svg("hero-document-text"),
                 "Read our papers")
        + button(' href="https://github.com/example"', svg("brands-github"),
                 "Code on <strong>GitHub</strong>")
        + button(' href="https://example.org/sites/"', "", "Our 🌱 sites")
        + button("", "", "Bad")
        + "</div>\n</section>")


# ------------------------------------------------------------------ cta-image-paragraph

ARROW = f'<span class="lk-cip-arrow">{svg("fas-arrow-right")}</span>'


def test_cta_image_paragraph_alternates_the_image_side(tailwind):
    assert section(page_of(tailwind), "section-cta-image-paragraph") == (
        '<section id="section-cta-image-paragraph" class="lk-section '
        'lk-block-cta-image-paragraph">\n<div class="lk-cip">\n<div class="lk-cip-item">\n'
        '<img class="lk-cip-image lk-cip-image-last" src="PNG" alt="Field work">'
        '<div class="lk-cip-copy">\n<h2 class="lk-cip-title">Field work</h2>\n'
        '<p class="lk-cip-text">We measure soil, water and air at forty sites.</p>\n'
        '<ul class="lk-cip-features">\n'
        f'<li>{svg("check")} Sensors in <em>forests</em></li>\n'
        f'<li>{svg("check")} Weekly visits</li>\n</ul>\n'
        f'<a href="https://example.org/sites/" class="lk-cip-button">Our sites {ARROW}</a>\n'
        '</div>\n</div>\n<div class="lk-cip-item">\n'
        '<img class="lk-cip-image" src="PNG" alt="The lab"><div class="lk-cip-copy">\n'
        '<h2 class="lk-cip-title">The lab</h2>\n'
        '<p class="lk-cip-text">Samples are analysed in our own building.</p>\n'
        f'<ul class="lk-cip-features">\n<li>{svg("hero-beaker")} Mass spectrometry</li>\n'
        "</ul>\n</div>\n</div>\n</div>\n</section>")


def test_cta_image_paragraph_alt_is_the_plain_title_and_a_missing_image_an_error(tailwind):
    text = (tailwind / "content" / "_index.md").read_text(encoding="utf-8")
    (tailwind / "content" / "_index.md").write_text(
        text.replace("title: The lab", "title: The *lab* & us").replace("lab.png", "gone.png"),
        encoding="utf-8")
    page = page_of(tailwind)
    html = section(page, "section-cta-image-paragraph")
    assert re.findall(r"<img [^>]*>|<h2 .*?</h2>", html) == [
        '<img class="lk-cip-image lk-cip-image-last" src="PNG" alt="Field work">',
        '<h2 class="lk-cip-title">Field work</h2>',
        '<h2 class="lk-cip-title">The <em>lab</em> &amp; us</h2>']
    path = tailwind / "content" / "_index.md"
    assert [str(p) for p in check_page(lk.Site(tailwind), "_index.md")
            if "gone.png" in p.message] == [
        f"{path}:49: error: sections[3].content.items[1].image: 'gone.png' is not in "
        "assets/media/; Hugo stops on it"]
    assert [str(p) for p in render.render_problems(page)] == [
        f"{path}:49: error: sections[3].content.items[1].image: 'gone.png' is not in "
        "assets/media/; Hugo stops on it"]


# ------------------------------------------------------------------ stats


def stat(figure: str, words: str, rule: bool = True) -> str:
    return (f'<div class="lk-stat{" lk-stat-rule" if rule else ""}">\n'
            f'<h6 class="lk-stat-figure">{figure}</h6>\n'
            f'<p class="lk-stat-description">{words}</p>\n</div>\n')


def test_stats_are_a_heading_over_three_figures(tailwind):
    assert section(page_of(tailwind), "section-stats") == (
        '<section id="section-stats" class="lk-section lk-block-stats">\n<div class="lk-stats">\n'
        '<div class="lk-stats-heading">\n<div class="lk-stats-head">\n'
        '<h2 class="lk-stats-title">In numbers</h2>\n'
        '<p class="lk-stats-text">Since 2010</p></div>\n</div>\n<div class="lk-stats-grid">\n'
        + stat("120+", "Papers") + stat("15", "People") + stat("4", "Countries", rule=False)
        + "</div>\n</div>\n</section>")


def test_stats_text_shows_only_under_a_title(tailwind):
    page = page_of(tailwind)
    content = content_of(page, 4)
    del content["title"]
    content["items"] = [{"statistic": 3.5, "description": "*Years* :star:"}]
    assert section(page, "section-stats") == (
        '<section id="section-stats" class="lk-section lk-block-stats">\n<div class="lk-stats">\n'
        '<div class="lk-stats-grid">\n' + stat("3.5", "<em>Years</em> ⭐", rule=False)
        + "</div>\n</div>\n</section>")


# ------------------------------------------------------------------ testimonials


def quote(text: str, image: bool, name: str, role: str, more: bool = True) -> str:
    portrait = f'<img class="lk-testimonial-image" src="PNG" alt="{name}">' if image else ""
    return (f'<div class="lk-testimonial{" lk-testimonial-more" if more else ""}">\n'
            f'<div class="lk-testimonial-mark">{svg("fas-quote-left")}</div>\n'
            f'<blockquote class="lk-testimonial-quote"><p>"{text}"</p></blockquote>\n'
            f'<div class="lk-testimonial-person">\n{portrait}<div class="lk-testimonial-who">\n'
            f'<div class="lk-testimonial-name">{name}</div>\n'
            f'<div class="lk-testimonial-role">{role}</div>\n</div>\n</div>\n</div>\n')


def test_testimonials_are_quotes_with_their_people(tailwind):
    assert section(page_of(tailwind), "section-testimonials") == (
        '<section id="section-testimonials" class="lk-section lk-block-testimonials">\n'
        '<div class="lk-testimonials">\n<div class="lk-testimonials-heading">\n'
        '<div class="lk-testimonials-head">\n'
        '<h2 class="lk-testimonials-title">What students say</h2>\n</div>\n</div>\n'
        + quote("The best place to learn field methods.", True, "Ada Moreau", "PhD student")
        + quote("Data, code and people all in one place.", True, "Ben Okafor", "Postdoc",
                more=False)
        + "</div>\n</section>")


def test_testimonial_names_are_plain_text_and_a_missing_portrait_is_left_out(tailwind):
    page = page_of(tailwind)
    content = content_of(page, 5)
    del content["title"]
    content["text"] = "Not shown without a title"
    content["items"] = [{"name": "Cy <b>Doe</b>", "role": "*Alumna*", "text": "Great **fun**",
                        "image": "nobody.png"}]
    assert section(page, "section-testimonials") == (
        '<section id="section-testimonials" class="lk-section lk-block-testimonials">\n'
        '<div class="lk-testimonials">\n'
        + quote("Great <strong>fun</strong>", False, "Cy &lt;b&gt;Doe&lt;/b&gt;", "*Alumna*",
                more=False)
        + "</div>\n</section>")
    assert render.render_problems(page) == []  # the theme says nothing either


# ------------------------------------------------------------------ check


def test_check_no_longer_calls_these_blocks_unrendered(tailwind, bootstrap):
    assert unrendered(tailwind) == []
    assert unrendered(bootstrap) == []
