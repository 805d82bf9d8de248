"""Real SMTP servers on loopback for email tests: one that accepts mail, one that never answers, and none at all.

Use them from a test module with ``pytest_plugins = ["contributions.tests.smtp"]``.
"""

import email
import email.policy
import socket
import threading

import pytest
from aiosmtpd.controller import Controller
from django.core.mail.utils import DNS_NAME

HOST = "127.0.0.1"
TIMEOUT = 1


def free_port():
    """A loopback port that nothing listens on (at least at the moment of asking)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def use_smtp(settings, port, timeout=TIMEOUT):
    """Point Django's SMTP backend at HOST:port, without TLS or login, giving up after `timeout` seconds."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = HOST
    settings.EMAIL_PORT = port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = timeout
    # Django looks up the machine's FQDN once, on the first SMTP connection: do it now, not inside a timed test.
    DNS_NAME.get_fqdn()


class Collector:
    """An aiosmtpd handler that keeps every message it receives, parsed."""

    def __init__(self, messages):
        self.messages = messages

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.original_content, policy=email.policy.default))
        return "250 Message accepted for delivery"


class SMTPServer:
    """An SMTP server on a fixed loopback port that tests can take down and bring back."""

    def __init__(self, port):
        self.port = port
        self.messages = []
        self._controller = None

    def start(self):
        # A stopped Controller has closed its event loop, so every start needs a new one.
        self._controller = Controller(Collector(self.messages), hostname=HOST, port=self.port)
        self._controller.start()

    def stop(self):
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


class SilentServer:
    """Accepts connections and never says a word, like a mail server that hangs."""

    def __init__(self):
        self._listener = socket.create_server((HOST, 0))
        self._listener.settimeout(0.1)
        self.port = self._listener.getsockname()[1]
        self._connections = []
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def start(self):
        self._thread.start()

    def _accept(self):
        while not self._stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            self._connections.append(connection)

    def stop(self):
        self._stopping.set()
        self._thread.join()
        for connection in [*self._connections, self._listener]:
            connection.close()


@pytest.fixture
def smtp_server(settings):
    """A working SMTP server on loopback, Django's SMTP backend pointed at it: `.messages`, `.stop()`, `.start()`."""
    server = SMTPServer(free_port())
    server.start()
    use_smtp(settings, server.port)
    yield server
    server.stop()


@pytest.fixture
def silent_smtp_server(settings):
    """A server that accepts the connection and never answers, with Django's SMTP backend pointed at it."""
    server = SilentServer()
    server.start()
    use_smtp(settings, server.port)
    yield server
    server.stop()


@pytest.fixture
def refusing_smtp_port(settings):
    """A loopback port with nothing listening, with Django's SMTP backend pointed at it."""
    port = free_port()
    use_smtp(settings, port)
    return port
