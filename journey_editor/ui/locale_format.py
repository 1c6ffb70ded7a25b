"""Dates, times and numbers as the interface's locale writes them (QLocale's default,
set from the interface language at start): 3.12.2026 and 12,5 in Danish, not ISO."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime, QTimeZone


def _plain() -> bool:
    """No language set (the C locale): ISO dates read better than C's '3 12 2026'."""
    return QLocale().language() == QLocale.Language.C


def short_datetime(moment: dt.datetime) -> str:
    """A moment in the computer's time zone, e.g. '03.12.2026 14.05' in Danish."""
    local = moment.astimezone()
    if _plain():
        return local.strftime("%Y-%m-%d %H:%M")
    shown = QDateTime(QDate(local.year, local.month, local.day),
                      QTime(local.hour, local.minute), QTimeZone.systemTimeZone())
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


def short_date(day: dt.date) -> str:
    if _plain():
        return day.isoformat()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def decimal(value: float, places: int | None = None) -> str:
    """'12.5' in English, '12,5' in Danish, Finnish, Swedish and Dutch; `places` None: as
    few as the value needs. The window installs it as i18n.decimal (app.py), so the
    Qt-free modules' numbers (the Review's) are written as the widgets' are."""
    if places is None:
        return QLocale().toString(float(value), "g", 6)
    return QLocale().toString(float(value), "f", places)
