"""Time of each photo edit at 2K (render only: the planned edit applied by the draft engine, no encoding).

Each edit runs on a test photo (tests/data/photos/, ≤ 512 px, so the engine first scales it to 2K as it would a
user's upload) in its own aspect ratio (or the one a row names after "@"), `--repeat` times with the same seed; the
p50 is compared with a plain resize to the same 2K size in the same run (a reference with no edit: the engine's
fixed cost), so the ratio holds on a loaded machine where the milliseconds do not. The budget is 1.5 s per edit at
2K on 2 cores.

Run: `.venv/bin/python bench/photo_edits.py` (~1 min on 2 cores), `--repeat 5`, `--json` for machine output,
`--only "pop art,birds"` for the edits whose names contain those words.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import time
from pathlib import Path

from PIL import Image

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.sizes import nearest_aspect_ratio, target_size
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition

PHOTOS = Path(__file__).resolve().parents[1] / "tests" / "data" / "photos"
BUDGET_MS = 1500.0
BASELINE = ("no edit (resize only)", "astronaut.jpg", "")
EDITS = (  # name, photo (a "+" joins several), prompt
    ("style: watercolor", "astronaut.jpg", "make it a watercolor painting"),
    ("style: pencil sketch", "astronaut.jpg", "turn this into a pencil sketch"),
    ("style: cartoon", "astronaut.jpg", "make it look like a cartoon"),
    ("style: oil painting", "flower.jpg", "make it an oil painting"),
    ("style: pixel art", "coffee.jpg", "pixel art"),
    ("style: vintage film", "rocket.jpg", "give it a vintage film look"),
    ("style: HDR", "china.jpg", "HDR"),
    ("relight: night", "china.jpg", "make it night"),
    ("relight: storm", "rocket.jpg", "make it stormy"),
    ("relight: fog", "china.jpg", "add fog"),
    ("sky: sunset", "china.jpg", "replace the sky with a sunset"),
    ("recolour: by colour", "coffee.jpg", "change the red cup to blue"),
    ("recolour: main subject", "flower.jpg", "turn the flower purple"),
    ("recolour: hair", "astronaut.jpg", "make her hair blonde"),
    ("add: confetti", "astronaut.jpg", "add confetti falling all around her"),
    ("add: fire under the subject", "rocket.jpg", "make it look like it's launching with fire under it"),
    ("remove: person", "astronaut.jpg", "remove the person"),
    ("remove: by colour", "coffee.jpg", "remove the red cup"),
    ("remove: not there", "coffee.jpg", "remove the dog"),
    ("accessory: sunglasses", "astronaut.jpg", "add sunglasses to her"),
    ("add: dog next to her", "astronaut.jpg", "put a dog next to her"),
    ("add: boat on the water", "china.jpg", "add a boat on the water"),
    ("add: iceberg", "china.jpg", "add an iceberg in the water"),
    ("add: lighthouse", "china.jpg", "add a lighthouse"),
    ("add: hot-air balloon", "rocket.jpg", "add a hot air balloon"),
    ("add: fireworks", "rocket.jpg", "add fireworks in the sky"),
    ("add: northern lights", "china.jpg", "add northern lights in the sky"),
    ("add: snow on the ground", "china.jpg", "add snow on the ground"),
    ("background: beach", "astronaut.jpg", "replace the background with a beach"),
    ("background: blur", "astronaut.jpg", "blur the background"),
    ("combine: person into scene", "china.jpg+astronaut.jpg", "put the woman from the second photo on the left"),
    ("outpaint: zoom out", "astronaut.jpg", "zoom out"),
    ("style: colouring page", "astronaut.jpg", "turn this into a coloring page"),
    ("style: autumn", "china.jpg", "change the season to autumn"),
    ("relight + add: winter", "china.jpg", "make it look like winter"),
    ("crop: to her face", "astronaut.jpg", "crop to her face"),
    ("background: black and white", "astronaut.jpg", "make the background black and white"),
    ("recolour: the water", "china.jpg", "make the water green"),
    ("remove: the person behind", "astronaut.jpg", "remove the person in the background"),
    ("recolour: nothing stands out", "rocket.jpg", "change the car to blue"),
    ("accessory: party hat on a cat", "chelsea.jpg", "give the cat a party hat"),
    ("remove: text (the detector's whole run)", "coffee.jpg", "remove the text"),
    ("style: pop art", "chelsea.jpg", "make it pop art"),
    ("add: birds in the sky", "china.jpg", "add some birds flying in the sky"),
    ("add: a butterfly on the flower", "flower.jpg", "add a butterfly on the flower"),
    ("combine: her in front of the tower", "astronaut.jpg+china.jpg", "put her in front of the tower"),
    ("add: steam from the cup", "coffee.jpg", "add some steam coming out of the cup"),
    ("outpaint: phone wallpaper", "astronaut.jpg@9:16", "make it a phone wallpaper"),
    ("outpaint: panorama", "china.jpg@21:9", "extend it into a wide panorama"),
    ("background: product shot", "coffee.jpg", "make it a product shot on a clean white background"),
    ("accessory: santa hat", "astronaut.jpg", "give her a santa hat"),
    ("style: spring blossom", "china.jpg", "make it spring with cherry blossoms"),
    ("add: croissant next to the cup", "coffee.jpg", "add a croissant next to the cup"),
    ("recolour: the biggest of several things", "coins.jpg", "make the biggest coin gold"),
    ("remove: one of several things by place", "coins.jpg", "remove the coin in the top left corner"),
    ("recolour: a texture that fills the frame", "brick.jpg", "make the wall dark red"),
    ("text: kept off her face", "astronaut.jpg", "add a caption 'First Day at NASA' at the top"),
    ("text: a speech bubble beside her face", "astronaut.jpg", "add a speech bubble saying 'Hello from space!'"),
    ("style: blueprint", "coffee.jpg", "make it look like a blueprint"),
    ("background: a silhouette on a plain backdrop", "horse.jpg", "put the horse in a green field"),
    ("combine: a cut-out from the first photo", "horse.jpg+china.jpg", "put the horse by the lake"),
    ("accessory: scarf", "astronaut.jpg", "give her a red scarf"),
    ("add: a moon in open sky", "rocket.jpg", "add a full moon in the sky"),
    ("remove: the one thing on a plain wall", "clock.jpg", "remove the clock"),
    ("recolour: the trees (green leaves)", "china.jpg", "make the trees red"),
    ("background: grey except the flower", "flower.jpg", "make everything black and white except the flower"),
    ("add: on a thing not found (said)", "astronaut.jpg", "add a bird sitting on the tripod"),
    ("add: smoke at the foot of a thing", "rocket.jpg", "add smoke at the bottom of the rocket"),
    ("text: words under a thing", "clock.jpg", "add the text 'Time flies' under the clock"),
    ("text: words on a cat's face", "chelsea.jpg", "write 'Feed me' on the cat's face"),
    ("accessory: a pink bow on a cat", "chelsea.jpg", "put a pink bow on the cat's head"),
    ("sky: purple twilight", "rocket.jpg", "make the sky purple"),
    ("style: cyanotype", "rocket.jpg", "make it look like a faded cyanotype"),
    ("style: tile mosaic", "chelsea.jpg", "turn it into a tile mosaic"),
    ("sky: purple galaxy", "china.jpg", "replace the sky with a purple galaxy"),
    ("background: a close-up by its focus", "chelsea.jpg", "swap the background for a starry night sky"),
    ("recolour: two things, two colours", "clock.jpg", "make the clock blue and the wall yellow"),
    ("style: chalk drawing", "coffee.jpg", "make it look like a chalk drawing"),
    ("global: film grain", "coffee.jpg", "make it grainy"),
    ("add: strewn beside a thing", "coffee.jpg", "sharpen it and scatter petals around the cup"),
    ("combine: a cut-out next to a cat", "chelsea.jpg+coffee.jpg", "put the cup from the second photo next to the cat"),
    ("outpaint: a plain backdrop widened", "horse.jpg@16:9", "make it a wide 16:9 picture"),
    ("outpaint: a portrait to 4:5", "chelsea.jpg@4:5", "extend it to a 4:5 portrait for instagram"),
    ("add: a sky filled with balloons", "rocket.jpg", "fill the sky with balloons"),
    ("accessory: a hat on a horse's outline", "horse.jpg", "put a party hat on the horse"),
    ("accessory: a heart necklace", "astronaut.jpg", "give her a heart necklace"),
    ("remove: the one subject on a backdrop", "horse.jpg", "get rid of the horse"),
    ("accessory: a knitted beanie", "camera.jpg", "give him a red beanie"),
    ("relight: heavy rain", "camera.jpg", "add heavy rain"),
    ("relight: rain", "camera.jpg", "make it rain"),
    ("recolour: a stand-in, sky left out", "china.jpg", "make the pagoda gold"),
    ("recolour: a suit, its patch kept", "astronaut.jpg", "make her suit green"),
    ("remove: a thing rising into the sky", "rocket.jpg", "take the rocket out of the picture"),
    ("add: one gull in the sky", "china.jpg", "add a seagull flying over the lake"),
    ("accessory: a wizard hat", "astronaut.jpg", "give her a wizard hat"),
    ("relight + add: a thunderstorm", "rocket.jpg", "make it look like a thunderstorm"),
    ("relight: a weather at a time of day", "china.jpg", "make it a rainy night"),
    ("sky: fair, its sun in open sky", "camera.jpg", "give it a blue sky with fluffy white clouds"),
    ("sky: clear, a lattice kept", "rocket.jpg", "remove the clouds"),
    ("remove: a close-up's sharp subject", "flower.jpg", "remove the flower"),
    ("recolour: a part by its thing's colour", "flower.jpg", "make the petals white"),
    ("accessory: a beanie on a cat's close-up", "chelsea.jpg", "put a beanie on the cat"),
    ("recolour: a black thing made white", "horse.jpg", "make the horse white"),
    ("recolour: a suit, the segmenter's holes filled", "astronaut.jpg", "make her flight suit navy blue"),
    ("accessory: a bandana", "astronaut.jpg", "give her a blue bandana"),
    ("add: a crescent moon by day", "china.jpg", "add a crescent moon in the sky"),
    ("add: a bird on a thing's back", "horse.jpg", "add a bird on the horse's back"),
    ("recolour: asked as a wish", "flower.jpg", "can the flower be purple instead"),
    ("outpaint: taller, beside the plainer edge", "china.jpg@1:1", "make it square for my profile"),
    ("accessory: sunglasses on a cat's found eyes", "chelsea.jpg", "put sunglasses on the cat"),
    ("relight: night, lamps by their size", "rocket.jpg", "turn it into night"),
    ("add: on a table not recognised", "coffee.jpg", "put a vase of flowers on the table"),
    ("relight + sky: daytime under a blue sky", "rocket.jpg", "make it daytime with a blue sky"),
    ("recolour: a metal", "coffee.jpg", "make the cup gold"),
    ("accessory: dressed in a bow tie", "chelsea.jpg", "dress the cat in a little red bow tie"),
    ("style: anime, drawn as a cartoon", "camera.jpg", "anime style"),
    ("sky: northern lights", "rocket.jpg", "put the aurora in the sky"),
    ("relight: candlelight", "chelsea.jpg", "make it candlelit"),
    ("style: linocut", "china.jpg", "make it a woodcut"),
    ("style: cyberpunk neon", "coffee.jpg", "cyberpunk style"),
    ("recolour: the cloth under a set of things", "coins.jpg", "turn the cloth under the coins red"),
    ("combine: a thing hung from another photo", "brick.jpg+clock.jpg",
     "hang the clock from the second photo on the wall"),
    ("style: halftone newspaper", "astronaut.jpg", "make it look like a newspaper photo"),
    ("style: risograph", "flower.jpg", "turn it into a riso print"),
    ("relight: moonlight", "china.jpg", "make it moonlit"),
    ("relight: frost", "camera.jpg", "make the field frosty"),
    ("relight: spotlight", "chelsea.jpg", "put the cat in a spotlight"),
    ("remove: a row of laid-out things", "coins.jpg", "remove the top row of coins"),
    ("remove: lamps as their bright spots", "rocket.jpg", "remove the lamps"),
    ("combine: things scattered from another photo", "gravel.jpg+coins.jpg",
     "scatter the coins from the second photo over the gravel"),
    ("style: thermal camera", "astronaut.jpg", "make it look like a thermal image"),
    ("style: x-ray", "chelsea.jpg", "turn the cat into an x-ray"),
    ("style: tilt-shift miniature", "china.jpg", "give it a tilt-shift look"),
    ("style: stencil graffiti", "camera.jpg", "make it a stencil"),
    ("relight: a warm lamp from one side", "coffee.jpg", "light the cup from the right"),
    ("accessory: a monocle", "astronaut.jpg", "give her a monocle"),
    ("accessory: a beard", "camera.jpg", "give him a white beard"),
    ("remove: a count of things by size", "coins.jpg", "remove the three largest coins"),
)


def render_ms(photos: str, prompt: str, repeat: int, seed: int = 5) -> list[float]:
    """Render times; `photos` may end in "@RATIO" for a frame of another shape than the first photo's."""
    photos, _, ratio = photos.partition("@")
    images = tuple(Image.open(PHOTOS / name).convert("RGB") for name in photos.split("+"))
    target = target_size(ratio or nearest_aspect_ratio(*images[0].size), "2K")
    plan = plan_composition(PlanningInput(prompt, target.width, target.height, reference_count=len(images),
                                          seed=seed))
    engine = DraftEngine()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        engine.render(RenderRequest(plan, target.width, target.height, images, seed))
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--only", default="", help="comma-separated parts of edit names: run only those edits")
    args = parser.parse_args()
    render_ms(BASELINE[1], "make it a watercolor and add sunglasses to her", 1)  # warm-up: models, fonts, caches
    baseline = statistics.median(render_ms(BASELINE[1], BASELINE[2], args.repeat))
    rows = []
    for name, photos, prompt in EDITS:
        if args.only and not any(part in name for part in args.only.split(",")):
            continue
        p50 = statistics.median(render_ms(photos, prompt, args.repeat))
        rows.append({"edit": name, "photo": photos, "p50_ms": round(p50), "ratio": round(p50 / baseline, 1),
                     "within_budget": p50 <= BUDGET_MS})
    report = {"machine": f"{platform.machine()}, {platform.python_version()}", "baseline_p50_ms": round(baseline),
              "budget_ms": BUDGET_MS, "edits": rows}
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"baseline (resize to 2K, no edit): {baseline:.0f} ms p50 over {args.repeat}")
    print(f"{'edit':28} {'photo':26} {'p50 ms':>7} {'× base':>7}  ≤ 1.5 s")
    for row in rows:
        print(f"{row['edit']:28} {row['photo']:26} {row['p50_ms']:>7} {row['ratio']:>7}  "
              f"{'yes' if row['within_budget'] else 'NO'}")


if __name__ == "__main__":
    main()
