"""Retry policy: which failures are retried and how long to wait. Pure functions, no I/O: the
caller passes the clock and the random source, so tests never sleep."""

from __future__ import annotations

import email.utils
from collections.abc import Callable, Iterable, Mapping
from typing import Final

import attrs


def _number(attribute: attrs.Attribute[float], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{attribute.name} must be a number, got {value!r}")


def _non_negative(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    _number(attribute, value)
    if value < 0:
        raise ValueError(f"{attribute.name} must not be negative, got {value}")


def _positive_or_none(
    _: object, attribute: attrs.Attribute[int], value: int | None
) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise TypeError(
            f"{attribute.name} must be a whole number or None, got {value!r}"
        )
    if value is not None and value < 1:
        raise ValueError(f"{attribute.name} must be at least 1, got {value}")


def _at_least_one(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    _number(attribute, value)
    if value < 1:
        raise ValueError(f"{attribute.name} must be at least 1, got {value}")


def _fraction(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    _non_negative(_, attribute, value)
    if value > 1:
        raise ValueError(f"{attribute.name} must be between 0 and 1, got {value}")


def _flag(_: object, attribute: attrs.Attribute[bool], value: bool) -> None:
    if not isinstance(value, bool):
        raise TypeError(f"{attribute.name} must be True or False, got {value!r}")


def _statuses(
    _: object, attribute: attrs.Attribute[tuple[str, ...]], value: object
) -> None:
    if isinstance(value, (str, bytes)) or not isinstance(value, tuple):
        raise TypeError(
            f"{attribute.name} must be a tuple of status codes, got {value!r}"
        )
    for item in value:
        text = str(item).strip().upper()
        if isinstance(item, bool) or not (
            len(text) == 3
            and text[0] in "12345"
            and (text[1:].isdigit() or text[1:] == "XX")
        ):
            raise ValueError(
                f'{attribute.name}: {item!r} is not a status ("503", "5XX")'
            )


def _int_codes(
    _: object, attribute: attrs.Attribute[tuple[int, ...]], value: object
) -> None:
    if not isinstance(value, tuple) or not all(
        isinstance(v, int) and not isinstance(v, bool) for v in value
    ):
        raise TypeError(
            f"{attribute.name} must be a tuple of integer statuses, got {value!r}"
        )


def _to_tuple(value: object) -> object:
    return tuple(value) if isinstance(value, list) else value


@attrs.frozen
class RetryConfig:
    """How a failed request is retried.

    Attributes:
        max_attempts: attempts in all, the first included; ``None`` leaves only the time limit.
        initial_interval: seconds before the first retry.
        max_interval: the longest wait between two attempts, in seconds.
        exponent: each wait is the previous one times this.
        max_elapsed_time: no retry starts after this many seconds since the first attempt.
        status_codes: statuses retried (``"5XX"``, ``"503"``...).
        retry_connection_errors: retry when no response arrived: always when the request
            could not be sent (refused, DNS, connect timeout); after a read timeout or a
            connection cut once it was sent, only for idempotent methods (GET, HEAD, OPTIONS,
            PUT, DELETE) and for operations that carry an idempotency key, never for a plain
            POST or PATCH, which could do (and bill) the work twice.
        jitter: the fraction of each wait that is randomised (0.25: +-25%).
        respect_retry_after: wait as long as a ``Retry-After`` header says, when it says.
        retry_after_statuses: statuses retried whenever they carry a ``Retry-After`` header.
    """

    max_attempts: int | None = attrs.field(default=3, validator=_positive_or_none)
    initial_interval: float = attrs.field(default=0.5, validator=_non_negative)
    max_interval: float = attrs.field(default=60.0, validator=_non_negative)
    exponent: float = attrs.field(default=1.5, validator=_at_least_one)
    max_elapsed_time: float = attrs.field(default=3600.0, validator=_non_negative)
    status_codes: tuple[str, ...] = attrs.field(
        default=("5XX",), converter=_to_tuple, validator=_statuses
    )
    retry_connection_errors: bool = attrs.field(default=True, validator=_flag)
    jitter: float = attrs.field(default=0.25, validator=_fraction)
    respect_retry_after: bool = attrs.field(default=True, validator=_flag)
    retry_after_statuses: tuple[int, ...] = attrs.field(
        default=(429, 503), converter=_to_tuple, validator=_int_codes
    )


NO_RETRIES: Final = RetryConfig(max_attempts=1)


def status_matches(status: int, patterns: Iterable[str]) -> bool:
    """Whether ``status`` is named by one of ``patterns`` (``"500"``, ``"5XX"``)."""
    code = str(status)
    for pattern in patterns:
        p = pattern.strip().upper()
        if p == code or (len(p) == 3 and p.endswith("XX") and p[0] == code[0]):
            return True
    return False


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None


def parse_retry_after(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds to wait as the response asks (``retry-after-ms``, then ``Retry-After`` as
    seconds or as an HTTP date); ``None`` when it does not ask or cannot be read."""
    ms = _header(headers, "retry-after-ms")
    if ms is not None:
        try:
            return max(0.0, float(ms) / 1000)
        except ValueError:
            pass
    value = _header(headers, "retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - now)


def backoff_delay(
    config: RetryConfig, retry_number: int, random: Callable[[], float]
) -> float:
    """The wait before retry ``retry_number`` (1 for the first), with jitter."""
    base = min(
        config.initial_interval * config.exponent ** (retry_number - 1),
        config.max_interval,
    )
    spread = base * config.jitter * (2 * random() - 1)
    return min(max(0.0, base + spread), config.max_interval)


def next_delay(
    config: RetryConfig,
    retry_number: int,
    *,
    status: int | None,
    headers: Mapping[str, str] | None,
    connection_error: bool,
    elapsed: float,
    now: float,
    random: Callable[[], float],
) -> float | None:
    """How long to wait before retry ``retry_number``, or ``None`` not to retry."""
    if config.max_attempts is not None and retry_number >= config.max_attempts:
        return None
    retry_after = (
        parse_retry_after(headers, now)
        if headers is not None and config.respect_retry_after
        else None
    )
    if connection_error:
        if not config.retry_connection_errors:
            return None
    elif status is None or not (
        status_matches(status, config.status_codes)
        or (retry_after is not None and status in config.retry_after_statuses)
    ):
        return None
    if retry_after is not None:
        if retry_after > config.max_interval:
            return None  # the server asks for longer than we are willing to wait
        delay = retry_after
    else:
        delay = backoff_delay(config, retry_number, random)
    if elapsed + delay > config.max_elapsed_time:
        return None
    return delay
