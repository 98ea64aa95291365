"""Arabic language knowledge as pure functions and tables. Imports nothing else from marsad."""
