"""The actor knowledge base and the gazetteer: builders (run once, output shipped) and loaders."""
