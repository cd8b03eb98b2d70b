"""The Sync screen: export and import bundles, devices with their gaps, conflicts to resolve."""
