"""Who says what, and who stands where, in French news articles.

>>> import analysis
>>> result = analysis.analyze()  # the sample article
>>> result.actors.loc[result.actors["type"] == "person", "actor"].iloc[0]
'Antony Blinken'
"""

from .core import analyze, analyze_articles
from .errors import AnalysisError
from .loading import Article, load_article, load_articles
from .paths import sample_article_path, wikinews_dir
from .tables import SCHEMA, Analysis, describe

__version__ = "0.1.0"
__all__ = [
    "SCHEMA",
    "Analysis",
    "AnalysisError",
    "Article",
    "analyze",
    "analyze_articles",
    "describe",
    "load_article",
    "load_articles",
    "sample_article_path",
    "wikinews_dir",
]
