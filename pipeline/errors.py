"""Named error conditions.

Each class says what the user sees and which exit code follows. Input
errors are caught at the edge of a stage and recorded on the packet as an
`ErrorRecord`; environment and usage errors stop the command.
"""

from __future__ import annotations

from pipeline.records import ErrorRecord

EXIT_OK = 0
EXIT_PACKET_FAILED = 1
EXIT_USAGE = 2
EXIT_ENVIRONMENT = 3


class TriageError(Exception):
    """Base of the project's errors."""

    code = "error"
    exit_code = EXIT_PACKET_FAILED
    transient = False

    def __init__(self, message: str, *, file: str = "", code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        if code:
            self.code = code

    def record(self, file: str | None = None) -> ErrorRecord:
        """The error as a record to keep on the packet."""
        return ErrorRecord(
            file=file if file is not None else self.file,
            code=self.code,
            message=self.message,
            transient=self.transient,
        )


class InputError(TriageError):
    """A file or packet cannot be read as given; never retried."""

    code = "bad-input"


class EmptyFile(InputError):
    code = "empty-file"


class UnsupportedType(InputError):
    code = "unsupported-type"


class EncryptedPDF(InputError):
    code = "encrypted-pdf"


class CorruptFile(InputError):
    code = "corrupt-file"


class UnsafeArchive(InputError):
    code = "unsafe-archive"


class ManifestError(InputError):
    code = "bad-manifest"


class PageTooLarge(InputError):
    code = "page-too-large"


class TransientError(TriageError):
    """Worth one more try (a time-out, a busy resource)."""

    code = "transient"
    transient = True


class OCRTimeout(TransientError):
    code = "ocr-timeout"


class EnvironmentProblem(TriageError):
    """The machine lacks something; the message carries the command that fixes it."""

    code = "environment"
    exit_code = EXIT_ENVIRONMENT


class UsageError(TriageError):
    code = "usage"
    exit_code = EXIT_USAGE
