"""Export: the standalone document, golden HTML, site folders, the command line."""

from __future__ import annotations

import base64
import difflib
import hashlib
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

import landingkit as lk
from landingkit import export, images
from landingkit.errors import Problem

REPO = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).resolve().parent / "golden"
HOSTILE = Path(__file__).resolve().parent / "hostile"
SAMPLE = REPO / "content" / "research" / "multimodal"


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("LANDINGKIT_CACHE", str(tmp_path / "cache"))


def hostile_site(tmp_path: Path) -> Path:
    """The hostile corpus under tmp_path/site, with links that lead out of the site folder."""
    site = tmp_path / "site"
    shutil.copytree(HOSTILE, site)
    secret = tmp_path / "outside.png"
    Image.new("RGB", (64, 64), (1, 2, 3)).save(secret)
    (site / "content" / "research" / "hostile" / "leak.png").symlink_to(secret)
    (site / "content" / "authors" / "trent" / "avatar.png").symlink_to(secret)
    return site


def assert_golden(name: str, text: str) -> None:
    """Compare with tests/golden/<name>; UPDATE_GOLDEN=1 writes it instead."""
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    expected = path.read_text(encoding="utf-8") if path.exists() else ""
    if text != expected:
        diff = "".join(difflib.unified_diff(
            expected.splitlines(keepends=True), text.splitlines(keepends=True),
            f"tests/golden/{name}", "rendered now"))
        pytest.fail(f"{name} differs from the golden file (UPDATE_GOLDEN=1 regenerates it "
                    f"after a deliberate change):\n{diff}", pytrace=False)


# ------------------------------------------------------------------ golden HTML


@pytest.mark.parametrize(("name", "bundle", "lang"), [
    ("multimodal.en.html", "research/multimodal", "en"),
    ("multimodal.zh.html", "research/multimodal", "zh"),
    ("vision.en.html", "research/vision", "en"),
])
def test_sample_pages_match_their_golden_html(tmp_path, name, bundle, lang):
    page = lk.Site(REPO / "content").page(bundle, lang)
    html = export.page_document(page, assets_dir=tmp_path / "media", html_dir=tmp_path)
    assert_golden(name, html)
    for src in re.findall(r'<img [^>]*src="media/([^"]+)"', html):
        assert (tmp_path / "media" / src).is_file()


def test_hostile_page_matches_its_golden_html(tmp_path):
    site = hostile_site(tmp_path)
    page = lk.load(site / "content" / "research" / "hostile")
    html = export.page_document(page, assets_dir=tmp_path / "media", html_dir=tmp_path)
    assert_golden("hostile.html", html)


# ------------------------------------------------------------------ one page


def test_a_page_is_one_self_contained_file(tmp_path):
    out = export.export_page(lk.load(SAMPLE), tmp_path / "out" / "page.html")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["page.html"]
    html = out.read_text(encoding="utf-8")
    sources = re.findall(r'\b(?:src|href)="([^"]*)"', html)
    loaded = re.findall(r'<img [^>]*src="([^"]*)"', html)
    assert [s[:22] for s in loaded] == (["data:image/jpeg;base64"] * 4
                                        + ["data:image/png;base64,"] * 5)
    # the language switch (navbar and footer) links to the Chinese page's file beside it
    assert [s for s in sources if not s.startswith(("data:", "#", "https://", "mailto:"))] == [
        "multimodal.zh.html", "multimodal.zh.html"]
    assert "<link" not in html and "<script" not in html
    assert re.findall(r"url\((.{22})", html) == ['data:font/woff2;base64']  # Inter, embedded
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)[1]
    css = re.search(r"<style>(.*?)</style>", html, re.S)[1]
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    assert csp == (f"default-src 'none'; img-src data:; font-src data:; "
                   f"style-src 'sha256-{digest}'; style-src-attr 'unsafe-inline'; "
                   "base-uri 'none'; form-action 'none'")


def test_embedded_images_have_sensible_sizes(tmp_path):
    html = lk.load(SAMPLE).to_html()
    sizes = {}
    for src, alt in re.findall(r'<img [^>]*src="data:image/[a-z]+;base64,([^"]+)" alt="([^"]*)"',
                               html):
        sizes[alt] = Image.open(io.BytesIO(base64.b64decode(src))).size
    assert sizes == {"Anlan Zhou": (300, 300), "Daniel Okafor": (300, 300),
                     "Jiahe He": (300, 300), "Mingyuan Lu": (300, 300),
                     "Shuqing Wang": (300, 300), "Yutong Chen": (300, 300),
                     "VideoMAE": (1200, 600), "VideoChat": (1200, 600),
                     "InternVideo": (1200, 600)}


def test_to_html_is_what_export_page_writes_and_is_deterministic(tmp_path):
    out = export.export_page(lk.load(SAMPLE), tmp_path / "a.html")
    assert out.read_bytes() == lk.load(SAMPLE).to_html().encode("utf-8")
    images._memo.clear()  # cards live in each Site's cache: a new Site starts without
    export.export_page(lk.load(SAMPLE), tmp_path / "b.html")
    assert (tmp_path / "b.html").read_bytes() == out.read_bytes()


def test_assets_writes_images_beside_the_html(tmp_path):
    out = export.export_page(lk.load(SAMPLE), tmp_path / "out" / "page.html", assets=True)
    html = out.read_text(encoding="utf-8")
    srcs = re.findall(r'<img [^>]*src="([^"]*)"', html)
    assert srcs == sorted(srcs, key=srcs.index)  # document order, as written
    assert {s.split("/")[0] for s in srcs} == {"media"}
    assert sorted(p.name for p in (tmp_path / "out" / "media").iterdir()) == sorted(
        s.removeprefix("media/") for s in srcs)
    assert "img-src 'self' data:;" in html


# ------------------------------------------------------------------ a whole site


def test_site_export_writes_one_file_per_page_and_language(tmp_path):
    site = lk.Site(REPO / "content")
    written = export.export_site(site, tmp_path / "build", progress=False)
    build = tmp_path / "build"
    assert [p.relative_to(build).as_posix() for p in written] == [
        "index.html", "people/index.html", "research/multimodal/index.html",
        "research/vision/index.html", "zh/research/multimodal/index.html"]
    media = sorted(p.name for p in (build / "media").iterdir())
    referenced = set()
    for page in written:
        html = page.read_text(encoding="utf-8")
        for src in re.findall(r'<img [^>]*src="([^"]*)"', html):
            assert (page.parent / src).resolve().is_file(), src
            depth = len(page.relative_to(build).parts) - 1
            assert src.startswith("../" * depth + "media/"), src
            referenced.add(src.rsplit("/", 1)[1])
    assert media == sorted(referenced)  # every file used, each written once
    stems = sorted(re.sub(r"-[0-9a-f]{12}(-a)?\.(png|jpg)$", r"\1", name) for name in media)
    assert stems == sorted([
        "anlan-zhou-a", "beatriz-almeida-a", "emile-durand-a", "jiahe-he-a", "mingyuan-lu-a",
        "shuqing-wang-a", "yutong-chen-a", "daniel-okafor-a", "internvideo", "videochat",
        "videomae", "depth", "scenegraph", "tracking",  # and the people page's (Tomás Reyes
        # has none)
        "hana-kobayashi-a", "kofi-mensah-a", "lukas-meier-a", "nadia-haddad-a",
        "sofia-lindqvist-a", "tomas-varga-a",
        "featured", "featured"])  # the home page's research groups


@pytest.fixture
def fresh_caches():
    """In-process caches emptied before (as in a new process) and after the test."""
    images._memo.clear()  # cards live in each Site's cache: a new Site starts without
    yield
    images._memo.clear()  # cards live in each Site's cache: a new Site starts without


def test_a_second_site_export_does_not_process_images_again(tmp_path, fresh_caches):
    site = lk.Site(REPO / "content")
    export.export_site(site, tmp_path / "one", progress=False)
    cache = images.cache_dir() / images.CACHE_VERSION
    entries = {p: p.stat().st_mtime_ns for p in cache.rglob("*") if p.is_file()}
    made = sorted(p.name.split("-")[1] for p in entries if p.suffix != ".meta")
    assert made == ["avatar.jpg"] * 7 + [
        "avatar.png"] * 7  # avatars are cropped; content images of 1200 px are kept as is
    # what became of each image (14 avatars, 8 content images: 6 in the research pages' text,
    # their 2 featured images), so Pillow is not needed again
    assert sorted(p.name.split("-")[1] for p in entries if p.suffix == ".meta") == [
        "avatar.meta"] * 14 + ["content.meta"] * 8
    # A marker in the cache shows that the second export reads it instead of Pillow's output.
    first = next(p for p in sorted(entries) if p.name.endswith(".png"))
    Image.new("RGB", (300, 300), (0, 255, 0)).save(first)
    marker = first.read_bytes()
    images._memo.clear()  # cards live in each Site's cache: a new Site starts without
    export.export_site(lk.Site(REPO / "content"), tmp_path / "two", progress=False)
    assert {p for p in cache.rglob("*") if p.is_file()} == set(entries)
    copies = [p.name for p in (tmp_path / "two" / "media").iterdir()
              if p.read_bytes() == marker]
    digest = first.name.split("-")[0]
    assert len(copies) == 1 and copies[0].endswith(f"-{digest[:12]}-a.png"), copies


def test_progress_bar_on_a_terminal(tmp_path):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    stream = Terminal()
    export.export_site(lk.Site(REPO / "content"), tmp_path / "b", progress=stream)
    frames = stream.getvalue().split("\r")[1:]
    assert [f.split(" in ")[0].rstrip() for f in frames[:3]] == [
        "[#####.......................] 1/5 /",
        "[###########.................] 2/5 people",
        "[################............] 3/5 research/multimodal"]
    assert re.fullmatch(r"\[#{28}\] 5/5 in \d+\.\d s +\n", frames[5])
    quiet = io.StringIO()
    export.export_site(lk.Site(REPO / "content"), tmp_path / "c", progress=quiet)
    assert quiet.getvalue() == ""


def bigger_site(tmp_path: Path, copies: int = 8) -> Path:
    """The sample site with 8 more copies of the multimodal bundle (21 pages in two languages);
    copy 5 names an image that is not there, and one person's file cannot be read."""
    root = tmp_path / "site"
    shutil.copytree(REPO / "content", root / "content")
    for folder in ("config", "layouts", "assets"):  # the sample site beside content/
        shutil.copytree(REPO / folder, root / folder)
    for number in range(1, copies + 1):
        shutil.copytree(SAMPLE, root / "content" / "research" / f"copy-{number}")
    page = root / "content" / "research" / "copy-5" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("videochat.png", "gone.png"),
                    encoding="utf-8")
    broken = root / "content" / "authors" / "broken"
    broken.mkdir()
    (broken / "index.md").write_text("---\ntitle: [Broken\ntags: [mm_prof]\n---\n")
    return root / "content"


def files_under(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_site_exported_by_two_processes_is_the_same_bytes(tmp_path, fresh_caches):
    content = bigger_site(tmp_path)
    alone, shared = lk.Site(content), lk.Site(content)
    one = export.export_site(alone, tmp_path / "one", progress=False, jobs=1)
    assert alone.cache.cards  # rendered here
    images._memo.clear()
    stream = io.StringIO()
    stream.isatty = lambda: True
    two = export.export_site(shared, tmp_path / "two", progress=stream, jobs=2)
    assert not shared.cache.cards  # rendered by the workers, not here
    assert [p.relative_to(tmp_path / "two") for p in two] == [
        p.relative_to(tmp_path / "one") for p in one]
    assert len(one) == 21
    assert files_under(tmp_path / "two") == files_under(tmp_path / "one")
    assert [str(p) for p in shared.problems] == [str(p) for p in alone.problems]
    assert [p.message for p in shared.problems if "gone.png" in p.message] == [
        "cannot find image '/research/multimodal/gone.png' (looked in the page's folder, "
        "assets/media/, static/ and the page bundle at that URL); a placeholder is shown"]
    assert [str(p) for p in shared.problems if "broken" in str(p.path)] == [
        f"{content}/authors/broken/index.md:2: error: YAML syntax error: did not find "
        "expected ',' or ']' (while parsing a flow sequence)"]
    frames = stream.getvalue().split("\r")[1:]
    assert [frame.split("] ")[1].split(" ")[0] for frame in frames] == [
        f"{n}/21" for n in range(1, 22)] + ["21/21"]


def test_pages_that_show_the_same_people_go_to_the_same_worker(tmp_path):
    site = lk.Site(bigger_site(tmp_path))
    pages = site.pages()
    shares = [[(pages[i].lang, pages[i].path.parent.name) for i in share]
              for share in export._shares(pages, 2)]
    copies = [f"copy-{n}" for n in range(1, 9)] + ["multimodal"]
    english = [("en", "content"), ("en", "vision"), *(("en", name) for name in copies)]
    assert shares == [english, [("en", "people"), *(("zh", name) for name in copies)]]


def test_output_buffered_before_the_workers_start_is_written_once(tmp_path):
    content, out = bigger_site(tmp_path), tmp_path / "out"
    code = ("import landingkit as lk\nfrom landingkit import export\nprint('before')\n"
            f"export.export_site(lk.Site({str(content)!r}), {str(out)!r}, progress=False, "
            "jobs=2)\nprint('after')\n")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # a pipe: buffered
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "before\nafter\n"


def test_an_error_in_a_worker_ends_the_export_with_its_message(tmp_path):
    content = bigger_site(tmp_path)
    out = tmp_path / "build"
    (out / "research").mkdir(parents=True)
    (out / "research" / "copy-3").write_text("in the way")
    done = run_cli("export", str(content), "-o", str(out), "-j", "2", "-q")
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == (
        f"{out}/research/copy-3: cannot make this folder: a file of that name is in the way")
    assert (out / "research" / "copy-3").read_text() == "in the way"


def test_ctrl_c_ends_a_site_export_at_once_leaving_nothing_behind(tmp_path):
    """Ctrl-C once the workers are writing: exit 130, nothing said, no process left running,
    no temporary file in the output or the cache."""
    content, out = bigger_site(tmp_path, copies=100), tmp_path / "out"
    cache = Path(os.environ["LANDINGKIT_CACHE"])
    command = [sys.executable, "-c", "from landingkit.cli import run; run()", "export",
               str(content), "-o", str(out), "-j", "2", "-q"]
    export = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    while not any(out.glob("research/*/index.html")) and export.poll() is None:
        time.sleep(0.005)
    export.send_signal(signal.SIGINT)
    stdout, stderr = export.communicate(timeout=60)
    assert (export.returncode, stdout, stderr) == (130, b"", b"")
    alive = subprocess.run(["pgrep", "-f", str(out)], capture_output=True, text=True).stdout
    assert alive == ""
    assert 0 < len(list(out.rglob("index.html"))) < 2 * 100 + 3  # stopped midway
    assert [p for p in [*out.rglob(".*"), *cache.rglob(".*")] if "tmp" in p.name] == []


def test_a_worker_stopped_inside_a_library_callback_stops_and_cleans_up(tmp_path):
    """The stop comes while nh3 is calling back into Python, where an exception is swallowed:
    the worker still ends at once, removing the file it was writing."""
    half = tmp_path / ".index.html.tmp1-1"
    code = f"""
import os, signal, time
from landingkit import export, images, markdown
signal.signal(signal.SIGTERM, export._stop)
open({str(half)!r}, "w").write("half a page")
images.unfinished.add({str(half)!r})

def resolve(src):
    os.kill(os.getpid(), signal.SIGTERM)
    time.sleep(1)  # the handler runs here, inside nh3's attribute filter
    return src

markdown.render("![x](a.png)", markdown.RenderState(set(), resolve))
print("went on")
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (1, "", "")
    assert not half.exists()


# ------------------------------------------------------------------ hostile content


def test_paths_out_of_the_site_are_reported_and_never_embedded(tmp_path):
    site = hostile_site(tmp_path)
    page = lk.load(site / "content" / "research" / "hostile")
    html = page.to_html()
    secret = base64.b64encode((tmp_path / "outside.png").read_bytes()).decode()
    assert secret[:40] not in html
    index = (site / "content" / "research" / "hostile" / "index.md").resolve()
    trent = (site / "content" / "authors" / "trent" / "index.md").resolve()
    refused = [p for p in page.site.problems if "outside the site folder" in p.message]
    assert refused == [
        Problem(index, 39, "warning", f"image {'../' * 10 + 'etc/passwd'!r}: the path leads "
                "outside the site folder; it was not read; a placeholder is shown"),
        Problem(index, 41, "warning", "image 'leak.png': it is a link to a file outside the "
                "site folder; it was not read; a placeholder is shown"),
        Problem(trent, None, "warning", "avatar: avatar.png is a link to a file outside the "
                "site folder; it was not read; a placeholder is shown"),
    ]
    lines = index.read_text().splitlines()
    assert "etc/passwd" in lines[38] and "leak.png" in lines[40]
    assert "root:x:0:0" not in html


# ------------------------------------------------------------------ the command line


def run_cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "landingkit.cli", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "LANDINGKIT_CACHE": os.environ["LANDINGKIT_CACHE"]})


def test_a_fifo_named_like_a_page_is_refused_not_waited_for(tmp_path):
    content = bigger_site(tmp_path)
    os.mkfifo(content / "research" / "pipe.md")
    done = run_cli("export", str(content), "-o", str(tmp_path / "out"), "-q")
    assert done.returncode == 1
    assert [line for line in done.stderr.splitlines() if ": error: " in line] == [
        f"{content}/authors/broken/index.md:2: error: YAML syntax error: did not find expected "
        "',' or ']' (while parsing a flow sequence)",
        f"{content}/research/pipe.md: error: not a regular file"]
    assert done.stdout == f"wrote 21 pages to {tmp_path / 'out'}/; 2 files with errors: see above\n"
    assert (tmp_path / "out" / "research" / "copy-8" / "index.html").is_file()  # the rest


def test_cli_exports_a_page_and_says_where(tmp_path):
    out = tmp_path / "multimodal.html"
    done = run_cli("export", "content/research/multimodal", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"wrote {out}\n"
    assert done.stderr == ""
    assert out.read_bytes() == lk.load(SAMPLE).to_html().encode("utf-8")


def test_cli_says_when_the_output_cannot_be_written(tmp_path):
    out = tmp_path / "multimodal.html"
    out.mkdir()
    done = run_cli("export", "content/research/multimodal", "-o", str(out))
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == f"{out}: cannot write the file: Is a directory"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache", "multimodal.html"]  # no temp
    assert list(out.iterdir()) == []


def test_cli_exports_a_language_given_by_lang_or_by_its_file(tmp_path):
    by_lang = tmp_path / "a.html"
    by_file = tmp_path / "b.html"
    assert run_cli("export", "content/research/multimodal", "--lang", "zh", "-o",
                   str(by_lang)).returncode == 0
    assert run_cli("export", "content/research/multimodal/index.zh.md", "-o",
                   str(by_file)).returncode == 0
    assert by_lang.read_bytes() == by_file.read_bytes()
    assert '<html lang="zh">' in by_lang.read_text(encoding="utf-8")
    assert "<title>多模态大模型课题组 | 示例研究中心</title>" in by_lang.read_text(encoding="utf-8")


def test_cli_exports_a_site(tmp_path):
    done = run_cli("export", "content", "-o", str(tmp_path / "build"))
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"wrote 5 pages to {tmp_path / 'build'}/\n"
    assert sorted(p.relative_to(tmp_path / "build").as_posix()
                  for p in (tmp_path / "build").rglob("index.html")) == [
        "index.html", "people/index.html", "research/multimodal/index.html",
        "research/vision/index.html",
        "zh/research/multimodal/index.html"]


def test_cli_export_imports_neither_ipywidgets_nor_nbconvert(tmp_path):
    page, site = str(tmp_path / "p.html"), str(tmp_path / "site")
    script = (
        "import sys\n"
        "from landingkit.cli import main\n"
        f"code = main(['export', 'content/research/multimodal', '-o', {page!r}])\n"
        f"code += main(['export', 'content', '-q', '-o', {site!r}])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('ipywidgets', 'nbconvert', 'traitlets', 'IPython', 'ipykernel'))\n"
        "print(code, heavy)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True,
                          text=True, timeout=120)
    assert done.stdout.splitlines()[-1] == "0 []", done.stderr
