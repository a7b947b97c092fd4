"""Help > About: version, schema version, database and the licences of what we ship."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from dpo_desk import __version__
from dpo_desk.core.i18n import QT_TRANSLATE_NOOP
from dpo_desk.core.migrations import SCHEMA_VERSION
from dpo_desk.ui.widgets import Retranslating, hbox, icon, keep_wrapped_height, label, vbox

# What the app ships and its licence: every runtime dependency of pyproject.toml, named by
# its distribution (tests/ui/test_polish.py checks that none is missing), then what is not a
# Python package. The few words in them are translated (context "AboutDialog").
LICENCES = (
    ("Qt 6 / PySide6", "LGPL-3.0", "PySide6-Essentials"),
    ("SQLCipher, OpenSSL (sqlcipher3-wheels)", "BSD-3-Clause, Apache-2.0, zlib",
     "sqlcipher3-wheels"),
    ("sqlite-utils", "Apache-2.0", "sqlite-utils"),
    ("ReportLab", "BSD", "reportlab"),
    (QT_TRANSLATE_NOOP("AboutDialog", "rl_accel (ReportLab's accelerator)"), "BSD", "rl_accel"),
    ("PDFium (pypdfium2)", "BSD-3-Clause, Apache-2.0", "pypdfium2"),
    ("pypdf", "BSD-3-Clause", "pypdf"),
    ("Pillow", "MIT-CMU", "Pillow"),
    ("extract-msg", "GPL-3.0", "extract-msg"),
    ("Beautiful Soup", "MIT", "beautifulsoup4"),
    ("python-docx, lxml", "MIT, BSD-3-Clause", "python-docx"),
    ("cryptography", QT_TRANSLATE_NOOP("AboutDialog", "Apache-2.0 or BSD-3-Clause"),
     "cryptography"),
    ("keyring, SecretStorage, jeepney", "MIT, BSD-3-Clause", "keyring"),
    ("holidays", "MIT", "holidays"),
    ("platformdirs", "MIT", "platformdirs"),
    ("tzdata (Windows)", "Apache-2.0", "tzdata"),
    ("SQLite", QT_TRANSLATE_NOOP("AboutDialog", "Public domain"), None),
    ("Noto Sans, Noto Serif", "SIL Open Font License 1.1", None),
)


def _words(text: str) -> str:
    """A name or licence of LICENCES in the interface language (most need no translation)."""
    return QCoreApplication.translate("AboutDialog", text)


class AboutDialog(Retranslating, QDialog):
    def __init__(self, database_path: str, parent=None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.database_path = database_path
        self.setMinimumWidth(680)
        picture = QLabel()
        picture.setPixmap(icon("dpo-desk").pixmap(88, 88))
        picture.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = label(wrap=True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        # a fixed width lets the layout size the wrapped text; wide enough that the
        # licences fit one line each (the dialog must fit a 700 px high screen)
        self.text.setFixedWidth(500)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        row = hbox(picture, 12, (self.text, 1))
        vbox(row, self.buttons, margins=(22, 18, 22, 14), parent=self)
        keep_wrapped_height(self)  # the whole list of licences and the caveat below it
        self.retranslate()


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About DPO Desk"))
        licences = "".join(f"<tr><td>{escape(_words(name))}</td><td style='padding-left:14px'>"
                           f"{escape(_words(kind))}</td></tr>" for name, kind, _ in LICENCES)
        purpose = self.tr("The desk of a Vietnamese company's data protection officer: "
                          "register, requests, breach notices.")
        schema = self.tr("Database schema version: {0}").format(SCHEMA_VERSION)
        database = self.tr("Database: {0}").format(self.database_path)
        built = self.tr("Built with")
        caveat = self.tr("Product knowledge, not legal advice: check notices against the "
                         "current law.")
        self.text.setText(
            f"<h2 style='margin:0'>DPO Desk {escape(__version__)}</h2>"
            f"<p>{escape(purpose)}</p>"
            f"<p>{escape(schema)}<br>{escape(database)}</p>"
            f"<p><b>{escape(built)}</b></p><table>{licences}</table>"
            f"<p style='color:#6b7590'>{escape(caveat)}</p>")
