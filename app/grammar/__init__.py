"""Grammar and spelling through a LanguageTool server that Rapport supervises itself."""
