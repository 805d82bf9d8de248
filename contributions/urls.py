from django.urls import path

from . import translation_views, views

app_name = "contributions"

urlpatterns = [
    path("", views.start, name="start"),
    path("new/", views.new_lesson, name="new_lesson"),
    path("edit/", views.choose_lesson, name="choose_lesson"),
    path("edit/<int:lesson_id>/", views.edit_lesson, name="edit_lesson"),
    path("idea/", views.module_idea, name="module_idea"),
    path("translate/<int:lesson_id>/", translation_views.translate, name="translate"),
    path("thanks/", views.thanks, name="thanks"),
    path("verify/<str:token>/", views.verify, name="verify"),
    path("track/<str:token>/", views.track, name="track"),
]
