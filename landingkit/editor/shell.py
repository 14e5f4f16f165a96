"""The notebook editor: an ipywidgets form that mirrors a Page, beside a live preview.

The Page is the single source of truth. Every control writes its value into the model
at once; the members list, the achievement numbers and the status follow at once, and
the preview is re-rendered after a short pause in typing (`Editor.delay`). Changes made
through the Python API show in the editor after the cell that made them has run (or on
`Editor.refresh()`).

Undo keeps the page's text (`Page.to_text()`) and the staged uploads from before each edit;
typing in one text field is one edit until another control is touched. Nothing reaches the
site before Save: uploads wait in memory (the preview shows them from there), and the unsaved
text waits in the cache for an export to find (`landingkit.drafts`).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import difflib
import os
import re
import time
import traceback
import weakref
from pathlib import Path

import ipywidgets as w

from .. import drafts
from .. import source as _source
from ..blocks import find
from ..errors import LandingkitError, display_path
from ..images import write_atomically
from ..merge import Conflict
from ..model import CollectionBlock, MarkdownBlock, Page
from .achievements import AchievementsSection
from .look import (
    DRAWN_HTML,
    EDITOR_CSS,
    close_tree,
    diff_html,
    escape,
    full,
    heading,
    size_text,
    version_html,
)
from .members import MembersSection
from .people import PeopleSection

__all__ = ["Editor"]

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif")
_MIME = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
         ".webp": "image/webp", ".svg": "image/svg+xml", ".avif": "image/avif"}
MAX_UPLOAD = 20 * 1024 * 1024


def _running_loop():
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


class Editor(w.VBox):
    """One widget that edits a landing page: members, achievements, preview, save, undo."""

    delay = 0.04  # seconds of quiet typing before the preview is drawn
    max_wait = 0.15  # ... but never longer than this while typing goes on

    def __init__(self, page: Page, renderer: str = "builtin", **kwargs):
        if renderer not in ("builtin", "hugo"):
            raise LandingkitError(f"renderer: expected 'builtin' or 'hugo', not {renderer!r}")
        self.page = page
        self.renderer = renderer
        self._hugo = None  # the site's own `hugo server`, started by the first hugo preview
        self._hook = None
        self._pending = None  # the preview timer
        self.errors: list[str] = []  # every error met while handling a change, in order
        self.render_times: list[float] = []  # milliseconds per preview render
        self._undo: list[tuple[str, dict[str, bytes]]] = []  # (text, staged uploads) before
        self.staged: dict[str, bytes] = {}  # uploaded images, written into the bundle on Save
        self._shown_staged: dict[str, bytes] = {}
        self._last_key: object = None  # the text field being typed in (one undo step)
        self._syncing = False
        self._pending_since = 0.0
        self._achievement_blocks: set[int] = set()
        self._shown = page.to_text()  # the text of the page as the widgets show it

        self.status = w.HTML()
        self.save_button = w.Button(description="Save", icon="save", button_style="primary",
                                    tooltip="Write the changes into the Markdown file")
        self.undo_button = w.Button(description="Undo", icon="undo", disabled=True,
                                    tooltip="Take back the last edit")
        self.changes_button = w.Button(description="Show changes", icon="list",
                                       tooltip="The unified diff of the file against disk")
        self.export_button = w.Button(description="Export", icon="download",
                                      tooltip="Write the page as the preview shows it, unsaved "
                                              "edits included, to build/ as one HTML file")
        self.export_button.on_click(self._guard(lambda _: self.export()))
        self.save_button.on_click(self._guard(lambda _: self.save()))
        self.undo_button.on_click(self._guard(lambda _: self.undo()))
        self.changes_button.on_click(self._guard(lambda _: self.show_changes()))
        self.status.add_class("lk-status")
        toolbar = w.HBox([self.save_button, self.undo_button, self.changes_button,
                          self.export_button, self.status],
                         layout=w.Layout(align_items="center", flex_flow="row wrap"))

        self.error_box = w.HTML(layout=w.Layout(display="none"))
        dismiss = w.Button(description="Dismiss", tooltip="Hide the error")
        dismiss.on_click(lambda _: self._hide(self.error_area))
        self.error_area = w.VBox([self.error_box, dismiss], layout=w.Layout(display="none"))

        self.conflict_message = w.HTML()
        merge_button = w.Button(description="Merge with the file on disk",
                                button_style="primary",
                                tooltip="Apply your edits to the file as it is now; where you "
                                        "and the file changed the same value, you choose")
        reload_button = w.Button(description="Reload from disk", button_style="warning",
                                 tooltip="Drop your edits and load the file as it is now")
        keep_button = w.Button(description="Keep my edits",
                               tooltip="Go on editing; nothing is written")
        merge_button.on_click(self._guard(lambda _: self.merge()))
        reload_button.on_click(self._guard(lambda _: self.reload()))
        keep_button.on_click(lambda _: self._hide(self.conflict_area))
        self.choices_box = w.VBox()  # one choice per conflict of a merge
        self.conflict_area = w.VBox(
            [self.conflict_message, self.choices_box,
             w.HBox([merge_button, reload_button, keep_button],
                    layout=w.Layout(flex_flow="row wrap"))],
            layout=w.Layout(display="none", border="2px solid #d97706", padding="0.5em",
                            margin="0.3em 0"))
        self.conflicts: list[Conflict] = []  # of the last merge, until the user picks

        self.changes = w.HTML(layout=w.Layout(max_height="24em", overflow="auto"))
        hide_changes = w.Button(description="Hide changes", tooltip="Close the list of changes")
        hide_changes.on_click(lambda _: self._hide(self.changes_area))
        self.changes_area = w.VBox([self.changes, hide_changes],
                                   layout=w.Layout(display="none", margin="0.3em 0"))
        self.form = w.VBox()
        self.form.add_class("lk-editor-form")
        self.preview = w.HTML(layout=full())
        self.preview.add_class("lk-preview-html")
        self.problems: list = []  # what the renderer found wrong in the last preview
        self.problems_box = w.HTML()
        preview_area = w.VBox([heading("Preview"), self.problems_box, self.preview])
        preview_area.add_class("lk-editor-preview")
        body = w.HBox([self.form, preview_area], layout=w.Layout(width="100%"))
        body.add_class("lk-editor-body")
        kwargs.setdefault("layout", w.Layout(width="100%"))
        super().__init__([w.HTML(EDITOR_CSS), toolbar, self.error_area, self.conflict_area,
                          self.changes_area, body], **kwargs)
        self.add_class("landingkit-editor")

        self._sections: list[MembersSection | AchievementsSection] = []
        self._built_layout: list[tuple[int, type]] = []
        self._structure: tuple = ()
        self._build_sections()
        self._update_status()
        with self._reporting():
            self.render_preview()
        self._watch_cells()

    def __repr__(self) -> str:
        return f"Editor({display_path(self.page.path)!r}, lang={self.page.lang!r})"

    # -- driving the form from Python ------------------------------------------------
    def controls(self, description: str | None = None) -> list[w.Widget]:
        """Every control (depth first), or those with this description."""
        found = []

        def walk(widget):
            if isinstance(widget, w.Box):
                for child in widget.children:
                    walk(child)
            elif description is None or getattr(widget, "description", None) == description:
                found.append(widget)

        walk(self)
        return found

    def control(self, description: str, index: int = 0) -> w.Widget:
        """The `index`-th control described `description` (say "Tag", "Save", "Title")."""
        found = self.controls(description)
        if index >= len(found):
            known = sorted({c.description for c in self.controls()
                            if getattr(c, "description", "")})
            raise KeyError(f"no control described {description!r} #{index} "
                           f"(there are {len(found)}); controls: {', '.join(known)}")
        return found[index]

    # -- the edit path -------------------------------------------------------------------
    def apply(self, change, key: object = None) -> None:
        """Run `change()` (which edits the model) as one edit: undo, status, preview follow.

        Edits with the same `key` in a row (typing in one field) make one undo step.
        """
        if self._syncing:
            return
        with self._reporting():
            before = (self._shown, self._shown_staged)
            change()
            after = self.page.to_text()
            if after != before[0] or self.staged != before[1]:
                if key is None or key != self._last_key or self.staged != before[1]:
                    self._undo.append(before)
                self._shown, self._shown_staged = after, dict(self.staged)
            self._last_key = key
            self._after_change()

    def _after_change(self) -> None:
        for section in self._sections:
            section.update_derived()
        self._update_status()
        if self.changes_area.layout.display != "none":
            self._fill_changes()
        self.schedule_preview()

    def undo(self) -> bool:
        """Take back the last edit (an upload with it); False when there is none."""
        if not self._undo:
            return False
        text, staged = self._undo.pop()
        self.page.restore(text)
        self.staged = dict(staged)
        self._reset(undo=False)
        return True

    def reload(self) -> None:
        """Load the file as it is on disk now, dropping unsaved edits, uploads, undo steps."""
        self.page.reload()
        self.staged.clear()
        self._reset()
        self._say(f"Reloaded {self._name()} from disk.")

    def merge(self, pick: dict | None = None) -> list[Conflict]:
        """Apply the unsaved edits to the file as it is on disk now (`Page.merge`).

        Where a value changed on both sides the conflicts are shown, each with both versions
        and a choice, and returned; `pick` ({conflict.path: "mine" | "theirs"}) decides them.
        """
        open_ = self.page.merge(pick)
        if open_:
            self._show_conflicts(open_)
            return open_
        self.conflicts = []
        self.choices_box.children = []
        self._hide(self.conflict_area)
        self._reset()  # undo steps were edits of the old text
        self.changes_area.layout.display = None
        self._fill_changes()
        self._say(f"Merged your edits into {self._name()} as it is on disk now; "
                  "Save writes them." if self.dirty else
                  f"Merged: {self._name()} on disk already holds your edits.")
        return []

    def _reset(self, undo: bool = True) -> None:
        """After the page was replaced (reload, merge, undo): the form follows it."""
        if undo:
            self._undo.clear()
        self._shown, self._shown_staged = self.page.to_text(), dict(self.staged)
        self._last_key = None
        if undo:
            self._hide(self.conflict_area)
        self._mirror()

    @property
    def dirty(self) -> bool:
        """Edits or uploads that Save would write."""
        return bool(self.staged) or self.page.dirty

    def save(self) -> bool:
        """Write the uploads, then the page; False when nothing changed or the file changed
        on disk (then nothing is written)."""
        if self.page.changed_on_disk():
            self._conflict()
            return False
        images = self._write_staged()
        try:
            written = self.page.save()
        except LandingkitError:
            if self.page.changed_on_disk():  # it changed between the check and the write
                self._conflict()
                return False
            raise
        written = written or bool(images)
        self._hide(self.conflict_area)
        self._shown, self._shown_staged = self.page.to_text(), {}
        self._mirror()
        saved = ", ".join([self._name(), *images]) if images else self._name()
        self._say(f"Saved {saved}." if written else "Nothing to save: no changes.")
        return written

    def export(self, out: str | os.PathLike | None = None) -> Path:
        """Write the page as the preview shows it (unsaved edits and uploads included) as one
        HTML file: by default build/<page>.html beside the site's content folder."""
        from ..export import default_output, export_page

        page = self.preview_page()
        if out is None:
            site = self.page.site
            base = Path(site.root).resolve().parent if site is not None else Path.cwd()
            out = base / default_output(page)
        written = export_page(page, out)
        note = " (with your unsaved edits)" if self.dirty else ""
        self._say(f"Exported {self.site_path(written)}{note}.")
        return written

    def _write_staged(self) -> list[str]:
        """Write the uploaded images into the bundle; their names from the site's folder."""
        folder = self.page.path.parent
        done = []
        for name, content in self.staged.items():
            target = folder / name
            if not (target.is_file() and target.read_bytes() == content):
                write_atomically(target, content)
            done.append(self.site_path(target))
        self.staged.clear()
        return done

    def show_changes(self) -> str:
        """Show (and return) the unified diff of the edited file against the file on disk."""
        self.changes_area.layout.display = None
        return self._fill_changes()

    def refresh(self) -> None:
        """Show the model as it is now (after changes made through the Python API)."""
        with self._reporting():
            text = self.page.to_text()
            if text == self._shown and self._structure == self._current_structure():
                return
            if text != self._shown:
                self._undo.append((self._shown, self._shown_staged))
                self._shown = text
            self._last_key = None
            self._mirror()

    # -- preview ----------------------------------------------------------------------
    def schedule_preview(self) -> None:
        """Draw the preview soon (debounced) when an event loop runs, else at once."""
        loop = _running_loop()
        if loop is None:
            self.render_preview()
            return
        now = loop.time()
        if self._pending is not None:
            self._pending.cancel()
            if now - self._pending_since >= self.max_wait:
                self._pending = None
                self.render_preview()
                return
        else:
            self._pending_since = now
        self._pending = loop.call_later(self.delay, self._render_due)

    def _render_due(self) -> None:
        self._pending = None
        with self._reporting():
            self.render_preview()

    def flush(self) -> None:
        """Draw a pending preview now."""
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None
            self.render_preview()

    def preview_page(self) -> Page:
        """The page the preview draws: this one, with staged uploads read from memory."""
        if not self.staged:
            return self.page
        page = Page.from_source(_source.parse(self.page.to_text().encode("utf-8"),
                                              self.page.path), self.page.lang, self.page.site)
        page.source = self.page.source
        for block in page.sections:
            if isinstance(block, MarkdownBlock):
                for item in block.achievements:
                    uri = self.staged_uri(item.image_src)
                    if uri is not None:
                        item.image_src = uri
        return page

    def draw(self, page: Page) -> str:
        """The preview's HTML of `page`: the one place the preview is rendered. With the
        `hugo` renderer, the site's own Hugo draws it (in a sandboxed frame, with the theme's
        styles), and Hugo's error, with its `path:line`, is shown in its place."""
        if self.renderer == "hugo":
            from html import escape

            from ..hugo import HugoError, HugoPreview

            if self._hugo is None:
                self._hugo = HugoPreview()
            try:
                return HugoPreview.frame(self._hugo.render(page))
            except HugoError as exc:
                return f'<pre class="lk-hugo-error" role="alert">{escape(str(exc))}</pre>'
        from ..render import preview_html

        return preview_html(page)

    def render_preview(self) -> None:
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None
        start = time.perf_counter()
        site = self.page.site
        page = self.preview_page()
        if site is None:
            self.preview.value = DRAWN_HTML + self.draw(page)
            found = []
        else:  # the problems of this rendering alone (the site keeps each problem once)
            kept, site.problems = site.problems, []
            try:
                self.preview.value = DRAWN_HTML + self.draw(page)
            finally:
                found, site.problems = site.problems, kept
                site.problems += [p for p in found if p not in kept]
        self.render_times.append((time.perf_counter() - start) * 1000)
        self.problems = found
        self.problems_box.value = "".join(
            f"<div class='landingkit-warning' style='color:#92400e;margin:0.1em 0'>"
            f"⚠ {escape(self.site_path(p.path))}{':' + str(p.line) if p.line else ''}: "
            f"{escape(p.level)}: {escape(p.message)}</div>" for p in found)

    # -- mirroring the model ---------------------------------------------------------------
    def _current_structure(self) -> tuple:
        """What the controls are bound to: the blocks and the achievements of each."""
        return tuple((id(block), *self._items_of(index, block))
                     for index, block in enumerate(self.page.sections))

    def _items_of(self, index: int, block) -> tuple:
        if index not in self._achievement_blocks or not isinstance(block, MarkdownBlock):
            return ()
        return (id(block.achievements), *map(id, block.achievements))

    def _layout(self) -> list[tuple[int, type]]:
        """The blocks that get a section of the form: (index, kind)."""
        found = []
        for index, block in enumerate(self.page.sections):
            if isinstance(block, CollectionBlock):
                found.append((index, MembersSection))
            elif find(block).shows_people and hasattr(block, "user_groups"):
                found.append((index, PeopleSection))
            elif isinstance(block, MarkdownBlock) and (
                    index in self._achievement_blocks or len(block.achievements)):
                self._achievement_blocks.add(index)
                found.append((index, AchievementsSection))
        return found

    def _build_sections(self) -> None:
        blocks = self.page.sections
        self._built_layout = self._layout()
        sections = [kind(self, blocks[index]) for index, kind in self._built_layout]
        for section in self._sections:
            close_tree(section.box)
        self._sections = sections
        self._structure = self._current_structure()
        children = [section.box for section in sections]
        if not children:
            children = [w.HTML("<p>This page has no collection block and no achievements to "
                               "edit.</p>")]
        self.form.children = children

    def _mirror(self) -> None:
        """Bring every control in line with the model."""
        layout = self._layout()
        if layout != self._built_layout:
            self._build_sections()
        else:  # same form: bind each section to its block (new objects after undo or save)
            for (index, _), section in zip(layout, self._sections):
                section.block = self.page.sections[index]
                section.sync()
        for section in self._sections:
            section.update_derived()
        self._structure = self._current_structure()
        self._update_status()
        if self.changes_area.layout.display != "none":
            self._fill_changes()
        self.schedule_preview()

    def _update_status(self) -> None:
        self.undo_button.disabled = not self._undo
        dirty = self._shown != self.page.source.text or bool(self.staged)
        state = "unsaved changes" if dirty else "no changes"
        drafts.keep(self.page, self._shown if dirty else None, list(self.staged))
        self.status.value = (f"<span style='margin-left:1em'><code>{escape(self._name())}"
                             f"</code> [{escape(self.page.lang)}]: {state}</span>")

    def _fill_changes(self) -> str:
        diff = self.page.diff()
        parts = []
        disk = self._disk_diff()
        if disk is not None:
            parts.append("<p><b>The file changed on disk since it was loaded.</b> Your edits "
                         "below are against the file as you loaded it; <i>Merge with the file "
                         "on disk</i> applies them to the file as it is now.</p>"
                         "<p style='margin:0.3em 0 0'>Changed on disk:</p>" + diff_html(disk))
        if self.staged:
            folder = self.page.path.parent
            items = "".join(f"<li><code>{escape(self.site_path(folder / name))}</code> "
                            f"({size_text(len(content))})</li>"
                            for name, content in self.staged.items())
            parts.append(f"<p style='margin:0.3em 0 0'>New images, written on Save:</p>"
                         f"<ul class='lk-staged' style='margin:0.2em 0'>{items}</ul>")
        if diff:
            parts.append(("<p style='margin:0.3em 0 0'>Your edits:</p>" if parts else "")
                         + diff_html(diff))
        elif not self.staged:
            parts.append("<p>No changes: the file is as on disk.</p>" if disk is None else
                         "<p>You have no edits.</p>")
        self.changes.value = "".join(parts)
        return diff

    def _disk_diff(self) -> str | None:
        """The diff from the file as loaded to the file on disk now; None if unchanged."""
        if not self.page.changed_on_disk():
            return None
        try:
            now = self.page.path.read_text(encoding="utf-8")
        except (OSError, UnicodeError) as exc:
            return f"(cannot read it: {exc})\n"
        name = self._name()
        return "".join(difflib.unified_diff(self.page.source.text.splitlines(keepends=True),
                                            now.splitlines(keepends=True),
                                            f"{name} (as loaded)", f"{name} (on disk)"))

    def _conflict(self) -> None:
        self.conflict_message.value = (
            f"<b>{escape(self._name())} changed on disk since it was loaded: nothing was "
            "written.</b><br>Your edits are still here until you choose. <i>Show changes</i> "
            "lists them and what changed on disk; <i>Merge with the file on disk</i> applies "
            "your edits to the file as it is now (you choose where both changed the same "
            "value); <i>Reload from disk</i> drops them.")
        self.choices_box.children = []
        self.conflict_area.layout.display = None
        self._say("Not saved: the file changed on disk.")

    def _show_conflicts(self, conflicts: list[Conflict]) -> None:
        """Both versions of each value changed on both sides, and a choice for each."""
        self.conflicts = conflicts
        rows = []
        self.choices_with: dict[tuple, w.RadioButtons] = {}
        for conflict in conflicts:
            line = f", line {conflict.line}" if conflict.line else ""
            versions = w.HTML(
                f"<p style='margin:0.4em 0 0.1em'><b>{escape(conflict.where)}</b>{line}: "
                "changed both here and on disk.</p>"
                f"{version_html('Yours', conflict.mine)}"
                f"{version_html('On disk', conflict.theirs)}")
            choice = w.RadioButtons(options=[("Keep yours", "mine"), ("Take the disk's", "theirs")],
                                    value=None, description="Use",
                                    layout=w.Layout(width="auto"))
            self.choices_with[conflict.path] = choice
            rows += [versions, choice]
        apply = w.Button(description="Apply the merge", button_style="primary",
                         tooltip="Merge with the choices made above")
        apply.on_click(self._guard(lambda _: self._apply_choices()))
        self.choices_box.children = [*rows, apply]
        self.conflict_message.value = (
            f"<b>{len(conflicts)} value{'s' * (len(conflicts) != 1)} changed both here and "
            f"in {escape(self._name())} on disk.</b> Choose a version for each, then "
            "<i>Apply the merge</i>; every other edit of yours is kept and every other "
            "change on disk too.")
        self.conflict_area.layout.display = None
        self._say("Merge: choose a version for each conflict.")

    def _apply_choices(self) -> None:
        chosen = {path: radio.value for path, radio in self.choices_with.items()
                  if radio.value is not None}
        if len(chosen) < len(self.choices_with):
            self._say("Merge: choose a version for every conflict first.")
            return
        self.merge(chosen)

    def _name(self) -> str:
        return self.site_path(self.page.path)

    def site_path(self, path) -> str:
        """A file named from the site's folder (`content/...`), as Hugo users know it."""
        site = self.page.site
        if site is not None:
            try:
                return Path(path).resolve().relative_to(
                    Path(site.root).resolve().parent).as_posix()
            except ValueError:
                pass
        return display_path(path)

    def _say(self, message: str) -> None:
        self._update_status()
        self.status.value += f" <b>{escape(message)}</b>"

    @staticmethod
    def _hide(widget: w.Widget) -> None:
        widget.layout.display = "none"

    # -- errors -------------------------------------------------------------------------------
    def _guard(self, handler):
        """A callback whose errors show in the editor instead of vanishing."""

        def guarded(*args):
            with self._reporting():
                handler(*args)

        return guarded

    def _reporting(self):
        return _Reporting(self)

    def _show_error(self, exc: BaseException) -> None:
        if isinstance(exc, LandingkitError):
            message = str(exc)
            detail = ""
        else:
            message = f"{type(exc).__name__}: {exc}"
            detail = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        self.errors.append(message)
        body = f"<b>Error:</b> {escape(message)}"
        if detail:
            body += (f"<details><summary>Traceback</summary><pre style='font-size:11px'>"
                     f"{escape(detail)}</pre></details>")
        self.error_box.value = (f"<div style='color:#991b1b;border:1px solid #fca5a5;"
                                f"background:#fef2f2;padding:0.4em'>{body}</div>")
        self.error_box.layout.display = None
        self.error_area.layout.display = None

    # -- following the Python API in a notebook ------------------------------------------------
    def _watch_cells(self) -> None:
        try:
            from IPython import get_ipython
        except ImportError:  # pragma: no cover - ipywidgets needs IPython
            return
        shell = get_ipython()
        if shell is None:
            return
        ref = weakref.ref(self)

        def after_cell(*_):
            editor = ref()
            if editor is not None:
                editor.refresh()

        shell.events.register("post_run_cell", after_cell)
        self._hook = (shell, after_cell)

    def close(self) -> None:
        drafts.keep(self.page, None)  # an export no longer finds the edits of a closed editor
        if self._hugo is not None:  # no Hugo outlives its editor
            self._hugo.close()
            self._hugo = None
        if self._pending is not None:
            self._pending.cancel()
            self._pending = None
        if self._hook is not None:
            shell, hook = self._hook
            self._hook = None
            with contextlib.suppress(ValueError):
                shell.events.unregister("post_run_cell", hook)
        super().close()

    # -- the page bundle -----------------------------------------------------------------------
    def bundle_images(self) -> list[str]:
        """File names of the images in the page's bundle folder, uploads not saved included."""
        folder = self.page.path.parent
        return sorted({p.name for p in folder.iterdir()
                       if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES
                       and not p.name.startswith(".")} | set(self.staged))

    def add_bundle_image(self, name: str, content: bytes) -> str:
        """Stage an uploaded image for the page's bundle (Save writes it); return its name.

        A name taken by other bytes, on disk or staged, gets a number: nothing is overwritten.
        """
        name = _safe_name(name)
        if not name.lower().endswith(IMAGE_SUFFIXES):
            raise LandingkitError(f"{name!r} is not an image (expected one of "
                                  f"{', '.join(IMAGE_SUFFIXES)})", self.page.path.parent)
        if len(content) > MAX_UPLOAD:
            raise LandingkitError(f"{name!r} is {len(content) // 1024 // 1024} MiB; images "
                                  f"over {MAX_UPLOAD // 1024 // 1024} MiB are refused",
                                  self.page.path.parent)
        folder = self.page.path.parent
        stem, suffix = os.path.splitext(name)
        candidate, n = name, 1
        while True:
            target = folder / candidate
            held = self.staged.get(candidate)
            if held is None and target.exists():
                held = target.read_bytes()
            if held is None or held == content:
                break
            candidate, n = f"{stem}-{n}{suffix}", n + 1
        if not target.exists():
            self.staged[candidate] = content
        return candidate

    def staged_uri(self, src: str) -> str | None:
        """A data: URL of the staged upload `src` names (for the preview), else None."""
        name = self.bundle_file(src)
        content = self.staged.get(name) if name else None
        if content is None:
            return None
        kind = _MIME.get(Path(name).suffix.lower(), "application/octet-stream")
        return f"data:{kind};base64,{base64.b64encode(content).decode('ascii')}"

    def image_src(self, name: str, block: MarkdownBlock) -> str:
        """How the page names a bundle image: as the block's other images do."""
        absolute = any(a.image_src.startswith("/") for a in block.achievements)
        return f"/{self._bundle_url()}/{name}" if absolute else name

    def bundle_file(self, src: str) -> str | None:
        """The bundle image `src` names, if any."""
        name = src.rsplit("/", 1)[-1]
        if src in (name, f"./{name}", f"/{self._bundle_url()}/{name}") and (
                name in self.bundle_images()):
            return name
        return None

    def _bundle_url(self) -> str:
        site = self.page.site
        folder = self.page.path.parent
        if site is not None:
            try:
                return folder.resolve().relative_to(Path(site.root).resolve()).as_posix()
            except ValueError:
                pass
        return folder.name


class _Reporting:
    """`with editor._reporting():` shows an error of the block in the editor."""

    def __init__(self, editor: Editor):
        self.editor = editor

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if exc is None or not isinstance(exc, Exception):
            return False
        self.editor._show_error(exc)
        return True


def _safe_name(name: str) -> str:
    """A plain file name: no folders, no leading dots, only safe characters."""
    base = re.split(r"[\\/]", str(name))[-1].strip()
    base = re.sub(r"[^\w.\-]+", "-", base, flags=re.UNICODE).lstrip(".-")
    if not base:
        raise LandingkitError(f"{name!r} is not a usable file name")
    return base
