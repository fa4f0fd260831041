"""Cue patterns for talking down to a caller: reproach, condescension, curt retorts (added to antagonize)."""

from __future__ import annotations

__all__ = ["TALK_DOWN"]

_TIMES = (r"(?:like |about |literally |at least )?(?:\d+|two|three|four|five|six|seven|several|multiple|many|a few|"
          r"a couple of|a million|a hundred|a dozen) times?")

# None of these turns into good practice with a "not" in front, so none is negatable.
TALK_DOWN: tuple[str, ...] = (
    # reproaching the caller for making the agent repeat themselves
    r"(?:explained|said|stated|told you|tell you|mentioned|repeated|been over|gone over|gone through)"
    r"(?: <W>){0,5}? " + _TIMES + r"(?! (?:a|per|each|every) )",
    r"(?:explained|said|told you|repeated|gone over)(?: <W>){0,3}? (?:very |really |nice and )?slowly",
    r"(?:we've|we have|i've|i have) (?:already )?(?:been over|gone over|been through|covered) (?:this|that|it)"
    r"(?=[.!,;]|$| already| before| twice| again)",
    r"(?:as )?per my (?:last|previous|earlier|other|first) (?:email|e-mail|message|letter|reply|note|text|"
    r"call|post)",
    r"since you (?:missed|didn't (?:catch|get|hear|read|see)) it|you missed it the first",
    r"as you (?:well|very well|perfectly well|full well) know",
    r"<BOS>again(?=[.!]|$)",
    r"i did (?:tell|warn) you|told you so",
    # not having read what they were sent or signed
    r"(?:which|that),? (?:again,? )?you (?:signed|agreed to|accepted)(?=[.!,;]|$)|(?:signed|agreed to|"
    r"accepted|ticked)(?: <W>){0,2} without reading",
    r"(?:maybe|perhaps|try(?: to)?|just|so) (?:read|check|look at)(?: <W>){0,4}? (?:properly )?next time",
    r"(?:not sure|no idea|don't know|do not know) (?:how|why) you (?:missed|didn't (?:see|know|notice|read)|"
    r"managed to miss|weren't aware)",
    r"(?:not sure|no idea|don't know) why (?:it|this|that) (?:came|comes|was|is) (?:as )?(?:a|such a|any) "
    r"surprise|hardly (?:a |any )?surprise|can't say i'm surprised|(?:shouldn't|should not) (?:have )?"
    r"(?:come as|been|be) (?:a|any) surprise",
    r"since you(?:'ve| have)? (?:clearly|obviously|apparently) (?:lost|missed|forgotten|not read|didn't|"
    r"haven't)|<PB>clearly(?=[.!]|$)",
    # saying it is simple, plain or written in big letters
    r"(?:not sure|no idea|don't know|do not know) (?:what|which) (?:part|bit) of|(?:what|which) (?:part|bit) of "
    r"[^?.!]{1,50}? (?:don't|didn't|do not|did not) you (?:understand|get)",
    r"(?:not sure|no idea|don't know|do not know) how (?:much )?(?:simpler|clearer|plainer|more clearly|"
    r"more simply|else to (?:put|say|explain|phrase)|else (?:i|we) can (?:put|say|explain))",
    r"<BOS>how (?:much )?(?:simpler|clearer|plainer|more clearly|more simply) (?:can|could) (?:i|we) "
    r"(?:be|make it|put it|say it|explain it)",
    r"<BOS>(?:it's |it is |that's )?not (?:that |very |exactly )?(?:difficult|hard|complicated|complex)"
    r"(?=[.!]|$)",
    r"(?:as )?simple as that(?=[.!]|$)|simple as(?=[.!]|$)",
    r"(?:it's|it is|it was|it) (?:literally|clearly|plainly) (?:says|said|states|stated|in|on|there|"
    r"written|printed)|as it (?:clearly|literally|plainly) (?:says|states)",
    r"(?:big|capital|block|large|bold) letters|<BOS>in bold(?=[.!]|$)",
    r"(?:i'd|i would|you'd|you would) (?:have )?(?:thought|think) (?:that|it|this) (?:was|would be|is) "
    r"(?:obvious|clear|self-explanatory)|(?:should|ought to) be (?:obvious|self-explanatory)",
    r"you do (?:realise|realize|know|understand)",
    # curt retorts that brush the caller off
    r"<BOS>(?:okay|k|right|yeah|yes|so|and)[.,]? and\?|<BOS>(?:and|so)\?|<BOS>and what (?:exactly )?(?:do|"
    r"would|did) you",
    r"what (?:exactly )?(?:do|did) you (?:want|expect) me to do(?: about (?:it|that|this))?"
    r"(?=[?,]|$)|what you want me (?:to )?do\?",
    r"<BOS>lol\b|lol(?=[.!?]|$)|<BOS>(?:haha|lmao)",
    r"but (?:okay|ok)(?=[.!]|$)|(?<=\w )i guess(?=[.!]|$)",
    r"makes no (?:odds|difference) to me|(?:it's|it is|makes|it's all|all) the same to me|up to you really",
    r"join the (?:queue|club)|welcome to the club|get in line(?=[.!]|$)",
    r"(?:are|were) we done(?: here)?\?|or are we done",
    r"<BOS>(?:happy|satisfied) now\?",
    # sarcastic exaggeration and mock praise
    r"however will you|a whole (?:<W> )?(?:minutes?|hours?|days?|weeks?) (?:late|early|wait|waiting|behind|"
    r"over)",
    r"(?:very|duly) noted",
    r"(?:they|he|she|we|i) (?:love|enjoy) a (?:good )?(?:read|moan|whinge|complaint|laugh)",
    r"(?:dr|doctor) google",
    r"i know (?:this|it) (?:is|sounds) (?:a |like a )?(?:wild|crazy|radical|novel|revolutionary|mad)",
    r"since apparently (?:i'm|i am|we're|we are)|apparently (?:i'm|i am|we're|we are) not (?:good|clever|"
    r"qualified|smart) enough|not good enough for you",
    r"revolves? around (?:you|your)",
    r"the only (?:one|person|member|customer|guest|caller|patient|parent|tenant|resident) (?:who's|who has|"
    r"who) ever",
    r"(?:thanks|thank you) for (?:that|the|this) (?:essay|novel|life story|speech|lecture|saga|monologue)",
    r"(?:what's|what is) the actual (?:question|problem|issue|point)",
    # hostile address
    r"no need to get (?:hysterical|excited|snippy|snappy|arsey|lairy|mardy|het up|huffy|sarky|sarcastic|"
    r"lippy|mouthy)",
    r"shut your (?:mouth|face|trap|gob|cakehole)",
    r"(?:you )?(?:pillock|plonker|prat|twit|wally|numbskull|dumbass|halfwit|nitwit|tosser)s?",
)
