"""Entry point for ``python -m cluster_planner``."""

from cluster_planner.app import main

raise SystemExit(main())
