"""Partitive heads: which noun of "a N of X" is drawn and which is counted.

A portion ("a slice of watermelon", "a pat of butter", "a curl of smoke") is drawn as the stuff it is a portion of,
counted as the portions are ("two slices of pizza" are two); a vessel ("a cup of tea") stays the vessel, and a
container of many ("a basket of apples") is two things (attributes.HOLDING_CONTAINERS). A group word ("a trio of
succulents", "a troop of six kids") counts what follows it, by its own number unless one is written.
"""

from __future__ import annotations

from openbanana.planner.rules.vocabulary.attributes import (
    GROUP_HEADS,
    QUANTITY_PHRASES,
    SERVING_CONTAINERS,
    VESSELS,
    Quantity,
)

# Portions of a stuff beyond the serving words: the picture is of the stuff.
EXTRA_PORTIONS = frozenset({"pat", "dollop", "knob", "sliver", "chunk", "lump", "cube", "sprig", "strip", "blob",
                            "curl", "wisp", "plume", "puff", "column", "trail", "drop", "splash", "dash", "pinch",
                            "morsel", "crumb", "hunk", "segment", "square", "rasher", "fillet", "nugget"})
PORTIONS = frozenset(SERVING_CONTAINERS - VESSELS - {"bouquet"}) | EXTRA_PORTIONS  # a bouquet is many
# Portions only before "of": "a block of ice" is ice, but a "toy block" is a block, not a toy; "a ball of yarn" is
# yarn (wound), a ball alone a ball.
PORTIONS_OF = PORTIONS | {"block", "slab", "ball", "skein", "spool"}
# Group words that count what follows them (those of attributes.QUANTITY_PHRASES and these). A group head before
# its noun counts it after "of" too: "a caravan of four camels" is camels, as "a camel caravan" is; not a patch
# ("a patch of sunlight" is light) nor an orchard (a place, places.py).
GROUP_PHRASES: dict[str, Quantity] = {
    **{f"a {head} of": quantity for head, quantity in GROUP_HEADS.items() if head not in ("patch", "orchard")},
    "a trio of": Quantity(3), "trios of": Quantity(6), "a quartet of": Quantity(4), "a quintet of": Quantity(5),
    "a duo of": Quantity(2), "a troop of": Quantity(5), "troops of": Quantity(8), "a crew of": Quantity(4),
    "a squad of": Quantity(5), "a class of": Quantity(6), "a choir of": Quantity(6), "a gaggle of": Quantity(5),
    "a pride of": Quantity(4), "a murder of": Quantity(5), "a litter of": Quantity(4), "a brood of": Quantity(4),
    "a pod of": Quantity(4), "a colony of": Quantity(6), "a fleet of": Quantity(4), "a bevy of": Quantity(4),
    "a posse of": Quantity(4), "a pair of matching": Quantity(2, pairs=True),
}
AMOUNT_PHRASES: dict[str, Quantity] = {**QUANTITY_PHRASES, **GROUP_PHRASES}
