"""Table models over the store. The outbox model reads lazily, a page at a time, so it
stays fast with a million messages; changes refresh only the rows they touch."""

from __future__ import annotations

from array import array
from dataclasses import replace
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop_sms.core.outbox.history import History, HistoryRow, OutboxFilter
from desktop_sms.core.phone import display
from desktop_sms.core.states import State
from desktop_sms.core.store import Connection
from desktop_sms.ui import message_error_text
from desktop_sms.ui.appearance import DARK, LIGHT, colours, notifier
from desktop_sms.ui.locale_text import when
from desktop_sms.ui.pages import PageCache
from desktop_sms.ui.search import IdSearch
from desktop_sms.ui.send_at import state_text, state_tip

Index = QModelIndex | QPersistentModelIndex

# Made once, at import: the first QBrush built in a process also builds PySide's Python
# enums for it (~10 ms), which must not happen in the middle of a paint. One set per scheme.
_STATE_PAINT = {dark: {state: (QColor(colour), QBrush(QColor(colour)))
                      for state, colour in set_.states.items()}
                for dark, set_ in ((False, LIGHT), (True, DARK))}


# Roles as plain ints: data() runs hundreds of times per paint, and comparing with the enum
# members costs an attribute lookup each time.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_DECORATION = Qt.ItemDataRole.DecorationRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
STATE_COLUMN, PARTS_COLUMN = 4, 3


class _Shown(NamedTuple):
    """One outbox row as the view shows it, formatted when first shown: a paint asks for
    each cell's roles (~800 calls), and number formatting alone takes 20 us."""
    values: HistoryRow  # the row as read
    texts: tuple[Any, ...]  # display text per column
    tips: tuple[str | None, ...]  # tooltip per column
    colour: QColor  # of the state
    brush: QBrush


class Table(QAbstractTableModel):
    """A flat table with translated column titles; subclasses give the titles and rows."""

    COLUMNS = 0

    def headers(self) -> tuple[str, ...]:
        """The column titles, each a literal in tr() so that it can be translated."""
        raise NotImplementedError

    def row_total(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


class OutboxModel(Table):
    COLUMNS = 7
    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    STATE_ROLE = Qt.ItemDataRole.UserRole + 2

    searching = Signal(bool)  # a text search is running on the search thread

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("Recipient"), self.tr("Message"), self.tr("Parts"),
                self.tr("State"), self.tr("Gateway ID"), self.tr("Error"))

    def __init__(self, history: History) -> None:
        super().__init__()
        self.history = history
        self._filter = OutboxFilter()
        self._count = 0
        self._formatted: dict[int, _Shown] = {}  # message id -> row as shown, once shown
        self._rows = PageCache(self._read, lambda values: values.id,
                               lambda values: self._formatted.pop(values.id, None))
        # With search text, rows are the ids the search thread found, newest first.
        self._found: array[int] | None = None
        self._searcher: IdSearch | None = None
        notifier.changed.connect(self._recolour)
        self.reload()

    # --- filtering -------------------------------------------------------------------------

    @property
    def shown(self) -> OutboxFilter:
        """The filter the rows follow now."""
        return self._filter

    def set_filter(self, state: str | None, search: str) -> None:
        self._apply(replace(self._filter, state=State(state) if state else None,
                            text=search.strip()))

    def set_campaign(self, campaign_id: int | None) -> None:
        """Show one campaign's messages only (None: every message)."""
        self._apply(replace(self._filter, campaign_id=campaign_id))

    def set_queued_from(self, workstation: str | None, user: str | None) -> None:
        """Show the messages queued on one workstation, by one user (None: any)."""
        self._apply(replace(self._filter, workstation=workstation, user=user))

    def _apply(self, shown: OutboxFilter) -> None:
        if shown != self._filter:
            self._filter = shown
            self.reload()

    def reload(self) -> None:
        """Re-read from the store. A text search scans, so it runs on the search thread:
        the rows go empty until its answer comes (searching(True) until then)."""
        # Counted before the reset: a count that fails (a team's server away) left the
        # model half reset.
        count = 0 if self._filter.text else self.history.count_shown(self._filter)
        self.beginResetModel()
        self._forget_rows()
        self._count, self._found = count, array("q") if self._filter.text else None
        self.endResetModel()
        if self._filter.text:
            self._start_search()

    def _start_search(self) -> None:
        if self._searcher is None:
            self._searcher = IdSearch(self.history.source(), _matching_messages,
                                      "outbox-search")
            self._searcher.found.connect(self._search_found)
        self._searcher.find(self._filter)
        self.searching.emit(True)

    def _search_found(self, ids: array[int]) -> None:
        if not self._filter.text:  # the text was cleared meanwhile
            return
        self.beginResetModel()
        self._forget_rows()
        self._found, self._count = ids, len(ids)
        self.endResetModel()
        self.searching.emit(False)

    def _recolour(self) -> None:
        """The scheme changed: the rows are formatted again, in the other set's colours."""
        self._formatted.clear()
        if self._count:
            self.dataChanged.emit(self.index(0, STATE_COLUMN),
                                  self.index(self._count - 1, STATE_COLUMN))

    def _forget_rows(self) -> None:
        self._rows.clear()
        self._formatted.clear()

    def close(self) -> None:
        """Stop the search thread, if one was started, and following the scheme."""
        notifier.changed.disconnect(self._recolour)
        if self._searcher is not None:
            self._searcher.stop()

    # --- live updates ------------------------------------------------------------------------

    def messages_added(self, ids: list[int]) -> None:
        """New messages go on top (newest first); the rows below shift down."""
        if self._filter.text:  # they may match: search again, rows stay until the answer
            self._start_search()
            return
        count = self.history.count_shown(self._filter)
        grown = count - self._count
        self._forget_rows()
        if grown > 0:
            self.beginInsertRows(QModelIndex(), 0, grown - 1)
            self._count = count
            self.endInsertRows()
        elif grown < 0:
            self.reload()
        elif self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, self.COLUMNS - 1))

    def messages_changed(self, ids: list[int]) -> None:
        """Re-read only the changed rows that are loaded; others are read when shown."""
        known = [(row, i) for i in ids if (row := self._rows.row_of(i)) is not None]
        if not known:
            return
        fresh = {values.id: values for values in self.history.rows([i for _, i in known])}
        for row, message_id in known:
            self._formatted.pop(message_id, None)
            if message_id in fresh:
                self._rows.replace(row, fresh[message_id])
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMNS - 1))

    # --- Qt model interface ----------------------------------------------------------------

    def row_total(self) -> int:
        return self._count

    def row(self, row: int) -> HistoryRow | None:
        """The row's values as read from the store."""
        if not 0 <= row < self._count:
            return None
        return self._rows.get(row)

    def _read(self, offset: int, limit: int) -> list[HistoryRow]:
        if self._found is None:
            return self.history.page(self._filter, offset, limit)
        # The search's ids for this page, read by key (deleted meanwhile: skipped).
        return self.history.rows(self._found[offset:offset + limit].tolist())

    def _shown(self, values: HistoryRow) -> _Shown:
        preview = " ".join(values.text.split())
        number = display(values.recipient)
        error = message_error_text.describe(values.error, values.error_code,
                                            values.error_params)
        texts = (
            when(values.created_at),
            f"{values.contact} ({number})" if values.contact else number,
            preview if len(preview) <= 60 else preview[:59] + "…",
            values.parts, state_text(values.state, values.send_at), values.gateway_id or "",
            error,
        )
        tips = (None, None, values.text, None, state_tip(values.state, values.send_at), None,
                error or None)
        paint = _STATE_PAINT[colours() is DARK][values.state]
        shown = self._formatted[values.id] = _Shown(values, texts, tips, *paint)
        return shown

    def _shown_at(self, row: int) -> _Shown | None:
        values = self.row(row)
        if values is None:
            return None
        return self._formatted.get(values.id) or self._shown(values)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        return self._value(self._shown_at(index.row()), index.column(), role)

    # PySide6's stubs give the span neither len() nor indexing, which it has at run time.
    def multiData(self, index: Index,  # type: ignore[override]  # noqa: N802
                  roleDataSpan: QModelRoleDataSpan) -> None:  # noqa: N803
        """All the roles a delegate wants for one cell in one call: a paint makes ~7 calls
        per cell otherwise, each of which must take the GIL from a busy worker."""
        shown, column = self._shown_at(index.row()), index.column()
        for position in range(len(roleDataSpan)):  # type: ignore[arg-type]
            item = roleDataSpan[position]  # type: ignore[index]
            item.setData(self._value(shown, column, item.role()))

    def _value(self, shown: _Shown | None, column: int, role: int) -> Any:
        if shown is None:
            return None
        if role == _DISPLAY:
            return shown.texts[column]
        if role == self.ID_ROLE:
            return shown.values.id
        if role == self.STATE_ROLE:
            return shown.values.state
        if role == _FOREGROUND and column == STATE_COLUMN:
            return shown.brush
        if role == _DECORATION and column == STATE_COLUMN:
            return shown.colour
        if role == _TOOLTIP:
            return shown.tips[column]
        if role == _ALIGNMENT and column == PARTS_COLUMN:
            return _RIGHT
        return None


def _matching_messages(conn: Connection, shown: OutboxFilter) -> array[int]:
    return History(conn).matching_ids(shown)
