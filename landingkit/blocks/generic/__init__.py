"""Every block type landingkit does not model: loaded, kept and saved unchanged, and shown
as a notice naming its type."""

from __future__ import annotations

from pathlib import Path

from ...model import Block
from .. import GENERIC, BlockType, register
from ..schema import Schema

#: block types of the theme (blox-tailwind v0.3.1, blox-bootstrap v5.9, the 2026 kit)
THEME_BLOCKS = {"markdown", "collection", "hero", "features", "stats", "testimonials",
                "cta-card", "cta-button-list", "cta-image-paragraph", "resume-biography",
                "resume-biography-3", "resume-experience", "resume-skills", "resume-languages",
                "resume-awards",
                # blox-bootstrap's and the 2026 kit's own, and Wowchemy's widgets
                # (v5.5.0 layouts/partials/widgets/)
                "people", "contact", "slider", "portfolio", "accomplishments", "experience",
                "skills", "tag_cloud", "about.avatar", "about.biography", "team-showcase",
                "contact-info", "faq", "logos", "research-areas", "focus-areas", "tech-stack",
                "dev-hero", "blank", "about", "featured", "featurette", "pages",
                # the 2026 kit's (modules/blox/blox/) and blox-tailwind v0.10.0's others
                "steps", "pricing", "comparison-table", "search-hero", "help-categories",
                "help-questions", "knowledge-categories", "trending-questions"}


def render(ctx, block: Block, index: int, section_id: str):
    return ctx.render("generic/block.html", id=section_id, type=block.type)


register(BlockType(GENERIC, Block, Schema(), Path(__file__).parent, render=render))
