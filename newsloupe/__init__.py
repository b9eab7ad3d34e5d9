"""newsloupe: read news the way a fact-checker does.

>>> import newsloupe
>>> analysis = newsloupe.analyze("article.txt")      # or text=..., html=..., a URL
>>> for outcome in newsloupe.analyze_many(["corpus/"]):
...     print(outcome.source, outcome.ok)
"""

from newsloupe.errors import BadInput, NewsloupeError, NotFound
from newsloupe.model import SCHEMA_VERSION, Analysis, Article
from newsloupe.pipeline import Outcome, analyze, analyze_article, analyze_many

__version__ = "0.1.0"
__all__ = [
    "SCHEMA_VERSION",
    "Analysis",
    "Article",
    "BadInput",
    "NewsloupeError",
    "NotFound",
    "Outcome",
    "__version__",
    "analyze",
    "analyze_article",
    "analyze_many",
]
