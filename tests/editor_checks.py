"""What the browser tests of the editor check in JupyterLab and in the app alike."""

from __future__ import annotations

import time

# Every control and label of the editor that is shown, which is not wholly inside its card (or,
# outside the cards, inside the form, the preview or the editor), and every box of the editor
# that would scroll sideways. [] when all is in sight.
OUT_OF_SIGHT = """(editor) => {
  const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
  const name = e => (e.closest('.widget-inline-hbox, .widget-button, .widget-upload')
    ?.querySelector('.widget-label')?.textContent || e.textContent || e.tagName).trim();
  const found = [];
  const controls = editor.querySelectorAll(
    'input, select, textarea, button, .widget-upload, .widget-label');
  for (const control of controls) {
    if (!shown(control) || control.type === 'file') continue;
    if (control.classList.contains('widget-label') && !control.textContent.trim()) continue;
    const box = control.closest('.lk-card') || control.closest('.lk-editor-form')
      || control.closest('.lk-editor-preview') || editor;
    const c = control.getBoundingClientRect(), b = box.getBoundingClientRect();
    if (c.left < b.left - 0.5 || c.right > b.right + 0.5) {
      found.push(`${name(control)}: ${Math.round(c.left)}..${Math.round(c.right)} outside `
                 + `${box.className.split(' ').find(n => n.startsWith('lk-')) || 'editor'} `
                 + `${Math.round(b.left)}..${Math.round(b.right)}`);
    }
  }
  for (const box of [editor, ...editor.querySelectorAll('.widget-box, .lk-editor-form, '
                                                        + '.lk-editor-preview')]) {
    if (shown(box) && box.scrollWidth > box.clientWidth + 1) {
      const names = box.className.split(' ').filter(n => /^(lk|widget)-/.test(n));
      found.push(`${names.join('.')} scrolls sideways: ${box.scrollWidth} > ${box.clientWidth}`);
    }
  }
  const view = editor.getBoundingClientRect();
  if (view.right > innerWidth + 0.5) found.push(`editor ends at ${view.right} > ${innerWidth}`);
  return found;
}"""

# (form box, preview box) of the editor: side by side or stacked.
BOXES = """(editor) => ['.lk-editor-form', '.lk-editor-preview'].map(s => {
  const r = editor.querySelector(s).getBoundingClientRect();
  return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};
})"""

# The sentence the preview shows about its width, and how many columns its people grid has.
DRAWN = """(editor) => {
  const shown = [...editor.querySelectorAll('.lk-drawn > span')]
    .filter(s => getComputedStyle(s).display !== 'none').map(s => s.textContent);
  const grid = editor.querySelector('.lk-editor-preview .lk-grid');
  return [shown, getComputedStyle(grid).gridTemplateColumns.split(' ').length];
}"""

# The names on the preview's cards, without <ruby> readings.
PREVIEW_NAMES = """(editor) => [...editor.querySelectorAll('.lk-editor-preview .lk-name')]
 .map(e => {
  const name = e.cloneNode(true);
  name.querySelectorAll('rt, rp').forEach(x => x.remove());
  return name.textContent.trim();
})"""

FONT_AWESOME = """async () => { await document.fonts.ready;
  const icon = document.querySelector('.landingkit-editor .widget-button i.fa');
  const style = getComputedStyle(icon, '::before');
  return [style.content !== 'none' && style.content !== '""', style.fontFamily,
          document.fonts.check(`${style.fontWeight} 16px ${style.fontFamily}`)];
}"""


def names_are(page, editor, expected: list[str], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while (names := editor.evaluate(PREVIEW_NAMES)) != expected:
        assert time.monotonic() < deadline, f"preview shows {names}, expected {expected}"
        page.wait_for_timeout(50)


def side_by_side(boxes) -> bool:
    form, preview = boxes
    return form["right"] <= preview["left"] + 1 and abs(form["top"] - preview["top"]) < 2


def stacked(boxes) -> bool:
    form, preview = boxes
    return preview["top"] >= form["bottom"] - 1 and abs(form["left"] - preview["left"]) < 2


def drawn_sentence(columns: int) -> str:
    """What the preview says of its width when a grid of Columns 4 shows `columns`."""
    from landingkit.editor.look import DRAWN_AT

    return DRAWN_AT[min(columns, 4) - 1][1]
