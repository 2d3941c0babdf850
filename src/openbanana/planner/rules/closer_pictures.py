"""Pictures chosen again once the whole scene is read, where a word alone picks a thing of another kind.

A fish or a farm animal named among dishes, or cooked, is food: "a bento box with rice, salmon and broccoli" is a
slice of salmon, not three live fish swimming on the table; "fried chicken and fries" a drumstick, not a hen; "a
plate of chicken" (a plate drawn as what it holds) no hen on a plate. Named with no dish and no cooking ("a bear
catching a salmon", "a chicken pecking at corn"), the animal keeps its own picture. A hat of straw, or a sun hat, is
the brimmed straw hat, and a hat of wool or knitted for the cold the cap a beanie is shown as, not the top hat the
word "hat" picks (the hat keeps its noun and its material). A wooden or serving board among food is the board it is
served on, not the placard a board alone stands for ("tacos on a wooden board"). A saucer among food or drink is
the small plate under a cup or a slice, not the flying saucer its word alone picks ("pie with a fork on a saucer")."""

from __future__ import annotations

from dataclasses import replace

from openbanana.planner.closer_stand_ins import MEAT, POULTRY_LEG, STRAW_HAT, SUSHI
from openbanana.planner.rules.scene.kinds import is_food
from openbanana.planner.stand_ins import stand_in
from openbanana.scene import Entity

# The animal's noun → what it is drawn as on a plate, and what that picture shows.
AS_FOOD: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("salmon", "tuna", "trout", "mackerel"), SUSHI),
    **dict.fromkeys(("chicken", "turkey", "hen"), POULTRY_LEG),
    **dict.fromkeys(("lamb", "beef", "veal", "venison", "cod", "halibut"), MEAT),
}
# A plate or a bowl drawn as the animal it holds → the food that animal is.
PLATE = ("🍽", "plate")  # what a saucer under a cup or a slice is read as
HELD_AS_FOOD = {"🐟": SUSHI, "🐔": POULTRY_LEG, "🐓": POULTRY_LEG, "🐑": MEAT}
VESSELS = frozenset({"plate", "bowl", "dish", "platter", "tray", "bento box", "lunchbox", "lunch box", "pan"})
# Dishes and what meals are served in: one of these among the things makes the animals above food. Raw produce (an
# apple, corn, bread) is no meal: a hen pecks at corn, a duck eats bread.
DISHES = frozenset("🍽🍱🥣🍣🍚🍝🍜🥗🍲🍛🥪🍔🌮🌯🥙🍕🥡🥘🍙🥟🍳🥢🍟🥓🥯")
COOKED = frozenset({"grilled", "fried", "roast", "roasted", "smoked", "baked", "seared", "poached", "steamed",
                    "sliced", "raw", "cooked", "braised", "barbecued", "breaded", "teriyaki"})
STRAW_HATS = frozenset({"straw", "sun", "panama", "garden", "wicker"})  # what a hat is or is for
SERVING_BOARDS = frozenset({"wood", "wooden", "oak", "bamboo", "serving", "cheese", "charcuterie", "slate"})
WARM_HATS = frozenset({"wool", "woolen", "woollen", "woolly", "wooly", "knit", "knitted", "winter", "bobble", "ski",
                       "fleece", "beanie"})


def closer_pictures(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The entities, with each fish or farm animal that is named cooked or beside a dish drawn as the food it is, and
    each straw or sun hat as the straw hat and each woollen or winter one as a cap."""
    meal = any(_glyph(e) in DISHES for e in entities if e.noun not in AS_FOOD)
    food = any(is_food(_glyph(e)) for e in entities)
    return tuple(_tableware(_served_on(_straw_hat(_as_food(e, meal)), food), food) for e in entities)


def _tableware(entity: Entity, food: bool) -> Entity:
    """The saucer's own pictogram is the flying one, so no stand-in row can say this: only among food or drink."""
    return replace(entity, glyph=PLATE[0], stand_in=PLATE[1]) if food and entity.noun == "saucer" else entity


def _served_on(entity: Entity, food: bool) -> Entity:
    if food and entity.noun == "board" and SERVING_BOARDS & {entity.material, *entity.modifiers}:
        board = stand_in("cutting board")
        return replace(entity, glyph=board[0], stand_in=board[1]) if board else entity
    return entity


def _straw_hat(entity: Entity) -> Entity:
    said = {entity.material, *entity.modifiers} if entity.noun == "hat" else set()
    picture = STRAW_HAT if said & STRAW_HATS else stand_in("beanie") if said & WARM_HATS else None
    return replace(entity, glyph=picture[0], stand_in=picture[1]) if picture else entity


def _as_food(entity: Entity, meal: bool) -> Entity:
    food = AS_FOOD.get(entity.noun) if meal or COOKED & set(entity.modifiers) else None
    if food is None and entity.noun in VESSELS:
        food = HELD_AS_FOOD.get(_glyph(entity))
    return replace(entity, glyph=food[0], stand_in=food[1]) if food else entity


def _glyph(entity: Entity) -> str:
    return (entity.glyph or " ").replace("\ufe0f", "")[:1]
