"""Cue patterns for options (a real choice) and for commit (a concrete next step)."""

from __future__ import annotations

__all__ = ["OPTIONS", "OPTIONS_WEAK", "OPTION_OFFER_OR", "SINGLE_OPTION", "ULTIMATUM", "COMMIT",
           "COMMIT_PASSIVE", "COMMIT_TIMED", "VAGUE", "VAGUE_CLAUSE", "NEEDS_TIME", "NOT_COMMIT"]

# A real choice, said outright. Negatable: "there aren't two options".
OPTIONS: tuple[str, ...] = (
    r"(?:two|three|four|a few|a couple of|several|some|a number of|a range of|a choice of|multiple|"
    r"different|2|3|4|various|a couple|few) (?:different |possible |good |main )?(?:options|choices|"
    r"ways (?:we|i|to)|alternatives|routes|possibilities|solutions|things (?:i|we) can do)",
    r"(?:your|the|our|my) (?:options|choices|alternatives) (?:are|would be|include|here)",
    r"(?:here are|these are|there are) (?:your|the|some|a few|two|three) (?:options|choices)",
    r"alternatively|as an alternative|another (?:option|way|choice|possibility|alternative|"
    r"thing (?:i|we) (?:can|could) do)|the other (?:option|choice|way)|a second option",
    r"(?:or|otherwise),? (?:instead|alternatively)|otherwise,? (?:i|we) (?:can|could)|or,? (?:i|we) (?:can|"
    r"could|'d be happy to|'m happy to|'re happy to)|"
    r"or (?:would|do) you (?:prefer|like|want|rather)|or (?:you can|you could|if you'd prefer)",
    r"(?:option|choice) (?:one|a|1)|(?:first|one) option|option (?:two|b|2)",
    r"(?:whichever|whatever)(?:'s| is)? (?:you (?:prefer|choose|'d prefer|would prefer|'d like|decide)|suits|"
    r"works|easier|easiest|better|best)",
    r"you (?:can|could|may) (?:choose|pick|decide) (?:between|from)|(?:choose|pick|decide) between|"
    r"(?:a|the) choice between|you(?:'ve| have) (?:a|the|some|a few) (?:choices|options)|"
    r"(?:i|we) can offer you (?:a|the) choice|(?:i|we) can do either|either (?:is|would be|works|of "
    r"(?:those|these|them)) (?:fine|good|okay|possible|help|work|suit)",
)
# Signs of a choice that count only when backed by another sign (an "or", another offer):
# "it's up to you" alone can dress up a single option.
OPTIONS_WEAK: tuple[str, ...] = (
    r"would you (?:prefer|rather)|you (?:can|could|may) (?:choose|pick|decide) (?:which|whether)",
    r"it's your (?:choice|call|decision)|(?:it's|it is|that's) (?:entirely |completely |totally |"
    r"really )?up to you|(?:or|otherwise),? if you(?:'d| would)? (?:prefer|rather|like|want)|"
    r"if you(?:'d| would) (?:rather|prefer)",
    r"(?:i|we) (?:can|could) also|on the other hand|instead,? (?:i|we) (?:can|could)|instead(?=[.!?]|$)",
)

# An offer frame, then "or" and a second alternative that is not an ultimatum or a time hedge.
OPTION_OFFER_OR: tuple[str, ...] = (
    r"(?:either|(?:i|we)(?: can| could|'d be happy to|'m happy to|'re happy to|'re able to|'m able to|"
    r" am able to| would be happy to| can either| could either| can offer(?: you)?| could offer(?: you)?)|"
    r"you(?: can| could| may| might like to|'re welcome to)|would you (?:like|want|prefer|rather)|"
    r"do you (?:want|prefer|need)|happy to|able to offer|what (?:i|we) can do is|(?:i|we) can get you)"
    r"(?:,? <W>){1,16}?,? or (?!not\b|nothing\b|leave it(?=[.!?,;]|$)|leave\b(?! it)|don't\b|go elsewhere\b|hang\b|complain\b|so\b|"
    r"something\b|anything\b|whatever\b|else\b|more\b|less\b|otherwise\b|even\b|twice\b|you'll\b|"
    r"i'll\b|we'll\b|lose\b|forget\b|no\b|worse\b|never\b|nobody\b|none\b|was it\b|is it\b)<W>",
)

# A choice with nothing real on one side, or an explicit lack of choice.
SINGLE_OPTION: tuple[str, ...] = (
    r"(?:the|your|our|my) only (?:option|choice|way|thing|alternative|solution|route)",
    r"(?:only|just) one (?:option|choice|way|thing)|one option only",
    r"(?:no|not any|not another|n't any|n't another|isn't an?|is no|'s no) (?:other )?(?:option|choice|"
    r"alternative|way)s?(?! (?:one|a|1)\b)",
    r"(?:all|the only thing|only thing) (?:that )?(?:i|we)(?: can| could|'re able to|"
    r" am able to) (?:do|offer)",
    r"you (?:don't|do not) (?:really )?have (?:a|any|much) (?:choice|option)",
    r"there's nothing else|nothing else (?:i|we) can (?:do|offer)|that's (?:it|the list)(?=[.,;!]|$)",
    r"either way,? you(?:'ll| will)? (?:have to|need to|still|must)|one way or (?:the )?other",
)
ULTIMATUM: tuple[str, ...] = (
    # "or leave it as credit" is a real second choice; a bare "or leave it" is not. A complaint is
    # a grievance route, not a way of fixing the problem.
    r"take it or leave it|like it or (?:not|lump it)|or (?:don't|not|nothing|leave it(?=[.!?,;]|$)|go elsewhere|"
    r"take your business elsewhere|hang up|lump it|do without|go without|complain|forget it|"
    r"nothing at all|put up with it|deal with it|(?:make|file|lodge|raise|put in|submit) a (?:formal )?"
    r"complaint)",
)

_DO = (r"(?:process|send|resend|re-send|email|e-mail|text|post|issue|refund|credit|arrange|book|rebook|"
       r"schedule|reschedule|cancel|reset|replace|reship|dispatch|raise|log|open|file|apply|waive|reverse|"
       r"remove|add|set up|update|change|correct|put|note|record|order|ship|reinstate|restore|"
       r"reconnect|unblock|unlock|reactivate|activate|pay|compensate|organise|reimburse|authorise|approve|"
       r"submit|courier|deliver|collect|pick up|swap|exchange|upgrade|downgrade|fix|repair|sort out|"
       r"write|confirm|message|give|offer|extend|adjust|amend|void|freeze|release|prioritise|expedite|"
       r"fast-track|push through|track|trace|request|create|generate|print|sign|attach|forward|install|"
       r"run|return|clear|mark|top up|knock|take (?:it|that|this|the|£)|move|switch|transfer the|"
       r"finalise|close|block|stop the|suspend|refer you|book you|get (?:a|an|the|your) <W> (?:sent|out|"
       r"booked|to you|over|posted|dispatched|issued|refunded|arranged|fixed|replaced|cancelled)|"
       r"have (?:a|an|the|your|it|this) <W> (?:sent|out|booked|to you|over|posted|dispatched|with you))")

# The agent committing to act. Negatable: "I'm not going to refund".
COMMIT: tuple[str, ...] = (
    r"<WILL> <ADV>{0,3}(?:make sure (?:i |to |that i )?)?" + _DO,
    r"(?:i'm|we're|i am|we are) (?:now |currently |just |already |going ahead and |also |personally )*"
    r"(?!trying|hoping|going|sorry|looking forward|wondering|thinking|afraid|happy|unable|able|"
    r"aware|glad|pleased|here|listening|asking|saying|telling|speaking|talking|being|struggling|having|"
    r"finding|seeing|feeling|understanding|noticing|guessing|reading|waiting|getting|calling about|"
    r"hearing|following|assuming|expecting|imagining|worried|concerned|wondering|struggling|"
    r"ending|terminating|hanging|leaving|not|afraid|still|really|so|very|just|sure|doing my|doing our|"
    r"dealing with a|working on it|looking at|looking into|checking with)[a-z]+ing\b",
    r"(?:i've|we've|i have|we have) (?:now |just |already |gone ahead and |also )*(?:processed|issued|sent|"
    r"arranged|booked|raised|logged|refunded|credited|cancelled|reset|updated|applied|added|reversed|"
    r"put|placed|emailed|ordered|dispatched|organised|reinstated|restored|waived|removed|set up|"
    r"noted|recorded|flagged|submitted|opened|filed|upgraded|replaced|fixed|requested|authorised|"
    r"approved|scheduled|rebooked|reconnected|unblocked|unlocked|reactivated|corrected|switched|moved|"
    r"frozen|closed|changed|taken)",
)

# Promised results and completed steps reported in the passive ("your refund's going through now").
COMMIT_PASSIVE: tuple[str, ...] = (
    r"(?:you'll|you will) (?:<ADV>)?(?:receive|get|have|see|hear from|hear back from)"
    r"(?: <W>){0,8}? <TIME>",
    r"(?:it|this|that|the <W>|your <W>|the <W> ones?|the <W> <W>)(?:'s| is| are|'re| will be|'ll be) (?:now )?"
    r"(?:coming|going|on "
    r"(?:its|their|the) way|heading|being <W>|up|with you|back on|going out|going through)(?: <W>){0,6}? "
    r"<TIME>",
    r"(?:(?:the|your|an?) )?(?:refund|replacement|credit|order|parcel|package|engineer|technician|email|"
    r"confirmation|callback|call back|voucher|money|payment|item|delivery|courier|letter|code|link|fee|"
    r"charge|appointment|booking|visit|ticket|case|complaint|claim|account|reference|compensation|"
    r"text|driver|maintenance|someone)(?:'s| is| are| has| have)(?: now| just| already)?(?: been)? "
    r"(?:booked|arranged|scheduled|processed|logged|raised|cancelled|refunded|credited|sent|dispatched|"
    r"waived|removed|reversed|applied|reset|issued|confirmed|on (?:its|the) way|going through|coming off|"
    r"coming back|going out)",
    r"(?:someone|somebody|a colleague|an engineer|a technician|the team|our team|a specialist|my manager|"
    r"my supervisor|my team leader|a manager|a supervisor|the courier|a courier|the driver|maintenance|"
    r"she|he|they)(?: will|'ll| is going to) (?:<ADV>)?(?:call|ring|contact|email|visit|come|be|get back|"
    r"collect|phone|text|pick)(?: <W>){0,6}? <TIME>",
)
# "I'll <anything> ... tomorrow morning": an action with a concrete time is a commitment.
COMMIT_TIMED: tuple[str, ...] = (
    r"<WILL> <ADV>{0,2}(?!be honest|be frank|be brief|be clear|try|see|think|hope)<W>(?: <W>){0,10}? <TIME>",
)

# What makes a promise vague rather than concrete (checked in the promise's sentence).
VAGUE: tuple[str, ...] = (
    r"try (?:to|and)|(?:i'll|we'll|i will|we will|let me|i can) try|see (?:what|if|whether) (?:i|we) can|"
    r"see what happens|do (?:my|our) (?:best|utmost)|at some point|eventually|sometime|some time|one day|"
    r"when (?:i|we|they) (?:can|get (?:a )?(?:chance|round|time|a moment|a minute|round to it|to it))|"
    r"in due course|hopefully|probably|maybe|perhaps|possibly|might|if (?:i|we) can|if possible|"
    r"as soon as (?:i|we) can|when possible|sooner or later|at a later date|one of these days|"
    r"whenever|when it's possible|if i get time|if i have time|if i remember|no promises|"
    r"we'll see|in a bit|at some stage|"
    r"i'll just magic|<PB>i'm sure(?=[.!]|$)",
)
# Doubts that only make the promise in their own clause vague ("I'll fix it now, I think I know how").
VAGUE_CLAUSE: tuple[str, ...] = (
    r"i think|i suppose|i guess|i don't know|not sure|no idea|can't promise|cannot promise|no promises",
)
# Steps too open to count without a concrete time: looking into things, passing them on,
# handing over to someone else (that is escalate), or a call back with no time.
NEEDS_TIME: tuple[str, ...] = (
    r"(?:<WILL>|i'll|we'll|i'm|we're) <ADV>{0,2}(?:look into|looking into|look at|looking at|have a look|"
    r"check|checking|see about|see|sort|sorting|deal with|dealing with|handle|follow up|get back to|be in "
    r"touch|chase|chasing|investigate|investigating|find out|take care of|work on|working on|help|make "
    r"sure|keep an eye|get (?:this|it|that|things) (?:sorted|fixed|resolved|dealt with|looked at|moving)|"
    r"resolve|do something|do what|do everything|pass|passing|keep you (?:updated|posted|informed)|get "
    r"someone|have someone|get somebody|look|think|do (?:that|this|it)|get on (?:it|to it|with it)|take "
    r"a look|note|flag|speak|talk|ask|asking|let you know|contact|call|ring|phone|get|have|transfer|"
    r"transferring|put you through|putting you through|refer|referring|escalate|escalating|bring|"
    r"raise (?:it|this) with|hand|send (?:it|this|your <W>) (?:over )?to|mention|reporting|raising|"
    r"flagging|sending (?:it|this|your <W>) (?:over |straight )?to|asking)",
)
# The frame of a commitment with no action of the agent's in it.
NOT_COMMIT: tuple[str, ...] = (
    r"let me (?:be (?:clear|honest|frank|straight|blunt)|put (?:this|it|that) (?:in|simply|plainly|bluntly|another)|finish|speak|explain|know|think|see|get this "
    r"straight|repeat|just say|tell you|say|stop you|interrupt|put it|remind)|(?:i'll|"
    r"i will) (?:be (?:honest|"
    r"frank|straight|blunt|clear|quick|brief)|tell you what|say (?:this|it|that)|repeat|put it)|"
    r"(?:i'll|i will|i'm going to|i am going to|i'm) (?:have to |need to |be forced to )?(?:end|ending|"
    r"terminate|terminating|disconnect|disconnecting|hang up|hanging up|close the call|stop you)|"
    r"(?:i'll|i will) (?:report|remember) you|(?:i'll|i will) (?:let you|leave you|leave it)|"
    r"(?:i'll|i will) give you (?:one|a) (?:more|last|final|second) chance|(?:i'll|i will|i'm going to) "
    r"(?:keep|carry on|continue) (?:helping|trying|going)|i'll just (?:magic|conjure|wave)",
    # a warning, or putting the call on hold to let things settle, sets a limit rather than promising a step
    r"(?:i'll|i will|i'm going to|i am going to|i'm|i am|let me) (?:just )?(?:warn|give|giving|be giving) "
    r"(?:you )?(?:now |a |one |your |my |this |the )?(?:<W> )?warning|(?:i'll|i will|i'm|i am) warn(?:ing)? you|"
    r"(?:i'll|i will|i'm going to|i am going to|i'm|i am) (?:have to |need to )?(?:close|closing|end|ending|"
    r"stop|stopping|leave|leaving) (?:this|the|our) (?:chat|call|conversation)|(?:the|this) last warning",
)
