"""The people around the user: the contact directory, groups, places, incoming requests and their
triage, the inbox, keeping in touch and the network review.
"""
