"""Batch runs at scale: a run lock, per-document result cache, incremental refresh, parallel engines.

``work`` processes one document (ingest, segment, extract) into a ``DocResult``;
``cache`` keeps those results under ``OUT/.cache`` keyed by everything that can
change them; ``engines`` spreads documents over processes or a Dask cluster;
``writer`` streams the cached results into the release in row groups.
"""
