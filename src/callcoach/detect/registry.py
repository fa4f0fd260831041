"""The cue sets scanned in one pass over every reply."""

from __future__ import annotations

from callcoach.detect import cues_care as care
from callcoach.detect import cues_general as gen
from callcoach.detect import cues_harm as harm
from callcoach.detect import cues_moves as moves
from callcoach.detect import cues_options as opt
from callcoach.detect import cues_rules as rules
from callcoach.detect import cues_talkdown as talkdown
from callcoach.detect import cues_terms as terms

__all__ = ["SCANNED"]

# Every cue set a detector looks for anywhere in the text (the helper patterns that only test one
# sentence at a time are compiled where they are used).
SCANNED: tuple[tuple[str, ...], ...] = (
    care.ACKNOWLEDGE, care.ACKNOWLEDGE_FIXED, care.ACKNOWLEDGE_SITUATION, care.EVALUATION, care.APOLOGY,
    care.APOLOGY_FIXED, care.PSEUDO_APOLOGY, care.PSEUDO_BLAME, care.RESTATE, care.PARDON,
    harm.BLAME, harm.BLAME_FIXED, harm.ANTAGONIZE, harm.ANTAGONIZE_FIXED, harm.SARCASM, harm.HEDGE_STRONG,
    harm.HEDGE_WEAK, opt.OPTIONS, opt.OPTIONS_WEAK, opt.OPTION_OFFER_OR, opt.COMMIT, opt.COMMIT_PASSIVE,
    opt.COMMIT_TIMED, rules.POLICY, rules.POLICY_NEGATABLE, rules.RULE_GENERIC, rules.ESCALATE, rules.BOUNDARY,
    rules.END_CALLS, rules.END_CALLS_NEGATIVE, moves.JABS, moves.DEFLECTS, moves.DEFLECT_FIXED,
    moves.HAND_ON, moves.REQUIREMENT, moves.ROLE_MENTION, gen.COMBATIVE, gen.BLAME_THIRD, gen.BLAME_THIRD_SOFT,
    gen.BLAME_CONSEQUENCE, gen.POLICY_MORE, gen.ESCALATE_MORE, talkdown.TALK_DOWN, terms.SERVICE_HOURS,
    terms.SERVICE_CYCLE, terms.SERVICE_FEE, terms.SERVICE_LIMITS,
)
