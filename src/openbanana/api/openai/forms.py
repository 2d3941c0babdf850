"""`multipart/form-data` bodies of `images.edit`: text fields and files, read within the body limit and counted in
the memory budget like every other body."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.message import EmailMessage

from starlette.requests import Request

from openbanana.api.body import holding, read_body
from openbanana.api.uploads import multipart_parts
from openbanana.errors import InvalidArgumentError
from openbanana.imaging.formats import identify, mime_type_of
from openbanana.service.memory import MemoryBudget
from openbanana.service.openai.translate import InputImage

FILE_FIELDS = ("image", "image[]", "mask")


@dataclass
class Form:
    fields: dict[str, str] = field(default_factory=dict)
    images: list[InputImage] = field(default_factory=list)
    mask: bytes | None = None


async def read_form(request: Request, limit: int, budget: MemoryBudget) -> Form:
    boundary = _boundary(request.headers.get("content-type", ""))
    with holding(budget) as reservation:
        body = await read_body(request, limit, "", reservation)
        form = Form()
        for headers, data in multipart_parts(body, boundary.encode("latin-1")):
            name, filename = _disposition(headers.get("content-disposition", ""))
            if name in FILE_FIELDS or filename is not None:
                _add_file(form, name, headers.get("content-type", ""), data)
            else:
                if name in form.fields:
                    raise InvalidArgumentError(f"The form field '{name}' is given more than once.", field=name)
                try:
                    form.fields[name] = data.decode("utf-8")
                except UnicodeDecodeError:
                    raise InvalidArgumentError(f"The form field '{name}' is not UTF-8 text.", field=name) from None
        return form


def _add_file(form: Form, name: str, content_type: str, data: bytes) -> None:
    if name == "mask":
        if form.mask is not None:
            raise InvalidArgumentError("Only one mask may be sent.", field="mask")
        form.mask = data
    elif name in ("image", "image[]"):
        declared = content_type.split(";")[0].strip().lower()
        # clients often label a file application/octet-stream: then its first bytes say what it is
        sniffed = mime_type_of(identify(data[:64])) if not declared.startswith("image/") else None
        form.images.append(InputImage(sniffed or declared or "application/octet-stream", data))
    else:
        raise InvalidArgumentError(f"Unrecognized file field '{name}': send the images as 'image' (or "
                                   "'image[]') and the mask as 'mask'.", field=name)


def _boundary(content_type: str) -> str:
    message = EmailMessage()
    message["content-type"] = content_type
    boundary = message.get_param("boundary")
    if message.get_content_type() != "multipart/form-data" or not isinstance(boundary, str) or not boundary:
        raise InvalidArgumentError("images/edits takes a multipart/form-data body (the image files, the optional "
                                   "mask and the text fields).", field="Content-Type")
    return boundary


def _disposition(value: str) -> tuple[str, str | None]:
    message = EmailMessage()
    message["content-disposition"] = value
    name = message.get_param("name", header="content-disposition")
    filename = message.get_param("filename", header="content-disposition")
    if not isinstance(name, str) or not name:
        raise InvalidArgumentError("A form part has no name in its Content-Disposition.")
    return name, filename if isinstance(filename, str) else None
