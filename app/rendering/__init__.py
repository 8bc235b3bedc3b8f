"""Turning a template and a contact into a message: the sandbox, its limits and filters, and the
worker process that renders templates Rapport does not trust.
"""
