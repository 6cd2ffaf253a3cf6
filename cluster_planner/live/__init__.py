"""Live participation from the hall: a small web server on the local network. No Qt.

Phones open a page the app serves (every script, style and picture from here, no
external asset), join with the session's 4-digit code, and add SWOT ideas, place
their dots in a voting round or vote on vision drafts. ``server`` runs the HTTP
server (Starlette on uvicorn) in a background thread; ``state`` is what the phones
may see, ``changes`` what they may send; ``tokens`` signs device ids; ``limits``
keeps any one phone or address from flooding the facilitator's laptop. Nothing here
is imported at start-up: the app loads it when live participation is turned on.
"""
