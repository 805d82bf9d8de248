"""Public views: choosing what to propose, the proposal forms, confirming the email, following a proposal."""

import functools
import logging
import math
import time

from django.conf import settings
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.models import Locale

from curriculum.models import LessonPage, ModulePage
from curriculum.text import normalize_query
from home.views import DATABASE_UNAVAILABLE, resend_data, service_unavailable

from . import antiabuse, services, tokens, translation_forms
from .forms import IdeaProposal, LessonProposal, NoteForm, parse_idea
from .models import BlockedEmail, Contribution, Kind, Status

logger = logging.getLogger(__name__)

# The anti-abuse form's token field (antiabuse.AntiAbuseForm, unprefixed in every public form).
FORM_TOKEN_FIELD = "form_token"  # noqa: S105 - a field name, not a secret
SENT_SESSION_KEY = "minbar_contribution_sent"
BLOCKED_MESSAGE = _(
    "We cannot accept proposals from this email address. If you think this is a mistake, please contact the "
    "Minbar team."
)
SUBMIT_LIMIT_MESSAGE = _(
    "You have sent several proposals in a short time. Please wait about %(minutes)d minutes, then send this "
    "one again: everything you typed is kept below."
)
FORM_TEMPLATES = {
    Kind.NEW_LESSON: "contributions/propose_lesson.html",
    Kind.EDIT_LESSON: "contributions/propose_lesson.html",
    Kind.MODULE_IDEA: "contributions/propose_idea.html",
    Kind.TRANSLATION: "contributions/translation_form.html",
}


def private_page(view):
    """For pages that carry a secret link: never cached, never indexed, and no Referer sent to other sites."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        # same-origin, not no-referrer: with no-referrer browsers send "Origin: null" on this page's own
        # forms (confirm, revise, withdraw) and Django's CSRF check refuses them.
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["X-Robots-Tag"] = "noindex"
        return response

    return never_cache(wrapped)


def resend_when_the_database_is_down(view):
    """A form posted while the database is unreachable gets a 503 page keeping what was typed, ready to send again.

    Nothing of it is stored: services write each change in one transaction and delete an image saved for it.
    """

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except DATABASE_UNAVAILABLE:
            if request.method != "POST":
                raise
            logger.warning("Database unavailable: nothing posted to %s was saved", request.path, exc_info=True)
            renewed = {}
            if FORM_TOKEN_FIELD in request.POST:
                # Valid at once: the visitor already took the minimum time over this form.
                issued_at = time.time() - antiabuse.min_seconds()
                renewed[FORM_TOKEN_FIELD] = antiabuse.issue_form_token(issued_at=issued_at)
            return service_unavailable(request, resend=resend_data(request, renewed))

    return wrapped


def language():
    return translation.get_language()


def reverse_in(language_code, name, *args):
    with translation.override(language_code):
        return reverse(name, args=args)


def start_urls():
    """The start page in each language: where the language switcher goes from pages tied to one language."""
    return {code: reverse_in(code, "contributions:start") for code, _name in settings.LANGUAGES}


def live_modules():
    return ModulePage.objects.live().filter(locale__language_code=language()).order_by("path")


def minutes(seconds):
    return max(1, math.ceil(seconds / 60))


def start(request):
    """Where a contributor learns how proposals work and chooses what to propose."""
    context = {"title": _("Contribute to Minbar"), "modules": live_modules().only("title", "url_path", "path")}
    return TemplateResponse(request, "contributions/start.html", context)


@resend_when_the_database_is_down
@require_http_methods(["GET", "POST"])
def new_lesson(request):
    """Propose a new lesson for a module of the current language."""
    modules = live_modules()
    chosen = modules.filter(pk=_int(request.GET.get("module"))).first()
    options = {"modules": modules, "public": True}
    context = {"kind": Kind.NEW_LESSON, "module": chosen, "title": _("Propose a new lesson")}
    if chosen is not None:
        context["alternate_urls"] = _translated_urls(chosen, "contributions:new_lesson", query="?module={pk}")
    if request.method == "POST":
        group = LessonProposal(request.POST, request.FILES, **options)
        return submit(request, group, context, create=_create_lesson(Kind.NEW_LESSON))
    group = LessonProposal.starting_from(lesson={"module": chosen and chosen.pk}, **options)
    return render_form(request, group, context)


def choose_lesson(request):
    """The lessons of the current language, by module, or those matching a search, to propose an edit to one."""
    query = request.GET.get("q", "")[:200]
    locale = Locale.objects.get(language_code=language())
    lessons = LessonPage.objects.live().filter(locale=locale).order_by("path").only("title", "path", "url_path")
    normalized = normalize_query(query)
    if normalized:
        found = LessonPage.objects.live().filter(locale=locale).search(normalized, operator="and")
        lessons = lessons.filter(pk__in=[lesson.pk for lesson in found])
    modules = {module.path: module for module in live_modules().only("title", "path", "url_path")}
    groups = {}
    for lesson in lessons:
        module = modules.get(lesson.path[: -LessonPage.steplen])
        if module is not None:
            groups.setdefault(module, []).append(lesson)
    context = {"title": _("Propose an edit to a lesson"), "query": query, "searched": bool(normalized)}
    context["groups"] = sorted(groups.items(), key=lambda item: item[0].path)
    return TemplateResponse(request, "contributions/choose_lesson.html", context)


@resend_when_the_database_is_down
@require_http_methods(["GET", "POST"])
def edit_lesson(request, lesson_id):
    """Propose an edit to a live lesson, starting from its current text."""
    lesson = get_object_or_404(LessonPage.objects.live().select_related("locale"), pk=lesson_id)
    if lesson.locale.language_code != language():
        return redirect(reverse_in(lesson.locale.language_code, "contributions:edit_lesson", lesson.pk))
    origin = services.Origin.of(lesson.body)
    options = {"origin": origin, "public": True}
    context = {
        "kind": Kind.EDIT_LESSON,
        "lesson": lesson,
        "title": _("Propose an edit to “%(title)s”") % {"title": lesson.title},
        "alternate_urls": _translated_urls(lesson, "contributions:edit_lesson"),
    }
    if request.method == "POST":
        group = LessonProposal(request.POST, request.FILES, **options)
        return submit(request, group, context, create=_create_lesson(Kind.EDIT_LESSON, lesson))
    group = LessonProposal.starting_from(lesson={"title": lesson.title, "summary": lesson.summary}, **options)
    return render_form(request, group, context)


@resend_when_the_database_is_down
@require_http_methods(["GET", "POST"])
def module_idea(request):
    """Propose an idea for a new module."""
    context = {"kind": Kind.MODULE_IDEA, "title": _("Propose an idea for a module")}
    if request.method == "POST":
        group = IdeaProposal(request.POST, public=True)
        return submit(request, group, context, create=_create_idea)
    return render_form(request, IdeaProposal(public=True), context)


def _create_lesson(kind, lesson=None):
    def create(group):
        return services.create_contribution(
            kind=kind,
            language=language(),
            module=group.module,
            lesson=lesson,
            proposal=group.proposal_data(),
            contributor=group.contributor.contributor_data(),
            image=group.image,
        )

    return create


def _create_idea(group):
    return services.create_contribution(
        kind=Kind.MODULE_IDEA,
        language=language(),
        proposal=group.proposal_data(),
        contributor=group.contributor.contributor_data(),
    )


def submit(request, group, context, create):
    """A posted proposal: stored if it passes every check; otherwise the form again, with everything typed."""
    wait = antiabuse.hit(request, "post_ip")
    if wait:
        shown = group.unvalidated()
        shown.add_error(SUBMIT_LIMIT_MESSAGE % {"minutes": minutes(wait)})
        return render_form(request, shown, context, wait=wait)
    if group.anti.is_spam:
        # Looks like success to the bot; nothing is stored or sent.
        return sent(request, context["kind"], request.POST.get("email", ""))
    row = request.POST.get("add_row")
    if row in group.rows:
        return render_form(request, group.with_extra_row(row), context)
    if not group.is_valid():
        group.refresh_token()
        return render_form(request, group, context)
    problem = antiabuse.token_problem(group.anti.posted_token)
    if problem is None and not antiabuse.use_form_token(group.anti.posted_token):
        problem = "replayed"
    email, wait = group.contributor.cleaned_data["email"], 0
    if problem is not None:
        group.add_error(antiabuse.TOKEN_ERRORS[problem])
    elif BlockedEmail.is_blocked(email):
        group.add_error(BLOCKED_MESSAGE)
    else:
        wait = antiabuse.hit_all(request, ("submit_ip", None), ("submit_email", email.lower()))
        if wait:
            group.add_error(SUBMIT_LIMIT_MESSAGE % {"minutes": minutes(wait)})
    if group.errors:
        group.refresh_token()
        return render_form(request, group, context, wait=wait)
    contribution = create(group)
    return sent(request, contribution.kind, contribution.email)


def render_form(request, group, context, wait=0, template=None):
    context = {**context, "group": group, "summary": group.error_summary()}
    response = TemplateResponse(request, template or FORM_TEMPLATES[context["kind"]], context)
    if wait:
        response.status_code = 429
        response.headers["Retry-After"] = str(wait)
    return response


def sent(request, kind, email):
    """After a proposal is sent: remember what to say in the session and show the thank-you page."""
    request.session[SENT_SESSION_KEY] = {"kind": str(kind), "email": services.mask_email(email[:254])}
    return redirect("contributions:thanks")


@private_page
def thanks(request):
    """Thank you, now check your email (what was sent is kept in the session, not in the address)."""
    sent_data = request.session.get(SENT_SESSION_KEY)
    if not sent_data:
        return redirect("contributions:start")
    context = {
        "title": _("Check your email"),
        "masked_email": sent_data["email"],
        "kind": sent_data["kind"],
        "days": max(1, settings.MINBAR_VERIFICATION_MAX_AGE.days),
    }
    return TemplateResponse(request, "contributions/thanks.html", context)


@private_page
def verify(request, token):
    """The link in the confirmation email: the proposal goes to the moderators."""
    wait = antiabuse.hit(request, "verify_ip")
    if wait:
        return limited(request, wait)
    contribution_id = tokens.contribution_id_from_token(token)
    contribution = Contribution.objects.filter(pk=contribution_id).first() if contribution_id else None
    if contribution is None:
        return _verify_failed(request, expired=False)
    if contribution.language != language():
        return redirect(reverse_in(contribution.language, "contributions:verify", token))
    if request.method != "POST" and contribution.status == Status.UNVERIFIED and not services.is_stale(contribution):
        # Opening the link only asks: mail scanners that follow links must not confirm a proposal.
        context = {"title": _("Confirm your proposal"), "contribution": contribution, "alternate_urls": start_urls()}
        return TemplateResponse(request, "contributions/verify_confirm.html", context)
    outcome = services.verify_contribution(contribution)
    if outcome == services.Verified.EXPIRED:
        return _verify_failed(request, expired=True)
    contribution.refresh_from_db()
    context = {
        "title": _("Your proposal is with the moderators"),
        "contribution": contribution,
        "just_verified": outcome == services.Verified.NOW,
        "status": shown_status(contribution),
        "tracking_url": tokens.tracking_url(contribution),
        "alternate_urls": start_urls(),
    }
    return TemplateResponse(request, "contributions/verified.html", context)


def shown_status(contribution):
    """The status the contributor sees: marking as spam is silent, so it shows as a refusal."""
    return Status.REJECTED if contribution.status == Status.SPAM else Status(contribution.status)


def _verify_failed(request, expired):
    context = {"title": _("This link does not work"), "expired": expired, "alternate_urls": start_urls()}
    return TemplateResponse(request, "contributions/verify_failed.html", context, status=410 if expired else 400)


def limited(request, wait):
    context = {"title": _("Please wait a little"), "minutes": minutes(wait)}
    response = TemplateResponse(request, "contributions/limited.html", context, status=429)
    response.headers["Retry-After"] = str(wait)
    return response


@private_page
@resend_when_the_database_is_down
@require_http_methods(["GET", "POST"])
def track(request, token):
    """The contributor's private page for one proposal: status, conversation, revise, withdraw."""
    wait = antiabuse.hit(request, "track_post_ip" if request.method == "POST" else "track_ip")
    if wait:
        return limited(request, wait)
    contribution = get_object_or_404(Contribution, tracking_token=token[:64])
    if contribution.language != language():
        return redirect(reverse_in(contribution.language, "contributions:track", token))
    revision = None
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "withdraw":
            return _withdraw(request, contribution)
        if action != "revise":
            return redirect(request.path)
        revision = revision_group(contribution, request.POST, request.FILES)
        response = _revise(request, contribution, revision)
        if response is not None:
            return response
    elif contribution.can_be_revised:
        revision = revision_group(contribution)
    return render_track(request, contribution, revision)


def render_track(request, contribution, revision):
    context = {
        "title": contribution.title,
        "contribution": contribution,
        "status": shown_status(contribution),
        "conversation": list(contribution.messages.all()),
        "masked_email": services.mask_email(contribution.email),
        "group": revision,
        "summary": revision.error_summary() if revision is not None else [],
        "withdraw_form": NoteForm(prefix="withdraw") if contribution.is_open else None,
        "alternate_urls": start_urls(),
    }
    return TemplateResponse(request, "contributions/track.html", context)


def revision_group(contribution, data=None, files=None):
    """The proposal form for a revision, filled from the contribution (or bound to what was posted)."""
    if contribution.kind == Kind.TRANSLATION:
        return translation_forms.revision_group(contribution, data)
    if contribution.kind == Kind.MODULE_IDEA:
        if data is not None:
            return IdeaProposal(data, revising=True)
        initial = {"title": contribution.title, "summary": contribution.summary, **parse_idea(contribution.details)}
        return IdeaProposal(initial={"idea": initial}, revising=True)
    origin = services.Origin.of(contribution.body)
    options = {"origin": origin, "revising": True, "has_image": bool(contribution.image)}
    if data is not None:
        return LessonProposal(data, files, **options)
    lesson = {"title": contribution.title, "summary": contribution.summary, "image_alt": contribution.image_alt}
    return LessonProposal.starting_from(lesson=lesson, **options)


def _revise(request, contribution, group):
    """Store a valid revision and go back to the page; None to show the page again with the form."""
    if not contribution.can_be_revised:
        messages.error(request, _("This proposal cannot be changed any more."))
        return redirect(request.path)
    row = request.POST.get("add_row")
    if row in group.rows:
        return render_track(request, contribution, group.with_extra_row(row))
    if not group.is_valid():
        return None
    try:
        services.revise_contribution(
            contribution, proposal=group.proposal_data(), note=group.note.cleaned_data["note"], image=group.image
        )
    except services.NotAllowed:
        messages.error(request, _("This proposal cannot be changed any more."))
    else:
        messages.success(request, _("Thank you. Your revised proposal is back with the moderators."))
    return redirect(request.path)


def _withdraw(request, contribution):
    form = NoteForm(request.POST, prefix="withdraw")
    note = form.cleaned_data["note"] if form.is_valid() else ""
    try:
        services.withdraw_contribution(contribution, note=note)
    except services.NotAllowed:
        messages.error(request, _("This proposal can no longer be withdrawn."))
    else:
        messages.success(request, _("Your proposal has been withdrawn. Thank you for letting us know."))
    return redirect(request.path)


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _translated_urls(page, name, query=""):
    """The same form for each other edition of page, for the language switcher."""
    urls = {}
    for edition in page.get_translations().live().select_related("locale"):
        code = edition.locale.language_code
        urls[code] = reverse_in(code, name, *([] if query else [edition.pk])) + query.format(pk=edition.pk)
    return urls
