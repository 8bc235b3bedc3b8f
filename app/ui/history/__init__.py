"""The History page: sent messages with their outcomes, statistics and follow-ups."""
