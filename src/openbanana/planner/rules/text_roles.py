"""What each string is: from the words beside it ("on the button", "the cat says", "by Jane Doe") and the kind of
document, with the strings a prompt gives unquoted beside them (a price, a section, an author) taken in too."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from openbanana.planner.rules.after_roles import named_after, past_previous_role
from openbanana.planner.rules.carried_roles import Read, carried_labels
from openbanana.planner.rules.figure_roles import captions_under_figures
from openbanana.planner.rules.kind_roles import kind_role
from openbanana.planner.rules.listed_roles import list_role, page_role
from openbanana.planner.rules.menu_lines import (
    SECTION_AFTER,
    SECTION_BEFORE,
    SECTION_NAMED,
    UNDER,
    UNDER_QUOTED,
    Consumed,
    listed_section,
    menu_item,
    named_sections,
    names_the_previous,
    priced,
)
from openbanana.planner.rules.pointed_labels import pointed_labels
from openbanana.planner.rules.spoken_lines import speaker
from openbanana.planner.rules.text_spans import Span
from openbanana.planner.rules.text_style import styled
from openbanana.planner.rules.vocabulary.typography import (
    BIG_BEFORE,
    DOCUMENT_WORDS,
    FIGURE,
    ITEM_WITH_PRICE,
    JOINED,
    PRICE_BESIDE,
    ROLE_WORDS,
    SPEAKING,
)
from openbanana.scene import DocumentKind, TextRole, TextSpec

_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|di|la|le|of|the|and|&)){0,4}"
_BY_BEFORE = re.compile(r"(?:[—–]|--?|\bby|\bfrom|\bsaid|\bcredited to|\bcredit(?:ed)?)\s*$")
_BY_IN = re.compile(rf"(?:by\s+|[—–]\s*|--?\s*){_NAME}$")  # "by Ada Stone", "— Ada Stone" quoted whole: the credit
# line itself
_BY_NAME = re.compile(rf"^\s*,?\s*(?:[—–]|--?|\bby\b|\bwritten by\b|\bfrom\b|\bsaid\b)\s*(?P<name>{_NAME})")
_SPEAKER_BEFORE = re.compile(r"\b(?P<noun>[a-z]+)\s+(?:(?:also|then|just|now|quietly|happily|sadly|angrily|loudly"
                             r"|softly|proudly|nervously)\s+)?" + SPEAKING.pattern + r"\s*[:,]?\s*$")
_SPEAKER_COLON = re.compile(r"(?:^|[.;,]\s*|\band\s+|\bthen\s+)(?:the\s+|a\s+|an\s+)?(?P<noun>[A-Za-z]+)\s*:\s*$")
_SPEAKER_AFTER = re.compile(r"^\s*,?\s*" + SPEAKING.pattern + r"\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?"
                            r"(?:\w+\s+)?(?P<noun>[a-z]+)\b")
_TARGET_AFTER = re.compile(r"^\s*(?:for|on|pointing (?:to|at)|points? (?:to|at)|at|next to|beside|marking|by)\s+"
                           r"(?:the\s+|its\s+|a\s+|an\s+|his\s+|her\s+)?(?P<noun>[a-z]+)\b")
_TARGET_BEFORE = re.compile(r"\b(?:label|labell?ed|mark|marked|call)\s+(?:the\s+|its\s+)?(?P<noun>[a-z]+)\s*"
                            r"(?:as|with)?\s*:?\s*$")
_SAYS = re.compile(r"\b(?:reads?|reading|says?|saying|printed(?: with)?|stamped(?: with)?|written)\s*[:,]?\s*[\"'“‘]?$")
_TITLED = re.compile(r"\b(?:title|titled|headline|heading|caption|called|named|logo)\b")
_LABELLED = frozenset({"bottle", "jar", "box", "bag"})  # things whose label is printed on them, not hung beside
_UNDER_ALONE = re.compile(r"^\s*,?\s*(?:(?:written|printed|set|lettered)\s+)?"
                          r"(?:underneath|beneath|below|under it|under that)\s*[.!]?\s*$")
_ABOVE_PICTURE = re.compile(r"\babove (?:a|an|the|some|two|three|four|five|his|her|their|its)\b")
_THING_BETWEEN = re.compile(r"[,;]\s*(?:and\s+|then\s+|with\s+)?(?:a|an|the|some|two|three|four|his|her|their)\s+"
                            r"[a-z]+[^\"“”]*[,;]?\s*(?:and|then|with)?\s*$")  # ", a picture of a beagle, and"
_SPOKEN_ON: frozenset[DocumentKind] = frozenset({"poster", "card", "social", "scene"})  # pages a speaker's bubble
# is set on when its speaker is named
_PRICED = re.compile(r"[$€£¥₹₩]\s?\d|\d[.,]\d{2}\b|\d\s?[$€£¥₹₩]")  # an amount of money, never a bare number
POINTING_SIGNS = frozenset({"sign", "signpost", "signboard", "fingerpost", "guidepost"})
SIGN_WORDS = POINTING_SIGNS | {"board", "whiteboard", "chalkboard", "banner", "tag", "name tag", "label", "plaque",
                               "placard"}
_CARRIER = re.compile(r"\b(name tag|sign|signpost|fingerpost|guidepost|signboard|whiteboard|chalkboard|"
                      r"board|banner|tag|label|plaque|placard|t-shirt|tshirt|shirt|mug|cup|cake|door hanger|door|box|"
                      r"tote bag|tote|bag|bottle|jar|shop front|storefront|shop)\b")
# "labelled" (or "tagged") right after a thing that carries text: "a button labelled "Continue"" is the button's own
# text, so the role is the thing's (the button's), not a label's.
_BEARS = re.compile(r"label(?:l?ed)\b(?=\s*[:,]?\s*$)|tagged\b(?=\s*[:,]?\s*$)")
_NOT_NOUNS = frozenset({"a", "an", "the", "it", "them", "this", "that", "and", "with", "each", "every", "part", "parts",
                        "one", "text", "word", "words", "bubble", "speech", "which", "who", "then", "diagram",
                        "drawing", "picture", "image", "illustration", "chart", "sketch", "photo"})


def assign_roles(spans: Sequence[Span], kind: DocumentKind) -> tuple[list[TextSpec], Consumed]:
    """Each span as a TextSpec with its role and look; unquoted companions (prices, sections, names) added."""
    read, consumed = _menu(spans) if kind == "menu" else _roles(spans, kind)
    read = captions_under_figures(read)  # ""72°" big, "Partly Cloudy" under it"
    read = carried_labels(pointed_labels(read, kind, POINTING_SIGNS), kind)
    specs = [styled(spec, span) if span is not None else spec for spec, span in read]
    placed = {span.start: spec.placement for spec, (_, span) in zip(specs, read, strict=True) if span is not None}
    previous = {id(span): spans[index - 1] for index, span in enumerate(spans) if index}  # not spans.index: linear
    return [_under_the_picture(spec, span, previous.get(id(span)), placed) if span is not None else spec
            for spec, (_, span) in zip(specs, read, strict=True)], consumed


def _under_the_picture(spec: TextSpec, span: Span, previous: Span | None, placed: Mapping[int, str]) -> TextSpec:
    """"…"Fresh Peaches" above a basket of peaches, with "Every Sunday" underneath", or ""MISSING" at the top, a
    picture of a beagle, and "Call 555" underneath": the picture lies between the two, so the second string goes to
    the foot of the page, not just under the first; the first string under the picture named before it goes there
    too ("flowers on the front and "Thank you!" written underneath"). `previous`: the string before, None for the
    first."""
    if spec.placement != "auto" or not _UNDER_ALONE.match(span.after):
        return spec
    if previous is None:
        return replace(spec, placement="bottom")
    between = _ABOVE_PICTURE.search(previous.after) or (
        placed.get(previous.start) == "top" and _THING_BETWEEN.search(previous.after_raw))
    return replace(spec, placement="bottom") if between else spec


def explicit_role(span: Span, kind: DocumentKind, followed: bool = False) -> TextRole | None:
    """The role the words right beside a string name, if any: the words before it first. `followed`: another
    string comes after this one (a role word right before it is that string's)."""
    if BIG_BEFORE.search(span.before) and FIGURE.fullmatch(span.text):
        return "number"  # "a big "24°"": the figure itself, set big
    if kind != "scene" and (named := named_after(span)) is not None:
        return _for_kind(named, kind)  # ""The Quiet Harbor" as the title": the words after it name it
    nearest: list[tuple[int, TextRole]] = []
    bears, before = False, past_previous_role(span.before)  # "a button labelled": the button's role, when named
    for role, pattern in ROLE_WORDS:  # the role word nearest the string wins ("…on the button, titled "X"")
        for m in pattern.finditer(before):
            if _BEARS.match(before, m.start()):
                bears = True
            else:
                nearest.append((len(before) - m.end(), role))
    if not nearest and bears:
        return _for_kind("label", kind)
    if not nearest:
        for role, pattern in ROLE_WORDS:
            nearest += [(m.start(), role) for m in pattern.finditer(span.after)
                        if not (followed and _introduces_next(span, m))]
    if nearest:
        return _for_kind(min(nearest, key=lambda pair: pair[0])[1], kind)
    if kind == "comic" and (SPEAKING.search(span.before) or _SPEAKER_AFTER.match(span.after)):
        return "speech"
    if kind in _SPOKEN_ON and speaker(span):
        return "speech"  # "a poster of a cat sitting in a box and saying …": the cat's words
    return None


def _introduces_next(span: Span, match: re.Match[str]) -> bool:
    """Whether a role word after a string stands right before the next one ("…", signed "Coach Rivera"): it names
    that string, not this one."""
    return len(span.after) == len(span.after_raw) and not span.after[match.end():].strip(" ,:;-–—\"'“‘")


def _for_kind(role: TextRole, kind: DocumentKind) -> TextRole:
    if role == "headline" and kind == "book_cover":
        return "title"
    if role == "headline" and kind == "logo":
        return "wordmark"
    if role == "subtitle" and kind == "logo":
        return "tagline"
    if role == "label" and kind not in ("diagram", "scene"):
        return "headline"  # "a poster labelled X": the poster's own text
    return role


_DEFAULTS: dict[DocumentKind, tuple[TextRole, ...]] = {
    "book_cover": ("title", "subtitle", "caption"),
    "logo": ("wordmark", "tagline", "caption"),
    "quote": ("quote", "attribution", "caption"),
    "steps": ("step",),
    "diagram": ("label",),
    "comic": ("speech",),
}


_LISTED_ROLES: frozenset[TextRole] = frozenset({"label", "cta", "step", "item"})  # shared by a string joined on
_CREDITS: dict[DocumentKind, TextRole] = {"quote": "attribution", "book_cover": "author"}


def _roles(spans: Sequence[Span], kind: DocumentKind) -> tuple[Read, Consumed]:
    explicit = [kind_role(span, kind, index, len(spans)) or explicit_role(span, kind, index + 1 < len(spans))
                or list_role(span) or page_role(span, kind, index, len(spans))
                for index, span in enumerate(spans)]
    credit = _CREDITS.get(kind)
    if credit is not None:  # "… — "Maya Angelou"", "by "Jane Doe"": a quoted name after a quote or a title
        explicit = [(credit if index and (_BY_BEFORE.search(span.before) or _BY_IN.match(span.text)) else found)
                    for index, (span, found) in enumerate(zip(spans, explicit, strict=True))]
    defaults = _DEFAULTS.get(kind, ("headline", "subtitle", "caption"))
    read: Read = []
    consumed: Consumed = []
    taken: set[str] = {r for r in explicit if r}  # grows as roles are given: one pass, however many strings
    taken |= {"headline"} if kind == "label" and "wordmark" in taken else set()  # a label's name is its head
    for span, named in zip(spans, explicit, strict=True):
        role: TextRole = next((r for r in defaults if r not in taken), defaults[-1]) if named is None else named
        if named is None and read and read[-1][1] is not None and read[-1][0].role in _LISTED_ROLES \
                and JOINED.fullmatch(span.before_raw):
            role = read[-1][0].role  # a label reading "Wildflower Honey" and "Batch 07": both on the label
        if named is None and kind in ("social", "scene", "poster", "card") and span.text[:1] in "@#" \
                and len(span.text) > 1:
            role = "caption"
        target = _target(span, role) or (read[-1][0].target if read and JOINED.fullmatch(span.before_raw) else "")
        if role == "label" and target == "tag" and _PRICED.search(span.text):
            role = "price"  # "a tag reading "Sale 29.99"": the price on its tag
        read.append((TextSpec(span.text, role, target=target), span))
        taken.add(role)
        companion = _BY_NAME.match(span.after_raw) if kind in ("quote", "book_cover") else None
        if companion and role in ("quote", "title", "headline"):
            start = span.end + companion.start("name")
            consumed.append((start, start + len(companion.group("name"))))
            companion_role: TextRole = "attribution" if kind == "quote" else "author"
            read.append((TextSpec(companion.group("name"), companion_role), None))
            taken.add(companion_role)
    return read, consumed


def _target(span: Span, role: TextRole) -> str:
    """The thing a label, bubble or sign belongs to, by noun ("" when none is named)."""
    if role == "speech":
        for pattern, words in ((_SPEAKER_BEFORE, span.before), (_SPEAKER_AFTER, span.after),
                               (_SPEAKER_COLON, span.before_raw)):
            match = pattern.search(words) if pattern is not _SPEAKER_AFTER else pattern.match(words)
            if match and match.group("noun").lower() not in _NOT_NOUNS:
                return match.group("noun").lower()
        return speaker(span)
    carrier = carrier_in(span.before_raw)
    if role == "label" and carrier and (_SAYS.search(span.before_raw) or carrier in SIGN_WORDS):
        return carrier  # a label reading "Extra Virgin": on the bottle; a sale tag: on the tag
    if role == "label":
        after = _TARGET_AFTER.match(span.after)
        before = _TARGET_BEFORE.search(span.before)
        for match in (after, before):
            if match and match.group("noun") not in _NOT_NOUNS:
                return match.group("noun")
        if re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+)?", span.text):
            return span.text.lower()
        return ""
    sign = re.search(r"\b(sign|board|banner|shirt|t-shirt|mug|cake|door hanger|door|window|box|bag|cup|flag|screen|"
                     r"card|bottle)\b[^,.;]*$", span.before)
    if sign and role in ("headline", "label"):
        return sign.group(1)
    return carrier_in(span.before_raw) if role in ("headline", "label", "subtitle") else ""


def carrier_in(words: str) -> str:
    """The thing the words just before a string say it is printed, painted or written on ("a white mug with", "a
    bottle of olive oil with a label reading"): a sign-like carrier wins over the object that bears it."""
    clause = re.split(r"[.;!?,]|\band\b", words.lower())[-1]
    found = [m.group(1) for m in _CARRIER.finditer(clause)]
    if found and _TITLED.search(clause[clause.rfind(found[-1]):]):
        return ""  # "a cup of coffee in a cafe with the title": the picture's title, not the cup's print
    signs = [w for w in found if w in SIGN_WORDS]
    bearer = next((w for w in reversed(found) if w in _LABELLED), "")
    if signs and signs[-1] in ("label", "tag") and bearer:
        return bearer  # a bottle's label: on the bottle
    return (signs or found or [""])[-1]


def _menu(spans: Sequence[Span]) -> tuple[Read, Consumed]:
    """Title, sections and items with their prices, in reading order."""
    out: Read = []
    consumed: Consumed = []
    pending: int | None = None  # where the items with no section yet begin in `out`
    prices = sum(priced(s) for s in spans)
    sections = named_sections(spans)  # ""Burgers" and "Sides" as sections"
    for index, span in enumerate(spans):
        own = not names_the_previous(span, index)  # "a "Sides" section: "Shoyu Ramen"": the word is "Sides"'s
        role = explicit_role(span, "menu") if own else None
        words = span.before + " " + span.after
        section = SECTION_BEFORE.search(span.before_raw)
        if section and _is_document_words(section.group("name")):
            section = None
        named = (UNDER_QUOTED.search(span.before) or SECTION_NAMED.search(span.before)) if own else None
        first_heading = index == 0 and named is not None and named["heading"] is not None
        if index not in sections and (re.search(r"\b(?:titled?|named|called|headline)\b", words) or first_heading or (
                index == 0 and prices >= 2 and role is None and not priced(span) and section is None)):
            out.append((TextSpec(span.text, "headline"), span))
            continue
        if section:
            start = span.start - len(span.before_raw) + section.start("name")
            consumed.append((start, start + len(section.group("name"))))
            out.append((TextSpec(section.group("name"), "section"), None))
            pending = None
        listed = listed_section(out[-1] if out else None, span)
        if named or index in sections or (role == "section" and not priced(span)) or span.text.endswith(":") \
                or listed:
            heads_next = bool(SECTION_AFTER.match(span.after_raw))  # "a "Drinks" section with …": what follows
            out.insert(len(out) if pending is None or heads_next else pending, (TextSpec(span.text, "section"), span))
            pending = None
            continue
        if pending is None:
            pending = len(out)
        out.extend((spec, span) for spec in menu_item(span, consumed))
        beside = PRICE_BESIDE.match(span.after_raw) if not ITEM_WITH_PRICE.match(span.text) else None
        skip = beside.end() if beside else 0  # "Calzone" 11.00 under Pizzas: the section follows the price
        under = UNDER.match(span.after_raw[skip:])
        if under and not _is_document_words(under.group("name")) and not UNDER_QUOTED.search(
                span.after_raw[skip:]):  # "… under the heading "Pizzas"": the quoted string that follows is it
            start = span.end + skip + under.start("name")
            consumed.append((start, start + len(under.group("name"))))
            out.insert(pending, (TextSpec(under.group("name"), "section"), None))
            pending = None
    return out, consumed


def _is_document_words(name: str) -> bool:
    lowered = name.lower()
    return lowered.split()[0] in ("a", "an", "the", "with", "make", "create", "draw", "and") or any(
        pattern.search(lowered) for _, pattern in DOCUMENT_WORDS)


def with_targets(texts: Sequence[TextSpec], entities: Sequence[tuple[str, str]]) -> tuple[TextSpec, ...]:
    """Targets given by noun resolved to entity ids, once the scene's entities ((id, noun) pairs) are known."""
    ids = {noun.lower(): entity_id for entity_id, noun in entities}
    ids.update({noun.lower().rstrip("s"): entity_id for entity_id, noun in entities})
    return tuple(replace(t, target=ids.get(t.target, ids.get(t.target.rstrip("s"), t.target))) if t.target else t
                 for t in texts)
