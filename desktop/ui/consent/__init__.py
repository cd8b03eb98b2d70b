"""The consent page: forms, records, withdrawal, printouts."""
