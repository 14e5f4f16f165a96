"""How the editor looks: its stylesheet, what the preview says of its width, and the small
pieces of HTML and layout the form is made of."""

from __future__ import annotations

import html

import ipywidgets as w

LABEL = {"description_width": "6.5em"}

# Form and preview side by side, each scrolling on its own, when the editor is wide enough for
# both (56em); stacked, the page scrolling, below that. Every control shrinks to its box and a
# row of controls wraps: nothing needs scrolling sideways. Boxes never squeeze their rows.
EDITOR_CSS = """<style>
.landingkit-editor { container: lk-editor / inline-size; }
.landingkit-editor .lk-editor-body { flex-flow: row wrap; }
.landingkit-editor .lk-editor-form { flex: 1 1 26em; padding-right: 1em; }
.landingkit-editor .lk-editor-preview { flex: 1.4 1 30em; padding-left: 1em;
  border-left: 1px solid #ddd; }
.landingkit-editor .lk-editor-form, .landingkit-editor .lk-editor-preview {
  box-sizing: border-box; min-width: 0; max-width: 100%; max-height: 80vh; overflow: auto;
}
@container lk-editor (max-width: 56em) {
  .landingkit-editor .lk-editor-form, .landingkit-editor .lk-editor-preview {
    flex-basis: 100%; max-height: none; padding: 0; border-left: none; }
  .landingkit-editor .lk-editor-preview { border-top: 1px solid #ddd; margin-top: 0.6em; }
}
.landingkit-editor .lk-editor-form > *, .landingkit-editor .lk-editor-form .widget-box > * {
  flex-shrink: 0;
}
.landingkit-editor .widget-inline-hbox, .landingkit-editor .widget-box {
  max-width: 100%; min-width: 0; box-sizing: border-box;
}
.landingkit-editor input, .landingkit-editor select, .landingkit-editor textarea {
  min-width: 0;
}
.landingkit-editor .lk-row { flex-flow: row wrap; gap: 2px 0; }
.landingkit-editor .lk-row > .widget-dropdown { flex: 1 1 16em; width: auto; }
.landingkit-editor .widget-button, .landingkit-editor .widget-upload {
  width: auto; min-width: 7em; max-width: 100%; }
.landingkit-editor .lk-status { flex: 1 1 14em; }
.landingkit-editor .widget-html-content { overflow-wrap: anywhere; }
.landingkit-editor .lk-preview-html > .widget-html-content {
  container: lk-preview / inline-size; overflow-wrap: normal; }
.landingkit-editor .lk-drawn { color: #4b5563; font-size: 12px; margin: 0 0 0.4em; }
.landingkit-editor .lk-drawn > span { display: none; }
WIDTHS
</style>"""

# The preview draws the page at the width of its pane, as a visitor's screen of that width
# would: the widths at which the page's grids change (its stylesheet's container queries, in
# rem) and what a grid shows there. The preview says which one applies.
DRAWN_AT = [  # (below this width in rem, what the preview says)
    (34, "under 34 rem (544 px) wide, as on a phone: grids show 1 column"),
    (46, "34–46 rem (544–736 px) wide: grids show at most 2 columns (Columns applies from "
         "960 px)"),
    (60, "46–60 rem (736–960 px) wide: grids show at most 3 columns (Columns applies from "
         "960 px)"),
    (None, "960 px wide or more: grids show the Columns chosen"),
]


def _drawn_css() -> str:
    """Show the one sentence of DRAWN_AT that holds for the preview's width."""
    rules, lower = [], None
    for index, (upper, _) in enumerate(DRAWN_AT):
        query = " and ".join(q for q in (lower and f"(width > {lower}rem)",
                                         upper and f"(width <= {upper}rem)") if q)
        rule = f".landingkit-editor .lk-drawn > .lk-drawn-{index} {{ display: inline; }}"
        rules.append(f"@container lk-preview {query} {{ {rule} }}" if query else rule)
        lower = upper
    return "\n".join(rules)


EDITOR_CSS = EDITOR_CSS.replace("WIDTHS", _drawn_css())
DRAWN_HTML = ("<p class='lk-drawn'>Drawn at the width of this pane, as a visitor's screen "
              "that is " + "".join(f"<span class='lk-drawn-{i}'>{html.escape(text)}</span>"
                                   for i, (_, text) in enumerate(DRAWN_AT)) + ".</p>")


def escape(text: object) -> str:
    return html.escape(str(text), quote=True)


def fit() -> w.Layout:
    """A control of the Members form: the width of the form, up to 28em."""
    return w.Layout(width="auto", max_width="28em")


def full() -> w.Layout:
    """As wide as the box, less the control's margins (width 100% would add them)."""
    return w.Layout(width="auto")


def heading(text: str) -> w.HTML:
    return w.HTML(heading_html(text))


def heading_html(text: str) -> str:
    return f"<h3 style='margin:0.6em 0 0.2em'>{escape(text)}</h3>"


def diff_html(diff: str) -> str:
    lines = []
    for line in diff.splitlines():
        color = ("#166534" if line.startswith("+") else
                 "#991b1b" if line.startswith("-") else "#6b7280" if line.startswith("@")
                 else "inherit")
        lines.append(f"<span style='color:{color}'>{escape(line)}</span>")
    return ("<pre style='font-size:12px;line-height:1.35;margin:0;white-space:pre-wrap'>"
            + "\n".join(lines) + "</pre>")


def version_html(label: str, value: object) -> str:
    shown = "(removed)" if value is None else value if isinstance(value, str) else repr(value)
    return (f"<div style='margin:0.1em 0'>{escape(label)}:</div>"
            "<pre style='font-size:12px;margin:0 0 0.3em;padding:0.3em;background:#f3f4f6;"
            f"white-space:pre-wrap;max-height:12em;overflow:auto'>{escape(shown)}</pre>")


def size_text(n: int) -> str:
    return f"{n} bytes" if n < 1024 else f"{n / 1024:.1f} KiB" if n < 1 << 20 else \
        f"{n / (1 << 20):.1f} MiB"


def close_tree(widget: w.Widget) -> None:
    """Close a widget and everything inside it (closed widgets leave the kernel's registry)."""
    if isinstance(widget, w.Box):
        for child in widget.children:
            close_tree(child)
    widget.close()
