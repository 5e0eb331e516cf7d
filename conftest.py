"""Collect the OpenFisca YAML tests of the model as ordinary pytest items.

The YAML tests live in src/werkzorg/model/tests/. OpenFisca's own runner (`openfisca test`) reads the same files;
collecting them here lets one `pytest` run (and so `make test`) execute everything. Items are named after the
test's `name`, so `pytest -k zorgtoeslag` selects them and failures say which case failed.
"""

from pathlib import Path

import yaml
from openfisca_core.tools.test_runner import YamlFile, YamlItem

YAML_TESTS = Path(__file__).parent / "src" / "werkzorg" / "model" / "tests"


class NamedYamlFile(YamlFile):
    def collect(self):
        tests = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        for index, test in enumerate(tests if isinstance(tests, list) else [tests]):
            yield YamlItem.from_parent(
                self,
                name=f"{index + 1}: {test.get('name', '')}",
                baseline_tax_benefit_system=self.tax_benefit_system,
                test=test,
                options=self.options,
            )


def pytest_collect_file(parent, file_path):
    if file_path.suffix in {".yaml", ".yml"} and YAML_TESTS in file_path.parents:
        from werkzorg.model import tax_benefit_system

        return NamedYamlFile.from_parent(parent, path=file_path, tax_benefit_system=tax_benefit_system(), options={})
    return None
