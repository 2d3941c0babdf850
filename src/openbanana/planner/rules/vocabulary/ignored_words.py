"""Words never taken as subjects: function words, design jargon, and places or moods that are drawn otherwise."""

from __future__ import annotations

STOPWORDS = frozenset(
    """a an the of and or with in on at to for from by into onto over under near behind above below this that these
    those is are be it its make create generate draw paint render picture image photo photograph illustration
    poster banner show showing some very more most less theme themed style styled like looking please design
    scene background foreground version one two three four five add put place text saying says reads word words
    letters title caption label logo sign big small large tiny huge giant little fancy beautiful pretty nice cool
    modern realistic photorealistic detailed high quality hd 4k 8k art artwork digital vector flat simple
    minimal minimalist colorful colourful bright dark light soft warm cold hot new old cute happy sad funny
    sitting standing flying running walking holding wearing eating playing looking made full filled featuring
    feature features set sets side top bottom left right center centre middle front back day time view shot
    closeup close up card flyer cover page wallpaper icon sticker social media post ad advert advertisement
    announcement invitation menu sale graphic template mockup infographic headline subtitle tagline slogan
    typography lettering font bold italic written write print printed reading read shows includes include
    nano pro gemini banana-pro cinematic dramatic vintage retro neon pastel elegant luxury party festive
    happy celebration event grand opening today tomorrow only now free off percent plus also then stickers
    emojis emoji icons just way bit lot kind sort thing things something anything everything""".split()
)
# words never taken as subjects even though an emoji has them as a name (the scene or mood handles them)
NOT_SUBJECTS = frozenset({"light", "sign", "night", "sunset", "sunrise", "dusk", "morning", "evening", "space",
                          "water", "sea", "ocean", "sky", "snow", "rain", "storm", "world", "theme",
                          "office", "room", "stage", "city", "street", "beach", "field", "park", "garden",
                          "restaurant", "cafe", "kitchen", "desk", "forest", "mountain", "mountains", "desert",
                          "island", "lake", "town", "farm", "meadow", "jungle", "bedroom", "studio", "concert",
                          "underwater", "table", "wall", "floor", "ground", "colour", "color", "shade", "glass",
                          "mark", "point", "top", "end", "back", "up", "down", "on", "off", "new", "free", "soon",
                          "cool", "ok", "id", "vs", "sos", "atm", "wc", "ng", "abc"})
