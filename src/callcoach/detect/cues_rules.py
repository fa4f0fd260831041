"""Cue patterns for policy (stating a rule or limit), escalate, and boundary."""

from __future__ import annotations

__all__ = [
    "END_CALLS", "END_CALLS_NEGATIVE", "POLICY", "POLICY_NEGATABLE", "RULE_GENERIC", "RULE_LEFT",
    "ESCALATE", "BOUNDARY", "ABUSE", "END_CALL", "END_CALL_NEGATIVE", "WARNING_CONDITION",
]

# Things rules are about: "refunds take five days", "pets aren't allowed", "the fee is £30".
_RULE_SUBJECT = (
    r"(?:refunds?|returns?|exchanges?|cancell?ations?|repairs?|claims?|deliveries|delivery|payments?|"
    r"appointments?|bookings?|tickets?|fares?|deposits?|vouchers?|credits?|discounts?|fees?|charges?|"
    r"fines?|compensation|members?|membership|customers|patients|guests|callers|passengers|residents|"
    r"tenants|users|accounts?|orders?|items?|products?|goods|subscriptions?|contracts?|collections?|"
    r"resets?|checkout|check-in|access|walk-ins|pets|dogs|children|smoking|cash|cheques|prescriptions?|"
    r"sick notes|call-backs|callbacks|appeals?|complaints?|upgrades?|cards|parcels|packages|slots|"
    r"reservations|rooms|visits|inspections|readings|transfers|withdrawals|loans|overdrafts|"
    r"warranty|guarantee|cover|excess|insurance|anything|delays|outages|faults|damage|losses|"
    r"(?:the|our) (?:<W> )?(?:fee|charge|cost|price|limit|minimum|maximum|deposit|excess|notice period|"
    r"return window|tariff)|(?:our|the|opening) (?:<W> )?(?:hours|times|slots))")
_RULE_CONTENT = (
    r"(?:(?:£|\$|€) ?\d+|\d+ ?(?:%|p\b|am|pm)|(?:\d+|one|two|three|four|five|six|seven|ten|fourteen|"
    r"twenty-four|thirty|a|one full|two full|48|24|72|30|14|28|60|90) (?:full |working |business |"
    r"calendar |clear )?(?:days?|hours?|weeks?|months?|years?|items?|minutes?|nights?)|\d+(?:st|nd|rd|th)|"
    r"within|up to|at least|no more than|notice|in writing|in person|free|charged|refunded|refundable|"
    r"eligible|payable|included|covered|allowed|permitted|automatic|(?:the )?original card|the card you "
    r"paid with|registered address|a fee|a charge|non-refundable|per (?:day|night|item|month|person|"
    r"year)|by phone|over the phone|authori[sz]ed|approved|appealed|reported|returned|sent|issued|"
    r"processed|valid|accepted|entitled|exempt|subject to|same-day|the same day|at \d|only|before|after|"
    r"back to (?:the|your)|to the (?:original )?(?:card|account|address)|over (?:£|\$)\d+)")

POLICY: tuple[str, ...] = (
    # naming the rule, with something said about it
    r"(?:our|the|company|company's|store's|shop's|bank's|airline's|hotel's|standard|current|your|this|"
    r"that|its|their|house|hotel|club|practice|nhs|fare|booking|council|gym|site|building|security|"
    r"safety|legal|data protection|gdpr|cancellation|returns?|refund) (?:<W> ){0,2}?(?:policy|policies|"
    r"rules?|regulations?|terms(?: and conditions| of (?:service|sale|use|business|"
    r"(?:your|the|our) <W>))?|t&cs?|"
    r"t's and c's|"
    r"ts and cs|guidelines|procedures?|warranty|guarantee|contract|agreement|code of practice|window|"
    r"conditions)(?:'s| is| are| does| says?| states?| means?| requires?| allows?| doesn't| don't| does not|"
    r" do not| only| covers?| won't| prevents?| stipulates?| excludes?| includes?| has| have| applies|"
    r" apply| gives?| lets?| would| was| were| entitles?| will| can| can't| cannot| stops?| mean)",
    r"(?:it's|its|it is|that's|that is|this is|which is|which's) (?:company |our |the |standard |a |"
    r"practice |hotel |house )?(?:<W> )?(?:policy|rule|procedure|requirement)\b",
    r"(?:by|under|per|according to|in line with|as per|due to|because of|in accordance with|against|"
    r"outside|covered by|governed by|in|on) (?:our |the |company |data protection |gdpr |consumer |"
    r"current |uk |eu |your |the terms of (?:the|your) )?(?:<W> )?(?:policy|policies|law|laws|regulations?|"
    r"rules|terms|legislation|guidelines|contract|warranty|guarantee|agreement|procedures?)",
    r"zero tolerance|rules are rules|rules? (?:mean|means|says?|states?)|(?:it's|its|that's|those are|"
    r"them's) (?:the|our) rules",
    r"(?:for|due to) (?:security|data protection|legal|privacy|compliance|safety|fraud|regulatory|gdpr|"
    r"verification|hygiene|health and safety|insurance) (?:reasons|purposes|rules|requirements)",
    r"(?:data protection|gdpr|the law|legislation|regulations|the regulator)(?: <W>){0,2} (?:means|says|"
    r"requires|prevents|doesn't allow|does not allow|stops|won't let|wouldn't allow|forbids)",
    r"legally,? (?:i|we)|by law|(?:the )?law (?:says|requires|states)|it's (?:the|a) legal requirement",
    # limits on what the agent may do
    r"(?:i'm|we're|i am|we are) (?:<ADV>)?(?:not |un)(?:able|allowed|permitted|authorised) to|"
    r"(?:i'm|we're|i am|we are) (?:<ADV>)?(?:obliged|required) to|(?:i|we) (?:don't|do not) have "
    r"(?:the )?(?:authority|permission|access|rights)",
    r"(?:i|we)(?: can't| cannot| won't be able to| aren't able to|'re not able to|'m not able to|"
    r" don't| do not| never| aren't allowed to|'re not allowed to|'m not allowed to| can no longer|"
    r" no longer) (?:<ADV>)?(?:offer|give(?! you (?:a |an )?(?:time|date|answer|"
    r"estimate|update|eta|timescale)"
    r")|provide|issue|refund|accept|process|change|cancel|discuss|share|"
    r"release|disclose|exchange|waive|override|reverse|make (?:an |any )?exceptions?|go (?:above|beyond|"
    r"over)|authorise|approve|extend|reinstate|backdate|reimburse|compensate|pay|credit|transfer|replace|"
    r"repair|guarantee|honour|match|store|sell|ship|deliver|book|allow|do (?:that|this|refunds|"
    r"exchanges|cash|partial|sick|call|home|same|walk|\w+s\b)|remove|bend|break|"
    r"see(?! (?:what|why|how|where|the point|the problem|any|a problem|it|that|this|you))|write|charge|"
    r"control|hold|take (?:cash|cards|payment|bookings|walk)|cover|let)(?! (?:while|if|until|when|unless) "
    r"you)",
    r"(?:i|we)(?: can|'re able to|'m able to|'re allowed to|'m allowed to| am able to| are allowed to)? only "
    r"(?:ever )?(?:offer|refund|accept|exchange|issue|give|process|cover|replace|deliver|provide|ship|send|"
    r"hold|keep|credit|discuss|speak|talk|deal|book|do|go back|backdate|compensate|reimburse|change|"
    r"cancel|request|charge|take|see|clear|inspect)",
    r"(?:i|we) (?:need|require|ask for|have to take|have to see|must see|must take|have to charge|"
    r"charge|prioriti[sz]e|release|open|close) (?:<W> ){0,5}?(?:" + _RULE_CONTENT + r"|deposit|notice|"
    r"proof|id|identification|receipt|referral|two|a photo|emergency|same-day|appointments)",
    r"(?:the|our) (?:<W> )?(?:fee|charge|cost|excess|deposit|penalty|fine|rule|policy) (?:still )?(?:applies|"
    r"stands|remains|is payable|is due|is non-refundable|can't be waived|cannot be waived)",
    r"(?:the|our) (?:council|practice|hotel|bank|company|airline|gym|surgery|clinic|school|store|shop|"
    r"insurer|provider|network|system|club|centre|center|landlord|team) (?:can only|only|can't|cannot|"
    r"won't|doesn't|don't|never|must|has to|requires?|needs?)\b",
    r"the (?:most|best|only thing|only <W>) (?:that )?(?:i|we)(?:'m| am|'re| are)? (?:able to|can|could|"
    r"allowed to) (?:do|offer|give|book|provide)",
    r"there(?:'s| is| will be| would be)(?: <W>){0,2}? (?:£|\$)\s?\d+|there(?:'s| is) (?:a|an|no) (?:<W> )?"
    r"(?:fee|charge|cost|excess|penalty|fine|deposit|minimum|limit|cap|refund)s?|(?:cost|costs|charged"
    r" at|fee of|fine of|charge of) (?:£|\$)\s?\d+|(?:fee|charge|cost|price|excess|deposit|fine|penalty)"
    r"(?:'s| is| are| of) (?:<W> )?(?:£|\$)\s?\d+",
    r"(?:all|the only thing|only thing|the only <W>) (?:that )?(?:i|we)(?: can| could|'m able to| am able "
    r"to| are able to) (?:do|offer|give|book|provide)|that's (?:it|the list|the limit|the maximum|"
    r"the best i can do)(?=[.;!]|$|,? that's)|there's nothing else|there isn't (?:an|"
    r"another) option|nothing else "
    r"(?:i|we) can|(?:^|(?<=[.!?,] ))no (?:refunds?|returns?|exceptions?|pets|dogs|smoking|cash|"
    r"cheques|walk-ins|exchanges|id|food)\b|or nothing\b",
    r"you(?:'re| are)(?: <W>)? (?:entitled|eligible|covered|not covered|allowed|permitted|not allowed|"
    r"not eligible)(?! to (?:be|feel))|(?:members|customers|patients|guests|passengers|"
    r"residents|tenants|students|users|"
    r"account holders|cardholders|policyholders)(?: <W>){0,2} (?:can|can't|cannot|are|get|may|must|need|"
    r"have to|aren't)",
    r"non-?refundable|non refundable|not refundable|non-?transferable|not eligible|ineligible|"
    r"not covered|isn't covered|aren't covered|out of warranty|past the (?:deadline|cut-off|return window)"
    r"|outside (?:the|our|your) (?:<W> )?(?:period|window|policy|warranty|guarantee|timeframe|terms)|"
    r"isn't payable|aren't payable|not payable|aren't refunded|isn't refunded",
    r"(?:the )?(?:maximum|minimum|limit|cut-off|cutoff|time limit|notice period)(?: <W>){0,3}? "
    r"(?:is|was|'s) (?:<W> )?(?:£|\$|\d|one|two|three|five|seven|ten|fourteen|thirty|midday|noon|midnight)",
    r"(?:i'm|we're|i am|we are) only (?:able|allowed|permitted|authori[sz]ed) to",
    r"(?:i'm|i am|we're) afraid (?:i|we|that's|this is|it's|it is|that is|there's|there is|the)"
    r"(?: <W>)? (?:can't|cannot|won't|aren't|'re not|am not|'m not|don't|do not|have to|need to|"
    r"can only|'re unable|'m unable|are unable|am unable|not possible|the policy|our policy|not something|"
    r"no way|isn't|is not|no longer|only)",
    r"(?:that|this|it)(?:'s| is)(?: just| simply| unfortunately| sadly)? not (?:possible|something (?:i|we)"
    r"(?: can|'re able to|'m able to| do| offer)|an option|allowed|permitted|available)",
    r"(?:unfortunately|sadly|regrettably),? <W>(?: <W>){0,4}? "
    r"(?:can't|cannot|won't|aren't|isn't|don't|doesn't|is not|are not|do not|only|no longer|unable)",
    r"(?:have|has|needs?) to be (?:authori[sz]ed|approved|signed|done|booked|made|reported|requested|"
    r"returned|paid|confirmed)|(?:this|that|it) needs (?:<W> )?(?:rights|approval|authori[sz]ation|"
    r"permission|a referral|sign-off)|you'll (?:have|need) to (?:redo|complete|pass|provide|show|bring)",
)

# Generic statements of how things work ("refunds take five days", "pets aren't allowed"): they must
# open their clause, perhaps after a word or two ("late payments", "bulky waste collections"), which
# the detector checks with RULE_LEFT.
RULE_GENERIC: tuple[str, ...] = (
    _RULE_SUBJECT +
    r"(?: <W>){0,7}? (?:take|takes|can take|normally take|usually take|cost|costs|aren't|"
    r"isn't|are not|is not|don't|"
    r"doesn't|won't|go|goes|get|are|is|'s|open|opens|close|closes|start|starts|apply|applies|expire|"
    r"expires|last|lasts|run|runs|can|may|only|never|always|stays|stand|stands|should|shouldn't|will|"
    r"would)(?: <W>){0,6}? " + _RULE_CONTENT,
    _RULE_SUBJECT +
    r"(?: <W>){0,5}? (?:need|needs|require|requires|must|have to|has to|can only|can't be|"
    r"cannot be|aren't allowed|"
    r"isn't allowed|are only|is only) <W>",
)
RULE_LEFT = r"(?:^|[.!?,;:\n] ?)(?:(?!the |your |my |this |that |a |an |his |her |their )<W> ){0,2}$"

# Rule statements that a negation cancels ("we don't have a policy on that").
POLICY_NEGATABLE: tuple[str, ...] = (
    r"(?:have|has) a (?:<W> )?policy",
)

_TARGET = (r"(?:(?:my|a|the|our|your|an|one of (?:my|our)|someone (?:in|from|at|on) (?:the |our )?)(?: <W>){0,3}? "
           r"(?:supervisor|manager|team ?leader|team lead|boss|specialists?|experts?|team|department|dept|"
           r"officer|handler|surveyor|advisor|adviser|investigator|inspector|underwriter|"
           r"operator|colleagues? "
           r"(?:in|from|at|on))|"
           r"(?:head office|environmental health|(?:second|third)[- ]line(?: support)?|higher up|someone "
           r"(?:more )?(?:senior|experienced|qualified|in charge)|someone (?:else|who))|(?:someone|somebody)"
           r"(?= (?:from|in|at|on|who)))")

ESCALATE: tuple[str, ...] = (
    r"escalat(?:e|es|ed|ing|ion)(?! the situation| things)",
    r"(?:transfer|transferring|put|putting|pass|passing|refer|referring|hand|handing|send|sending|"
    r"forward|forwarding|report|reporting|raise|raising|flag|flagging|mention|mentioning|log|logging|"
    r"assign|assigning|escalate|escalating|get|getting|got|bring|bringing|ask|asking|asked|"
    r"connect|connecting|call|calling|speak to|speak with|talk to|talk with|loop in|involve|involving|"
    r"check with|consult|contact|run (?:this|it|that) (?:past|by)|arrange for|a call (?:back )?from|"
    r"callback from|put you (?:through|in touch|on))(?: <W>){0,8}? (?:to|with|through to|over to|up to|"
    r"across to|from|in|on to)? ?" + _TARGET,
    # handing over, whoever receives it: "I'll pass the details to them", "put you through to billing"
    r"(?:transfer|transferring|put|putting|get|getting) you (?:<ADV>)?(?:straight |directly |back )?"
    r"(?:through |over |across )?to <W>",
    r"(?:pass|passing|passed|hand|handing|refer|referring|referred|report|reporting|raise|raising|flag|"
    r"flagging|escalate|escalating|mention|mentioning|assign|assigning)(?: <W>){1,8}? (?:straight |"
    r"directly )?(?:to|with|over to|on to) (?:them|her|him|billing|finance|accounts|management|head "
    r"office|[a-z]+ (?:team|department|services|health))",
    r"send (?:her|him|them) (?:the|your|a|an|all) (?:<W> )?(?:request|complaint|details|case|notes|"
    r"information|file|claim|report)",
    r"(?:have|get) (?:our|my|a|the|one of our) (?:<W> )?(?:manager|supervisor|team leader|specialist|"
    r"colleague|senior <W>|officer|handler) (?:call|ring|contact|look|review|get back|phone|email)",
    r"ask(?:ed|ing)? (?:the|my|our|a|an|her|him|them|someone)(?: <W>){0,3}? to (?:call|ring|contact|look|"
    r"review|check|release|authori[sz]e|approve|sort|fix|investigate|get back|come|take|give|speak|"
    r"see|phone)",
    r"(?:goes|go|going|gone|sent|passed|referred) (?:<ADV>)?(?:straight |directly |over )?to (?:our|the|a|"
    r"my|your) (?:<W> ){0,3}?(?:team|department|manager|supervisor|specialists?|officer|handler|desk)",
    _TARGET + r"(?: <W>){0,2}? (?:will|'ll|can|could|is going to|would be (?:happy|able) to|may be able to|"
    r"might be able to|should be able to|has the authority to|have the authority to|is able to|"
    r"are able to) (?:<ADV>)?(?:call|contact|ring|email|review|look|get back|be in touch|speak|talk|"
    r"help|investigate|take a look|take over|deal|handle|assist|reach out|come|authorise|approve|"
    r"decide|sort|check|go over|give you|phone|override|make|advise)",
    r"pass (?:this|it|that|your <W>(?: <W>)?|the (?:matter|details|case|information|complaint|issue|"
    r"feedback|message|notes)|all (?:of )?this|these details|your notes) (?:on|along|up the chain|upstairs|"
    r"up|over)",
    r"(?:speak|talk|chat) to (?:someone|somebody) (?:else|more senior|senior|higher up|in charge)|"
    r"ask (?:someone|somebody)(?! to (?:calm|stop))|up the chain|a level up|to the next level",
)

ABUSE = (r"(?:swear\w*|sworn|curs(?:e|es|ing)|language|abus\w*|insult\w*|shout\w*|yell\w*|scream\w*|"
         r"rude(?:ness)?|name[- ]calling|call(?:ing)? me (?:names|that|an?|stupid|a liar)|names|threat\w*|"
         r"offensive|profanit\w*|obscen\w*|aggress\w*|tone|personal (?:remarks|comments|attacks|insults)|"
         r"raise your voice|raising your voice|(?:speak|talk)(?:ing)? to (?:me|my staff|us|our staff|my "
         r"colleagues?) (?:like (?:that|this)|that way|in that (?:way|manner|tone))|disrespect\w*|that kind "
         r"of (?:talk|behaviour|language)|behaviour|this manner|that manner|hostil\w*|verbal\w*|foul|"
         r"bad language|f-word|the f word|hurtful|intimidat\w*|racist|sexist|homophobic|slurs?|called (?:a "
         r"liar|stupid|an idiot)|spoken to|talked to|(?:the|those|these|that|any|your|such) (?:personal )?"
         r"(?:comments?|remarks?)|(?:comments?|remarks?|jokes?) about (?:me|my \w+))")
END_CALL = (r"(?:this|the|our) (?:conversation|call|chat) (?:is|will be) over|(?:end|ends|ending|terminate|"
            r"terminating|disconnect|disconnecting|close|closing|finish|"
            r"finishing|conclude|concluding|cut short|leave|leaving) (?:the |this |our |your )?(?:calls?|"
            r"conversation|chat|phone call|line)|hang up|hanging up|put the phone down|end things here|"
            r"end it here|(?:continue|carry on|proceed with) (?:this|the|our) (?:call|conversation)|"
            r"disconnect|terminate|(?:place|put) you on (?:a )?(?:short |brief |quick )?hold|pause (?:the|this|our) "
            r"(?:call|conversation)|(?:the|this|our) (?:call|conversation|chat) (?:ends|will end|stops|will stop)|"
            r"stop (?:the|this|our) (?:call|conversation|chat)")
END_CALL_NEGATIVE = (r"(?:won't|will not|can't|cannot|not be able to|unable to|not able to|'m not going to|"
                     r"am not going to|not going to|not prepared to|not willing to|don't want to|won't be "
                     r"able to) (?:be able to )?(?:continue|carry on|keep (?:talking|going)|stay on|proceed"
                     r"|help you|assist you|talk|speak)")
WARNING_CONDITION = (r"if (?:you|this|the|that|it|we|they|he|she|these|those|any|there|i)(?: <W>){0,6}? "
                     r"(?:continue|continues|keep|keeps|carry on|carries on|go on|goes on|persist|persists|"
                     r"don't stop|won't stop|do not stop|again|further|any more|anymore|more|repeat)|"
                     r"(?:or|otherwise|else),? (?:i|we)(?:'ll| will| shall| may| might)|(?:if|when|while) "
                     r"(?:you|the)(?: <W>){0,4}? " + ABUSE)

END_CALLS: tuple[str, ...] = (END_CALL,)
END_CALLS_NEGATIVE: tuple[str, ...] = (END_CALL_NEGATIVE,)

# Limits on abuse that stand on their own, without a threat to end the call.
BOUNDARY: tuple[str, ...] = (
    r"(?:i|we)(?: won't| will not| don't| do not| can't| cannot| am not going to|'m not going to|"
    r"'re not going to| refuse to|'m not prepared to| am not prepared to|'re not prepared to|"
    r"'m not willing to| am not willing to|'re not willing to|'m not gonna| shouldn't have to| "
    r"don't have to) (?:sit here and )?(?:(?:accept|tolerate|put up with|stand for|allow|listen to|take)"
    r"(?: <W>){0,3}? (?:that|this|it|being|any of (?:that|this)|" + ABUSE + r")|be spoken to|be "
    r"sworn at|get sworn at|be talked to|be insulted|be shouted at|be yelled at|be called|be abused|"
    r"continue (?:with|if|while|when)|help (?:you )?(?:if|while|when)|carry on (?:if|while|when)|"
    r"deserve to be)",
    r"zero tolerance|(?:abuse|abusive \w+|swearing|shouting|language like that|that language|"
    r"that kind of language|insults|personal insults|threats|this behaviour|that behaviour|that tone|"
    r"name-calling)(?: <W>){0,2} (?:isn't|is not|won't be|will not be|is never|are not|aren't)(?: "
    r"(?:acceptable|tolerated|okay|ok|allowed|appropriate|something (?:i|we)|going to help))?",
    r"(?:please|i'd ask you to|i'd ask that you|i need you to|i'm asking you to|can i ask you to|"
    r"could i ask you to|could you please|i must ask you to|i have to ask you to|i'll ask you to|"
    r"i'm going to ask you to|i'd appreciate it if you|would you please|kindly|i'd like you to|i do need "
    r"you to|i'll need you to)(?: not| to not|,)? (?:not |stop |refrain from |avoid |don't |do not |to stop |"
    r"to not |not to )(?:<W> ){0,2}?" + ABUSE,
    r"(?:need|want|ask for|would like)(?: the| that| this| your| all this| all that)? " + ABUSE +
    r" to stop",
    r"(?:let's|can we|could we|please|i'd like us to|i need us to|i'd ask that we|we need to|if we can|"
    r"if we|once we can|as long as we|i'd like to|i want to|so long as we) (?:try to )?(?:keep|stay|remain"
    r"|talk|speak) (?:this |it |things |the conversation |our conversation |the language |your language |"
    r"the call |calm |)?(?:respectful|civil|polite|calm|calmly|professional|courteous|friendly|"
    r"constructive|clean)",
    r"keep (?:your|the) language (?:clean|civil|polite|respectful|professional|down)",
    r"(?:i'm|i am|we're) (?:happy|glad|here|keen|more than happy|willing|trying) to help(?: you)?,? "
    r"(?:but|as long as|if|once|though)(?: <W>){0,6}? (?:" + ABUSE + r"|respect\w*|calm\w*|civil)",
    r"(?:but )?only if (?:you|we) (?:stop|don't|can|keep|avoid|calm)(?: <W>){0,3}? (?:" + ABUSE +
    r"|calm\w*|civil|respectful|polite)",
    r"(?:i|we)(?: can't| cannot| won't be able to) (?:help|do (?:that|this|anything)|continue|carry on|sort "
    r"(?:this|it)|work on (?:this|it))(?: you)? (?:if|while|when|until) (?:you|the)"
    r"(?: <W>){0,3}? (?:" + ABUSE + r"|continue|keep)",
    r"(?:but )?not (?:if|while|when) you(?:'re| are)? (?:going to |gonna )?(?:keep )?(?:<W> )?" + ABUSE,
    r"(?:this|that) (?:is|was) your (?:final|last|only) warning|(?:final|last|first) warning",
    r"(?:i|we) (?:don't|do not) (?:accept|tolerate) (?:abuse|" + ABUSE + r")",
    r"(?:our|my) (?:staff|colleagues|team|advisors|agents) (?:deserve|have the right|should be able)",
    r"(?:i|we) (?:deserve|expect|ask for) (?:to be treated with )?(?:respect|courtesy)|treat me with respect"
    r"|(?:i|we) (?:don't|do not) deserve to be",
    # a calm request about voice or volume, or a pause so both sides can settle
    r"(?:please|i'd ask you to|i need you to|i'm asking you to|can i ask you to|could i ask you to|could you|"
    r"can you|would you|i must ask you to|i have to ask you to|i'm going to ask you to|i'll ask you to|"
    r"kindly|i'd appreciate it if you(?: could)?) (?:please )?(?:lower|bring down|keep down) your voice",
    r"(?:could|can|shall) we (?:<ADV>)?(?:bring|keep|turn|take) (?:the volume|it|things|the voices) down",
    r"(?:so|so that|while) we can both (?:take a (?:breath|moment|minute|breather)|calm|cool|settle|reset)",
    r"(?:please|kindly|can you|could you|i'd ask you to|i need you to|i'm asking you to) (?:<ADV>)?"
    r"(?:mind|watch) (?:your|the) language",
    # personal remarks: the call is about the problem, not the agent
    r"leave (?:me|my \w+|my \w+ and my \w+|personal \w+) out of (?:it|this|the conversation)|"
    r"(?:about|on) the (?:<W> )?(?:issue|problem|order|booking|account|bill|claim|refund|complaint|"
    r"repair|parcel|delivery)(?: and)?,? (?:not|rather than) (?:about )?me(?: personally)?\b",
    r"(?:i'm|i am|we're|we are) not (?:ok|okay|comfortable|happy|willing to continue) (?:with )?(?:being "
    r"(?:called|spoken|talked|sworn|shouted|yelled|insulted|threatened)|" + ABUSE + r")",
    r"(?:(?:that|this|the|such|those|these|personal|any) )?(?:word|words|language|comment|comments|remark|"
    r"remarks|tone|threat|threats|name|names)(?: like that| about (?:me|my \w+))? (?:isn't|is not|aren't|"
    r"are not|is never|won't be|was not|wasn't) (?:ok|okay|acceptable|appropriate|something (?:i|we) (?:can|"
    r"will) (?:accept|tolerate))",
    # the abuse has to stop; there is no call for it
    r"(?:the |that |this |your |all the |all this |any more |those |these )?(?:<W> )?" + ABUSE +
    r" (?:needs to|need to|has to|have to|must|will have to|should) stop|(?:the |that |this |those |these )"
    r"(?:<W> )?" + ABUSE + r" (?:stops?|ends?) (?:now|here|right now|today)",
    r"(?:there's |there is |you've )?no (?:need|call) for (?:the |that |this |any |all (?:the|that|this) )?"
    r"(?:<W> )?" + ABUSE,
    r"(?:i'd|i would|i must|i have to|i'm going to|i'll|i do) (?:ask|appreciate it if|appreciate|prefer "
    r"it if|prefer) you (?:not|didn't|did not|to not|don't|do not|to stop|stop|avoid|refrain from)"
    r"(?: <W>){0,3}? (?:" + ABUSE + r"|suggest\w*|call\w* me|speak\w* to me|talk\w* to me)",
    r"free (?:of|from) (?:<W> )?" + ABUSE,
)
