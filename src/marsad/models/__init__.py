"""The NER model: gazetteers, features, the CRF tagger, training and evaluation."""
