"""Learning what works from the user's own history: a Qt-free model of acceptance and
replies per approach and segment, and the recommendations drawn from it
(docs/recommendations.md explains the model and its sources)."""

from app.learning.history import Approach, Counts, History, read_history
from app.learning.recommend import Ranked, Recommendation, recommend
from app.learning.service import recommend_for

__all__ = [
    "Approach",
    "Counts",
    "History",
    "Ranked",
    "Recommendation",
    "read_history",
    "recommend",
    "recommend_for",
]
