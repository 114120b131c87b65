"""Word families: the forms in which customers write the words triage listens for.

Pure data and two small functions. A trigger phrase written with one form of a word matches
every form of its family: "cancel our contract" also fires on "cancelled our contract",
"canceling the contract" and the typo "cancle our contract"; "unauthorized" on "unauthorised".
The matcher widens each whole word of a pattern into an alternation of its family
(`expand_pattern`): the pattern's language only grows, so whatever it matched before, it
still matches. Words not listed here match as written.

One family per line, the base form first: its inflections, British and American spellings
and the typos seen in real tickets. Keep families to one word's forms; a derived word with
another meaning ("cancellation" next to "cancel") is a family of its own.
"""

from __future__ import annotations

import functools
import re

_FAMILIES = """
access accesses accessed accessing acess
account accounts acount acounts accout
affect affects affected affecting
answer answers answered answering
ask asks asked asking
apologise apologize apologises apologizes apologised apologized
attorney attorneys attorny attourney
authenticate authenticates authenticated authenticating
authentication authentification authetication
authorise authorize authorises authorizes authorised authorized
unauthorised unauthorized unautorized unauthorzied unathorized
available availible avaliable
unavailable unavailible unavaliable
breach breaches breached breaching breech
break breaks broke broken breaking
business businesses buisness
can't cant cannot
couldn't couldnt
don't dont
doesn't doesnt
didn't didnt
haven't havent
hasn't hasnt
isn't isnt
aren't arent
wasn't wasnt
won't wont
cancel cancels cancelled canceled cancelling canceling cancle cancell
cancellation cancellations cancelation cancelations cancelllation
charge charges charged charging
chargeback chargebacks charge-back charge-backs
colleague colleagues collegue collegues
company companies compnay
competitor competitors competetor competetors competitior compeditor
complain complains complained complaining
complaint complaints complant
compromise compromises compromised compromising
contract contracts contarct
corrupt corrupts corrupted corrupting
credential credentials credentails
customer customers cusomer cusomers costumer costumers
damage damages damaged
database databases databse
delete deletes deleted deleting
disappear disappears disappeared disappearing dissapear dissapeared disapeared
disappoint disappoints disappointed disappointing dissapointed disapointed
dispute disputes disputed disputing
employee employees employe
erase erases erased erasing
escalate escalates escalated escalating
exception exceptions
expose exposes exposed exposing
fail fails failed failing
file files filed filing
frustrate frustrates frustrated frustrating frustated
frustration frustrations
guarantee guarantees guaranteed garantee
hack hacks hacked hacking
immediately immediatly immediatley
incident incidents
invoice invoices invoiced invoicing invoce
lawsuit lawsuits law-suit
lawyer lawyers lawer lawers
leak leaks leaked leaking
licence license licences licenses licenced licensed
lose loses lost losing loose
manager managers manger
migrate migrates migrated migrating
migration migrations
misuse misused
move moves moved moving
notify notifies notified notifying
organisation organization organisations organizations
outage outages outtage outtages outag
pay pays paid paying payed
process processes processed processing proces procesing
payment payments paymnet
phish phishing phished
policy policies polciy
post posts posted posting
recover recovers recovered recovering recoverd
refund refunds refunded refunding
refuse refuses refused refusing
regulator regulators regulater
remove removes removed removing
renew renews renewed renewing
renewal renewals renewel
reply replies replied replying
report reports reported reporting
request requests requested requesting
resolve resolves resolved resolving
respond responds responded responding
response responses responce
restore restores restored restoring
reverse reverses reversed reversing
review reviews reviewed reviewing
ridiculous rediculous ridiculus
security secuirty securty
sign signs signed signing
solicitor solicitors
steal steals stole stolen stealing
subscription subscriptions subcription subscribtion
sue sues sued suing
switch switches switched switching
terminate terminates terminated terminating
threaten threatens threatened threatening
unacceptable unaccepatble unacceptible unexceptable
vanish vanishes vanished vanishing
vendor vendors vender venders
wipe wipes wiped wiping
withhold withholds withheld withholding
work works worked working
write writes wrote written writing
"""


def _families() -> dict[str, frozenset[str]]:
    family_of: dict[str, frozenset[str]] = {}
    for line in _FAMILIES.strip().splitlines():
        members = frozenset(line.split())
        for word in members:
            # A word in two families would make the widening depend on the order of lines.
            if word in family_of:
                raise ValueError(f"{word!r} is in two word families")
            family_of[word] = members
    return family_of


FAMILY_OF = _families()


def family(word: str) -> frozenset[str]:
    """Every form of `word` (lower case), itself included."""
    return FAMILY_OF.get(word, frozenset((word,)))


# A run of letters that is a whole word of the pattern's text: not part of an escape
# (\w, \d, \p{L}, \x41), a group's header ((?:, (?P<name>) or a character class.
_TOKEN = re.compile(
    r"""
      \\[pP]\{[^}]*\}      # \p{Greek}
    | \\x\{[^}]*\}|\\x..   # \x{263a}, \x41
    | \\N\{[^}]*\}         # \N{EM DASH}
    | \\.                  # any other escape
    | \[\^?\]?(?:\\.|[^\]\\])*\]   # a character class, as a whole
    | \(\?P?<[^>]*>        # (?P<name> and (?<name>
    | \(\?P=[^)]*\)        # (?P=name)
    | \(\?[a-zA-Z-]*:?     # (?:  (?i:  (?i)
    | \{\d*,?\d*\}         # {2,5}
    | (?P<word>[a-z]+(?:'[a-z]+)?)
    """,
    re.VERBOSE,
)
_QUANTIFIERS = frozenset("?*+{")


@functools.lru_cache(maxsize=1024)
def expand_pattern(pattern: str) -> str:
    """`pattern` with each whole word of a family widened to an alternation of the family.

    A word directly followed by a quantifier ("lawyers?") is left alone: the quantifier
    belongs to its last letter.
    """
    pieces, last = [], 0
    for token in _TOKEN.finditer(pattern):
        word = token.group("word")
        if word is None or word not in FAMILY_OF:
            continue
        end = token.end()
        if end < len(pattern) and pattern[end] in _QUANTIFIERS:
            continue
        forms = sorted(FAMILY_OF[word], key=lambda w: (-len(w), w))
        pieces.append(pattern[last : token.start()])
        pieces.append("(?:" + "|".join(re.escape(w) for w in forms) + ")")
        last = end
    if not pieces:
        return pattern
    pieces.append(pattern[last:])
    return "".join(pieces)
