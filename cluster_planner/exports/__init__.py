"""Roadmap writers (Word, PDF, …): a plan snapshot in, a file out. No Qt."""
