"""Errors a user can cause, each with a message fit to print on one line.

The command line prints ``str(error)`` and exits with status 2; the API raises.

>>> from analysis.errors import AnalysisError, EmptyArticleError
>>> issubclass(EmptyArticleError, AnalysisError)
True
"""

from __future__ import annotations


class AnalysisError(Exception):
    """Base class of every error caused by the input, an option or a resource."""


class ArticleNotFoundError(AnalysisError, FileNotFoundError):
    """A path given as input does not exist."""


class EmptyArticleError(AnalysisError, ValueError):
    """An input holds no text (empty, or only whitespace or markup)."""


class BinaryFileError(AnalysisError, ValueError):
    """An input is a binary file (an image, a PDF, an archive...), not text."""


class EncodingError(AnalysisError, UnicodeError):
    """An input's bytes cannot be decoded as text in any known encoding."""


class UnsupportedFormatError(AnalysisError, ValueError):
    """An input is in a format the loader does not read, or is malformed."""


class NoArticlesError(AnalysisError, ValueError):
    """A folder or a file holds no article the loader can read."""


class DuplicateArticleError(AnalysisError, ValueError):
    """Two articles of one run have the same id, so their rows could not be told apart."""


class InputTooLargeError(AnalysisError, ValueError):
    """An input is larger than the size limit (``ANALYSIS_MAX_BYTES``)."""


class ResourceError(AnalysisError, ValueError):
    """A resource file (aliases, lexicon, codebook...) is missing or malformed."""


class ModelNotFoundError(AnalysisError, OSError):
    """The spaCy model is not installed."""


class OutputError(AnalysisError, OSError):
    """An output path cannot be written."""


class AgreementError(AnalysisError, ValueError):
    """Agreement cannot be computed: the codings hold fewer than two different values."""


class NotebookError(AnalysisError, RuntimeError):
    """A notebook run failed: a cell raised an exception."""


class AnalysisWarning(UserWarning):
    """Base class of the warnings the command line shows as one ``warning:`` line."""


class DecodingWarning(AnalysisWarning):
    """A file was not UTF-8 and was decoded with a detected encoding."""


class LanguageWarning(AnalysisWarning):
    """An article does not look French; it is analysed anyway, its language recorded."""
