"""`dpo-desk register list|import|export|add|show|delete` on real files."""

import json

from dpo_desk.core import demo

HEADER = ("name,subjects,category_type,items,purpose,legal_basis,source,storage_location,"
          "recipients,cross_border,cross_border_countries,retention,security_measures,notes")


def test_demo_export_import_round_trip(run, tmp_path):
    first, second = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert run("demo", "--seed", "1", db=first).returncode == 0
    assert run("init", "--no-encryption", db=second).returncode == 0
    out = tmp_path / "register.csv"
    done = run("register", "export", "--format", "csv", "--bom", "--out", out, db=first)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    done = run("register", "import", out, "--json", db=second)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["imported"] == len(demo.REGISTER)
    exported = [json.loads(run("register", "list", "--json", db=db).stdout) for db in
                (first, second)]
    strip = [[{k: v for k, v in e.items() if k not in ("id", "owner_department")} for e in x]
             for x in exported]
    assert strip[0] == strip[1]
    listing = run("register", "list", "--sensitive", db=second).stdout
    assert "Thanh toán trực tuyến" in listing and "Camera an ninh" not in listing


def test_bad_csv_exits_2_naming_every_bad_row_and_changes_nothing(run, tmp_path):
    db = tmp_path / "r.sqlite3"
    assert run("init", "--no-encryption", db=db).returncode == 0
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text("\n".join([
        HEADER,
        "Tốt,customers,basic,EMAIL,p,consent,,,,no,,,,",
        "Xấu,customers,basic,CCCD_IMAGE,p,consent,,,,perhaps,,,,",
    ]), encoding="utf-8")
    done = run("register", "import", csv_file, db=db)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert lines[0].startswith("dpo-desk: error: row 3, column category_type:")
    assert lines[1] == "dpo-desk: error: row 3, column cross_border: Must be yes or no"
    assert json.loads(run("register", "list", "--json", db=db).stdout) == []


def test_add_show_delete_and_json_export(run, tmp_path):
    db = tmp_path / "r.sqlite3"
    assert run("init", "--no-encryption", db=db).returncode == 0
    entry = tmp_path / "entry.json"
    entry.write_text(json.dumps({"name": "Ứng viên", "subjects": ["candidates"],
                                 "items": ["EMAIL", "CV_EMPLOYMENT_HISTORY"],
                                 "purpose": ["Tuyển dụng"], "legal_basis": "consent"}),
                     encoding="utf-8")
    done = run("register", "add", "--from-json", entry, "--json", db=db)
    assert done.returncode == 0, done.stderr
    entry_id = json.loads(done.stdout)["id"]
    shown = json.loads(run("register", "show", entry_id, db=db).stdout)
    assert shown["name"] == "Ứng viên" and shown["category_type"] == "basic"
    exported = json.loads(run("register", "export", "--format", "json", db=db).stdout)
    assert exported[0]["items"] == ["EMAIL", "CV_EMPLOYMENT_HISTORY"]
    assert run("register", "delete", entry_id, db=db).returncode == 0
    missing = run("register", "show", entry_id, db=db)
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_add_with_unknown_field_exits_2_naming_it(run, tmp_path):
    entry = tmp_path / "entry.json"
    entry.write_text('{"name": "X", "colour": "red"}', encoding="utf-8")
    run("init", "--no-encryption", db=tmp_path / "r.sqlite3")
    done = run("register", "add", "--from-json", entry, db=tmp_path / "r.sqlite3")
    assert done.returncode == 2
    assert "colour: Unknown field" in done.stderr


def test_a_blank_or_padded_field_name_is_quoted_so_it_can_be_seen(run, tmp_path):
    """Found by `make fuzz`: a key " " printed as "error:  : Unknown field"."""
    entry = tmp_path / "entry.json"
    entry.write_text('{" ": null, " colour": 1, "": 2}', encoding="utf-8")
    run("init", "--no-encryption", db=tmp_path / "r.sqlite3")
    done = run("register", "add", "--from-json", entry, db=tmp_path / "r.sqlite3")
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert 'dpo-desk: error: " ": Unknown field' in lines
    assert 'dpo-desk: error: " colour": Unknown field' in lines
    assert 'dpo-desk: error: "": Unknown field' in lines
