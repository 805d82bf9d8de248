"""Local development: DEBUG on, console email, a throwaway secret key."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-not-secret-minbar")  # noqa: S105
MINBAR_DEMO_ACCOUNTS = True
