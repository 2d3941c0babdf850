"""Rebuild the draft engine's bundled assets from openly licensed packages (run by a maintainer, not at install).

Inputs (all from package registries):
  * npm `twemoji-colr-font` 15.0.3 (`npm pack twemoji-colr-font@15.0.3`): Twemoji as a COLRv0 vector colour font
    (font OFL-1.1, artwork CC-BY-4.0).
  * npm `emojibase-data` 17.0.0 (`npm pack emojibase-data@17.0.0`): CLDR emoji names and keywords (MIT).
  * Debian `fonts-noto-core`, `fonts-noto-cjk`, `fonts-inter`, `fonts-league-spartan`, `fonts-comfortaa`,
    `fonts-bebas-neue`, `fonts-dancingscript`, `fonts-comic-neue` (all OFL-1.1), `fonts-jetbrains-mono` and
    `fonts-roboto-unhinted` (Apache-2.0), installed with apt-get.

Needs `fonttools` and `brotli` (to read the WOFF2), e.g. `pip install fonttools brotli`:

    python scripts/build_draft_assets.py --twemoji twemoji-colr-font-15.0.3.tgz --emojibase emojibase-data-17.0.0.tgz

Outputs, under src/openbanana/assets/:
  * pictograms/Pictograms-COLR.ttf: the Twemoji COLR font as TrueType, every colour glyph's base outline replaced by a
    composite of its layers (FreeType, and so Pillow, sizes a glyph from its base outline: an empty one draws nothing),
    renamed "OpenBanana Pictograms" (the OFL's reserved-name rule).
  * pictograms/layers.json: emoji sequence → its colour layers, each a private-use code point (U+F0000 + n) that the
    font maps to the layer's outline, and a palette colour. FreeType composes COLR layers over the whole glyph box,
    one full-size blend per layer (170 ms for a 1000-px glyph); drawing each layer as a plain mask into its own small
    box is ~10x faster.
  * pictograms/keywords.tsv: keyword → emoji sequence → score, from CLDR labels and tags, for what the font can draw.
  * fonts/*: the text fonts, copied; Noto Sans CJK SC subset to GB 2312 + JIS X 0208 + KS X 1001 (the common hanzi,
    kanji, kana and hangul).
"""

from __future__ import annotations

import argparse
import io
import json
import re
import shutil
import tarfile
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._g_l_y_f import Glyph, GlyphComponent

ASSETS = Path(__file__).resolve().parents[1] / "src" / "openbanana" / "assets"
NOTO = Path("/usr/share/fonts/truetype/noto")
OPENTYPE = Path("/usr/share/fonts/opentype")
TEXT_FONTS = {
    NOTO / "NotoSans-Regular.ttf": "NotoSans-Regular.ttf",
    NOTO / "NotoSans-Bold.ttf": "NotoSans-Bold.ttf",
    NOTO / "NotoSerif-Bold.ttf": "NotoSerif-Bold.ttf",
    NOTO / "NotoSerif-Regular.ttf": "NotoSerif-Regular.ttf",
    NOTO / "NotoSerifDisplay-Bold.ttf": "NotoSerifDisplay-Bold.ttf",
    NOTO / "NotoSerifDisplay-Italic.ttf": "NotoSerifDisplay-Italic.ttf",
    NOTO / "NotoSansArabic-Bold.ttf": "NotoSansArabic-Bold.ttf",
    NOTO / "NotoSansHebrew-Bold.ttf": "NotoSansHebrew-Bold.ttf",
    NOTO / "NotoSansDevanagari-Bold.ttf": "NotoSansDevanagari-Bold.ttf",
    NOTO / "NotoSansThai-Bold.ttf": "NotoSansThai-Bold.ttf",
    OPENTYPE / "inter" / "InterDisplay-ExtraBold.otf": "InterDisplay-ExtraBold.otf",
    OPENTYPE / "inter" / "Inter-Medium.otf": "Inter-Medium.otf",
    OPENTYPE / "inter" / "Inter-Light.otf": "Inter-Light.otf",
    OPENTYPE / "dancingscript" / "DancingScript-Bold.otf": "DancingScript-Bold.otf",
    OPENTYPE / "comic-neue" / "ComicNeue-Bold.otf": "ComicNeue-Bold.otf",
    Path("/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-Regular.ttf"): "JetBrainsMono-Regular.ttf",
    Path("/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-Bold.ttf"): "RobotoCondensed-Bold.ttf",
    OPENTYPE / "league-spartan" / "LeagueSpartan-Bold.otf": "LeagueSpartan-Bold.otf",
    OPENTYPE / "bebas-neue" / "BebasNeue-Regular.otf": "BebasNeue-Regular.otf",
    Path("/usr/share/fonts/truetype/comfortaa/Comfortaa-Bold.ttf"): "Comfortaa-Bold.ttf",
}
CJK_SOURCE = OPENTYPE / "noto" / "NotoSansCJK-Bold.ttc"
CJK_SC_INDEX = 2  # in the Noto CJK collections: 0 JP, 1 KR, 2 SC, 3 TC, 4 HK
CJK_TARGET = "NotoSansCJKsc-Bold-subset.otf"
LAYER_BASE = 0xF0000
GROUP_WEIGHT = {3: 3, 4: 3, 5: 2, 6: 2, 7: 2, 1: 1, 0: 0, 8: -1, 9: -2}  # animals/food > places/objects > people


def _member(tgz: Path, suffix: str) -> bytes:
    with tarfile.open(tgz) as archive:
        for member in archive.getmembers():
            if member.name.endswith(suffix):
                handle = archive.extractfile(member)
                assert handle is not None
                return handle.read()
    raise FileNotFoundError(f"{suffix} not in {tgz}")


def build_pictogram_font(twemoji_tgz: Path, out: Path) -> TTFont:
    font = TTFont(io.BytesIO(_member(twemoji_tgz, "twemoji.woff2")))
    font.flavor = None
    glyf = font["glyf"]
    for base, layers in font["COLR"].ColorLayers.items():
        if glyf[base].numberOfContours != 0:
            continue
        composite = Glyph()
        composite.numberOfContours = -1
        composite.components = []
        for layer in layers:
            component = GlyphComponent()
            component.glyphName, component.x, component.y, component.flags = layer.name, 0, 0, 0
            composite.components.append(component)
        glyf[base] = composite
    layer_names = sorted({layer.name for layers in font["COLR"].ColorLayers.values() for layer in layers})
    pua = {name: LAYER_BASE + index for index, name in enumerate(layer_names)}
    for table in font["cmap"].tables:
        if table.format == 12:
            table.cmap.update({code: name for name, code in pua.items()})
    for record in font["name"].names:
        if record.nameID in (1, 3, 4, 16, 21):
            record.string = "OpenBanana Pictograms"
        elif record.nameID in (6, 20):
            record.string = "OpenBananaPictograms"
    font.save(str(out))
    return TTFont(str(out))


def drawable_sequences(font: TTFont) -> dict[str, str]:
    """Sequence → glyph: single code points in the cmap, plus the GSUB ligatures (ZWJ, keycaps, flags)."""
    cmap = {cp: name for cp, name in font.getBestCmap().items() if cp < LAYER_BASE}
    reverse = {name: chr(cp) for cp, name in cmap.items()}
    sequences = {chr(cp): name for cp, name in cmap.items()}
    for lookup in font["GSUB"].table.LookupList.Lookup:
        for sub in lookup.SubTable:
            ligatures = getattr(sub, "ligatures", None) or {}
            for first, entries in ligatures.items():
                for lig in entries:
                    names = [first, *lig.Component]
                    if all(n in reverse for n in names):
                        sequences.setdefault("".join(reverse[n] for n in names), lig.LigGlyph)
    return sequences


def build_layers(font: TTFont, sequences: dict[str, str], out: Path) -> None:
    colr, cmap = font["COLR"].ColorLayers, font.getBestCmap()
    pua = {name: cp - LAYER_BASE for cp, name in cmap.items() if cp >= LAYER_BASE}
    palette = [f"{c.red:02x}{c.green:02x}{c.blue:02x}{c.alpha:02x}" for c in font["CPAL"].palettes[0]]
    glyphs = {seq: [[pua[layer.name], layer.colorID] for layer in colr[name]]
              for seq, name in sorted(sequences.items()) if name in colr}
    out.write_text(json.dumps({"layer_base": LAYER_BASE, "palette": palette, "glyphs": glyphs},
                              ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def build_keywords(emojibase_tgz: Path, drawable: set[str], out: Path) -> int:
    """Keywords for emoji the font can draw, scored: the exact label, then the head noun, other words, tags."""
    data = json.loads(_member(emojibase_tgz, "package/en/compact.json"))
    scores: dict[tuple[str, str], int] = {}
    for entry in data:
        glyph = entry["unicode"].replace("\ufe0f", "")
        if glyph not in drawable and entry["unicode"] not in drawable:
            continue
        glyph = entry["unicode"] if entry["unicode"] in drawable else glyph
        group = entry.get("group")
        if group in (2, 9) or "skin tone" in entry["label"] or entry["label"].startswith(("flag", "keycap")):
            continue
        bonus = GROUP_WEIGHT.get(group, 0)
        label = entry["label"].lower().replace("’", "'")
        words = re.findall(r"[a-z][a-z'-]*", label)
        candidates = [(label, 100), (" ".join(words), 100)]
        if words:
            candidates.append((words[-1], 60 - len(words) * 4))  # the head noun: "red apple" → apple
            candidates.extend((w, 30 - len(words) * 2) for w in words[:-1])
        candidates.extend((tag.lower(), 20) for tag in entry.get("tags", ()))
        for key, score in candidates:
            if not key:
                continue
            pair = (key, glyph)
            scores[pair] = max(scores.get(pair, -999), score + bonus)
    rows = sorted(scores.items(), key=lambda item: (item[0][0], -item[1], item[0][1]))
    out.write_text("".join(f"{key}\t{glyph}\t{score}\n" for (key, glyph), score in rows), encoding="utf-8")
    return len(rows)


def cjk_codepoints() -> set[int]:
    points: set[int] = set(range(0x3000, 0x3100)) | set(range(0xFF00, 0xFFF0)) | set(range(0x3130, 0x3190))
    for codec in ("gb2312", "euc_jp", "euc_kr"):
        for lead in range(0xA1, 0xFF):
            for trail in range(0xA1, 0xFF):
                try:
                    text = bytes((lead, trail)).decode(codec)
                except UnicodeDecodeError:
                    continue
                points.update(ord(c) for c in text)
    return points


def build_cjk(out: Path) -> None:
    font = TTFont(str(CJK_SOURCE), fontNumber=CJK_SC_INDEX)
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=cjk_codepoints() | set(range(0x20, 0x7F)))
    subsetter.subset(font)
    font.save(str(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--twemoji", type=Path, required=True, help="twemoji-colr-font npm tarball")
    parser.add_argument("--emojibase", type=Path, required=True, help="emojibase-data npm tarball")
    args = parser.parse_args()
    fonts, pictograms = ASSETS / "fonts", ASSETS / "pictograms"
    pictograms.mkdir(exist_ok=True)
    (pictograms / "__init__.py").touch()
    font = build_pictogram_font(args.twemoji, pictograms / "Pictograms-COLR.ttf")
    sequences = drawable_sequences(font)
    build_layers(font, sequences, pictograms / "layers.json")
    count = build_keywords(args.emojibase, set(sequences), pictograms / "keywords.tsv")
    print(f"pictograms: {len(font.getBestCmap())} code points, {count} keyword rows")
    (ASSETS / "fonts" / "NotoColorEmoji.ttf").unlink(missing_ok=True)  # replaced by the vector pictogram font
    for source, target in TEXT_FONTS.items():
        shutil.copyfile(source, fonts / target)
    if not (fonts / CJK_TARGET).exists():
        build_cjk(fonts / CJK_TARGET)
    for path in sorted([*fonts.iterdir(), *pictograms.iterdir()]):
        print(f"{path.stat().st_size / 1e6:8.2f} MB  {path.relative_to(ASSETS)}")


if __name__ == "__main__":
    main()
