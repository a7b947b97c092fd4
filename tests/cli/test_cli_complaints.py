"""`dpo-desk deadline`, `holidays` and `complaints` by subprocess on real files."""

import json

CASE = {"received_on": "2026-02-10", "channel": "email", "requester_name": "Lê Thị Mai",
        "requester_contact": "mai@example.vn", "kind": "deletion", "complexity": "simple",
        "third_party_involved": True, "summary": "Xóa tài khoản"}


def test_deadline_examples_of_domain_d3(run, tmp_path):
    done = run("deadline", "--received", "2026-04-24", "--days", "7", "--working", "--json")
    assert json.loads(done.stdout) == {"received": "2026-04-24", "days": 7, "mode": "working",
                                       "due": "2026-05-08"}
    assert run("deadline", "--received", "2026-04-23", "--days", "7").stdout.strip() == \
        "2026-05-04"
    assert run("deadline", "--received", "2026-04-23", "--days", "7", "--no-roll").stdout \
        .strip() == "2026-04-30"
    bad = run("deadline", "--received", "2026-13-01", "--days", "7")
    assert bad.returncode == 2 and "--received" in bad.stderr
    assert not list(tmp_path.glob("**/*.sqlite3"))  # no database was created for this


def test_holidays_json_shape_and_overrides(run, tmp_path):
    db = tmp_path / "d.sqlite3"
    assert run("init", "--no-encryption", db=db).returncode == 0
    shown = json.loads(run("holidays", "--year", "2026", "--json", db=db).stdout)
    assert shown["year"] == 2026 and shown["weekly_rest"] == ["sat", "sun"]
    days = {d["date"]: d for d in shown["days_off"]}
    assert days["2026-02-17"] | {"basis": ""} == {
        "date": "2026-02-17", "name": "Tết Nguyên Đán", "source": "law", "basis": "",
        "counts": True}
    # CONTRACT (issue 12) / DOMAIN D3.4: the civil-service swap and 24/11 are listed, not counted
    assert (days["2026-08-31"]["source"], days["2026-08-31"]["counts"]) == ("government", False)
    assert (days["2026-11-24"]["source"], days["2026-11-24"]["counts"]) == ("unconfirmed", False)
    assert [(d["date"], d["source"]) for d in shown["working_days"]] == [
        ("2026-08-22", "government")]
    assert run("deadline", "--received", "2026-11-23", "--days", "2", "--working",
               db=db).stdout.strip() == "2026-11-25"
    assert run("holidays", "add-off", "2026-05-04", "Nghỉ bù", db=db).returncode == 0
    assert run("holidays", "add-off", "2026-11-24", "Ngày Văn hóa Việt Nam", db=db) \
        .returncode == 0
    assert run("holidays", "remove", "2026-09-02", db=db).returncode == 0
    shown = json.loads(run("holidays", "--year", "2026", "--json", db=db).stdout)
    days = {d["date"]: d for d in shown["days_off"]}
    assert days["2026-05-04"] == {"date": "2026-05-04", "name": "Nghỉ bù", "source": "override",
                                  "basis": "", "counts": True}
    assert days["2026-11-24"]["source"] == "override" and "2026-09-02" not in days
    assert run("deadline", "--received", "2026-04-23", "--days", "7", db=db).stdout.strip() == \
        "2026-05-05"
    assert run("deadline", "--received", "2026-11-23", "--days", "2", "--working",
               db=db).stdout.strip() == "2026-11-26"
    text = run("holidays", "--year", "2026", db=db).stdout
    assert "2026-08-31  off      government   Ngày nghỉ (thay cho ngày 22/08/2026) " \
        "(not counted)" in text
    assert "2026-11-24  off      override     Ngày Văn hóa Việt Nam\n" in text
    bad = run("holidays", "add-off", "2026-02-31", "x", db=db)
    assert bad.returncode == 2 and "date" in bad.stderr


def at(moment: str) -> dict:
    """The environment that starts the program's clock at `moment` (Vietnam time)."""
    return {"DPO_DESK_NOW": f"{moment}+07:00"}


def test_complaint_add_show_status_extend_export(run, tmp_path):
    db = tmp_path / "c.sqlite3"
    assert run("init", "--no-encryption", db=db).returncode == 0
    source = tmp_path / "case.json"
    source.write_text(json.dumps(CASE, ensure_ascii=False), encoding="utf-8")
    feb20, mar20 = at("2026-02-20T10:00:00"), at("2026-03-20T10:00:00")
    added = run("complaints", "add", "--from-json", source, "--json", db=db, env=feb20)
    assert added.returncode == 0, added.stderr
    case_id = json.loads(added.stdout)["id"]
    shown = json.loads(run("complaints", "show", case_id, db=db).stdout)
    # deletion with a third party: 30 days -> 12/3; the company's 7 days bind: 17/2 is Tết
    assert shown["legal_due"] == "2026-03-12" and shown["policy_due"] == "2026-02-23"
    assert shown["due"] == "2026-02-23" and shown["binding"] == "policy"
    refused = run("complaints", "status", case_id, "answered", db=db, env=feb20)
    assert refused.returncode == 2 and "reply_text" in refused.stderr
    assert run("complaints", "status", case_id, "acknowledged", "--at", "2026-02-11T09:30",
               db=db, env=feb20).returncode == 0
    no_reason = run("complaints", "extend", case_id, "--days", "5", "--reason", " ", db=db,
                    env=feb20)
    assert no_reason.returncode == 2 and "reason" in no_reason.stderr
    # DOMAIN D3.8: after the due date an extension is refused; the missed deadline stays
    late = run("complaints", "extend", case_id, "--days", "20", "--reason", "Trễ", db=db,
               env=at("2026-02-24T08:00:00"))
    assert late.returncode == 2 and "due: " in late.stderr and "2026-02-23" in late.stderr
    extended = run("complaints", "extend", case_id, "--days", "20", "--reason",
                   "Chờ bên xử lý xóa bản sao lưu", db=db, env=feb20)
    assert extended.returncode == 0, extended.stderr
    exported = json.loads(run("complaints", "export", db=db, env=mar20).stdout)
    # the promise 23/2 + 20 days = Sun 15/3 -> 16/3; the law's 12/3 + 20 days = 1/4
    assert exported[0]["due"] == "2026-03-16" and exported[0]["original_due"] == "2026-02-23"
    assert (exported[0]["extended_policy_due"], exported[0]["extended_legal_due"],
            exported[0]["binding"]) == ("2026-03-16", "2026-04-01", "policy")
    assert exported[0]["status"] == "acknowledged" and exported[0]["overdue"] is True
    listed = run("complaints", "list", "--overdue", db=db, env=mar20).stdout
    assert "Lê Thị Mai" in listed and "OVERDUE" in listed
    csv_out = tmp_path / "cases.csv"
    assert run("complaints", "export", "--format", "csv", "--bom", "--out", csv_out,
               db=db).returncode == 0
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbfid,received_on")


def test_an_extension_is_recorded_on_the_day_it_was_announced(run, tmp_path):
    """`complaints extend --at` (as `status --at`): the day the DPO announced it, checked
    against the due date on that day, not today; never in the future."""
    db = tmp_path / "c.sqlite3"
    assert run("init", "--no-encryption", db=db).returncode == 0
    source = tmp_path / "case.json"
    source.write_text(json.dumps(CASE, ensure_ascii=False), encoding="utf-8")
    feb20, feb24 = at("2026-02-20T10:00:00"), at("2026-02-24T08:00:00")
    case_id = json.loads(run("complaints", "add", "--from-json", source, "--json", db=db,
                             env=feb20).stdout)["id"]
    assert run("complaints", "status", case_id, "acknowledged", "--at", "2026-02-11T09:30",
               db=db, env=feb20).returncode == 0
    future = run("complaints", "extend", case_id, "--days", "20", "--reason", "Chờ",
                 "--at", "2026-02-25T09:00", db=db, env=feb24)
    assert future.returncode == 2 and "at: " in future.stderr
    after_due = run("complaints", "extend", case_id, "--days", "20", "--reason", "Chờ",
                    "--at", "2026-02-24T07:00", db=db, env=feb24)  # due 23/2 ran out
    assert after_due.returncode == 2 and "2026-02-23" in after_due.stderr
    extended = run("complaints", "extend", case_id, "--days", "20", "--reason",
                   "Chờ bên xử lý xóa bản sao lưu", "--at", "2026-02-23T16:00", db=db,
                   env=feb24)  # recorded the morning after it was announced
    assert extended.returncode == 0, extended.stderr
    shown = json.loads(run("complaints", "show", case_id, db=db, env=feb24).stdout)
    assert shown["extended_at"] == "2026-02-23T16:00:00+07:00"
    assert shown["due"] == "2026-03-16" and shown["original_due"] == "2026-02-23"


def test_bad_intake_exits_2_naming_fields(run, tmp_path):
    source = tmp_path / "case.json"
    source.write_text(json.dumps({**CASE, "received_on": "2099-01-01", "kind": "gossip"}),
                      encoding="utf-8")
    run("init", "--no-encryption", db=tmp_path / "c.sqlite3")
    done = run("complaints", "add", "--from-json", source, db=tmp_path / "c.sqlite3")
    assert done.returncode == 2
    assert "received_on:" in done.stderr and "kind:" in done.stderr


def test_demo_with_complaints_is_deterministic(run, tmp_path):
    # the same seed and the same day give the same cases
    for name in ("a", "b"):
        assert run("demo", "--complaints", "40", "--seed", "3",
                   db=tmp_path / f"{name}.sqlite3").returncode == 0
    a, b = (json.loads(run("complaints", "export", db=tmp_path / f"{n}.sqlite3").stdout)
            for n in ("a", "b"))
    assert len(a) == 40
    assert [{k: v for k, v in c.items() if k != "created_at"} for c in a] == \
        [{k: v for k, v in c.items() if k != "created_at"} for c in b]


def test_attach_a_file_to_a_case(run, tmp_path):
    db = tmp_path / "c.sqlite3"
    assert run("init", "--no-encryption", db=db).returncode == 0
    source = tmp_path / "case.json"
    source.write_text(json.dumps(CASE, ensure_ascii=False), encoding="utf-8")
    case_id = run("complaints", "add", "--from-json", source, db=db).stdout.strip()
    letter = tmp_path / "đơn yêu cầu.pdf"
    letter.write_bytes(b"%PDF-1.4 letter")
    assert run("complaints", "attach", case_id, letter, db=db).returncode == 0
    [listed] = json.loads(run("complaints", "show", case_id, db=db).stdout)["attachments"]
    assert listed["filename"] == "đơn yêu cầu.pdf" and listed["bytes"] == 15
    missing = run("complaints", "attach", case_id, tmp_path / "none.pdf", db=db)
    assert missing.returncode == 2 and "none.pdf" in missing.stderr


def test_list_json_and_export_carry_the_acknowledgement_verdict(run, tmp_path):
    """Received 10/2/2026, acknowledge by 12/2 (2 working days); the run is on 2/12/2026."""
    db = tmp_path / "c.sqlite3"
    assert run("init", "--no-encryption", db=db).returncode == 0
    source = tmp_path / "case.json"
    source.write_text(json.dumps(CASE, ensure_ascii=False), encoding="utf-8")
    late_id = json.loads(run("complaints", "add", "--from-json", source, "--json",
                             db=db).stdout)["id"]
    acked_id = json.loads(run("complaints", "add", "--from-json", source, "--json",
                              db=db).stdout)["id"]
    assert run("complaints", "status", acked_id, "acknowledged", db=db).returncode == 0
    rows = {r["id"]: r for r in json.loads(run("complaints", "list", "--json", db=db).stdout)}
    assert rows[late_id]["ack_overdue"] is True and rows[acked_id]["ack_overdue"] is False
    assert json.loads(run("complaints", "show", late_id, db=db).stdout)["ack_overdue"] is True
    listed = run("complaints", "list", "--ack-overdue", db=db).stdout
    assert f"#{late_id} " in listed and f"#{acked_id} " not in listed
    assert "NOT ACKNOWLEDGED" in listed and "1 case\n" in listed


def test_add_from_email_keeps_the_message_and_its_files(run, tmp_path):
    """The run's clock is 2/12/2026; the message came on 1/12 (Date at 18:05 UTC on 30/11 is
    01:05 on 1/12 in Hà Nội)."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Võ Thị Sáu <sau@example.vn>"
    message["Subject"] = "Đề nghị cung cấp bản sao dữ liệu"
    message["Date"] = "Mon, 30 Nov 2026 18:05:00 +0000"
    message.set_content("Xin gửi tôi bản sao dữ liệu cá nhân.")
    message.add_attachment(b"scan", maintype="image", subtype="jpeg", filename="cccd.jpg")
    path = tmp_path / "thư.eml"
    path.write_bytes(bytes(message))
    db = tmp_path / "c.sqlite3"
    assert run("init", "--no-encryption", db=db).returncode == 0
    added = run("complaints", "add", "--from-email", path, "--kind", "provide", "--json", db=db)
    assert added.returncode == 0, added.stderr
    case = json.loads(run("complaints", "show", json.loads(added.stdout)["id"], db=db).stdout)
    assert (case["received_on"], case["kind"], case["channel"]) == ("2026-12-01", "provide",
                                                                   "email")
    assert case["requester_name"] == "Võ Thị Sáu" and case["requester_contact"] == \
        "sau@example.vn"
    assert case["summary"].startswith("Đề nghị cung cấp bản sao dữ liệu\n\nXin gửi tôi")
    assert [a["filename"] for a in case["attachments"]] == ["thư.eml", "cccd.jpg"]


def test_add_from_email_refuses_hostile_files_writing_nothing(run, tmp_path):
    db = tmp_path / "c.sqlite3"
    assert run("init", "--no-encryption", db=db).returncode == 0
    undated = tmp_path / "undated.eml"
    undated.write_bytes(b"From: An <an@example.vn>\r\nSubject: Khieu nai\r\n\r\nNoi dung\r\n")
    done = run("complaints", "add", "--from-email", undated, db=db)
    assert done.returncode == 2 and "received_on" in done.stderr and "--received" not in \
        done.stdout and "enter the day" in done.stderr
    assert run("complaints", "list", "--json", db=db).stdout.strip() == "[]"
    assert run("complaints", "add", "--from-email", undated, "--received", "2026-12-01",
               db=db).returncode == 0
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    for path in (empty, tmp_path / "missing.msg"):
        done = run("complaints", "add", "--from-email", path, db=tmp_path / "new.sqlite3")
        assert done.returncode == 2 and str(path) in done.stderr
    assert not (tmp_path / "new.sqlite3").exists()  # refused before the database is opened
    both = run("complaints", "add", "--from-email", empty, "--from-json", empty, db=db)
    assert both.returncode == 2 and "not allowed with" in both.stderr


def added(run, tmp_path, env: dict) -> tuple:
    """A new database holding CASE, taken in at the time of `env`: (its path, the case id)."""
    db = tmp_path / "c.sqlite3"
    source = tmp_path / "case.json"
    source.write_text(json.dumps(CASE, ensure_ascii=False), encoding="utf-8")
    assert run("init", "--no-encryption", db=db).returncode == 0
    done = run("complaints", "add", "--from-json", source, "--json", db=db, env=env)
    return db, json.loads(done.stdout)["id"]


def test_steps_are_dated_with_at(run, tmp_path):
    """CONTRACT: `complaints status ID STATE --at`: refused in the future, before the previous
    step and before receipt (exit 2 naming `at`); the dates are the step's, not the typing's."""
    now = at("2026-02-20T10:00:00")
    db, case_id = added(run, tmp_path, now)
    for when, why in (("2026-02-20T10:30", "future"), ("2026-02-21", "future"),
                      ("2026-02-09", "received"), ("2026-02-30", "real date")):
        refused = run("complaints", "status", case_id, "acknowledged", "--at", when, db=db,
                      env=now)
        assert refused.returncode == 2 and "at: " in refused.stderr, refused.stderr
        assert why in refused.stderr
    assert run("complaints", "status", case_id, "acknowledged", "--at", "2026-02-12T08:15",
               db=db, env=now).returncode == 0
    before = run("complaints", "status", case_id, "in_progress", "--at", "2026-02-11", db=db,
                 env=now)
    assert before.returncode == 2 and "previous step (2026-02-12 08:15)" in before.stderr
    # a day without a time: that day, after the step before it
    assert run("complaints", "status", case_id, "in_progress", "--at", "2026-02-12", db=db,
               env=now).returncode == 0
    shown = json.loads(run("complaints", "show", case_id, db=db, env=now).stdout)
    assert shown["acknowledged_at"] == "2026-02-12T08:15:00+07:00"
    assert shown["status_at"] == "2026-02-12T08:15:00+07:00"


def test_identity_check_from_the_command_line(run, tmp_path):
    """CONTRACT: `complaints identity ID verified|not_verified [--note N]` (DOMAIN D3.6)."""
    now = at("2026-02-20T10:00:00")
    db, case_id = added(run, tmp_path, now)
    unsaid = run("complaints", "identity", case_id, "verified", db=db, env=now)
    assert unsaid.returncode == 2 and "identity_method" in unsaid.stderr
    wrong = run("complaints", "identity", case_id, "maybe", db=db, env=now)
    assert wrong.returncode == 2 and "not_verified" in wrong.stderr
    done = run("complaints", "identity", case_id, "not_verified", "--at", "2026-02-13T14:00",
               db=db, env=now)
    assert done.returncode == 0, done.stderr
    shown = json.loads(run("complaints", "show", case_id, db=db, env=now).stdout)
    assert (shown["status"], shown["identity_result"], shown["identity_checked_at"]) == (
        "identity_check", "failed", "2026-02-13T14:00:00+07:00")
    again = run("complaints", "identity", case_id, "verified", "--note", "CCCD đối chiếu trực "
                "tiếp", db=db, env=now)
    assert again.returncode == 0, again.stderr
    shown = json.loads(run("complaints", "show", case_id, db=db, env=now).stdout)
    assert (shown["identity_result"], shown["identity_method"]) == (
        "verified", "CCCD đối chiếu trực tiếp")
    assert shown["timeline"][-1]["note"] == "identity check: verified (CCCD đối chiếu trực tiếp)"
