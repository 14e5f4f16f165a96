"""The Members part of the form for a block that lists people by user group (`people`,
`team-showcase`): its groups, its sort, its `show_*` switches and who it shows."""

from __future__ import annotations

import copy
import difflib
from collections import Counter
from typing import TYPE_CHECKING

import ipywidgets as w

from ..blocks import find
from ..model import Block, set_in
from .look import LABEL, escape, fit, heading, heading_html
from .members import choices_with, members_title

if TYPE_CHECKING:
    from .shell import Editor

WARNING = ("<div class='landingkit-warning' style='color:#92400e;background:#fffbeb;"
           "border:1px solid #fcd34d;padding:0.3em;margin:0.3em 0'>⚠ {}</div>")


def group_name(item: object) -> str:
    """The name of a `user_groups` item: a name, or the kit's `{name, sort_by, ...}`."""
    if isinstance(item, dict):
        item = item.get("name") or item.get("title") or ""
    return str(item)


def _groups_of(block: Block) -> list:
    groups = getattr(block, "user_groups", None)
    if isinstance(groups, list):
        return groups
    return [groups] if isinstance(groups, (str, dict)) and groups else []


def plural(n: int) -> str:
    return f"{n} {'person' if n == 1 else 'people'}"


class PeopleSection:
    """The controls of a block that shows people group by group."""

    def __init__(self, editor: Editor, block: Block):
        self.editor = editor
        self.block = block
        #: whom its groups are drawn from (a Site method) and the schema the site's theme reads
        self.source, self.schema = block.reads(editor.page.site)
        self.groups = w.Select(description="Groups", options=[], rows=5, style=LABEL,
                               layout=fit(), tooltip="The groups shown, in this order")
        self.up = w.Button(description="Group up", icon="arrow-up", layout=fit())
        self.down = w.Button(description="Group down", icon="arrow-down", layout=fit())
        self.remove = w.Button(description="Remove group", icon="trash", layout=fit())
        self.new_group = w.Dropdown(description="New group", options=[], style=LABEL,
                                    layout=fit(), tooltip="A group people have")
        self.add = w.Button(description="Add group", icon="plus", layout=fit())
        self.sort_by = w.Dropdown(description="Sort by", style=LABEL, layout=fit())
        self.ascending = w.Checkbox(description="Ascending", style=LABEL, indent=False)
        self.switches = {name: w.Checkbox(description=name, style=LABEL, indent=False)
                         for name in self._switch_names()}
        self.people = w.HTML()
        self.up.on_click(editor._guard(lambda _: self._move(-1)))
        self.down.on_click(editor._guard(lambda _: self._move(1)))
        self.remove.on_click(editor._guard(lambda _: self._remove()))
        self.add.on_click(editor._guard(lambda _: self._add()))
        self.sort_by.observe(self._on_sort_by, names="value")
        self.ascending.observe(self._on_ascending, names="value")
        for name, box in self.switches.items():
            box.observe(self._switcher(name), names="value")
        self.heading = heading(self._title())
        self.sync()
        self.box = w.VBox([self.heading, self.groups,
                           w.HBox([self.up, self.down, self.remove]),
                           w.HBox([self.new_group, self.add]), self.sort_by, self.ascending,
                           *self.switches.values(), self.people],
                          layout=w.Layout(margin="0 0 1em 0"))
        self.box.add_class("lk-members-form")
        self.update_derived()

    # what the block and its people offer
    def _switch_names(self) -> list[str]:
        return [name for name in self.schema.design
                if name.startswith("show_") and hasattr(self.block, name)]

    def everyone(self) -> list:
        """Everyone the block could show: its type names where it reads people from."""
        site = self.editor.page.site
        if site is None:
            return []
        return list(getattr(site, self.source)(self.editor.page.lang))

    def group_counts(self) -> Counter:
        """How many people each group has, as people's `user_groups` name them."""
        return Counter(g for p in self.everyone() for g in dict.fromkeys(map(str, p.user_groups)))

    def listed(self) -> list:
        return list(_groups_of(self.block))  # a lone name or mapping (the kit) as a list

    def _sort_choices(self) -> list[tuple[str, object]]:
        """The schema's sort fields that some person has (the default always)."""
        people = self.everyone()

        def has(field: str) -> bool:
            name = field.removeprefix("Params.").removeprefix(".")
            if name.lower() in ("title", "name"):
                return True
            return any(p.params.get(name) not in (None, "") or p.params.get(name.lower())
                       not in (None, "") or getattr(p, name.lower(), None) not in (None, "", [])
                       for p in people)

        return [(label, value) for label, value in self.schema.choices("content.sort_by")
                if value == "" or has(str(value))]

    def _with_current(self, choices: list, current: object) -> list:
        """The choices and the file's value; the default written out is named as the default."""
        if current != "" and current == self.schema.option("content.sort_by").default:
            label = next((label for label, value in choices if value == ""), str(current))
            return [*choices, (f"{label.replace(' (default)', '')} (as in the file)", current)]
        return choices_with(choices, current)

    def _title(self) -> str:
        return members_title(self.editor.page, self.block)

    # model -> controls
    def sync(self) -> None:
        editor, block = self.editor, self.block
        editor._syncing = True
        try:
            self.heading.value = heading_html(self._title())
            counts = self.group_counts()
            listed = self.listed()
            chosen = self.groups.index
            self.groups.options = [(f"{group_name(g)} ({plural(counts[group_name(g)])})", i)
                                   for i, g in enumerate(listed)]
            if listed:
                self.groups.value = min(chosen or 0, len(listed) - 1)
            names = {group_name(g) for g in listed}
            self.new_group.options = [(f"{g} ({plural(n)})", g)
                                      for g, n in sorted(counts.items()) if g not in names]
            sort_by = "" if block.sort_by is None else block.sort_by
            self.sort_by.options = self._with_current(self._sort_choices(), sort_by)
            self.sort_by.value = sort_by
            self.ascending.value = block.sort_ascending is not False
            for name, box in self.switches.items():
                box.value = block.shows(name, editor.page.site)
        finally:
            editor._syncing = False

    # controls -> model: each through the block's field, its data kept in step
    def _set(self, name: str, value) -> None:
        block = self.block
        field = next(f for f in block._keyed() if f.name == name)
        setattr(block, name, value)
        set_in(block.data, field.metadata["key"], copy.deepcopy(value))

    def _set_groups(self, groups: list, chosen: int | None) -> None:
        def apply():
            self._set("user_groups", groups)
            self.sync()
            if chosen is not None and groups:
                self.editor._syncing = True
                try:
                    self.groups.value = chosen
                finally:
                    self.editor._syncing = False

        self.editor.apply(apply)

    def _move(self, step: int) -> None:
        groups, i = self.listed(), self.groups.value
        if i is None or not 0 <= i + step < len(groups):
            return
        groups[i], groups[i + step] = groups[i + step], groups[i]
        self._set_groups(groups, i + step)

    def _remove(self) -> None:
        groups, i = self.listed(), self.groups.value
        if i is None:
            return
        del groups[i]
        self._set_groups(groups, min(i, len(groups) - 1) if groups else None)

    def _add(self) -> None:
        name = self.new_group.value
        if name is None:
            return
        groups = [*self.listed(), name]
        self._set_groups(groups, len(groups) - 1)

    def _unset_if_default(self, name: str, value, default):
        loaded = getattr(self.block, "_loaded", {}).get(name)
        return None if loaded is None and value == default else value

    def _on_sort_by(self, change) -> None:
        value = None if change["new"] == "" else change["new"]
        self.editor.apply(lambda: self._set("sort_by", value))

    def _on_ascending(self, change) -> None:
        value = self._unset_if_default("sort_ascending", change["new"], True)
        self.editor.apply(lambda: self._set("sort_ascending", value))

    def _switcher(self, name: str):
        default = self.schema.option(f"design.{name}").default

        def handler(change):
            value = self._unset_if_default(name, change["new"], default)
            self.editor.apply(lambda: self._set(name, value))

        return handler

    # derived
    def update_derived(self) -> None:
        page = self.editor.page
        if page.site is None:
            self.people.value = "<p>No site: the people cannot be listed.</p>"
            return
        shown = page.groups(self.block)
        parts, warnings = [], []
        for name, people in shown:
            items = "".join(f"<li>{escape(p.name)}</li>" for p in people)
            label = "Everyone (no groups listed)" if name is None else name
            parts.append(f"<p style='margin:0.4em 0 0'><b>{escape(label)}</b>: "
                         f"{plural(len(people))}</p>"
                         f"<ol class='landingkit-members' style='margin:0.2em 0'>{items}</ol>")
            if name is not None and not people:
                warnings.append(f"The group <code>{escape(name)}</code> is empty: nobody's "
                                "<code>user_groups</code> names it.")
        listed = {group_name(g) for b in page.sections if find(b).shows_people
                  for g in _groups_of(b)}
        if listed:
            for person in self.everyone():
                for group in dict.fromkeys(map(str, person.user_groups)):
                    if group in listed:
                        continue
                    close = difflib.get_close_matches(group, sorted(listed), n=1)
                    hint = f" Did you mean <code>{escape(close[0])}</code>?" if close else ""
                    warnings.append(f"{escape(person.name)} is in <code>{escape(group)}</code>, "
                                    f"which no block of this page lists.{hint}")
        self.people.value = "".join(parts) + "".join(WARNING.format(t) for t in warnings)
