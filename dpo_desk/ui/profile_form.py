"""The company profile and preferences form, shared by the first-start dialog and Settings.

It only collects text and shows errors; core.settings validates (one home for each rule).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_desk.core.errors import ValidationError
from dpo_desk.ui.form import FormFrame, form_layout
from dpo_desk.ui.i18n import LANGUAGES
from dpo_desk.ui.widgets import Retranslating

COMPANY_KEYS = ("company_name", "tax_code", "address", "transaction_office", "phone", "email",
                "website")
# The registration certificate printed on the notice to the authority (DOMAIN D4.3).
REGISTRATION_KEYS = ("registration_number", "registration_issuer", "registration_date",
                     "registration_place")
DPO_KEYS = ("dpo_name", "dpo_title", "dpo_phone", "dpo_email")
# Who signs the notice to the authority, and the symbol in the documents' numbers (D4.3).
SIGNER_KEYS = ("legal_representative", "legal_representative_title", "signer_mode",
               "signer_name", "signer_title", "document_symbol")
SIGNER_MODES = ("tm", "kt", "tuq")
PREFERENCE_KEYS = ("language", "complaint_days_simple", "complaint_days_complex",
                   "complaint_day_mode", "timezone", "auto_lock_minutes")
DAY_MODES = ("calendar", "working")


def captions() -> dict[str, str]:
    """The name of each setting as the user reads it."""
    return {
        "company_name": QCoreApplication.translate("ProfileForm", "Company name"),
        "tax_code": QCoreApplication.translate("ProfileForm", "Tax code"),
        "address": QCoreApplication.translate("ProfileForm", "Head office address"),
        "phone": QCoreApplication.translate("ProfileForm", "Phone"),
        "email": QCoreApplication.translate("ProfileForm", "Email"),
        "dpo_name": QCoreApplication.translate("ProfileForm", "Full name"),
        "dpo_title": QCoreApplication.translate("ProfileForm", "Title"),
        "dpo_phone": QCoreApplication.translate("ProfileForm", "Phone"),
        "dpo_email": QCoreApplication.translate("ProfileForm", "Email"),
        "language": QCoreApplication.translate("ProfileForm", "Language of letters"),
        "complaint_days_simple": QCoreApplication.translate(
            "ProfileForm", "Simple cases: days to settle"),
        "complaint_days_complex": QCoreApplication.translate(
            "ProfileForm", "Complex cases: days to settle"),
        "complaint_day_mode": QCoreApplication.translate("ProfileForm", "Count the days as"),
        "timezone": QCoreApplication.translate("ProfileForm", "Time zone"),
        "auto_lock_minutes": QCoreApplication.translate(
            "ProfileForm", "Lock an encrypted database after"),
        "transaction_office": QCoreApplication.translate("ProfileForm", "Transaction office"),
        "website": QCoreApplication.translate("ProfileForm", "Website"),
        "registration_number": QCoreApplication.translate("ProfileForm", "Certificate number"),
        "registration_issuer": QCoreApplication.translate("ProfileForm", "Issued by"),
        "registration_date": QCoreApplication.translate("ProfileForm", "Date of issue"),
        "registration_place": QCoreApplication.translate("ProfileForm", "Place of issue"),
        "legal_representative": QCoreApplication.translate("ProfileForm",
                                                           "Legal representative"),
        "legal_representative_title": QCoreApplication.translate(
            "ProfileForm", "Their position"),
        "signer_mode": QCoreApplication.translate("ProfileForm", "Who signs notices"),
        "signer_name": QCoreApplication.translate("ProfileForm", "Signer (KT./TUQ.)"),
        "signer_title": QCoreApplication.translate("ProfileForm", "Signer's position"),
        "document_symbol": QCoreApplication.translate("ProfileForm", "Symbol in document numbers"),
    }


def long_captions() -> dict[str, str]:
    """Names that stand alone (outside their group box), e.g. in "still missing" lists."""
    return {**captions(),
            "dpo_name": QCoreApplication.translate("ProfileForm", "DPO's name"),
            "dpo_phone": QCoreApplication.translate("ProfileForm", "DPO's phone"),
            "dpo_email": QCoreApplication.translate("ProfileForm", "DPO's email")}


class ProfileForm(Retranslating, QWidget):
    """Fields grouped in boxes; `values()` gives text per setting key."""

    changed = Signal()

    def __init__(self, groups: tuple[tuple[str, tuple[str, ...]], ...],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.groups = groups
        self.frame = FormFrame(check=self._check, fit_errors=True)
        self.inputs, self.errors = self.frame.inputs, self.frame.errors
        self.labels = self.frame.captions
        self.boxes: dict[str, QGroupBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for group, keys in groups:
            box = QGroupBox()
            form = form_layout()
            box.setLayout(form)
            for key in keys:
                self._add_row(form, key)
            self.boxes[group] = box
            layout.addWidget(box)
        if "tax_code" in self.inputs and "registration_number" in self.inputs:
            self.inputs["tax_code"].textEdited.connect(self._prefill_registration)
        self.retranslate()

    def _prefill_registration(self, tax_code: str) -> None:
        """The enterprise code is both the tax code and the registration number (Law on
        Enterprises 2020, Art. 29): an empty number, or one that followed the tax code,
        follows it; the DPO can still write another."""
        number = self.inputs["registration_number"]
        if not number.text() or number.text() == self._followed:
            number.setText(tax_code.split("-")[0])
            self._followed = number.text()

    _followed = ""

    def _add_row(self, form: QFormLayout, key: str) -> None:
        if key == "language":
            widget = QComboBox()
            widget.setMinimumWidth(140)
            for code, name in LANGUAGES.items():
                widget.addItem(name, code)
            widget.currentIndexChanged.connect(self.changed)
        elif key in ("complaint_day_mode", "signer_mode"):
            widget = QComboBox()
            for code in DAY_MODES if key == "complaint_day_mode" else SIGNER_MODES:
                widget.addItem(code, code)
            widget.currentIndexChanged.connect(self.changed)
        elif key.startswith("complaint_days_") or key == "auto_lock_minutes":
            widget = QSpinBox()
            widget.setRange(*((0, 240) if key == "auto_lock_minutes" else (1, 90)))
            widget.setMinimumWidth(140)
            widget.valueChanged.connect(self.changed)
        else:
            widget = QLineEdit()
            widget.textEdited.connect(self.changed)
        widget.setObjectName(f"field_{key}")
        widget.setMinimumHeight(32)
        self.frame.row(form, key, widget, caption_width=190, spacing=2)

    # -- values --------------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        out = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            elif isinstance(widget, QSpinBox):
                out[key] = str(widget.value())
            else:
                out[key] = widget.text().strip()
        return out

    def set_values(self, values: dict) -> None:
        for key, widget in self.inputs.items():
            value = values.get(key, "")
            if isinstance(widget, QComboBox):
                index = widget.findData(value)
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value or widget.minimum()))
            else:
                widget.setText(str(value))
        self.clear_errors()

    # -- errors --------------------------------------------------------------------------

    def show_errors(self, error: ValidationError) -> None:
        """Each message next to its field; the first wrong field gets the focus."""
        self.frame.show_errors(error)

    def clear_errors(self) -> None:
        self.frame.clear_errors()

    def error_text(self, key: str) -> str:
        return self.frame.error_text(key)

    def _check(self) -> None:
        from dpo_desk.core import settings

        settings.validate(self.values())

    # -- texts ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        placeholders = {
            "company_name": self.tr("e.g. Công ty TNHH Sen Vàng"),
            "tax_code": self.tr("10 digits, or 10-3 for a branch"),
            "address": self.tr("Street, ward, province or city"),
            "phone": self.tr("e.g. 028 3822 1234"),
            "email": self.tr("e.g. lienhe@congty.vn"),
            "dpo_name": self.tr("The person responsible for data protection"),
            "dpo_title": self.tr("e.g. Legal manager"),
            "dpo_phone": self.tr("e.g. 0912 345 678"),
            "dpo_email": self.tr("e.g. dpo@congty.vn"),
            "timezone": "Asia/Ho_Chi_Minh",
            "transaction_office": self.tr("If different from the head office"),
            "website": self.tr("e.g. https://congty.vn"),
            "registration_number": self.tr("Enterprise registration certificate number"),
            "registration_issuer": self.tr("e.g. Sở Tài chính TP. Hồ Chí Minh"),
            "registration_date": self.tr("YYYY-MM-DD"),
            "registration_place": self.tr("e.g. TP. Hồ Chí Minh"),
            "legal_representative": self.tr("Signs the notices to the authority"),
            "legal_representative_title": self.tr("e.g. Giám đốc"),
            "signer_name": self.tr("Only when someone signs for the representative"),
            "signer_title": self.tr("e.g. Phó Giám đốc"),
            "document_symbol": self.tr("e.g. BVDLCN: 05/2026/TB-BVDLCN"),
        }
        titles = {
            "company": self.tr("Company"),
            "dpo": self.tr("Person responsible for data protection"),
            "registration": self.tr("Registration certificate (printed on breach notices)"),
            "signer": self.tr("Signature and numbering of documents"),
            "preferences": self.tr("Preferences"),
        }
        from dpo_desk.core.settings import BY_KEY

        names = captions()
        for key, caption in self.labels.items():
            star = " *" if BY_KEY[key].essential else ""
            caption.setText(names[key] + star)
            widget = self.inputs[key]
            if isinstance(widget, QLineEdit):
                widget.setPlaceholderText(placeholders.get(key, ""))
        for group, box in self.boxes.items():
            box.setTitle(titles[group])
        mode = self.inputs.get("complaint_day_mode")
        if isinstance(mode, QComboBox):
            mode.setItemText(0, self.tr("Calendar days"))
            mode.setItemText(1, self.tr("Working days"))
        signer = self.inputs.get("signer_mode")
        if isinstance(signer, QComboBox):
            for index, text in enumerate((
                    self.tr("TM.: the legal representative signs"),
                    self.tr("KT.: a deputy signs for them"),
                    self.tr("TUQ.: a person they authorised signs"))):
                signer.setItemText(index, text)
        for key in ("complaint_days_simple", "complaint_days_complex"):
            spin = self.inputs.get(key)
            if isinstance(spin, QSpinBox):
                spin.setSuffix(self.tr(" days"))
        lock = self.inputs.get("auto_lock_minutes")
        if isinstance(lock, QSpinBox):
            lock.setSuffix(self.tr(" idle minutes"))
            lock.setSpecialValueText(self.tr("Never"))

