"""Cluster Planner: vision building and action planning for industrial clusters."""

__version__ = "0.1.0"
