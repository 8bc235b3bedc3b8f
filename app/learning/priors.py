"""What the model believes before the user's own history says anything, from published
figures (docs/recommendations.md gives the sources):

- Acceptance of connection requests: 28.5% on average (Expandi, 2026).
- A note makes about no difference to acceptance: 26.4% with and without, over 16,492
  requests (Botdog), so both start from the same figure.
- After acceptance, a note nearly doubles replies: 9.4% with one against 5.4% without,
  over 20 million attempts.

Each figure counts as PRIOR_SENDS invitations of the user's own: published averages mix
every kind of sender, so a few weeks of the user's sends should outweigh them.
"""

from __future__ import annotations

ACCEPTANCE = 0.285
REPLY_WITH_NOTE = 0.094
REPLY_WITHOUT_NOTE = 0.054
PRIOR_SENDS = 20.0


def acceptance_prior(note: bool) -> float:
    return ACCEPTANCE


def reply_prior(note: bool) -> float:
    return REPLY_WITH_NOTE if note else REPLY_WITHOUT_NOTE
