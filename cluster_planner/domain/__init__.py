"""The vocabulary of the plan: entities, enums and pure rules. No Qt, no database."""
