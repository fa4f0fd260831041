"""Broader cue classes for antagonize, blame, policy and escalate: families of moves, not single sentences."""

from __future__ import annotations

__all__ = ["COMBATIVE", "BLAME_THIRD", "BLAME_THIRD_SOFT", "BLAME_CONSEQUENCE", "POLICY_MORE", "ESCALATE_MORE"]

# Who else an agent can push the fault onto: colleagues, other departments, outside firms, machines.
# (No free word after the determiner: the matcher then keys each cue on a word pair such as "the courier"
# instead of trying it after every "the" and "a" in a long reply.)
_PARTY = (r"(?:(?:the|our|your|that|those|my|this|these|another|other|a|last|previous|old|new) )?(?:couriers?|drivers?|"
          r"contractors?|customs|warehouse(?: team| lot| staff)?|reception(?:ists?)?|billing(?: team)?|"
          r"housekeeping|engineers?|technicians?|agents?|colleagues?|advis[eo]rs?|staff|(?:previous|last|old) "
          r"manager|departments?|head office|it department|it team|bank|manufacturers?|suppliers?|post office|"
          r"royal mail|airline|landlord|council|system|computer|software|developers?|night shift|day shift|"
          r"lot|guy|lads?|team|installers?|fitters?|retailer|seller|booking site|agency|hospital|supplier|"
          r"customer services?|call centre|sales team|employer|gp|tenant|"
          r"(?:last|previous|other) (?:person|agent|adviser|advisor|guy|lady|man|woman)(?: you spoke to)?|"
          r"whoever (?:you spoke to|took "
          r"the call|dealt with you|was on)|someone else|somebody else|he|she|they)")

# Second-person judgement, condescension, minimising, threats and mock politeness, as kinds of move.
# Never negated: "I'm not going to say keep shouting and see" is still no good practice.
COMBATIVE: tuple[str, ...] = (
    # orders about the caller's behaviour, and threats that the service will get worse
    r"<BOS>(?:(?:sir|madam|ma'am|mate|love|look|right|now),? )?lower your voice|watch your (?:tone|mouth|"
    r"attitude)|mind your (?:tone|manners|attitude)",
    r"(?:don't|do not) (?:you )?(?:raise your voice|get (?:smart|clever|cheeky|funny|lippy|shirty|snippy|"
    r"stroppy|sarcastic|an attitude)|take that tone|use that tone|talk to me like|push (?:it|me|your luck)|"
    r"test me|start with me|try it on)",
    r"<BOS>(?:keep|carry on|go on|continue) (?:shouting|yelling|screaming|being rude|like (?:that|this)|"
    r"(?:this|that) up|talking to me like (?:that|this))(?:,)? and",
    r"see where (?:that|it|this|shouting|yelling) (?:gets|will get|'ll get) you|you(?:'ll| will) be waiting "
    r"(?:a (?:lot|good deal|bit) |even |much |a whole lot )?longer",
    # minimising the caller's problem
    r"let's not (?:be (?:so )?(?:dramatic|silly|ridiculous|hysterical|precious)|make (?:a|such a) (?:big )?"
    r"(?:deal|fuss|drama|thing)|get (?:carried away|hysterical|dramatic|worked up|silly)|blow (?:this|it|"
    r"things) out of proportion|overreact|exaggerate|go overboard)",
    r"(?:make|making|made) (?:such |so much of )?a (?:big )?(?:deal|fuss|drama|song and dance|scene) "
    r"(?:out of|over|about)|mountain out of a molehill|out of (?:all )?proportion|drama queen",
    r"i (?:hardly|scarcely) think|hardly (?:the end of the world|a big deal|a disaster|a crisis|a "
    r"catastrophe|worth (?:it|ringing|calling|getting))|(?:that|it) hardly counts",
    r"(?:so|being|a bit|very|rather|quite|overly|over) dramatic",
    r"a whole (?:\d+|one|two|three|four|five|ten|fifteen|twenty|thirty) (?:minutes?|mins?|seconds?|secs?|"
    r"pounds?|quid|pence|p)\b|a whole (?:£|\$)",
    # "complain all you want", "it won't change anything": the caller's move is declared futile
    r"(?:complain|moan|shout|yell|argue|threaten|whinge|rant|cry|ask for|escalate)(?: <W>){0,5}? (?:all|as "
    r"much as) you (?:want|like)(?! to)",
    r"(?:won't|will not|isn't going to|is not going to|doesn't|does not|wouldn't|would not) change "
    r"(?:anything|a thing|the fact|much|my answer)|<BOS>(?:doesn't|that doesn't|still doesn't) change",
    # condescension: slowing down for the caller, spelling it out, "not how any of this works"
    r"(?:i'll|let me|i will|i'm going to|i can) (?:<W> )?(?:speak|talk|say it|explain it|go|say this) (?:more )?"
    r"(?:slowly|slower)|(?:really|very|nice|super) (?:simple|basic) (?:terms|words|english)|"
    r"so (?:that )?(?:you|even you) (?:can|could) (?:follow|keep up)(?! (?:along|with|the|these|this|that|"
    r"it|them|our|up with))|try (?:to|and) keep up|even you (?:can|could|should|will)",
    r"not how (?:any of (?:this|it|that)|(?:a|the) (?:bank|shop|business|company|world|law|insurance|"
    r"contract|phone|internet|restaurant|hotel|airline)s?) works?",
    r"with (?:the greatest|the utmost|all the|the greatest of) respect",
    r"(?:haven't|have not|ain't) got all day|(?:can|could|will|would) you (?:just )?get to the point|"
    r"<BOS>(?:just )?get to the point",
    r"(?:try|maybe try|next time,? try) (?:listening|paying attention|thinking)|(?:ring|call|come|"
    r"phone|turn)(?:ing)? (?:up |in |round )?(?:screaming|shouting|yelling|swearing)",
    # sarcasm: cheer for the caller's bad luck, feigned sympathy for reality
    r"good luck (?:finding|getting|trying|with (?:that|this)|elsewhere|anywhere)|how (?:lovely|nice|"
    r"wonderful|exciting|fascinating|thrilling|fortunate) for you",
    r"(?:someone|somebody|someone's|somebody's)(?:'s| is)? (?:having|had|got out of bed on) (?:a|the) "
    r"(?:bad|rough|good|wrong)|got (?:out of bed|up) on the wrong side",
    r"<PB>(?:wow|whoa|woah),? (?:okay|ok|alright|right|just wow)(?=[.!,]|$)",
    r"how did (?:you|u) (?:ever )?survive",
    r"sorry (?:that |if )?(?:the law|the rules|reality|the truth|the facts?|basic maths|physics|the laws? "
    r"of physics|time zones?) (?:<W> )?(?:inconveniences?|bothers?|upsets?|offends?|annoys?|gets?|is|are|don't)",
    r"<PB>(?:oh )?come on(?=[.!,?]|$)|<BOS>yeah,? good luck",
    # blunt condescending statements
    r"<BOS>obviously,? (?:we|it|the|that|this|you|i|they)(?: <W>){0,3} (?:can't|cannot|won't|isn't|doesn't|"
    r"don't|wasn't|wouldn't|aren't)",
    r"(?:nobody|no one|no-one) else (?:is|has|was|seems|ever)(?: <W>)? (?:complain|moan|had|having|got|"
    r"a problem|bothered|upset)|(?:everyone|everybody) else (?:is|seems|was) (?:fine|happy|ok|okay|managing)",
    r"(?:stop|quit) being (?:so )?(?:dramatic|difficult|ridiculous|silly|childish|unreasonable|precious|"
    r"hysterical|awkward|a pain|sensitive)",
    r"i don't know what (?:else )?(?:to tell you|you want me to (?:say|do))|(?:that's|it's|this is) (?:just )?"
    r"how it is(?=[.!,]|$)|in black and white",
    r"you want (?:me|us) to (?:do )?what|what,? exactly\?|do you (?:honestly|seriously|really|actually) "
    r"(?:think|expect|believe)|(?:did|has|have) (?:nobody|no one|anyone) (?:ever )?(?:teach|taught|tell|"
    r"told|show|shown)|(?:did|have) you (?:tried|thought (?:about|of)|considered) (?:actually|even|ever)",
    r"(?:that's|it's|that is|sounds like) (?:your|a you) (?:own )?problem",
    # sarcastic compliments on the caller's manners, stock put-down idioms, "you think you know better"
    r"(?:lovely|nice|charming|great|delightful|wonderful) (?:attitude|manners|tone|language)",
    r"knickers in a twist|keep your hair on|hold your horses|(?:high|get off your) horse|get a life|"
    r"<PB>yeah,? yeah|<PB>(?:honestly|really),? some people",
    r"you (?:think |seem to think |'ve decided |have decided )?(?:that )?you know (?:more|better) than",
    r"you(?:'re| are)(?: being)? (?:a bit |so |very |rather |quite |really )?(?:precious|touchy|oversensitive)",
    r"(?:stop|quit) (?:asking|going on about|banging on|repeating yourself|nagging)",
    r"(?:i'm|i am) not your (?:mum|mother|dad|father|slave|servant|secretary|maid|babysitter|therapist|"
    r"personal <W>)|when (?:i|we) get (?:round )?to it(?=[.!,]|$)|when (?:i'm|we're) good and ready",
    r"(?:i'm|i am) not (?:going to )?argu(?:e|ing) (?:with you )?(?:about (?:this|it|that) )?any ?more",
    r"(?:manager|supervisor|boss|anyone|anybody|they|she|he)(?:'s| is| will|'ll| would|'d)? (?:just )?(?:going "
    r"to |gonna )?(?:say|tell you) (?:exactly )?the same(?: thing)?",
    r"(?:won't|isn't going to|is not going to|will not|doesn't|does not) get you (?:anywhere|anything|far|"
    r"very far|a manager|a refund|what you want|special treatment)",
)

# A colleague, department, supplier or machine named as the real culprit, disparagingly or finally.
BLAME_THIRD: tuple[str, ...] = (
    # "she's the one who can approve it" routes the call; "they're the ones who lost it" blames
    _PARTY + r"(?:'re| are|'s| is| were| was) (?:the ones?|the people|the (?:department|team)) (?:who|that) "
    r"(?:<W> )?(?:lost|broke|messed|mucked|set|sent|made|cancelled|changed|booked|did|deleted|forgot|missed|"
    r"caused|damaged|gave|took|told|promised|charged|dropped|mixed|got (?:it|this|that) wrong)",
    _PARTY + r"(?:'re| are|'s| is| were| was|'ve been| have been|'s been| has been) (?:<INTENS>)?(?:useless|"
    r"incompetent|hopeless|clueless|a shambles|a joke|rubbish|a nightmare)",
    _PARTY + r"(?:'re|'s| are| is)? (?:always|constantly|forever) (?:getting|get|gets) (?:it|things|stuff|orders?|"
    r"this|that|addresses|names) wrong|" + _PARTY + r"(?:'re|'s| are| is)? (?:always|constantly|forever) (?:messing|"
    r"mess|messes|losing|lose|loses|forgetting|forget|forgets|breaking|doing (?:that|this)|at it)|" + _PARTY +
    r" never (?:turn up|turns up|show up|shows up|bother|bothers|listen|listens|read|reads|get it right|"
    r"gets it right|answer|answers)(?! late)",
    _PARTY + r" (?:messed|mucked|screwed|cocked|stuffed|botched) (?:it|this|that|things|the <W>|your <W>)"
    r"(?: up)?|(?:their|his|her|someone else's|somebody else's|another agent's) (?:mess|mistake|cock-up|error|"
    r"screw-up)",
    _PARTY + r" (?:let(?: us|'s| you| me) down|(?:didn't|did not|never|couldn't be) (?:even )?bother(?:ed)?)",
    r"<PB>(?:so |just )?(?:go (?:and )?)?(?:talk|speak|complain|shout|moan) (?:to|at) (?:them|him|her|the "
    r"(?:courier|bank|airline|hospital|manufacturer|supplier|agency|landlord|council|retailer|seller))\b",
    r"(?:i'm|i am|we're|we are) not the (?:one|ones) (?:who|that)|(?:i|we) (?:wasn't|weren't) the (?:one|ones)",
    r"(?:issue|problem|fault|bug|glitch) (?:with|on|in) your (?:own )?(?:phone|device|router|laptop|computer|"
    r"browser|app|settings|software|operating system|equipment|bank|card|wiring|connection|provider)",
    r"not our (?:app|line|website|site|software|service|servers?|connection|depot|branch|shop|store|wifi)\b",
    r"so you(?:'ll|'d| will| would)? (?:have|need) to (?:chase|ask|contact|speak (?:to|with)|talk to|take it up "
    r"with|complain to|ring|call) (?:them|him|her)\b",
    r"(?:it|the system|the computer|the app) (?:just )?does (?:that|this)(?: sometimes| all the time)?(?=[.!,]|$)|"
    r"(?:i|we) can't control (?:it|that|the system|the computer)",
    r"<BOS>read the (?:contract|terms|small print|email|letter|instructions|confirmation|t&cs|manual)(?=[.!]|$)",
)

# "Reception should have told you": blame unless the reply owns the failure with an apology.
BLAME_THIRD_SOFT: tuple[str, ...] = (
    r"(?:reception|billing|housekeeping|the (?:courier|driver|engineer|technician|warehouse|agent|other agent|"
    r"last agent|previous agent|previous manager|contractor|bank|installer|fitter)|your (?:bank|landlord|"
    r"installer|provider)|he|she|they|whoever you spoke to) should(?: never|n't| not)? have",
    _PARTY + r" (?:gave|told|sent) you (?:the |some )?(?:bad|wrong|incorrect|duff|false|misleading) (?:advice|"
    r"information|info|details|date|address|number)",
)

# A past act of the caller's ("you left it unlocked", "you didn't turn it off").
_YOU_DID = (r"you(?:'ve| have)? (?:<ADV>)?(?:(?!needed|wanted|asked|called|rang|contacted|emailed|explained|"
            r"mentioned|said|told|reported|received|paid for|ordered from)\w+ed|bought|chose|left|put|gave|sent|"
            r"took|made|broke|broken|lost|forgot|forgotten|let|got|set|went|ran|drove|wrote|threw|kept|sold|hit|"
            r"picked|(?:didn't|did not|haven't|have not|never|failed to|forgot to) <W>)")
# "You missed two appointments, so...": the caller's own act given as the reason for the outcome.
BLAME_CONSEQUENCE: tuple[str, ...] = (
    # the act, then a bad outcome: "..., so we can't help", "..., which is why the kitchen flooded"
    r"<PB>(?:well,? |but |and )?" + _YOU_DID + r"(?: <W>){0,6}?,? (?:so (?:<W> ){0,3}?(?:can't|cannot|won't|"
    r"wasn't|isn't|aren't|couldn't|wouldn't|didn't|don't|doesn't|not|hardly|never)|(?:which|that)(?:'s| is|"
    r" was) why|and that's why|hence)",  # not "so no refund": a rule applied, not a fault found
    r"(?:your|the) (?:<W> )?(?:employer|bank|landlord|agent|solicitor|accountant|gp|school|insurer|provider) "
    r"(?:hasn't|haven't|didn't|never|failed to)(?: <W>){1,6}?,? so",
    r"you(?:'ve| have)? <W> (?:it|them|this|that|everything) (?:wrong|wrongly|incorrectly)",
    r"whose fault (?:do you think|is that|was that|would that be|is it)|you get what you pay for",
    r"<PB>(?:obviously|clearly),? you(?:'ve| have)? (?:<W> )?(?:broken|broke|dropped|damaged|misused|lost|"
    r"deleted|ignored|missed|forgotten|forgot)",
    r"<PB>(?:well,? )?you(?:'ve| have)? (?:missed|ignored|skipped|forgot|lost|broke|dropped|deleted|"
    r"overlooked|(?:didn't|did not|never|failed to|forgot to) <W>)(?: <W>){0,5}?,? so (?:the|it|that|your|we|"
    r"there|it's|that's|you)",
    r"you(?:'ve| have)? (?:clearly|obviously) (?:<W> )?(?:dropped|broken|broke|damaged|misused|deleted|"
    r"lost|forgotten|ignored|missed)",
    r"how (?:was|were|am|are|would|could) (?:i|we) (?:supposed |meant |expected )?(?:to )?know",
    # "you booked the wrong dates", "you put the wrong postcode in" (not "you were sent the wrong one")
    r"you(?:'ve| have)? (?!were |was |got |received |been |have been |are |'re )(?:<ADV>)?<W> (?:<W> ){0,2}?"
    r"(?:the|a|an) (?:wrong|incorrect)",
    r"you (?:just |only |simply )?(?:needed|had|were supposed|were meant) to (?:check|read|look|tick|click|"
    r"follow|tell|let us know|call|ring|update|cancel|keep|print|measure|register|confirm|reply|pay)",

    r"(?:did|have) you (?:tried|thought (?:about|of)|considered) (?:actually|even|ever)|(?:did|has|have) "
    r"(?:nobody|no one|anyone) (?:ever )?(?:teach|taught|tell|told|show|shown) you",
)

# Rule-shaped statements: a fee that applies, a threshold on "any ... over £X", terms as the source.
POLICY_MORE: tuple[str, ...] = (
    r"(?:fee|charge|penalty|excess|surcharge|fine|minimum|maximum|restriction|limit)s? (?:still |always |"
    r"then )?(?:applies|apply)",
    r"(?:any|all|every|each) (?:<W> ){1,2}?(?:over|above|under|below|more than|less than|exceeding|in excess "
    r"of) (?:£|\$|€)?\d[\d,.]*k?",
    r"(?:it's|its|it is|that's|thats|that is|this is) (?:all |clearly )?(?:in|on|part of|written in|set out in|"
    r"stated in|covered (?:in|by)) (?:the|our|your) (?:t&cs|terms|terms and conditions|contract|small print|"
    r"policy|rules|agreement|handbook|tenancy agreement)",
    r"(?:only covers|covers (?:<W> ){1,3}?only)",
)

# Handing the matter on in words the older cues lack: checking a senior is free, a callback with them.
ESCALATE_MORE: tuple[str, ...] = (
    r"(?:see|check|find out|ask) (?:if|whether) (?:my|a|the|our|one of (?:my|our|the)) (?:<W> )?(?:supervisor|"
    r"manager|team leader|boss|senior <W>|specialists?|lead|duty manager|colleagues?)s? (?:is|are|can|could|"
    r"would|has|have)",
    r"(?:get|ask|have|bring|send for) (?:the|my|our|a|one of (?:our|the)) (?:<W> )?(?:manager|supervisor|"
    r"specialists?|team leader|boss|head <W>|senior <W>|expert|officer|chef|director)s? (?:to (?:come|call|"
    r"ring|look|check|speak|talk|review|visit|contact|phone|get in touch)|out|over|on the (?:line|phone|call))",
    r"(?:callback|call back|call-back) (?:from|with) (?:them|one of|our|a|an|the|their)",
)
