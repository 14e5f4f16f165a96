"""The Members part of the form: the controls of a collection block and who it shows."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import ipywidgets as w

from ..collection import WIDGET, urlize
from ..model import CollectionBlock
from .look import LABEL, escape, fit, heading, heading_html

if TYPE_CHECKING:
    from .shell import Editor

# Drop-down choices of a collection block: (label, value); "" stands for "not set in the file"
# (an ipywidgets Dropdown cannot select None).
DROPDOWNS = {
    "sort_by": ("Sort by", [("Date (default)", ""), ("Title", "Title"), ("Weight", "Weight"),
                            ("Last name", "last_name")]),
    "order": ("Order", [("Descending (default)", ""), ("Ascending", "asc"),
                        ("Descending", "desc")]),
    "view": ("View", [("theme default", ""), ("people-grid", "people-grid"), ("card", "card"),
                      ("compact", "compact"), ("citation", "citation"),
                      ("showcase", "showcase"), ("date-title-summary", "date-title-summary")]),
    "columns": ("Columns", [("2 (default)", ""), *((str(n), n) for n in range(1, 7))]),
}


def members_title(page, block) -> str:
    """The heading of a block's Members section: its title (a widget file's at its top),
    else its section id."""
    index = next(i for i, b in enumerate(page.sections) if b is block)
    title = block.data.get("title") if block.widget else block.title
    return f"Members: {title or page.section_ids()[index]}"


def choices(block, name: str) -> list[tuple[str, object]]:
    """The drop-down's choices for `block`: Wowchemy's pages widget sorts by a field of the
    page, which `last_name` is not (Hugo stops on it)."""
    found = DROPDOWNS[name][1]
    if name == "sort_by" and block.kind == WIDGET:
        return [choice for choice in found if choice[1] != "last_name"]
    return found


def choices_with(choices: list[tuple[str, object]], current: object) -> list[tuple[str, object]]:
    """The choices, plus the file's own value when it is none of them (kept as written)."""
    if any(value == current and type(value) is type(current) for _, value in choices):
        return choices
    return [*choices, (f"{current} (as in the file)", current)]


class MembersSection:
    """The controls of a collection block and the people it selects."""

    def __init__(self, editor: Editor, block: CollectionBlock):
        self.editor = editor
        self.block = block
        page = editor.page
        site = page.site
        folders = sorted({f.section for f in site.files() if f.section}) if site else []
        current = self._folders()
        self.folders = w.SelectMultiple(
            description="Folders", options=sorted(set(folders) | set(current)),
            value=tuple(current), rows=min(max(len(folders), 2), 6), style=LABEL, layout=fit(),
            tooltip="Top-level content folders to select from (none: every folder)")
        self.tag = w.Combobox(description="Tag", value=str(block.filters.tag or ""),
                              ensure_option=False, placeholder="any tag", style=LABEL,
                              layout=fit(), tooltip="Keep the people whose tags list this one")
        self.count = w.BoundedIntText(description="Count", min=0, max=10_000,
                                      value=self._count(), style=LABEL, layout=fit(),
                                      tooltip="How many to show; 0 = all")
        self.offset = w.BoundedIntText(description="Offset", min=0, max=10_000,
                                       value=self._offset(), style=LABEL, layout=fit(),
                                       tooltip="Skip this many first")
        self.dropdowns = {}
        for name, (description, _) in DROPDOWNS.items():
            value = self._dropdown_value(name)
            self.dropdowns[name] = w.Dropdown(description=description, value=value,
                                              options=choices_with(choices(block, name), value),
                                              style=LABEL,
                                              layout=fit())
        self.people = w.HTML()
        self._set_tag_options()

        for control, handler in ((self.folders, self._on_folders), (self.tag, self._on_tag),
                                 (self.count, self._on_count), (self.offset, self._on_offset)):
            control.observe(handler, names="value")
        for name, control in self.dropdowns.items():
            control.observe(self._setter(name), names="value")

        self.heading = heading(self._title())
        self.box = w.VBox([self.heading, self.folders, self.tag, self.count,
                           self.offset, *self.dropdowns.values(), self.people],
                          layout=w.Layout(margin="0 0 1em 0"))
        self.box.add_class("lk-members-form")
        self.update_derived()

    # model -> controls
    def _folders(self) -> list[str]:
        folders = self.block.filters.folders
        if folders is None:
            return []
        return [str(f) for f in (folders if isinstance(folders, list) else [folders])]

    def _count(self) -> int:
        count = self.block.count
        return count if type(count) is int and count >= 0 else 5

    def _offset(self) -> int:
        offset = self.block.offset
        return offset if type(offset) is int and offset >= 0 else 0

    def _dropdown_value(self, name: str):
        value = getattr(self.block, name)
        return "" if value is None else value

    def _title(self) -> str:
        return members_title(self.editor.page, self.block)

    def sync(self) -> None:
        editor, block = self.editor, self.block
        editor._syncing = True
        try:
            self.heading.value = heading_html(self._title())
            current = self._folders()
            missing = [f for f in current if f not in self.folders.options]
            if missing:
                self.folders.options = sorted([*self.folders.options, *missing])
            self.folders.value = tuple(current)
            self.tag.value = str(block.filters.tag or "")
            self.count.value = self._count()
            self.offset.value = self._offset()
            for name, control in self.dropdowns.items():
                value = self._dropdown_value(name)
                control.options = choices_with(choices(block, name), value)
                control.value = value
            self._set_tag_options()
        finally:
            editor._syncing = False

    # controls -> model
    def _on_folders(self, change) -> None:
        def apply():
            chosen = list(change["new"])
            self.block.filters.folders = chosen or None
            self._set_tag_options()

        self.editor.apply(apply)

    def _on_tag(self, change) -> None:
        value = change["new"]
        tag = self._labels.get(value, value).strip()
        self.editor.apply(lambda: setattr(self.block.filters, "tag", tag or None), key=self.tag)
        if tag != value:  # an option "tag (n people)" was picked: show the bare tag
            self.editor._syncing = True
            try:
                self.tag.value = tag
            finally:
                self.editor._syncing = False

    def _on_count(self, change) -> None:
        new = change["new"]
        loaded = getattr(self.block, "_loaded", {}).get("count")
        value = None if loaded is None and new == 5 else new
        self.editor.apply(lambda: setattr(self.block, "count", value))

    def _on_offset(self, change) -> None:
        new = change["new"]
        loaded = getattr(self.block, "_loaded", {}).get("offset")
        value = None if loaded is None and new == 0 else new
        self.editor.apply(lambda: setattr(self.block, "offset", value))

    def _setter(self, name: str):
        def handler(change):
            value = None if change["new"] == "" else change["new"]
            self.editor.apply(lambda: setattr(self.block, name, value))

        return handler

    # derived
    def tag_counts(self) -> list[tuple[str, int]]:
        """Every tag of the people in the chosen folders, with how many carry it."""
        site = self.editor.page.site
        if site is None:
            return []
        counts: Counter[str] = Counter()
        spelling: dict[str, str] = {}
        for person in site.regular_pages(self.editor.page.lang, self._folders() or None):
            if person.is_list_page:
                continue
            for tag in {urlize(t): t for t in person.tags}.items():
                spelling.setdefault(tag[0], tag[1])
                counts[tag[0]] += 1
        return sorted(((spelling[k], n) for k, n in counts.items()),
                      key=lambda item: (-item[1], item[0]))

    def _set_tag_options(self) -> None:
        self._labels = {f"{tag} ({n} {'person' if n == 1 else 'people'})": tag
                        for tag, n in self.tag_counts()}
        self.tag.options = list(self._labels)

    def update_derived(self) -> None:
        site = self.editor.page.site
        if site is None:
            self.people.value = "<p>No site: the people cannot be listed.</p>"
            return
        lang = self.editor.page.lang
        block = self.block
        shown = site.select(block, lang)
        left_out = site.left_out(block, lang)
        parts = []
        if shown:
            items = "".join(f"<li>{escape(p.name)}</li>" for p in shown)
            parts.append(f"<p style='margin:0.4em 0 0'><b>{len(shown)} shown</b>, in order:</p>"
                         f"<ol class='landingkit-members' style='margin:0.2em 0'>{items}</ol>")
        warnings = []
        if not shown:
            warnings.append(self._why_nobody())
        for person in left_out:
            warnings.append(
                f"{escape(person.name)} (<code>{escape(self.editor.site_path(person.path))}"
                "</code>) "
                "matches but is left out: an <code>_index.md</code> file is a list page, and "
                "Hugo never shows list pages in a collection. Fix: rename the file to "
                "<code>index.md</code>.")
        parts += [f"<div class='landingkit-warning' style='color:#92400e;background:#fffbeb;"
                  f"border:1px solid #fcd34d;padding:0.3em;margin:0.3em 0'>⚠ {text}</div>"
                  for text in warnings]
        self.people.value = "".join(parts)

    def _why_nobody(self) -> str:
        block = self.block
        folders = self._folders()
        where = f"in {', '.join(folders)}" if folders else "on the site"
        tag = block.filters.tag
        if tag and not any(urlize(t) == urlize(tag) for t, _ in self.tag_counts()):
            return (f"Nobody matches: no one {escape(where)} has the tag "
                    f"<code>{escape(tag)}</code>. Fix: pick a tag from the list.")
        offset = self._offset()
        if offset:
            return (f"Nobody is shown: the offset {offset} skips everyone who matches. "
                    "Fix: lower the offset.")
        return (f"Nobody matches these filters {escape(where)}. Fix: choose other folders "
                "or another tag.")
