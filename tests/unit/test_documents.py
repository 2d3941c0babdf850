"""Layout templates, rendered and read back by OCR: menus, steps, diagrams, comics, posters with buttons; the
prompt's placement, colour and family honoured; and what does not fit left out and said, never cut."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from openbanana.engines.base import RenderRequest
from openbanana.engines.draft.engine import DraftEngine
from openbanana.imaging.drawing.typography import fit_text, fits
from openbanana.imaging.sizes import target_size
from openbanana.plan import Background, Box, Plan, Shape, TextBlock
from openbanana.planner.base import PlanningInput
from openbanana.planner.rules import plan_composition
from openbanana.service.generation.thoughts import answer_text

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import text_fidelity

MENU = ('A cafe menu titled "The Daily Grind". Coffee: "Espresso $3", "Americano $3.50", "Latte $4.50", '
        '"Cappuccino $4.25", "Mocha $5". Tea: "Green Tea $3", "Chai Latte $4.75", "Earl Grey $3". Pastries: '
        '"Croissant $3.50", "Muffin $2.75", "Cinnamon Roll $4", "Bagel $2.50", "Scone $3.25", "Brownie $3.75", '
        '"Cookie $2"')
STEPS = ["Wet your hands", "Apply soap", "Scrub for 20 seconds", "Rinse well", "Dry with a towel", "Turn off the tap"]


@pytest.fixture(scope="module")
def reader() -> text_fidelity.Reader:
    return text_fidelity.Reader()


def render(prompt: str, aspect: str) -> tuple[Image.Image, Plan, tuple[str, ...]]:
    return text_fidelity.render_with_shortfalls(prompt, aspect)


def read_back(reader: text_fidelity.Reader, image: Image.Image, plan: Plan) -> dict[TextBlock, str]:
    found = text_fidelity.read_blocks(reader.detect(image), plan, image.size)
    return {b: text_fidelity.squash(t) for b, t in zip(plan.texts, found, strict=True)}


def pixels(image: Image.Image, box: Box) -> np.ndarray:
    w, h = image.size
    return np.asarray(image.crop((round(box[0] * w), round(box[1] * h), round(box[2] * w), round(box[3] * h))),
                      dtype=np.int32)


def test_a_15_item_menu_reads_back_exactly_with_its_prices_right_aligned(reader: text_fidelity.Reader) -> None:
    image, plan, shortfalls = render(MENU, "3:4")
    assert not shortfalls and plan.layout.startswith("menu")
    items = [b for b in plan.texts if b.role == "item"]
    prices = [b for b in plan.texts if b.role == "price"]
    sections = [b.text for b in plan.texts if b.role == "section"]
    assert len(items) == len(prices) == 15 and sections == ["Coffee", "Tea", "Pastries"]
    read = read_back(reader, image, plan)
    wrong = [(b.text, read[b]) for b in plan.texts if read[b] != text_fidelity.squash(b.text)]
    assert not wrong
    rights = [fit_text(p, image.size).box[2] for p in prices]
    assert max(rights) - min(rights) <= 2  # one right edge: a column of prices
    for item, price in zip(items, prices, strict=True):  # each price on its item's line, leader dots between
        assert abs((item.box[1] + item.box[3]) - (price.box[1] + price.box[3])) < 1e-6
    leaders = [s for s in plan.shapes if s.kind == "leader"]
    assert len(leaders) == 15
    first = leaders[0].points[0][1] * image.height
    name_end = fit_text(items[0], image.size).box[2]
    price_start = fit_text(prices[0], image.size).box[0]
    gray = np.asarray(image.convert("L"), dtype=np.int32)
    row = gray[round(first) - 2:round(first) + 3, name_end + 8:price_start - 8]
    assert (row.min(axis=0) < 160).sum() >= 10  # dots drawn in the gap


def test_six_numbered_steps_in_order_with_an_arrow_from_each_to_the_next(reader: text_fidelity.Reader) -> None:
    prompt = "An infographic with 6 steps to wash your hands: " + ", ".join(f'"{s}"' for s in STEPS)
    image, plan, _ = render(prompt, "16:9")
    steps = [b for b in plan.texts if b.role == "step"]
    numbers = [b for b in plan.texts if b.role == "number"]
    assert [b.text for b in steps] == STEPS and [b.text for b in numbers] == ["1", "2", "3", "4", "5", "6"]
    circles = [s for s in plan.shapes if s.kind == "ellipse"]
    arrows = [s for s in plan.shapes if s.kind == "arrow"]
    assert len(circles) == 6 and len(arrows) == 5

    def centre(shape: Shape) -> np.ndarray:
        (x0, y0), (x1, y1) = shape.points
        return np.array([(x0 + x1) / 2 * image.width, (y0 + y1) / 2 * image.height])

    for index, arrow in enumerate(arrows):
        start, end = (np.array([x * image.width, y * image.height]) for x, y in (arrow.points[0], arrow.points[-1]))
        heading = centre(circles[index + 1]) - centre(circles[index])
        assert np.dot(end - start, heading) > 0  # it points from this step towards the next
        nearest = min(range(6), key=lambda i: float(np.linalg.norm(centre(circles[i]) - end)))
        assert nearest == index + 1  # and ends at the next step's circle
        mid = (start + end) / 2
        colour = np.asarray(image, dtype=np.int32)[round(mid[1]), round(mid[0])]
        assert np.abs(colour - np.array(arrow.stroke)).max() < 60  # drawn in its colour
    read = read_back(reader, image, plan)
    assert [read[b] for b in steps] == [text_fidelity.squash(s) for s in STEPS]
    assert [read[b] for b in numbers] == ["1", "2", "3", "4", "5", "6"]


def test_each_diagram_label_is_joined_by_a_line_to_the_object(reader: text_fidelity.Reader) -> None:
    labels = ["Petal", "Stem", "Leaf", "Root", "Pollen", "Sepal"]
    image, plan, _ = render("A labelled diagram of a flower: " + ", ".join(f'"{t}"' for t in labels), "1:1")
    thing = next(s for s in plan.subjects if s.role == "hero")
    callouts = [s for s in plan.shapes if s.kind == "callout"]
    pixels_ = np.asarray(image, dtype=np.int32)
    gray = pixels_.sum(axis=2) // 3
    for label in (b for b in plan.texts if b.role == "label"):
        x0, y0, x1, y1 = fit_text(label, image.size).box
        near = [c for c in callouts if x0 - 30 <= c.points[0][0] * image.width <= x1 + 30
                and y0 - 10 <= c.points[0][1] * image.height <= y1 + 10]
        assert len(near) == 1, label.text
        (sx, sy), (ex, ey) = near[0].points
        assert thing.box[0] <= ex <= thing.box[2] and thing.box[1] <= ey <= thing.box[3]  # it aims at the object
        for t in (0.2, 0.35):  # and it is drawn: dark along its length
            px, py = (sx + (ex - sx) * t) * image.width, (sy + (ey - sy) * t) * image.height
            assert gray[round(py) - 3:round(py) + 4, round(px) - 3:round(px) + 4].min() < 90
        window = pixels_[round(ey * image.height) - 25:round(ey * image.height) + 26,
                         round(ex * image.width) - 25:round(ex * image.width) + 26]
        dot = np.abs(window - np.array(near[0].fill)).max(axis=2) < 40
        assert dot.sum() > 20  # its dot is drawn, on the object
    read = read_back(reader, image, plan)
    assert sorted(read[b] for b in plan.texts if b.role == "label") == sorted(labels)


def test_a_callout_that_misses_the_drawing_moves_onto_it() -> None:
    from openbanana.imaging.drawing.shapes import on_ink

    canvas = Image.new("RGB", (400, 400), (230, 240, 235))
    canvas.paste((200, 30, 40), (180, 250, 300, 330))  # a low, wide thing at the bottom of its square
    end = on_ink(canvas, (40.0, 100.0), (220.0, 200.0))
    assert 180 <= end[0] <= 300 and 250 <= end[1] <= 262  # on the thing's top edge, nearest the aimed point
    assert on_ink(canvas, (40.0, 100.0), (200.0, 300.0)) == (200.0, 300.0)  # a hit stays put


def test_comic_bubbles_have_tails_that_point_at_their_speakers(reader: text_fidelity.Reader) -> None:
    prompt = ('A three-panel comic strip: the cat says "Where is my dinner?" and the dog replies "Ask the human." '
              'then the cat says "I am starving!"')
    image, plan, _ = render(prompt, "16:9")
    panels = [s for s in plan.shapes if s.kind == "rect" and s.layer == "under"]
    bubbles = [s for s in plan.shapes if s.kind == "bubble"]
    speech = [b for b in plan.texts if b.role == "speech"]
    assert len(panels) == 3 and len(bubbles) == 3 and len(speech) == 3
    gray = np.asarray(image.convert("L"), dtype=np.int32)
    for bubble, line, speaker in zip(bubbles, speech, ("cat", "dog", "cat"), strict=True):
        (bx0, by0), (bx1, by1), (tx, ty) = bubble.points
        assert bx0 <= line.box[0] and line.box[2] <= bx1 and by0 <= line.box[1] and line.box[3] <= by1
        assert ty > by1  # the tail leaves the bubble downwards
        panel = next(p for p in panels if p.points[0][0] <= tx <= p.points[1][0])
        who = [s for s in plan.subjects if s.label == speaker and panel.points[0][0] <= s.box[0] <= panel.points[1][0]]
        assert who and who[0].box[0] <= tx <= who[0].box[2]  # above the one speaking
        assert abs(ty - who[0].box[1]) < 0.12
        y = round((by1 + (ty - by1) * 0.4) * image.height)  # across the tail: two dark edges, white between
        xs = round(tx * image.width)
        scan = gray[y, xs - 40:xs + 40]
        assert (scan < 100).sum() >= 2 and scan.max() > 240
    read = read_back(reader, image, plan)
    assert [read[b] for b in speech] == [text_fidelity.squash(b.text) for b in speech]


def test_top_white_serif_and_a_call_to_action_inside_its_button(reader: text_fidelity.Reader) -> None:
    prompt = ('A poster with the headline "GRAND OPENING" at the top in white serif letters on a navy background, '
              'a cake, and "Get tickets" on a red button')
    image, plan, _ = render(prompt, "4:5")
    headline = next(b for b in plan.texts if b.role == "headline")
    assert headline.box[1] < 0.1 and headline.font.startswith("serif") and headline.color is not None
    ink = pixels(image, headline.box)
    assert ((ink.min(axis=2) > 235).sum()) > 2000  # white letters
    cta = next(b for b in plan.texts if b.role == "cta")
    button = next(s for s in plan.shapes if s.kind == "rect" and s.fill is not None and s.layer == "over")
    (x0, y0), (x1, y1) = button.points
    assert x0 <= cta.box[0] and cta.box[2] <= x1 and y0 <= cta.box[1] and cta.box[3] <= y1
    assert button.fill is not None and button.fill[0] > 180 and button.fill[2] < 100  # red, as asked
    face = pixels(image, (x0, y0, x1, y1)).reshape(-1, 3)
    assert (np.abs(face - np.array(button.fill)).max(axis=1) < 12).mean() > 0.5  # the button is filled in its colour
    assert not any(s.label == "button" for s in plan.subjects)  # the words about the text draw nothing
    read = read_back(reader, image, plan)
    assert read[headline] == "GRANDOPENING" and read[cta] == "Gettickets"


def test_a_list_too_long_for_the_page_is_cut_at_a_line_and_said() -> None:
    dishes = [f"Dish number {i}" for i in range(1, 61)]
    prompt = "A menu: " + ", ".join(f'"{d} ${i}"' for i, d in enumerate(dishes, 1))
    _, plan, shortfalls = render(prompt, "9:16")
    drawn = [b.text for b in plan.texts if b.role == "item"]
    assert 0 < len(drawn) < 60 and drawn == dishes[:len(drawn)]  # whole lines, in order, from the top
    said = next(s for s in plan.shortfalls if "menu lines fit" in s)
    assert said.startswith(f"{len(drawn)} of 60 menu lines fit; left out:") and f'"{dishes[len(drawn)]} ' in said
    answer = answer_text(plan, target_size("9:16", "1K"), shortfalls=shortfalls)
    assert said in answer


def test_the_engine_leaves_out_a_string_it_cannot_set_whole_and_says_so() -> None:
    roomy = TextBlock("Fits easily", "caption", (0.1, 0.1, 0.9, 0.3), color=(0, 0, 0), min_size=0.02)
    cramped = TextBlock("Supercalifragilistic expialidocious", "caption", (0.1, 0.6, 0.16, 0.63), color=(0, 0, 0),
                        min_size=0.02)
    plan = Plan(prompt="", background=Background("solid", ((255, 255, 255),)), palette=(), texts=(roomy, cramped))
    result = DraftEngine().render(RenderRequest(plan, 800, 800))
    assert result.shortfalls and '"Supercalifragilistic expialidocious"' in result.shortfalls[0]
    assert "1 of 2" in result.shortfalls[0]
    assert pixels(result.image, (0.05, 0.55, 0.3, 0.7)).min() > 240  # nothing drawn, not even a piece of it
    assert pixels(result.image, roomy.box).min() < 60


@pytest.mark.parametrize("size", [(1024, 1024), (1376, 768), (768, 1376), (1584, 672)])
def test_every_template_sets_its_strings_whole_apart_and_clear_of_the_pictures(size: tuple[int, int]) -> None:
    for item in text_fidelity.load_prompts(text_fidelity.DOCUMENTS):
        plan = plan_composition(PlanningInput(item["prompt"], *size, seed=3))
        assert {t.text for t in plan.scene.texts} <= {b.text for b in plan.texts}, item["prompt"]  # nothing lost
        set_boxes = []
        for block in plan.texts:
            fitted = fit_text(block, size)
            assert fits(fitted, block, size), (plan.layout, block.text)
            x0, y0, x1, y1 = fitted.box
            assert min(x0, y0) >= 0 and x1 <= size[0] and y1 <= size[1]
            set_boxes.append(fitted.box)
            for subject in plan.subjects:
                assert not _overlap(block.box, subject.box), (plan.layout, block.text, subject.label)
        for index, a in enumerate(set_boxes):
            assert not any(_overlap(a, b) for b in set_boxes[index + 1:]), (plan.layout, plan.texts[index].text)


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_a_poster_with_more_strings_than_the_page_holds_keeps_the_headline_and_says_what_it_left_out() -> None:
    lines = [f"Detail line number {i}" for i in range(1, 41)]
    plan = plan_composition(PlanningInput('A poster titled "MEGA FAIR" with ' + ", ".join(f'"{t}"' for t in lines),
                                          1024, 1024, seed=2))
    drawn = [b.text for b in plan.texts]
    assert drawn[0] == "MEGA FAIR" and 1 < len(drawn) < 41
    said = next(s for s in plan.shortfalls if "strings fit" in s)
    missing = [t for t in lines if t not in drawn]
    assert said.startswith(f"{len(drawn)} of 41 strings fit; left out: ") and f'"{missing[0]}"' in said
    for block in plan.texts:  # what is drawn is set whole at a readable size
        assert fits(fit_text(block, (1024, 1024)), block, (1024, 1024))
