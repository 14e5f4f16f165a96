"""Team members however a site lists them: the `people` block (blox-bootstrap), the kit's
`team-showcase` (data/authors), and people read from every place a site keeps them.

Each expected list below was checked once by hand against a real Hugo build of the same
content with the theme it names (Hugo 0.168; the theme stays outside the repository, see
/work/shared/spec/real-theme-builds.md), with the commands in each test's docstring.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import landingkit as lk
from landingkit import blocks, groups, render
from landingkit.check import check_page

REPO = Path(__file__).resolve().parents[1]
TEAM = REPO / "content" / "people"
KIT = Path(__file__).resolve().parent / "kit_site"


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("LANDINGKIT_CACHE", str(tmp_path / "cache"))


def names(groups) -> list[tuple]:
    return [(group, [p.name for p in people]) for group, people in groups]


def body_of(page) -> str:
    return render.render_page(page, render.Embed())[1]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def headings(html: str) -> list[str]:
    return re.findall(r'<h3 class="lk-group-title">(.*?)</h3>', html)


def card_names(html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", name) for name in
            re.findall(r'<h3 class="lk-name">(.*?)</h3>', html)]


# ------------------------------------------------------------------ `people` (blox-bootstrap)

SAMPLE_TEAM = [
    ("Principal Investigators", ["Kofi Mensah", "Anlan Zhou"]),
    ("Researchers", ["Jiahe He", "Nadia Haddad", "Lukas Meier"]),
    ("Students", ["Hana Kobayashi", "Sofia Lindqvist", "Daniel Okafor", "Tomás Reyes"]),
    ("Alumni", ["Sofia Lindqvist", "Lukas Meier", "Tomás Varga"]),  # Varga: TOML front matter
]


def test_the_people_block_lists_each_group_in_the_themes_order(bootstrap_site):
    """Rules: blox-bootstrap v5.9.7 `layouts/partials/blocks/people.html` (every page of the
    `authors` section, `_index.md` included, whose `user_groups` has the group; `sort_by`
    default `Params.last_name`, blox-core v0.3.1 `get_sort_by_parameter`; Hugo's stable
    `sort`, a missing last name first). Jiahe He has no `last_name`: first among Researchers.

    Checked against Hugo with the theme:
        G="git --git-dir=THEME.git"   # HugoBlox/hugo-blox-builder
        $G archive modules/blox-bootstrap/v5.9.7:modules/blox-bootstrap | tar -x -C M/blox-bootstrap
        $G archive modules/blox-core/v0.3.1:modules/blox-core | tar -x -C M/blox-core
        $G archive modules/blox-seo/v0.2.2:modules/blox-seo | tar -x -C M/blox-seo
        # site S: content/people + content/authors of this repository, config/_default of
        # HugoBlox/theme-research-group with module.yaml importing blox-bootstrap/v5;
        # shims: outputs HTML only, layouts/shortcodes/table.html removed (getCSV), empty
        # layouts/partials/site_head.html and site_footer.html
        P=github.com/HugoBlox/hugo-blox-builder/modules
        R="$P/blox-bootstrap/v5->M/blox-bootstrap,$P/blox-core->M/blox-core"
        HUGO_MODULE_REPLACEMENTS="$R,$P/blox-seo->M/blox-seo" GOPROXY=off GOFLAGS=-mod=mod \\
            hugo build --source S --destination OUT
    OUT/people/index.html lists these headings and names, in this order.
    """
    page = lk.load(bootstrap_site / "people")
    assert names(page.groups()) == SAMPLE_TEAM
    assert [p.name for p in page.people()] == [n for _, group in SAMPLE_TEAM for n in group]
    html = body_of(page)
    assert headings(html) == [group for group, _ in SAMPLE_TEAM]
    assert card_names(html) == [n for _, group in SAMPLE_TEAM for n in group]


def test_a_person_without_an_avatar_gets_no_image_and_no_warning(bootstrap_site):
    """The theme draws no image when the bundle has no `*avatar*` image, and Hugo builds."""
    page = lk.load(bootstrap_site / "people")
    html = body_of(page)
    reyes = html[html.index('<a href="/authors/tomas-reyes/">') - 40:]
    reyes = reyes[:reyes.index("</li>")]
    assert "<img" not in reyes
    meier = html[html.index('<a href="/authors/lukas-meier/"><img'):]
    assert meier.startswith('<a href="/authors/lukas-meier/"><img class="lk-avatar avatar" '
                            'src="data:'
                            'image/jpeg;base64,')
    assert page.site.problems == []
    assert check_page(page.site, page.path) == []


def test_the_cards_show_what_design_show_says(bootstrap_site):
    """blox-bootstrap v5.9.7: role and interests by default, organisations and `social` icons
    only when asked; interests joined by commas."""
    path = bootstrap_site / "people" / "index.md"
    edit(path, "      show_organizations: false\n      show_interests: false\n",
         "      show_organizations: true\n      show_interests: true\n")
    edit(path, "      show_social: true\n", "      show_social: false\n")
    html = body_of(lk.load(path))
    haddad = html[html.index('<a href="/authors/nadia-haddad/">'):]
    haddad = haddad[:haddad.index("</li>")]
    assert re.sub(r'src="[^"]*"', 'src=""', haddad) == (
        '<a href="/authors/nadia-haddad/"><img class="lk-avatar avatar" src="" alt="Avatar" '
        'width="270" height="270" loading="lazy"></a><h3 class="lk-name">'
        '<a href="/authors/nadia-haddad/">Nadia Haddad</a></h3>\n'
        '<p class="lk-orgs">Example University</p>\n'
        '<p class="lk-role">Postdoctoral Researcher</p>\n'
        '<p class="lk-interests">Audio-visual learning, Speech recognition</p>\n')


def test_sort_by_and_order_follow_the_theme(bootstrap_site):
    """`Title` is a page method (kept as written), `first_name` becomes `Params.first_name`;
    `sort_ascending: false` reverses, equal values keep Hugo's default page order."""
    path = bootstrap_site / "people" / "index.md"
    edit(path, "sort_by: Params.last_name", "sort_by: first_name")
    assert names(lk.load(path).groups())[2] == (
        "Students", ["Daniel Okafor", "Hana Kobayashi", "Sofia Lindqvist", "Tomás Reyes"])
    edit(path, "sort_by: first_name\n      sort_ascending: true",
         "sort_by: Title\n      sort_ascending: false")
    assert names(lk.load(path).groups())[1] == (
        "Researchers", ["Nadia Haddad", "Lukas Meier", "Jiahe He"])
    edit(path, "sort_by: Title", "sort_by: Params.weight")  # Kofi and Anlan: weight 1 each
    assert names(lk.load(path).groups())[0] == (
        "Principal Investigators", ["Anlan Zhou", "Kofi Mensah"])


def test_headings_only_for_groups_with_people_when_there_are_several(bootstrap_site):
    path = bootstrap_site / "people" / "index.md"
    edit(path, "        - Students\n", "        - Visitors\n        - Nobody yet\n")
    page = lk.load(path)
    assert names(page.groups())[2:4] == [("Visitors", ["Elena Marchetti"]), ("Nobody yet", [])]
    assert headings(body_of(page)) == [
        "Principal Investigators", "Researchers", "Visitors", "Alumni"]
    edit(path, "        - Principal Investigators\n        - Researchers\n"
               "        - Visitors\n        - Nobody yet\n", "")
    page = lk.load(path)
    assert names(page.groups()) == [("Alumni", ["Sofia Lindqvist", "Lukas Meier",
                                                 "Tomás Varga"])]
    assert headings(body_of(page)) == []  # one group: no heading, as in the theme


# ------------------------------------------------------------------ which section


def test_a_section_is_the_block_its_index_or_its_id(bootstrap_site):
    """Two `people` blocks without an id are both `section-people` in Hugo: the id names the
    first, `section-people-2` (landingkit's unique id) or the index the second."""
    path = bootstrap_site / "people" / "index.md"
    text = path.read_text(encoding="utf-8")
    second = ("  - block: people\n    content:\n      title: Alumni\n"
              "      user_groups: [Alumni]\n---\n")
    path.write_text(text[:text.rindex("---\n")] + second, encoding="utf-8")
    page = lk.load(path)
    assert page.section_ids() == ["section-people", "section-people-2"]
    alumni = [("Alumni", ["Sofia Lindqvist", "Lukas Meier", "Tomás Varga"])]
    assert names(page.groups("section-people")) == SAMPLE_TEAM
    assert names(page.groups("section-people-2")) == alumni
    assert names(page.groups(1)) == names(page.groups(page.sections[1])) == alumni
    assert [p.name for p in page.people(-1)] == ["Sofia Lindqvist", "Lukas Meier",
                                                  "Tomás Varga"]


def test_a_block_that_shows_nobody_says_why():
    page = lk.load(REPO / "content" / "research" / "multimodal")
    with pytest.raises(lk.NoPeople) as caught:
        page.people(0)
    assert str(caught.value) == (
        f"{lk.errors.display_path(page.path)}:12: section 0 (#section-markdown) is a "
        "'markdown' block, which shows no people")
    with pytest.raises(KeyError, match="no section with id 'team'"):
        page.people("team")
    assert [p.name for p in page.people("members")][:2] == ["Anlan Zhou", "Daniel Okafor"]
    alone = lk.Page.load(REPO / "content" / "people" / "index.md")
    with pytest.raises(lk.NoPeople, match="loaded without its site"):
        alone.people()


def test_show_prints_each_group_and_its_people():
    done = subprocess.run([sys.executable, "-m", "landingkit.cli", "show", "content/people"],
                          cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[:7] == [
        "content/people/index.md [en]: People",
        "  #section-team-showcase (team-showcase) Meet the Team",
        "    Principal Investigators:",
        "      - Kofi Mensah: Professor and Group Leader",
        "      - Anlan Zhou: Professor and Group Leader",
        "    Researchers:",
        "      - Jiahe He: Research Professor"]
    assert done.stdout.splitlines()[-4:] == [
        "    Alumni:", "      - Sofia Lindqvist: MSc Student",
        "      - Lukas Meier: Research Scientist (PhD 2023)",
        "      - Tomás Varga: Alumnus, now at Example Robotics"]


# ------------------------------------------------------------------ `team-showcase` (kit)

KIT_TEAM = [
    ("Principal Investigators", ["Ada Okoye"]),
    ("Researchers", ["Chen Wei", "Bruno Salas"]),
    ("Students", ["Dara M. Quinn", "Eli Park"]),
    ("Alumni", ["Bruno Salas", "Fatima Zahra"]),
    ("Visitors", []),
]


def test_team_showcase_groups_and_their_own_sorts():
    """Rules: HugoBlox/kit `modules/blox/blox/team-showcase/block.html` (commit f107371d):
    people from data/authors, a group's own `sort_by` (`Params.` dropped) and
    `sort_ascending`, `graduation_year` and `weight` as numbers (`"2026"` too), the family
    name else the name's last word; sort keys `primary|family`.

    Checked against Hugo with the kit: modules/blox and modules/analytics extracted file by
    file (`git ls-tree -r` + `git cat-file blob`; three large data files the snapshot lacks
    replaced by `{}`), a copy of tests/kit_site with module.yaml importing
    github.com/HugoBlox/kit/modules/blox, an empty layouts/_partials/css.html (Tailwind is
    not installed), then
        P=github.com/HugoBlox/kit/modules
        HUGO_MODULE_REPLACEMENTS="$P/blox->K/blox,$P/analytics->K/analytics" \\
            GOPROXY=off GOFLAGS=-mod=mod hugo build --source S --destination OUT
    OUT/team/index.html: these headings and names in this order, no Visitors heading.
    """
    page = lk.load(KIT / "content" / "team")
    assert names(page.groups("team")) == KIT_TEAM
    html = body_of(page)
    assert headings(html) == [g for g, people in KIT_TEAM if people]
    assert card_names(html) == [n for _, people in KIT_TEAM for n in people]
    assert "No entries yet." not in html


def test_team_showcase_without_groups_shows_everyone():
    """The same build's OUT/everyone/index.html: by family name, then by weight (a missing
    weight sorts last, ties by family name)."""
    page = lk.load(KIT / "content" / "everyone")
    assert names(page.groups(0)) == [(None, ["Chen Wei", "Ada Okoye", "Eli Park",
                                             "Dara M. Quinn", "Bruno Salas", "Fatima Zahra"])]
    assert [p.name for p in page.people(1)] == ["Ada Okoye", "Chen Wei", "Eli Park",
                                                "Bruno Salas", "Dara M. Quinn", "Fatima Zahra"]
    assert headings(body_of(page)) == []


def test_team_showcase_cards_and_empty_groups(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(KIT, site)
    path = site / "content" / "team" / "index.md"
    edit(path, "      max_columns: 3\n", "      max_columns: 3\n      show_empty_groups: true\n")
    html = body_of(lk.load(path))
    assert headings(html)[-1] == "Visitors"
    assert html.count('<p class="lk-note">No entries yet.</p>') == 1
    chen = html[html.index('<a class="lk-photo" href="/authors/chen-wei/"'):]
    chen = chen[:chen.index("</li>")]
    assert chen == (  # no avatar: the given name's initial; no role: the first affiliation
        '<a class="lk-photo" href="/authors/chen-wei/" aria-label="Chen Wei"><span '
        'class="lk-avatar lk-avatar-missing" role="img" aria-label="Chen Wei (no photo)">W'
        '</span></a>\n<div class="lk-card-text">\n'
        '<h3 class="lk-name"><a href="/authors/chen-wei/">Chen Wei</a></h3>\n'
        '<div class="lk-affiliation">\n'
        '<p class="lk-role">Example Institute of Technology</p>\n'
        '<p class="lk-orgs">Example Institute of Technology</p>\n</div>\n</div>\n')
    ada = html[html.index('<h3 class="lk-name"><a href="/authors/ada-okoye/">'):]
    assert re.findall(r"<li>([^<]*)</li>", ada[:ada.index("</ul>")]) == [
        "Multimodal learning", "Video understanding"]  # max_interests: 2


# ------------------------------------------------------------------ `team-showcase` (blox-tailwind)


def card_of(html: str, slug: str, authors: str = "/authors/") -> str:
    """One card of a team-showcase, from its photo (or its text) to its end."""
    start = html.index(f'<h3 class="lk-name"><a href="{authors}{slug}/">')
    start = html.rindex('<li class="lk-card">\n', 0, start) + len('<li class="lk-card">\n')
    end = html.index("</div>\n</li>\n", start) + len("</div>\n")
    return re.sub(r'src="[^"]*"', 'src=""', html[start:end])


def test_the_sample_team_page_is_blox_tailwinds_team_showcase():
    """Rules: blox-tailwind v0.10.0 `blox/team-showcase/block.html`: the `people` block's loop
    and sort (the authors section's pages in each group, `Params.last_name`); a heading for a
    group with people when several are listed; a card of the `*avatar*` image (none without
    one), the name linked to the person's page, `role`, the bio, and `social` only (Kofi
    Mensah and Sofia Lindqvist write `profiles`: an empty row of links under its rule).

    Checked against Hugo with the theme (Hugo 0.168, Node 20):
        G="git --git-dir=THEME.git"   # HugoBlox/hugo-blox-builder
        # modules/blox-tailwind at v0.10.0 into M/blox-tailwind file by file (git ls-tree -r,
        # git cat-file blob; assets/dist/lib/plotly/plotly.min.js is not in the snapshot);
        # modules/blox-analytics at v0.2.0 into M/blox-analytics
        # shim: in M/blox-tailwind/hugo.yaml `includeFiles:` -> `files:` (removed in 0.153)
        # site S: config/, assets/, content/people and content/authors of this repository;
        # S/layouts/_partials/css.html a <link> to /tw.css (Hugo 0.168's css.TailwindCSS
        # needs Node >= 22), then tailwindcss v4.3.5's CLI over M/blox-tailwind/assets/css/
        # main.css (its imports made relative) with `@source "OUT/people/index.html"`
        P=github.com/HugoBlox/hugo-blox-builder/modules
        R="$P/blox-tailwind->M/blox-tailwind,$P/blox-analytics->M/blox-analytics"
        HUGO_MODULE_REPLACEMENTS="$R" GOPROXY=off GOFLAGS=-mod=mod \\
            hugo build --source S --destination OUT
        tailwindcss -i entry.css -o OUT/tw.css
    OUT/people/index.html: these headings and names in this order (blox-bootstrap's too),
    the same roles, bios and links; no photo for Tomás Reyes (nor, then, Daniel Okafor). The theme
    takes `github` and `google-scholar` (the `social` names; `icon_pack` is not read) from
    the hero pack, which has neither: it warns and draws its Hugo logo; landingkit writes
    the name. Chromium at 1280 px: 4 columns of 280 px, 32 px apart, the section 96 px from
    top and bottom; a 256 px photo band; name 20/28 px bold; role 16 px medium; bio 14/20 px;
    icons 20 px; group titles 24/32 px bold over a 1 px rule, cards 56 px below it; at 390 px
    one column of 358 px (tests/test_people_browser.py measures ours).
    """
    page = lk.load(TEAM)
    assert page.sections[0].type == "team-showcase"
    assert names(page.groups()) == SAMPLE_TEAM
    html = body_of(page)
    assert headings(html) == [group for group, _ in SAMPLE_TEAM]
    assert card_names(html) == [n for _, group in SAMPLE_TEAM for n in group]
    assert card_of(html, "kofi-mensah") == (
        '<a class="lk-photo" href="/authors/kofi-mensah/" aria-label="Kofi Mensah"><img '
        'class="lk-avatar" src="" alt="Kofi Mensah" loading="lazy"></a>\n'
        '<div class="lk-card-text">\n'
        '<h3 class="lk-name"><a href="/authors/kofi-mensah/">Kofi Mensah</a></h3>\n'
        '<div class="lk-affiliation">\n<p class="lk-role">Professor and Group Leader</p>\n'
        '</div>\n<ul class="lk-profiles">\n</ul>\n</div>\n')
    assert card_of(html, "jiahe-he").split('<p class="lk-bio">')[1] == (
        'Speech, audio and video together; audio-visual learning.</p>\n'
        '<ul class="lk-profiles">\n'
        '<li><a href="mailto:jiahe.he@example.edu" aria-label="envelope"><svg class="lk-icon" '
        'aria-hidden="true" focusable="false"><use href="#lk-icon-envelope"/></svg></a></li>\n'
        '<li><a href="https://github.com/example-jiahe" target="_blank" rel="noopener" '
        'aria-label="github"><span class="lk-icon-label">github</span></a></li>\n'
        '<li><a href="https://scholar.google.com/citations?user=EXAMPLE0004" target="_blank" '
        'rel="noopener" aria-label="google-scholar"><span class="lk-icon-label">google-scholar'
        '</span></a></li>\n</ul>\n</div>\n')
    assert card_of(html, "tomas-reyes").startswith(  # no photo, and nothing in its place
        '<div class="lk-card-text">\n'
        '<h3 class="lk-name"><a href="/authors/tomas-reyes/">Tomás Reyes</a></h3>\n')
    assert page.site.problems == []
    assert check_page(page.site, TEAM) == []


def test_the_tailwind_cards_show_what_design_show_says_read_with_default(tmp_site):
    """v0.10.0 reads each switch with `| default` (role and links on, organisations and
    interests off): a boolean as written, a non-empty string is true; the organisation is
    the first of `organizations`, under the role and only with it; three interests at most."""
    path = tmp_site / "people" / "index.md"
    edit(path, "      show_organizations: false\n      show_interests: false\n",
         "      show_organizations: true\n      show_interests: 'no'\n")
    edit(tmp_site / "authors" / "nadia-haddad" / "_index.md", "  - Speech recognition\n",
         "  - Speech recognition\n  - Lip reading\n  - Sign language\n")
    haddad = card_of(body_of(lk.load(path)), "nadia-haddad")
    assert haddad.split("</h3>\n")[1].split('<p class="lk-bio">')[0] == (
        '<div class="lk-affiliation">\n<p class="lk-role">Postdoctoral Researcher</p>\n'
        '<p class="lk-orgs">Example University</p>\n</div>\n')
    assert re.findall(r"<li>([^<]*)</li>", haddad) == [
        "Audio-visual learning", "Speech recognition", "Lip reading"]
    edit(path, "      show_role: true\n", "      show_role: false\n")
    edit(path, "      show_social: true\n", "      show_social: false\n")
    haddad = card_of(body_of(lk.load(path)), "nadia-haddad")
    assert "lk-affiliation" not in haddad and "lk-profiles" not in haddad
    assert "lk-interests" in haddad
    edit(path, "      show_social: false\n", "")  # unset: on
    assert '<ul class="lk-profiles">' in card_of(body_of(lk.load(path)), "nadia-haddad")


def test_the_tailwind_team_showcase_sorts_and_links_as_the_people_block(tmp_site):
    """The same `sort` as blox-bootstrap's people (`sort_ascending: false` reverses; a
    lower-case `sort_by` is a `Params.` key), names linked to `site.GetPage`'s RelPermalink
    (permalinks, base path) and a `social` link without a scheme made a site path."""
    path = tmp_site / "people" / "index.md"
    edit(path, "sort_by: Params.last_name\n      sort_ascending: true",
         "sort_by: first_name\n      sort_ascending: false")
    groups = names(lk.load(path).groups())
    assert groups[2] == (
        "Students", ["Tomás Reyes", "Sofia Lindqvist", "Hana Kobayashi", "Daniel Okafor"])
    # Jiahe He has no first_name: Hugo leaves him first, descending too (the v0.10.0 build
    # of test_the_sample_team_page_is_blox_tailwinds_team_showcase with these two lines)
    assert groups[1] == ("Researchers", ["Jiahe He", "Nadia Haddad", "Lukas Meier"])
    config = tmp_site.parent / "config" / "_default" / "hugo.yaml"
    edit(config, "baseURL: https://example.edu/\n",
         "baseURL: https://example.edu/lab/\npermalinks:\n  authors: /author/:slug/\n")
    edit(tmp_site / "authors" / "tomas-reyes" / "_index.md", "    link: https://scholar.",
         "    link: /files/reyes-cv.pdf\n  - icon: academic-cap\n    link: https://scholar.")
    html = body_of(lk.load(path))
    reyes = card_of(html, "tomas-reyes", "/lab/author/")
    assert re.findall(r'<li><a href="([^"]*)"( target="_blank")?', reyes)[0] == (
        "https://example.edu/lab/files/reyes-cv.pdf", ' target="_blank"')


def test_a_missing_string_compares_with_nothing_as_in_hugos_sort():
    """Hugo 0.168, six pages titled A..F (default order) with `k` None, None, "Mike",
    "Kilo", "Hotel", None and `n` 1, 3, 2 on A, B, C: `sort $p "Params.k" "asc"` gives
    A B E D C F and "desc" A B C D E F (a missing string is neither less nor greater: Go's
    sort.Stable leaves it); `sort $p "Params.n"` counts a missing number as 0: D E F A C B,
    and B C A D E F descending."""
    people = [lk.model.Person(t, t, Path(f"{t}.md")) for t in "ABCDEF"]
    k = dict(zip("ABCDEF", [None, None, "Mike", "Kilo", "Hotel", None]))
    n = {"A": 1, "B": 3, "C": 2}

    def order(values, ascending):
        ranked = groups.hugo_sort(people, lambda p: values.get(p.slug), ascending, "en")
        return "".join(p.slug for p in ranked)

    assert (order(k, True), order(k, False)) == ("ABEDCF", "ABCDEF")
    assert (order(n, True), order(n, False)) == ("DEFACB", "BCADEF")
    many = [lk.model.Person(str(i), str(i), Path(f"{i}.md")) for i in range(45)]
    keys = {str(i): (i * 7) % 11 for i in range(45)}  # a strict order: Python's stable sort
    assert groups.hugo_sort(many, lambda p: keys[p.slug], False, "en") == sorted(
        many, key=lambda p: keys[p.slug], reverse=True)


# ------------------------------------------------------------------ reading people


def test_people_of_data_authors_in_each_generations_names():
    site = lk.Site(KIT / "content")
    people = {p.slug: p for p in site.data_authors()}
    assert list(people) == ["ada-okoye", "bruno-salas", "chen-wei", "dara-quinn", "eli-park",
                            "fatima-zahra"]
    ada = people["ada-okoye"]
    assert (ada.name, ada.family_name, ada.role, ada.bio) == (
        "Ada Okoye", "Okoye", "Principal Investigator",
        "Leads the group's work on multimodal learning.")
    assert [(o.name, o.url) for o in ada.organizations] == [
        ("Example University", "https://example.edu/")]
    assert [(p.icon, p.url, p.label) for p in ada.profiles] == [
        ("at-symbol", "mailto:ada.okoye@example.edu", "E-mail"),
        ("brands/github", "https://github.com/example-aokoye", "")]
    assert ada.avatar == KIT / "assets" / "media" / "authors" / "ada-okoye.png"
    assert people["chen-wei"].avatar is None
    assert people["dara-quinn"].user_groups == ["Students"]  # one string, as the kit reads it
    assert people["dara-quinn"].graduation_year == 2026
    assert people["fatima-zahra"].name == "Fatima Zahra"  # the slug, humanized
    assert people["bruno-salas"].organizations[0].name == "Example University"


def test_content_authors_carry_the_cards_fields():
    site = lk.Site(REPO / "content")
    everyone = {p.slug: p for p in site.authors()}
    assert {"elena-marchetti", "lukas-meier", "nadia-haddad", "tomas-reyes"} <= set(everyone)
    haddad = everyone["nadia-haddad"]
    assert (haddad.origin, haddad.family_name, haddad.interests, haddad.user_groups) == (
        "list", "Haddad", ["Audio-visual learning", "Speech recognition"], ["Researchers"])
    assert [(p.icon, p.url) for p in haddad.profiles] == [
        ("envelope", "mailto:nadia.haddad@example.edu"),
        ("brands/github", "https://github.com/example-nhaddad")]
    assert "nadia-haddad" not in {p.slug for p in site.people()}  # a list page: no collection


def test_a_language_of_its_own_and_a_broken_person(tmp_path):
    """data/<lang>/authors/ is merged over data/authors/ (the kit's get_authors_data); a file
    that does not parse is reported with its line and the others are still shown."""
    site = tmp_path / "site"
    shutil.copytree(KIT, site)
    (site / "data" / "fr" / "authors").mkdir(parents=True)
    (site / "data" / "fr" / "authors" / "ada-okoye.yaml").write_text(
        "role: Chercheuse principale\nname:\n  display: Ada Okoye\n", encoding="utf-8")
    (site / "data" / "authors" / "broken.yaml").write_text(
        "name:\n  display: [Broken\nuser_groups: [Researchers]\n", encoding="utf-8")
    kit = lk.Site(site / "content")
    french = {p.slug: p for p in kit.data_authors("fr")}
    assert (french["ada-okoye"].role, french["ada-okoye"].family_name) == (
        "Chercheuse principale", "Okoye")  # name merged key by key: family kept
    assert "broken" not in french
    assert [(p.path.name, p.line, p.level) for p in kit.problems] == [
        ("broken.yaml", 3, "error")]
    assert names(kit.page(site / "content" / "team").groups())[1] == (
        "Researchers", ["Chen Wei", "Bruno Salas"])


# ------------------------------------------------------------------ collections over people


def test_collection_kinds_select_term_pages(tmp_site):
    """The kit's content-collection keeps `filters.kinds` (default `page`); `term` admits the
    authors' `_index.md` pages, which check then no longer reports as left out. (The sample's
    `collection`, blox-tailwind with no version named, takes regular pages alone.)"""
    path = tmp_site / "research" / "multimodal" / "index.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("block: collection\n    id: members",
                                 "block: content-collection\n    id: members"), encoding="utf-8")
    page = lk.load(path)
    members = page.section("members")
    assert "Elena Marchetti" not in [p.name for p in page.people(members)]
    members.filters.kinds = ["page", "term"]
    assert [p.name for p in page.people(members)][:3] == [
        "Anlan Zhou", "Daniel Okafor", "Elena Marchetti"]
    members.filters.kinds = "term"
    assert [p.name for p in page.people(members)] == ["Elena Marchetti"]
    page.save()
    assert "kinds: term" in path.read_text(encoding="utf-8")
    assert not [p for p in check_page(page.site, path) if "_index.md" in p.message]


def test_integer_dates_are_unix_seconds(tmp_site):
    """`date: 1` is 1970-01-01T00:00:01Z to Hugo and orders by that (newest first)."""
    for slug, date in (("anlan-zhou", "5"), ("jiahe-he", "1000000000"),
                       ("yutong-chen", "2001-09-09T01:46:41Z")):
        person = tmp_site / "authors" / slug / "index.md"
        edit(person, "---\n", f"---\ndate: {date}\n")
    page = lk.load(tmp_site / "research" / "multimodal")
    members = page.section("members")
    members.sort_by = "Date"
    assert [p.name for p in page.people(members)][:3] == [
        "Yutong Chen", "Jiahe He", "Anlan Zhou"]


# ------------------------------------------------------------------ the registry


def test_block_types_and_views_are_found_by_name():
    assert blocks.names() == [
        "about", "about.avatar", "about.biography", "accomplishments", "awards", "biography",
        "blank", "collection", "comparison-table", "contact", "contact-info",
        "content-collection", "cta-button-list", "cta-card", "cta-image-paragraph", "custom",
        "dev-hero", "experience", "faq", "featured", "features", "featurette", "focus-areas",
        "help-categories", "help-questions", "hero", "knowledge-categories", "languages",
        "logos", "markdown", "pages", "people", "portfolio", "pricing",
        "research-areas", "resume-awards", "resume-biography", "resume-biography-3",
        "resume-experience", "resume-languages", "resume-skills", "search-hero", "skills",
        "slider", "stats", "steps", "tag_cloud", "team-showcase", "tech-stack", "testimonials",
        "trending-questions"]
    assert blocks.find("content-collection") is blocks.find("collection")
    assert blocks.find("reading-list").name == blocks.GENERIC
    assert blocks.find(None).name == blocks.GENERIC
    assert blocks.views("tailwind") == ["article-grid", "card", "citation",
                                        "date-title-summary", "people-grid"]
    assert blocks.views("bootstrap") == ["card", "citation", "compact", "list", "masonry",
                                         "people-grid", "showcase"]
    assert blocks.view("compact", "tailwind") is None
    assert blocks.view("card", "bootstrap").look == "bootstrap"
    assert blocks.view("card", "tailwind").look == "tailwind"
    assert blocks.view("people-grid", "bootstrap").look is None
    assert [v for _, v in blocks.find("collection").schema.choices("content.sort_by")] == [
        "", "Title", "Weight", "last_name"]
    assert blocks.find("people").schema.option("design.show_social").default is False
    assert blocks.find("team-showcase").schema.option("design.show_social").default is True


def test_the_schema_is_what_check_checks(bootstrap_site):
    path = bootstrap_site / "people" / "index.md"
    edit(path, "      show_social: true\n", "      show_socal: true\n")
    edit(path, "      sort_ascending: true\n", "      sort_ascending: 'yes'\n")
    problems = [(p.line, p.level, p.message) for p in check_page(lk.Site(bootstrap_site), path)]
    assert problems == [
        (24, "warning", "sections[0].design.show_socal: unknown key (did you mean "
                        "'show_social'?); it is kept but has no effect"),
        (19, "error", "sections[0].content.sort_ascending: expected true or false, got "
                      "'yes'")]


def test_names_link_to_the_persons_page_as_the_site_makes_its_url(bootstrap_site):
    """blox-bootstrap links `site.GetPage "/authors/<slug>"`'s RelPermalink: the site's
    `permalinks.authors` (the research-group starter's `/author/:slug/`) under the base path."""
    config = bootstrap_site.parent / "config" / "_default" / "hugo.yaml"
    edit(config, "baseURL: https://example.edu/\n",
         "baseURL: https://example.edu/lab/\npermalinks:\n  authors: /author/:slug/\n")
    html = body_of(lk.load(bootstrap_site / "people"))
    assert '<h3 class="lk-name"><a href="/lab/author/tomas-reyes/">Tomás Reyes</a></h3>' in html


# ------------------------------------------------------------------ `widget: people` (Wowchemy)

WOWCHEMY = Path(__file__).resolve().parent / "wowchemy_site"


def test_the_people_widget_keeps_hugos_page_order():
    """Rules: Wowchemy v5.5.0 `wowchemy/layouts/partials/widgets/people.html` (the same from
    v5.2 to v5.7): no `sort_by`, each group in `site.Pages` order (weight, then date newest
    first, then title); a heading for a group with people when several are listed.

    Checked against Hugo with the theme:
        G="git --git-dir=THEME.git"; $G archive v5.5.0:wowchemy | tar -x -C W
        # shims: W/layouts/shortcodes/table.html removed (getCSV); in a copy S of
        # tests/wowchemy_site, module.yaml importing
        # github.com/wowchemy/wowchemy-hugo-modules/wowchemy/v5, an empty
        # layouts/partials/site_head.html, and layouts/_default/baseof.html without its
        # `data-wc-page-id="{{.File.UniqueID}}"` attribute
        HUGO_MODULE_REPLACEMENTS="github.com/wowchemy/wowchemy-hugo-modules/wowchemy/v5->W" \\
            GOPROXY=off GOFLAGS=-mod=mod hugo build --source S --destination OUT
    OUT/index.html: these headings and names in this order, no Alumni heading.
    """
    page = lk.Site(WOWCHEMY).page(WOWCHEMY / "content" / "en" / "home" / "people.md")
    assert names(page.groups()) == [
        ("Principal Investigators", ["Ana Ruiz"]),
        ("Researchers", ["Ben Cho", "Cleo Dubois"]),
        ("Grad Students", ["Dana Ito", "Aaron Zeller", "Cleo Dubois"]),
        ("Alumni", [])]
    html = body_of(page)
    assert re.findall(r'<h2 class="lk-block-title"[^>]*>(.*?)</h2>', html) == ["Meet the Team"]
    assert headings(html) == ["Principal Investigators", "Researchers", "Grad Students"]


def test_a_widget_file_saves_as_itself(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(WOWCHEMY, site)
    path = site / "content" / "en" / "home" / "people.md"
    before = path.read_text(encoding="utf-8")
    page = lk.Site(site / "content").page(path)
    assert page.to_text() == before
    block = page.sections[0]
    block.user_groups = [*block.user_groups[:3]]
    block.show_interests = True
    page.save()
    after = path.read_text(encoding="utf-8")
    assert "sections" not in after and "    - Alumni\n" not in after
    assert after == before.replace("    - Alumni\n", "").replace(
        "show_interests: false", "show_interests: true")


def test_check_reads_a_widget_file_as_its_block(tmp_path):
    site = tmp_path / "site"
    shutil.copytree(WOWCHEMY, site)
    path = site / "content" / "en" / "home" / "people.md"
    edit(path, "  show_role: true\n", "  show_rol: true\n")
    done = subprocess.run([sys.executable, "-m", "landingkit.cli", "check", "content"],
                          cwd=site, capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (0, (
        "content/en/home/people.md:21: warning: design.show_rol: unknown key (did you mean "
        "'show_role'?); it is kept but has no effect\n"))


def test_show_takes_a_widget_file():
    done = subprocess.run([sys.executable, "-m", "landingkit.cli", "show",
                           "tests/wowchemy_site/content/en/home/people.md"],
                          cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1:5] == [
        "  #people (people)", "    Principal Investigators:",
        "      - Ana Ruiz: Professor", "    Researchers:"]
