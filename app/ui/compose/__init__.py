"""The Compose page: the composer, the template picker, the message with its findings, and the
grammar runner.
"""
