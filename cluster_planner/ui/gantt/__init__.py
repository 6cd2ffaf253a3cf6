"""The timeline (Gantt chart): a scene of thin items over the plan, and the view around it."""
