"""The `landingkit` command: a thin front that imports what each subcommand needs, late."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from pathlib import Path

from .errors import LandingkitError, display_path

EPILOG = """examples:
  landingkit check content                      check every page and person
  landingkit show content/research/multimodal   what a page holds
  landingkit export content/research/multimodal -o build/multimodal.html
  landingkit export content -o build            every landing page, every language
  landingkit edit content/research/multimodal   the editor as a web app
"""


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = argparse.ArgumentParser(
        prog="landingkit", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Check, show, export and edit the landing pages of a Hugo Blox site.")
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    named = next((arg for arg in argv if not arg.startswith("-")), None)
    for name, declare in COMMANDS.items():  # the named command's parser alone (each costs a
        if named not in COMMANDS or name == named:  # little), all for help or a wrong name
            declare(sub)

    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except LandingkitError as exc:
        print(f"{exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `landingkit show ... | head`
        sys.stderr.close()
        return 0


def run() -> None:
    """The `landingkit` command. It exits without the interpreter's teardown of the modules a
    page needs, which takes longer (about 16 ms) than rendering the page: by the time `main`
    returns, every file is written and closed, and the two streams are flushed here. The
    cyclic garbage collector runs every 50,000 new objects, not 700: importing the libraries
    makes about 20,000 objects that live to the end, and each young collection walked them
    (two of 10,000 took 5 ms of a page's 25); a content folder's export sets its own
    (`export._fewer_collections`)."""
    gc.set_threshold(50_000, 50, 100)
    code = main()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # closed: `landingkit show PAGE | head -1`
            stream.flush()
    os._exit(code)


def _cores() -> int:
    """Cores this process may use (its affinity, within a container's CPU quota), at most 8:
    each worker renders the cards it shows, so more workers repeat more of that work."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    try:
        with open("/sys/fs/cgroup/cpu.max") as fh:
            quota, period = fh.read().split()
        if quota != "max":
            cores = min(cores, max(1, int(quota) // int(period)))
    except (OSError, ValueError):
        pass
    return min(cores, 8)


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return number


def _version() -> str:
    from . import __version__

    return f"landingkit {__version__}"


def _open(path: Path):
    """The site holding `path`, and whether `path` stands for the whole site (its folder or
    one of its content folders) rather than one page."""
    from .config import find_site_folder
    from .site import Site

    if not path.exists():
        raise LandingkitError("no such file or folder", path)
    here = path.resolve()
    folder = find_site_folder(here if here.is_dir() else here.parent)
    if folder is not None:
        site = Site(folder)
    else:
        content = next((f for f in (here, *here.parents) if f.name == "content"), None)
        if content is None:
            raise LandingkitError("not inside a Hugo site (no hugo.*, config.* or "
                                  "config/_default/ above it, and no folder named 'content')",
                                  path)
        site = Site(content)
    whole = here.is_dir() and (here == site.folder or any(  # a content folder, or one above
        here == folder or here in folder.parents for folder in site.content_dirs))
    return site, whole


def _check(args) -> int:
    from .check import check_page, check_site

    problems = []
    for name in args.paths:
        path = Path(name)
        site, whole = _open(path)
        if whole:
            problems += check_site(site)
        elif path.is_dir() and not any(path.glob("index*.md")) and not any(
                path.glob("_index*.md")):  # a section folder: everything below it
            problems += check_site(site, under=path)
        else:
            problems += check_page(site, site.locate(Path(name)).path)
    for problem in problems:
        print(problem)
    errors = sum(p.level == "error" for p in problems)
    warnings = len(problems) - errors
    print(f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}",
          file=sys.stderr)
    return 1 if errors else 0


def _show(args) -> int:
    from .blocks import find

    site, whole = _open(Path(args.page))
    if whole:
        return _show_site(site)
    page = _landing_page(site, Path(args.page), args.lang)
    print(f"{display_path(page.path)} [{page.lang}]: {page.title}")
    for block, block_id in zip(page.sections, page.section_ids()):
        title = getattr(block, "title", None) or ""
        print(f"  #{block_id} ({block.type}) {title}".rstrip())
        kind = find(block)
        if kind.shows_people:
            groups = page.groups(block)
            for group, people in groups:
                indent = "    "
                if group is not None:
                    print(f"    {group}:" + ("" if people else " (nobody)"))
                    indent = "      "
                for person in people:
                    role = f": {_plain(person.role)}" if person.role else ""
                    print(f"{indent}- {person.name}{role}")
            if not groups:
                print("    (no groups listed: nobody is shown)")
            elif groups == [(None, [])]:
                print("    (nobody)")
        for line in kind.summary(block) if kind.summary else ():
            print(f"    {line}")
    return 0


def _show_site(site) -> int:
    """What a site holds: its title, languages and their content folders, landing pages."""
    config = site.config
    print(f"{display_path(site.folder) if site.folder != Path.cwd() else '.'}: "
          f"{config.title() or '(no title)'}")
    print(f"  base URL: {config.base_url}")
    pages = site.pages()
    for lang in site.languages.values():
        mine = [page for page in pages if page.lang == lang.code]
        default = ", default" if lang.code == site.default_lang else ""
        print(f"  language {lang.code} ({lang.label}{default}): "
              f"{display_path(lang.content_dir)}/, {len(mine)} landing "
              f"page{'s' * (len(mine) != 1)}")
        for page in mine:
            print(f"    {display_path(page.path)}: {page.title or ''}".rstrip())
        menu = site.menu(lang.code)
        if menu:
            print(f"    menu: {' | '.join(entry.name for entry in menu)}")
    _print_problems(site)
    return 1 if any(p.level == "error" for p in site.problems) else 0


def _landing_page(site, path: Path, lang: str | None):
    """The landing page at `path`; anything else is refused, saying what it is."""
    page = site.page(path, lang)
    widget = bool(page.sections) and page.sections[0].widget  # Wowchemy's widget file
    if (page.data.get("type") != "landing" and "sections" not in page.data and not widget
            and not page.parts):
        f = site.locate(path, lang)
        what = ("a person (its folder is under authors/)" if f.section == "authors"
                else "a page without `sections`")
        raise LandingkitError(f"not a landing page: this is {what}; landingkit shows and "
                              "exports pages whose front matter lists `sections`", page.path)
    return page


def _plain(html: str) -> str:
    import re

    return re.sub(r"<[^>]+>", "", html)


def _export(args) -> int:
    from .export import export_page, export_site, front_matter_errors

    site, whole = _open(Path(args.target))
    if whole:
        out = args.output or Path("build")
        written = export_site(site, out, assets=True, progress=not args.quiet, jobs=args.jobs,
                              frame=args.frame, renderer=args.renderer)
        _print_problems(site)
        unread = len({p.path for p in site.problems if p.level == "error"})
        used = "" if args.renderer == "builtin" else f" (renderer: {args.renderer})"
        errors = f"; {unread} file{'s' * (unread != 1)} with errors: see above" if unread else ""
        print(f"wrote {len(written)} page{'s' * (len(written) != 1)} to {out.resolve()}/{used}"
              f"{errors}")
        return 1 if unread else 0
    page = _landing_page(site, Path(args.target), args.lang)
    out = args.output or Path("build") / f"{page.path.parent.name}{_suffix(page, site)}.html"
    front_matter_errors(site, page)
    used = ""
    if args.renderer == "builtin":
        export_page(page, out, assets=args.assets, frame=args.frame)
    else:
        import warnings

        from .export import render_with, write_text

        with warnings.catch_warnings(record=True) as notices:
            warnings.simplefilter("always")
            html, renderer = render_with(page, args.renderer,
                                         out.parent / "media" if args.assets else None)
        for notice in notices:
            print(notice.message, file=sys.stderr)
        write_text(out, html)
        used = f" (renderer: {renderer})"
    _print_problems(site)
    print(f"wrote {out.resolve()}{used}")
    return 1 if any(p.level == "error" for p in site.problems) else 0


def _print_problems(site) -> None:
    """What the site reported, on stderr, in the order `check` prints: by file and line."""
    for problem in sorted(site.problems, key=lambda p: (str(p.path), p.line or 0, p.message)):
        print(problem, file=sys.stderr)


def _suffix(page, site) -> str:
    return "" if page.lang == site.default_lang else f".{page.lang}"


def _edit(args) -> int:
    from .app import serve

    site, _ = _open(Path(args.page))
    return serve(_landing_page(site, Path(args.page), args.lang), port=args.port)


# ------------------------------------------------------------------ the commands' parsers


def _declare_check(sub) -> None:
    p = sub.add_parser("check", help="report problems as path:line: level: message",
                       description="Validate pages and people. Exit 1 on errors, 0 when "
                                   "there are only warnings.")
    p.add_argument("paths", nargs="*", default=["content"], metavar="PATH",
                   help="a page (bundle folder or .md file) or a content folder "
                        "(default: content)")
    p.set_defaults(run=_check)


def _declare_show(sub) -> None:
    p = sub.add_parser("show", help="print the sections, people and achievements of a page")
    _page_arguments(p)
    p.set_defaults(run=_show)


def _declare_export(sub) -> None:
    p = sub.add_parser("export", help="write pages as standalone HTML",
                       description="Export one page to a file, or every landing page of a "
                                   "content folder (all languages) to a folder.")
    p.add_argument("target", metavar="PAGE|CONTENT",
                   help="a bundle folder or index file, or a content folder")
    p.add_argument("-o", "--output", type=Path,
                   help="the HTML file (one page) or folder (a content folder); default: "
                        "build/<page>.html or build/")
    p.add_argument("--lang", help=LANG_HELP)
    p.add_argument("--assets", action="store_true",
                   help="write images beside the HTML instead of embedding them")
    p.add_argument("-j", "--jobs", type=_positive, default=_cores(), metavar="N",
                   help="processes rendering a content folder's pages at once (default: one "
                        "per core, at most 8: here %(default)s)")
    p.add_argument("--no-frame", dest="frame", action="store_false",
                   help="leave out the site's navbar and footer")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    p.add_argument("--renderer", choices=("builtin", "hugo", "auto"), default="builtin",
                   help="builtin (default), hugo (the site's own Hugo and theme, as "
                        "published), or auto (hugo when the site builds with it)")
    p.set_defaults(run=_export)


def _declare_edit(sub) -> None:
    p = sub.add_parser("edit", help="open the editor as a web app (Voila) on 127.0.0.1")
    _page_arguments(p)
    p.add_argument("--port", type=int, default=0, help="port to listen on (default: a free one)")
    p.set_defaults(run=_edit)


def _page_arguments(p) -> None:
    p.add_argument("page", help="a bundle folder or its index file")
    p.add_argument("--lang", help=LANG_HELP)


LANG_HELP = "language of the page (default: the site's default)"
COMMANDS = {"check": _declare_check, "show": _declare_show, "export": _declare_export,
            "edit": _declare_edit}


if __name__ == "__main__":  # exits the usual way, so profilers and coverage see the end
    sys.exit(main())
