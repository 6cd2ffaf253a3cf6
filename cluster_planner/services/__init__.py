"""The façade the UI and the command line talk to: one method per user action. No Qt."""
