"""Where people, things and work are when the prompt names no place: a chef in a kitchen, a satellite in space,
baking in a kitchen (read by `scene_reading.py`)."""

# People whose work puts them in a room: where they are when the prompt names no place.
ROLE_ROOMS = {"chef": "kitchen", "cook": "kitchen", "baker": "bakery", "barista": "cafe", "bartender": "bar",
              "librarian": "library", "waiter": "restaurant", "waitress": "restaurant", "teacher": "classroom",
              "doctor": "hospital room", "nurse": "hospital room", "surgeon": "hospital room",
              "mechanic": "garage", "scientist": "laboratory", "chemist": "laboratory", "barber": "barbershop",
              "hairdresser": "hair salon", "pharmacist": "pharmacy",
              # trades and counters met indoors: a ceiling light is changed in a room, a till is in a shop
              "electrician": "living room", "plumber": "kitchen", "cashier": "supermarket",
              "checkout clerk": "supermarket", "shop assistant": "shop", "shopkeeper": "shop", "vet": "hospital room",
              "veterinarian": "hospital room", "dentist": "hospital room", "optician": "shop",
              "optometrist": "hospital room", "receptionist": "office", "tailor": "workshop",
              "seamstress": "workshop", "referee": "pitch", "umpire": "pitch"}  # and officials out on their pitch
# Things that say where they are when the prompt names no place: a talk's screen is in an office, a satellite in
# space, a window seat in a living room.
THING_PLACES = {"presentation": "office", "presentation screen": "office", "projector screen": "office",
                "projection screen": "office", "conference table": "office", "meeting table": "office",
                "window seat": "living room", "satellite": "space", "space station": "space",
                "spacecraft": "space", "astronaut": "space", "spaceman": "space",
                **dict.fromkeys(("fruit stall", "flower stall", "vegetable stall", "produce stall", "food stall",
                                 "fish stall", "market stall", "street stall", "farm stall"), "market")}
# Work done in one room: "a grandmother baking bread" is in a kitchen unless a place, or an open fire, says else.
ACTION_ROOMS = {"baking": "kitchen", "cooking": "kitchen", "frying": "kitchen", "ironing": "room",
                "knitting": "living room", "crocheting": "living room", "sewing": "room"}
