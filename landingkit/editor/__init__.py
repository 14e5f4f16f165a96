"""The notebook editor (`landingkit.edit(page)`): a form beside a live preview of the page.

shell.py holds the editor itself (undo, preview, save, merge, reload, changes, uploads),
members.py and achievements.py the parts of the form for each kind of block, look.py its
stylesheet and small pieces of HTML.
"""

from .shell import Editor

__all__ = ["Editor"]
