"""What a moderator sees of a translation proposal: each source passage beside its proposed translation."""

from django.urls import reverse
from django.utils.functional import cached_property

from . import translations


class Row:
    """A line of the review screen: a source string, its proposed translation, and the live one for a correction."""

    def __init__(self, segment, proposed, live="", correction=False):
        self.segment, self.proposed, self.live, self.correction = segment, proposed, live, correction

    @property
    def label(self):
        return self.segment.label

    @property
    def source_html(self):
        return self.segment.source_html()

    @property
    def proposed_html(self):
        return self.segment.rendered(self.proposed) if self.proposed else ""

    @property
    def live_html(self):
        return self.segment.rendered(self.live) if self.live else ""

    @property
    def changed(self):
        return self.correction and self.live != self.proposed


class TranslationReview:
    """The plan of a translation proposal and its passages, for the review tab (admin_views.Review.translation)."""

    def __init__(self, contribution, proposal, user):
        self.contribution, self.proposal, self.user = contribution, proposal, user

    @cached_property
    def plan(self):
        plan = translations.plan_of(self.contribution)
        return plan if plan is not None and plan.source.live else None

    @cached_property
    def rows(self):
        """Each source string with the proposal's translation and, for a correction, the live edition's."""
        plan = self.plan
        proposed = translations.strings_of(plan.source, self.proposal)
        live = translations.strings_of(plan.source, plan.target) if plan.is_correction else {}
        return [
            Row(segment, proposed.get(segment.ref, ""), live.get(segment.ref, ""), plan.is_correction)
            for segment in plan.segments
        ]

    @cached_property
    def changed_count(self):
        return sum(row.changed for row in self.rows)

    @cached_property
    def missing_count(self):
        return sum(not row.proposed for row in self.rows)

    @property
    def source_changed(self):
        return self.plan.source.live_revision_id != self.contribution.base_revision_id

    @property
    def needs_module(self):
        return not self.plan.is_correction and self.plan.module_edition is None

    @property
    def module_translate_url(self):
        """wagtail-localize's "Translate this page" for the module, for editors who may use it."""
        module = self.plan.source.get_parent()
        if not module.permissions_for_user(self.user).can_edit():
            return ""
        return reverse("wagtail_localize:submit_page_translation", args=[module.pk])
