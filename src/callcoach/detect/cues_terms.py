"""Cue patterns for how a service works: its hours, cycles, prices and limits, stated as fact (policy).

Stating opening hours, billing cycles and fees is `policy` ("the line's open 8 till 6"), but such sentences
often name no rule at all. A time or a price is also what a promise holds ("I'll ring you at 3"), so the
patterns take only a service's routine, never a promise or one past event, and the policy detector drops
those about this caller's account or about one day ("your bill is due on the 14th", "open till 8 tonight").
"""

from __future__ import annotations

__all__ = ["SERVICE_CYCLE", "SERVICE_FEE", "SERVICE_HOURS", "SERVICE_LIMITS"]

_CLOCK = (r"(?:\d{1,2}(?:[:.]\d\d)?(?: ?(?:am|pm))?|noon|midday|midnight|one|two|three|four|five|six|seven|"
          r"eight|nine|ten|eleven|twelve|half (?:past )?<W>)")
_DAY = r"<DAY>s?"  # the shared day names (macros.py), singular or plural
_DAYS = r"(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weekends)"  # habitual
_SPAN = (r"(?:" + _CLOCK + r" ?(?:to|till|til|until|-|and) ?" + _CLOCK + r"|" + _DAY + r" ?(?:to|till|until|"
         r"through|-|and) ?" + _DAY + r"|weekdays|weekends|bank holidays|24/7|24 hours(?: a day)?|round the clock|"
         r"around the clock|seven days a week)")
# A present-tense verb of a service's routine, never after "will", "I" or "you" (a promise or a request) nor
# after "was" or "we" (one past event: "the road was closed on Monday", "the email we sent").
_NOT_PROMISE = (r"(?<!will )(?<!'ll )(?<!i )(?<!you )(?<!to )(?<!can )(?<!could )(?<!would )(?<!might )(?<!was )"
                r"(?<!were )(?<!we )(?<!they )")

# Opening hours and when things happen: "our engineers work 8 to 8", "the pool closes at 9pm".
SERVICE_HOURS: tuple[str, ...] = (
    _NOT_PROMISE + r"(?:open|opens|opening|closed|closes|closing|shut|shuts|run|runs|work|works|operate|"
    r"operates|staffed|available|answered|finish|finishes|start|starts|released|go out|goes out)(?: <W>){0,4}? (?:" +
    _SPAN + r"|(?:from|until|till|at|after|before|by) " + _CLOCK + r"(?! (?:minutes|hours|days|weeks))|on " +
    _DAYS + r"|on (?:collection|delivery|the) day)",
    r"(?:open|opening|office|line|lines|phone|phones|helpline|branch|reception|surgery) (?:<W> )?(?:hours|"
    r"times)(?: are| is|'re|'s)",
)

# Cycles and waits: "bills are sent every 6 months", "passwords expire every 90 days", "they reply to all
# complaints within 10 working days". A participle counts only in the passive present ("are sent"), so that
# one past event ("the email we sent on the 2nd") is no cycle.
_EVERY = (r"(?:every (?:<W> )?(?:other )?(?:days?|weeks?|months?|years?|quarters?|hours?)|each (?:day|week|month|"
          r"year|quarter)|(?:once|twice) a (?:day|week|month|year)|quarterly|monthly|annually|yearly|weekly|daily|"
          r"fortnightly|of (?:each|every|the) month|on the day|by default|automatically|in advance|upfront|"
          r"up front|within (?:<W> ){1,2}(?:working |business |calendar )?(?:days|hours|weeks|months)|"
          r"(?:<W> ){1,2}(?:working |business |clear )?(?:minutes|hours|days|weeks) (?:before|after|prior to|"
          r"from|of))")
SERVICE_CYCLE: tuple[str, ...] = (
    r"(?:is|are|get|gets|be|it's|they're|that's) (?:<W> )?(?:sent|billed|charged|issued|paid|taken|collected|"
    r"emptied|reviewed|renewed|reset|updated|read|processed|released|checked|serviced|cleaned|published|"
    r"posted|due|switched (?:on|off)|turned (?:on|off)|enabled|disabled|blocked|capped|closed|opened|"
    r"answered|refunded|credited|deleted|cancelled|suspended)(?: <W>){0,3}? " + _EVERY,
    _NOT_PROMISE + r"(?:expire|expires|renew|renews|reset|resets|close|closes|open|opens|reply|replies|"
    r"respond|responds|run|runs|last|lasts|take|takes|arrive|arrives|ship|ships|go out|goes out)"
    r"(?: <W>){0,4}? " + _EVERY,
)

# Prices stated as what things cost: "£9 per seat", "seat selection's free at check-in".
SERVICE_FEE: tuple[str, ...] = (
    r"(?:per|each) (?:extra |additional )?(?:seat|bag|kilo|kg|night|day|week|month|year|person|item|hour|call|"
    r"visit|claim|booking|ticket|adult|child|head|session|unit|page|minute|passenger|room)",
    _NOT_PROMISE + r"(?:costs?|charged at|priced at|comes to|come to|fee is|fee's|charge is|charge's|fee of|"
    r"charge of)(?: <W>){0,2}? (?:£|\$|€) ?\d+",
    r"(?:non-refundable|chargeable|payable|included) (?:at|on|for|if|with|until|when|before|after|under|in)|"
    r"free (?:at|if|until|when|before|after|under|for (?:under|over|children|kids|members|students|pensioners|"
    r"the first|anyone|everyone|all))",
)

# What staff and the service may or may not do, and the document it comes from: "receptionists can't give
# medical advice", "the branch can't do it", "the repair is chargeable under clause 9".
SERVICE_LIMITS: tuple[str, ...] = (
    r"(?:receptionists|staff|engineers|drivers|doctors|nurses|agents|advisers|advisors|couriers|technicians|"
    r"pharmacists|cashiers|officers|branches|stores|shops|(?:the|our) (?:doctor|doctors|surgery|system|branch|"
    r"store|shop|office|team|engineers?|drivers?|couriers?|depot|pharmacy|school|council|bank|landlord)) "
    r"(?:can't|cannot|can not|aren't allowed to|are not allowed to|isn't allowed to|aren't able to|isn't able to|"
    r"don't|do not|doesn't|does not|never|only|must|have to|has to|need to|needs to)(?: <W>)? (?:give|enter|"
    r"take|accept|issue|do|leave|collect|change|discuss|release|process|book|see|sign|carry|handle|override|"
    r"refund|deliver|park|prescribe|diagnose|share|store|keep|open|close|waive|remove)",
    r"(?:under|per|in line with|according to|as set out in) (?:the |your |our )?(?:<W> )?(?:tenancy|lease|"
    r"licence|license|scheme|tariff|clause|section|terms)(?: \d+)?",
)
