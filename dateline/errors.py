"""Dateline's coded errors.

    DatelineError                    every error Dateline raises; has .code and str() "[Dnnn] ..."
    ├── InputError                   one bad input item: a batch reports it and goes on
    │   ├── EmptyInputError          D001
    │   ├── BinaryInputError         D002
    │   ├── InputTooLargeError       D003
    │   ├── EncodingError            D004
    │   ├── NoTextError              D005
    │   ├── NotEnglishError          D006
    │   ├── MalformedRecordError     D007
    │   ├── UnreadableInputError     D008
    │   ├── PublicationDateError     D010, D011
    │   └── ProcessingError          D090: a bug met while processing this item
    ├── SetupError                   the installation or a data file is wrong: nothing can run
    │   ├── ModelNotFoundError       D020
    │   └── DataFileError            D030
    ├── StoreError                   D040: the database refused
    │   ├── NotAStoreError           D041
    │   └── MigrationError           D042
    └── UsageError                   D050: a query or option that cannot be answered
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "DataFileError",
    "DatelineError",
    "EmptyInputError",
    "EncodingError",
    "InputError",
    "InputTooLargeError",
    "MalformedRecordError",
    "MigrationError",
    "ModelNotFoundError",
    "NoTextError",
    "NotAStoreError",
    "NotEnglishError",
    "ProcessingError",
    "PublicationDateError",
    "SetupError",
    "StoreError",
    "UnreadableInputError",
    "UsageError",
]


class DatelineError(Exception):
    """Base class: every error carries a stable code such as ``D001``."""

    code = "D000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        if code is not None:
            self.code = code
        self.message = message
        super().__init__(f"[{self.code}] {message}")

    def to_dict(self) -> dict:
        return {"code": self.code, "error": type(self).__name__, "message": self.message}


class InputError(DatelineError):
    """One input item cannot be processed; batches report it and carry on."""


class EmptyInputError(InputError):
    code = "D001"


class BinaryInputError(InputError):
    code = "D002"


class InputTooLargeError(InputError):
    code = "D003"


class EncodingError(InputError):
    code = "D004"


class NoTextError(InputError):
    code = "D005"


class NotEnglishError(InputError):
    code = "D006"


class MalformedRecordError(InputError):
    code = "D007"


class UnreadableInputError(InputError):
    code = "D008"


class PublicationDateError(InputError):
    """D010: no publication date found; D011: a given date cannot be parsed."""

    code = "D010"


class SetupError(DatelineError):
    """The installation or a bundled data file is broken."""


class ModelNotFoundError(SetupError):
    code = "D020"


class DataFileError(SetupError):
    code = "D030"


class StoreError(DatelineError):
    code = "D040"


class NotAStoreError(StoreError):
    """The database exists but is not a Dateline store (or is not a database at all)."""

    code = "D041"


class MigrationError(StoreError):
    """The store could not be brought up to the package's schema."""

    code = "D042"


class UsageError(DatelineError):
    code = "D050"


class ProcessingError(InputError):
    """D090: processing one item hit a bug; the item is reported and skipped, never the batch."""

    code = "D090"

    @classmethod
    def wrap(cls, exc: BaseException) -> "ProcessingError":
        return cls(f"internal error while processing this item ({type(exc).__name__}: {exc}); please report it")
