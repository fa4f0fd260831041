"""Everything around the engine: YAML with line numbers, content loading, the MkDocs hooks, HTML and assets."""
