"""Writing one message: a draft and what it renders to, the gaps it asks to fill, drafts kept on
disk, and the monthly note quota.
"""
