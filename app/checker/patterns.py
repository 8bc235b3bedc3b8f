"""The small grammar the checker reads messages with.

Every pattern runs over `Analysis.flat`: the words lower-cased, contractions spelt out
("i'd" -> "i would") and joined by single spaces. They describe how people write about a
shared moment, an offer or themselves, not what they write about, so they hold for any
trade or topic.
"""

from __future__ import annotations

import re

_IRREGULAR_PAST = (
    "met|sat|saw|gave|told|said|spoke|wrote|ran|built|found|made|took|taught|showed|shown|led"
    "|brought|bought|got|had|were|did|went|came|heard|read|won|drove|flew|left|held|began|kept"
    "|knew|lent|lost|paid|put|rode|sold|spent|stood|threw|understood|wore|caught|chose|drew"
    "|fell|felt|grew|hung|hid|laid|meant|rang|sang|shot|shut|slept|swam"
)
# Past tenses that describe the invitation itself, not a moment, and participles that
# work as adjectives ("are you interested").
_EMPTY_PAST = (
    "connected|accepted|added|linked|followed|liked|viewed|visited|reached|sent|joined"
    "|requested|invited|noticed|seemed|wanted|needed|been|got|posted|endorsed|interested"
    "|excited|based|located|qualified|experienced|skilled|talented|motivated|dedicated"
    "|focused|involved|pleased|thrilled|delighted|inspired|engaged|continued"
)
PAST = rf"(?:(?!(?:{_EMPTY_PAST})\b)(?![a-z]*eed\b)[a-z]+ed|{_IRREGULAR_PAST})"
PAST_WORD = re.compile(PAST)
# Perfect tenses ("we've helped 200 teams") are left out on purpose: that is how pitches
# talk, while shared moments are told in the simple past ("we met", "you showed me").
_FILLER = (
    r"(?:(?:both|all|just|briefly|first|once|actually|finally|also|already|really"
    r"|recently|then|even) ){0,2}"
)
# "could you put", "did you read", "in case you missed": a question, a wish or a
# supposition, not something that happened.
_ASKING = "are were did do could would can will should to if whether case"
_NOT_A_QUESTION = "".join(rf"(?<!\b{word} )" for word in re.findall(r"\w+", _ASKING))
# What two people do together; "we" with other verbs is usually the writer's company
# ("we launched", "we grew").
_TOGETHER = (
    r"(?:met|talked|spoke|chatted|discussed|shared|sat|worked|studied|played|ran|bumped"
    r"|crossed|exchanged|collaborated|were|had|went|stood|walked|swapped|argued|debated"
    r"|presented|hiked|cycled|trained|volunteered)"
)

# Each pattern starts with a plain word so that the look-behinds run only where it matches,
# and one word boundary before all the alternatives: tried once per position, not once per
# alternative (three times faster on a long draft).
SHARED = re.compile(
    r"\b(?:(?=you )" + _NOT_A_QUESTION + r"you " + _FILLER + PAST + r"\b"
    r"|(?=we )" + _NOT_A_QUESTION + r"we " + _FILLER + _TOGETHER + r"\b"
    r"|(?:met|meeting|seeing|saw|spoke|speaking|talking|chatting|working|worked)"
    r" (?:with |to )?you (?:at|in|on|during|after|last|yesterday|earlier|this|over)\b"
    r"|(?:after|since|during|following) our\b"
    # "good chatting about dry-stone walls at the Malham show"
    r"|(?:good|great|nice|lovely|fun) (?:chatting|talking|speaking|catching up)"
    r"(?: with you)? (?:about|at|on|over|during|after)\b"
    r"|i was the\b(?: [a-z0-9']+){1,6} who\b"
    # "I was the one asking about lambing", "I am the one who parked behind you"
    r"|i (?:was|am) the (?:one|person|man|woman|guy|girl|lad|lady|chap) (?:who|[a-z]+ing)\b"
    # "it was me asking about the sensors after your talk"
    r"|(?:it|that) was me\b"
    r"|(?<!linkedin )(?:introduced|referred|recommended|suggested|pointed) (?:me|us|i|we)\b)"
)
# Doing something with the reader, told with where or when: "good working next to you on
# the night shift", "great debating tariffs with you on the panel". It counts only when
# what follows names a detail other than a day (links.py): "great to meet you at the
# event last week" is what every attendee is sent.
TOGETHER_AT = re.compile(
    r"\b(?:good|great|nice|lovely|fun|pleasure|glad|brilliant) (?:to meet|to see"
    r"|(?!connecting|networking|linking|being|getting)[a-z]+ing)"
    r" (?:[a-z0-9'-]+ ){0,4}?(?:with |next to |alongside |beside |against )?you"
    r"(?= (?:at|in|on|by|over|during|after|about)\b)"
)
# The writer's own terms: "I'd only consider it if it's based in Brno", "I can't take on
# deals while I'm on leave", "unless it starts after July". Not an indirect question ("let
# me know if", "see if"). It counts where its sentence names a detail (links.py).
TERMS = re.compile(
    r"\b(?<!know )(?<!see )(?<!check )(?<!wonder )(?<!ask )"
    r"(?:if|unless|as long as|provided|while i am|until)\b"
)
# Something of theirs that did something for the writer, or still does: "your map of the
# night bus routes got me home", "your tip on superheat saved our week", "your postmortem
# is now our on-call reading". About their profile, post or work ("your recent post about
# leadership inspired me and made me think") it is flattery, not a thing the writer used.
_FLATTERED = (
    "profile|work|background|experience|journey|content|page|career|expertise|passion"
    "|story|company|business|network|achievements|accomplishments|success|dedication"
    "|leadership|post|posts|energy|insights|spirit|vision|mindset|drive|commitment|attitude"
)
# What a profile shows anyone: "your profile in People You May Know" points at nothing the
# writer and the reader share.
PROFILE_WORDS = frozenset({"profile", "background", "career", "journey", "experience", "page"})
# What is said of anyone's profile, and the praise and wishes LinkedIn prompts for, are no
# detail of theirs: "your dedication", "I admire", "a wonderful milestone", "Wishing you".
PRAISE_WORDS = frozenset(_FLATTERED.split("|")) | {
    "admire",
    "admiring",
    "wishing",
    "milestone",
    "anniversary",
    "congratulations",
}
_DID_FOR_ME = (
    rf"(?:{PAST} (?:me|us|our|my)|(?:is|are) (?:now|still)|(?:worked|helped|paid off)(?! [a-z]))\b"
)
# "your tip ...", or "the spreadsheet you sent ...": a thing they made or gave.
_THEIR_THING = r"(?:your|the (?:[a-z0-9'-]+ ){1,3}you [a-z]+)"
# The thing is one noun phrase: a pronoun, verb or conjunction starts another clause ("your
# inbox in case you missed my last note").
CLAUSE_WORDS = (
    "and|but|or|so|because|since|while|when|if|though|which|who|that|is|are|was|were|be"
    "|been|am|has|have|had|will|would|could|can|should|may|might|must|do|does|did|i|you"
    "|we|they|he|she|it|me|us|them"
)
THEIRS_DID = re.compile(
    rf"\b{_THEIR_THING} (?:(?!(?:{_FLATTERED}|{CLAUSE_WORDS})\b)[a-z0-9'-]+ ){{0,8}}?" + _DID_FOR_ME
)
# Someone else's doing, told first hand: "she asked about it at the meetup".
STORY = re.compile(
    r"\b(?=he |she |they )" + _NOT_A_QUESTION + r"(?:he|she|they) " + _FILLER + PAST + r"\b"
)
# Answering what they wrote: "thanks for the note about my drilling-logs thread".
REPLY = re.compile(
    r"\bthanks? (?:you )?(?:so much |a lot )?for (?:the|your) "
    r"(?:note|message|comment|comments|question|questions|email|kind words|words)"
    r" (?:about|on|regarding)\b"
)
# Thanks for something in particular: "thanks for the spare carabiner at Saturday's comp".
THANKS = re.compile(r"\b(?:thanks?|thank you) (?:you )?(?:so much |again |a lot )?for\b")
OFFER = re.compile(
    r"\b(?:(?:i will|i can|i would be (?:happy|glad) to|happy to|glad to|let me|want me to"
    r"|shall i|should i|may i|can i|could i|would (?:like|love) to) (?:gladly )?"
    # "show you how we ..." is a demo, not a favour.
    r"(?:send|share|introduce|intro|forward|bring|show|lend|pass|put you in touch)\b"
    r"(?! you how)"
    r"|(?:here is|attached|as promised)\b"
    r"|would an? (?:intro|introduction) help\b"
    r"|(?:come find me|find me at|say hello there|my treat|it is on me)\b"
    # A decline that points to where the writer's work can be followed.
    r"|(?:is|are) on my (?:profile|page|company page|blog|website|site|channel)\b)"
)
# The writer describing their own trade: the details that follow are about the writer,
# not the reader ("I'm a recruiter at Hays in Manchester", "our platform helps ...").
SELF_TALK = re.compile(
    r"\b(?:i am (?:a|an)|i work as|i run|i own|i lead|i manage|i help|i offer|i provide"
    r"|i sell|i coach|i specialise|i specialize|we help|we offer|we provide|we sell|we build"
    r"|we partner|we work with|we specialise|we specialize"
    r"|our (?:team|company|firm|platform|agency|product|products|solution|solutions|tool"
    r"|software|service|services|startup|app|suite|offering|clients|customers))\b"
    # "at Hays we ...", but not "at SaaStr changed how we ...": no verb or clause between.
    r"|\bat(?= (?:(?!(?:how|what|when|where|why|that|which|who|and|but|so|[a-z]+ed) )"
    r"[a-z0-9&.-]+ ){1,3}we\b)"
)
# Family comes up when people know each other ("my mother still talks about that ad",
# "our kids are in the same swim club"), almost never in a mass mailing.
KIN = re.compile(
    r"\b(?:my|your|our|his|her) (?:mother|mum|mom|father|dad|parents|sister|brother|son"
    r"|daughter|wife|husband|grandmother|grandma|grandfather|grandpa|cousin|aunt|uncle"
    r"|niece|nephew|kids|kid|children|twins)\b"
)
