"""Whom the theme's team blocks show, group by group, in the theme's order.

`people_block` follows blox-bootstrap v5.9.7 `layouts/partials/blocks/people.html` (and
Wowchemy's `widget: people`, the same loop); `team_showcase` follows the 2026 kit's
`modules/blox/blox/team-showcase/block.html`. Both give [(group name, [Person, ...]), ...]
in the order the block lists its groups, a person once per group they are in.
"""

from __future__ import annotations

from typing import Any

from .collection import default_order, hugo_order, sort_keys, sort_value
from .model import Person, get_in
from .people import go_text

# ------------------------------------------------------------------ blox-bootstrap `people`


def sort_parameter(sort_by: Any) -> str:
    """blox-core's `get_sort_by_parameter`: `Params.` before a name written all in lower
    case (`last_name`), none before a page method (`Title`) or a prefixed name."""
    param = str(sort_by).lstrip(".")
    return param if param != param.lower() else f"Params.{param}"


def _page_value(person: Person, path: str) -> Any:
    """What Hugo's `sort` reads at `path` ("Params.last_name", "Title", "Date", ...)."""
    if path.lower().startswith("params."):
        value: Any = person.params
        for part in path.split(".")[1:]:  # Params keys are case-insensitive
            if not isinstance(value, dict):
                return None
            value = next((v for k, v in value.items() if str(k).lower() == part.lower()),
                         None)
        return value
    builtin = {"Title": person.name, "LinkTitle": person.name, "Weight": person.weight,
               "Date": person.date, "Name": person.name}
    return builtin.get(path)


def hugo_sort(people: list[Person], value, ascending: bool, lang: str) -> list[Person]:
    """Hugo's `sort` on pages by `value(person)` (None: a key the page does not have), as
    `collection.hugo_order` orders it."""
    order = hugo_order([value(p) for p in people], not ascending, lang)
    sort_keys(lang).save()
    return [people[i] for i in order]


def go_stable(n: int, less) -> list[int]:
    """The order Go's `sort.Stable` gives the indices 0..n-1 under `less(i, j)` (insertion
    sort in blocks of 20, then SymMerge), step for step: with a `less` that is no strict
    order (values that compare with nothing) only the same steps give the same result."""
    data = list(range(n))

    def lt(i, j):
        return less(data[i], data[j])

    def swap(i, j):
        data[i], data[j] = data[j], data[i]

    def insertion(a, b):
        for i in range(a + 1, b):
            j = i
            while j > a and lt(j, j - 1):
                swap(j, j - 1)
                j -= 1

    def swap_range(a, b, k):
        for i in range(k):
            swap(a + i, b + i)

    def rotate(a, m, b):
        i, j = m - a, b - m
        while i != j:
            if i > j:
                swap_range(m - i, m, j)
                i -= j
            else:
                swap_range(m - i, m + j - i, i)
                j -= i
        swap_range(m - i, m, i)

    def sym_merge(a, m, b):
        if m - a == 1:
            i, j = m, b
            while i < j:
                h = (i + j) // 2
                if lt(h, a):
                    i = h + 1
                else:
                    j = h
            for k in range(a, i - 1):
                swap(k, k + 1)
            return
        if b - m == 1:
            i, j = a, m
            while i < j:
                h = (i + j) // 2
                if not lt(m, h):
                    i = h + 1
                else:
                    j = h
            for k in range(m, i, -1):
                swap(k, k - 1)
            return
        mid = (a + b) // 2
        total = mid + m
        start, r = (total - b, mid) if m > mid else (a, m)
        p = total - 1
        while start < r:
            c = (start + r) // 2
            if not lt(p - c, c):
                start = c + 1
            else:
                r = c
        end = total - start
        if start < m < end:
            rotate(start, m, end)
        if a < start < mid:
            sym_merge(a, start, mid)
        if mid < end < b:
            sym_merge(mid, end, b)

    block = 20
    a, b = 0, block
    while b <= n:
        insertion(a, b)
        a, b = b, b + block
    insertion(a, n)
    while block < n:
        a, b = 0, 2 * block
        while b <= n:
            sym_merge(a, a + block, b)
            a, b = b, b + 2 * block
        if a + block < n:
            sym_merge(a, a + block, n)
        block *= 2
    return data


def people_block(block, authors: list[Person], lang: str) -> list[tuple[str, list[Person]]]:
    """For each of `content.user_groups`: the authors section's pages whose `user_groups`
    lists it, in Hugo's default page order, then sorted by `content.sort_by` (default
    `Params.last_name`) ascending unless `content.sort_ascending` is false."""
    groups = get_in(block.data, ("content", "user_groups"))
    if not isinstance(groups, list):
        return []
    sort_by = get_in(block.data, ("content", "sort_by")) or "Params.last_name"
    path = sort_parameter(sort_by)
    ascending = get_in(block.data, ("content", "sort_ascending"))
    ascending = True if ascending is None else bool(ascending)
    pages = default_order(authors, lang)
    out = []
    for group in groups:
        name = go_text(group)
        members = [p for p in pages if name in p.user_groups]
        out.append((name, hugo_sort(members, lambda p: sort_value(p, path), ascending, lang)))
    return out


def people_widget(block, authors: list[Person], lang: str) -> list[tuple[str, list[Person]]]:
    """Wowchemy's `widget: people` (Academic v4.8 to Wowchemy v5.5
    `layouts/partials/widgets/people.html`, the same loop): the groups, each in Hugo's
    default page order (weight, date, title): no `sort_by`."""
    groups = get_in(block.data, ("content", "user_groups"))
    if not isinstance(groups, list):
        return []
    pages = default_order(authors, lang)
    return [(go_text(g), [p for p in pages if go_text(g) in p.user_groups]) for g in groups]


# ------------------------------------------------------------------ kit `team-showcase`

_FAMILY = {"name.family", "family", "last_name", "name_family", "family_name"}
_NUMERIC = {"weight", "graduation_year"}


def _bool(value: Any, default: bool) -> bool:
    """The kit's `coerce_bool`: booleans, and the strings "true"/"false" and friends."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("true", "yes", "y", "on", "1"):
            return True
        if text in ("false", "no", "n", "off", "0"):
            return False
    if isinstance(value, (int, float)):
        return value != 0
    return default


def _sort_field(value: Any, default: str) -> str:
    if isinstance(value, str) and value.strip():
        value = value.strip()
        return value[7:] if value.lower().startswith("params.") else value
    return default


def _profile_value(person: Person, field: str) -> Any:
    """`index $profile field | default (index $profileData field)`."""
    profile = {"slug": person.slug, "title": person.name, "role": person.params.get("role"),
               "name_family": person.family_name, "name_family_pref": person.family_name,
               "user_groups": person.params.get("user_groups"),
               "graduation_year": person.params.get("graduation_year"),
               "weight": person.params.get("weight"), "bio": person.params.get("bio"),
               "interests": person.params.get("interests")}
    value = profile.get(field)
    return value if value not in (None, "", 0, False, [], {}) else person.params.get(field)


def showcase_key(person: Person, field: str, ascending: bool) -> str:
    """The string the kit sorts by: `primary|family` (numbers as `%010d`)."""
    family = (person.family_name or (person.name.split(" ")[-1] if person.name else "")
              or person.name).lower()
    field_lc = field.lower()
    raw = _profile_value(person, field)
    if field_lc in _FAMILY:
        return f"{family}|{family}"
    if field_lc in _NUMERIC:
        missing = 999999 if ascending else -999999
        number = missing
        if (isinstance(raw, (int, float)) and not isinstance(raw, bool)) or (
                isinstance(raw, str) and raw.isdigit()):
            number = int(raw)
        return f"{number or missing:010d}|{family}"  # `default`: 0 is unset
    primary = go_text(raw).lower() if raw is not None else person.name.lower()
    return f"{primary}|{family}"


def team_showcase(block, profiles: list[Person], lang: str) -> list[tuple[Any, list[Person]]]:
    """Groups of `content.user_groups` (names, or `{name, sort_by, sort_ascending}`), each
    sorted by its own or the block's `sort_by` (default the family name); no groups: one
    list of everyone (group None)."""
    content = block.data.get("content")
    content = content if isinstance(content, dict) else {}
    field = _sort_field(content.get("sort_by"), "name_family")
    ascending = _bool(content.get("sort_ascending"), True)
    raw = content.get("user_groups")
    groups = raw if isinstance(raw, list) else [raw] if isinstance(raw, (str, dict)) and raw \
        else []
    collate = sort_keys(lang)

    def ordered(people: list[Person], field: str, ascending: bool) -> list[Person]:
        keyed = sorted(people, key=lambda p: collate(showcase_key(p, field, ascending)),
                       reverse=not ascending)
        collate.save()
        return keyed

    if not groups:
        return [(None, ordered(profiles, field, ascending))]
    out = []
    for item in groups:
        group_field, group_ascending = field, ascending
        if isinstance(item, dict):
            name = item.get("name") or item.get("title")
            name = go_text(name) if name is not None else ""
            group_field = _sort_field(item.get("sort_by"), field)
            group_ascending = _bool(item.get("sort_ascending"), ascending)
        else:
            name = go_text(item)
        name = name.strip()
        if not name:
            continue  # the kit skips a group without a name (it would match everybody)
        members = [p for p in profiles if name in p.user_groups]
        out.append((name, ordered(members, group_field, group_ascending)))
    return out
