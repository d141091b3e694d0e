"""Who says what, and who stands where, in French news articles.

>>> import analysis
>>> result = analysis.analyze()  # the sample article
>>> result.actors.loc[result.actors["type"] == "person", "actor"].iloc[0]
'Antony Blinken'
"""

__version__ = "0.1.0"

from .core import analyze, analyze_articles
from .corpus import analyze_corpus, write_corpus
from .errors import AnalysisError
from .loading import Article, corpus_files, load_article, load_articles
from .paths import sample_article_path, wikinews_dir
from .tables import SCHEMA, Analysis, describe

__all__ = [
    "SCHEMA",
    "Analysis",
    "AnalysisError",
    "Article",
    "analyze",
    "analyze_articles",
    "analyze_corpus",
    "corpus_files",
    "describe",
    "load_article",
    "load_articles",
    "sample_article_path",
    "wikinews_dir",
    "write_corpus",
]
