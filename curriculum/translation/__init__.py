"""Keeping the Arabic and English editions in step with wagtail-localize, every translation reviewed before it is live.

- `models`: what each translated edition was made from, recorded by signals, so staleness can be told robustly.
- `status`: untranslated, in progress, out of date or current, for the admin report and the public notice.
- `actions`: translate a whole module, submit a translation into the page's moderation workflow.
- `views`: the admin screens for those, the sync view that never publishes and the "Translation status" report.
"""
