"""Languages, digits, Babel formatting and Arabic/Kurdish text normalisation (no Qt).

Import the submodules directly (``desktop.i18n.formatting`` ...): this package stays
empty so that importing it costs nothing at start-up.
"""
