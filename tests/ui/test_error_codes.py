"""Every error a use case can raise reaches a Danish user in Danish.

The services raise `ServiceError`s with a `code` and `values` (and an English message for the
CLI and the logs); `ui/messages.py` translates the codes. These tests read the services' source:
every `ServiceError` (or subclass) they construct must pass a literal `code=`, and every code,
like every `FieldError` code of the lower layers, must have a text of its own in Danish. A new
raise without a code, or with a code nobody translated, fails here.
"""

from __future__ import annotations

import ast
import importlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from coordinator_app.domain.validation import FieldError
from coordinator_app.services.errors import NotFound, ServiceError, ValidationFailed
from coordinator_app.services.row_changes import HasHistory
from coordinator_app.ui import messages
from coordinator_app.ui.app import install_translators
from coordinator_app.ui.messages import error_text, field_error_text, service_error_text
from coordinator_app.ui.plain_text import as_text

PACKAGE = Path(__file__).parents[2] / "coordinator_app"
PLACEHOLDER = re.compile(r"%\d")


@dataclass(frozen=True)
class RaiseSite:
    where: str
    cls: type[ServiceError]
    code: str | None  # None: no literal code= given
    values: frozenset[str] | None  # the keys of a literal values={...}; None if not literal


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


def _service_error_class(module: object, func: ast.expr) -> type[ServiceError] | None:
    """The ServiceError subclass a call constructs (`NotFound(…)`, `errors.NotFound(…)`)."""
    target: object = None
    if isinstance(func, ast.Name):
        target = getattr(module, func.id, None)
    elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        target = getattr(getattr(module, func.value.id, None), func.attr, None)
    if isinstance(target, type) and issubclass(target, ServiceError):
        return target
    return None


def service_error_sites() -> Iterator[RaiseSite]:
    """Every ServiceError the services construct, whether raised at once or by a helper."""
    for path in sorted((PACKAGE / "services").rglob("*.py")):
        module = importlib.import_module(_module_name(path))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Name | ast.Attribute):
                cls = _service_error_class(module, node.exc)  # `raise NotFound`, no call
                if cls is not None:
                    yield RaiseSite(f"{path.name}:{node.lineno}", cls, None, None)
            if not isinstance(node, ast.Call):
                continue
            cls = _service_error_class(module, node.func)
            if cls is None:
                continue
            keywords = {k.arg: k.value for k in node.keywords}
            code = keywords.get("code")
            values = keywords.get("values")
            yield RaiseSite(
                f"{path.name}:{node.lineno}",
                cls,
                code.value
                if isinstance(code, ast.Constant) and isinstance(code.value, str)
                else None,
                frozenset(str(k.value) for k in values.keys if isinstance(k, ast.Constant))
                if isinstance(values, ast.Dict)
                else (frozenset() if values is None else None),
            )


def coded_sites() -> list[RaiseSite]:
    # ValidationFailed carries FieldErrors (their codes are checked below); HasHistory says
    # which refusal it is by its first argument (both are checked below).
    return [
        s for s in service_error_sites() if not issubclass(s.cls, ValidationFailed | HasHistory)
    ]


def field_error_codes() -> set[str]:
    """The code of every FieldError made anywhere in the app (its second argument), and of
    every `required_code=` handed to a helper that makes one (`domain.minutes.check_text`)."""
    codes: set[str] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            for keyword in node.keywords:
                if keyword.arg == "required_code" and isinstance(keyword.value, ast.Constant):
                    codes.add(str(keyword.value.value))
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name != "FieldError":
                continue
            code = next((k.value for k in node.keywords if k.arg == "code"), None)
            if code is None and len(node.args) >= 2:
                code = node.args[1]
            if isinstance(code, ast.Name) and code.id == "required_code":
                continue  # collected where the helper is called
            assert isinstance(code, ast.Constant) and isinstance(code.value, str), (
                f"{path.name}:{node.lineno}: a FieldError needs a literal code"
            )
            codes.add(code.value)
    return codes


def in_danish(make: Callable[[], list[str]]) -> list[str]:
    """The texts `make` gives with the Danish translation installed."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "da")
    try:
        return make()
    finally:
        for translator in translators:
            app.removeTranslator(translator)


@pytest.fixture
def danish(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "da")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_every_service_error_has_a_literal_code() -> None:
    sites = coded_sites()
    assert len(sites) > 40  # the collector finds them
    missing = [s.where for s in sites if s.code is None]
    assert missing == [], 'give these a code="…" (and a text in ui/messages.py)'
    not_literal = [s.where for s in sites if s.values is None]
    assert not_literal == [], "give these values={…} as a literal dict"


def test_every_code_has_a_text_with_the_values_it_needs() -> None:
    texts = messages.service_error_texts()
    problems = []
    for site in coded_sites():
        assert site.code is not None and site.values is not None
        if site.code not in texts:
            problems.append(f"{site.where}: {site.code} has no text in ui/messages.py")
            continue
        text, keys = texts[site.code]
        if sorted(PLACEHOLDER.findall(text)) != [f"%{n}" for n in range(1, len(keys) + 1)]:
            problems.append(f"{site.code}: {text!r} does not use exactly %1..%{len(keys)}")
        if missing := set(keys) - site.values:
            problems.append(f"{site.where}: {site.code} needs the values {sorted(missing)}")
    assert problems == []


def _sample(site: RaiseSite) -> ServiceError:
    values = {key: f"<{key}>" for key in site.values or ()}
    return site.cls(f"English text of {site.code}", code=site.code or "", values=values)


def test_every_service_error_code_is_translated_into_danish(qapp: QApplication) -> None:
    """Danish differs from the English source text (which a missing translation shows), and
    shows every value."""
    samples = [_sample(site) for site in coded_sites()]
    english = [service_error_text(exc) for exc in samples]
    danish = in_danish(lambda: [service_error_text(exc) for exc in samples])
    untranslated = {
        exc.code
        for exc, en, da in zip(samples, english, danish, strict=True)
        if da in (en, exc.args[0])
    }
    assert sorted(untranslated) == []
    for exc, text in zip(samples, danish, strict=True):
        for key in exc.values:
            assert f"<{key}>" in text, f"{exc.code}: the value {key} is not shown"


def test_every_field_error_code_is_translated_into_danish(qapp: QApplication) -> None:
    codes = sorted(field_error_codes())
    assert {"name_required", "email_invalid", "offset_range"} <= set(codes)
    samples = [FieldError("field", code, f"English text of {code}", "<value>") for code in codes]
    english = [field_error_text(error) for error in samples]
    danish = in_danish(lambda: [field_error_text(error) for error in samples])
    untranslated = [
        error.code
        for error, en, da in zip(samples, english, danish, strict=True)
        if da in (en, error.message)
    ]
    assert untranslated == []


def test_has_history_and_validation_errors_are_translated(danish: None) -> None:
    for code in ("delete_member", "undo_import"):
        text = error_text(HasHistory(code, ["Mette Kjærgaard"], ["attendance"]))
        assert "Mette Kjærgaard" in text and "cannot" not in text
    failed = ValidationFailed([FieldError("name", "name_required", "Please enter a name.")])
    assert error_text(failed) != "Please enter a name."


def test_a_service_error_is_shown_in_danish_with_its_data_as_text(danish: None) -> None:
    exc = ServiceError(
        "There is already a group called “<b>IT Drift</b>”.",
        code="group_exists",
        values={"name": "<b>IT Drift</b>"},
    )
    text = error_text(exc)
    assert text == "Der findes allerede en gruppe, der hedder »<b>IT Drift</b>«."
    assert "&lt;b&gt;IT Drift&lt;/b&gt;" in as_text(text)  # as message boxes get it
    # An unknown code (say, from a newer version) falls back to the English message.
    other = NotFound("Something else.", code="no_such_code")
    assert service_error_text(other) == "Something else."
