"""The statements that read a bundle's rows' history are kept per shape (tables x ids of a chunk): a
hostile bundle varying the shape at every chunk must not grow that cache without bound
(``apply._history_sql``), and the history is still read right through a full cache."""

from __future__ import annotations

from desktop.core import organisations
from desktop.core.db import Store
from desktop.core.models import MODEL_BY_TABLE
from desktop.sync import apply

_ENTITIES = sorted(MODEL_BY_TABLE)[:6]


def test_many_shapes_of_history_keep_the_statements_bounded(store: Store) -> None:
    org = organisations.create(store, "Some organisation")
    apply._history_sql.cache_clear()
    with store.engine.connect() as conn:
        for ids in range(1, 61):  # 6 x 60 = 360 shapes, as a bundle of that many odd chunks could ask
            for tables in range(1, len(_ENTITIES) + 1):
                wanted = {entity: [f"row-{n}" for n in range(ids)] for entity in _ENTITIES[:tables]}
                wanted.setdefault("organisation", []).append(org)
                history = apply._load_history(conn, wanted)
                assert list(history) == [("organisation", org)]  # found whatever the shape
                assert [change.op for change in history[("organisation", org)]] == ["insert"]
    info = apply._history_sql.cache_info()
    assert info.maxsize is not None and info.currsize <= info.maxsize <= 256, info
