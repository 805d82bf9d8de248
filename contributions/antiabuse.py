"""Keeping automated submissions out without third parties: a honeypot, a signed form token, rate limits.

Rate limits and used tokens live in Django's default cache, which production shares between processes (Redis,
CACHE_URL); with a per-process cache each worker would count on its own. The client address comes from
REMOTE_ADDR, or from the header named by RATELIMIT_IP_META_KEY when a trusted proxy sets one: a client-sent
X-Forwarded-For is never trusted on its own.
"""

import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import get_usage

SIGNING_SALT = "minbar.contribution.form"
HONEYPOT_FIELD = "website"

DEFAULT_RATE_LIMITS = {
    # Proposals stored (after the form is valid), per client address and per email address.
    "submit_ip": "5/h",
    "submit_email": "3/h",
    # Any post of a proposal form, valid or not: bounds the work a client can make the server do.
    "post_ip": "60/h",
    "verify_ip": "30/h",
    "track_ip": "120/h",
    "track_post_ip": "20/h",
}

TOKEN_ERRORS = {
    "forged": _("This form could not be checked. Please look over your proposal and send it again."),
    "too_fast": _(
        "That was quicker than a person can fill in this form. Please look over your proposal and send it again."
    ),
    "expired": _("This form was open for too long. Please look over your proposal and send it again."),
    "replayed": _(
        "This form has already been sent. If you meant to send it again, look it over and send it once more."
    ),
}


def min_seconds():
    return getattr(settings, "MINBAR_FORM_MIN_SECONDS", 3)


def max_age_seconds():
    return getattr(settings, "MINBAR_FORM_MAX_AGE", 6 * 60 * 60)


def issue_form_token(issued_at=None):
    """A signed token carrying when the form was shown and a one-time nonce (tests may pass an earlier time)."""
    issued = int(time.time() if issued_at is None else issued_at)
    return signing.dumps({"t": issued, "n": secrets.token_urlsafe(16)}, salt=SIGNING_SALT)


def token_problem(token, now=None):
    """Why the form token is not acceptable (a key of TOKEN_ERRORS), or None; does not use it up."""
    payload = _load(token)
    if payload is None:
        return "forged"
    age = (time.time() if now is None else now) - payload["t"]
    if age < min_seconds():
        return "too_fast"
    if age > max_age_seconds():
        return "expired"
    return None


def use_form_token(token):
    """Remember the token's nonce until the token expires; False if it was already used (a replay)."""
    payload = _load(token)
    if payload is None:
        return False
    return cache.add(f"minbar:form-nonce:{payload['n']}", 1, timeout=max_age_seconds() + 60)


def _load(token):
    try:
        payload = signing.loads((token or "")[:500], salt=SIGNING_SALT)
    except signing.BadSignature:
        return None
    if not isinstance(payload, dict) or not isinstance(payload.get("t"), int) or not isinstance(payload.get("n"), str):
        return None
    return payload


class AntiAbuseForm(forms.Form):
    """The hidden fields every public proposal form carries: the signed token and the honeypot."""

    form_token = forms.CharField(widget=forms.HiddenInput, required=False, max_length=500)
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        # A fresh token on every display: a form shown again after an error starts a new clock.
        self.initial["form_token"] = issue_form_token()

    def fresh(self):
        return AntiAbuseForm(prefix=self.prefix)

    @property
    def is_spam(self):
        """A bot filled in the field people cannot see."""
        return bool(self.is_bound and self.data.get(self.add_prefix(HONEYPOT_FIELD), "").strip())

    @property
    def posted_token(self):
        return self.data.get(self.add_prefix("form_token"), "") if self.is_bound else ""


def rate(name):
    return {**DEFAULT_RATE_LIMITS, **getattr(settings, "MINBAR_RATE_LIMITS", {})}[name]


def hit(request, name, value=None):
    """Count one use of the named limit for the client (or for value); seconds to wait if over it, else 0."""
    key = "ip" if value is None else (lambda group, request: value)
    usage = get_usage(request, group=f"minbar.{name}", key=key, rate=rate(name), increment=True)
    if usage is None or not usage["should_limit"]:
        return 0
    return max(1, usage["time_left"])


def hit_all(request, *limits):
    """Count each (name, value) limit; the longest wait among those exceeded, or 0."""
    return max([hit(request, name, value) for name, value in limits] or [0])
