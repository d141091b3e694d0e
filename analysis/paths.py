"""Where the project's data lives: one place for every path.

>>> from analysis.paths import sample_article_path
>>> sample_article_path().name
'blinken_lavrov_g20_fr.txt'
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
RESOURCE_DIR = PACKAGE_DIR / "resources"
#: The project's ``data/`` folder (override with the ANALYSIS_DATA environment variable).
DATA_DIR = Path(os.environ.get("ANALYSIS_DATA", PACKAGE_DIR.parent / "data"))
SAMPLE_ARTICLE = "seed/blinken_lavrov_g20_fr.txt"
WIKINEWS_DIR = "wikinews_fr_2012"


def sample_article_path() -> Path:
    """The sample article, the default input of every command and notebook."""
    return DATA_DIR / SAMPLE_ARTICLE


def wikinews_dir() -> Path:
    """The folder of the 80 French Wikinews articles with reference keyphrases."""
    return DATA_DIR / WIKINEWS_DIR
