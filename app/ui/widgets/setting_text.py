"""The names of the settings as the window shows them, in the user's language.

The core names settings in English (`app.settings.LABELS`) for the command line and its
error messages; the settings dialog's labels and accessible names use these instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def setting_label(key: str) -> str:
    """ "Your name", "Ihr Name"…, for a key of the core's `LABELS`."""
    labels = {
        "my_name": QCoreApplication.translate("SettingText", "Your name"),
        "my_location": QCoreApplication.translate("SettingText", "Your location"),
        "linkedin_account": QCoreApplication.translate("SettingText", "LinkedIn account type"),
        "note_quota_per_month": QCoreApplication.translate(
            "SettingText", "Personalised notes per month"
        ),
        "pending_days": QCoreApplication.translate(
            "SettingText", "Days an invitation stays pending"
        ),
        "grammar_mode": QCoreApplication.translate("SettingText", "Grammar checking"),
        "grammar_language": QCoreApplication.translate("SettingText", "Grammar language"),
        "grammar_url": QCoreApplication.translate("SettingText", "Grammar server address"),
        "grammar_server_username": QCoreApplication.translate(
            "SettingText", "Grammar server username"
        ),
        "grammar_username": QCoreApplication.translate(
            "SettingText", "LanguageTool Premium username"
        ),
        "grammar_download": QCoreApplication.translate(
            "SettingText", "Download LanguageTool when it is not installed"
        ),
        "grammar_idle_minutes": QCoreApplication.translate(
            "SettingText", "Minutes the grammar server runs unused"
        ),
        "known_groups": QCoreApplication.translate("SettingText", "Groups of people you know"),
        "known_strength": QCoreApplication.translate(
            "SettingText", "Strength that counts as known"
        ),
        "recruiter_words": QCoreApplication.translate(
            "SettingText", "Words in a recruiter's title"
        ),
        "offer_coffee": QCoreApplication.translate(
            "SettingText", "Offer a coffee to nearby strangers"
        ),
        "my_language": QCoreApplication.translate("SettingText", "Your language"),
        "default_register": QCoreApplication.translate("SettingText", "Formal or informal address"),
        "window_language": QCoreApplication.translate("SettingText", "Window language"),
    }
    return labels[key]
