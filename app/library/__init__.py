"""The template library: template files and their front matter, the user's own files, the fields a
template uses, and importing and exporting shared templates.
"""
