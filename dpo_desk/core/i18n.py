"""Marking user-visible core messages for translation without importing Qt.

`pyside6-lupdate` recognises the name QT_TRANSLATE_NOOP, so messages written with it land
in `resources/i18n/*.ts` under the context "core"; the UI translates them with
`QCoreApplication.translate("core", template)` and fills in the parameters afterwards.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text
