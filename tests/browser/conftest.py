"""Shared by every browser test: Debian's Chromium driven by Playwright, one browser per session, a phone-sized page.

Never a downloaded browser: `make test` installs Debian's chromium.
"""

import os
import re
import shutil
import warnings
from urllib.parse import unquote_plus

import pytest

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API runs an event loop in this thread

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail("Debian's chromium is needed for the browser tests: apt-get install chromium (make test does this)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


#: The access log of the whole browser run: every request line the browser sent (what a server or proxy log records;
#: a Referer is always an earlier request line), with the test that sent it. Compared at the end with what the tests
#: typed into the pages: no name and no free text may appear in it.
ACCESS_LOG: list[tuple[str, str]] = []
TYPED: list[tuple[str, str]] = []
#: Leaks known and owned elsewhere, reported as warnings until their fix is merged ({test module: reason}). Empty: the
#: budget link (?h=) holds no names and the carers' support plan is posted.
KNOWN_ELSEWHERE: dict[str, str] = {}


def _free_text(value: str) -> bool:
    """Text a person typed that is not a number, a date or an amount: a name, a description."""
    return len(value) >= 3 and re.search(r"[^\W\d_]{3}", value) is not None


@pytest.fixture(scope="session", autouse=True)
def access_log_holds_no_names_or_free_text():
    from playwright.sync_api import Locator

    original = Locator.fill

    def fill(self, value, *args, **kwargs):
        if _free_text(str(value)):
            TYPED.append((os.environ.get("PYTEST_CURRENT_TEST", "").split("::")[0], str(value)))
        return original(self, value, *args, **kwargs)

    Locator.fill = fill
    yield
    Locator.fill = original
    leaks = []
    for _test, typed in TYPED:
        for text in filter(_free_text, (line.strip() for line in typed.splitlines())):
            for sender, line in ACCESS_LOG:
                if text.lower() in _readable(line).lower():
                    leaks.append((_module(sender), text, line[:160]))
    for module, word, line in leaks:
        if module in KNOWN_ELSEWHERE:
            warnings.warn(f"access log: {word!r} in {line} ({KNOWN_ELSEWHERE[module]})", stacklevel=1)
    assert not [leak for leak in leaks if leak[0] not in KNOWN_ELSEWHERE], leaks


def _readable(line: str) -> str:
    """A request line as a log reader could read it: URL-decoded, and any compressed query value (like the budget's
    `?h=`, zlib + base64) unpacked, since anyone with the log can unpack it too."""
    import base64
    import zlib
    from urllib.parse import parse_qsl, urlsplit

    parts = [unquote_plus(line)]
    for _key, value in parse_qsl(urlsplit(line.split(" ", 1)[-1]).query):
        try:
            parts.append(zlib.decompress(base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))).decode("utf-8", "replace"))
        except (ValueError, zlib.error):
            pass
    return " ".join(parts)


def _module(test: str) -> str:
    """tests/browser/test_x.py → test_x"""
    return os.path.splitext(os.path.basename(test))[0]


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL", accept_downloads=True)
    page = context.new_page()
    blocked = []  # the Content-Security-Policy must never have to block anything our own pages do
    page.on("console", lambda message: blocked.append(message.text) if "Content Security Policy" in message.text else None)
    test = os.environ.get("PYTEST_CURRENT_TEST", "").split("::")[0]
    page.on("request", lambda request: ACCESS_LOG.append((test, f"{request.method} {request.url}")))
    yield page
    context.close()
    assert not blocked, blocked
