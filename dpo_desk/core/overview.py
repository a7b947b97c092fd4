"""Facts about the open file for the dashboard and the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dpo_desk.core.desk import Desk


def database_summary(desk: Desk) -> dict:
    last = desk.row("SELECT at, actor FROM audit_log ORDER BY id DESC LIMIT 1")
    return {
        "path": str(desk.path),
        "bytes": desk.path.stat().st_size if desk.path.exists() else 0,
        "schema_version": desk.schema_version,
        "created_at": desk.meta("created_at"),
        "app_version": desk.meta("app_version"),
        "audit_entries": desk.scalar("SELECT count(*) FROM audit_log"),
        "last_change_at": last["at"] if last else None,
        "last_change_by": last["actor"] if last else None,
    }
