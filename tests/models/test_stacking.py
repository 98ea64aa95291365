from collections import Counter

from marsad.models.stacking import stacked_features, window_memory


def test_window_memory_counts_neighbouring_sentences_only() -> None:
    keys = [["شومسكي", "قال"], ["x"], ["y"], ["شومسكي"]]
    labels = [["B-PER", "O"], ["O"], ["O"], ["O"]]
    memory = window_memory(keys, labels, window=1)
    assert memory[0][("شومسكي", "PER")] == 1
    assert memory[1][("شومسكي", "PER")] == 1
    assert memory[2][("شومسكي", "PER")] == 0  # sentence 0 is two sentences away
    assert memory[3][("شومسكي", "PER")] == 0


def test_stacked_features_exclude_the_token_itself() -> None:
    memory = Counter({("شومسكي", "PER"): 1})
    alone = stacked_features([["bias"]], ["شومسكي"], ["B-PER"], memory)[0]
    assert "s1=B-PER" in alone and "doc=PER" not in alone
    elsewhere = stacked_features([["bias"]], ["شومسكي"], ["O"], memory)[0]
    assert "doc=PER" in elsewhere
