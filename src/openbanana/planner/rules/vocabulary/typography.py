"""Words about text: the kind of document asked for, and where, in what colour, weight and family a string is set."""

from __future__ import annotations

import re
from typing import TypeVar

from openbanana.plan import RGB
from openbanana.planner.rules.vocabulary.colors import COLORS
from openbanana.scene import DocumentKind, FontFamily, FontWeight, Placement, TextRole

Word = TypeVar("Word", bound=str)


def compiled(table: tuple[tuple[Word, str], ...]) -> tuple[tuple[Word, re.Pattern[str]], ...]:
    return tuple((name, re.compile(pattern)) for name, pattern in table)


# In order of precedence: a "poster of the steps to …" is a steps sheet, a "menu card" a menu, a "business card" a
# card. Kinds that only make sense with strings to set (menu, steps, diagram, quote) fall back to a scene without.
# A packet named as the page asked ("a cereal box called …", "box design"): a label, and the box is drawn still.
_DRAWN_LABELS = r"\bcereal box\b(?!es)|\b(?:box|package|packet|carton) (?:front|design|art)\b"
# A badge one wears ("a lanyard name badge that says …"): a card, and the badge is drawn still. A name tag stays
# the thing its words are set on ("a name tag that says …"), as a sign or a sale tag does.
_DRAWN_BADGES = r"\b(?:lanyard )?(?:name|conference|visitor|delegate|staff|event|id) badges?\b"
# A diagram or a map of a place one finds one's way in: a diagram even with no label quoted ("a simple diagram of the
# solar system", "a trail map"), its things drawn on plain paper.
_DRAWN_DIAGRAMS = (r"\bdiagrams?\b|\bschematic\b|\bexploded view\b"
                   r"|\b(?:subway|metro|tube|transit|underground|rail|railway|bus|tram) (?:route )?maps?\b"
                   r"|\b(?:trail|hiking|walking|campus|park|zoo|museum|festival|resort|garden|theme park) maps?\b")
_KIND_PATTERNS: tuple[tuple[DocumentKind, str], ...] = (
    ("book_cover", r"\b(?:book|novel|e-?book|paperback|album|podcast|magazine|record) covers?\b|\bcover art\b"
                   r"|\bcover (?:of|for) (?:a|an|the|my|his|her|our|their) (?:[\w'’-]+ ){0,3}?"
                   r"(?:(?:e-?)?book|novel|album|paperback|memoir|cookbook|storybook)\b"
                   r"|\b(?:thriller|mystery|crime|detective|fantasy|romance|horror|sci-fi|western|poetry|memoir"
                   r"|cookbook)\s+covers?\b|\bcovers?\s+(?:titled|called|named)\b"),
    ("comic", r"\bcomics?\b|\bcomic[- ]strip|\bmanga\b|\bcartoon strip\b"
              r"|\b(?:two|three|four|five|six|[2-6])[- ]panels?\b|\bpanels\b"),
    ("menu", r"\bmenus?\b|\bprice ?lists?\b|\bprice board\b|\b(?:drinks?|wine|cocktail) lists?\b"),
    ("diagram", r"\blabell?ed\b|\b(?:label|mark) (?:each|the|all|its|every) (?:parts?|pieces?|components?)"
                r"|\banatomy\b|\bparts of\b|\bcallouts?\b|\b(?:parts?|pieces?|components?) (?:are )?marked\b"),
    ("steps", r"\bsteps?\b|\bhow[- ]to\b|\binstructions?\b|\bprocess\b|\bworkflow\b|\bflow ?chart\b"
              r"|\bstep[- ]by[- ]step\b|\bprocedure\b"
              r"|\b(?:chart|guide|sheet|checklist|cheat sheet) (?:for|on|to) (?!the\b|a\b|an\b)\w+ing\b"),
    ("diagram", _DRAWN_DIAGRAMS),
    # an infographic whose strings are called its labels ("…, with the labels …") names parts, not steps
    ("diagram", r"\binfographic\b(?=[^.;]*\b(?:with|the|its) labels\b)"),
    # an infographic of one figure ("… with "2 in 3" as the big number") shows a fact, not steps to follow
    ("diagram", r"\binfographic\b(?=[^.;]*\b(?:big|large|huge|giant|key|headline) (?:numbers?|figures?|stats?"
                r"|statistics?|percentages?)\b)"),
    ("steps", r"\binfographic\b|\btimeline\b|\bcycle\b"),
    # A badge one wears with one's name, or a ticket's stub: a card, though a logo is printed on it.
    ("card", _DRAWN_BADGES),
    ("card", r"\bticket stubs?\b"),
    # a bag of pet food, coffee or flour designed with its brand: the pack's label, not the brand's logo alone
    ("label", r"\b(?:dog food|cat food|pet food|bird seed|birdseed|coffee|flour|rice|seed|snack|candy|chips?|crisps"
              r"|treats?|kibble)\s+(?:bags?|sacks?|pouch(?:es)?)\s+(?:design|labels?|front"
              r"|with (?:the|its) (?:brand|name|logo))\b"),
    # a coaster, a patch or a pin designed for a named place shows its mark: a logo
    ("logo", r"\b(?:beer |drinks? )?(?:coaster|beer mat|patch|enamel pin|pin badge) designs?\b"),
    ("logo", r"\blogos?\b|\bwordmark\b|\blogotype\b|\bmonogram\b|\bemblem\b|\bapp icons?\b"
             r"|\b(?:(?:round|square|circular|oval|simple|minimal|flat|vintage|retro|embroidered|modern)\s+)?"
             r"(?:badges?|crests?|patch(?:es)?|icons?) for (?:a|an|the|my|our|their) (?:[\w'’-]+ ){0,3}?"
             r"(?:club|team|brand|company|app|studio|school|band|league|society|startup|shop|caf[eé]|bakery)\b"),
    ("quote", r"\bquote cards?\b|\bquotes?\b|\bquotation\b|\binspirational card\b"
              # a screen's wallpaper that carries a quote is the quote's page ("… with the quote … over a lake")
              r"|\b(?:phone|mobile|lock ?screen|desktop|laptop|home ?screen) wallpapers?\b(?=[^.;]*\bquot)"),
    ("social", r"\b(?:instagram|insta|facebook|linkedin|twitter|tiktok|social media|social)\s+"
               r"(?:post|card|story|stories|graphic|tile|banner)s?\b|\btweets?(?: card)?\b"
               r"|\b(?:youtube|video|vlog|channel) (?:video )?(?:thumbnail|banner|post|cover)s?\b"
               r"|\b(?:story|post|reel) templates?\b"
               # a feed's shapes ("a square post for a bakery", "a story post for a gym")
               r"|\b(?:square|story|feed|carousel|vertical) posts?\b|\bstory (?:slide|frame)s?\b"
               r"|\bposts? for (?:a|an|the|my|our|their) (?:[\w'’-]+ ){0,3}?(?:shelter|studio|shop|caf[eé]|bakery"
               r"|brand|business|restaurant|gym|salon|club|store|charity|campaign|page|account|channel|launch)\b"),
    ("card", r"\b(?:greeting|birthday|wedding|thank[- ]you|holiday|christmas|valentine'?s?|anniversary|get[- ]well"
             r"|sympathy|business|gift|place|recipe|post)\s?cards?\b|\binvitations?\b|\binvites?\b|\bpostcards?\b"
             r"|\bsave[- ]the[- ]date\b|\bcards?\b|\bboarding pass(?:es)?\b"
             r"|\b(?:event|concert|festival|gig|movie|cinema|film|theat(?:er|re)|show|raffle|train|plane|airline"
             r"|match|game) tickets?\b"),
    ("label", r"\b(?:product|bottle|jar|wine|beer|can|candle|soap|coffee|tea|honey|jam|shipping|warning|food"
              r"|nutrition|luggage|gift|spice|sauce|cosmetic)\s+(?:labels?|tags?)\b|\bpackaging\b"
              r"|\bpackage design\b|\b(?:cup |coffee |can )?sleeve designs?\b|\bstickers? for\b"
              r"|\blabels? for (?:a|an|the) (?:[\w'’-]+ ){0,3}?(?:jars?|bottles?|cans?|tins?|candles?|soaps?)\b"),
    ("label", _DRAWN_LABELS),
    ("poster", r"\bposters?\b|\bflyers?\b|\bfliers?\b|\bbanners?\b|\bads?\b|\badvert(?:isement)?s?\b"
               r"|\bbillboards?\b|\bslides?\b|\bthumbnails?\b|\bannouncements?\b|\bleaflets?\b"),
    ("logo", r"\bbrand(?:ing)?\b"),
    # Last: a speech bubble is a comic only when no other document is named ("a poster with a cat saying … in a
    # speech bubble" is a poster with a bubble in it).
    ("comic", r"\b(?:speech|thought)[- ]bubbles?\b"),
)
DOCUMENT_WORDS = compiled(_KIND_PATTERNS)
DRAWN_DOCUMENTS = frozenset(p for _, p in DOCUMENT_WORDS if p.pattern in (_DRAWN_LABELS, _DRAWN_BADGES))  # the
# page's kind, drawn too
NEEDS_TEXT: frozenset[DocumentKind] = frozenset({"menu", "steps", "diagram", "quote"})
DRAWN_DIAGRAMS = re.compile(_DRAWN_DIAGRAMS)  # a diagram kept with no string to set
# Other words that name the document itself, not a thing in its picture ("a fantasy novel's cover": no book drawn).
DOCUMENT_NOUNS: dict[DocumentKind, re.Pattern[str]] = {
    "book_cover": re.compile(r"\b(?:(?:e-?)?books?|novels?|paperbacks?|albums?|podcasts?|magazines?|covers?)\b"),
    "comic": re.compile(r"\b(?:comics?|strips?|panels?|(?:speech|thought) bubbles?)\b"),
    "menu": re.compile(r"\bmenus?\b"),
    "steps": re.compile(r"\b(?:recipe|index|instruction|how[- ]to|step)\s+cards?\b"),
    "logo": re.compile(r"\blogos?\b"),
    # what a diagram is of when that is a process or a whole drawn by its parts, not a thing to draw ("the water
    # cycle", "the solar system": its sun and planets are drawn, no "system"), with the words that say how it looks
    "diagram": re.compile(r"\b(?:(?:(?:simple|basic|clean|clear|colou?rful|detailed|labell?ed|educational|minimal|"
                          r"annotated)\s+)*(?:diagram|infographic|chart)s? of (?:the |an? )?)?"
                          r"(?:(?:(?:water|carbon|nitrogen|rock|life|moon|lunar|product|seasonal|sleep) )?cycles?|"
                          r"(?:solar|digestive|respiratory|nervous|circulatory|immune) systems?)\b"
                          r"(?= diagram|:| with| showing|,|$)|\binfographics?\b"),
}

# The words just before or after a string that say what it is.
_ROLES: tuple[tuple[TextRole, str], ...] = (
    ("cta", r"\bbuttons?\b|\bcta\b|\bcall[- ]to[- ]action\b"),
    ("section", r"\bsections?\b|\bcategor(?:y|ies)\b|\bheaders? for\b"),
    ("attribution", r"\battributed to\b|\battribution\b|\bsigned\b"),
    ("author", r"\bauthor(?:ed)?\b|\bwritten by\b|\bauthor name\b"),
    ("tagline", r"\btag ?line\b|\bslogan\b|\bstrapline\b|\bmotto\b"),
    ("subtitle", r"\bsub-?(?:title|heading|head|line)s?\b|\bsecond line\b|\b(?:below|under) it\b|\bunderneath\b"),
    ("body", r"\bbody (?:text|copy)\b|\b(?:in|as) the body\b"),
    ("caption", r"\bcaptions?\b|\bfooter\b|\b(?:small|fine) print\b|\bfootnote\b|\bnarrat(?:ion|or)\b"),
    ("headline", r"\bhead(?:line|ing)s?\b|\btitled?\b|\bnamed\b|\bcalled\b|\bbig text\b"),
    ("speech", r"\b(?:speech|thought)[- ]bubbles?\b|\bbubbles?\b"),
    ("label", r"\blabell?(?:ed|ing)?\b|\blabels?\b|\btags?\b"),
    ("number", r"\b(?:big|large|huge|giant|key|headline) (?:numbers?|figures?|stats?|statistics?|percentages?)\b"
               r"|\bstatistics?\b"),
)
ROLE_WORDS = compiled(_ROLES)
# "a big "24°"", "the huge "3x"": a figure the words right before call big is the page's figure (role number).
BIG_BEFORE = re.compile(r"\b(?:big|large|huge|giant|bold)\s*$")
FIGURE = re.compile(r"[$€£¥+−-]?\d[\d.,:/]*\s?(?:%|°[CF]?|[a-zA-Z]{0,3}|[$€£¥])")
JOINED = re.compile(r"[\"'”’]?\s*(?:,|and|,\s*and|&)?\s*[\"'“‘]?")  # a list's joint between two quoted strings
SPEAKING = re.compile(r"\b(?:say|says|said|saying|ask|asks|asked|asking|shout|shouts|shouted|shouting|reply|replies"
                      r"|replied|replying|answer|answers|answered|yell|yells|yelling|whisper|whispers|whispering|think"
                      r"|thinks|thinking|exclaim|exclaims|exclaiming|go|goes|going|cry|cries|crying|respond|responds)"
                      r"\b")

_PLACEMENTS: tuple[tuple[Placement, str], ...] = (
    ("top_left", r"\b(?:top|upper)[- ]left\b"),
    ("top_right", r"\b(?:top|upper)[- ]right\b"),
    ("bottom_left", r"\b(?:bottom|lower)[- ]left\b"),
    ("bottom_right", r"\b(?:bottom|lower)[- ]right\b"),
    ("top", r"\b(?:at|on|along|across|near|around) the top\b|\bon top\b|\btop of\b|\bat the head\b|\bup top\b"
            r"|\bheader\b|\babove (?:it|everything|the (?:picture|image|scene))"),
    ("bottom", r"\b(?:at|on|along|across|near|around) the (?:bottom|foot)\b|\bbottom of\b|\bfooter\b"
               r"|\bbelow (?:it|everything|the (?:picture|image|scene))"),
    ("left", r"\b(?:on|at|to) the left\b|\bleft side\b|\bleft[- ]aligned\b|\baligned left\b"),
    ("right", r"\b(?:on|at|to) the right\b|\bright side\b|\bright[- ]aligned\b|\baligned right\b"),
    ("center", r"\bcent(?:er|re)d\b|\b(?:in|at) the (?:cent(?:er|re)|middle)\b|\bcent(?:er|re) of\b"),
)
PLACEMENT_WORDS = compiled(_PLACEMENTS)
WEIGHT_WORDS: tuple[tuple[FontWeight, re.Pattern[str]], ...] = (
    ("bold", re.compile(r"\b(?:bold|heavy|thick|chunky|fat|black weight)\b")),
    ("light", re.compile(r"\b(?:thin|hairline|delicate|light(?:weight)?(?![- ](?:" + "|".join(
        re.escape(n) for n in COLORS if " " not in n) + r")\b))\b")),
    ("regular", re.compile(r"\b(?:regular|normal) (?:weight|type|font)\b")),
)
_FAMILIES: tuple[tuple[FontFamily, str], ...] = (
    ("sans", r"\bsans(?:[- ]?serif)?\b|\bgrotesk\b|\bhelvetica\b|\barial\b"),
    ("serif", r"(?<!sans[- ])(?<!sans)\bserif\b|\bslab\b|\btimes\b|\bgaramond\b|\broman type\b|\bclassic type\b"),
    ("script", r"\bscript\b|\bhand-?written\b|\bhandwriting\b|\bcursive\b|\bcalligraph\w*|\bbrush (?:lettering|"
               r"script|font)\b|\bsignature\b|\bhand-?lettered\b|\bchalk lettering\b"),
    ("mono", r"\bmono(?:space[d]?|spaced)?\b|\btypewriter\b|\bcode font\b|\bterminal font\b|\bcourier\b"),
    ("rounded", r"\brounded\b|\bbubbly\b"),
    ("condensed", r"\bcondensed\b|\bnarrow\b|\bcompressed\b|\btall thin\b"),
    ("display", r"\bdisplay (?:type|font|face)\b|\bblock letters\b"),
)
FAMILY_WORDS = compiled(_FAMILIES)
_COLOR_NAMES = "|".join(re.escape(n) for n in sorted(COLORS, key=len, reverse=True))
_TEXT_NOUNS = r"(?:text|letters|lettering|font|type|typeface|words|writing|ink|script|serif|sans|capitals|caps|title" \
              r"|headline|heading|type)"
COLOR_WORDS = re.compile(
    rf"\bin (?:(?:bold|thin|light|bright|big|large|small|italic|elegant|glowing|neon|shiny|metallic|all-caps)\s+)*?"
    rf"({_COLOR_NAMES})\b(?![- ](?:background|backdrop|sky|wall|frame|border|button|box|banner|plate))"
    rf"|\b({_COLOR_NAMES})(?:[- ]colou?red)?\s+(?:(?:bold|thin|light|italic|serif|sans|script|block|capital|neon)\s+)*"
    rf"{_TEXT_NOUNS}\b"
)
# "a red button", "an orange call-to-action": the button's colour, not the picture's.
BUTTON_COLOR = re.compile(rf"\b({_COLOR_NAMES})\s+(?:(?:pill|rounded|big|large|small)\s+)?"
                          r"(?:cta|call[- ]to[- ]action|button)s?\b")
# Where the prompt speaks of all its text at once ("all text in white", "use a serif font").
GLOBAL_TEXT = re.compile(r"\b(?:all (?:the )?(?:text|words|lettering)|the text|the font|typography|typeface|fonts?"
                         r"|lettering|type)\b")
# A price: a currency sign and digits, or digits with a decimal part or a currency after them.
PRICE = r"(?:[$€£¥₹₩]\s?\d+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?\s?(?:[$€£¥₹₩]|kr|zł|chf|eur|usd|gbp|,-)|\d+[.,]\d{2}" \
        r"|\d{1,3}(?:\s?[¢p])?)"
ITEM_WITH_PRICE = re.compile(rf"^(?P<item>.*?[^\W\d_].*?)\s*(?:[-–—:·…|]+\s*|\.{{2,}}\s*|\s)(?P<price>{PRICE})$",
                             re.IGNORECASE)
PRICE_BESIDE = re.compile(rf"^\s*(?:[-–—:=@|]|at|for)?\s*\(?(?P<price>{PRICE})\)?(?=[\s,;.)]|$)", re.IGNORECASE)


def color_named(name: str) -> RGB | None:
    return COLORS.get(name.lower())
