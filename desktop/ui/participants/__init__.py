"""The Participants page: every participant by pseudonym, with demographics and consent status."""
