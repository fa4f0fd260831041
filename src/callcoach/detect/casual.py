"""Word-level rewrite tables: casual typing, missing apostrophes, UK/US spelling, contractions."""

from __future__ import annotations

__all__ = ["CASUAL", "MERGES", "MODAL_HAVE", "US_TO_UK", "uk_spelling"]

# Chat-style and apostrophe-less forms that mean one thing whatever the context.
# Ambiguous ones ("ill", "id", "were", "well", "ur") are decided in context by normalise.py.
CASUAL: dict[str, str] = {
    "im": "i'm", "ive": "i've", "iam": "i'm", "ima": "i'm going to", "imma": "i'm going to",
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "cant": "can't", "cannot": "can't",
    "wont": "won't", "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't", "werent": "weren't",
    "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't", "wouldnt": "wouldn't",
    "couldnt": "couldn't", "shouldnt": "shouldn't", "mustnt": "mustn't", "neednt": "needn't",
    "aint": "ain't", "youre": "you're", "youve": "you've", "youll": "you'll", "youd": "you'd",
    "theyre": "they're", "theyve": "they've", "theyll": "they'll", "weve": "we've",
    "thats": "that's", "whats": "what's", "theres": "there's", "heres": "here's",
    "wheres": "where's", "hows": "how's", "whos": "who's", "itll": "it'll", "thatll": "that'll",
    "hes": "he's", "shes": "she's", "lemme": "let me", "gimme": "give me",
    "gonna": "going to", "wanna": "want to", "gotta": "got to", "dunno": "don't know",
    "shoulda": "should have", "coulda": "could have", "woulda": "would have",
    "shouldve": "should have", "couldve": "could have", "wouldve": "would have",
    "mustve": "must have", "mightve": "might have",
    "u": "you", "ya": "you", "yu": "you", "yr": "your", "yor": "your", "r": "are",
    "y": "why", "k": "okay", "kk": "okay", "ok": "okay", "okey": "okay", "okie": "okay",
    "pls": "please", "plz": "please", "plez": "please", "thx": "thanks", "thnx": "thanks",
    "thanx": "thanks", "ty": "thank you", "tq": "thank you", "sry": "sorry", "soz": "sorry",
    "sozz": "sorry", "srry": "sorry", "apols": "apologies", "idk": "i don't know",
    "tbh": "to be honest", "imo": "in my opinion", "btw": "by the way", "fyi": "for your information",
    "asap": "as soon as possible", "tmrw": "tomorrow", "tmr": "tomorrow", "tmw": "tomorrow",
    "tomoz": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow", "tmorrow": "tomorrow",
    "2day": "today", "2nite": "tonight", "tonite": "tonight", "b4": "before", "cuz": "because",
    "coz": "because", "cos": "because", "bcos": "because", "bcoz": "because", "bc": "because",
    "becuase": "because", "becasue": "because", "wat": "what", "wot": "what", "wud": "would",
    "cud": "could", "shud": "should", "hav": "have", "abt": "about", "thru": "through",
    "tho": "though", "rn": "right now", "mins": "minutes", "min": "minute", "hrs": "hours",
    "hr": "hour", "wk": "week", "wks": "weeks", "msg": "message", "mgr": "manager",
    "supervisr": "supervisor", "nd": "and", "n": "and", "ppl": "people", "bcse": "because",
    "gud": "good", "luv": "love", "plse": "please", "l8r": "later", "w": "with",
    "cx": "customer", "acct": "account", "urself": "yourself", "ure": "you're",
    "dnt": "don't", "wnt": "won't", "cnt": "can't", "tht": "that", "wen": "when", "wer": "where",
}

# Two-word spellings folded into the one form the cue patterns use.
MERGES: dict[tuple[str, str], str] = {
    ("i", "am"): "i'm", ("i", "will"): "i'll", ("i", "shall"): "i'll", ("we", "will"): "we'll",
    ("we", "shall"): "we'll", ("we", "are"): "we're", ("you", "are"): "you're",
    ("you", "will"): "you'll", ("they", "are"): "they're", ("they", "will"): "they'll",
    ("it", "is"): "it's", ("it", "will"): "it'll", ("that", "is"): "that's",
    ("there", "is"): "there's", ("what", "is"): "what's", ("let", "us"): "let's",
    ("i", "would"): "i'd", ("we", "would"): "we'd", ("you", "would"): "you'd",
    ("do", "not"): "don't", ("does", "not"): "doesn't", ("did", "not"): "didn't",
    ("can", "not"): "can't", ("will", "not"): "won't", ("is", "not"): "isn't",
    ("are", "not"): "aren't", ("was", "not"): "wasn't", ("were", "not"): "weren't",
    ("have", "not"): "haven't", ("has", "not"): "hasn't", ("had", "not"): "hadn't",
    ("would", "not"): "wouldn't", ("could", "not"): "couldn't", ("should", "not"): "shouldn't",
    ("must", "not"): "mustn't", ("need", "not"): "needn't", ("shall", "not"): "won't",
}

# "should of" and "should've" both mean "should have".
MODAL_HAVE: frozenset[str] = frozenset({"should", "could", "would", "must", "might", "may"})

US_TO_UK: dict[str, str] = {
    "behavior": "behaviour", "behaviors": "behaviours", "color": "colour", "favor": "favour",
    "favors": "favours", "favorite": "favourite", "honor": "honour", "honored": "honoured",
    "humor": "humour", "labor": "labour", "neighbor": "neighbour", "rumor": "rumour",
    "center": "centre", "centers": "centres", "theater": "theatre", "defense": "defence",
    "offense": "offence", "license": "licence", "judgment": "judgement", "fulfill": "fulfil",
    "enroll": "enrol", "catalog": "catalogue", "dialog": "dialogue",
    "canceled": "cancelled", "canceling": "cancelling", "cancelation": "cancellation",
    "traveled": "travelled", "labeled": "labelled", "modeled": "modelled",
    "signaled": "signalled", "totaled": "totalled", "fueled": "fuelled", "jewelry": "jewellery",
    "mom": "mum", "toward": "towards",
}

# -ize words that are not US spellings of an -ise word.
_IZE_KEEP = frozenset({"size", "sizes", "sized", "seize", "seized", "seizes", "seizing", "prize",
                       "prizes", "capsize", "capsized", "baize", "maize", "resize", "resized",
                       "downsize", "downsized", "oversize", "oversized", "assize"})
_IZE_ENDINGS = (("ization", "isation"), ("izations", "isations"), ("izing", "ising"),
                ("izes", "ises"), ("ized", "ised"), ("ize", "ise"), ("yzing", "ysing"),
                ("yzed", "ysed"), ("yzes", "yses"), ("yze", "yse"))


def uk_spelling(word: str) -> str:
    """The UK spelling of a lower-case word (the cue patterns are written in UK English)."""
    mapped = US_TO_UK.get(word)
    if mapped is not None:
        return mapped
    if "z" in word and word not in _IZE_KEEP and len(word) > 5:
        for us, uk in _IZE_ENDINGS:
            if word.endswith(us):
                return word[: -len(us)] + uk
    return word
