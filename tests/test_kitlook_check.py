"""`landingkit check` holds a block to the keys of the site's own generation: the same
`team-showcase` front matter on a blox-tailwind v0.10.0 site and on a kit site.

What each theme does with the values (the specification):
- blox-tailwind v0.10.0 `blox/team-showcase/block.html`: `range $block.content.user_groups`
  (Hugo 0.168 stops on a string: "range can't iterate over Researchers"), the switches and
  `sort_ascending` through `| default` then `if` / `cond` (any value builds; "no" is true);
  no `max_columns`, `max_interests`, `show_empty_groups` or `align`.
- the kit (HugoBlox/kit f107371d) `modules/blox/blox/team-showcase/block.html`: a string, a
  list or a mapping of groups; switches and counts through `functions/coerce_bool` ("yes",
  "off", 1, ...) and `coerce_int` ("2", 2.5), anything else as the default.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import landingkit as lk

SITES = Path(__file__).resolve().parent / "sites"

TAILWIND = """\
content/team/index.md:8: error: sections[0].content.user_groups: expected a list, got \
'Researchers'
content/team/index.md:10: warning: sections[0].content.sort_ascending: expected true or \
false, got 'no'; the theme reads it as true
content/team/index.md:12: warning: sections[0].design.show_role: expected true or false, got \
'yes'; the theme reads it as true
content/team/index.md:15: warning: sections[0].design.max_columns: unknown key (did you mean \
'columns'?); it is kept but has no effect
"""
KIT = """\
content/team/index.md:13: warning: sections[0].design.show_empty_groups: expected true or \
false (or yes/no, on/off, 1/0), got 'maybe'; the theme reads it as false
content/team/index.md:14: warning: sections[0].design.max_interests: expected a whole \
number, got 'two'; the theme reads it as 3
"""


def check(site: str, *paths: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "landingkit.cli", "check", *paths],
                          cwd=SITES / site, capture_output=True, text=True,
                          env={**os.environ, "COLUMNS": "200"})


@pytest.mark.parametrize(("site", "expected", "summary", "code"), [
    ("kitlook-tailwind", TAILWIND, "1 error, 3 warnings\n", 1),
    ("kitlook-kit", KIT, "0 errors, 2 warnings\n", 0),
])
def test_the_same_team_showcase_is_checked_as_its_generation_reads_it(site, expected, summary,
                                                                      code):
    result = check(site, "content")  # its team page says it all; content/people nothing
    assert (result.stdout, result.stderr, result.returncode) == (expected, summary, code)


@pytest.mark.parametrize("site", ["kitlook-tailwind", "kitlook-kit"])
def test_a_team_page_that_builds_as_meant_gets_no_message(site):
    # kit: show_role: off, "false", "2", 2.5, a group mapping; blox-tailwind: plain booleans
    result = check(site, "content/people")
    assert (result.stdout, result.stderr, result.returncode) == ("", "0 errors, 0 warnings\n", 0)


@pytest.mark.parametrize(("site", "sorts", "switches"), [
    ("kitlook-tailwind", ["Last name (default)", "Title", "Weight", "Role",
                          "Last name (as in the file)"],
     {"show_role": False, "show_organizations": True, "show_interests": False,
      "show_social": True}),
    ("kitlook-kit", ["Family name (default)", "Weight", "Name", "Role"],
     {"show_social": True, "show_interests": False, "show_role": False,
      "show_organizations": True, "show_empty_groups": True}),
])
def test_the_editor_offers_the_generations_choices(site, sorts, switches):
    """The sorts the generation's README lists that someone can be sorted by, and its
    switches as its theme reads the file's values (the kit: `off`, "yes")."""
    ed = lk.edit(lk.load(SITES / site / "content/people"))
    try:
        assert [label for label, _ in ed.control("Sort by").options] == sorts
        assert {name: ed.control(name).value for name in switches} == switches
    finally:
        ed.close()
