"""Signed links sent to contributors: proof that they can read the email address they gave."""

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

_signer = signing.TimestampSigner(salt="minbar.contribution.verify")


def verification_token(contribution):
    return _signer.sign(str(contribution.pk))


def contribution_id_from_token(token):
    """The contribution id a verification token was made for, or None if it is forged or too old."""
    try:
        return int(_signer.unsign(token[:200], max_age=settings.MINBAR_VERIFICATION_MAX_AGE))
    except (signing.BadSignature, ValueError):
        return None


def absolute(path):
    return settings.MINBAR_SITE_URL.rstrip("/") + path


def verification_url(contribution):
    with translation.override(contribution.language):
        return absolute(reverse("contributions:verify", kwargs={"token": verification_token(contribution)}))


def tracking_url(contribution):
    with translation.override(contribution.language):
        return absolute(reverse("contributions:track", kwargs={"token": contribution.tracking_token}))
