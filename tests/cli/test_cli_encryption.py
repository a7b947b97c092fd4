"""`dpo-desk init`, `passphrase`, `encrypt` and the passphrase of every command (CONTRACT:
Protecting the file), run as the real program on real SQLCipher files."""

from __future__ import annotations

import hashlib
from pathlib import Path

from dpo_desk.core import cipher

PASSPHRASE = "bốn chữ rất dài 2026"
NEW = "một câu mới khác 77"
MARKER = "MARKERNAME Trần"
REFUSED = "wrong passphrase, or not a DPO Desk database"


def state(path: Path) -> tuple[str, list[str]]:
    return (hashlib.sha256(path.read_bytes()).hexdigest(),
            sorted(p.name for p in path.parent.iterdir()))


def with_passphrase(passphrase: str = PASSPHRASE, **more) -> dict:
    return {"DPO_DESK_PASSPHRASE": passphrase, **more}


def test_init_encrypts_and_every_command_needs_the_passphrase(run, db_path):
    done = run("init", db=db_path, env=with_passphrase())
    assert done.returncode == 0, done.stderr
    assert cipher.is_encrypted(db_path)
    assert run("settings", "set", "dpo_name", MARKER, db=db_path,
               env=with_passphrase()).returncode == 0
    assert b"MARKERNAME" not in db_path.read_bytes()
    before = state(db_path)
    for env in ({}, with_passphrase("sai mật khẩu dài")):
        refused = run("settings", "show", db=db_path, env=env)
        assert refused.returncode == 2
        assert refused.stderr.startswith(f"dpo-desk: error: {db_path}: {REFUSED}")
        assert len(refused.stderr.splitlines()) == 1  # nothing from SQLCipher itself
    assert state(db_path) == before
    shown = run("settings", "show", db=db_path, env=with_passphrase())
    assert MARKER in shown.stdout


def test_the_passphrase_file_is_read_to_its_first_line_break(run, db_path, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\r\nnot this line\n", encoding="utf-8")
    assert run("init", "--passphrase-file", secret, db=db_path).returncode == 0
    assert run("check", "--passphrase-file", secret, db=db_path).returncode == 0
    assert run("check", db=db_path, env=with_passphrase()).returncode == 0
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", encoding="utf-8")
    done = run("check", "--passphrase-file", empty, db=db_path)
    assert done.returncode == 2 and "--passphrase-file" in done.stderr


def test_init_refuses_an_existing_file_and_a_missing_passphrase(run, db_path, db_files):
    other = db_files.foreign()
    before = state(other)
    done = run("init", db=other, env=with_passphrase())
    assert done.returncode == 2 and "already exists" in done.stderr
    assert state(other) == before
    done = run("init", db=db_path)  # no terminal, no passphrase
    assert done.returncode == 2 and "DPO_DESK_PASSPHRASE" in done.stderr
    assert not db_path.exists()
    done = run("init", db=db_path, env=with_passphrase("short"))
    assert done.returncode == 2 and "at least 8 characters" in done.stderr
    assert not db_path.exists()


def test_init_no_encryption_says_so(run, db_path):
    done = run("init", "--no-encryption", db=db_path)
    assert done.returncode == 0 and "NOT encrypted" in done.stderr
    assert db_path.read_bytes().startswith(b"SQLite format 3\x00")


def test_a_missing_database_is_refused_naming_it_and_init(run, tmp_path):
    typo = tmp_path / "dpo-dek.sqlite3"
    for command in (("check",), ("settings", "show"), ("register", "list"),
                    ("backup", "--out", tmp_path / "b.sqlite3")):
        done = run(*command, db=typo)
        assert done.returncode == 2, command
        assert str(typo) in done.stderr and "dpo-desk init" in done.stderr
    assert not typo.exists() and not (tmp_path / "b.sqlite3").exists()


def test_demo_creates_encrypted_with_a_passphrase_else_plain(run, tmp_path):
    secret, plain = tmp_path / "secret.sqlite3", tmp_path / "plain.sqlite3"
    assert run("demo", db=secret, env=with_passphrase()).returncode == 0
    assert cipher.is_encrypted(secret) and b"Sen V" not in secret.read_bytes()
    done = run("demo", db=plain)
    assert done.returncode == 0 and "without encryption" in done.stderr
    assert not cipher.is_encrypted(plain)


def test_passphrase_rekeys_and_backups_stay_encrypted(run, db_path, tmp_path):
    run("init", db=db_path, env=with_passphrase())
    run("settings", "set", "dpo_name", MARKER, db=db_path, env=with_passphrase())
    done = run("passphrase", db=db_path, env=with_passphrase(DPO_DESK_NEW_PASSPHRASE=NEW))
    assert done.returncode == 0, done.stderr
    assert run("check", db=db_path, env=with_passphrase()).returncode == 2
    assert run("check", db=db_path, env=with_passphrase(NEW)).returncode == 0
    copy = tmp_path / "copy.sqlite3"
    assert run("backup", "--out", copy, db=db_path, env=with_passphrase(NEW)).returncode == 0
    assert cipher.is_encrypted(copy) and b"MARKERNAME" not in copy.read_bytes()
    assert MARKER in run("settings", "show", db=copy, env=with_passphrase(NEW)).stdout
    plain = tmp_path / "plain.sqlite3"
    run("init", "--no-encryption", db=plain)
    done = run("passphrase", db=plain, env=with_passphrase(DPO_DESK_NEW_PASSPHRASE=NEW))
    assert done.returncode == 2 and "not encrypted" in done.stderr


def test_encrypt_keeps_a_plain_copy_first(run, db_path):
    run("init", "--no-encryption", db=db_path)
    run("settings", "set", "dpo_name", MARKER, db=db_path)
    done = run("encrypt", db=db_path, env=with_passphrase())
    assert done.returncode == 0, done.stderr
    kept = [p for p in db_path.parent.iterdir() if ".before-encryption-" in p.name]
    assert len(kept) == 1 and str(kept[0]) in done.stderr
    assert b"MARKERNAME" in kept[0].read_bytes()
    assert b"MARKERNAME" not in db_path.read_bytes()
    assert MARKER in run("settings", "show", db=db_path, env=with_passphrase()).stdout
    again = run("encrypt", db=db_path, env=with_passphrase())
    assert again.returncode == 2 and "already encrypted" in again.stderr
