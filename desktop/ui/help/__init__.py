"""Help inside the app: one HTML file per topic per language, shown in a QTextBrowser (F1)."""
