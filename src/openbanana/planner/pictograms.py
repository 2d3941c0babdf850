"""Noun → pictogram: an index over CLDR emoji names and keywords, plus everyday synonyms.

The index (assets/pictograms/keywords.tsv, built from emojibase's CLDR data for the emoji the bundled pictogram font
draws) scores each keyword: an emoji's full name 100, its head noun ("red apple" → apple) ~50, other words of
its name ~25, CLDR keywords ~20, with a bonus for concrete things (food, animals, objects) over symbols. A noun takes
the best emoji whose name it is (score >= 40); keywords alone are too loose ("fancy" is a keyword of the top hat),
so they count only through SYNONYMS, which also pick the best of several ("dish" → a plate, not a petri dish).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files

NAME_SCORE = 40

# Everyday words whose emoji has another name, or that should pick a particular one of several.
SYNONYMS: dict[str, str] = {
    # food and drink
    "dish": "🍽", "plate": "🍽", "meal": "🍽", "food": "🍲", "dinner": "🍽", "lunch": "🍱", "breakfast": "🍳",
    "brunch": "🥞", "dessert": "🍰", "cake": "🍰", "birthday cake": "🎂", "cupcake": "🧁", "cookie": "🍪",
    "cookies": "🍪", "biscuit": "🍪", "chocolate": "🍫", "candy": "🍬", "sweets": "🍭", "lollipop": "🍭",
    "ice cream": "🍨", "icecream": "🍨", "gelato": "🍨", "soft serve": "🍦", "donut": "🍩", "doughnut": "🍩",
    "pie": "🥧", "tart": "🥧", "pizza": "🍕", "burger": "🍔", "hamburger": "🍔", "cheeseburger": "🍔", "fries": "🍟",
    "french fries": "🍟", "chips": "🍟", "hot dog": "🌭", "hotdog": "🌭", "sandwich": "🥪", "taco": "🌮",
    "burrito": "🌯", "salad": "🥗", "soup": "🍲", "stew": "🍲", "curry": "🍛", "rice": "🍚", "noodles": "🍜",
    "ramen": "🍜", "pasta": "🍝", "spaghetti": "🍝", "sushi": "🍣", "nigiri": "🍣", "sashimi": "🍣",
    "maki": "🍣", "onigiri": "🍙", "dumpling": "🥟", "dumplings": "🥟",
    "steak": "🥩", "meat": "🥩", "chicken": "🐔", "drumstick": "🍗", "bacon": "🥓", "egg": "🥚", "eggs": "🥚",
    "omelette": "🍳", "pancakes": "🥞", "pancake": "🥞", "waffle": "🧇", "bread": "🍞", "toast": "🍞",
    "baguette": "🥖", "croissant": "🥐", "bagel": "🥯", "pretzel": "🥨", "cheese": "🧀", "butter": "🧈",
    "honey": "🍯", "popcorn": "🍿", "fruit": "🍎", "fruits": "🍇", "apple": "🍎", "pear": "🍐", "orange": "🍊",
    "tangerine": "🍊", "lemon": "🍋", "lime": "🍋", "banana": "🍌", "bananas": "🍌", "grapes": "🍇",
    "grape": "🍇", "strawberry": "🍓", "strawberries": "🍓", "cherry": "🍒", "cherries": "🍒", "peach": "🍑",
    "mango": "🥭", "pineapple": "🍍", "coconut": "🥥", "kiwi": "🥝", "watermelon": "🍉", "melon": "🍈",
    "blueberries": "🫐", "avocado": "🥑", "tomato": "🍅", "carrot": "🥕", "corn": "🌽", "potato": "🥔",
    "broccoli": "🥦", "vegetables": "🥦", "veggies": "🥦", "pepper": "🫑", "chili": "🌶", "mushroom": "🍄",
    "garlic": "🧄", "onion": "🧅", "cucumber": "🥒", "eggplant": "🍆", "nuts": "🥜", "peanut": "🥜",
    "coffee": "☕", "espresso": "☕", "latte": "☕", "latte art": "☕", "cappuccino": "☕", "tea": "🍵",
    "matcha": "🍵",
    "milk": "🥛", "juice": "🧃", "smoothie": "🥤", "soda": "🥤", "drink": "🥤", "water bottle": "🧴",
    "wine": "🍷", "champagne": "🍾", "beer": "🍺", "cocktail": "🍸", "martini": "🍸", "whiskey": "🥃",
    "bubble tea": "🧋", "boba": "🧋", "cup": "☕", "mug": "☕", "teapot": "🫖", "bowl": "🥣", "cereal": "🥣",
    # places and buildings (as things in a picture)
    "house": "🏠", "home": "🏠", "cottage": "🏡", "cabin": "🏠", "hut": "🛖", "castle": "🏰", "palace": "🏯",
    "church": "⛪", "temple": "🛕", "mosque": "🕌", "tower": "🗼", "skyscraper": "🏢", "building": "🏢",
    "buildings": "🏙", "skyline": "🏙", "hospital": "🏥", "bank": "🏦", "hotel": "🏨", "school": "🏫",
    "factory": "🏭", "stadium": "🏟", "tent": "⛺", "camping": "🏕", "campfire": "🔥", "bridge": "🌉",
    "fountain": "⛲", "ferris wheel": "🎡", "carousel": "🎠", "roller coaster": "🎢", "statue": "🗽",
    "volcano": "🌋", "shop": "🏪", "store": "🏪", "bakery": "🏪", "library": "📚", "museum": "🏛",
    # nature and weather
    "sun": "☀", "sunny": "☀", "moon": "🌙", "crescent": "🌙", "full moon": "🌕", "star": "⭐", "stars": "✨",
    "sparkle": "✨", "sparkles": "✨", "magic": "✨", "cloud": "☁", "clouds": "☁", "rainbow": "🌈",
    "lightning": "⚡", "thunder": "⛈", "umbrella": "☂", "snowflake": "❄", "snowman": "⛄", "tornado": "🌪",
    "wave": "🌊", "waves": "🌊", "surf": "🏄", "tree": "🌳", "trees": "🌳", "oak": "🌳", "pine": "🌲",
    "palm": "🌴", "palm tree": "🌴", "cactus": "🌵", "plant": "🪴", "plants": "🪴", "houseplant": "🪴",
    "leaf": "🍃", "leaves": "🍂", "flower": "🌸", "flowers": "💐", "bouquet": "💐", "blossom": "🌸",
    "cherry blossom": "🌸", "petal": "🌸", "petals": "🌸",
    "rose": "🌹", "roses": "🌹", "tulip": "🌷", "tulips": "🌷", "sunflower": "🌻",
    "sunflowers": "🌻", "daisy": "🌼", "hibiscus": "🌺", "lotus": "🪷", "clover": "🍀", "herb": "🌿",
    "grass": "🌿", "bamboo": "🎋", "rock": "🪨", "stone": "🪨", "earth": "🌍", "globe": "🌍", "planet": "🪐",
    "saturn": "🪐",
    "galaxy": "🌌", "milky way": "🌌", "comet": "☄", "fire": "🔥", "flame": "🔥", "flames": "🔥",
    "ice": "🧊", "mountain": "⛰", "mountains": "🏔", "volcanoes": "🌋",
    # animals
    "cat": "🐈", "cats": "🐈", "kitten": "🐈", "kitty": "🐈", "dog": "🐕", "dogs": "🐕", "puppy": "🐕",
    "pup": "🐕", "poodle": "🐩", "horse": "🐎", "pony": "🐎", "unicorn": "🦄", "cow": "🐄", "pig": "🐖",
    "sheep": "🐑", "lamb": "🐑", "goat": "🐐", "rabbit": "🐇", "bunny": "🐇", "mouse": "🐁", "rat": "🐀",
    "hamster": "🐹", "hedgehog": "🦔", "squirrel": "🐿", "fox": "🦊", "wolf": "🐺", "bear": "🐻",
    "teddy bear": "🧸", "panda": "🐼", "koala": "🐨", "lion": "🦁", "tiger": "🐅", "leopard": "🐆",
    "cheetah": "🐆", "elephant": "🐘", "giraffe": "🦒", "zebra": "🦓", "monkey": "🐒", "gorilla": "🦍",
    "camel": "🐫", "kangaroo": "🦘", "sloth": "🦥", "otter": "🦦", "raccoon": "🦝", "deer": "🦌", "fawn": "🦌",
    "bird": "🐦", "birds": "🐦", "parrot": "🦜", "owl": "🦉", "eagle": "🦅", "duck": "🦆", "swan": "🦢",
    "flamingo": "🦩",
    "peacock": "🦚", "penguin": "🐧", "rooster": "🐓", "hen": "🐔", "chick": "🐤", "dove": "🕊", "fish": "🐟",
    "goldfish": "🐠", "tropical fish": "🐠", "shark": "🦈", "whale": "🐋", "dolphin": "🐬", "octopus": "🐙",
    "squid": "🦑", "crab": "🦀", "lobster": "🦞", "shrimp": "🦐", "turtle": "🐢", "tortoise": "🐢",
    "frog": "🐸", "snake": "🐍", "lizard": "🦎", "dinosaur": "🦕", "dino": "🦕", "t-rex": "🦖", "dragon": "🐉",
    "butterfly": "🦋", "bee": "🐝", "bees": "🐝", "ladybug": "🐞", "ant": "🐜", "spider": "🕷", "snail": "🐌",
    "bug": "🐛", "caterpillar": "🐛", "bat": "🦇", "seal": "🦭", "hippo": "🦛", "rhino": "🦏",
    "polar bear": "🐻‍❄", "jellyfish": "🪼",
    # people and roles
    "person": "🧑", "people": "🧑‍🤝‍🧑", "man": "👨", "woman": "👩", "boy": "👦", "girl": "👧", "child": "🧒",
    "kid": "🧒", "kids": "🧒", "baby": "👶", "family": "👪", "couple": "💑", "team": "👥", "friends": "🧑‍🤝‍🧑",
    "chef": "🧑‍🍳", "cook": "🧑‍🍳", "astronaut": "🧑‍🚀", "scientist": "🧑‍🔬", "doctor": "🧑‍⚕", "nurse": "🧑‍⚕",
    "teacher": "🧑‍🏫", "student": "🧑‍🎓", "graduate": "🧑‍🎓", "farmer": "🧑‍🌾", "artist": "🧑‍🎨",
    "painter": "🧑‍🎨", "programmer": "🧑‍💻", "developer": "🧑‍💻", "coder": "🧑‍💻", "engineer": "🧑‍🔧",
    "mechanic": "🧑‍🔧", "firefighter": "🧑‍🚒", "pilot": "🧑‍✈", "police": "👮", "detective": "🕵",
    "singer": "🧑‍🎤", "king": "🤴", "queen": "👸", "princess": "👸", "prince": "🤴", "wizard": "🧙",
    "witch": "🧙‍♀", "mage": "🧙", "fairy": "🧚", "mermaid": "🧜‍♀", "vampire": "🧛", "zombie": "🧟",
    "superhero": "🦸", "ninja": "🥷", "pirate": "🏴‍☠", "santa": "🎅", "elf": "🧝", "genie": "🧞",
    "robot": "🤖", "alien": "👽", "ghost": "👻", "monster": "👾", "skull": "💀", "clown": "🤡",
    "runner": "🏃", "dancer": "💃", "yoga": "🧘", "surfer": "🏄", "skier": "⛷", "swimmer": "🏊",
    # vehicles
    "car": "🚗", "cars": "🚗", "auto": "🚗", "sports car": "🏎", "race car": "🏎", "taxi": "🚕", "bus": "🚌",
    "truck": "🚚", "van": "🚐", "ambulance": "🚑", "fire truck": "🚒", "police car": "🚓", "tractor": "🚜",
    "motorcycle": "🏍", "motorbike": "🏍", "scooter": "🛵", "bike": "🚲", "bicycle": "🚲", "bicycles": "🚲",
    "train": "🚆", "tram": "🚊", "subway": "🚇", "plane": "✈", "airplane": "✈", "aeroplane": "✈", "jet": "✈",
    "helicopter": "🚁", "rocket": "🚀", "spaceship": "🚀", "ufo": "🛸", "satellite": "🛰", "boat": "⛵",
    "sailboat": "⛵", "ship": "🚢", "cruise": "🛳", "yacht": "🛥", "canoe": "🛶", "kayak": "🛶",
    "skateboard": "🛹", "balloon": "🎈", "balloons": "🎈", "hot air balloon": "🎈", "parachute": "🪂",
    "cable car": "🚡", "gondola lift": "🚡", "chairlift": "🚠", "chair lift": "🚠",
    # objects
    "heart": "❤", "hearts": "💕", "love": "❤", "gift": "🎁", "present": "🎁", "gifts": "🎁", "trophy": "🏆",
    "medal": "🏅", "crown": "👑", "diamond": "💎", "gem": "💎", "ring": "💍", "money": "💰", "coin": "🪙",
    "coins": "🪙", "dollar": "💵", "cash": "💵", "credit card": "💳", "bag": "👜", "handbag": "👜",
    "shopping": "🛍", "shopping bag": "🛍", "backpack": "🎒", "suitcase": "🧳", "luggage": "🧳",
    "glasses": "👓", "sunglasses": "🕶", "hat": "🎩", "top hat": "🎩", "cap": "🧢", "dress": "👗",
    "shirt": "👕", "t-shirt": "👕", "shoe": "👟", "shoes": "👟", "sneakers": "👟", "boots": "🥾",
    "high heels": "👠", "lipstick": "💄", "watch": "⌚", "clock": "🕰", "alarm": "⏰", "hourglass": "⏳",
    "phone": "📱", "smartphone": "📱", "mobile": "📱", "laptop": "💻", "computer": "🖥", "desktop": "🖥",
    "keyboard": "⌨", "mouse pointer": "🖱", "tv": "📺", "television": "📺", "radio": "📻", "camera": "📷",
    "video": "🎥", "movie": "🎬", "film": "🎞", "cinema": "🍿", "headphones": "🎧", "microphone": "🎤",
    "earbuds": "🎧", "earbud": "🎧", "earphones": "🎧",
    "mic": "🎤", "speaker": "🔊", "music": "🎵", "song": "🎵", "note": "🎵", "guitar": "🎸", "piano": "🎹",
    "violin": "🎻", "drum": "🥁", "drums": "🥁", "trumpet": "🎺", "saxophone": "🎷", "book": "📖", "books": "📚",
    "post box": "📮", "postbox": "📮", "pillar box": "📮", "sticky note": "🗒", "post-it": "🗒",
    "post-it note": "🗒",
    "notebook": "📓", "newspaper": "📰", "letter": "✉", "mail": "✉", "email": "📧", "envelope": "✉",
    "pen": "🖊", "pencil": "✏", "paintbrush": "🖌", "brush": "🖌", "palette": "🎨", "paint": "🎨",
    "art": "🎨", "scissors": "✂", "ruler": "📏", "calendar": "📅", "clipboard": "📋", "chart": "📈",
    "graph": "📊", "idea": "💡", "bulb": "💡", "lightbulb": "💡", "lamp": "🪔", "candle": "🕯", "candles": "🕯",
    "tea light": "🕯", "tealight": "🕯",
    "key": "🔑", "keys": "🔑", "lock": "🔒", "tools": "🛠", "tool": "🛠", "hammer": "🔨", "wrench": "🔧",
    "gear": "⚙", "magnet": "🧲", "battery": "🔋", "plug": "🔌", "telescope": "🔭", "microscope": "🔬",
    "dna": "🧬", "atom": "⚛", "magnifying glass": "🔍", "search": "🔍", "shield": "🛡", "sword": "🗡",
    "bomb": "💣", "flag": "🏳", "map": "🗺", "compass": "🧭", "globe map": "🗺", "anchor": "⚓",
    "bell": "🔔", "gift box": "🎁", "ribbon": "🎀", "bow": "🎀", "party popper": "🎉", "confetti": "🎊",
    "fireworks": "🎆", "firework": "🎆", "christmas tree": "🎄", "pumpkin": "🎃", "jack-o-lantern": "🎃",
    "lantern": "🏮", "kite": "🪁", "toy": "🧸", "teddy": "🧸", "puzzle": "🧩", "dice": "🎲", "chess": "♟",
    "cards": "🃏", "game": "🎮", "games": "🎮", "gaming": "🎮", "controller": "🎮", "joystick": "🕹",
    # football is the round ball nearly everywhere; the oval one only when the prompt says so
    "ball": "⚽", "football": "⚽", "footballs": "⚽", "soccer": "⚽", "american football": "🏈",
    "gridiron football": "🏈", "nfl": "🏈", "rugby": "🏉", "rugby ball": "🏉", "basketball": "🏀",
    "baseball": "⚾", "tennis": "🎾", "tennis ball": "🎾",
    # a game's own kit named by both words (split, "ball" alone is the football and "flop" nothing)
    "table tennis": "🏓", "ping pong": "🏓", "ping-pong": "🏓", "ping pong ball": "🏓", "ping pong paddle": "🏓",
    "table tennis bat": "🏓", "flip-flop": "🩴", "flip flop": "🩴", "flipflop": "🩴",
    "yo-yo": "🪀", "yo yo": "🪀", "yoyo": "🪀",
    "volleyball": "🏐", "golf": "⛳", "bowling": "🎳", "hockey": "🏒", "boxing": "🥊", "skiing": "⛷",
    "chair": "🪑", "bed": "🛏", "couch": "🛋", "sofa": "🛋", "door": "🚪", "window": "🪟", "mirror": "🪞",
    "bathtub": "🛁", "toilet": "🚽", "soap": "🧼", "sponge": "🧽", "broom": "🧹", "basket": "🧺",
    "box": "📦", "package": "📦", "parcel": "📦", "trash": "🗑", "recycle": "♻", "thermometer": "🌡",
    "pill": "💊", "medicine": "💊", "syringe": "💉", "stethoscope": "🩺", "tooth": "🦷", "brain": "🧠",
    "eye": "👁", "eyes": "👀", "hand": "✋", "hands": "🙌", "thumbs up": "👍", "muscle": "💪",
    "footprints": "👣", "wedding": "💒", "rocket ship": "🚀", "flashlight": "🔦", "tent camping": "🏕",
    "cloud computing": "☁", "wifi": "🛜", "internet": "🌐", "web": "🌐", "website": "🌐", "code": "💻",
    "data": "💾", "database": "🗄", "server": "🖥", "ai": "🤖", "chatbot": "🤖", "bot": "🤖",
    "security": "🔒", "password": "🔑", "cloud storage": "☁", "lab": "🧪", "chemistry": "🧪",
    "science": "🔬", "math": "➗", "education": "🎓", "graduation": "🎓", "diploma": "📜", "scroll": "📜",
    "award": "🏆", "winner": "🏆", "champion": "🏆", "prize": "🏆", "victory": "✌", "peace": "☮",
    "smile": "😊", "smiley": "😊", "laugh": "😂", "emoji": "😀", "face": "🙂", "kiss": "💋",
    "party hat": "🥳", "tickets": "🎟", "ticket": "🎟", "theater": "🎭", "theatre": "🎭", "mask": "🎭",
    "circus": "🎪", "newsletter": "📰", "announcement": "📣", "megaphone": "📣", "loudspeaker": "📢",
    # everyday things of a scene whose nearest pictogram by meaning would be wrong (a frame is no film strip)
    "frame": "🖼", "picture frame": "🖼", "photo frame": "🖼", "painting": "🖼", "stool": "🪑", "armchair": "🪑",
    "jacket": "🧥", "vase": "🏺", "sign": "🪧", "signpost": "🪧", "seashell": "🐚", "sedan": "🚗",
    "name tag": "🏷", "nametag": "🏷",
    "pickup truck": "🛻", "apartment": "🏢", "suit": "👔", "ice cream cone": "🍦", "waffle cone": "🍦",
    "traffic light": "🚦", "traffic lights": "🚦", "stoplight": "🚦", "traffic signal": "🚦",
    "clownfish": "🐠", "clown fish": "🐠", "cheese board": "🧀", "cheeseboard": "🧀",  # a board alone is a sign
}


@lru_cache(maxsize=1)
def _names() -> dict[str, tuple[str, int]]:
    """keyword → (emoji, score) for the best-scoring emoji of each keyword."""
    index: dict[str, tuple[str, int]] = {}
    text = files("openbanana.assets.pictograms").joinpath("keywords.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        key, glyph, score = line.split("\t")
        if int(score) > index.get(key, ("", -999))[1]:
            index[key] = (glyph, int(score))
    return index


def name_scores() -> dict[str, int]:
    """keyword → the score of its best emoji (names score >= NAME_SCORE; keywords alone less)."""
    return {key: score for key, (_, score) in _names().items()}


@lru_cache(maxsize=1)
def emoji_index() -> dict[str, str]:
    """word or phrase → emoji: CLDR names (and head nouns) first, then the synonyms on top."""
    index = {key: glyph for key, (glyph, score) in _names().items() if score >= NAME_SCORE
             and len(key) > 1}  # a lone letter ("T. rex") is no regional-indicator or circled-letter pictogram
    index.update(SYNONYMS)
    return index


def singular(word: str) -> str:
    """A crude English singular: good enough for 'bananas', 'cherries', 'boxes', 'glasses', 'wolves'."""
    irregular = {"mice": "mouse", "geese": "goose", "children": "child", "men": "man", "women": "woman",
                 "people": "person", "feet": "foot", "teeth": "tooth", "wolves": "wolf", "leaves": "leaf",
                 "knives": "knife", "loaves": "loaf", "fish": "fish", "sheep": "sheep", "deer": "deer"}
    if word in irregular:
        return irregular[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "xes", "sses", "oes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=1)
def compound_heads() -> dict[str, str]:
    """head keyword → the compound name it was cut from, where a noun modifies it ("prints" ← "paw prints", "pot" ←
    "honey pot"): such a head names the compound only when it means the same thing alone (`meaning.stands_alone`).
    A head that is a name or a synonym of its own, or that an adjective modifies ("red apple"), is no such head."""
    from openbanana.planner.rules.lexicon import penn_lexicon  # the lexicon looks words up here: imported late

    names, tags = _names(), penn_lexicon()
    heads: dict[str, str] = {}
    for name, (glyph, score) in names.items():
        words = name.split()
        if score < 100 or len(words) < 2 or not tags.get(words[-2], "").startswith("NN"):
            continue
        head = words[-1]
        best = names.get(head)
        if best and best[0] == glyph and NAME_SCORE <= best[1] < 100 and head not in SYNONYMS and len(head) > 1:
            heads.setdefault(head, name)
    return heads


@lru_cache(maxsize=8192)
def pictogram_for(word: str) -> str | None:
    """The emoji for a noun or noun phrase (plural or singular), or None. A head cut from a compound counts only
    where it means the compound alone ("knife" is a kitchen knife; "print" is no paw prints, "pot" no honey pot)."""
    index = emoji_index()
    lowered = word.lower().strip()
    plural = (lowered + "s",) if " " in lowered else ()  # "paw print" is one of the "paw prints"
    for key in dict.fromkeys((lowered, singular(lowered), *plural)):
        glyph = index.get(key)
        if glyph and (key not in compound_heads() or _stands_alone(key)):
            return glyph
    return None


def _stands_alone(head: str) -> bool:
    from openbanana.planner.meaning import stands_alone  # the meanings are read from this index: imported late

    return stands_alone(head, compound_heads()[head])


def is_phrase_key(phrase: str) -> bool:
    """Whether a multi-word phrase is itself a name in the index ("ice cream", "polar bear")."""
    return " " in phrase and pictogram_for(phrase) is not None
