"""Presentation mode: the current step full screen for a hall, with a lock, a timer and no dialogs.

The pieces, each with one job: ``controller`` (F5 in and out, which screen shows what),
``look`` (scaled type and the high-contrast theme over any page), ``chrome`` (the editing
controls a page hides while presented), ``navigation`` (what a clicker's keys move to),
``lock`` (the facilitator lock), ``countdown`` (the exercise timer), ``message_bar``
(questions and problems in the page instead of dialogs), ``audience_window`` (the clean
view on a second screen), ``screens`` (which screen that is), ``overlay`` (keeping the
timer, the badge and the bar in their places), ``badge`` and ``preferences``. Only the
controller, its preferences and the screen choice load with the main window; the rest
loads when a presentation first needs it.
"""
