"""Intent rules: word patterns the embedding model reads too weakly, each needing two cues at once.

    targeted_degradation("a compromising photo of Jane Roe in a motel, to leak")  -> HARASSMENT, MEDIUM
        a named or identifiable real person (a capitalised full name, "my ex", "my boss", "the mayor", "a celebrity")
        + a degrading or sexualising scenario + a photo-like medium or a plan to spread it. A cartoon of the
        president in a diaper is satire; a believable photo of the same to send round is a smear.
    glorified_violence("a poster honouring the mosque shooter as a martyr")       -> HATE_SPEECH, MEDIUM
        praise words + a perpetrator of mass violence, unless the prompt speaks of victims, memorials or condemnation.
    glorifies(prompt): the praise half alone; standard.py keeps a term-list hit at full strength when it is true,
        so "a celebratory cartoon of a car bomb" is not read as the news photo of a car bomb the context rule allows.

Why separate from the term list: the named-person cue needs the prompt's capital letters, which the term list's
folded text no longer has, and each rule is a conjunction that is clearer as code than as one regex.
"""

from __future__ import annotations

import re

from openbanana.safety.blocklist import LEVEL_SCORES, Hit
from openbanana.safety.normalisation import deobfuscate, fold
from openbanana.safety.policy import HarmCategory

RULE_SCORE = LEVEL_SCORES["MEDIUM"]  # blocks under the default threshold; BLOCK_ONLY_HIGH lets it through


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


_CLOSE_PERSON = _words(
    r"(?:my|our|his|her|their)\s+(?:ex(?:-?(?:wife|husband|girlfriend|boyfriend|partner))?|former\s+\w+|boss|manager"
    r"|co-?worker|colleague|classmate|teacher|professor|tutor|neighbou?r|room-?mate|flat-?mate|step-?\w+|sister"
    r"|brother|cousin|friend|girlfriend|boyfriend|wife|husband|crush|landlord|landlady|teammate|coach|pastor|priest)",
)
_PUBLIC_PERSON = _words(
    r"(?:the\s+)?(?:prime\s+minister|president|vice\s+president|senator|congress(?:wo)?man|mayor|governor|minister"
    r"|politician|chancellor|celebrity|celeb|actress|actor|singer|rapper|pop\s*star|influencer|streamer|youtuber"
    r"|tiktoker|athlete|footballer|news\s+anchor|ceo|judge|pope|king|queen|princess|prince)",
)
# A capitalised full name or a title and a surname in the original text: "Jane Roe", "Mrs. Patel", "Dr Okafor".
_PROPER_NAME = re.compile(r"\b(?!(?:A|An|The|This|That|My|Our|Make|Show|Draw|Create|Generate|Put|Pretend|Give|Paint)\b)"
                          r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z'’]+)+|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]\w+)")
_DEGRADING = _words(
    r"compromising", r"humiliat\w*", r"degrad\w*", r"disgrac\w*", r"sleazy", r"slutty", r"deep\s?fakes?",
    r"on\s+all\s+fours", r"dog\s+collar", r"tied\s+up", r"in\s+a\s+diaper", r"passed\s+out\s+drunk", r"own\s+vomit",
    r"making\s+out\s+with", r"in\s+bed\s+with", r"with\s+(?:an\s+escort|a\s+prostitute|a\s+hooker)",
    r"in\s+(?:a|the|her|his)\s+shower(?!\s+of)", r"showering",
    r"(?:hotel|motel)\s+(?:room|bed)", r"motel", r"suggestive(?:ly)?", r"seductive(?:ly)?",
    r"provocative(?:ly)?", r"sultry", r"lingerie", r"in\s+(?:her|his|their)\s+underwear", r"nothing\s+hidden",
    r"(?:bag\s+of\s+)?cash\s+from\s+a\s+\w+", r"taking\s+a\s+bribe", r"scandal(?:ous)?",
)
_PHOTO_OR_SPREAD = _words(
    r"photos?", r"pics?", r"pictures?", r"images?", r"snapshots?", r"selfies?", r"deep\s?fakes?", r"videos?",
    r"footage", r"realistic", r"lifelike", r"photo-?real\w*", r"believable", r"look\s+real",
    r"leak\w*", r"go\s+viral", r"send\s+(?:it\s+)?to", r"show\s+(?:it\s+to\s+)?\w+", r"post\s+(?:it\s+)?(?:on|in|to)",
    r"group\s+chat", r"pass\s+(?:it\s+)?around", r"spread", r"share\s+(?:it\s+)?(?:with|on|in)",
)
_SATIRE = _words(r"satir\w*", r"caricature", r"political\s+cartoon", r"parody")

_PRAISE = _words(
    r"glorif\w*", r"celebrat\w*", r"heroic", r"heroes", r"hero", r"martyrs?", r"martyrdom", r"saint(?:ly)?",
    r"halo", r"tribute", r"honou?r(?:s|ing|ed)?", r"prais\w*", r"victory", r"triumph\w*", r"well\s+done",
    r"role\s+model", r"patriots?", r"legends?", r"should\s+copy", r"copy\s+(?:him|her|them|it)", r"do\s+it\s+again",
    r"deserved\s+it",
)
_PERPETRATOR = _words(
    r"hijackers?", r"terrorists?", r"suicide\s+bombers?", r"bombers?", r"(?:mass|school|mosque|church|synagogue)"
    r"\s+shooters?", r"gunm[ae]n", r"jihadis?", r"isis", r"al[\s-]?qaeda", r"\w+\s+killer", r"massacres?",
    r"terror\s+attacks?", r"terrorist\s+attacks?", r"mass\s+shootings?", r"beheadings?", r"ethnic\s+cleansing",
    r"infidels", r"9/11",
)
_VICTIMS = _words(
    r"victims?", r"memorials?", r"mourn\w*", r"remembrance", r"survivors?", r"vigil", r"condolences?", r"rescuers?",
    r"firefighters?", r"first\s+responders?", r"condemn\w*", r"against", r"prevent\w*", r"awareness", r"documentary",
    r"history\s+(?:lesson|book|class)", r"museum",
)


def intent_hits(prompt: str) -> list[Hit]:
    """The rules that fire on `prompt`, as term-list hits (section = harm category, score MEDIUM)."""
    text = _readable(prompt)
    hits = []
    if targeted_degradation(prompt, text):
        hits.append(Hit(HarmCategory.HARASSMENT.value, "intent: real person + degrading scenario", RULE_SCORE))
    if glorified_violence(text):
        hits.append(Hit(HarmCategory.HATE_SPEECH.value, "intent: praise of a violent attack", RULE_SCORE))
    return hits


def targeted_degradation(prompt: str, text: str | None = None) -> bool:
    text = _readable(prompt) if text is None else text
    person = bool(_CLOSE_PERSON.search(text) or _PUBLIC_PERSON.search(text) or _PROPER_NAME.search(prompt))
    return (person and bool(_DEGRADING.search(text)) and bool(_PHOTO_OR_SPREAD.search(text))
            and not _SATIRE.search(text))


def glorifies(prompt: str) -> bool:
    """Praise of an attack or its perpetrators, and nothing about its victims or condemning it."""
    text = _readable(prompt)
    return bool(_PRAISE.search(text)) and not _VICTIMS.search(text)


def glorified_violence(text: str) -> bool:
    return bool(_PERPETRATOR.search(text)) and glorifies(text)


def _readable(prompt: str) -> str:
    """Folded and de-obfuscated, so that 'c0mpr0m1s1ng' and 'ｍａｒｔｙｒ' read as words."""
    return f"{fold(prompt)} \n {deobfuscate(prompt)}"
