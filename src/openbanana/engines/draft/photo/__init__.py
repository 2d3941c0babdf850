"""Photo edits that need to know what is in the picture: styles, light and sky, recolouring, removal, accessories,
additions, background replacement, combining photos and outpainting, with OpenCV and the bundled MediaPipe models."""

from openbanana.engines.draft.photo.pipeline import EditedPhoto, edit_references

__all__ = ["EditedPhoto", "edit_references"]
