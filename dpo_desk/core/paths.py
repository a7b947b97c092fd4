"""Where things are: the default database and the bundled resources."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "dpo-desk"
DB_FILENAME = "dpo-desk.sqlite3"
DB_ENV = "DPO_DESK_DB"


def default_db_path() -> Path:
    """`DPO_DESK_DB` if set, else the per-user data folder (CONTRACT: Database)."""
    env = os.environ.get(DB_ENV)
    return Path(env).expanduser() if env else user_dir("data") / DB_FILENAME


def user_dir(kind: str) -> Path:
    """This user's `kind` folder of the app ("data", "state": platformdirs)."""
    import platformdirs

    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """`resources/` of a source tree, or the copy packed into an installed wheel."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "resources", package.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return package.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
