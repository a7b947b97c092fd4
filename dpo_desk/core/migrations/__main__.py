"""`python -m dpo_desk.core.migrations`: regenerate schema-N.json from the migrations."""

from dpo_desk.core.migrations import write_schema_files

for path in write_schema_files():
    print(path)
