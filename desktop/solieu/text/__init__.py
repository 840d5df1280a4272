"""Loading article files into text that every offset refers to, and sentences."""

from solieu.text.load import TextLoadError, load_document, read_text
from solieu.text.sentences import Sentence, sentence_at, split_sentences

__all__ = [
    "Sentence",
    "TextLoadError",
    "load_document",
    "read_text",
    "sentence_at",
    "split_sentences",
]
