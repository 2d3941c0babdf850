"""Relations and things settled by what the things are, after the clause reading bound the words.

The reading binds "in" and "with" by position; what the things are decides what the words meant: a girl "in a
puddle" stands in it, on the ground (she had been shrunk to fit inside it, as a kitten fits in a basket); boots
that a sentence put "in" a puddle ("jumping in puddles in yellow rain boots") are worn by its person; a menorah's
candles are the menorah's own, drawn on it, not a row beside it, as a watch's strap is the watch's (and the colour
asked of the strap, "a smartwatch with a green strap", the watch's: its pictogram is mostly strap); "a product
photo" is how the picture is taken, not a framed picture to draw, nor is "fast food" a dish beside the burger it
names. A thing thrown or tossed (a
frisbee, a ball, pizza dough) is in the air over whoever it is thrown to (over the thrower when no one), not held;
a person pouring from a teapot (a jug, a kettle) holds the pot, not the tea, which is not drawn as a second cup,
and the cup it is poured into stands beside them. A family (the one 👪 pictogram, a speck beside a table or a
house) is its members as figures: a mother, a father and a child, each in what the family does and where it is.
"""

from __future__ import annotations

from dataclasses import replace

from openbanana.imaging.people import is_clothing
from openbanana.planner.rules.scene.kinds import furniture_form, is_food, is_person
from openbanana.scene import Entity, Relation, next_entity_number

FLAT = frozenset({"puddle", "rain puddle", "lily pad", "lilypad", "water lily pad"})  # "in" one is on it
OWN_PARTS = {"menorah": frozenset({"candle", "candles", "light", "lights", "flame", "flames"}),
             **dict.fromkeys(("watch", "smartwatch", "wristwatch"),  # the watch's pictogram has its strap and face
                             frozenset({"strap", "band", "face", "dial", "screen", "buckle"}))}
WORN = frozenset("👢👞👟🥾👠👡🩴🧦🧤🧣🎩🧢👒⛑🕶👓🎒")  # worn things that are no clothes the figure is dressed in
GENERIC = frozenset({"food", "meal", "snack", "snacks", "groceries"})  # said of foods already named: not drawn
WORK_SURFACES = frozenset({"table", "desk", "counter", "nightstand", "shelf"})  # tops things stand on, people do not
FRAMES = frozenset({"product photo", "product shot", "product photograph", "studio photo", "stock photo"})


THROWN = frozenset("🥏⚽🏀🏈⚾🎾🏐🪃🫓🍕🥎🏉")
THROWING = frozenset({"throwing", "tossing", "flinging", "pitching", "lobbing", "launching"})
VESSELS = frozenset({"teapot", "jug", "pitcher", "kettle", "bottle", "carafe", "watering can", "coffee pot"})
POURED = frozenset({"tea", "coffee", "water", "milk", "juice", "wine", "lemonade", "cocoa"})


def acted(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[tuple[Entity, ...],
                                                                                  tuple[Relation, ...]]:
    """Throwing and pouring shown by where the things are (see the module's docstring)."""
    by_id = {e.id: e for e in entities}
    kept, gone = list(relations), set()
    for person in entities:
        if person.action in THROWING:
            thrown = [r for r in kept if r.subject == person.id and r.predicate in ("holding", "near")
                      and (by_id[r.object].glyph or " ")[0] in THROWN]
            for r in thrown:
                to = next((o.object for o in kept if o.subject == person.id and o.predicate in ("near", "next_to")
                           and o.object != r.object and not is_person(by_id[o.object].glyph or "")), person.id)
                kept[kept.index(r)] = Relation(r.object, "above", to)
        if person.action == "pouring":
            vessel = next((e for e in entities if e.noun in VESSELS), None)
            if vessel is None:
                continue
            liquids = {e.id for e in entities if e.noun in POURED}
            gone |= liquids
            kept = [r for r in kept if not (r.subject == vessel.id and r.predicate == "in")
                    and not (r.subject == person.id and r.object == vessel.id)]
            kept.append(Relation(person.id, "holding", vessel.id))
            cup = next((e for e in entities if e.noun in ("cup", "mug", "glass", "teacup")), None)
            if cup is not None:
                kept.append(Relation(cup.id, "next_to", person.id))
    return (tuple(e for e in entities if e.id not in gone),
            tuple(dict.fromkeys(r for r in kept if r.subject not in gone and r.object not in gone)))


FAMILY = "👪"
MEMBERS = (("man", "👨"), ("child", "🧒"))  # beside the family's first member, drawn as a woman (👩)


def families(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[tuple[Entity, ...],
                                                                                     tuple[Relation, ...]]:
    """A family drawn as one pictogram becomes three people: the entity itself (a woman) and a man and a child
    with the same action, in the same relations."""
    family = next((e for e in entities if (e.glyph or "").replace("\ufe0f", "") == FAMILY and e.count == 1), None)
    if family is None:
        return entities, relations
    start = next_entity_number(entities)
    members = tuple(Entity(id=f"e{start + n}", noun=noun, glyph=glyph, action=family.action, skin_tone=family.skin_tone,
                           modifiers=("family",)) for n, (noun, glyph) in enumerate(MEMBERS))
    added = tuple(Relation(m.id, r.predicate, r.object) for m in members for r in relations
                  if r.subject == family.id and r.predicate != "holding")  # one of them holds the thing
    return (tuple(replace(e, glyph="👩") if e is family else e for e in entities) + members,
            relations + added + tuple(Relation(m.id, "next_to", family.id) for m in members))


def settle(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[tuple[Entity, ...],
                                                                                   tuple[Relation, ...]]:
    """The entities and relations with "in" read by what the things are, and parts and framings left out."""
    nouns = {e.id: e.noun for e in entities}
    people = [e.id for e in entities if is_person(e.glyph or "")]
    worn = {e.id for e in entities if is_clothing(e.glyph) or (e.glyph or " ").replace("\ufe0f", "") in WORN}
    settled = []
    for r in relations:
        if r.predicate == "in" and nouns.get(r.object) in FLAT:
            r = Relation(r.subject, "on", r.object)
        elif r.predicate == "in" and r.object in worn and r.subject not in people and people:
            r = Relation(people[0], "wearing", r.object)
        settled.append(r)
    gone = {e.id for e in entities if f"{' '.join(e.modifiers)} {e.noun}".strip() in FRAMES}
    if any(is_food(e.glyph or "") for e in entities if e.noun not in GENERIC):
        gone |= {e.id for e in entities if e.noun in GENERIC}  # "a burger and fries, fast food ad": no stew pot
    painted: dict[str, Entity] = {}  # a host the colour of its own part: "a smartwatch with a green strap"
    for host in entities:
        parts = OWN_PARTS.get(host.noun, frozenset())
        own = {r.subject if r.object == host.id else r.object for r in settled
               if host.id in (r.subject, r.object) and nouns.get(r.object if r.subject == host.id else r.subject)
               in parts}
        gone |= own
        part = next((e for e in entities if e.id in own and e.color is not None), None)
        if part is not None and host.color is None:
            painted[host.id] = replace(host, color=part.color, color_name=part.color_name)
    kept = tuple(painted.get(e.id, e) for e in entities if e.id not in gone)
    settled = beside_the_surface(kept, settled)
    return families(*acted(kept, tuple(dict.fromkeys(r for r in settled
                                                     if r.subject not in gone and r.object not in gone))))


def beside_the_surface(entities: tuple[Entity, ...], relations: list[Relation]) -> list[Relation]:
    """"a vet beside a puppy on the table", "a boy next to a lamp on the desk": the reading lets a surface named after
    "next to X" carry the subject too ("a lamp next to a monitor on a desk": both on it), but a person beside a thing
    on a table stands beside the table, not on its top."""
    by_id = {e.id: e for e in entities}

    def work_surface(entity_id: str) -> bool:
        form = furniture_form(by_id[entity_id].noun) if entity_id in by_id else None
        return form is not None and form[2] in WORK_SURFACES

    on = {(r.subject, r.object) for r in relations if r.predicate == "on"}
    out = []
    for r in relations:
        person = r.subject in by_id and is_person(by_id[r.subject].glyph or "")
        if person and r.predicate == "on" and work_surface(r.object) and any(
                (other.subject == r.subject and other.predicate in ("next_to", "near")
                 and (other.object, r.object) in on) for other in relations):
            r = Relation(r.subject, "next_to", r.object)
        out.append(r)
    return out  # settle drops the repeats
