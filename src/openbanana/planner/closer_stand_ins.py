"""Stand-ins closer than the nearest pictogram by meaning, for things a person read as something else.

Fresh prompts judged by eye showed the lookup by meaning drawing a noun as a thing of another kind: buttercups as
potted plants, dandelions as dango, violets as a rainbow, a stick as a tool kit, a smartwatch as a stopwatch, a
lunchbox as a parcel, meatballs as bowls of stew, salmon in a bento as a live fish.
Each row names the picture a person reads as the thing, and what it really shows, so the answer can say so ("the
meatballs are shown as falafel"). Merged into `stand_ins.STAND_INS`; a thing's own pictogram still wins.
"""

from __future__ import annotations

WOOD = ("🪵", "log")  # a short length of wood: what a person reads as a stick
BLOSSOM = ("🌼", "blossom")  # a round yellow flower head
HYACINTH = ("🪻", "hyacinth")  # a spike of small blue-purple bells
WATCH = ("⌚", "watch")
POULTRY_LEG = ("🍗", "poultry leg")
STRAW_HAT = ("👒", "woman's hat")  # a brimmed straw hat with a ribbon
SUSHI = ("🍣", "sushi")  # the font's nigiri is a slice of salmon on rice
MEAT = ("🥩", "cut of meat")

CLOSER_STAND_INS: dict[str, tuple[str, str]] = {
    # flowers, drawn as a flower head (a field or a bunch of them), not the potted plant of their WordNet kind
    **dict.fromkeys(("buttercup", "dandelion", "marigold", "daffodil", "snowdrop", "primrose", "wildflower"),
                    BLOSSOM),
    **dict.fromkeys(("bluebell", "lilac", "iris", "foxglove", "heather", "violet", "cornflower", "lupin", "lupine"),
                    HYACINTH),
    **dict.fromkeys(("poppy", "pansy"), ("🌺", "hibiscus")),
    # a part or a bit of wood, not the whole thing its word also names (a car's trunk, a tool kit)
    **dict.fromkeys(("stick", "twig", "driftwood"), WOOD),
    # small worn things and containers
    **dict.fromkeys(("smartwatch", "fitness tracker"), WATCH),
    **dict.fromkeys(("sunhat", "boater"), STRAW_HAT),  # "a straw hat", "a sun hat": rules/closer_pictures.py
    **dict.fromkeys(("lunchbox", "lunch box", "lunch pail", "bento"), ("🍱", "bento box")),
    # a seat or a sweetener named by two words the index reads one at a time (a handbag, a maple leaf, a soda)
    **dict.fromkeys(("bean bag", "beanbag", "bean bag chair", "beanbag chair"), ("🛋", "couch")),
    **dict.fromkeys(("syrup", "maple syrup", "golden syrup"), ("🍯", "honey pot")),
    # things a person reads by their shape, not by the word's nearest meaning (ice cubes, light bulbs, a
    # merry-go-round horse, a shopping cart, a kettle, a canoe with nobody in it)
    **dict.fromkeys(("iceberg", "berg"), ("🏔", "snow-capped mountain")),
    **dict.fromkeys(("taillight", "tail light", "brake light", "rear light"), ("🚗", "car")),
    **dict.fromkeys(("baggage carousel", "luggage carousel", "airport carousel", "luggage belt"),
                    ("🛄", "baggage claim")),
    **dict.fromkeys(("bicycle cart", "bike cart", "cargo bike", "cargo bicycle", "tricycle cart"), ("🚲", "bicycle")),
    **dict.fromkeys(("honeycomb", "comb of honey"), ("🍯", "honey pot")),
    **dict.fromkeys(("window washer", "window cleaner"), ("🧑", "person")),  # a kettle, a tool kit
    **dict.fromkeys(("kayaker", "canoeist"), ("🚣", "person rowing a boat")),
    # a ladder that folds, a pickled cucumber, a shop's bags of food: unmatched or a pot of stew before
    **dict.fromkeys(("stepladder", "step ladder", "step-ladder", "folding ladder"), ("🪜", "ladder")),
    **dict.fromkeys(("pickle", "gherkin", "dill pickle", "cornichon"), ("🥒", "cucumber")),
    **dict.fromkeys(("grocery", "groceries", "grocery bag"), ("🛍", "shopping bag")),
    # things drawn as another kind by their word's other sense: a kingfisher as a tropical fish, a dog walker as a
    # shoe, a barrel (no pictogram) left out of a wine cellar (a saucer among food: rules/closer_pictures.py)
    "flying saucer": ("🛸", "flying saucer"),  # its own picture: the row only makes the two words one noun
    "kingfisher": ("🐦", "bird"),
    **dict.fromkeys(("dog walker", "dog sitter", "pet sitter", "dog groomer", "dog trainer"), ("🧑", "person")),
    **dict.fromkeys(("barrel", "wine barrel", "beer barrel", "rain barrel", "cask", "keg"), ("🛢", "drum")),
    # a game drawn by its ball ("match" alone was nothing; a referee's pitch: rules/vocabulary/work_rooms.py)
    **dict.fromkeys(("football match", "soccer match", "football game", "soccer game"), ("⚽", "football")),
    **dict.fromkeys(("rugby match", "rugby game"), ("🏉", "rugby ball")),
    # food named by the animal or the cut it comes from: a dish, not the living animal
    "meatball": ("🧆", "falafel"),
    **dict.fromkeys(("fillet", "salmon fillet", "tuna steak", "cutlet", "pork chop", "lamb chop"), MEAT),
    # (cooked ones, "grilled salmon", are `rules/served.py`'s: a row would make "a plate of grilled chicken" one word)
    **dict.fromkeys(("chicken breast", "chicken wing", "chicken leg", "chicken thigh", "turkey leg",
                     "chicken nugget"), POULTRY_LEG),
}
