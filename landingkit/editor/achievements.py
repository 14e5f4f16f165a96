"""The Achievements part of the form: one card per achievement, numbered by position."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import ipywidgets as w

from ..achievements import Achievement, Achievements
from ..model import MarkdownBlock
from .look import LABEL, close_tree, escape, full, heading, heading_html

if TYPE_CHECKING:
    from .shell import Editor

class AchievementsSection:
    """One card per achievement of a Markdown block, numbered by position."""

    def __init__(self, editor: Editor, block: MarkdownBlock):
        self.editor = editor
        self.block = block
        self.add_button = w.Button(description="Add achievement", icon="plus",
                                   layout=w.Layout(align_self="flex-start"))
        self.add_button.on_click(editor._guard(lambda _: self.add()))
        self.cards_box = w.VBox()
        self.heading = heading(self._title())
        self.box = w.VBox([self.heading, self.cards_box, self.add_button])
        self.cards: list[Card] = []
        self._build_cards()

    @property
    def achievements(self) -> Achievements:
        return self.block.achievements

    def _title(self) -> str:
        return f"Achievements: {self.block.title or 'Achievements'}"

    def _build_cards(self) -> None:
        for card in self.cards:
            card.close()
        items = list(self.achievements)
        self.cards = [Card(self, item) for item in items]
        self.cards_box.children = [card.box for card in self.cards]
        self.update_derived()

    def sync(self) -> None:
        self.heading.value = heading_html(self._title())
        items = list(self.achievements)
        if len(items) != len(self.cards):
            self._build_cards()
            return
        for card, item in zip(self.cards, items):  # numbers are positions: so are cards
            card.item = item
            card.sync()

    def update_derived(self) -> None:
        last = len(self.cards) - 1
        for number, card in enumerate(self.cards, 1):
            card.number.value = (f"<b>{escape(self.achievements.label)} {number}</b>")
            card.up.disabled = number == 1
            card.down.disabled = number - 1 == last

    # structural edits
    def add(self) -> Achievement:
        item = Achievement()
        self.editor.apply(lambda: self.achievements.append(item))
        self.sync()
        return item

    def remove(self, item: Achievement) -> None:
        index = self._index(item)  # by identity: two achievements may be equal
        self.editor.apply(lambda: self.achievements.__delitem__(index))
        self.sync()

    def move(self, item: Achievement, step: int) -> None:
        index = self._index(item)
        target = index + step
        if 0 <= target < len(self.achievements):
            self.editor.apply(lambda: self.achievements.move(index, target))
            self.sync()

    def _index(self, item: Achievement) -> int:
        return next(i for i, a in enumerate(self.achievements) if a is item)

    def image_choices(self, item: Achievement) -> list[tuple[str, str]]:
        editor = self.editor
        choices = [("(no image)", "")]
        choices += [(name, editor.image_src(name, self.block)) for name in editor.bundle_images()]
        if item.image_src and not any(src == item.image_src for _, src in choices):
            choices.append((f"{item.image_src} (not in the bundle)", item.image_src))
        return choices


class Card:
    """The controls of one achievement."""

    def __init__(self, section: AchievementsSection, item: Achievement):
        self.section = section
        self.item = item
        editor = section.editor
        self.number = w.HTML()
        self.title = w.Text(description="Title", value=item.title, style=LABEL, layout=full())
        self.image = w.Dropdown(description="Image", options=section.image_choices(item),
                                value=item.image_src, style=LABEL)
        self.upload = w.FileUpload(description="Upload image", accept="image/*", multiple=False,
                                   tooltip="Use a new image; Save writes it into the page's "
                                           "folder", layout=w.Layout(flex="0 0 auto"))
        self.alt = w.Text(description="Alt text", value=item.image_alt, style=LABEL,
                          layout=full(), placeholder="what the image shows, for screen readers")
        self.body = w.Textarea(description="Text", value=item.body, style=LABEL,
                               layout=w.Layout(width="auto", height="9em"),
                               placeholder="Markdown")
        self.remove = w.Button(description="Remove", icon="trash")
        self.up = w.Button(description="Move up", icon="arrow-up")
        self.down = w.Button(description="Move down", icon="arrow-down")
        self.title.observe(self._text_setter("title", self.title), names="value")
        self.alt.observe(self._text_setter("image_alt", self.alt), names="value")
        self.body.observe(self._text_setter("body", self.body), names="value")
        self.image.observe(self._on_image, names="value")
        self.upload.observe(self._on_upload, names="value")
        self.remove.on_click(editor._guard(lambda _: section.remove(self.item)))
        self.up.on_click(editor._guard(lambda _: section.move(self.item, -1)))
        self.down.on_click(editor._guard(lambda _: section.move(self.item, +1)))
        rows = [w.HBox([self.image, self.upload]), w.HBox([self.up, self.down, self.remove])]
        for row in rows:
            row.add_class("lk-row")
        self.box = w.VBox(
            [self.number, self.title, rows[0], self.alt, self.body, rows[1]],
            layout=w.Layout(border="1px solid #d1d5db", padding="0.4em", margin="0.3em 0"))
        self.box.add_class("lk-card")

    def _text_setter(self, name: str, control: w.Widget):
        def handler(change):
            self.section.editor.apply(lambda: setattr(self.item, name, change["new"]),
                                      key=control)

        return handler

    def _on_image(self, change) -> None:
        src = change["new"]
        item = self.item

        def apply():
            item.image_src = src or ""
            if src and not item.image_alt:
                item.image_alt = Path(src.rsplit("/", 1)[-1]).stem
            if not src:
                item.image_alt = ""

        self.section.editor.apply(apply)
        self.sync()

    def _on_upload(self, change) -> None:
        files = change["new"]
        if not files:
            return
        editor = self.section.editor
        with editor._reporting():
            upload = files[0]
            name = editor.add_bundle_image(upload["name"], bytes(upload["content"]))
            src = editor.image_src(name, self.section.block)
            for card in self.section.cards:  # every card may now pick the new image
                card.refresh_choices()
            self.image.value = src  # an edit like picking it from the list
            if name in editor.staged:
                editor._say(f"Added {name}: Save writes it into the page's folder.")
        self.upload.value = ()  # ready for the next file

    def refresh_choices(self) -> None:
        editor = self.section.editor
        editor._syncing = True
        try:
            self.image.options = self.section.image_choices(self.item)
            self.image.value = self.item.image_src
        finally:
            editor._syncing = False

    def sync(self) -> None:
        editor, item = self.section.editor, self.item
        editor._syncing = True
        try:
            self.title.value = item.title
            self.alt.value = item.image_alt
            self.body.value = item.body
            choices = self.section.image_choices(item)
            if list(self.image.options) != choices:
                self.image.options = choices
            self.image.value = item.image_src
        finally:
            editor._syncing = False

    def close(self) -> None:
        close_tree(self.box)
