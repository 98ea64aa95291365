"""Scorers that compare marsad's output with gold annotations."""
