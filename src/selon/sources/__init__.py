"""Sources: who the attribution sources are (knowledge base, typing, profile)."""
