"""`read_scene(prompt)`: the offline reading of a prompt as a scene graph, which every composer works from.

Texts to set are taken out first (they are never scene words); the rest is tokenised and chunked into phrases
(grammar), read clause by clause into things, relations and setting (relations, entities, setting), and each thing
gets its pictogram: a person's variant for gender, age, hair, skin tone and activity (people), the index's name,
an everyday stand-in for a thing the set lacks (stand_ins), the nearest pictogram by meaning (meaning), or the
pictogram of its kind (noun_kinds, WordNet's), each stand-in saying what it really shows. A thing drawn as a form
of its own (a table, a lighthouse) keeps no glyph; what nothing draws keeps none either and is listed in
`unmatched`, so the answer can say so.
"""

from __future__ import annotations

import re
from dataclasses import replace

from openbanana.planner.rules.activity_places import done_by_doers
from openbanana.planner.rules.after_rain import after_the_rain
from openbanana.planner.rules.animal_kin import animal_kin
from openbanana.planner.rules.at_tables import on_the_table
from openbanana.planner.rules.backdrops import backdrop_asked
from openbanana.planner.rules.built_places import placed_by_places
from openbanana.planner.rules.by_kind import settle
from openbanana.planner.rules.by_the_sea import by_the_sea
from openbanana.planner.rules.cell_trays import cell_trays
from openbanana.planner.rules.closer_pictures import closer_pictures
from openbanana.planner.rules.company_pictures import company_pictures
from openbanana.planner.rules.counted_after import counted_after
from openbanana.planner.rules.dish_names import dish_names
from openbanana.planner.rules.far_views import far_views, offshore
from openbanana.planner.rules.far_waters import far_waters
from openbanana.planner.rules.finished_entity import to_entity
from openbanana.planner.rules.flown_kites import flown_above
from openbanana.planner.rules.given_to import near_the_giver
from openbanana.planner.rules.grammar import TEXT_MARK, chunk, tokenize
from openbanana.planner.rules.hung_carriers import hung_carriers, stranded_materials
from openbanana.planner.rules.implied_things import implied_things
from openbanana.planner.rules.kept_tanks import kept_tanks
from openbanana.planner.rules.late_pronouns import late_pronouns
from openbanana.planner.rules.lexicon import noun_lemma
from openbanana.planner.rules.medium_verbs import opening_medium
from openbanana.planner.rules.moon_ground import on_the_moon
from openbanana.planner.rules.mounts import ridden
from openbanana.planner.rules.named_waters import named_waters
from openbanana.planner.rules.never_stated import never_stated
from openbanana.planner.rules.over_bridges import over_bridges
from openbanana.planner.rules.overhead import TIMED_SUN
from openbanana.planner.rules.own_body import own_body
from openbanana.planner.rules.owned_wear import worn_by_owners
from openbanana.planner.rules.pair_model import PairModel, shipped_model
from openbanana.planner.rules.pairs_side import side_by_side
from openbanana.planner.rules.piggyback import piggyback
from openbanana.planner.rules.places import in_front_of_building, place_things, reconsider
from openbanana.planner.rules.planted import planted_pots
from openbanana.planner.rules.played_instruments import played_instruments
from openbanana.planner.rules.relations import RelationReader
from openbanana.planner.rules.ridden_by_action import ridden_by_action
from openbanana.planner.rules.scene.close_tops import product_camera
from openbanana.planner.rules.scene.kinds import CONTAINERS, has_form
from openbanana.planner.rules.scene_cues import scene_cues
from openbanana.planner.rules.settled_predicates import settled_predicates
from openbanana.planner.rules.shared_places import shared_places
from openbanana.planner.rules.shop_windows import shop_windows
from openbanana.planner.rules.shot_hoops import shot_hoops
from openbanana.planner.rules.shown_seasons import shown_season
from openbanana.planner.rules.sky_things import sky_things
from openbanana.planner.rules.texts import read_texts as read_strings
from openbanana.planner.rules.toys import toy_sized
from openbanana.planner.rules.undersea import under_the_surface
from openbanana.planner.rules.vocabulary.attributes import BARE_PLURAL_COUNT
from openbanana.planner.rules.vocabulary.settings import PLACES
from openbanana.planner.rules.vocabulary.work_rooms import ACTION_ROOMS, ROLE_ROOMS, THING_PLACES
from openbanana.planner.rules.waters_behind import waters_set_apart
from openbanana.planner.rules.window_glass import window_glass
from openbanana.planner.rules.worn_pictures import drawn_as_worn, dressed
from openbanana.planner.rules.young_animals import of_their_kind
from openbanana.scene import DocumentKind, Entity, Relation, SceneGraph, Terrain, TextSpec

NIGHT_SKY = frozenset("🌙🌛🌜🌝🌕🌖🌗🌘🌑🌒🌓🌔🌌🌠")
STARS = frozenset("⭐🌟")
SWIMMING = frozenset("🏊🤽")
INDOOR_THINGS = frozenset({"bed", "sofa", "couch", "armchair", "fridge", "refrigerator", "fireplace", "bathtub",
                           "toilet", "wardrobe", "crib", "cot", "bookshelf", "bookcase", "nightstand", "dresser",
                           "oven", "stove", "windowsill", "window sill", "sill", "shelf", "high chair", "highchair",
                           "beanbag", "bean bag", "counter", "countertop", "microwave", "dishwasher", "cupboard",
                           "washing machine", "vacuum", "robot vacuum", "vacuum cleaner", "mantelpiece", "mantel",
                           "lamp", "desk lamp", "table lamp", "bedside lamp", "quilt", "duvet", "sewing machine",
                           "whiteboard", "dining table", "staircase", "kitchen island", "desk", "monitor",
                           "office chair", "bunk bed", "hob", "stovetop", "burner", "kitchen shelf", "bedspread",
                           "headboard", "coat rack", "coat stand", "hat stand", "hatstand", "shoe rack",
                           "umbrella stand", "radiator", "armoire", "chest of drawers", "ottoman", "recliner",
                           "chandelier", "curtain", "spiral stairs", "spiral stair", "blanket fort", "pillow fort",
                           "fishbowl", "fish bowl", "goldfish bowl",
                           # a home's sitting things: knitting's yarn and the chair one rocks in by the fire
                           "rocking chair", "yarn ball", "ball of yarn", "knitting basket", "sewing basket",
                           # a bunk bed's berths: slept in a bedroom or a cabin ("asleep in the top bunk")
                           "bunk", "bunks", "top bunk", "bottom bunk", "lower bunk", "upper bunk"})
# Things that lie only on one ground: a snowman stands in snow, a boat floats on water (unless a place says else).
GROUND_THINGS: dict[str, Terrain] = {
    "mud": "dirt", "mud puddle": "dirt",  # drawn as a puddle of its own, on the dirt it is part of
    **dict.fromkeys(("snowman", "igloo", "sled", "sledge", "toboggan", "ski", "skis", "snowboard", "snowmobile"),
                    "snow"),
    **dict.fromkeys(("snowball", "snow fort", "snow angel", "ice hole"), "snow"),
    # people at a snow sport: on snow, or on the ice of a frozen lake
    **dict.fromkeys(("skier", "snowboarder", "ice skater", "figure skater", "ice skates", "sled dog", "husky team",
                     "dog sled", "dogsled"), "snow"),
    **dict.fromkeys(("beach towel", "beach blanket", "sandcastle", "sand castle", "beach umbrella", "sunbed"),
                    "sand"),
    **dict.fromkeys(("boat", "sailboat", "rowboat", "canoe", "kayak", "ship", "yacht", "raft", "dock", "pier",
                     "jetty", "gondola", "ferry", "fishing boat", "wave", "buoy", "lifebuoy", "lily pad", "lilypad",
                     "iceberg", "ice floe", "kelp", "rowing boat"),
                    "water")}
LINES = frozenset({"wire", "cable", "line", "clothesline", "rope", "rail", "railing", "fence", "ledge", "beam",
                   "branch", "bough", "perch", "pole", "windowsill", "sill", "wall", "log", "bench"})
# The same work said as what someone is taught, learns or helps to do ("teaching her grandson to bake cookies").
TO_DO = re.compile(r"\bto (bake|cook|fry|iron)\b", re.IGNORECASE)
OPEN_FIRES = frozenset({"campfire", "bonfire", "fire", "grill", "barbecue", "bbq", "fire pit", "firepit"})
PLAIN_GROUND = re.compile(r"\b(?:on|against|over) (?:a|an|the)? ?[\w -]{0,24}background\b", re.IGNORECASE)
SURROUNDED = re.compile(r"\b([\w-]+),? (?:surrounded|encircled|ringed|circled) by ((?:[\w-]+ ){0,3}[\w-]+)",
                        re.IGNORECASE)
FULL_OF = re.compile(r"\b([\w-]+) (?:full of|packed with|piled with|heaped with|overflowing with|brimming with|"
                     r"stacked with|loaded with) ((?:[\w-]+ ){0,3}[\w-]+)", re.IGNORECASE)
COUNTED = re.compile(r"\b(?:three|3|a few|some)\b", re.IGNORECASE)
RING_COUNT = 6  # "surrounded by balloons": enough of them to go round
MAX_ENTITIES = 24  # a long prompt still gives a picture, not a catalogue


def read_texts(prompt: str) -> tuple[tuple[TextSpec, ...], DocumentKind, str]:
    """The strings to set with their roles and looks, the kind of document, and the prose without them (each text
    left as a mark, the words that describe a text taken out): the text reader's (texts.read_texts)."""
    return read_strings(prompt, mark=TEXT_MARK)


def read_scene(prompt: str, pairs: PairModel | None = None) -> SceneGraph:
    """What the prompt asks to be drawn: things with their attributes, how they relate, and where and how.
    `pairs`: the relation model that checks the parse pair by pair (None: the shipped one; `pair_model.OFF`: none)."""
    texts, document, prose = read_texts(prompt)
    reader = RelationReader()
    reading = reader.read(chunk(tokenize(prose)))
    worn_by_owners(reader.mentions, reading)  # "checks his wristwatch": he wears it
    reading.relations = (pairs or shipped_model()).relate(reader.mentions, reading)
    kept = [i for i in range(len(reading.drafts)) if i not in reading.dropped][:MAX_ENTITIES]
    ids = {index: f"e{n}" for n, index in enumerate(kept, start=1)}
    entities = tuple(to_entity(ids[i], reading.drafts[i]) for i in kept)
    entities = of_their_kind(entities, {ids[i] for i in kept if reading.drafts[i].animal})  # "her calf"
    relations = tuple(dict.fromkeys(Relation(ids[s], predicate, ids[o]) for s, predicate, o in reading.relations
                                    if s in ids and o in ids))
    entities = counted_after(_surrounding(drawn_as_worn(_lined_up(entities, relations), relations), prose), prose)
    relations = dressed(entities, _filled(entities, relations, prose))
    lively = {ids[i] for i in kept if reading.drafts[i].person or reading.drafts[i].animal}
    relations = side_by_side(entities, relations, prose, lively)  # "a boy and his grandfather"
    relations = near_the_giver(relations, lively)  # "tossing breadcrumbs to pigeons": the pigeons are near
    relations = on_the_table(entities, relations, lively)  # "typing on a laptop at a table": the laptop is on it
    entities, relations = settle(entities, relations)
    entities = animal_kin(entities, prose)  # "a duck with her babies": ducklings, not human babies
    entities, relations = own_body(entities, relations, prose)  # "brushing her teeth": no teeth on the grass
    entities, relations = piggyback(entities, relations, prose)  # "giving his sister a piggyback ride": she is on him
    entities = toy_sized(entities)  # "a toy train": a toy's size, not a train's
    setting = reading.setting
    entities, relations = reconsider(setting, entities, relations, prose)
    added = place_things(setting.places, entities, prose)[: max(0, MAX_ENTITIES - len(entities))]
    entities, relations = entities + added, relations + in_front_of_building(added, entities, prose)
    entities, relations = placed_by_places(setting, entities, relations, prose)  # "a lighthouse on a cliff"
    entities, relations = named_waters(entities, relations, prose)  # "a ferry crossing a foggy lake"
    relations = waters_set_apart(entities, relations, prose)  # "…, a canal behind it": behind the first thing
    entities, relations = sky_things(entities, relations, prose)  # "under a starry sky": the stars
    relations = late_pronouns(entities, relations, prose, set(ids.values()))  # "a mountain and a lake below it"
    entities, relations = kept_tanks(setting, entities, relations, prose)  # "an aquarium with goldfish": a tank
    entities, relations = hung_carriers(texts, entities, relations, prose)  # "a banner … hanging above a table"
    entities, relations = stranded_materials(entities, relations, prose)  # "with a paper label reading "…""
    entities, relations = cell_trays(entities, relations)  # "a muffin tin holding six muffins": a grid in it
    entities, relations = ridden(entities, relations)  # "on horseback": the horse, ridden
    entities, relations = ridden_by_action(entities, relations)  # "a boy cycling": the bicycle he rides
    entities, relations = played_instruments(entities, relations)  # "a saxophone player": a musician, holding one
    entities, relations = shot_hoops(entities, relations, prose)  # "shooting hoops": a basketball, held
    relations = flown_above(entities, relations)  # "flying a kite": it is above the flyer, on its string
    entities, relations = implied_things(entities, relations, prose)  # "by candlelight": a candle
    relations = done_by_doers(entities, relations)  # "a woman doing yoga on a mat": she is on it
    relations = shared_places(entities, relations)  # "on a motorcycle at a traffic light": the motorcycle is at it
    relations = over_bridges(entities, relations)  # "under a bridge a troll …, goats cross above him": on it
    entities, relations = never_stated(entities, relations, prose)  # "a toddler in a snowsuit sitting on a sled"
    relations = settled_predicates(entities, relations, prose, lively)  # "eating spaghetti": near, not held
    if document == "scene":  # "a shop window poster" is a poster
        entities, relations = shop_windows(entities, relations, prose)  # "in the window of a diner"
    entities = _timed_sun(entities, relations, prose)
    far_views(setting, entities)  # "in front of snowy mountains": the mountains close the view too
    backdrop_asked(setting, prose)  # "pine forest in the background": the forest closes the view
    offshore(setting, prose)  # "orcas breaching off a rocky coast": at sea
    entities += scene_cues(setting, entities, prose, indoor_things=any(INDOOR_THINGS & _names(e) for e in entities))
    entities, relations = window_glass(entities, relations, prose)  # "rain on the glass": the window's pane
    entities, relations = dish_names(entities, relations, prose)  # "corn on the cob": no cob of its own
    rooms = [ROLE_ROOMS[e.noun] for e in entities if e.noun in ROLE_ROOMS]
    rooms += [THING_PLACES[name] for e in entities for name in sorted(_names(e)) if name in THING_PLACES]
    if not any(OPEN_FIRES & _names(e) for e in entities):
        rooms += [ACTION_ROOMS[e.action] for e in entities if e.action in ACTION_ROOMS]
        rooms += [ACTION_ROOMS[f"{verb.lower().rstrip('e')}ing"] for verb in TO_DO.findall(prose)]
    if rooms and setting.place is None:
        setting.implied = setting.implied or PLACES[rooms[0]]  # a chef at work is in a kitchen unless told else
    if setting.place is None and any(INDOOR_THINGS & _names(e) for e in entities):
        setting.add_surface("floor")  # "a cat on top of the fridge": in a room, though no room was named
    grounds = [GROUND_THINGS[n] for e in entities for n in (e.noun, *_names(e)) if n in GROUND_THINGS]
    if grounds:
        setting.add_surface(grounds[0])  # "a snowman in a front yard": snow on the yard's grass
    if any((e.glyph or " ")[0] in SWIMMING for e in entities):
        setting.add_surface("water")  # a swimmer swims in the scene's water, a lake unless a place says otherwise
    far_waters(setting, prose)  # "on a grassy sea cliff, waves far below": the cliff's grass, the sea in view
    after_the_rain(setting, prose.lower())  # "after a storm": a clearing sky, no rain still falling
    on_the_moon(setting, prose.lower())  # "an astronaut standing on the moon": on its surface, not in the sky
    by_the_sea(setting, entities)  # "a lighthouse on a sunny afternoon": on the coast, not in a meadow
    entities, relations = under_the_surface(setting, entities, relations)  # "a jellyfish in the ocean": under it
    shown_season(setting, prose)  # "a fox in a snowy clearing": winter, though no word names it
    if setting.time_of_day is None and any(_night_sky(e) for e in entities) and not PLAIN_GROUND.search(prose):
        setting.time_of_day = "night"  # a moon or stars in the picture: it is night unless the prompt said otherwise
    unmatched = tuple(dict.fromkeys(e.noun for e in entities if e.glyph is None and not has_form(e.noun)))
    entities = closer_pictures(planted_pots(entities, relations))  # a flower pot, no stew; salmon in a bento: food
    entities = company_pictures(entities)  # "a mouse knight": the mouse; "a mechanic on a creeper": a wheeled board
    return SceneGraph(entities=entities, relations=relations, setting=setting.setting(),
                      camera=product_camera(prose, setting.camera),
                      style=setting.style or opening_medium(prose) or "flat",  # "Sketch an old woman …"
                      document=document, texts=texts, unmatched=unmatched)


def _timed_sun(entities: tuple[Entity, ...], relations: tuple[Relation, ...], prose: str) -> tuple[Entity, ...]:
    """The sun a time phrase names ("in front of a setting sun") is a thing where something stands to it; alone
    ("a mountain lake under a setting sun") it is the time of day, and the sky draws its own sun."""
    if not TIMED_SUN.search(prose):
        return entities
    related = {r.subject for r in relations} | {r.object for r in relations}
    return tuple(e for e in entities if e.noun != "sun" or e.id in related)


def _names(entity: Entity) -> set[str]:
    """The entity's noun, alone and after each of its modifiers ("chair", "high chair")."""
    return {entity.noun, *(f"{modifier} {entity.noun}" for modifier in entity.modifiers)}


def _filled(entities: tuple[Entity, ...], relations: tuple[Relation, ...], prose: str) -> tuple[Relation, ...]:
    """"A basket full of eggs", "shelves packed with books": the eggs are in the basket, the books on the shelves
    (the reading had left them side by side), unless the prompt already relates the two."""
    added = []
    for found in FULL_OF.finditer(prose):
        holder = _named(entities, found.group(1).split())
        held = _named(entities, found.group(2).split())
        if holder is None or held is None or holder is held or any(
                {r.subject, r.object} == {holder.id, held.id} for r in relations):
            continue
        inside = (holder.glyph or "").replace("\ufe0f", "") in CONTAINERS or not has_form(holder.noun)
        added.append(Relation(held.id, "in" if inside else "on", holder.id))
    return relations + tuple(added)


def _named(entities: tuple[Entity, ...], words: list[str]) -> Entity | None:
    """The entity a few words name, by its head noun (singular or plural)."""
    heads = {w.lower() for w in words} | {noun_lemma(w.lower()) for w in words}
    return next((e for e in entities if e.noun.split()[-1] in heads), None)


def _surrounding(entities: tuple[Entity, ...], prose: str) -> tuple[Entity, ...]:
    """"A cake surrounded by balloons": the balloons are laid out in a ring (the composer puts it round the cake);
    a bare plural's few become enough to go round."""
    found = SURROUNDED.search(prose)
    if found is None or not any(e.noun.split()[-1] in (found.group(1).lower(), found.group(1).lower().rstrip("s"))
                                for e in entities):
        return entities  # "a canoe on a lake surrounded by pines": the lake is ringed, a place, not the canoe
    ring = _named(entities, found.group(2).split())
    if ring is None or ring.arrangement != "auto":
        return entities
    counted = ring.count != BARE_PLURAL_COUNT or COUNTED.search(found.group(2)) is not None
    ring = replace(ring, arrangement="circle", count=ring.count if counted else RING_COUNT)
    return tuple(ring if e.id == ring.id else e for e in entities)


def _lined_up(entities: tuple[Entity, ...], relations: tuple[Relation, ...]) -> tuple[Entity, ...]:
    """Many things on a line (a wire, a rail, a fence, a ledge) sit in a row along it, unless the prompt laid them
    out otherwise."""
    lines = {e.id for e in entities if e.noun.split()[-1] in LINES}
    on_line = {r.subject for r in relations if r.predicate == "on" and r.object in lines}
    return tuple(replace(e, arrangement="row") if e.id in on_line and e.count > 1 and e.arrangement == "auto"
                 else e for e in entities)


def _night_sky(entity: Entity) -> bool:
    glyph = (entity.glyph or "").replace("\ufe0f", "")
    return glyph in NIGHT_SKY or (glyph in STARS and entity.count > 1)  # "under the stars", not "a gold star"
