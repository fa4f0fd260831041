"""Cue patterns phrased by what a reply does, not by one sentence's wording.

The older cue sets grew from the development replies; these describe the move itself (brushing the
caller off, pushing the fault elsewhere, handing the matter on, stating a requirement) so that new
wordings of the same move are found too.
"""

from __future__ import annotations

__all__ = ["ROLE_MENTION", "ROLE_LEFT", "DEFLECTS", "DEFLECT_MORE", "DISMISS", "DISMISS_MORE", "JABS", "DEFLECT", "DEFLECT_FIXED", "HAND_ON", "REQUIREMENT", "ROLE"]

_NUMBER = (r"(?:£|\$|€)?(?:\d+(?:kg|g|gb|mb|cm|m|km|ml|l)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|"
           r"fifteen|twenty|thirty|forty|fifty|sixty|ninety|a hundred)")

# Dismissive, impatient, patronising or mock-polite moves (added to antagonize). Not negatable:
# none of them turns into good practice with a "not" in front.
DISMISS: tuple[str, ...] = (
    # impatience: hurrying the caller, or asking whether they have finished
    r"(?:can|could|shall) we (?:just |please )?(?:move (?:this|things|it) (?:along|on)|get on with it|"
    r"speed (?:this|things) up|wrap (?:this|it) up)|get to the point|hurry (?:this |it )?up|"
    r"(?:i|some of us) (?:haven't|have not|don't have) got all day|some of us (?:have|'ve got|actually|"
    r"are trying|work)|(?:have|are) you (?:quite |finally |all )?(?:finished|done)(?: yet| now| talking| "
    r"ranting| shouting)?\?|(?:are|were) we (?:finished|done)(?: here)?(?: <W>)? ?(?:now|yet)?\?|"
    r"(?:finished|done) (?:complaining|moaning|ranting|shouting|yelling|whining)",
    # talking down: saying it slowly, simply, one last time, in words the caller can follow
    r"(?:explain|say|tell you|repeat|go (?:over|through))(?: <W>){0,3}? (?:one (?:last|more|final) "
    r"time|(?:nice and |very |really )?slowly)|in (?:words|terms|language) you(?:'ll| will| can| might)? "
    r"(?:understand|follow|get)|(?:in )?(?:simple|small|short) words|(?:do |please )?try (?:to|and) "
    r"keep up|do try to|keep up(?=[.!,:;]|$)|(?:let me )?make (?:this|it) (?:really )?simple for you",
    # minimising the caller's problem, or their view of it
    r"what (?:all )?the fuss (?:is )?(?:is )?about|(?:such|a bit of|making) a fuss|(?:don't|do not|can't|"
    r"cannot) see (?:what|why) (?:the|this|it's|it is|you're|you are)? ?(?:(?:big|huge|such a) )?(?:deal|"
    r"problem|fuss|issue)|not (?:exactly )?(?:rocket science|brain surgery|life or death|a matter of life "
    r"and death|the end of the world)|first world problem|(?:that's|that is|well,? that's) (?:just )?your "
    r"opinion|you're entitled to your opinion|not everything is about you|(?:it's|this is|it isn't|this "
    r"isn't) (?:not )?(?:all )?about you|the world doesn't revolve|your little (?!one|ones|boy|girl|lad|lass|son|daughter|baby)<W>|"
    r"a you problem|(?:not sure|don't know|do not know) what (?:else )?you (?:expected|were expecting|thought|"
    r"want(?:ed)? (?:me|us) to)",
    # sarcastic compliance and mock-polite asides
    r"(?:i'll|we'll|let me) just drop everything|drop everything (?:for you|just for)|such as (?:it|they|"
    r"that) (?:is|are|was)|since you asked so (?:nicely|politely|kindly)|(?:asked|put it|said it) so "
    r"(?:nicely|politely|kindly|sweetly)|if you can (?:manage|cope with) (?:that|it)|not that (?:you|it|"
    r"i|we|anyone|anybody)(?:'d| would| will| really| even)?(?: <W>){0,4}? (?:loss|care|cares|matter|"
    r"matters|miss|notice|difference|listen|listens|understand)",
    # attacks on the caller's manner, and insisting they are being awkward on purpose
    r"do you (?:always |normally |usually |really )?(?:talk|speak) to (?:everyone|everybody|people|staff|"
    r"anyone|others|your <W>) like (?:this|that)|is (?:this|that) how you (?:talk|speak|treat)|with that "
    r"mouth|you(?: really| clearly| obviously| just)?(?:'re| are) (?:really |just |clearly |obviously )?(?:determined|set on|intent on|hell-bent "
    r"on) (?:making|being|to make|to be)|you (?:really |just |clearly )?(?:love|enjoy) (?:to )?"
    r"(?:complain|complaining|moaning|making|arguing)",
    # telling the caller to stop doing something, and that it won't help
    r"(?:you can|just|now|will you|can you) stop (?:sighing|huffing|tutting|moaning|ranting|going on|"
    r"nagging|pestering|ringing|calling|arguing|whining|crying|repeating yourself)|(?:won't|will not|"
    r"isn't going to|doesn't|does not) (?:make|get) (?:<W> ){0,5}?(?:any )?(?:faster|quicker|sooner)|"
    r"if you(?:'d| would| could) (?:actually |just |only |ever )?(?:let me|give me a chance|hear me out|"
    r"stop talking)|get a word in",
)

# Sarcasm carried by content, and telling-off idioms (also added to antagonize).
DISMISS_MORE: tuple[str, ...] = (
    # a concession made only to be knocked down: "I'm sure it felt like an hour, but..."
    r"(?:oh,? )?i'm sure (?:you|it|that|they|the)\b[^.!?]{0,70}?(?:,? but\b|[.!] anyway|there we go)|"
    r"<PB>oh,? i'm sure|(?:right|yes|oh|sure),? and i suppose|and i'm the (?:queen|king|pope)",
    r"(?:of course|sure|oh sure|right|yes|yeah),? (?:i'll|let me|we'll) just|always (?:fixes|solves|"
    r"helps) everything|(?:tell|say)(?: you)? (?:anything|something) different|(?:only|just) (?:tell|say|"
    r"give) you the same",
    # asides that mock the caller or their complaint
    r"i'm (?:shaking|quaking|trembling|terrified)(?=[.!]|$)|(?:riveting|fascinating|thrilling)(?=[.!]|$)|"
    r"(?:a real|an absolute|such a) (?:joy|treat|delight)|never heard that one before|that's a first|"
    r"(?:didn't|did not|never) (?:realise|know) (?:i was|we were) (?:talking|speaking|dealing) (?:to|with)|"
    r"(?:an|any) actual (?:question|point)|what's (?:your|the) point|(?:tell|telling) me more about how|"
    r"tell me again how|magically (?:appeared|happened|broke|disappeared|fixed)|dog ate|a miracle|"
    r"miracle worker|of my (?:personality|character|intelligence)|your (?:very |most |extremely |really )"
    r"(?:helpful|useful|constructive|valuable|insightful|kind|detailed|generous|polite) <W>|"
    r"(?:sorry|apologi[sz]e|apologies) for the inconvenience of (?:us|me|our|my|having|being)",
    # impatience and refusal to engage
    r"hurry (?:this |it )?along|(?:i've|i have|ive) got (?:a queue|people waiting|other calls)|next "
    r"question|moving on(?=[.!]|$)|<PB>(?:sigh|pfft|tsk|meh|duh|mm)(?=[.!,]|$)|<PB>ugh,? fine|(?:keep|keeps) "
    r"repeating myself|sit here and (?:argue|listen|be)|not paid enough|talking over me|talk over me|"
    r"(?:i'm|i am) hardly going to|hardly (?:our|my) (?:fault|problem)|<PB>(?:honestly,? )?some people"
    r"(?=[.!]|$)|(?:do|does) you want (?:my|our) help or not|or stop (?:ringing|calling|complaining|"
    r"contacting|emailing|moaning)",
    # telling the caller off for their tone or feelings
    r"(?:don't|do not) take (?:that|this) (?:attitude|tone)|(?:watch|mind) your (?:mouth|tone|language|"
    r"manners)|(?:your|that) attitude|(?:your|that) tone (?:isn't|is not|won't|doesn't) (?:help|helping)|"
    r"let's not (?:be|get) (?:so )?(?:dramatic|silly|hysterical|carried away|ridiculous|childish|"
    r"emotional|overdramatic)|(?:the|those|these|your|with the) (?:waterworks|tears|hysterics|histrionics|"
    r"dramatics)|(?:can't|cannot) understand you (?:when|if|while) you|you(?:'re| are) making (?:it|this)"
    r" (?:very |really |so )?(?:hard|difficult|impossible)|you(?:'re| are)? (?:always )?(?:this|so) "
    r"(?:difficult|rude|awkward|demanding|impatient|unreasonable)|are you always|with (?:all )?respect,? "
    r"(?:that's|that is|this is|it's|you're)|life(?:'s| is) unfair|so now it's (?:my|our) fault|nobody "
    r"(?:forced|made|asked) you to|you do (?:know|realise|understand)|(?:before|instead of) (?:ringing|calling|contacting|emailing|phoning) us|(?:didn't|doesn't|did not|"
    r"does not) (?:<W> )?itself|whenever(?=[.!]|$)|i can "
    r"(?:spell|read|count|hear|do my job),? (?:thank you|thanks)|because you(?:'ve| have)? asked "
    r"(?:so )?(?:nicely|politely)",
    # waving the problem away, or the caller elsewhere
    r"<PB>(?:honestly,? |look,? )?it's (?:only |just )?(?:a|an) <W>(?: <W>)?, not (?:a|an) <W>|it's (?:only"
    r"|just) (?:a|an) <W> <W>(?=[.!,]|$)|(?:somewhere|someplace|anywhere) else,? then|elsewhere,? then|"
    r"if it's (?:that|so) bad|(?:don't|do not) know why you(?:'re| are|'d be| would be) (?:so )?"
    r"(?:surprised|shocked|confused|upset|angry|annoyed|complaining|calling|ringing)|(?:nothing|not "
    r"much) (?:else )?(?:to say|more to say|to discuss), is there",
)

# Putting the fault on the caller or on someone else, with no ownership (added to blame; negatable).
DEFLECT: tuple[str, ...] = (
    r"<BOS>had you (?:<ADV>)?(?:<PP>|not <W>)|if only you(?:'d| had)",
    r"you left it (?:until|till|to|too|so|rather)|(?:before|instead of) (?:ringing|calling|contacting|"
    r"emailing|phoning) us|someone (?:at|on|in) your (?:end|side|house|household|office)|(?:didn't|doesn't|"
    r"did not|does not) (?:<W> )?itself",
    r"(?:you|you've|you have) (?:only )?(?:got |have )?yourself to blame|you brought (?:this|it) on "
    r"yourself",
    r"you (?:insisted on|decided against|turned down|opted out of|ignored|skipped|chose to ignore|went "
    r"ahead and)",
    # comparing the caller with customers who get it right
    r"(?:most|other|all (?:our )?other|normal|sensible) (?:customers|people|callers|members|users|"
    r"tenants|patients|passengers|parents|drivers) (?:<W> )?(?:remember|manage|know|read|check|"
    r"understand|realise|notice|seem to|are able|have no (?:trouble|problem)|get (?:it|this) right|"
    r"cope|do)",
    # a chain from the caller's act to the penalty they got
    r"(?:you|your|yours)\b[^.!?]{0,90}?(?:which is why|and that's why|that's why|so that's why|which "
    r"explains why|hence)(?: <W>){0,5}? (?:\w+ )?(?:was|were|got|has been|have been|is|are)? ?"
    r"(?:rejected|refused|declined|suspended|cancelled|charged|added|blocked|closed|frozen|fined|"
    r"missed|lost|failed|bounced|returned|expired|voided|applied|disconnected|cut off|went)",
    # a clefted cause that sits with the caller: "it's the update on your phone that broke it"
    r"(?:it's|it is|it was|that's) (?:the (?:<W> ){1,2}?(?:on|in|with|from|of) )?your (?:<W> ){1,3}?(?:that|which)"
    r"(?:'s| is| was)? (?:broke|caused|causing|stopped|damaged|blocking|blocked|the problem|at fault|"
    r"messed|broken)",
    # handing the blame to another company or person
    r"(?:something|a matter|an issue|a question) (?:for|you(?:'d| would|'ll| will) (?:need|have) to "
    r"take up with) (?:the|your|them|him|her)|take (?:it|that|this|the matter|that one) up with",
    r"(?:that's|it's|that is|this is|that was|it was) (?:really |all |entirely )?(?:on|down to|for) "
    r"(?:them|him|her|the (?:<W> )?(?:courier|bank|airline|school|supplier|warehouse|agent|driver|"
    r"installer|landlord|council|manufacturer|seller|previous agent|other department))(?: to (?:explain|"
    r"sort|answer|fix|deal|look|resolve))?(?=[.,;!]|$| not| to)",
    r"(?:they|he|she|it) (?:weren't|wasn't|were not|was not|isn't|aren't) (?:from |one of )?(?:us|ours)\b|"
    r"not (?:from us|one of ours|ours)\b",
    r"(?:doing|fault|mess|responsibility),? not (?:ours|mine|us|me)\b",
)

# More ways of laying the fault on the caller or on others (added to blame; negatable).
DEFLECT_MORE: tuple[str, ...] = (
    # people in general failing, as the explanation for this caller's problem
    r"(?:people|customers|folks|tenants|users|callers|guests|passengers) (?:<W> ){0,2}?(?:skip|ought to|"
    r"should(?!n't)|don't(?! need| have to)|do not(?! need| have to)|forget|never|ignore|are supposed to|"
    r"fail to|misread|not (?:opening|reading|checking|following)|leave)",
    # the caller's own act, stressed or inferred: "you did leave it", "you've obviously typed it wrong"
    r"you did (?!nothing|not|well|everything|right|the right|all|so|what)(?:<ADV>)?[a-z]+|to be fair(?: to "
    r"(?:us|me))?,? you",
    r"you(?:'ve| have)? (?:must|must have|probably|obviously|clearly|likely|definitely)(?: have)? "
    r"(?:<W> )?(?:misheard|misread|misunderstood|mistyped|typed|entered|got|put|forgot|missed|confused|"
    r"mixed)",
    r"something you(?:'ve| have|'re| are)? (?:done|doing|did|changed|pressed|clicked)|you waited "
    r"(?:<W> ){0,3}?(?:to|before|until)|you(?:'ve| have| had)(?: had)? (?:plenty|lots|ample) of (?:warning|"
    r"notice|time|reminders)|(?:shows|says|records) (?:that )?you (?:clicked|confirmed|agreed|chose|"
    r"selected|ticked|signed|ordered|booked|cancelled|entered|approved)",
    r"<BOS>should have <PP>|if your? \b[^.!?]{0,60}?(?:wouldn't|would not|would never) have (?:happened|"
    r"been)|(?:go on|go by|work with|work from) (?:the )?(?:details|information|address|number) you",
    # it was plain to see: "it clearly says on the box", "right there on your screen"
    r"(?:it|the <W>) (?:clearly|plainly|very clearly) (?:says|states|shows|explains)|(?:is|are) (?:pretty |"
    r"very |perfectly )?clear if you|right there (?:on|in) (?:your|the)",
    # the fault placed with another company or person
    r"down to (?:the|your|their)|(?:'s|is) (?:all )?down to (?:tenants|customers|people|users)|lookout|"
    r"(?:is|'s) between you and|(?:can't|cannot) answer for (?:them|him|her|the)|(?:we|i) (?:just|only) "
    r"(?:sell|read|deliver|pass on|process) (?:them|it|the)\b|(?:they're|they are|he's|she's) always "
    r"(?:mixing|getting|messing|losing|making|breaking|forgetting)|(?:so )?chase them(?=[.!]|$| yourself)",
    r"(?:it's|that's|it is|that is) (?:a |the )?(?:manufacturer|courier|bank|supplier|warehouse|network|"
    r"airline|third-party|customs|council|post office|royal mail)(?:'s)? (?:fault|problem|issue|thing|"
    r"matter)|(?:fault|delay|problem|issue|damage)(?:'s| is| was| lies) (?:all )?(?:down to|with) "
    r"(?:the|your|their)",
    r"(?:on|at) your (?:side|end)(?=[.,;!]|$)|(?:wrong|problem|issue|fault|error|mistake)(?: <W>){0,2}? "
    r"(?:at|on) your (?:end|side)|(?:definitely|must be|probably|obviously|clearly) (?:a |the )?(?:problem|"
    r"issue|fault) (?:with|on|in) your|on you for",
    r"nobody else has (?:complained|had|reported)|(?:works|worked) (?:fine )?for everyone else|nobody "
    r"(?:forced|made) you|nobody was (?:home|in|at home|there|available)",
)

# Deflections that no negation softens (added to blame).
DEFLECT_FIXED: tuple[str, ...] = (
    r"nothing (?:we|i|anyone) could(?: have| of)? (?:done|do)|(?:we|i) couldn't have (?:done|known|"
    r"stopped|prevented|helped)",
    r"(?:a |the |any )?(?:mistake|error|fault|problem|mess)s? (?:i|we) (?:didn't|did not|never) (?:make|"
    r"cause|make myself)|(?:wasn't|was not|weren't) (?:made|caused) by (?:me|us)",
    r"what (?:else )?you expected when you|hardly (?:our|my) (?:fault|problem|doing)|"
    r"(?:that's|it's|that is) not on (?:me|us)|not on me\b|a you problem|your problem,? not (?:mine|ours|a me problem)|(?:it|that) was whoever|whoever (?:<W> ){0,4}?(?:took|installed|booked|sent|did|fitted|spoke|gave|"
    r"told|set up|packed|delivered|wired|handled|dealt|entered|typed)",
)

# People a matter is handed to: senior staff, specialists and named teams (not engineers or
# couriers, whose visits are the agent's own next step).
ROLE = (r"(?:pharmacists?|underwriters?|panel|advis[eo]rs?|liaison|(?:executive|complaints|"
        r"customer relations) (?:office|team|department)|safeguarding lead|assessors?|coordinators?|directors?|tech lead|team lead|lead|head of <W>|"
        r"head teacher|headteacher|principal|ombudsman|duty manager|consultant|matron|ward sister|"
        r"caseworker|case worker|case manager|account manager|complaints (?:team|officer|manager)|"
        r"supervisor|manager|team ?leader|specialists?|experts?|senior <W>)")

# Involving or passing the matter to another person or team (added to escalate; negatable).
HAND_ON: tuple[str, ...] = (
    r"(?:get|getting|put|putting|bring|bringing|have) (?:her|him|them|(?:my|our|a|the) (?:<W> )?" + ROLE +
    r") (?:on|onto) the (?:line|phone|call)",
    r"(?:loop|looping|bring|bringing|copy|copying) (?:her|him|them|<W> <W>|<W>) in\b|(?:loop|looping|"
    r"bring|bringing) in (?:my|our|a|the|her|him|them)",
    r"(?:forward|forwarding|send|sending|pass|passing|give|giving|email|emailing) (?:him|her|them) "
    r"(?:your|the|all the|all your|my|our|a copy of) (?:<W> ){0,2}?(?:email|details|notes|receipts?|"
    r"photos?|evidence|documents?|paperwork|file|case|complaint|request|information|claim|report|"
    r"letters?|messages?|number|account|invoice|bill)",
    r"(?<!i'm )(?<!i am )(?:is|are|would be|will be) the (?:right|best|correct|proper) (?:person|people|"
    r"team|department|one) (?:for|to)",
    # the person or panel as the one who acts next: "a senior colleague will review the decision"
    ROLE + r" (?:will|'ll|can|could|is going to|deals? with|handles?) <W>|make sure (?:she|he|they|(?:the|my|our) (?:<W> ){0,2}?" + ROLE + r") "
    r"(?:gets|sees|hears|knows|is aware)",
    r"formal complaint|(?:log|raise|file|lodge|start|open|register|submit) (?:a |the |your )?complaint|"
    r"ombudsman|(?:grab|fetch|get hold of) (?:my|a|the|our) (?:<W> )?" + ROLE + r"|(?:transferring|"
    r"transfer|putting) you (?:through )?(?:now|over|across)",
    r"(?:a )?second opinion|another pair of eyes|(?:a|an) (?:call|callback|call back|meeting|appointment|"
    r"chat) (?:with|from) (?:her|him|them|my|our|a|the)(?: <W>){0,2}? (?:" + ROLE + r"|her|him|them)\b",
)

# A role named after a handing-over word ("in front of the pharmacist"); the detector checks the left
# context (ROLE_LEFT) so that the cue is keyed on the role word, not on "the".
ROLE_MENTION: tuple[str, ...] = (ROLE + r"\b",)
ROLE_LEFT = (r"(?:in front of|to|by|for|with|about|ask|get|grab|fetch|have|involve|loop in|bring in|copy in) "
             r"(?:the|a|an|our|my|one of our|one of my)(?: <W>){0,2}? $")

# Rules stated as requirements, limits or entitlements, about any noun (added to policy).
REQUIREMENT: tuple[str, ...] = (
    r"(?:we|the company|they) (?:require|requires)|(?:we|i)(?:'ll| will)? (?:need|require|must have|have "
    r"to have|have to see|must see) (?:a |an |the |your |some |two |photo |proof |written |original )(?:<W> "
    r"){0,5}?(?:before|in order to|to (?:close|open|process|release|cancel|change|issue|refund|"
    r"approve|accept|book|transfer|reset|discuss)|for (?:any|all|every|each|anything|refunds|returns))",
    r"(?:(?<=our )|(?<=all )|(?<=every )|(?<=each )|(?<=any )|(?<=the )|(?<=[a-z]s ))(?:<W> )?(?:must(?! "
    r"have)|must not|mustn't|are required to|is required to|aren't allowed to|isn't allowed to|are not "
    r"allowed to|are only allowed|is only allowed) <W>",
    r"(?:must|has to|have to|needs to|need to|must not|can't|cannot) be (?:<ADV>)?(?:\w+ed|done|made|paid|"
    r"signed|sent|seen|given|taken|shown|kept|brought|written|booked|returned|chosen|worn|left) (?:<W> ){0,3}?"
    r"(?:within|before|by|in person|in writing|at least|no later|online|on the|after|once|if|unless|"
    r"for (?:all|any|every))",
    r"you(?:'re| are)? (?:can|may|will|are|'ll) only (?:be )?(?:allowed to |able to |permitted to )?<W>|"
    r"(?:can|may|will) only (?:be )?<W>(?: <W>){0,6}? (?:if|once|provided|as long as|within|after|"
    r"before|with (?:a|an|proof|your|valid))",
    r"(?:each|every|per|one) (?:household|customer|member|person|account|booking|order|passenger|guest|"
    r"patient|student|resident|visitor|user|card|ticket|adult|child|property|address|vehicle|claim|"
    r"room|table|family) (?:<W> ){0,2}?(?:gets|can|may|is (?:allowed|entitled|limited)|receives|has|must|"
    r"needs|pays)",
    r"(?<!say )(?<!said )(?:a maximum of|a minimum of|no more than|no fewer than|no later than|not more than|"
    r"up to|at most) "
    + _NUMBER + r"\b",
    r"(?:deadline|cut-?off|limit|allowance|maximum|minimum|threshold|quota|cap|notice period|return "
    r"window|grace period|closing time|last entry|last orders)(?: for <W>(?: <W>)?)?(?:'s| is| was| are| "
    r"ends| closes| runs| falls)",
    r"(?:applies|apply) to (?:all|every|everyone|everybody|anyone|each|both)|(?:same|that|this|the) "
    r"(?:<W> )?(?:rule|policy|charge|fee|limit) applies",
    r"(?:hours|times|classes|sessions|visiting|surgery|office|lines|pool|library|reception|desk) "
    r"(?:<W> )?(?:finish|finishes|end|ends|close|closes|open|opens|start|starts|run|runs) (?:at|from|"
    r"until|between) (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday|"
    r"midnight)",
    r"(?<=a )(?:£|\$|€)\s?\d+(?:\.\d\d)? (?:<W> )?(?:fee|charge|penalty|fine|deposit|excess|surcharge)|(?:£|\$|€)"
    r"\s?\d+(?:\.\d\d)? (?:a|per) (?:day|night|month|week|year|head|person|item|bag|hour)|(?:it's|it is) "
    r"(?:£|\$|€)\s?\d+ (?:to|for|per|a)\b|(?:adds|incurs|carries|attracts) (?:a|an) (?:<W> )?(?:fee|charge|"
    r"penalty|fine)",
    r"(?:the )?max(?:imum)?(?: <W>){0,8}? (?:is|'s) (?:£|\$|\d)|(?:cap|limit|allowance|maximum|minimum) of "
    r"(?:£|\$)?\d|under the (?:<W> ){0,3}?act\b|(?:need|needs|require|requires) (?:<W> ){0,3}?(?:notice|"
    r"deposit|in writing|a prescription|a referral|proof|signature)|you (?:need to|have to|must) be "
    r"(?:\d+|over|aged|a member|registered)",
    r"(?:can't|cannot|can no longer) be (?:changed|cancelled|refunded|exchanged|returned|transferred|amended"
    r"|moved|altered|reversed|extended|added|waived|used|redeemed|combined)|(?:only applies|applies only|"
    r"only valid|only available)|(?:customers|members|adults|residents|students|weekdays|weekends|online|"
    r"in store|in person) only|(?:aren't|isn't|are not|is not|not) included (?:in|on|with)",
    r"(?:within|in) (?:\d+|seven|fourteen|thirty|twenty-eight) (?:working )?(?:days|weeks|months) of|you "
    r"have (?:\d+|seven|fourteen|thirty) (?:days|weeks|months|hours) to|(?:'s|is|are) (?:completely |"
    r"totally )?free(?= of charge| for| under| if| within| because|[.,;!]|$)|(?:our|the) <W> (?:are|is) "
    r"(?:meant|supposed|required|expected) to|the only option is",
    r"(?:finishes|closes|opens|starts|ends|runs) (?:at|from|until) (?:\d+|nine|ten|"
    r"eleven|noon|midday|midnight)|(?:is|are) (?:open|closed) (?:on|from|until|between|at weekends|on "
    r"weekdays|nine|ten|\d)|(?:after|before|by) \d+ ?(?:am|pm) (?:go|goes|are|is|will|get|ship)|"
    r"(?:take|takes) (?:up to |at least |around )?\d+ (?:working |business )?(?:hours|days|weeks)|(?:on|by|"
    r"after|from) day \d+|hold (?:a|the|your) <W> for \d+|\d+ ?(?:-|to) ?\d+ (?:working |business )?days|"
    r"(?:i|we) (?:have to|must|am obliged to|are obliged to|'m required to|'re required to) (?:refer|"
    r"report|verify|notify|inform|charge|record|follow|apply|collect|keep|hold|log)",
    r"(?:^|(?<=[.!?:;] ))no (?:<W> )?(?:receipt|ticket|id|proof|booking|reference|appointment|"
    r"deposit|form|referral|warranty|passport),? no <W>",
)

# Every dismissive move, scanned as one cue set.
JABS: tuple[str, ...] = DISMISS + DISMISS_MORE

# Every deflection that a negation cancels, scanned as one cue set.
DEFLECTS: tuple[str, ...] = DEFLECT + DEFLECT_MORE
