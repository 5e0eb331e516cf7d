"""Collect the OpenFisca YAML tests of the model as ordinary pytest items.

The YAML tests live in src/werkzorg/model/tests/. OpenFisca's own runner (`openfisca test`) reads the same files;
collecting them here lets one `pytest` run (and so `make test`) execute everything.
"""

from pathlib import Path

from openfisca_core.tools.test_runner import YamlFile

YAML_TESTS = Path(__file__).parent / "src" / "werkzorg" / "model" / "tests"


def pytest_collect_file(parent, file_path):
    if file_path.suffix in {".yaml", ".yml"} and YAML_TESTS in file_path.parents:
        from werkzorg.model import tax_benefit_system

        return YamlFile.from_parent(parent, path=file_path, tax_benefit_system=tax_benefit_system(), options={})
    return None
