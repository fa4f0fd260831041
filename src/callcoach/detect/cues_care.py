"""Cue patterns for the caring behaviours: acknowledge, apology, and restating to clarify."""

from __future__ import annotations

__all__ = [
    "EVALUATION", "EVALUATION_LEFT", "PSEUDO_BLAME", "ACKNOWLEDGE", "ACKNOWLEDGE_FIXED",
    "ACKNOWLEDGE_SITUATION", "APOLOGY", "APOLOGY_FIXED", "RESTATE", "PARDON", "PSEUDO_APOLOGY",
]

# Validating the feeling or naming the situation. Negatable: "I don't understand why..." is not.
ACKNOWLEDGE: tuple[str, ...] = (
    r"<WE> <ADV>{0,3}(?:understand|appreciate|recognise|realise|sympathise|empathise)",
    r"(?:i|we) (?:can |could )?<ADV>{0,2}(?:see|hear) (?:how|why|what a|that (?:this|it|you)|this has|"
    r"this is|it's|you're|you've|you (?:feel|must|are|were|have)|things|where you're coming from|"
    r"your frustration)",
    r"(?:i|we) (?:can |could )?<ADV>{0,2}(?:imagine|tell|sense)(?! you (?:what|that|now|this|the|a|an|about|how|more|why|when|where|whether|if|again|"
    r"straight|honestly|exactly|all|my|our|your|it)\b)",
    r"i (?:can )?only imagine",
    r"i <ADV>{0,2}(?:get|hear) (?:that|why|how|what you|where you're coming from|your (?:frustration|point|"
    r"concern|anger))|i <ADV>{0,2}(?:get it|hear you)(?=[.,!;]|$| but| and)",
    r"i know how (?:<INTENS>)?(?:<FEELADJ>|<EVALADJ>|much|it feels|that feels|you feel|this feels)",
    r"i know (?:this|that|it's|you're|you've|it has|it must|what it's like|exactly|the feeling|just how|"
    r"(?:<W> ){1,5}?(?:is|are|was|has been|feels|must be|can be))",
    r"(?:how|what an?|such an?) <INTENS>?(?:<FEELADJ>|nightmare|ordeal|hassle|pain|mess|worry)",
    r"<FEELADJ> for you",
    r"(?:would|'d|could|will|must) (?:worry|shock|upset|frustrate|annoy|stress|wear|drive|anger|scare|"
    r"frighten|exhaust|bother|get to|infuriate|test) (?:anyone|anybody|everyone|"
    r"most people|me|the best of us)",
    r"(?:has|have|must have|'s|'ve|had) (?:really |clearly |obviously |understandably )?(?:frightened|scared|"
    r"upset|worried|stressed|shaken|hurt|affected|hit|rattled|unsettled|annoyed|frustrated|angered|"
    r"disappointed|let down|left) you",
    r"(?:you(?:'re| are| must be| must have been| sound| seem| seem to be|'ve been| have been| feel|"
    r" felt| were|'re feeling| are feeling|'d be| would be| have every right to be|'ve every right to be|"
    r" have every reason to be| have a right to be| have good reason to be| might be|"
    r" may be|'re entitled to be|"
    r" are entitled to be|'re right to be| are right to be| have every right to feel))"
    r" <INTENS>{0,2}(?:rightly |justifiably )?<FEELWHO>",
    r"you(?:'ve| have) been (?:<INTENS>)?(?:patient|understanding|through (?:a lot|so much|enough|the mill))",
    r"(?:nobody|no one|nobody|no-one) (?:wants|likes|expects|deserves|needs) to|nobody (?:wants|needs) "
    r"that",
    r"(?:your|the) (?:frustration|anger|concern|concerns|disappointment|upset|feelings?|annoyance|"
    r"worry|worries|complaint|point|reaction)(?: <W>){0,5}?(?: is| are)? <INTENS>{0,2}(?:understandable|"
    r"valid|justified|fair|reasonable|legitimate|noted|heard|natural|completely fair)",
    r"(?:it's|that's|it is|that is) <INTENS>{0,2}(?:understandable|natural|only natural|no surprise|"
    r"reasonable to|fair to|normal to|right to)",
    r"no wonder you(?:'re| are| feel|'ve| have)?",
    r"(?:i'd|i would|anyone would|anybody would|anyone'd|i'd also|i would also|i'd probably|"
    r"most people would)(?: be| feel)? (?:just as |also |really |very |pretty |equally |so )?<FEELWHO>",
    r"(?:i'd|i would) feel the same",
    r"you have every (?:right|reason)|you(?:'re| are) (?:<INTENS>)?right to (?:be|want|feel|expect|ask)",
    r"that's a (?:fair|good|valid|reasonable) point",
    r"(?:thanks|thank you) (?:so much |very much )?for (?:bearing with|being (?:so )?patient|explaining|"
    r"telling me|raising|bringing|flagging|sharing|taking the time|talking me through|walking me through)",
    r"(?:after|with) (?:all )?(?:that|this|everything) you(?:'ve| have)? (?:been through|had)",
    r"(?:that|this) must (?:be|have been|feel|have felt)",
    r"i(?:'m| am) (?:so |really |very |truly )?sorry to hear",
    r"(?:i'm|i am) (?:sad|disappointed|concerned|unhappy) to hear",
    r"i hear what you're saying|i've noted (?:that|your|all|everything)",
    r"(?:it )?sounds like (?:it's been|this has|things|quite|a)",
    # reasonable wants, worn-down callers and patience, in more wordings
    r"(?:it|that|this) (?:<ADV>)?makes (?:<INTENS>)?(?:total |complete |perfect |a lot of )?sense(?: that)?,? "
    r"you(?:'d| would| want| wanted| need| needed|'re| are| feel)",
    r"you(?:'ve| have) been (?:more than |nothing but |ever so )(?:patient|understanding|reasonable|polite)",
    r"you must be (?:<INTENS>)?(?:sick|tired|fed up|worn out|exhausted|at the end of your tether|at your wits' end)",
    r"you(?:'ve| have) (?:clearly|obviously|really|understandably) been (?:<INTENS>)?(?:worried|stressed|"
    r"anxious|upset|frightened|scared|through)",
)

# Words that judge a situation as hard ("is gutting", "sounds exhausting"); the detector checks that
# a subject and a linking verb come just before (EVALUATION_LEFT).
EVALUATION: tuple[str, ...] = (
    r"<INTENS>{0,2}(?:<FEELADJ>|<EVALADJ>)(?! to (?:say|tell|know|predict|answer|confirm))",
)
EVALUATION_LEFT = (r"(?<![\w'])(?!you\b|you're\b|i'm\b|i\b|we're\b|weather\b)<W>(?:'s| is| are| was| were|"
                   r" sounds?| seems?| must be| feels?| looks?| has been| have been|'s been|"
                   r" would be| can be|"
                   r" must have been| must feel)(?: like)?(?: a| an| such a| so)? $")

# Naming what the customer has been through; an apology in the same clause already covers it.
ACKNOWLEDGE_SITUATION: tuple[str, ...] = (
    r"(?:you've|you have) (?:been (?:waiting|cut off|passed|bounced|messed|left|charged|through|"
    r"on hold|let down|kept|trying|calling|chasing)|had to (?:wait|call|chase|repeat|explain|ring|"
    r"deal with|go through)|waited)",
    r"(?:being|getting|to be) (?:cut off|passed around|kept waiting|charged twice|left on hold|"
    r"bounced around|messed around|ignored|let down)",
)

# Validation that is itself a negative sentence ("that's not what you're paying for").
ACKNOWLEDGE_FIXED: tuple[str, ...] = (
    r"(?:that|this|it|which)(?:'s| is| was|'s really| is really| was really|"
    r" has been)?(?: definitely| certainly|"
    r" really| just| simply)? (?:not|n't|isn't|wasn't) (?:the (?:service|experience|standard|level of service"
    r"|kind of service|answer you wanted|news you wanted)|what you (?:should|deserve|expect|expected|paid|"
    r"were promised|signed up|wanted|were hoping|'re paying|are paying|were paying))",
    r"you (?:shouldn't|should not|should never) have (?:had to|to|been)",
    r"i (?:can't|cannot|can not) (?:even )?imagine (?:how|what)",
    r"i (?:don't|do not|can't|cannot|wouldn't) blame you",
)

# Admitting the company fell short ("that's not good enough", "that shouldn't have happened").
APOLOGY_FIXED: tuple[str, ...] = (
    r"(?:that|this|it|which)(?:'s| is| was|'s really| is really| was really|"
    r" has been)?(?: definitely| certainly|"
    r" really| just| simply| absolutely)? (?:not|n't|isn't|wasn't) (?:acceptable|good enough|okay|ok|right|"
    r"on|how (?:it|things|we) should|the standard we)",
    r"(?:that|this|it|which)(?:'s| is| was)(?: <INTENS>)? unacceptable",
    r"(?:that|this|it) (?:shouldn't|should not|should never) (?:have )?(?:happened|happen)",
)

# Apologising or admitting a mistake; negatable ("I won't apologise", "it wasn't our mistake").
APOLOGY: tuple[str, ...] = (
    r"sorry",
    r"apolog\w*",
    r"(?:i|we) (?:deeply |sincerely |really )?regret (?:that|the|any|this|what|how|not)",
    r"(?:please )?(?:accept|forgive) (?:my|our|me|us)",
    r"(?:my|our|the company's) (?:own )?(?:mistake|error|fault|bad|mess-up|mix-up|oversight|slip|"
    r"screw-up|cock-up|blunder|failure|failing|fault entirely|responsibility)",
    r"(?:mistake|error|fault|mix-up|problem|issue|oversight|failure|slip|mess)s? (?:was |is |has been |"
    r"happened |came )?(?:on|at|from) (?:my|our) (?:part|side|end)",
    r"(?:the|this|that) (?:mistake|error|fault|blame)(?:'s| is| was| lies) (?:all |entirely |completely )?"
    r"(?:ours|mine|with us|with me)",
    r"(?:i|we)(?:'ve| have)? (?:made|make) (?:a|an|the|some|this|that) (?:\w+ )?(?:mistake|error|mess|"
    r"mix-up|blunder)",
    r"(?:i|we)(?:'ve| have)? (?:messed|mucked|screwed|slipped|fouled|cocked) (?:this |that |it )?up",
    r"(?:i|we)(?:'ve| have)? (?:dropped the ball|let you down|failed you|fallen short|"
    r"got (?:it|this|that|your \w+|the \w+) wrong|gotten (?:it|this|that) wrong|got it badly wrong)",
    r"(?:i|we) <ADV>{0,2}(?:should|shouldn't|should not|ought to) have <PP>",
    r"(?:i|we) (?:take|accept) (?:full |complete |total )?(?:responsibility|the blame|ownership)",
    r"(?:that|this|it|which|the <W>|the <W> <W>)(?: one)?(?:'s| is| was) (?:entirely |completely |totally |"
    r"all )?(?:on (?:me|us)|down to (?:me|us)|our doing|my doing|me|us)(?=[.,;:!]|$)",
    r"(?:i|we) (?:sent|charged|billed|shipped|delivered|posted|gave|booked|processed|entered|took|told|"
    r"quoted|promised|said|showed|printed|fitted|installed|ordered|"
    r"cancelled|missed|lost|forgot|overcharged|double-charged|misplaced|mislabelled|delayed|put|"
    r"typed|recorded|read|left)(?: <W>){0,5}? (?:wrong|the wrong|incorrect\w*|by mistake|in error|twice|"
    r"too much|wrongly|without telling you|late|after you cancelled)",
    r"(?:i|we) (?:overcharged|double-charged|misled|misinformed|confused) you",
    r"(?:i|we) (?:didn't|did not|failed to|forgot to|never) (?:<W> ){0,2}?(?:tell|inform|warn|send|call|"
    r"update|let|notify|process|refund|deliver|get back to|contact) you",
    r"(?:that|this|it) was (?:my|our) (?:error|mistake|fault|slip)|(?:my|our) (?:error|mistake|fault),? "
    r"not yours",
)

# Conditional and mock apologies: antagonising, not apologising.
PSEUDO_APOLOGY: tuple[str, ...] = (
    r"sorry (?:that |if )?you (?:feel|felt|think|thought|see (?:it|things)|took (?:it|that)|"
    r"take (?:it|that)|seem to (?:think|feel)|chose|decided|can't|cannot|don't|couldn't|"
    r"weren't able to|were offended|got offended|are offended|'re offended|"
    r"find (?:that|this|it)|found (?:that|this|it)|have a problem|'ve got a problem)",
    r"sorry (?:if|that) (?:anyone|i)(?: were| was| got| feel| felt| think| thought| took| find| found|"
    r"'ve been| have been| seemed| sounded| offended)|sorry (?:if|that) you(?: feel| felt| think| thought|"
    r" took|'re offended| are offended| were offended| got offended)",
    r"(?:clear|easy|simple) enough for you|(?:the|those|these) very clear",
    r"sorry (?:that )?you(?:'re| are) (?:having|finding it) (?:such )?(?:a )?(?:hard|difficult|tough) time",
    r"sorry you(?:'re| are) (?:upset|offended|confused|unhappy|not happy|angry|annoyed|"
    r"so upset|so angry|having a bad day|feeling that way)",
    r"sorry,? but (?:that's|it's|this is) (?:just |simply )?(?:life|the way it is|how it is|tough|the "
    r"rules|policy|how it works)|(?:sorry|apologi[sz]e|apologies) (?:for (?:existing|breathing|"
    r"trying to help|doing my job|helping|"
    r"being helpful|following the rules|living)|to (?:disappoint|burst your bubble|"
    r"break it to you|be the bearer)|"
    r"not sorry|but not sorry|but that's (?:life|the way it is|just how it is|tough)|but rules are rules)",
    r"sorry,? but (?:i|we) (?:don't|do not) make the rules",
    r"(?:well,? )?(?:excuse|pardon) me for (?:\w+ing)",
    r"(?:oh )?(?:i'm|i am) so sorry(?:,)? (?:your (?:majesty|highness|lordship|ladyship)|princess)",
    r"sorry your (?:majesty|highness|lordship|ladyship)",
    r"(?:i'm|i am) sorry (?:that )?you feel",
    r"sorry for the inconvenience of (?:having to|following|reading)",
    r"<BOS>well,? (?:i|we) (?:do |really )?(?:apologi[sz]e|'m sorry|am sorry|'re sorry)",
    r"(?:up to|meet|meeting|good enough for) your (?:<W> )?standards|appl(?:y|ies) to you (?:too|as well)",
)

# Non-apologies that put the fault on the customer ("sorry if you misunderstood the terms").
PSEUDO_BLAME: tuple[str, ...] = (
    r"sorry (?:if|that) you(?:'re| are| were| got| have been|'ve been)? ?(?:misunderstood|misread|expected|"
    r"confused|didn't read|did not read|didn't understand|don't understand|can't understand|missed|"
    r"weren't aware|didn't realise|didn't see|didn't notice|found it confusing|got confused|assumed|"
    r"thought)",
    r"sorry (?:if|that) (?:the|our) (?:<W> ){0,2}?(?:weren't|wasn't|aren't|isn't) (?:<W> ){0,2}?(?:clear|"
    r"easy|simple|good) enough",
)

# Checking understanding by restating; counted even without a question mark.
RESTATE: tuple[str, ...] = (
    r"(?:just )?(?:so|to) (?:i can |that i can |we can )?(?:make sure|check|confirm|be sure|be clear|"
    r"clarify|double-check|double check)(?: that)? (?:i(?:'ve| have)? (?:got|understood|understand|heard|"
    r"get|have)|i'm (?:clear|understanding|following|getting|with you|right)|we're (?:on the same page|"
    r"talking about)|i've understood|my understanding)",
    r"(?:if|do|did|have|am) i (?:understand|understood|heard|got|get|follow|read|understanding) "
    r"(?:you|this|that|it|correctly|right|properly|everything)",
    r"(?:what )?you(?:'re| are) saying (?:is|that)|what you(?:'re| are) (?:telling|asking) (?:me|for) is",
    r"(?:so|okay|right|alright),? (?:just )?to (?:recap|summarise|confirm|check|clarify|be clear|"
    r"be sure|make sure|double-check)",
    r"(?:let me|can i|could i|may i|i'd like to|i just want to|i want to|i'll just|i'm going to|allow me to)"
    r" (?:just |quickly )?(?:make sure (?:i|that i|we)|check (?:that i|i've|i have|i understand|"
    r"i'm|that we|we're|my understanding|what you|whether you|if i)|confirm (?:that i|i've|i have|"
    r"i understand|what you|my understanding)|clarify|recap|summarise|repeat (?:that|this|it|back|"
    r"what)|read (?:that|this|it) back|play (?:that|this|it) back|get this right|get it right|"
    r"understand)",
    r"am i right (?:in thinking|that|to think|to say|in saying)",
    r"correct me if i'm wrong",
    r"(?:is|was) (?:that|this) (?:right|correct|accurate|what happened)\?",
    r"(?:have|did|do) i (?:got|get|have) (?:that|this|it|everything|all that|all of that) "
    r"(?:right|correct|straight)",
    r"my understanding is",
    r"(?:just )?so (?:that )?i (?:can )?(?:understand|'m clear|know exactly|'ve got (?:this|it|that) "
    r"(?:right|straight)|get (?:this|it) (?:right|straight))",
    r"(?:just )?(?:tell|show) me (?:what|when|where|which|how|whether|if|exactly)|(?:walk|talk|take) me "
    r"through|(?:can|could) you (?:describe|explain)",
    r"in other words",
    r"<BOS>just to (?:confirm|check|clarify|recap|be clear|be sure|make sure|double-check)",
    r"<BOS>so,? (?:you|the|your|it|this) (?:<W> ){1,12}?(?:right|correct|yes|yeah)\?",
)

# "Sorry?" meaning "say that again": a request to repeat, not an apology.
PARDON: tuple[str, ...] = (
    r"(?:oh |um |uh |er |i'm )?(?:sorry|pardon|excuse me|come again|pardon me)\s?\?",
    r"(?:oh |um |uh |er |i'm )?(?:sorry|pardon|excuse me),? (?:i|we) (?:didn't|did not|couldn't|could not|"
    r"missed|lost|don't think i) (?:quite )?(?:catch|hear|get that|get what|understand that|understand what|"
    r"follow (?:that|you)|that)",
    r"(?:oh |um |uh |er |i'm )?(?:sorry|pardon|excuse me),? (?:could|can|would|will) you (?:please )?"
    r"(?:just )?(?:repeat|say|spell|go over|run (?:that|this|it) by|speak up|slow down)",
    r"(?:oh |um |uh |er |i'm )?(?:sorry|pardon|excuse me),? (?:what|what's|what was|who|which|where|"
    r"when|how) (?:was|is|did|do|does|were|are|'s)? ?(?:that|your|you|it|the)",
    r"(?:oh |um |uh |er |i'm )?(?:sorry|pardon),? (?:say (?:that|it) again|one more time\?|again\?)",
    r"<BOS>(?:oh |um |uh |er |i'm )?(?:sorry|pardon|excuse me),? (?:the line\S*|"
    r"it's a (?:bad|terrible|awful) "
    r"line|this line|you're breaking up|i can't hear|i missed|you cut out|you broke up|it cut out|"
    r"the signal)",
)
