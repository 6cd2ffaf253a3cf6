"""The Qt user interface: main window, workshop pages, item models and dialogs."""
