"""Register > Import privacy policy…: the preview of proposed entries and gaps, each editable,
the sentence behind a finding highlighted, and Apply writing what was kept."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from dpo_desk.core import register
from dpo_desk.core.policy import apply
from tests.ui.conftest import close_now

POLICIES = Path(__file__).resolve().parent.parent / "fixtures" / "policies"


@pytest.fixture
def view(window):
    window.show_view("register")
    return window.view("register")


def test_the_register_offers_the_policy_import(view):
    assert view.policy_button.isVisible()
    assert view.policy_button.text() == "Nhập chính sách bảo mật…"


def test_preview_edit_and_apply(view, qtbot):
    before = register.count(view.desk)
    dialog = view.policy_dialog(str(POLICIES / "shop_ecommerce.txt"))
    entries, gaps = dialog.tree.topLevelItem(0), dialog.tree.topLevelItem(1)
    assert entries.childCount() == 2 and gaps.childCount() == 6
    assert register.count(view.desk) == before  # a preview writes nothing

    customers = entries.child(0)
    phone = next(customers.child(i) for i in range(customers.childCount())
                 if customers.child(i).data(0, Qt.ItemDataRole.UserRole + 1)[2] == "PHONE")
    dialog.tree.setCurrentItem(phone)  # the sentence behind it, highlighted in the text
    assert "background-color:#ffe27a" in dialog.source.toHtml().replace(" ", "").lower()
    assert phone.data(0, Qt.ItemDataRole.UserRole) in dialog.source.toPlainText()

    phone.setCheckState(0, Qt.CheckState.Unchecked)
    customers.setText(0, "Khách mua hàng online")
    customers.setText(1, "Giao hàng; Chăm sóc khách hàng")
    gaps.child(0).setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    added = [register.get(view.desk, i) for i in dialog.ids]
    assert added[0]["name"] == "Khách mua hàng online"
    assert "PHONE" not in added[0]["items"] and "EMAIL" in added[0]["items"]
    assert added[0]["purpose"] == ["Giao hàng", "Chăm sóc khách hàng"]
    assert len(apply.gaps(view.desk)) == 5
    assert register.count(view.desk) == before + 2
    close_now(dialog)


def test_a_file_core_refuses_is_named_and_nothing_changes(view, tmp_path):
    scan = tmp_path / "scan.pdf"
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(scan))
    page.rect(10, 10, 100, 100, fill=1)
    page.save()
    before = register.count(view.desk)
    dialog = view.policy_dialog(str(scan))
    assert dialog.message is not None and str(scan) in dialog.message.text()
    assert not dialog.apply_button.isEnabled()
    assert register.count(view.desk) == before
    close_now(dialog)
