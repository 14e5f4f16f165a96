"""`contact`: how to reach the site's people, as blox-bootstrap v5.9.7 (`blocks/contact.html`)
and Wowchemy v5.5.0 (`widgets/contact.html`) draw it.

The text, the contact form when `form.provider` names one (netlify or formspree), then a list
of details, each behind its icon: e-mail, telephone, the address in the site's address
format, directions, office hours, the appointment link and `contact_links`. The form is
drawn but inert: it has no action and its button submits nothing (an export's
Content-Security-Policy forbids sending a form anyway). Where the theme puts a map (from
`coordinates` and `params.features.map`, drawn by a script from tiles it fetches), a page
that may run no script and fetch nothing shows the address as a link to the map instead.
Before Wowchemy v5.5 (Academic v4.8, Wowchemy v5.0-v5.4) the details are the site's params,
not the widget's `content`, and the widget's `email_form` (1: netlify, 2: formspree) names
the form; Academic v4 lists the e-mail only without a form.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from markupsafe import Markup, escape

from ...config import wowchemy_before
from ...model import Block, key
from .. import BlockType, register
from ..layout import dig, heading, link, render_string, widget_body
from ..parts import wowchemy_version
from ..schema import BOOL, LIST, MAP, TEXT, TEXT_OR_LIST, TITLES, Option, Schema

_ADDRESS = {name: Option(TEXT) for name in ("street", "city", "region", "postcode", "country")}
_FORM = {"provider": Option(TEXT), "netlify": Option(MAP), "formspree": Option(MAP)}
SCHEMA = Schema(
    content={**TITLES, "email": Option(TEXT), "phone": Option(TEXT),
             "address": Option(MAP, keys=_ADDRESS), "directions": Option(TEXT),
             "office_hours": Option(TEXT_OR_LIST), "appointment_url": Option(TEXT),
             "contact_links": Option(LIST), "coordinates": Option(MAP),
             "form": Option(MAP, keys=_FORM), "autolink": Option(BOOL, default=True)},
)

#: blox-bootstrap's data/address_formats.toml: the fields in order, and what follows each
ADDRESS_FORMATS = {
    "en-ca": (("street", "city", "region", "postcode", "country"), ("<br>", ", ", "<br>", "<br>")),
    "en-us": (("street", "city", "region", "postcode"), (", ", ", ", " ", "")),
    "en-gb": (("street", "city", "region", "postcode"), (", ", ", ", ", ", "")),
    "de": (("street", "postcode", "city"), ("<br>", " ", "")),
    "fr-ca": (("street", "city", "region", "postcode", "country"), ("<br>", ", ", "<br>", "<br>")),
    "fr-fr": (("street", "postcode", "city"), ("<br>", " ", "")),
    "nl": (("street", "postcode", "city", "country"), ("<br>", " ", "<br>", "")),
    "zh": (("postcode", "region", "city", "street"), (" ", " ", " ", "")),
    "pt-br": (("street", "city", "region", "postcode", "country"), ("<br>", ", ", "<br>", "<br>")),
    "il": (("street", "city", "postcode", "country"), (", ", "&nbsp;", " ", "")),
    "fi": (("street", "postcode", "city", "country"), (", ", " ", ", ")),
}

#: the theme's i18n (i18n/<lang>.yaml) for the form and the appointment link
WORDS = {
    "en": ("Name", "Email", "Message", "Attach file", "Send", "Book an appointment"),
    "de": ("Name", "E-Mail", "Nachricht", "Attach file", "Senden", "Termin vereinbaren"),
    "fr": ("Nom", "E-mail", "Message", "Joindre un fichier", "Envoyer",
           "Demander un rendez-vous"),
    "es": ("Nombre", "Email", "Mensaje", "Adjunto", "Enviar", "Solicitar una cita"),
    "ja": ("名前", "メールアドレス", "メッセージ本文", "ファイルを添付", "送信", "予約を取る"),
    "zh": ("姓名", "邮箱", "信息", "Attach file", "发送", "预约"),
}
#: Font Awesome 6 (the theme's icons) knows the v5 name `map-marker` as `location-pin`
_FA6 = {"map-marker": "location-pin"}
_PACKS = ("fab", "fas", "far", "fal")


@dataclass(eq=False)
class ContactBlock(Block):
    title: str | None = key("content", "title")
    subtitle: str | None = key("content", "subtitle")
    text: str | None = key("content", "text")
    email: str | None = key("content", "email")
    phone: str | None = key("content", "phone")


@dataclass(frozen=True)
class Detail:
    icon: Markup | None
    html: Markup  # what is shown beside it
    span_id: str = ""  # the theme's id of the element (person-email, ...)


def words(lang: str) -> tuple[str, ...]:
    lang = lang.lower()
    return WORDS.get(lang) or WORDS.get(lang.split("-")[0]) or WORDS["en"]


def address_html(address: Any, fmt: str) -> Markup:
    """The theme's functions/get_address.html: each field escaped, followed by the format's
    delimiter for its place (kept when the fields after it are missing, as the theme does)."""
    order, delimiters = ADDRESS_FORMATS.get(fmt, ADDRESS_FORMATS["en-us"])
    parts = []
    for place, name in enumerate(order):
        value = dig(address, name)
        if value not in (None, "", False):
            parts.append(str(escape(str(value))))
            parts.append(delimiters[place] if place < len(delimiters) else "")
    return Markup("".join(parts))


def address_format(site, page) -> str:
    """`site.Params.locale.address_format` (en-us): the theme's get_address also names the
    page's `address_format`, but of the dictionary it is handed, which has none."""
    params = site.config.params(page.lang) if site is not None else {}
    found = dig(params, "locale", "address_format")
    return str(found) if found else "en-us"


def _icon(ctx, pack: str, name: str) -> Markup | None:
    name = _FA6.get(name, name)
    return ctx.icon(f"{pack}/{name}") if name else None


def _details_data(ctx, block: ContactBlock) -> dict:
    """Where the details come from: the widget's `content` (Wowchemy v5.5 and after,
    blox-bootstrap), the site's params before v5.5 (`$data := site.Params` of Academic v4.8
    and Wowchemy v5.0-v5.4's widgets/contact.html)."""
    version = wowchemy_version(ctx)
    if wowchemy_before(version, (5, 5)):
        return ctx.page.site.config.params(ctx.page.lang)
    content = block.data.get("content")
    return content if isinstance(content, dict) else {}


def form_provider(block: ContactBlock) -> str:
    """`content.form.provider`, else the widget's `email_form` the theme still reads (1:
    netlify, 2: formspree; Academic v4's only key)."""
    provider = str(dig(block.data, "content", "form", "provider") or "").lower()
    if provider:
        return provider
    return {1: "netlify", 2: "formspree"}.get(block.data.get("email_form"), "")


def details(ctx, block: ContactBlock) -> list[Detail]:
    from ...markdown import emojify

    content = _details_data(ctx, block)
    found = []
    email, phone = content.get("email"), content.get("phone")
    version = wowchemy_version(ctx)
    if wowchemy_before(version, (5, 0)) and block.data.get("email_form"):
        email = None  # Academic v4 shows the address only without the form that mails it
    # `default true $block.content.autolink`: Hugo's default replaces false too, so the
    # theme links the e-mail and the telephone whatever autolink says
    if email not in (None, "", False):
        text = escape(str(email))
        found.append(Detail(_icon(ctx, "fas", "envelope"),
                            Markup(f'<a href="mailto:{escape(quote(str(email), safe="@.+-_~"))}'
                                   f'">{text}</a>'), "person-email"))
    if phone not in (None, "", False):
        text = escape(str(phone))
        found.append(Detail(_icon(ctx, "fas", "phone"),
                            Markup(f'<a href="tel:{escape(quote(str(phone), safe="+-()"))}">'
                                   f"{text}</a>"), "person-telephone"))
    address = content.get("address")
    if any(dig(address, name) for name in ("street", "city", "region", "postcode", "country")):
        shown = address_html(address, address_format(ctx.page.site, ctx.page))
        found.append(Detail(_icon(ctx, "fas", "map-marker"), shown, "person-address"))
    directions = content.get("directions")
    if directions not in (None, "", False):
        found.append(Detail(_icon(ctx, "fas", "compass"),
                            ctx.inline_html(emojify(str(directions)))))
    hours = content.get("office_hours")
    if hours not in (None, "", False, []):
        text = "<br>".join(map(str, hours)) if isinstance(hours, list) else str(hours)
        found.append(Detail(_icon(ctx, "fas", "clock"), ctx.inline_html(emojify(text))))
    booking = content.get("appointment_url")
    if booking not in (None, "", False):
        from ...render import safe_url

        href = safe_url(str(booking)) or "#ZgotmplZ"  # what Go's templates write for it
        found.append(Detail(_icon(ctx, "fas", "calendar-check"), Markup(
            f'<a href="{escape(href)}" target="_blank" rel="noopener">'
            f"{escape(words(ctx.page.lang)[5])}</a>")))
    for item in content.get("contact_links") or []:
        if not isinstance(item, dict):
            continue
        pack = str(item.get("icon_pack") or "fas")
        href, external = link(ctx, str(item.get("link") or ""))
        name = ctx.inline_html(emojify(str(item.get("name") or "")))
        target = ' target="_blank" rel="noopener"' if external else ""
        found.append(Detail(_icon(ctx, pack if pack in _PACKS else "fas",
                                  str(item.get("icon") or "")),
                            Markup(f'<a href="{escape(href)}"{target}>{name}</a>')))
    return found


def map_link(ctx, block: ContactBlock) -> dict | None:
    """Where the theme draws its map: the address (or the coordinates) as a link to the map
    of the site's provider, which a reader opens on purpose."""
    site = ctx.page.site
    params = site.config.params(ctx.page.lang) if site is not None else {}
    provider = str(dig(params, "features", "map", "provider") or "").lower()
    data = _details_data(ctx, block)
    lat = dig(data, "coordinates", "latitude")
    lng = dig(data, "coordinates", "longitude")
    if not provider or lat in (None, "", False):
        return None
    zoom = str(dig(params, "features", "map", "zoom") or "15")
    if provider == "google":
        href = "https://www.google.com/maps/search/?" + urlencode(
            {"api": "1", "query": f"{lat},{lng}"})
    else:  # openstreetmap, mapbox: both draw OpenStreetMap's data
        href = (f"https://www.openstreetmap.org/?mlat={quote(str(lat))}&mlon={quote(str(lng))}"
                f"#map={quote(zoom)}/{quote(str(lat))}/{quote(str(lng))}")
    return {"href": href, "lat": lat, "lng": lng}


def render(ctx, block: ContactBlock, index: int, section_id: str):
    content = block.data.get("content") if isinstance(block.data.get("content"), dict) else {}
    provider = form_provider(block)
    form = provider in ("netlify", "formspree")
    address = _details_data(ctx, block).get("address")
    return ctx.render(
        "contact/block.html", id=section_id, **heading(ctx, block, wide="2"),
        text=render_string(ctx, block, index, content.get("text")),
        body=widget_body(ctx, block, index),
        form=form, words=words(ctx.page.lang),
        attachments=provider == "netlify" and dig(content, "form", "netlify", "attachments")
        not in (None, "", False),
        details=details(ctx, block), map=map_link(ctx, block),
        address=address_html(address, address_format(ctx.page.site, ctx.page))
        if isinstance(address, dict) else "")


def check(c, site, page, block: ContactBlock, node, where: str, selection: bool) -> None:
    """What stops the theme's build: an address format it does not have, a Formspree form
    without its id or reCAPTCHA key."""
    from ... import source

    content = block.data["content"]
    content_node = source.child(node, "content")
    fmt = address_format(site, page)
    if isinstance(content.get("address"), dict) and any(
            dig(content, "address", name) for name in _ADDRESS) and fmt not in ADDRESS_FORMATS:
        c.add("error", f"{where}.content.address: the address format {fmt!r} is not one of "
                       f"the theme's ({', '.join(ADDRESS_FORMATS)}); Hugo stops the build",
              source.child(content_node, "address"))
    if str(dig(content, "form", "provider") or "").lower() == "formspree":
        form_node = source.child(content_node, "form")
        if not dig(content, "form", "formspree", "id"):
            c.add("error", f"{where}.content.form: a Formspree form needs formspree.id; Hugo "
                           "stops the build", form_node)
        elif (dig(content, "form", "formspree", "captcha")
              and not dig(content, "form", "formspree", "captcha_key")):
            c.add("error", f"{where}.content.form: Formspree's reCAPTCHA needs "
                           "formspree.captcha_key; Hugo stops the build", form_node)


def summary(block: ContactBlock) -> list[str]:
    return [f"{name}: {value}" for name, value in (("email", block.email),
                                                   ("phone", block.phone)) if value]


register(BlockType("contact", ContactBlock, SCHEMA, Path(__file__).parent, render=render,
                   check=check, summary=summary))

__all__ = ["SCHEMA", "ContactBlock"]
