"""The one settings object. Built once at the edge (CLI, server) and passed in."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from assistant.errors import ConfigError

BUNDLED_MODEL = "bundled:all-MiniLM-L6-v2"
REPO_ROOT = Path(__file__).resolve().parent.parent


def default_index_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "cni-advisor" / "index"


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cni-advisor"


class Settings(BaseSettings):
    """Every knob of cni-advisor; env prefix CNI_ADVISOR_, `.env` in the working directory."""

    model_config = SettingsConfigDict(env_prefix="CNI_ADVISOR_", env_file=".env", extra="ignore")

    index_dir: Path = Field(default_factory=default_index_dir)
    kb_dir: Path = REPO_ROOT / "kb"
    embedding_model: str = BUNDLED_MODEL
    embedding_batch_size: int = Field(default=32, ge=1)
    embedding_backend: Literal["onnx", "torch"] = "onnx"
    embedding_quantize: Literal["none", "int8"] = "none"
    embedding_cache_dir: Path = Field(default_factory=default_cache_dir)
    chroma_url: str = ""
    collection: str = "cni_advisor"
    llm_provider: Literal["none", "openai", "ollama"] = "none"
    llm_model: str = ""
    llm_base_url: str = ""
    llm_api_key: SecretStr | None = None
    llm_timeout: float = Field(default=60.0, gt=0)
    top_k: int = Field(default=6, ge=1, le=50)
    retriever: Literal["hybrid", "dense", "lexical"] = "hybrid"
    max_question_chars: int = Field(default=2000, ge=10)
    chunk_size: int = Field(default=1000, ge=200)
    chunk_overlap: int = Field(default=100, ge=0)

    @field_validator("chroma_url")
    @classmethod
    def _url(cls, v: str) -> str:
        v = v.strip()
        if v and not v.startswith(("http://", "https://")):
            raise ValueError("must look like http://HOST:PORT, or be empty for the embedded store")
        return v.rstrip("/")

    @property
    def storage_mode(self) -> str:
        return "server" if self.chroma_url else "embedded"

    @property
    def chroma_dir(self) -> Path:
        return self.index_dir / "chroma"

    @property
    def lexical_path(self) -> Path:
        return self.index_dir / "lexical.sqlite3"

    @property
    def feedback_path(self) -> Path:
        return self.index_dir / "feedback.jsonl"


def load_settings(**overrides) -> Settings:
    """Settings from env/.env plus explicit overrides; a bad value becomes a one-line ConfigError."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**clean)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = str(err["loc"][0]) if err["loc"] else "?"
        raise ConfigError(
            f"invalid setting CNI_ADVISOR_{key.upper()}: {err['msg']} (got {err.get('input')!r})"
        ) from None


def check_index_dir(settings: Settings, *, write: bool) -> Path:
    """The index directory, created when `write`; a ConfigError naming the setting if unusable."""
    path = settings.index_dir
    try:
        if write:
            path.mkdir(parents=True, exist_ok=True)
        if path.exists():
            if not path.is_dir():
                raise ConfigError(f"CNI_ADVISOR_INDEX_DIR={path} is not a directory")
            mode = os.R_OK | os.X_OK | (os.W_OK if write else 0)
            if not os.access(path, mode):
                raise ConfigError(
                    f"CNI_ADVISOR_INDEX_DIR={path} is not {'writable' if write else 'readable'}:"
                    " fix its permissions or pass --index DIR"
                )
    except PermissionError as exc:
        raise ConfigError(f"CNI_ADVISOR_INDEX_DIR={path} cannot be used: {exc.strerror}") from None
    return path
