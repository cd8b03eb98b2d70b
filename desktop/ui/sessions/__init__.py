"""Sessions list, roundtable editor and the shared editor base."""
