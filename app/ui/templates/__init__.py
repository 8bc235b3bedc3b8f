"""The template editor and the Templates menu: editing, previewing, importing and exporting
templates.
"""
