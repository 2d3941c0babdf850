"""Pictures chosen again once the whole scene is read, where a word alone picks a thing of another kind.

A fish or a farm animal named among dishes, or cooked, is food: "a bento box with rice, salmon and broccoli" is a
slice of salmon, not three live fish swimming on the table; "fried chicken and fries" a drumstick, not a hen; "a
plate of chicken" (a plate drawn as what it holds) no hen on a plate. Named with no dish and no cooking ("a bear
catching a salmon", "a chicken pecking at corn"), the animal keeps its own picture. A hat of straw, or a sun hat, is
the brimmed straw hat, not the top hat the word "hat" picks (the hat keeps its noun and its material)."""

from __future__ import annotations

from dataclasses import replace

from openbanana.planner.closer_stand_ins import MEAT, POULTRY_LEG, STRAW_HAT, SUSHI
from openbanana.scene import Entity

# The animal's noun → what it is drawn as on a plate, and what that picture shows.
AS_FOOD: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("salmon", "tuna", "trout", "mackerel"), SUSHI),
    **dict.fromkeys(("chicken", "turkey", "hen"), POULTRY_LEG),
    **dict.fromkeys(("lamb", "beef", "veal", "venison", "cod", "halibut"), MEAT),
}
# A plate or a bowl drawn as the animal it holds → the food that animal is.
HELD_AS_FOOD = {"🐟": SUSHI, "🐔": POULTRY_LEG, "🐓": POULTRY_LEG, "🐑": MEAT}
VESSELS = frozenset({"plate", "bowl", "dish", "platter", "tray", "bento box", "lunchbox", "lunch box", "pan"})
# Dishes and what meals are served in: one of these among the things makes the animals above food. Raw produce (an
# apple, corn, bread) is no meal: a hen pecks at corn, a duck eats bread.
DISHES = frozenset("🍽🍱🥣🍣🍚🍝🍜🥗🍲🍛🥪🍔🌮🌯🥙🍕🥡🥘🍙🥟🍳🥢🍟🥓🥯")
COOKED = frozenset({"grilled", "fried", "roast", "roasted", "smoked", "baked", "seared", "poached", "steamed",
                    "sliced", "raw", "cooked", "braised", "barbecued", "breaded", "teriyaki"})
STRAW_HATS = frozenset({"straw", "sun", "panama", "garden", "wicker"})  # what a hat is or is for


def closer_pictures(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """The entities, with each fish or farm animal that is named cooked or beside a dish drawn as the food it is, and
    each straw or sun hat as the straw hat."""
    meal = any(_glyph(e) in DISHES for e in entities if e.noun not in AS_FOOD)
    return tuple(_straw_hat(_as_food(e, meal)) for e in entities)


def _straw_hat(entity: Entity) -> Entity:
    if entity.noun == "hat" and STRAW_HATS & {entity.material, *entity.modifiers}:
        return replace(entity, glyph=STRAW_HAT[0], stand_in=STRAW_HAT[1])
    return entity


def _as_food(entity: Entity, meal: bool) -> Entity:
    food = AS_FOOD.get(entity.noun) if meal or COOKED & set(entity.modifiers) else None
    if food is None and entity.noun in VESSELS:
        food = HELD_AS_FOOD.get(_glyph(entity))
    return replace(entity, glyph=food[0], stand_in=food[1]) if food else entity


def _glyph(entity: Entity) -> str:
    return (entity.glyph or " ").replace("\ufe0f", "")[:1]
