"""Recommendations, their evidence, outreach and the network: the advocacy record."""
