"""Routes of Google's Files API: uploads (resumable, multipart), get, list, delete, :download (wire-protocol §10)."""

from __future__ import annotations

import logging

import anyio.to_thread
from fastapi import Depends, Query
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response

from openbanana.api.body import holding, read_body
from openbanana.api.downloads import download_response
from openbanana.api.openapi import documented
from openbanana.api.responses import json_response
from openbanana.api.state import app_state, require_api_key
from openbanana.api.uploads import (
    UPLOAD_STATUS,
    parse_command,
    read_start_body,
    split_multipart,
    uint_header,
)
from openbanana.api.versions import ApiVersion, VersionedRouter
from openbanana.errors import ApiError, InvalidArgumentError, client_disconnected, internal_error
from openbanana.protocol.files import CreateFileRequest, File, ListFilesResponse, UploadResponse
from openbanana.service.files import ChunkWriter, FileService, UploadStart
from openbanana.store.files import FileRecord

log = logging.getLogger("openbanana.api")
WRITE_BATCH = 1024 * 1024  # gather this much of a chunk before each disk write (one thread hop per MiB)


# `/upload/{v}/files`: starts an upload (API key), or carries its chunks (the upload_id is the credential).
upload_router = VersionedRouter(prefix="/upload", tags=["files"])
router = VersionedRouter(tags=["files"], dependencies=[Depends(require_api_key)])


@upload_router.post("/files")
@documented(body=CreateFileRequest, upload=True,
            example={"file": {"displayName": "photo.png", "mimeType": "image/png"}})
async def upload(request: Request, version: ApiVersion, upload_id: str | None = Query(default=None)) -> Response:
    try:
        if upload_id is not None:
            return await _chunk(request, upload_id)
        return await _start(request, version)
    except ApiError:
        raise
    except ClientDisconnect:
        raise client_disconnected("The client disconnected before the chunk was complete; "
                                  "none of it was kept.") from None
    except Exception as exc:
        # As an ApiError it is answered inside UploadStatusMiddleware, so it too carries X-Goog-Upload-Status.
        log.exception("upload failed")
        raise internal_error() from exc


@router.get("/files")
@documented(answer=ListFilesResponse)
async def list_files(
    request: Request,
    page_size: int | None = Query(default=None, alias="pageSize"),
    page_token: str | None = Query(default=None, alias="pageToken"),
) -> Response:
    state = app_state(request)
    records, following = await anyio.to_thread.run_sync(
        state.files.list_files, state.owner(request), page_size, page_token)
    body: ListFilesResponse = {"files": [state.files.describe(record) for record in records]}
    if following:
        body["nextPageToken"] = following
    return json_response(body)


@router.get("/files/{file_id}:download")
async def download_file(file_id: str, request: Request, alt: str | None = None) -> Response:
    if alt != "media":
        raise InvalidArgumentError("Downloads need ?alt=media (the file's bytes are the response).", field="alt")
    state = app_state(request)
    record, blob = await anyio.to_thread.run_sync(state.files.download, state.owner(request), file_id)
    return download_response(record, blob)


@router.get("/files/{name:path}")
@documented(answer=File)
async def get_file(name: str, request: Request) -> Response:
    # {name:path}: the Python SDK sends files.get(name=<http:// uri>) as /files/http://host/v1beta/files/<id>
    state = app_state(request)
    record = await anyio.to_thread.run_sync(state.files.get, state.owner(request), name)
    return json_response(state.files.describe(record))


@router.delete("/files/{name:path}")
async def delete_file(name: str, request: Request) -> Response:
    state = app_state(request)
    await anyio.to_thread.run_sync(state.files.delete, state.owner(request), name)
    return json_response({})


async def _start(request: Request, version: str) -> Response:
    state = app_state(request)
    state.check_key(request)
    protocol = request.headers.get("x-goog-upload-protocol", "").strip().lower()
    if protocol == "multipart" or request.query_params.get("uploadType") == "multipart":
        return await _multipart(request)
    command = parse_command(request)
    if protocol != "resumable" or command != {"start"}:
        raise InvalidArgumentError(
            "Start an upload with the headers X-Goog-Upload-Protocol: resumable and X-Goog-Upload-Command: start "
            "(or X-Goog-Upload-Protocol: multipart with a multipart/related body).",
            field="X-Goog-Upload-Protocol")
    body = await read_start_body(request)
    start = UploadStart(
        owner=state.owner(request), metadata=body.file, uri_base=str(request.base_url),
        header_size=uint_header(request, "x-goog-upload-header-content-length"),
        header_mime_type=request.headers.get("x-goog-upload-header-content-type"),
    )
    upload_id = await anyio.to_thread.run_sync(state.uploads.start_upload, start)
    # Absolute, on the host the client reached: Python uses it verbatim, JS swaps in its baseUrl's scheme and host.
    base = str(request.base_url).rstrip("/")
    upload_url = f"{base}/upload/{version}/files?upload_id={upload_id}&upload_protocol=resumable"
    return Response(status_code=200, headers={UPLOAD_STATUS: "active", "X-Goog-Upload-URL": upload_url})


async def _chunk(request: Request, upload_id: str) -> Response:
    state = app_state(request)
    uploads = state.uploads
    command = parse_command(request)
    if command == {"query"}:
        session = await anyio.to_thread.run_sync(uploads.upload_session, upload_id)
        return Response(headers={UPLOAD_STATUS: "active", "X-Goog-Upload-Size-Received": str(session.received)})
    if command == {"cancel"}:
        await anyio.to_thread.run_sync(uploads.cancel_upload, upload_id)
        return Response(headers={UPLOAD_STATUS: "cancelled"})
    if not command or not command <= {"upload", "finalize"}:
        raise InvalidArgumentError(
            f"X-Goog-Upload-Command {request.headers.get('x-goog-upload-command', '')!r} is not supported here; "
            "use 'upload', 'upload, finalize', 'finalize', 'query' or 'cancel'.", field="X-Goog-Upload-Command")
    offset = uint_header(request, "x-goog-upload-offset")
    if offset is None:
        raise InvalidArgumentError("X-Goog-Upload-Offset is required on every chunk: the number of bytes "
                                   "already sent.", field="X-Goog-Upload-Offset")
    length = uint_header(request, "content-length") if "upload" in command else 0
    writer = await anyio.to_thread.run_sync(uploads.open_chunk, upload_id, offset, length)
    try:
        if "upload" in command:
            await _copy_body(request, writer)
        result = await anyio.to_thread.run_sync(lambda: writer.commit(finalize="finalize" in command))
    except BaseException:
        writer.abort()  # cut the file back to the committed offset: a failed chunk leaves no trace
        raise
    if isinstance(result, FileRecord):
        return _final(state.files, result)
    return Response(headers={UPLOAD_STATUS: "active"})


async def _copy_body(request: Request, writer: ChunkWriter) -> None:
    buffer = bytearray()
    async for piece in request.stream():
        buffer += piece
        if len(buffer) >= WRITE_BATCH:
            await anyio.to_thread.run_sync(writer.write, bytes(buffer))
            buffer.clear()
    if buffer:
        await anyio.to_thread.run_sync(writer.write, bytes(buffer))


async def _multipart(request: Request) -> Response:
    """The one-request form: multipart/related with the JSON metadata first and the bytes second."""
    state = app_state(request)
    limit = min(state.uploads.limits.max_file_bytes, state.settings.server.max_request_bytes) + 64 * 1024
    with holding(state.memory) as reservation:  # the body and its parts are in memory until they are stored
        metadata, data, part_type = split_multipart(await read_body(request, limit, reservation=reservation),
                                                    request.headers)
        start = UploadStart(owner=state.owner(request), metadata=metadata, uri_base=str(request.base_url),
                            header_size=len(data), header_mime_type=part_type)
        return _final(state.files, await anyio.to_thread.run_sync(state.uploads.upload_bytes, start, data))


def _final(files: FileService, record: FileRecord) -> Response:
    body: UploadResponse = {"file": files.describe(record)}
    response = json_response(body)
    response.headers[UPLOAD_STATUS] = "final"
    return response
