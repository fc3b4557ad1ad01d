"""The names package: its step modules stay reachable by name, never import the entry, and find their data."""

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import pipeline.extractors.names as names

STEPS = sorted(info.name for info in pkgutil.iter_modules(names.__path__))


def test_the_package_holds_its_steps():
    assert {"model", "gazetteer", "vocab", "filters", "resolve"} <= set(STEPS)


@pytest.mark.parametrize("step", STEPS)
def test_a_step_name_on_the_package_is_the_step_module(step):
    """``from pipeline.extractors.names import gazetteer`` (and a mock.patch target through it) must reach the
    module: the entry may not bind a function of the same name over it."""
    module = importlib.import_module(f"pipeline.extractors.names.{step}")
    assert getattr(names, step) is module


@pytest.mark.parametrize("step", STEPS)
def test_a_step_never_imports_the_entry_module(step):
    """The entry imports its steps; a step importing it back would be a cycle."""
    tree = ast.parse((Path(names.__file__).parent / f"{step}.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    assert "pipeline.extractors.names" not in imported


def test_data_paths_point_into_pipeline_data():
    from pipeline.extractors.names import gazetteer, model

    assert (gazetteer.DATA / "names_curated.tsv").is_file()
    assert model.MODEL_DIR.parent == gazetteer.DATA and model.MODEL_DIR.name == "names_ner"
