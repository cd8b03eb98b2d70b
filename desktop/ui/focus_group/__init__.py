"""The focus-group editor: session header, seated participants and the speaker-turn transcript."""
