"""Japanese documents in, clean linked tables out.

Stages: ``ingest`` (decode, repair, normalise) → ``segment`` (fugashi tokens,
sentences) → ``extract`` (dates, article references, names, citations as spaCy
components) → ``export`` (Parquet, CSV, Data Package; atomic publish).
"""

__version__ = "0.1.0"
