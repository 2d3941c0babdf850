"""Builds each root entity's group: its copies, and everything attached to them where the relation puts it.

A cup on a table stands on the table's top; a rider the font draws on its mount (a cyclist, a jockey) becomes that
one pictogram; everything else attached to one anchor on its host (a hat, a held thing, a rider astride the saddle,
a thing behind or in a vase) is placed where `anchoring.anchor` says.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

from openbanana.imaging.people import SITTING_SHARE, figure_aspect, sits_on
from openbanana.planner.pictogram_shapes import advance_aspect, aspect
from openbanana.planner.pictograms import pictogram_for
from openbanana.planner.rules.scene.anchoring import anchor, seen_over
from openbanana.planner.rules.scene.arrangements import Spot, along, arrange, shallow
from openbanana.planner.rules.scene.behind_layers import between
from openbanana.planner.rules.scene.closed import closed
from openbanana.planner.rules.scene.each_on import ONE_SHARE, one_on_each
from openbanana.planner.rules.scene.group_sides import apart
from openbanana.planner.rules.scene.held_hands import in_both_hands
from openbanana.planner.rules.scene.host_rows import before, trailing
from openbanana.planner.rules.scene.kept_sides import ordered_sides
from openbanana.planner.rules.scene.kinds import BARRED, Kind, drawn_size, is_food, kind_of
from openbanana.planner.rules.scene.patches import row_fit, spread_under
from openbanana.planner.rules.scene.pieces import Group, Piece, framed, in_step, nearest, side_by_side, top_of
from openbanana.planner.rules.scene.relations import Link, Links
from openbanana.planner.rules.scene.seat_rows import before_the_seat, seated_row, shoulder_to_shoulder
from openbanana.planner.rules.scene.stated_side import abut, lean, stated_side
from openbanana.planner.rules.scene.variants import mounted_glyph, tool_of
from openbanana.scene import Arrangement, Entity

FLAT_SQUASH = 0.42
DECOR_SIZE = 0.7  # the place's scenery stays smaller than what was named
DECOR = "_decor"  # the id prefix of what the composer adds on its own (scenery, a tool in a hand)
SUNK_SHARE = 0.5  # the least a thing in an open container measures, in the container's heights
TABLETOP_SHARE = 0.62  # the most a small thing on drawn furniture may measure, in the furniture's heights
Arranger = Callable[[Entity, Kind], Arrangement]
VARIANTS = {"tree": "🌳🌲", "flower": "🌷🌼🌸🌺", "house": "🏠🏡", "fish": "🐟🐠", "cloud": "☁⛅"}
HELD_STACK = 0.6  # the most a stack carried in the arms measures, in the carrier's heights (pizza boxes)
ROW_BEFORE = 0.6  # a row of big things in front of one thing stands at most this share of its height
SIDE_BY_SIDE = frozenset({"under", "in", "behind", "in_front_of", "above", "below"})
# Open containers drawn from a little above, by how far down their box the opening's middle lies (under a spoon or
# handles): what is in them sits in the opening, in front of its far rim ("a bowl of strawberries" had them floating
# over the spoon's tip, three kittens over the basket's handles).
OPENINGS = {"🥣": 0.5, "🍜": 0.5, "🧺": 0.52}
# Open forms (a carton, a trough) by where the top of their front lies: what is in them stands with its foot a
# little below it, drawn over the form's cups and far rim (eggs above the carton's rim floated over it; drawn
# behind its front they hid behind the cups); a cage's base tray, stood on behind the bars.
FORM_RIMS = {"carton": 0.45, "trough": 0.2, "cage": 0.83, "fish tank": 0.55}  # a tank's fish and snail on its gravel


class GroupBuilder:
    def __init__(self, entities: dict[str, Entity], kinds: dict[str, Kind], glyphs: dict[str, str | None],
                 links: Links, arrangement: Arranger, rng: random.Random, *, airborne: frozenset[str],
                 vary: bool = True, figures: frozenset[str] = frozenset()) -> None:
        self.entities, self.kinds, self.glyphs, self.links = entities, kinds, glyphs, links
        self.arrangement, self.rng = arrangement, rng
        self.airborne = airborne  # zones whose copies scatter up and down, not back in depth
        self.vary = vary  # a generic tree may be an oak or a pine by the seed (not in a document's icons)
        self.figures = figures  # people drawn as faces who stand as whole figures (figure-shaped, FIGURE body)

    def build(self, root: str) -> Group:
        entity, kind = self.entities[root], self.kinds[root]
        group = Group(root, kind.zone)
        height = self.size(root)
        spots = arrange(entity.count, self.arrangement(entity, kind), self.rng, airborne=kind.zone in self.airborne,
                        grove=kind.scenery and entity.arrangement == "auto")
        group.pieces.extend(self._copies(entity, height, 0.0, 0.0, spots, base_layer=0.0))
        self._attach_children(group, root)
        apart(group, self.links)
        lowest = max(p.bottom for p in group.pieces)
        for piece in group.pieces:  # the lowest foot (a child in front of the root) stands on the stage's line
            piece.bottom -= max(0.0, lowest)
        return group

    def size(self, entity_id: str) -> float:
        entity, kind = self.entities[entity_id], self.kinds[entity_id]
        size = drawn_size(kind.size) * max(0.3, min(2.5, entity.scale))
        if entity.id.startswith(DECOR) and not kind.furniture:  # a room's bed or counter keeps its size
            size *= DECOR_SIZE
        return size * 2.0 if kind.flat else size

    def _copies(self, entity: Entity, height: float, x: float, bottom: float, spots: list[Spot], *,
                base_layer: float, depth: float = 0.0, pose: str = "") -> list[Piece]:
        kind, glyph = self.kinds[entity.id], self.glyphs[entity.id]
        squash = FLAT_SQUASH if kind.flat else 1.0
        coloured_tree = entity.color is not None and entity.noun.lower() == "tree"  # a crown's colour: no pines
        choices = VARIANTS.get(entity.noun.lower(), "") if self.vary and not coloured_tree else ""
        figure = entity.id in self.figures
        unit = figure_aspect(glyph) if figure else kind.shape_aspect or aspect(glyph)  # offsets in its widths
        pieces = []
        for index, spot in enumerate(spots):
            if glyph and glyph in choices:  # a generic "tree": an oak or a pine, as the seed says
                glyph = self.rng.choice(choices)
            ratio = figure_aspect(glyph) if figure else kind.shape_aspect or aspect(glyph)
            h = height * spot.scale
            if pose == "sitting":  # the upper body, down to the seat: as wide, less tall
                h, ratio = h * SITTING_SHARE, ratio / SITTING_SHARE
            cx, foot = x + spot.dx * height * unit, bottom + spot.dy * height
            pieces.append(Piece(entity, kind, glyph, cx, foot, h * squash, ratio / squash,
                                base_layer + spot.layer * 0.01, depth + spot.depth, spot.flip,
                                kind.zone not in ("sky", "swimmer"), squash, index, figure=figure,
                                pose=pose if figure else ""))
            contents = self._contents(entity, kind, framed(pieces[-1]))
            if contents is not None:
                pieces.append(contents)
            pieces.extend(self._tool(entity, pieces[-1] if contents is None else pieces[-2]))
        return pieces

    def _tool(self, entity: Entity, host: Piece) -> list[Piece]:
        """What a person's action puts in their hand when the prompt names nothing held (a pan for "a dad cooking"),
        drawn as the composer's own decor at the hand; nothing for anyone else."""
        tool = tool_of(entity) if host.kind.person and self.vary else None
        holds = any(link.how == "holding" for link in self.links.children(entity.id))
        if tool is None or holds or entity.id.startswith(DECOR) or tool[1] in (host.glyph or ""):  # a chef's own pan
            return []
        noun, glyph = tool
        held = Entity(f"{DECOR}-tool-{entity.id}-{host.copy}", noun, glyph)
        self.entities[held.id], self.kinds[held.id], self.glyphs[held.id] = held, kind_of(held), glyph
        link = Link(held.id, entity.id, "holding")
        return self._around(link, host, held, self.size(held.id), aspect(glyph), [Spot(0.0, 0.0)])

    def _contents(self, entity: Entity, kind: Kind, host: Piece) -> Piece | None:
        """What a dish or a bowl holds when a word before it names a food ("a banana dish", "a fruit bowl"):
        drawn on the plate, or sunk into the bowl, as part of the same entity; none in a closed box (closed.py)."""
        if not (kind.flat or kind.container) or closed(entity.glyph) or entity.id.startswith("_decor"):
            return None
        food = next(((word, glyph) for word in entity.modifiers if (glyph := pictogram_for(word)) and is_food(glyph)
                     and glyph != entity.glyph), None)
        if food is None:
            return None
        word, glyph = food
        content = replace(entity, noun=word, glyph=glyph, count=1, modifiers=())
        ratio = aspect(glyph)
        if kind.flat:
            h = min(host.width * 0.62 / ratio, host.width * 0.7)
            return Piece(content, kind_of(content), glyph, host.x, host.bottom - host.height * 0.45, h, ratio,
                         host.layer + 0.5, host.depth, shadow=False, copy=host.copy, content=True)
        h = min(host.height * 0.8, host.width * 0.8 / ratio)
        return Piece(content, kind_of(content), glyph, host.x, host.top + host.height * 0.45, h, ratio,
                     host.layer - 0.5, host.depth, shadow=False, copy=host.copy, content=True)

    def _attach_children(self, group: Group, parent: str) -> None:
        links = self.links.children(parent)
        hosts = group.of(parent)
        if not hosts:
            return
        placed: dict[str, list[list[Piece]]] = {}
        on, inside = [], []
        for link in links:
            if link.how in ("riding", "in") and self._mounted(group, link, hosts):  # in a canoe, a wheelchair
                continue
            if link.how == "on" or (link.how == "in" and link.child in self.figures and sits_on(
                    self.entities[link.child].action, hosts[0].kind.form, hosts[0].glyph)):
                on.append(link)  # "in a rocking chair", "in bed": seated on it as on it
            elif link.how == "in" and hosts[0].kind.container and (self.kinds[link.child].zone != "swimmer" or
                                                                   hosts[0].kind.form in FORM_RIMS):  # a fish tank
                inside.append(link)
            else:
                placed.setdefault(link.how, []).append(self._place(link, hosts))
        each, on = one_on_each(self.entities, hosts, on, self.arrangement(self.entities[parent], hosts[0].kind))
        for host, link in each:  # "nine cupcakes, each with a cherry on top": a cherry on every cupcake
            group.pieces.extend(self._on(host, [link], one=True))
        if on:  # on a stack or a pile: on its top copy, not hidden under the others
            top = top_of(hosts, self.arrangement(self.entities[parent], hosts[0].kind))
            group.pieces.extend(self._on(top, self._sided(on)))
        if inside:
            group.pieces.extend(self._on(hosts[0], inside, sunk=True))
        for how, sets in placed.items():
            if how in SIDE_BY_SIDE and len(sets) > 1:  # a stated side first: left of the host leftmost
                side_by_side(sorted(sets, key=lambda pieces: lean(pieces[0].entity.id, parent, self.links)))
            abut(sets, hosts, how, self.links)
            if how == "holding":
                in_both_hands(sets, hosts)
            grand = self.links.parent_of.get(parent)
            for pieces in sets:
                if how == "behind" and grand is not None:  # not behind what the host stands before
                    between(pieces, hosts, group.of(grand.parent))
                if how == "in_front_of" and grand is not None and grand.how == "on":
                    before_the_seat(pieces, hosts, group.of(grand.parent))
                group.pieces.extend(pieces)
        for link in links:
            self._attach_children(group, link.child)

    def _mounted(self, group: Group, link: Link, hosts: list[Piece]) -> bool:
        """Riders on mounts the font draws together, one rider to a mount: the mount's pieces become the rider's
        pictogram that shows both (the rider on the saddle, not stood on it); False, and nothing changes, when
        there is no such pictogram, too few mounts, or a colour asked of either (one pictogram cannot bind it)."""
        rider = self.entities[link.child]
        coloured = rider.color is not None or hosts[0].entity.color is not None  # "a red bike" keeps its own red
        glyph = mounted_glyph(rider, hosts[0].glyph) if rider.count <= len(hosts) and not coloured else None
        if glyph is None:
            return False
        kind = kind_of(replace(rider, glyph=glyph))
        height = drawn_size(kind.size) * max(0.3, min(2.5, rider.scale))
        for host in hosts[:rider.count]:  # each rider on a mount of its own; a spare mount stays as it is
            group.pieces[group.pieces.index(host)] = replace(
                host, entity=rider, kind=kind, glyph=glyph, height=height * host.height / hosts[0].height,
                aspect=aspect(glyph), also=(host.entity.id, *host.also), figure=False, pose="")
        self.glyphs[rider.id] = glyph
        return True

    def _place(self, link: Link, hosts: list[Piece]) -> list[Piece]:
        child = self.entities[link.child]
        kind = self.kinds[link.child]
        natural = self.size(link.child)
        ratio = kind.shape_aspect or aspect(self.glyphs[link.child])
        if link.how == "wearing" and child.count == len(hosts) > 1:
            placed = []
            for host in hosts:
                placed.extend(self._around(link, host, child, natural, ratio, [Spot(0.0, 0.0)]))
            return placed
        arrangement = self.arrangement(child, kind)
        if link.how == "in_front_of" and child.arrangement == "auto":
            arrangement = "auto"  # "two trees in front of the church": a row before it, not a grove around it
        spots = arrange(child.count, arrangement, self.rng, airborne=kind.zone in self.airborne)
        host = nearest(hosts) if link.how in ("in_front_of", "under") else hosts[0]  # before the nearest tree
        if link.how == "holding" and arrangement == "stack":  # in the arms, not towering over the carrier's head
            natural = min(natural, host.height * HELD_STACK / child.count)
        row = link.how == "in_front_of" and child.count > 1 and natural > host.height * ROW_BEFORE
        if row:  # "two trees in front of the church": low enough that the host still shows over the row
            natural = host.height * ROW_BEFORE
            spots = before(host, [shallow(s) for s in spots], natural * ratio)
        if link.how == "behind" and child.count > 1 and seen_over(host, natural, kind.person):
            spots = along(spots, framed(host).width / (natural * ratio))  # behind a counter: side by side along it
        if link.how == "in" and child.count > 1:  # a bunch in one container: copies close together, overlapping
            spots = [Spot(sp.dx * 0.35, sp.dy * 0.3, sp.scale, sp.layer, sp.depth, sp.flip) for sp in spots]
        return self._around(link, host, child, natural, ratio, spots, centred=row)

    def _sided(self, links: list[Link]) -> list[Link]:
        """Things on one surface in the order the side relations between them ask ("a plant left of the
        laptop", both on the desk), else as they came."""
        ordered = ordered_sides([link.child for link in links], self.links, str)
        by_child = {link.child: link for link in links}
        return [by_child[child] for child in ordered]

    def _on(self, host: Piece, links: list[Link], *, sunk: bool = False, one: bool = False) -> list[Piece]:
        """Everything on the host's top surface (a table top, a sofa's seat, a plate) in one row across it, scaled
        down together when wider than the surface. `sunk`: in a container, inside its rim, behind it, half showing."""
        surface = host.top + host.kind.seat * host.height
        if host.kind.flat:  # a plate seen at an angle: things stand on its middle, a little back
            surface = host.top + host.height * 0.42
        if sunk:
            surface = host.top + host.height * 0.45
        width = framed(host).width * (0.86 if host.kind.shape_aspect else 0.7 if host.kind.flat or sunk else 0.76)
        rows = []
        for link in links:
            child = self.entities[link.child]
            kind = self.kinds[link.child]
            ratio = kind.shape_aspect or advance_aspect(self.glyphs[link.child])  # in the font's boxes, as tuned
            on_seat = child.id in self.figures and seated_row(child.action, host)  # a face standing as a whole
            if on_seat:  # figure takes a figure's width on the seat, not its face's: a family of four shrank to dots
                ratio = figure_aspect(self.glyphs[link.child])
            arrangement = self.arrangement(child, kind)
            spots = arrange(1 if one else child.count, arrangement, self.rng)  # `one`: one copy, on this host
            if arrangement not in ("stack", "pile"):
                spots = [shallow(s) for s in spots]
            if on_seat:
                spots = shoulder_to_shoulder(spots)
            natural = self.size(link.child)
            if host.kind.shape_aspect and kind.zone == "tabletop":  # a cup stays a cup beside the table it is on
                natural = min(natural, host.height * TABLETOP_SHARE)
            natural = min(natural, host.height * ONE_SHARE) if one and not host.kind.flat else natural  # a topping
            if sunk:  # half of it hides behind the rim: a small thing (ice, tulips) shows at a readable size
                natural = max(natural, host.height * SUNK_SHARE)
            if sunk and (host.glyph or "").replace("\ufe0f", "") not in OPENINGS:  # a bunch close together (a
                spots = [replace(spot, dx=spot.dx * 0.35) for spot in spots]  # bowl's opening spreads its own)
            if host.kind.flat or sunk:
                natural = min(natural, framed(host).width * 0.62 / ratio, host.height * 0.9)
            low, high = min(s.dx for s in spots), max(s.dx for s in spots)
            rows.append((child, natural, ratio, spots, (high - low + 1.0) * natural * ratio, (low + high) / 2))
        gap = 0.06 * framed(host).width if len(rows) > 1 else 0.0
        total = sum(r[4] for r in rows) + gap * (len(rows) - 1)
        fit, x = row_fit(host, width, total)
        pieces = []
        for child, natural, ratio, spots, span, middle in rows:
            height = natural * fit
            centre = x + span * fit / 2 - middle * height * ratio
            opening = OPENINGS.get((host.glyph or "").replace("\ufe0f", "")) if sunk else None
            if sunk:  # its lower half inside the rim, never deeper than the container's middle
                surface = host.top + min(host.height * 0.45, height * 0.5)
            rim = FORM_RIMS.get(host.kind.form) if sunk else None
            if rim is not None:
                surface = host.top + host.height * rim + (0.0 if host.kind.form in BARRED else height * 0.3)
            if opening is not None:
                surface = host.top + host.height * opening
            barred = host.kind.form in BARRED  # behind a cage's bars, not over a carton's cups
            layer = host.layer + (-1 if sunk and opening is None and (rim is None or barred) else 1)
            if opening is not None:  # in front of the far rim: never drawn further back than the container
                spots = [replace(spot, depth=min(spot.depth, 0.0)) for spot in spots]
            seated = child.id in self.figures and sits_on(child.action, host.kind.form, host.glyph)
            pieces.extend(in_step(host, self._copies(child, height, centre, surface, spots, base_layer=layer,
                                                     depth=host.depth, pose="sitting" if seated else "")))
            x += span * fit + gap * fit
        return spread_under(host, pieces)

    def _around(self, link: Link, host: Piece, child: Entity, natural: float, ratio: float,
                spots: list[Spot], *, centred: bool = False) -> list[Piece]:
        """Copies around one anchor on the host, placed as the relation says (`centred`: on the host's middle)."""
        side = stated_side(link, self.links, -1.0 if self.rng.random() < 0.5 else 1.0)  # drawn for every anchor,
        # so a seed's draws stay in step
        x, bottom, height, layer, depth = anchor(link, host, child, self.kinds[child.id], self.glyphs[child.id],
                                                 natural, ratio, side, centred=centred)
        if link.how in ("wearing", "holding"):  # worn and held things never hang below the host's feet
            bottom = min(bottom, host.bottom)
        pieces = self._copies(child, height, x, bottom, trailing(link, host, spots, side, natural, self.kinds[
            child.id].person), base_layer=layer, depth=depth)
        for piece in pieces if link.how in ("wearing", "holding") else ():  # nor cast a contact shadow where
            piece.shadow = False  # they stop in the air (an umbrella's hook over the grass)
        return in_step(host, pieces)
