"""The Network page: connections to review and the network at a glance."""
