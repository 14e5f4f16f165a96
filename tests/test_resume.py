"""The résumé blocks as blox-tailwind v0.3.1 draws them (layouts/partials/blox/resume-*.html),
from the person `content.username` names: tests/sites/blocks-b-tailwind, one person
(content/authors/ada/_index.md) with every field the templates read."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from sample_art import draw_avatar

import landingkit as lk
from landingkit import check, render

SITES = Path(__file__).parent / "sites"
GITHUB = "#lk-icon-brands-github"


def make_site(tmp_path: Path, name: str = "blocks-b-tailwind") -> Path:
    """A copy of the fixture site with the avatar drawn; returns its folder."""
    folder = tmp_path / name
    shutil.copytree(SITES / name, folder)
    for bundle in (folder / "content" / "authors").iterdir():
        if bundle.is_dir():
            draw_avatar(bundle / "avatar.png", "".join(w[0] for w in bundle.name.split("-")))
    return folder


@pytest.fixture
def site(tmp_path) -> Path:
    return make_site(tmp_path)


def section(page, section_id: str) -> str:
    """The section's HTML, data: URLs written as their type."""
    html = render.render_page(page, render.Embed())[1]
    start = html.index(f'<section id="{section_id}"')
    html = html[start:html.index("</section>", start) + len("</section>")]
    return re.sub(r'"data:image/(\w+)[^"]*"', r'"\1"', html)


def home(site: Path):
    return lk.Site(site / "content").page("_index.md")


DOWNLOAD = ('<svg class="lk-bio-button-icon" aria-hidden="true" viewBox="0 0 20 20" '
            'fill="currentColor"><path d="M14.707 7.793a1 1 0 0 0-1.414 0L11 10.086V1.5a1 1 0 0 '
            "0-2 0v8.586L6.707 7.793a1 1 0 1 0-1.414 1.414l4 4a1 1 0 0 0 1.416 0l4-4a1 1 0 0 "
            '0-.002-1.414Z"/><path d="M18 12h-2.55l-2.975 2.975a3.5 3.5 0 0 1-4.95 0L4.55 12H2a2 '
            "2 0 0 0-2 2v4a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2v-4a2 2 0 0 0-2-2Zm-3 5a1 1 0 1 1 0-2 1 "
            '1 0 0 1 0 2Z"/></svg>')


def icon(name: str) -> str:
    return (f'<svg class="lk-icon" aria-hidden="true" focusable="false"><use '
            f'href="#lk-icon-{name}"/></svg>')


PROFILE = (
    '<div class="lk-bio-avatar"><img class="lk-bio-photo" src="png" alt="Ada Moreno" '
    'width="150" height="150"><span class="lk-bio-status">☕</span></div>\n'
    '<div class="lk-bio-name"><ruby><rb>Ada Moreno</rb><rt>AH-dah mo-REH-no</rt></ruby></div>\n'
    '<h3 class="lk-bio-role">Professor of <em>Computational</em> Linguistics</h3>'
    '<div class="lk-bio-org"><a href="https://example.org/university/" target="_blank" '
    'rel="noopener"><div>Example University</div></a></div>\n'
    '<div class="lk-bio-org"><div>Field Station North</div></div>\n')
ICONS = (
    '<ul class="lk-bio-icons">\n'
    f'<li><a href="mailto:ada@example.org" aria-label="at-symbol" title="E-mail Me">'
    f'{icon("at-symbol")}</a></li>\n'
    f'<li><a href="https://github.com/example" target="_blank" rel="noopener" '
    f'aria-label="brands/github">{icon("brands-github")}</a></li>\n'
    f'<li><a href="https://example.org/uploads/cv.pdf" target="_blank" rel="noopener" '
    f'aria-label="academic-cap">{icon("academic-cap")}</a></li>\n</ul>\n')


def test_the_biography_is_the_persons_profile_and_page_content(site):
    """Avatar and status emoji, name with its pronunciation, role (Markdown), organisations
    (linked when they have a URL), profile icons (mailto: as is, http(s) in a new tab, a site
    path through relLangURL and, a .pdf, in a new tab), the author page's content (its one
    paragraph keeps <p>), design.biography.style, the button's URL as written."""
    assert section(home(site), "section-resume-biography") == (
        '<section id="section-resume-biography" class="lk-section lk-block-resume-biography">\n'
        f'<div class="lk-bio">\n{PROFILE}{ICONS}'
        '<div class="lk-bio-text lk-prose"><div class="lk-bio-words" style="text-align:justify">'
        "\n<p>Ada Moreno studies how children learn their <strong>first words</strong>, with "
        "recordings made at home.</p>\n</div></div>\n"
        f'<a class="lk-bio-button" href="uploads/cv.pdf" target="_blank">{DOWNLOAD} Download CV'
        "</a>\n</div>\n</section>")


def test_the_biographys_own_text_banner_and_defaults(site):
    """content.text (RenderString: one paragraph, no <p>) stands for the page's content; a
    banner from assets/media/ puts the avatar over it; no avatar, no status, no pronunciation:
    none drawn; an unsafe style and button URL are dropped; `biography` is the older name."""
    from PIL import Image

    (site / "assets" / "media").mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (1200, 300), (90, 120, 200)).save(site / "assets" / "media" / "wide.png")
    author = site / "content" / "authors" / "ada"
    (author / "avatar.png").unlink()
    text = (author / "_index.md").read_text(encoding="utf-8")
    text = text.replace("name_pronunciation: AH-dah mo-REH-no\n", "").replace(
        "status:\n  icon: \":coffee:\"\n", "")
    (author / "_index.md").write_text(text, encoding="utf-8")
    page = home(site)
    block = page.sections[0]
    block.data["block"] = "biography"
    block.data["content"] = {"username": "ada", "text": "I study *words* :smile:",
                             "button": {"text": "Go", "url": "javascript:alert(1)"}}
    block.data["design"] = {"banner": {"filename": "wide.png"},
                            "biography": {"style": "position:fixed;color:red"}}
    assert section(page, "section-resume-biography") == (
        '<section id="section-resume-biography" class="lk-section lk-block-resume-biography">\n'
        '<div class="lk-bio-banner"><img src="png" alt=""></div>\n<div class="lk-bio">\n'
        '<div class="lk-bio-name">Ada Moreno</div>\n'
        + PROFILE.split("</div>\n", 2)[2]
        + ICONS + '<div class="lk-bio-text lk-prose"><div class="lk-bio-words" '
        'style="color:red">\nI study <em>words</em> 😄</div></div>\n'
        f'<a class="lk-bio-button" href="" target="_blank">{DOWNLOAD} Go</a>\n</div>\n'
        "</section>")


def test_a_missing_person_is_hugos_error(site):
    """`content.username` naming nobody: Hugo stops (errorf); check says so once, at the
    block's line, the preview draws an empty section; `admin` is the default name."""
    index = site / "content" / "_index.md"
    index.write_text(index.read_text(encoding="utf-8").replace(
        "      username: ada\n      button:", "      button:"), encoding="utf-8")
    page = home(site)
    assert section(page, "section-resume-biography") == (
        '<section id="section-resume-biography" class="lk-section lk-block-resume-biography">'
        "</section>")
    assert [str(p) for p in render.render_problems(page)] == [
        f"{index}:7: error: 'admin': no author page at content/authors/admin/ "
        "(content.username); Hugo stops the build, here the block shows nothing"]
    problems = check.check_page(lk.Site(site / "content"), index)
    assert [str(p) for p in problems if "admin" in p.message] == [
        f"{index}:7: error: 'admin': no author page at content/authors/admin/ "
        "(content.username); Hugo stops the build, here the block shows nothing"]


def test_biography_3_adds_interests_and_education(site):
    """The same profile with its status and icons, then content.text, then the interests
    (Markdown) and education (`area, year`, institution, the academic-cap icon); the page's
    own `id`."""
    cap = icon("academic-cap")
    assert section(home(site), "about") == (
        '<section id="about" class="lk-section lk-block-resume-biography-3">\n'
        '<div class="lk-bio3">\n<div class="lk-bio3-side">\n<div class="lk-bio lk-bio3-profile">'
        "\n" + PROFILE.replace("</div>\n<div class=\"lk-bio-name\">",
                               '</div>\n<div class="lk-bio3-title">\n<div class="lk-bio-name">')
        + "</div>\n" + ICONS + "</div>\n</div>\n"
        '<div class="lk-bio3-main">\n<div class="lk-bio3-text lk-prose"><div class="lk-bio-words">'
        "\nI study how <strong>children</strong> learn words.</div></div>\n"
        '<div class="lk-bio3-lists">\n<div><div class="lk-bio3-heading">Interests</div>\n'
        '<ul class="lk-bio3-interests">\n<li>Language <em>acquisition</em></li>\n'
        "<li>Speech corpora</li>\n</ul></div>\n"
        '<div><div class="lk-bio3-heading">Education</div>\n<ul class="lk-bio3-education">\n'
        f'<li>{cap}<div><p class="lk-bio3-course">PhD Linguistics, 2012</p>'
        '<p class="lk-bio3-school">Example University</p></div></li>\n'
        f'<li>{cap}<div><p class="lk-bio3-course">BA Mathematics, 2008</p>'
        '<p class="lk-bio3-school">Northern College</p></div></li>\n</ul></div>\n'
        "</div>\n</div>\n</div>\n</section>")


BRIEFCASE = ('<span class="lk-exp-dot"><svg class="lk-exp-icon" aria-hidden="true" '
             'viewBox="0 0 256 256" fill="currentColor"><path d="M216,56H176')
CAP = ('<span class="lk-exp-dot"><svg class="lk-exp-icon" aria-hidden="true" '
       'viewBox="0 0 256 256" fill="currentColor"><path d="M251.76')


def entries(html: str) -> list[str]:
    """Each timeline item as its text, its icon named, tags dropped (the icons' paths are the
    theme's, compared once in the first test)."""
    out = []
    for item in re.findall(r"<li><span class=\"lk-exp-dot\">(.*?)\n</li>", html, re.S):
        kind = "work" if "M216,56H176" in item else "education"
        text = re.sub(r"<svg.*?</svg>", "", item, flags=re.S)
        out.append(kind + ": " + " | ".join(
            part.strip() for part in re.split(r"<[^>]+>", text) if part.strip()))
    return out


def test_experience_is_work_then_education(site):
    """Position, company, `date_start – date_end` in design.date_format (an empty date_end is
    Present), the summary as Markdown, the item's button; the theme's icons."""
    html = section(home(site), "section-resume-experience")
    assert html.startswith(
        '<section id="section-resume-experience" class="lk-section lk-block-resume-experience">\n'
        '<div class="lk-exp">\n<div class="lk-exp-columns">\n<div class="lk-exp-part">\n'
        '<h3 class="lk-exp-heading">Experience</h3>\n<ol class="lk-exp-timeline">\n'
        f'<li>{BRIEFCASE}')
    assert html.count(BRIEFCASE) == 2 and html.count(CAP) == 2
    assert ('<h3 class="lk-exp-title">Professor</h3>\n<span class="lk-exp-place">Example '
            'University</span>\n<time class="lk-exp-time">Jan 2019 – Present</time>\n'
            '<div class="lk-exp-summary"><p>Leads the <strong>language</strong> group:</p>\n'
            "<ul>\n<li>two labs</li>\n<li>one corpus</li>\n</ul></div>\n</li>") in html
    assert ('<a class="lk-bio-button" href="https://example.org/thesis.pdf" target="_blank" '
            'rel="noopener"><svg class="lk-bio-button-icon"') in html
    assert entries(html) == [
        "work: Professor | Example University | Jan 2019 – Present | Leads the | language | "
        "group: | two labs | one corpus",
        "work: Lecturer | Northern College | Sep 2012 – Dec 2018 | Taught phonetics.",
        "education: PhD Linguistics | Example University | Sep 2008 – Jun 2012 | Thesis on | "
        "early word learning | . | Read Thesis",
        "education: BA Mathematics | Northern College | Sep 2004 – Jun 2008 | Minor in music."]


def test_experience_defaults_and_education_first(site):
    """`experience` is blox-tailwind's older name; the default date format is January 2006;
    no date_start: only the end; no work: no Experience part; is_education_first reverses."""
    author = site / "content" / "authors" / "ada" / "_index.md"
    text = author.read_text(encoding="utf-8")
    text = text.replace("    date_start: 2008-09-01\n", "")
    text = text[:text.index("work:")] + text[text.index("skills:"):]
    author.write_text(text, encoding="utf-8")
    index = site / "content" / "_index.md"
    index.write_text(index.read_text(encoding="utf-8").replace(
        "  - block: resume-experience\n", "  - block: experience\n    id: exp\n").replace(
        "      date_format: Jan 2006\n", "      is_education_first: true\n"), encoding="utf-8")
    html = section(home(site), "exp")
    assert html.startswith('<section id="exp" class="lk-section lk-block-resume-experience">\n'
                           '<div class="lk-exp">\n<div class="lk-exp-columns lk-exp-reverse">')
    assert "Experience" not in html
    assert entries(html) == [
        "education: PhD Linguistics | Example University | June 2012 | Thesis on | "
        "early word learning | . | Read Thesis",
        "education: BA Mathematics | Northern College | September 2004 – June 2008 | "
        "Minor in music."]


# ------------------------------------------------------------------ blox-bootstrap v5.9.7


@pytest.fixture
def bootstrap_site(tmp_path) -> Path:
    """tests/sites/blocks-b-bootstrap: experience, accomplishments and skills."""
    return make_site(tmp_path, "blocks-b-bootstrap")


def test_bootstrap_experience_is_cards_on_a_timeline(bootstrap_site):
    """content.items in their order: the heading beside the block (columns "2"), the text,
    a timeline badge filled while the job lasts and lines between the items, the logo from
    assets/media/icons/brands/ linked to company_url, title and company as Markdown, the dates
    always as "January 2006", location, description. As a real blox-bootstrap build draws it
    (`hugo build` of the fixture with the module replaced by v5.9.7)."""
    html = section(home(bootstrap_site), "section-experience")
    assert html == (
        '<section id="section-experience" class="lk-section home-section wg-experience '
        'lk-block-experience" '
        'aria-labelledby="section-experience-title">\n<div class="lk-container">\n'
        '<div class="lk-columns lk-columns-side">\n<div class="lk-section-heading '
        'section-heading">\n'
        '<h2 class="lk-block-title" id="section-experience-title">Experience</h2>\n'
        '<p class="lk-section-subtitle">Where I <em>worked</em></p></div>\n'
        '<div class="lk-column lk-column-8">\n'
        'Ten years of <strong>field</strong> work.<div class="lk-xp">\n'
        '<div class="lk-xp-line" aria-hidden="true"><span class="lk-xp-half"></span><span '
        'class="lk-xp-badge lk-xp-fill">&nbsp;</span><span class="lk-xp-half lk-xp-drawn">'
        '</span></div>\n<div class="lk-xp-body"><div class="lk-xp-card">\n'
        '<div class="lk-xp-logo-row"><div class="lk-xp-logo"><a href="https://example.org/lab/"'
        ' target="_blank" rel="noopener"><img src="svg" width="56" height="56" '
        'alt="Example Lab" loading="lazy"></a></div><div>\n'
        '<div class="lk-xp-title">Research Engineer</div>\n<div class="lk-xp-company"><a '
        'href="https://example.org/lab/" target="_blank" rel="noopener">Example Lab</a></div>\n'
        '<div class="lk-xp-meta">January 2021 – Present<span class="lk-xp-dot"></span><span>'
        "Lagos</span></div>\n</div></div>\n"
        '<div class="lk-xp-text"><p>Built the <em>sensor</em> network:</p>\n<ul>\n'
        "<li>forty stations</li>\n<li>one dashboard</li>\n</ul></div></div></div>\n</div>\n"
        '<div class="lk-xp">\n<div class="lk-xp-line" aria-hidden="true"><span '
        'class="lk-xp-half lk-xp-drawn"></span><span class="lk-xp-badge">&nbsp;</span><span '
        'class="lk-xp-half"></span></div>\n<div class="lk-xp-body"><div class="lk-xp-card">\n'
        '<div class="lk-xp-title">Intern</div>\n<div class="lk-xp-company">Northern Works</div>'
        '\n<div class="lk-xp-meta">June 2018 – September 2018</div>\n'
        '<div class="lk-xp-text">Soldered things.</div></div></div>\n</div>\n</div>\n</div>\n'
        "</div>\n</section>")


def test_bootstrap_experience_heading_and_its_errors(bootstrap_site):
    """No columns: the heading centred above; a number 2 is not "2" (Go compares strings),
    so the block stays full width under a side heading; a missing logo or start date stops
    Hugo: check says so."""
    page = home(bootstrap_site)
    block = page.sections[1]
    del block.data["design"]
    html = section(page, "section-experience")
    assert html.startswith(
        '<section id="section-experience" class="lk-section home-section wg-experience '
        'lk-block-experience" '
        'aria-labelledby="section-experience-title">\n<div class="lk-container">\n'
        '<div class="lk-columns">\n<div class="lk-section-heading section-heading">\n'
        '<h2 class="lk-block-title" id="section-experience-title">Experience</h2>')
    assert '<div class="lk-column">' in html
    block.data["design"] = {"columns": 2}
    assert ('<div class="lk-columns lk-columns-side">\n<div class="lk-section-heading '
            'section-heading">\n'
            '<h2 class="lk-block-title" id="section-experience-title">Experience</h2>'
            ) in section(page, "section-experience")
    assert '<div class="lk-column">' in section(page, "section-experience")
    items = block.data["content"]["items"]
    items[0]["company_logo"] = "nowhere"
    del items[1]["date_start"]
    index = bootstrap_site / "content" / "_index.md"
    assert [str(p) for p in render.render_problems(page)] == [  # the key's line, or its item's
        f"{index}:19: error: company_logo 'nowhere': no assets/media/icons/brands/nowhere.svg; "
        "Hugo stops the build",
        f"{index}:29: error: experience 'Intern': date_start is not a date; Hugo stops the "
        "build (time)"]
    # a file that is there (a real site's PNG named .svg) builds: only not shown here
    brands = bootstrap_site / "assets" / "media" / "icons" / "brands"
    brands.mkdir(parents=True, exist_ok=True)
    (brands / "nowhere.svg").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(24))
    items[1]["date_start"] = "2020-01-01"
    assert [str(p) for p in render.render_problems(page)] == [
        f"{index}:19: warning: icons/brands/nowhere.svg: nowhere.svg is not an SVG image; it "
        "is not shown"]


def test_skills_are_the_persons_groups(site):
    """blox-tailwind: the title and text above; each group's name, each skill's icon by its
    name, name, description, and a bar only with a percent, coloured by the group's color and
    color_border (as CSS the sanitiser keeps)."""
    assert section(home(site), "section-resume-skills") == (
        '<section id="section-resume-skills" class="lk-section lk-block-resume-skills">\n'
        '<div class="lk-skills-top">\n<div class="lk-skills-title">Skills &amp; <em>Hobbies</em>'
        '</div>\n<p>What I use most.</p></div>\n<div class="lk-skills">\n'
        '<div class="lk-skill-group">\n<div class="lk-skill-group-name">Technical</div>\n'
        f'<div class="lk-skill">\n<span class="lk-skill-icon">{icon("code-bracket")}</span> '
        '<span class="lk-skill-name">Python</span>\n<div class="lk-skill-bar"><div '
        'class="lk-skill-percent" style="width:80%"></div></div></div>\n'
        f'<div class="lk-skill">\n<span class="lk-skill-icon">{icon("chart-bar")}</span> '
        '<span class="lk-skill-name">R<p class="lk-skill-description">Statistics</p></span>\n'
        '<div class="lk-skill-bar"><div class="lk-skill-percent" style="width:100%"></div>'
        "</div></div>\n</div>\n"
        '<div class="lk-skill-group">\n<div class="lk-skill-group-name">Hobbies</div>\n'
        f'<div class="lk-skill">\n<span class="lk-skill-icon">{icon("camera")}</span> '
        '<span class="lk-skill-name">Photography</span>\n<div class="lk-skill-bar" '
        'style="border-color:#f0bf23"><div class="lk-skill-percent" '
        'style="width:60%;background-color:#eeac02"></div></div></div>\n'
        '<div class="lk-skill">\n<span class="lk-skill-name">Hiking</span>\n</div>\n</div>\n'
        "</div>\n</section>")


def test_a_skills_colour_cannot_fetch_or_escape(site):
    """A colour is CSS from the front matter: what the sanitiser refuses is left out, the
    rest stays escaped inside the attribute."""
    author = site / "content" / "authors" / "ada" / "_index.md"
    text = author.read_text(encoding="utf-8").replace(
        "color: '#eeac02'", "color: 'red; background-image: url(https://x.test/a.png)'")
    author.write_text(text.replace("color_border: '#f0bf23'", "color_border: '\"><b>'"),
                      encoding="utf-8")
    html = section(home(site), "section-resume-skills")
    assert "x.test" not in html and "<b>" not in html
    assert ('<div class="lk-skill-bar" style="border-color:&#34;&gt;&lt;b&gt;&#34;"><div '
            'class="lk-skill-percent" style="width:60%"></div></div>') in html


def test_bootstrap_skills_beside_the_heading(bootstrap_site):
    """blox-bootstrap: the heading beside (columns "2"), the text centred, group names with
    their description, Font Awesome icons by icon_pack, every skill a bar (100% without a
    percent)."""
    assert section(home(bootstrap_site), "section-skills") == (
        '<section id="section-skills" class="lk-section home-section wg-skills lk-block-skills" '
        'aria-labelledby="section-skills-title">\n<div class="lk-container">\n'
        '<div class="lk-columns lk-columns-side">\n<div class="lk-section-heading '
        'section-heading">\n'
        '<h2 class="lk-block-title" id="section-skills-title">Skills</h2>\n</div>\n'
        '<div class="lk-column lk-column-8">\n<div class="lk-skills-row">\n'
        '<div class="lk-skills-text">What I use.</div><div class="lk-skill-group">\n'
        '<div class="lk-skill-group-name">Technical<p>Daily tools</p></div>\n'
        f'<div class="lk-skill">\n<span class="lk-skill-icon">{icon("fab-python")}</span> '
        '<span class="lk-skill-name">Python<p class="lk-skill-description">Data work</p></span>'
        '\n<div class="lk-skill-bar"><div class="lk-skill-percent" style="width:80%"></div>'
        "</div></div>\n"
        f'<div class="lk-skill">\n<span class="lk-skill-icon">{icon("fas-microchip")}</span> '
        '<span class="lk-skill-name">Soldering</span>\n<div class="lk-skill-bar"><div '
        'class="lk-skill-percent" style="width:60%"></div></div></div>\n</div>\n'
        '<div class="lk-skill-group">\n<div class="lk-skill-group-name">Hobbies</div>\n'
        f'<div class="lk-skill">\n<span class="lk-skill-icon">{icon("fas-chess")}</span> '
        '<span class="lk-skill-name">Chess</span>\n<div class="lk-skill-bar" '
        'style="border-color:#f0bf23"><div class="lk-skill-percent" '
        'style="width:100%;background-color:#eeac02"></div></div></div>\n</div>\n'
        "</div>\n</div>\n</div>\n</div>\n</section>")


def test_accomplishments_newest_first(bootstrap_site):
    """content.items by date_start, newest first; the heading centred (columns "1"); the logo
    by `icon` (an organisation without one is looked up by its name and has none here), title
    linked with url, organisation with organization_url, dates in "Jan 2006", description,
    See certificate."""
    assert section(home(bootstrap_site), "section-accomplishments") == (
        '<section id="section-accomplishments" class="lk-section home-section wg-accomplishments '
        'lk-block-accomplishments" '
        'aria-labelledby="section-accomplishments-title">\n<div class="lk-container">\n'
        '<div class="lk-columns">\n<div class="lk-section-heading section-heading">\n'
        '<h2 class="lk-block-title" id="section-accomplishments-title">Accomplishments</h2>\n'
        '</div>\n<div class="lk-column">\nCourses I finished.\n<div class="lk-acc-card">\n'
        '<div class="lk-acc-title">Field Safety</div>\n<div class="lk-acc-meta">Northern Works'
        '<span class="lk-acc-dot"></span>May 2022</div>\n</div>\n<div class="lk-acc-card">\n'
        '<div class="lk-acc-logo-row"><div class="lk-acc-logo"><a '
        'href="https://example.org/online/" target="_blank" rel="noopener"><img src="svg" '
        'width="56" height="56" alt="Example Online" loading="lazy"></a></div><div>\n'
        '<a href="https://example.org/course/" target="_blank" rel="noopener"><div '
        'class="lk-acc-title">Signal Processing</div></a>\n<div class="lk-acc-meta"><a '
        'href="https://example.org/online/" target="_blank" rel="noopener">Example Online</a>'
        '<span class="lk-acc-dot"></span>Mar 2020 – Jun 2020</div>\n</div></div>\n'
        '<div class="lk-acc-text">Filters and <em>transforms</em>.</div>\n'
        '<a class="lk-acc-certificate" href="https://example.org/certificate/" target="_blank" '
        'rel="noopener">See certificate</a>\n</div>\n</div>\n</div>\n</div>\n</section>')


def test_accomplishments_date_format_and_unsafe_links(bootstrap_site):
    """content.date_format; javascript: URLs are no links; the logo found by the
    organisation's name (`Example Lab` -> example_lab.svg)."""
    media = bootstrap_site / "assets" / "media" / "icons" / "brands"
    (media / "example_lab.svg").write_bytes((media / "examplelab.svg").read_bytes())
    page = home(bootstrap_site)
    content = page.sections[2].data["content"]
    content["date_format"] = "2006-01"
    content["items"] = [{"title": "X", "organization": "Example Lab", "date_start": "2020-03-01",
                         "url": "javascript:alert(1)", "certificate_url": "javascript:x"}]
    html = section(page, "section-accomplishments")
    assert "javascript" not in html
    assert ('<img src="svg" width="56" height="56" alt="Example Lab" loading="lazy">') in html
    assert ('<div class="lk-acc-title">X</div>\n<div class="lk-acc-meta">Example Lab<span '
            'class="lk-acc-dot"></span>2020-03</div>') in html


def test_awards_are_cards(site):
    """Title and cards in the person's order (no date_start to sort by: Hugo's stable sort
    keeps them): the brand icon, title linked with url, awarder and date in January 2006, the
    summary as Markdown, See certificate; an award without url, date or summary."""
    arrow = ('<svg class="lk-award-arrow" aria-hidden="true" viewBox="0 0 18 18" fill="none">'
             '<path stroke="currentColor" stroke-linecap="round" stroke-linejoin="round" '
             'stroke-width="2" d="M15 11v4.833A1.166 1.166 0 0 1 13.833 17H2.167A1.167 1.167 0 '
             "0 1 1 15.833V4.167A1.166 1.166 0 0 1 2.167 3h4.618m4.447-2H17v5.768M9.111 "
             '8.889l7.778-7.778"/></svg>')
    assert section(home(site), "section-resume-awards") == (
        '<section id="section-resume-awards" class="lk-section lk-block-resume-awards">\n'
        '<div class="lk-awards">\n<div class="lk-awards-title">Awards</div>\n'
        '<div class="lk-awards-list">\n<div class="lk-award">\n'
        f'<div class="lk-award-icon">{icon("brands-github")}</div>\n'
        '<a href="https://example.org/award/" target="_blank" rel="noopener"><h5 '
        'class="lk-award-title">Early Career Award</h5></a>\n'
        '<div class="lk-award-meta">Example Society &#8729; June 2021</div>\n'
        '<div class="lk-award-summary">For work on <em>speech</em> corpora.</div>\n'
        '<a class="lk-award-certificate" href="https://example.org/certificate/" '
        f'target="_blank" rel="noopener">See certificate {arrow}</a>\n</div>\n'
        '<div class="lk-award">\n<h5 class="lk-award-title">Teaching Prize</h5>\n'
        '<div class="lk-award-meta">Northern College &#8729; March 2016</div>\n</div>\n'
        "</div>\n</div>\n</section>")


def test_awards_sorted_by_date_start_and_languages_as_rings(site):
    """With date_start the newest comes first; `awards` and `languages` are the older names;
    each language a ring of its percent (the template's 2 * 22/7 * 120 circumference)."""
    author = site / "content" / "authors" / "ada" / "_index.md"
    text = author.read_text(encoding="utf-8")
    text = text.replace("    date: '2021-06-01'\n", "    date_start: 2019-01-01\n").replace(
        "    date: '2016-03-15'\n", "    date_start: 2020-01-01\n")
    author.write_text(text, encoding="utf-8")
    index = site / "content" / "_index.md"
    index.write_text(index.read_text(encoding="utf-8").replace(
        "block: resume-awards", "block: awards").replace(
        "block: resume-languages", "block: languages"), encoding="utf-8")
    page = home(site)
    # the default id is the renamed type's (parse_block_v2: `section-<block_type>` after renames)
    html = section(page, "section-resume-awards")
    assert re.findall(r'<div class="lk-award-meta">(.*?)</div>', html) == [
        "Northern College &#8729; Present", "Example Society &#8729; Present"]
    assert section(page, "section-resume-languages") == (
        '<section id="section-resume-languages" class="lk-section lk-block-resume-languages">\n'
        '<div class="lk-languages-block">\n<div class="lk-languages-title">Languages</div>\n'
        '<div class="lk-language-list">\n<div class="lk-language">\n'
        '<div class="lk-language-ring"><svg viewBox="0 0 288 288" aria-hidden="true"><circle '
        'class="lk-language-track" cx="145" cy="145" r="120" stroke="currentColor" '
        'stroke-width="30" fill="transparent"/><circle class="lk-language-fill" cx="145" '
        'cy="145" r="120" stroke="currentColor" stroke-width="30" fill="transparent" '
        'style="stroke-dasharray:754.286;stroke-dashoffset:0.000"/></svg><span '
        'class="lk-language-percent">100%</span></div>\n'
        '<span class="lk-language-name">English</span>\n</div>\n<div class="lk-language">\n'
        '<div class="lk-language-ring"><svg viewBox="0 0 288 288" aria-hidden="true"><circle '
        'class="lk-language-track" cx="145" cy="145" r="120" stroke="currentColor" '
        'stroke-width="30" fill="transparent"/><circle class="lk-language-fill" cx="145" '
        'cy="145" r="120" stroke="currentColor" stroke-width="30" fill="transparent" '
        'style="stroke-dasharray:754.286;stroke-dashoffset:-188.571"/></svg><span '
        'class="lk-language-percent">75%</span></div>\n'
        '<span class="lk-language-name">Spanish</span>\n</div>\n</div>\n</div>\n</section>')


@pytest.mark.parametrize("name", ["blocks-b-tailwind", "blocks-b-bootstrap"])
def test_check_finds_nothing_to_say_on_the_fixture_sites(tmp_path, name):
    """Every block of both fixture sites is drawn: check no longer says "does not render
    yet", nor anything else."""
    folder = make_site(tmp_path, name)
    assert [str(p) for p in check.check_site(lk.Site(folder / "content"))] == []


def test_about_biography_is_the_bootstrap_profile(bootstrap_site):
    """blox-bootstrap's about.biography: the avatar, name, role (Markdown), organisations,
    `social` icons (mailto: as is, http(s) in a new tab), the title, the author page's
    content, interests and education.courses (course, year, institution)."""
    book, cap = icon("fas-book-open"), icon("fas-graduation-cap")
    assert section(home(bootstrap_site), "about") == (
        '<section id="about" class="lk-section home-section wg-about-biography '
        'lk-block-about-biography">\n'
        '<div class="lk-container">\n<div class="lk-about">\n'
        '<div class="lk-about-side"><div class="lk-about-profile">\n'
        '<img class="lk-about-avatar avatar" src="png" width="270" height="270" alt="Ben Okafor">\n'
        '<div class="lk-about-title portrait-title">\n<h2>Ben Okafor</h2>\n'
        "<h3>Research <em>Engineer</em></h3>\n"
        '<h3><a href="https://example.org/lab/" target="_blank" rel="noopener"><span>Example '
        "Lab</span></a></h3>\n</div>\n"
        '<ul class="lk-about-icons network-icon" aria-hidden="true">\n'
        f'<li><a href="mailto:ben@example.org" aria-label="envelope">{icon("envelope")}</a></li>'
        '\n<li><a href="https://github.com/example" target="_blank" rel="noopener" '
        f'aria-label="brands/github">{icon("brands-github")}</a></li>\n</ul>\n</div></div>\n'
        '<div class="lk-about-main">\n<h1>Biography</h1>\n'
        '<div class="lk-about-text lk-prose article-style"><p>Ben builds <strong>sensor '
        'networks</strong> for '
        "field research.</p>\n</div>\n"
        '<div class="lk-about-lists">\n<div class="lk-about-interests"><div '
        'class="lk-about-heading">Interests</div>\n<ul>\n'
        f"<li>{book}Sensor <em>networks</em></li>\n<li>{book}Low-power radios</li>\n</ul></div>\n"
        '<div class="lk-about-education"><div class="lk-about-heading">Education</div>\n<ul>\n'
        f'<li>{cap}<div><p class="lk-about-course">MSc Electronics, 2018</p><p '
        'class="lk-about-school">Example University</p></div></li>\n'
        f'<li>{cap}<div><p class="lk-about-course">BSc Physics</p><p class="lk-about-school">'
        "Northern College</p></div></li>\n</ul></div>\n</div>\n</div>\n</div>\n</div>\n"
        "</section>")


def test_about_avatar_is_the_centred_profile(bootstrap_site):
    """blox-bootstrap's about.avatar: the 150 px avatar with the status emoji, the name, role
    and organisations, the social icons, then content.text (one paragraph: no <p>)."""
    html = section(home(bootstrap_site), "avatar")
    assert html.startswith(
        '<section id="avatar" class="lk-section home-section wg-about-avatar '
        'lk-block-about-avatar">\n'
        '<div class="lk-container">\n<div class="lk-about-profile">\n'
        '<div class="lk-about-wrapper"><img class="lk-about-photo" src="png" width="150" '
        'height="150" alt="Ben Okafor"><span class="lk-about-status">📻</span></div>\n'
        '<div class="lk-about-title portrait-title">\n<h2>Ben Okafor</h2>\n<h3>Research <em>'
        'Engineer</em>'
        "</h3>\n")
    assert html.endswith(
        f'aria-label="brands/github">{icon("brands-github")}</a></li>\n</ul>\n'
        '<div class="lk-about-bio"><div class="lk-about-words lk-prose article-style">\n'
        "Ben answers e-mail on <em>Fridays</em>.</div></div>\n</div>\n</div>\n</section>")


def test_a_wowchemy_about_widget_shows_its_author_and_saves_as_it_was(bootstrap_site):
    """Wowchemy v5.5's `about` widget names its person by `author` (widgets/about.html):
    drawn, and the file's text after a render and a save is the file as it was."""
    home_dir = bootstrap_site / "content" / "home"
    home_dir.mkdir()
    (home_dir / "index.md").write_text("---\ntype: widget_page\n---\n", encoding="utf-8")
    about = home_dir / "about.md"
    about.write_text("---\nwidget: about\nauthor: admin\nweight: 10\n---\n", encoding="utf-8")
    page = lk.Site(bootstrap_site / "content").page("home/about.md")
    assert "<h2>Ben Okafor</h2>" in section(page, "about")
    assert page.to_text() == "---\nwidget: about\nauthor: admin\nweight: 10\n---\n"


def test_wowchemy_widget_files_of_experience_and_accomplishments(bootstrap_site):
    """Wowchemy v5.5's widget files: the items under `experience` and `item` at the top
    level, the file's own title beside them (two columns by default)."""
    home_dir = bootstrap_site / "content" / "home"
    home_dir.mkdir()
    (home_dir / "index.md").write_text("---\ntype: widget_page\n---\n", encoding="utf-8")
    (home_dir / "experience.md").write_text(
        "---\nwidget: experience\ntitle: Work\nweight: 10\nexperience:\n"
        "  - title: Fixer\n    company: Shop\n    date_start: '2019-02-01'\n---\n",
        encoding="utf-8")
    (home_dir / "accomplishments.md").write_text(
        "---\nwidget: accomplishments\ntitle: Courses\nweight: 20\ndate_format: '2006'\n"
        "item:\n  - title: Radio\n    organization: Club\n    date_start: '2015-05-01'\n---\n",
        encoding="utf-8")
    site = lk.Site(bootstrap_site / "content")
    experience = section(site.page("home/experience.md"), "experience")
    assert ('<div class="lk-columns lk-columns-side">\n<div class="lk-section-heading '
            'section-heading">\n'
            '<h2 class="lk-block-title" id="experience-title">Work</h2>\n</div>\n'
            '<div class="lk-column lk-column-8">') in experience
    assert entries_bs(experience) == ["Fixer | Shop | February 2019 – Present"]
    courses = section(site.page("home/accomplishments.md"), "accomplishments")
    assert ('<div class="lk-columns lk-columns-side">\n<div class="lk-section-heading '
            'section-heading">\n'
            '<h2 class="lk-block-title" id="accomplishments-title">Courses</h2>') in courses
    assert ('<div class="lk-acc-title">Radio</div>\n<div class="lk-acc-meta">Club<span '
            'class="lk-acc-dot"></span>2015</div>') in courses


def entries_bs(html: str) -> list[str]:
    """Each experience card as its text."""
    return [" | ".join(p.strip() for p in re.split(r"<[^>]+>", card) if p.strip())
            for card in re.findall(r'<div class="lk-xp-card">(.*?)</div></div>\n', html, re.S)]


def test_the_person_is_found_as_hugos_get_page_finds_it(site):
    """`/authors/<name>`: the bundle's _index.md or index.md, or authors/<name>.md; not a
    page deeper in someone's bundle; names compared in lower case."""
    from landingkit.people import author_page

    authors = site / "content" / "authors"
    (authors / "bo.md").write_text("---\ntitle: Bo Lind\n---\n", encoding="utf-8")
    (authors / "ada" / "talks").mkdir()
    (authors / "ada" / "talks" / "index.md").write_text("---\ntitle: Talks\n---\n",
                                                         encoding="utf-8")
    found = lk.Site(site / "content")
    assert [getattr(author_page(found, name, "en"), "name", None)
            for name in ("ada", "ADA", "bo", "talks", "nobody")] == [
        "Ada Moreno", "Ada Moreno", "Bo Lind", None, None]
