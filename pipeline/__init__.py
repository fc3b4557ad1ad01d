"""Japanese documents in, clean linked tables out.

Stages: ``ingest`` (decode, repair, normalise) → ``segment`` (fugashi tokens,
sentences) → ``extract`` (dates, article references, names, citations as spaCy
components) → ``export`` (Parquet, CSV, Data Package; atomic publish).
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from pipeline.api import Pipeline

__version__ = "0.1.0"


def load(*args: Any, **kwargs: Any) -> "Pipeline":
    """``nlp = pipeline.load(); doc = nlp(text)``: see ``pipeline.api.load`` (imported lazily: spaCy is heavy)."""
    from pipeline.api import load as _load

    return _load(*args, **kwargs)


def process(*args: Any, **kwargs: Any) -> "dict[str, pd.DataFrame]":
    """``pipeline.process(paths)`` -> tables as pandas DataFrames: see ``pipeline.api.process``."""
    from pipeline.api import process as _process

    return _process(*args, **kwargs)
