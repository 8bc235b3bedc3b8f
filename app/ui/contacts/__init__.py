"""The contact list and the contact form."""
