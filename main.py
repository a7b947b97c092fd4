"""`python main.py` is the same program as the `dpo-desk` command."""

from dpo_desk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
