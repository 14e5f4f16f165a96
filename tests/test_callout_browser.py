"""The callout shortcode in the bootstrap look, in Chromium: a Bootstrap alert as blox-bootstrap
v5.9.7's elements/_callout.scss and widgets/_base.scss draw it (Academic v4.8's _root.scss
alike): light even in a dark section, its links in the text's colour with a 1 px rule under
them, and in a dark section its code in the initial colour, black. Seen on the May 2020
academic-kickstart, whose dark demo section holds an alert: before, white text on a grey box."""

from __future__ import annotations

from browser import open_page

from landingkit import Site, export_page

TEXT = ("{{% callout note %}}\n        See [the guide](https://example.org/) and `demo.md`.\n"
        "        {{% /callout %}}")
PAGE = f"""---
title: Lab
type: landing
sections:
  - block: markdown
    id: light
    content:
      text: |
        {TEXT}
  - block: markdown
    id: dark
    content:
      text: |
        {TEXT}
    design:
      background:
        color: '#006400'
        text_color_light: true
---
"""


def test_a_callout_is_a_light_alert_in_any_section(tmp_path, page):
    (tmp_path / "content" / "lab").mkdir(parents=True)
    (tmp_path / "hugo.yaml").write_text(
        "title: Lab\nmodule:\n  imports:\n    - path: github.com/HugoBlox/hugo-blox-builder/"
        "modules/blox-bootstrap/v5\n", encoding="utf-8")
    (tmp_path / "content" / "lab" / "index.md").write_text(PAGE, encoding="utf-8")
    out = export_page(Site(tmp_path).page("lab"), tmp_path / "lab.html")
    log = open_page(page, out)
    found = page.evaluate("""() => ['light', 'dark'].map(id => {
        const box = document.querySelector(`#${id} .lk-callout`);
        const s = getComputedStyle(box), a = getComputedStyle(box.querySelector('a'));
        const code = getComputedStyle(box.querySelector('code'));
        return [s.color, s.backgroundColor, s.borderTopColor, s.borderTopWidth, s.paddingTop,
                s.paddingLeft, s.borderTopLeftRadius, a.color, a.textDecorationLine,
                a.borderBottomWidth, code.color];
    })""")
    alert = ["rgb(18, 83, 126)", "rgb(246, 251, 254)", "rgb(25, 118, 210)", "1px", "12px",
             "20px", "4px", "rgb(18, 83, 126)", "none", "1px"]
    assert found == [[*alert, "rgb(232, 62, 140)"], [*alert, "rgb(0, 0, 0)"]]
    assert log.requests == [out.as_uri()]
