"""What the reader alone misses on the tuning sets, by cause: the scene graph only, no render, so a change to the
reading modules can be judged per set (and so per leave-one-set-out fold) in about a minute.

For every prompt of each tuning set, `read_scene` reads it and each expectation is matched as
bench/scene_fidelity.py matches it (scene_checks.find_entity, in order). Each miss gets one cause:

- entities: "possessive" (the noun is written with 's), "compound or head" (a graph entity has the noun among its
  modifiers or as a word of a longer noun, or the noun is a word of a graph entity's modifiers), "plural form" (the
  prompt writes only a plural of it), "unknown noun" (anything else: the reader never made a thing of the word);
- attributes (of an entity that was read): "bound to another entity" (another entity of the graph has the value),
  "word unread" (no entity has it);
- relations: "entity not read", "another predicate" (the graph relates the two with another predicate; which one
  is printed), "not related".

Run: `.venv/bin/python bench/reading_misses.py` (counts per set), `--list` (every miss with its prompt), `--split
dev` (one tuning set; several with commas). Only the tuning sets (dev and the spent held-out sets) can be named.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from openbanana.planner.rules import read_scene
from openbanana.scene import Entity, SceneGraph
from scene_checks import find_entity, relation_read, singular
from scene_fidelity import ATTRIBUTES, SPLITS, TUNING, check_attributes, load_items

Miss = tuple[str, str, str, str]  # (measure, cause, what, prompt id)


def entity_cause(noun: str, prompt: str, scene: SceneGraph) -> str:
    """Why the expected noun has no entity of its own."""
    words = noun.lower().split()
    head = words[-1]
    text = prompt.lower()
    if re.search(rf"\b{re.escape(head)}(?:'s|s')", text):
        return "possessive"
    for e in scene.entities:
        names = [*e.noun.lower().split(), *(w for m in e.modifiers for w in m.lower().split())]
        if head in names or singular(head) in (singular(n) for n in names):
            return "compound or head"
    stem = head[:-1] if head.endswith("y") else head
    if not re.search(rf"\b{re.escape(head)}\b", text) and re.search(rf"\b{re.escape(stem)}\w*", text):
        return "plural form"
    return "unknown noun"


def attribute_cause(key: str, wanted: Any, scene: SceneGraph, entity: Entity) -> str:
    accepted = wanted if isinstance(wanted, list) else [wanted]
    others = [e for e in scene.entities if e.id != entity.id]
    for e in others:
        found = getattr(e, key)
        if found and any(str(a).lower() in str(found).lower() for a in accepted):
            return "bound to another entity"
    return "word unread"


def misses_of(item: dict[str, Any]) -> tuple[Counter[str], list[Miss]]:
    """Totals per measure (key "measure") and misses per cause (key "measure: cause") of one prompt."""
    scene = read_scene(item["prompt"])
    counts: Counter[str] = Counter()
    found: list[Miss] = []
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for expected in item.get("entities", []):
        noun = expected["noun"]
        entity = find_entity(scene, [noun, *expected.get("aka", [])], taken)
        counts["entities"] += 1
        if entity is None:
            found.append(("entities", entity_cause(noun, item["prompt"], scene), noun, item["id"]))
            continue
        taken.add(entity.id)
        ids[noun] = entity.id
        for key in (k for k in ATTRIBUTES if k in expected):
            counts["attributes"] += 1
            check = check_attributes(item["id"], noun, {key: expected[key]}, entity)[0]
            if not check.ok:
                found.append(("attributes", attribute_cause(key, expected[key], scene, entity),
                              f"{check.what} ({check.why})", item["id"]))
    for s, p, o in item.get("relations", []):
        counts["relations"] += 1
        if s not in ids or o not in ids:
            found.append(("relations", "entity not read", f"{s} {p} {o}", item["id"]))
        elif not relation_read(scene, ids[s], p, ids[o]):
            other = [f"{r.predicate}{'' if r.subject == ids[s] else ' (reversed)'}" for r in scene.relations
                     if {r.subject, r.object} == {ids[s], ids[o]}]
            cause = "another predicate" if other else "not related"
            found.append(("relations", cause, f"{s} {p} {o}" + (f" read as {', '.join(other)}" if other else ""),
                          item["id"]))
    return counts, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="tuning", help="tuning (default) or tuning sets, with commas")
    parser.add_argument("--list", action="store_true", help="list every miss with its prompt")
    args = parser.parse_args()
    splits = TUNING if args.split == "tuning" else tuple(args.split.split(","))
    if any(s not in TUNING for s in splits):
        parser.error(f"only tuning sets: {', '.join(TUNING)}")
    for split in splits:
        totals: Counter[str] = Counter()
        causes: Counter[str] = Counter()
        for item in load_items(SPLITS[split]):
            counts, found = misses_of(item)
            totals.update(counts)
            for measure, cause, what, item_id in found:
                causes[f"{measure}: {cause}"] += 1
                if args.list:
                    print(f"  {split} {item_id} {measure} [{cause}] {what} | {item['prompt']}")
        rates = ", ".join(f"{m} {totals[m] - sum(n for c, n in causes.items() if c.startswith(m))}/{totals[m]}"
                          for m in ("entities", "attributes", "relations"))
        print(f"{split:<9} {rates}")
        print("          " + "; ".join(f"{c} {n}" for c, n in sorted(causes.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
