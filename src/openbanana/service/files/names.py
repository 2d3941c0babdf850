"""How files are named and referred to: ids, `files/<id>` and URIs, page tokens.

A reference is ours only in two forms, `files/<id>` and `<base>/{v1,v1beta}/files/<id>` over http(s). Anything else
(another scheme, a query, user info, a path of another shape) is not a file of this server, and is never fetched.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from openbanana.errors import InvalidArgumentError

CUSTOM_ID = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$")  # Google's rule for `name` at upload

_NAME = re.compile(r"^files/([a-z0-9-]{1,40})$")
_BARE_ID = re.compile(r"^[a-z0-9-]{1,40}$")
_URI_PATH = re.compile(r"^(?P<prefix>(?:/[^/]+)*)/(?:v1|v1beta)/files/(?P<id>[a-z0-9-]{1,40})$")


def custom_id(name: str | None) -> str | None:
    """The id asked for with `file.name` at upload (`files/<id>` or `<id>`), checked against Google's rule."""
    if not name:
        return None
    file_id = name.removeprefix("files/")
    if not CUSTOM_ID.match(file_id):
        raise InvalidArgumentError(
            f"file.name {name!r} is not valid: use files/<id> with an id of 1-40 lowercase letters, digits or "
            "dashes, not starting or ending with a dash.", field="file.name")
    return file_id


def normalize_base(base_url: str) -> str:
    """`HTTP://Host:80/prefix/` → `http://host:80/prefix`: the form URIs are built from and compared against."""
    parts = urlsplit(base_url.strip())
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{parts.path.rstrip('/')}"


def file_uri(uri_base: str, file_id: str) -> str:
    """Google's form, `<base>/v1beta/files/<id>`, whichever API version the file was created through."""
    return f"{uri_base}/v1beta/files/{file_id}"


@dataclass(frozen=True)
class FileRef:
    file_id: str
    uri_base: str | None  # set when the reference was a full URI; it must be the file's own


def parse_file_ref(ref: str, *, bare_id: bool = False) -> FileRef | None:
    """`files/<id>`, `<scheme>://<host>[/prefix]/{v1,v1beta}/files/<id>` (and `<id>` if `bare_id`); else None."""
    text = ref.strip()
    if match := _NAME.match(text):
        return FileRef(match[1], None)
    if bare_id and _BARE_ID.match(text):
        return FileRef(text, None)
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or "@" in parts.netloc:
        return None
    if parts.query or parts.fragment or not (match := _URI_PATH.match(parts.path)):
        return None
    return FileRef(match["id"], normalize_base(f"{parts.scheme}://{parts.netloc}{match['prefix']}"))


def encode_page_token(create_us: int, file_id: str) -> str:
    """Names the last file of a page (newest first), so deletions never shift the pages after it."""
    return base64.urlsafe_b64encode(f"{create_us}.{file_id}".encode()).decode("ascii").rstrip("=")


def decode_page_token(token: str | None) -> tuple[int, str] | None:
    if not token:
        return None
    try:
        created, _, file_id = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode("ascii").partition(".")
        if created.isdigit() and _BARE_ID.match(file_id):
            return int(created), file_id
    except (binascii.Error, ValueError):
        pass
    raise InvalidArgumentError(f"pageToken {token!r} is not a token this server issued.", field="pageToken")
