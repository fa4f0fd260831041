"""Cue patterns for the harmful behaviours: blame, antagonize, hedge."""

from __future__ import annotations

__all__ = ["BLAME", "BLAME_FIXED", "ANTAGONIZE", "ANTAGONIZE_FIXED", "SARCASM", "HEDGE_STRONG",
           "HEDGE_WEAK"]

_CUST_ACTS = (r"(?:read|check|follow|update|enter|fill|submit|tell|inform|pay|register|provide|ask|call|"
              r"return|keep|notice|bother|look|listen|sign|attach|include|give|cancel|use|press|click|"
              r"reply|respond|confirm|contact|let|mention|save|back|turn|switch|install|activate|report|"
              r"claim|send|think|pay attention|understand|realise|know|see|charge|plug|take|choose|"
              r"select|tick|opt|double-check|print|write|remember|specify|state|declare|"
              r"measure|order|hear|answer|"
              r"notice|turn up|show up|attend|bring|keep|come|ring)")

# The customer is at fault. Negatable: "I'm not saying you should have...", "it's not your fault".
BLAME: tuple[str, ...] = (
    r"you <ADV>{0,2}(?:should|shouldn't|should not|ought to|could|were supposed to|was supposed to|"
    r"were meant to|needed to|had to|need to|might|would) <ADV>{0,2}have (?:<ADV>)?(?:<PP>)",
    r"you(?:'d| would) have (?:known|seen|noticed|read|realised|understood) (?:that|this|it)?",
    r"if you(?:'d| had) <ADV>{0,2}(?!received|got|had|been charged|been sent|been given|heard|let me\b)<PP>",
    r"your (?:own )?(?:fault|responsibility|mistake|error|lookout|own doing|doing|negligence|"
    r"carelessness|own problem)",
    r"(?:that's|it's|this is|is|that is|it is|was|it was|that was) your (?:own )?(?:problem|issue|"
    r"funeral|bad)",
    r"(?:on|down to|up to) you to (?:check|read|make sure|ensure|update|tell|inform|let us know|keep)",
    r"you (?:didn't|did not|failed to|forgot to|never|neglected to|didn't bother to|couldn't be bothered"
    r" to|chose not to|decided not to|don't seem to|refused to|obviously didn't|clearly didn't|"
    r"obviously don't|clearly don't|haven't bothered to|can't have|must not have|mustn't have|just) "
    r"(?:even |actually |properly |bother to |bothered to |fully |carefully |ever )?" + _CUST_ACTS,
    r"because you (?:<W> ){0,3}?(?:entered|typed|gave|put|chose|selected|ordered|clicked|picked|missed|"
    r"ignored|forgot|failed|didn't|did not|never|agreed|signed|ticked|booked|paid|used|dropped|broke|"
    r"damaged|left|lost|deleted)",
    r"you (?:gave us|gave me|entered|typed|inputted|provided|supplied|put down|put in|filled in|selected|"
    r"chose|ticked)(?: <W>){0,4}? (?:wrong|incorrect\w*|invalid|out of date|an old|the old|the wrong)",
    r"you (?:must|obviously|clearly|probably|must have|have|'ve|accidentally|mistakenly) (?:entered|typed|"
    r"gave us|gave me|put|selected|chose|clicked|ordered|ticked|booked|inputted|provided|supplied|"
    r"dropped|broke|damaged|misused|deleted|used)(?: <W>){0,4}? (?:wrong|incorrect\w*|the wrong|"
    r"by mistake|in error|an old|an invalid|the old|yourself|it|wrongly)",
    r"(?:you(?:'re| are)|you were) (?:the one (?:who|that)|responsible for|to blame|at fault)",
    r"you (?:ticked|signed|accepted|initialled|clicked) (?:the|a|our|that) (?:box|terms|"
    r"agreement|contract|form|"
    r"declaration|conditions)",
    r"(?:you|you've|you have|you already) (?:agreed|signed up|accepted|consented|ticked the box|"
    r"signed) to (?:the|our|these|those|all) (?:terms|conditions|t&cs|policy|contract|rules)",
    r"(?:you|you've|you have) (?:agreed|accepted) (?:the|our|these|to the) (?:terms|conditions|t&cs)",
    r"user error|operator error|human error on your (?:part|side|end)|(?:error|"
    r"mistake) on your (?:part|side|end)",
    r"blame (?:the|them|him|her|it on|yourself|your)|take it up with (?:the|your|them|him|her)|"
    r"complain to (?:the|your|them)|(?:that's|it's|this is|that was|it was|this was) (?:the|your|their)"
    r" (?:<W>'s |<W> )?(?:fault|responsibility|problem|issue|doing|mistake|error)",
    r"(?:the|that|this) (?:courier|bank|manufacturer|supplier|warehouse|post office|royal mail|"
    r"delivery company|network|provider|seller|retailer|system|computer|other department|card issuer|"
    r"third party|partner)(?:'s| is| was)? (?:to blame|at fault|responsible)",
    # emphatic "did": "you did sign the agreement", "we did say 14 days"
    r"you did (?:<ADV>)?(?:tick|sign|agree|book|click|say|choose|order|accept|use|select|enter|confirm|"
    r"get|receive|read|see)|you(?: were|'ve been| have been) (?:<ADV>)?(?:told|warned|informed|advised|"
    r"notified|reminded)|you(?: were|'ve been| have been) (?:sent|given|emailed|posted) (?:(?:two|three|four|"
    r"several|multiple|many|\d+) )?(?:reminders?|letters?|emails?|warnings?|notices?|texts?)",
    r"(?:we|i|they|he|she|the <W>|it) did (?:<ADV>)?(?:say|warn|tell|mention|explain|send|email|inform|"
    r"remind|write|text|point out|advise)",
    r"(?<!like )(?<!as )(?:we|i) (?:did )?(?:told|warned|advised|informed|reminded|tell|warn) you (?:about|"
    r"that|to|before|already|twice|three times|several times|when|in (?:writing|the)|at the time|on the)"
    r"(?! we)",
    r"you (?:clearly|obviously|must have|must've|probably|definitely|accidentally) (?:<W> )?(?:used|broke|"
    r"dropped|damaged|misused|set up|deleted|installed|lost|forgot|left|entered|typed|cancelled|changed|"
    r"opened|ignored|missed|caused|put|turned|unplugged|clicked|downloaded|spilled|spilt|booked|ordered)",
    r"you (?:<ADV>)?(?:\w+ed|set up|put|did|made|broke|sent|left|lost|bought|paid|chose|took|gave|"
    r"wrote|hit|spilt) (?:<W> ){0,4}?(?:yourself|urself|on your own)",
    r"you (?:did )?(?:booked|chose|picked|bought|went for|opted for|selected|ordered) the (?:cheapest|"
    r"basic|non-refundable|budget|wrong|economy|lowest)",
    r"(?:another|one more|yet another) (?:person|customer|caller|one) who (?:didn't|doesn't|can't|never|"
    r"did not|does not|won't)",
    r"(?:people|customers|folks|everyone) (?:are|always|never|just|keep|who) (?:so )?(?:careless|lazy|"
    r"leave|forget|ignore|don't|think|expect|assume)",
    r"(?:it's|that's|that'll be|it'll be|it must be|that must be|must be|it is|that is) (?:<ADV>)?"
    r"(?:your|the <W> (?:in|on|at|of) your) (?:own )?(?:router|wifi|modem|settings|phone|device|"
    r"computer|laptop|printer|browser|bank|card|connection|equipment|wiring|boiler|pipes|app|"
    r"colou?r settings|internet|network|provider|pc|mac|machine|software|antivirus|firewall|cable|"
    r"socket|meter|house|flat|property|end|side)",
    r"(?:that's|it's|this is) between you and",
    r"maybe (?:it's|it was) you",
)

# Deflection that is itself negative ("not my problem") and cannot be negated away.
BLAME_FIXED: tuple[str, ...] = (
    r"(?:not|isn't|wasn't|n't) (?:really |actually |exactly |strictly )?(?:my|our|the company's) "
    r"(?:fault|problem|responsibility|department|job|concern|issue|doing|mistake|call|decision|area|remit|"
    r"rule|rules|policy|system|business)",
    r"nothing to do with (?:me|us|our)|(?:i|we) (?:don't|do not) make the (?:rules|policy|policies|"
    r"decisions)|(?:i|we) (?:just|only) (?:work here|answer the phones?|do what (?:i'm|we're) told|"
    r"follow the (?:rules|script))|don't blame (?:me|us)|you can't blame (?:me|us)|stop blaming (?:me|us)|"
    r"(?:it|that|this) (?:wasn't|was not|isn't|is not) (?:me|us|our doing|my doing)",
    r"there's nothing wrong (?:on|at|with) (?:our|my) (?:end|side|system)|(?:the|this|that) (?:issue|"
    r"problem|fault) (?:is|was|must be|lies) (?:on|at|with) your (?:end|side)",
    r"(?:nothing|not something|not anything) (?:i|we) can (?:do|help with) about (?:it|that|this)",
    r"(?:not|wasn't|isn't) (?:something|anything) (?:we|i) did",
    r"not (?:us|me|ours|mine)\b(?! (?:who|that|to))|not our (?:<W> )?(?:fault|problem|network|system|"
    r"ink|end|side|responsibility|doing|error|mistake|equipment|product|kit|engineer|staff|courier)",
    r"(?:wasn't|was not|isn't|is not) (?:us|me)\b",
    r"(?:^|(?<=[.!?] ))you(?: <W>){1,7}?, (?:that's|that is|which is|and that's) why|"
    r"(?:nobody|no one|you)(?: <W>){1,5}?,? so that's why",
    r"(?:that's|it's|that is|which is|this is) (?:all )?(?:down to|on) you(?=[.,!;]|$)",
    r"(?:not|isn't|wasn't) (?:really )?(?:anyone(?: here)?'s|anybody's|nobody's|no one's) fault|"
    r"(?:it's|that's|it is) (?:nobody's|no one's) fault",
    r"(?:not|won't|n't|never) (?:going to )?apologi[sz]e for (?:something|what|things) (?:the|they|he|she|"
    r"someone|another|other)",
    r"not my (?:area|department|job|problem|responsibility|fault|remit|concern|issue)",
)

# Dismissive, combative or mock-polite moves. Negatable ("I'd never tell you to calm down").
ANTAGONIZE: tuple[str, ...] = (
    r"calm(?:ed)? down|settle down|chill out|simmer down|cool (?:it|down)|calm yourself|"
    r"(?<!let's )(?<!both )take a (?:deep )?breath|get a grip|grow up|pull yourself together|get over it|"
    r"(?:<PB>|just |have to |need to |so |then )deal with it|"
    r"get over yourself|suck it up|man up|relax",
    r"you(?:'re| are| sound| seem|'re being| are being| were being|'re just being|'re acting|'re getting)"
    r" <INTENS>{0,2}(?:ridiculous|unreasonable|absurd|silly|stupid|childish|rude|dramatic|hysterical|"
    r"overreacting|paranoid|impossible|irrational|pathetic|crazy|mad|insane|a nightmare|difficult|"
    r"aggressive|irrational|hysterical|emotional|over the top|out of order|way out of line|"
    r"out of line|demanding|precious|awkward|an idiot|a pain|annoying|a joke|thick|dense|"
    r"slow|clueless|hopeless|defensive)",
    r"(?:stop|quit) (?:being|getting|whining|complaining|moaning|interrupting|shouting|yelling|"
    r"screaming|making a fuss|overreacting|wasting my time|going on)|(?:don't|do not) be (?:so )?"
    r"(?:ridiculous|silly|rude|dramatic|difficult|childish|stupid|like that)",
    r"(?:you )?(?:idiot|moron|muppet|numpty|cretin|imbecile|dimwit|clown|loser)s?|"
    r"you(?:'re| are) (?:such )?an? (?:idiot|fool|moron|joke|child)",
)

# Combative set phrases that no negation turns into good practice.
ANTAGONIZE_FIXED: tuple[str, ...] = (
    r"(?:as|like) (?:i|i've|i have|we've|we have) (?:already |just |previously |clearly |said |"
    r"told you |explained )*(?:said|told you|explained|mentioned|stated|pointed out|already said)",
    r"i(?:'ve| have) (?:already )?(?:told|explained (?:this|that|it) to|said (?:this|that|it) to) you "
    r"(?:<W> )?(?:already|twice|three times|before|several times|(?:a )?(?:few|couple of|million|"
    r"hundred|dozen) times|again|once)|i(?:'ve| have) already (?:told|explained|said|been through)",
    r"how many (?:more )?times|for the (?:<W> )?(?:time|last time)(?! (?:in|this|today|since))|"
    r"i'm not (?:going to )?(?:repeat|say) (?:myself|it|this|that) again|i'll say (?:it|this) (?:one more "
    r"time|again|slowly)|let me say (?:it|this|that) (?:again|slowly|one more time)|once again,? (?:i|the)",
    r"you(?:'re| are) (?:not|n't) (?:even )?listening|listen to me|listen carefully|listen here|now listen|"
    r"look here|(?:are|were) you (?:even |actually )?listening|you(?:'re| are)n't listening",
    r"(?:there's |there is )?no need (?:to|for) (?:shout|yell|scream|be (?:rude|like that|so|dramatic|"
    r"aggressive|nasty|difficult|hysterical)|get (?:upset|angry|worked up|so|aggressive|nasty|personal|"
    r"shirty|emotional|defensive|stroppy|funny|smart|clever)|raise your voice|take that tone|"
    r"overreact|that(?! (?:kind of )?(?:language|swearing|word|comment|remark))|the attitude|all (?:that|this)|"
    r"the drama|the theatrics)",
    r"(?:shouting|yelling|screaming|swearing|getting (?:angry|upset|worked up|aggressive|shirty)|being"
    r" rude|complaining|moaning|threatening|arguing|whining|crying)(?: at me| about it)? (?:won't|will not|"
    r"isn't going to|is not going to|doesn't|does not|never|won't) (?:get|help|change|solve|fix|make|"
    r"achieve|do|speed)",
    r"not my problem|(?:i|we) (?:don't|do not|couldn't|could not) care|who cares|so what|(?<!a )big deal|"
    r"tough luck|hard luck|too bad|that's life|life's not fair|rules are rules|it is what it is|"
    r"take it or leave it|like it or (?:not|lump it)|end of (?:story|discussion)|get used to it|"
    r"boo hoo|cry me a river|if you don't like it|go elsewhere|take your business elsewhere|"
    r"shop (?:somewhere )?elsewhere|good luck with that|nice try|yeah right|give me a break|oh please|"
    r"<PB>(?:seriously|really)\?|are you (?:serious|kidding|joking)|you've got to be kidding|"
    r"bless (?:you|your heart)|<PB>whatever(?=[.!?,]|$| you say| then)|have it your way|"
    r"you win|fine,? whatever|if you say so|whatever you say",
    r"(?:sweetheart|sweetie|darling|hun|honey|sunshine|princess|buddy|pal|missy|young man|young lady|"
    r"my dear|dear me|your majesty|your highness)",
    r"i (?:don't|do not) have (?:all day|time for this|the time for this|time to waste)|"
    r"i(?:'ve| have) got (?:other|better) (?:things|customers|calls|people)|i have other (?:customers|"
    r"calls|people)|you(?:'re| are)(?: not|n't) (?:my|the) only (?:customer|one|person|caller)(?! who| that| to)|"
    r"other (?:customers|people) (?:manage|seem|don't|can|cope)|everyone else (?:manages|seems|can|"
    r"understands|copes)|wasting my time|waste of (?:my )?time",
    r"(?:obviously|clearly|evidently),? you|it's (?:not|hardly) (?:rocket science|brain surgery|that "
    r"(?:hard|difficult|complicated))|(?:it's|it is) (?:very |really |quite |pretty )?(?:simple|easy|"
    r"basic|obvious),? (?:really|just|you)|surely (?:even )?you",
    r"with (?:all )?due respect|no offence,? but|i'm not being funny,? but|don't take this the wrong way",
    r"if you(?:'d| would) (?:just |only )?(?:listen|let me (?:finish|speak|talk|explain)|stop (?:talking|"
    r"shouting|interrupting)|calm down|pay attention)|let me finish|stop interrupting|"
    r"can i (?:just )?(?:finish|speak|get a word in)|would you let me (?:finish|speak)|"
    r"(?:will|can|could|would) you (?:just |please just )?(?:let me (?:finish|speak|talk)|stop (?:talking|"
    r"shouting|interrupting|complaining|moaning)|listen|be quiet|shut up|calm down|relax)",
    r"you need to (?:calm|relax|listen|understand|stop(?! (?:[\w']+ ){0,2}(?:swearing|shouting|yelling|language|"
    r"insults?|name-calling|calling me|threat))|be patient|accept|get over|read|learn|chill|cool|"
    r"grow up|realise|face)",
    r"shut up|be quiet|zip it|pipe down|get lost|go away|piss off|bugger off|sod off|get off my|"
    r"you people|you lot|people like you|your sort|your kind",
    r"(?:i'm|i am) not (?:going to )?(?:having this|going round|getting into)(?: this| it| that)? "
    r"(?:conversation|argument|discussion)? ?(?:with you|any ?more|any further|again|round in circles)",
    r"(?:do|would) you (?:want|like) me to (?:spell it out|draw you a picture|repeat myself)|spell it out "
    r"for you|in plain english|learn to read|read (?:it|the email|the terms|the letter) (?:again|properly)|"
    r"do you (?:even )?understand (?:english|what i'm saying)",
    r"<BOS>fine[.!,] (?:i'll|i'm|have it|whatever|you win|if that's what you want|do what you want|there)",
    r"(?:i'm|i am) doing you a favour|you(?:'re| are) lucky (?:i|we|that)|be grateful|you should be "
    r"(?:grateful|thankful)",
    r"(?:i'm|i am) not sorry|i(?:'m| am) not apologising",
    r"(?:there's|there is) no point(?: (?:in )?(?:asking|arguing|complaining|shouting|ringing|calling|"
    r"going on|escalating|getting|trying|you))?(?: again| about it| any ?more)?(?=[.!,]|$)|no point "
    r"(?:in )?(?:asking|arguing|complaining|shouting|ringing|calling) again",
    r"not (?:the|this|that|you) <W> again|not this again|here we go again",
    r"<BOS>next(?=[.!]|$)",
    r"let it go|it's (?:only|just) (?:a|an) <W>(?=[.!,]|$)|it's not the end of the world|"
    r"happens all the time|these things happen|worse things happen",
    r"end of(?=[.!]|$)",
    r"i(?:'ve| have)? heard you the first time|yes,? yes|alright,? alright|okay,? okay",
    r"don't you dare|how dare you",
    r"(?:nobody|no one|anyone|anybody)(?: <W>){0,2} (?:would|will|'d|is going to) (?:care|bother|be "
    r"interested)|i wouldn't bother (?:her|him|them|my \w+)",
    r"when (?:we|i|they) get round to it",
    r"(?:that's|it's|this is) (?:just|simply) (?:how|the way) (?:the system|it|things|we) (?:works?|goes|is|"
    r"are|do it)|(?:that's|it's|this is) (?:just |simply )the (?:process|system|way it is|policy)|"
    r"that's the way it is",
    r"you(?: were|'ve been| have been) told (?:<W> )?(?:twice|three times|several times|already|before|"
    r"(?:<W> )?times)",
    r"(?:or nothing|take it or leave it|or go elsewhere)(?=[.,!;]|$)|nothing to do with me|not my "
    r"(?:area|department|job|problem|remit|concern)|i (?:don't|do not) make the rules",
    r"it (?:certainly|definitely|sure|clearly) (?:wasn't|isn't) (?:us|me)|i've heard it all before|let me "
    r"stop you (?:right )?there|(?:nobody|no one|anyone)(?: <W>){0,3} (?:would|will|'d) (?:say|tell you) "
    r"(?:anything different|any different|otherwise)|(?:would|will) (?:say|tell you) (?:exactly )?the same",
    r"<PB>obviously(?=[.!]|$)",
    r"(?:listened|heard|read|paid attention|done (?:it|that|this) right)(?: <W>)? the first time",
    r"i (?:really )?(?:don't|do not|can't|cannot) (?:understand|see|get) (?:why|"
    r"how) you(?:'re| are|'d| would| "
    r"could| can)? ?(?:be |get |getting |so |this |that )*(?:upset|angry|annoyed|worked up|bothered|cross|"
    r"making|complaining|shouting|calling)",
    r"(?:i've|i have) (?:been over|gone over|gone through|been through|explained) (?:this|it|that)(?: with "
    r"you)?(?: <W>)? (?:times|twice|already|before|again)|i'm not here to (?:argue|be shouted at|listen to)",
    r"(?:go ahead|feel free),? (?:and )?(?:complain|ask for|report|escalate|ring|call|take it)",
    # a limit set with a sneer is a jab, not a boundary
    r"your (?:problem|lookout|funeral|loss),? not (?:mine|ours)|(?:frankly |and )you (?:deserve|asked for) "
    r"(?:it|that)|see if i care|(?:i|we) (?:don't|do not) get paid enough|simple as that,? (?:your|you|take|"
    r"deal|mate|pal)",
)

# Mock politeness and sarcastic cheer (added to antagonize; also cancels apology/acknowledge).
SARCASM: tuple[str, ...] = (
    r"(?:thanks|thank you) (?:so much |very much |ever so much |a lot )?for (?:shouting|yelling|screaming|"
    r"swearing|the abuse|the lecture|the attitude|nothing|being so (?:rude|pleasant|lovely|nice|kind|"
    r"charming|polite|delightful|helpful)|your (?:lovely|charming|wonderful|kind|delightful|pleasant|"
    r"helpful|constructive|valuable) (?:\w+))",
    r"<PB>(?:oh|well|wow),? (?:great|wonderful|brilliant|fantastic|perfect|marvellous|"
    r"terrific|super|fabulous|amazing|how nice)",
    r"(?:congratulations|well done|good for you|bravo),? (?:you(?:'ve|'re)?|on|for)",
    r"i'll just (?:<W> )?(?:magic|conjure|wave|pull|invent|snap|whistle|drive it|make (?:one|it) appear)|"
    r"magic wand|out of thin air|snap my fingers|wave my|magic (?:it|up|one)|conjure",
    r"(?:oh|yes|yeah|of course|sure|right),?(?: (?:sir|madam|love),?)? because",
    r"nothing better to do|i'd never have guessed|who would have thought|what a surprise|you don't say",
    r"<PB>i'm sure(?=[.!]|$)",
    # plain "thanks so much for your patience" is sincere; "thank you SO much" is read from capitals
    r"(?:thanks|thank you) (?:so|soo+) much(?! for (?:your (?:patience|help|understanding|time)|waiting|holding|"
    r"bearing with|calling|getting in touch|letting (?:me|us) know))",
    r"(?:i'm|we're) (?:so|very|really) (?:glad|happy|thrilled|delighted) (?:you|to hear) (?:feel|think|"
    r"decided|chose|shouted|swore)",
    r"how (?:nice|lovely|kind|wonderful) of you to (?:shout|swear|yell|call me|share)",
)

# Uncertainty: one strong marker is enough.
HEDGE_STRONG: tuple[str, ...] = (
    r"(?:i'm|i am|we're|we are) (?:<INTENS>)?not (?:<INTENS>)?(?:100% |a hundred percent |one hundred "
    r"percent )?(?:sure|certain|positive|confident)|not (?:100% |entirely |totally |really |completely |"
    r"quite |too |that )?sure|unsure|uncertain|not certain",
    r"i (?:honestly |really |genuinely |just )?(?:don't|do not) (?:really |actually |"
    r"exactly |honestly |even )?"
    r"know(?! (?:how|what) (?:frustrating|"
    r"annoying|hard|difficult|upsetting|stressful|awful|much|it's like|that feels))|i have no idea|"
    r"no idea|no clue|not a clue|i'm (?:a bit |kind of |sort of )?(?:confused|lost)",
    r"i guess|i suppose|maybe|perhaps|possibly|probably|hopefully|presumably|i reckon|kinda|sorta|"
    r"(?<!what )(?<!which )(?<!this )(?<!that )(?<!any )(?<!the )(?<!a )(?<!some )(?<!same )(?<!every )"
    r"(?:kind|sort) of|somewhat|fingers crossed|we'll see|who knows|hard to say|difficult to say|"
    r"can't say for (?:sure|certain)|i would imagine|i'd imagine|i'd assume|i assume|i'm guessing|"
    r"i'd guess|in theory|as far as i (?:know|can tell|'m aware)|more or less|or something|"
    r"or whatever|i think so|it depends|i'm hoping|we're hoping|i hope so|touch wood|with any luck|"
    r"if we're lucky|if all goes well|i'm fairly sure|i'm pretty sure|i'm not the best person|"
    r"at some point|at some stage|sometime|eventually|sooner or later|whenever (?:they|we|i|someone)|"
    r"something like that|or was it|i want to say|if i remember (?:rightly|correctly)|don't quote me|"
    r"off the top of my head|i think i (?:know|can|could|might|should|remember|saw)|i dunno|idk|"
    r"(?:can't|cannot) (?:really )?say (?:if|whether|for sure|for certain)|i'd (?:need|have) to check|"
    r"i'm not (?:even )?sure|not even sure|if i get (?:time|a chance)|i'll see if",
    r"(?:i|we) (?:can't|cannot|couldn't) (?:really )?(?:promise|guarantee|be sure|say for sure|"
    r"say for certain|be certain|confirm for sure)(?= anything|[.,!?]|$)|no promises",
    r"(?:might|may|could) (?:well )?(?:possibly|maybe|perhaps|be able)|might be possible|may be possible",
    r"i think(?: that)? (?:maybe|perhaps|possibly|probably|it might|it may|it could|we might|we may|"
    r"we could|you might|it should|that might|that should|there might|there may|we should be able|"
    r"i might|i could|i can maybe)",
    r"(?:should|ought to) (?:hopefully|probably|maybe|possibly|in theory)",
    r"(?:i'll|we'll|i will|we will|i can|we can|let me) (?:<ADV>)?try(?! (?:again|another|a different))",
)

# Softeners that only add up to a hedge when two or more meet in one sentence.
HEDGE_WEAK: tuple[str, ...] = (
    r"i think|i believe|i feel like|(?:it|that|this|they|there|we|you|which) (?:might|may|could)(?! i)|"
    r"might|should (?:be|arrive|get|work|reach|come|go|take|sort|fix|clear|show)|seems?|appears?|"
    r"likely|unlikely|a bit",
)
