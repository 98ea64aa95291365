"""All of marsad's exceptions. Each per-article error has a `kind` (SCHEMA.md § Errors)."""


class MarsadError(Exception):
    """Base class of every error marsad raises on purpose."""

    kind = "internal"


class InputError(MarsadError):
    """An article that cannot be processed; recorded on its document, never fatal to a run."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class PipelineError(MarsadError):
    """A pipeline built wrongly: a stage requires what no earlier stage provides."""

    kind = "pipeline"


class UsageError(MarsadError):
    """A command used wrongly (bad option, missing file); the CLI exits 2."""

    kind = "usage"


class ModelError(MarsadError):
    """A shipped model or data file is missing or unreadable."""

    kind = "model"
