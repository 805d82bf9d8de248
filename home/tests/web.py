"""HTTP for the reliability tests: a client that fills in forms as a browser does, load from threads, polling.

Used with the servers of home/tests/servers.py, and in process where a page's form must be read back.
"""

import threading
import time
from urllib.parse import urljoin

import pytest
import requests
from bs4 import BeautifulSoup


class Browser:
    """An HTTP client with cookies that reads a page's form and posts it back, CSRF token included."""

    def __init__(self, base_url, language="ar"):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.headers["Accept-Language"] = language

    def get(self, path, **kwargs):
        kwargs.setdefault("timeout", 30)
        return self.session.get(urljoin(self.base_url, path), allow_redirects=False, **kwargs)

    def post(self, path, data, files=None, **kwargs):
        kwargs.setdefault("timeout", 30)
        url = urljoin(self.base_url, path)
        return self.session.post(url, data=data, files=files, allow_redirects=False, **kwargs)

    def form(self, path, selector="form[method=post]"):
        """The fields of the page's form as a browser would send them untouched: a list of (name, value)."""
        response = self.get(path)
        assert response.status_code == 200, (path, response.status_code)
        return form_fields(response.text, selector)

    def submit(self, path, changes=None, files=None, selector="form[method=post]", fields=None):
        """Fill in the form found at path (or the fields given) with changes and post it."""
        fields = self.form(path, selector) if fields is None else fields
        return self.post(path, fill(fields, changes or {}), files=files)


def form_fields(html, selector="form[method=post]"):
    """(name, value) pairs a browser would send for the first form matching selector, without any change."""
    form = BeautifulSoup(html, "html.parser").select_one(selector)
    assert form is not None, f"no {selector} in the page"
    fields = []
    for element in form.find_all(["input", "textarea", "select"]):
        name, kind = element.get("name"), (element.get("type") or "text").lower()
        if not name or kind in ("submit", "button", "file", "image", "reset"):
            continue
        if element.name == "textarea":
            fields.append((name, element.text.removeprefix("\n")))
        elif element.name == "select":
            chosen = element.find("option", selected=True) or element.find("option")
            fields.append((name, chosen.get("value", chosen.text) if chosen else ""))
        elif kind not in ("checkbox", "radio") or element.has_attr("checked"):
            fields.append((name, element.get("value", "on" if kind in ("checkbox", "radio") else "")))
    return fields


def page_errors(html):
    """The text of the page's error summary (for assertion messages), or the start of the page."""
    summary = BeautifulSoup(html, "html.parser").select_one(".error-summary")
    return " ".join(summary.get_text(" ").split()) if summary else html[:1500]


def fill(fields, changes):
    """The form's fields with changes applied: a value replaces the field's, None removes it, new names are added."""
    filled = [(name, value) for name, value in fields if name not in changes]
    return filled + [(name, value) for name, value in changes.items() if value is not None]


def lesson_proposal(title, email, module_pk, **changes):
    """What a contributor types into the new-lesson form: a short, complete lesson in Arabic."""
    return {
        "module": str(module_pk),
        "title": title,
        "summary": "احفظ جهات الاتصال قبل أن يضيع الهاتف.",
        "introduction": "الهواتف **تضيع**. النسخة الاحتياطية تحفظ عملك.",
        "steps-0-title": "افتح الإعدادات",
        "steps-0-body": "اضغط على **الإعدادات**.",
        "credit_name": "هاوري",
        "email": email,
        "contributor_type": "individual",
        "consent_licence": "on",
        "confirms_rights": "on",
        **changes,
    }


def wait_for(predicate, timeout=30, interval=0.2, message="condition"):
    """Poll predicate until it returns something true; fail after timeout seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        time.sleep(interval)
    pytest.fail(f"timed out after {timeout}s waiting for {message}")


class Load:
    """Threads that request the given paths over and over until stopped, recording every answer.

    Each record is (started, finished, status, body, path); status 0 means the connection failed or timed out.
    """

    def __init__(self, base_url, paths, threads=4, timeout=30):
        self.base_url, self.paths, self.timeout = base_url, list(paths), timeout
        self.records = []
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._run, args=(number,), daemon=True) for number in range(threads)]

    def _run(self, number):
        session = requests.Session()
        index = number
        while not self._stop.is_set():
            path = self.paths[index % len(self.paths)]
            index += 1
            started = time.monotonic()
            try:
                response = session.get(self.base_url + path, timeout=self.timeout, allow_redirects=False)
                status, body = response.status_code, response.text
            except requests.RequestException as error:
                status, body = 0, repr(error)
            self.records.append((started, time.monotonic(), status, body, path))

    def __enter__(self):
        for thread in self._threads:
            thread.start()
        return self

    def __exit__(self, *exc_info):
        self._stop.set()
        for thread in self._threads:
            thread.join(self.timeout + 5)

    def between(self, start, end):
        """Records of requests that began at or after start and ended by end (monotonic times)."""
        return [record for record in self.records if record[0] >= start and record[1] <= end]
