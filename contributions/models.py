"""Contributions: what members of the public propose, kept apart from the live curriculum until approved."""

import secrets

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin
from wagtail.models.workflows import AbstractGroupApprovalTask
from wagtail.search import index

from curriculum.blocks import LessonStreamBlock


class Kind(models.TextChoices):
    NEW_LESSON = "new_lesson", _("New lesson")
    EDIT_LESSON = "edit_lesson", _("Edit to a lesson")
    MODULE_IDEA = "module_idea", _("Idea for a module")
    TRANSLATION = "translation", _("Translation of a lesson")


class Status(models.TextChoices):
    UNVERIFIED = "unverified", _("Waiting for email confirmation")
    IN_REVIEW = "in_review", _("In review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    APPROVED = "approved", _("Approved and published")
    REJECTED = "rejected", _("Not accepted")
    SPAM = "spam", _("Spam")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    EXPIRED = "expired", _("Expired")


class ContributorType(models.TextChoices):
    INDIVIDUAL = "individual", _("An individual")
    ORGANISATION = "organisation", _("An organisation or company")


OPEN_STATUSES = [Status.UNVERIFIED, Status.IN_REVIEW, Status.CHANGES_REQUESTED]


class ContributionQuerySet(models.QuerySet):
    def awaiting_review(self):
        return self.filter(status=Status.IN_REVIEW)

    def visible_to_moderators(self):
        """Everything but unconfirmed proposals and spam, which moderators need not wade through."""
        return self.exclude(status__in=[Status.UNVERIFIED, Status.SPAM])

    def expired_unverified(self, now=None):
        cutoff = (now or timezone.now()) - settings.MINBAR_VERIFICATION_MAX_AGE
        return self.filter(status=Status.UNVERIFIED, created_at__lt=cutoff)


def new_tracking_token():
    return secrets.token_urlsafe(32)


def private_storage():
    """Storage for uploads that must not be reachable from the web before approval."""
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)


class Contribution(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, models.Model):
    """A proposal from the public: a new lesson, an edit to a lesson, or an idea for a module."""

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.UNVERIFIED)
    language = models.CharField(_("language"), max_length=5, choices=settings.LANGUAGES)
    module = models.ForeignKey(
        "curriculum.ModulePage",
        verbose_name=_("module"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributions",
    )
    lesson = models.ForeignKey(
        "curriculum.LessonPage",
        verbose_name=_("lesson"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributions",
    )
    base_revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("lesson revision it was based on"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # For a translation: `lesson` is the original it translates, `language` the contributor's own (emails, tracking
    # page), and this the language of the edition it writes.
    target_language = models.CharField(_("translated into"), max_length=5, choices=settings.LANGUAGES, blank=True)

    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), max_length=600, blank=True)
    body = StreamField(LessonStreamBlock(), blank=True, verbose_name=_("proposed lesson"))
    details = models.TextField(_("module idea"), max_length=5000, blank=True)
    image = models.ImageField(_("image"), storage=private_storage, upload_to="contributions/", blank=True)
    image_alt = models.CharField(_("image description"), max_length=250, blank=True)

    credit_name = models.CharField(_("name to credit"), max_length=120)
    email = models.EmailField(_("email (private)"), db_index=True)
    contributor_type = models.CharField(
        _("who is proposing"), max_length=20, choices=ContributorType.choices, default=ContributorType.INDIVIDUAL
    )
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    organisation_website = models.URLField(_("organisation website"), blank=True)
    organisation_role = models.CharField(_("role in the organisation"), max_length=200, blank=True)
    commercial_interest = models.TextField(_("commercial interest"), max_length=1000, blank=True)
    consent_licence = models.BooleanField(_("agreed to CC BY-SA 4.0"), default=False)
    confirms_rights = models.BooleanField(_("confirmed the right to share"), default=False)

    tracking_token = models.CharField(max_length=64, unique=True, default=new_tracking_token, editable=False)
    created_at = models.DateTimeField(_("proposed at"), default=timezone.now, db_index=True)
    verified_at = models.DateTimeField(_("email confirmed at"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    applied_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("published page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applied_contributions",
    )
    applied_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = ContributionQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("details"),
        FieldPanel("image_alt"),
        MultiFieldPanel(
            [
                FieldPanel("credit_name"),
                FieldPanel("contributor_type", read_only=True),
                FieldPanel("organisation_name", read_only=True),
                FieldPanel("organisation_website", read_only=True),
                FieldPanel("organisation_role", read_only=True),
                FieldPanel("commercial_interest", read_only=True),
                FieldPanel("email", read_only=True),
            ],
            heading=_("Contributor"),
        ),
    ]

    search_fields = [
        index.SearchField("title"),
        index.SearchField("summary"),
        index.SearchField("credit_name"),
        index.SearchField("organisation_name"),
        index.AutocompleteField("title"),
        index.FilterField("status"),
        index.FilterField("kind"),
        index.FilterField("language"),
    ]

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Contributions are never public pages; "live" only records that a moderator approved them.
        if self._state.adding:
            self.live = False
        super().save(*args, **kwargs)

    # Bookkeeping that belongs to the record, not to any one revision of the proposal: restoring or publishing
    # a revision must not roll these back (Wagtail copies every field from the revision otherwise).
    RECORD_FIELDS = [
        "status",
        "verified_at",
        "decided_at",
        "applied_page_id",
        "applied_revision_id",
        "tracking_token",
        "email",
        "created_at",
        "kind",
        "language",
        "lesson_id",
        "module_id",
        "base_revision_id",
        "target_language",
    ]

    def with_content_json(self, content):
        obj = super().with_content_json(content)
        for name in self.RECORD_FIELDS:
            setattr(obj, name, getattr(self, name))
        return obj

    @property
    def is_organisation(self):
        return self.contributor_type == ContributorType.ORGANISATION

    @property
    def credit(self):
        """How the contributor is credited on the published page."""
        if self.is_organisation and self.organisation_name:
            return f"{self.credit_name} ({self.organisation_name})"
        return self.credit_name

    @property
    def content_language(self):
        """The language the proposed text is written in: the target language of a translation."""
        return self.target_language or self.language

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    @property
    def can_be_revised(self):
        return self.status == Status.CHANGES_REQUESTED

    @cached_property
    def target_module(self):
        """The module a new lesson goes into, or the module of the lesson being edited."""
        if self.kind in (Kind.EDIT_LESSON, Kind.TRANSLATION) and self.lesson_id:
            return self.lesson.get_parent().specific
        return self.module


class Message(models.Model):
    """A message in a contribution's conversation: moderators' decisions and the contributor's notes."""

    class Author(models.TextChoices):
        MODERATOR = "moderator", _("Moderator")
        CONTRIBUTOR = "contributor", _("You")

    contribution = models.ForeignKey(Contribution, on_delete=models.CASCADE, related_name="messages")
    author = models.CharField(max_length=20, choices=Author.choices)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    text = models.TextField(_("message"), max_length=5000, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.get_author_display()}: {self.get_status_display()}"


class BlockedEmail(models.Model):
    """An address marked as a spam source; its proposals are refused until a moderator unblocks it."""

    email = models.EmailField(_("email"), unique=True)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("blocked at"), default=timezone.now)
    blocked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [FieldPanel("email"), FieldPanel("reason")]

    class Meta:
        verbose_name = _("blocked email address")
        verbose_name_plural = _("blocked email addresses")

    def __str__(self):
        return self.email

    @classmethod
    def is_blocked(cls, email):
        return cls.objects.filter(email__iexact=email.strip()).exists()


class OutgoingEmail(models.Model):
    """An email saved with the change that caused it and sent by a background task, retried until it goes."""

    to = models.EmailField()
    subject = models.CharField(max_length=300)
    body = models.TextField()
    contribution = models.ForeignKey(
        Contribution, null=True, blank=True, on_delete=models.SET_NULL, related_name="emails"
    )
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.subject} → {self.to}"


class ContributionReviewTask(AbstractGroupApprovalTask):
    """Moderators review a contribution: approve (applying it), request changes, reject, or mark it as spam."""

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions:
            actions = [
                ("approve", _("Approve and publish"), False),
                ("approve", _("Approve with a message"), True),
                ("reject", _("Request changes"), True),
                ("decline", _("Reject"), True),
                ("spam", _("Mark as spam"), False),
            ]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        from .moderation import act

        return act(task_state, user, action_name, comment=kwargs.get("comment", ""))

    @classmethod
    def get_description(cls):
        return _("Moderators approve, send back, reject or mark contributions as spam")

    class Meta:
        verbose_name = _("contribution review")
        verbose_name_plural = _("contribution reviews")
