"""Text utilities shared by every stage that reads page text."""
