"""The site's configuration, read as Hugo reads it: checked against `hugo config` itself."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

import pytest
from hugo_tools import empty_modules, hugo_binary

import landingkit as lk
from landingkit.config import MenuEntry, read_config

REPO = Path(__file__).resolve().parents[1]


def hugo_config(site: Path, lang: str | None = None) -> dict:
    """Hugo's own merge of the site's configuration (keys lower-case)."""
    cmd = [str(hugo_binary()), "config", "--format", "json", "--source", str(site)]
    with tempfile.TemporaryDirectory() as empty:
        done = subprocess.run(cmd + (["--lang", lang] if lang else []), capture_output=True,
                              text=True, check=True, timeout=120,
                              env=empty_modules(site, Path(empty)))
    return json.loads(done.stdout)


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "content").mkdir(exist_ok=True)
    return folder


SPLIT = {
    "hugo.toml": "title = 'Root'\nbaseURL = 'https://x.edu/lm/'\n[params]\na = 'root'\n"
                 "b = 'root'\n",
    "config/_default/hugo.yaml": "title: Dir\ncopyright: '© dir'\n",
    "config/_default/params.yaml": "a: dir\nc: dir\n",
    "config/production/params.yaml": "c: production\n",
    "config/_default/languages.toml": "[en]\nlanguageName = 'English'\nweight = 1\n"
                                      "[ja]\nlanguageName = '日本語'\nweight = 2\n"
                                      "title = 'ラボ'\ncontentDir = 'content/ja'\n",
    "config/_default/menus.yaml": "main:\n  - Name: Home\n    URL: /\n    weight: 2\n"
                                  "  - name: About\n    url: /about/\n    weight: 1\n",
    "config/_default/menus.ja.yaml": "main:\n  - name: ホーム\n    url: /ja/\n",
}


def test_a_split_configuration_merges_as_hugo_merges_it(tmp_path):
    site = write(tmp_path, SPLIT)
    ours, hugo = read_config(site), hugo_config(site)
    for key in ("title", "copyright", "baseurl", "params", "menus"):
        assert ours.data[key] == hugo[key], key
    assert {code: {k: v for k, v in lang.items() if k != "menus"}
            for code, lang in ours.data["languages"].items()} == {
        "en": {"languagename": "English", "weight": 1},
        "ja": {"languagename": "日本語", "weight": 2, "title": "ラボ", "contentdir": "content/ja"}}
    ja = hugo_config(site, "ja")
    assert (ours.title("ja"), ours.get("contentdir", lang="ja")) == (ja["title"], ja["contentdir"])
    assert [e.name for e in ours.menu("ja")] == [e["name"] for e in ja["menus"]["main"]]


def test_languages_menus_and_base_path_of_a_split_configuration(tmp_path):
    site = lk.Site(write(tmp_path, SPLIT) / "content")
    assert list(site.languages) == ["en", "ja"]
    assert site.languages["ja"].content_dir == tmp_path / "content" / "ja"
    assert site.base_path == "/lm/"
    assert site.menu() == [MenuEntry("About", "/about/", 1, "About"),
                           MenuEntry("Home", "/", 2, "Home")]
    assert site.menu("ja") == [MenuEntry("ホーム", "/ja/", 0, "ホーム")]
    assert site.config.copyright("en") == "© dir"


def test_the_sample_site_reads_its_config_folder():
    site = lk.Site(REPO / "content")
    hugo = hugo_config(REPO)
    assert site.folder == REPO
    assert [lang.code for lang in site.languages.values()] == ["en", "zh"]
    assert site.config.title() == hugo["title"] == "Example Research Centre"
    assert site.config.title("zh") == hugo_config(REPO, "zh")["title"] == "示例研究中心"
    assert [(e.name, [c.name for c in e.children]) for e in site.menu("en")] == [
        ("Home", []), ("Research", ["Vision"]), ("People", []), ("News", [])]
    assert [e.name for e in site.menu("zh")] == ["首页", "研究"]
    assert site.config.copyright() == hugo["params"]["footer"]["copyright"]["notice"]
    zh = hugo_config(REPO, "zh")["params"]["header"]["navbar"]  # the language's params, deep
    assert site.config.params("zh")["header"]["navbar"] == zh == {
        "enable": True, "logo": {"text": "示例研究中心"}, "show_day_night": True,
        "show_language": True}


def test_the_theme_modules_params_are_under_the_sites(tmp_path):
    """Every generation's module configuration sets `params.locale` (blox-tailwind v0.3.1
    hugo.yaml: date_format 'Jan 2, 2006'), which Hugo merges under the site's own."""
    site = write(tmp_path, {"hugo.yaml": (
        "module:\n  imports:\n    - path: github.com/HugoBlox/hugo-blox-builder/modules/"
        "blox-tailwind\nparams:\n  locale:\n    time_format: '15:04'\n")})
    assert lk.Site(site).config.params()["locale"] == {
        "date_format": "Jan 2, 2006", "time_format": "15:04", "address_format": "en-us"}
    (site / "hugo.yaml").write_text("params:\n  locale:\n    time_format: '15:04'\n")
    assert lk.Site(site).config.params()["locale"] == {"time_format": "15:04"}  # no theme


TAILWIND = "github.com/HugoBlox/hugo-blox-builder/modules/blox-tailwind"


def _leaves(value, path=()):
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _leaves(inner, (*path, key))
    else:
        yield path


def _at(value, path):
    for part in path:
        value = value.get(part) if isinstance(value, dict) else None
    return value


@pytest.mark.parametrize("merge", [None, "none", "shallow", "deep"])
def test_the_theme_modules_markup_is_merged_as_the_sites_merge_says(tmp_path, merge):
    """A module whose configuration is THEME_MARKUP's blox-tailwind markup, and a site of its
    own markup with each `_merge`: every key either sets is what `hugo config` has."""
    import os

    import yaml

    from landingkit.config import THEME_MARKUP

    module = write(tmp_path / "module", {
        "hugo.yaml": yaml.safe_dump({"markup": THEME_MARKUP["blox-tailwind"]}),
        "go.mod": f"module {TAILWIND}\n"})
    own = {"highlight": {"style": "vs"}, "goldmark": {"parser": {"autoheadingid": False}}}
    if merge:
        own["_merge"] = merge
    site = write(tmp_path / "site", {"hugo.yaml": yaml.safe_dump(
        {"module": {"imports": [{"path": TAILWIND}]}, "markup": own})})
    plain = write(tmp_path / "plain", {"hugo.yaml": "title: x\n"})
    env = {**os.environ, "GOPROXY": "off", "HUGO_MODULE_REPLACEMENTS": f"{TAILWIND}->{module}"}
    cmd = [str(hugo_binary()), "config", "--format", "json", "--source"]
    hugo, default = (json.loads(subprocess.run([*cmd, str(folder)], capture_output=True,
                                               text=True, check=True, timeout=120,
                                               env=env).stdout)["markup"]
                     for folder in (site, plain))
    ours = lk.Site(site).config.markup
    paths = {*_leaves(THEME_MARKUP["blox-tailwind"]), *_leaves(own)} - {("_merge",)}
    got = {path: _at(ours, path) if _at(ours, path) is not None else _at(default, path)
           for path in paths}
    # Hugo's JSON leaves out what is false or empty
    assert {p: v or None for p, v in got.items()} == {p: _at(hugo, p) or None for p in paths}
    assert "_merge" not in ours and (_at(ours, ("highlight", "noclasses")) is False) == (
        merge == "deep")


@pytest.mark.parametrize(("version", "passthrough"), [("v0.2.0", False), ("v0.3.1", True),
                                                     ("v0.10.0", True)])
def test_blox_tailwind_before_v0_3_brings_no_passthrough(tmp_path, version, passthrough):
    """blox-tailwind v0.1.0 config.yaml and v0.2.0 hugo.yaml set no goldmark extensions;
    v0.3.0 on set passthrough and the extras. The version is the one go.mod requires."""
    site = write(tmp_path, {"hugo.yaml": f"markup:\n  _merge: deep\nmodule:\n  imports:\n"
                                         f"    - path: {TAILWIND}\n",
                            "go.mod": f"module x\n\nrequire {TAILWIND} {version}\n"})
    markup = lk.Site(site).config.markup
    assert ("extensions" in markup["goldmark"]) is passthrough
    assert markup["highlight"]["noclasses"] is False


@pytest.mark.parametrize(("name", "text", "line", "message"), [
    ("hugo.toml", "title = 'x'\nbaseURL = \n", 2, "Invalid value"),
    ("hugo.yaml", 'title: "x\nbad: 1\n', 1, "found unexpected end of stream"),
    ("hugo.json", '{"title": "x",\n}', 2, "Expecting property name enclosed in double quotes"),
])
def test_a_broken_configuration_file_names_its_line(tmp_path, name, text, line, message):
    write(tmp_path, {name: text})
    with pytest.raises(lk.LandingkitError) as caught:
        lk.Site(tmp_path / "content")
    assert (caught.value.path, caught.value.line) == (tmp_path / name, line)
    assert caught.value.message == f"cannot read the Hugo configuration: {message}"
