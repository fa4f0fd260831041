"""Key words of the cue patterns: the targets of typo correction."""

from __future__ import annotations

__all__ = ["KEYWORDS"]

# Words of five letters or more whose misspelling would hide a behaviour. Short words are left
# alone: at edit distance one they collide with too many real words.
KEYWORDS: frozenset[str] = frozenset("""
sorry apologise apologised apologising apologies apology unfortunately afraid regret
understand understandable understanding understood appreciate imagine frustrating frustrated
frustration annoying annoyed upsetting stressful stressed disappointing disappointed
inconvenience inconvenient worrying worried concerned concern difficult awful terrible horrible
nightmare unacceptable absolutely completely totally really genuinely totally certainly
definitely probably possibly perhaps maybe hopefully honestly actually basically obviously
clearly seriously exactly literally mistake mistakes error errors fault responsibility wrong
refund refunded refunds replacement replace replaced exchange credit voucher discount
compensation options option either alternatively alternative prefer rather choose choice
choices whichever another instead otherwise supervisor supervisors manager managers escalate
escalated escalating escalation colleague senior specialist department transfer transferred
complaint complaints policy policies terms conditions allowed permitted unable process
processed processing arrange arranged booking confirm confirmation immediately tomorrow today
tonight morning afternoon evening within minutes hours personally straight language swearing
swear abusive abuse shouting respect respectful disconnect terminate continue tolerate accept
acceptable listening listen already explained explain ridiculous whatever calm settle relax
should could would might guess suppose believe think certain sure guarantee promise excuse
pardon repeat again catch clarify check understand correct right thank thanks patience
situation experience account order delivery payment charged charge twice address number
expect expected deserve entitled guarantee warranty eligible receipt return returns deadline
investigate contact email phone message details information cancel cancelled booked schedule
engineer technician courier parcel package arrive arrived received receive missing damaged
broken faulty unreasonable overreacting attitude nothing anything something everything
someone somebody everyone anyone because though although however support problem problems
issue issues sorted resolve resolved ticket reference review follow update updated team leader down
""".split())
