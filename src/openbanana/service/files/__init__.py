"""Google's Files API: files and their names, resumable and multipart uploads, expiry and garbage collection."""

from openbanana.service.files.bundle import FileServices
from openbanana.service.files.chunks import ChunkWriter
from openbanana.service.files.janitor import FileJanitor
from openbanana.service.files.names import decode_page_token, encode_page_token, parse_file_ref
from openbanana.service.files.service import Download, FileService
from openbanana.service.files.storage import FileLimits, FileStorage
from openbanana.service.files.uploads import UploadService, UploadStart

__all__ = [
    "ChunkWriter",
    "Download",
    "FileJanitor",
    "FileLimits",
    "FileService",
    "FileServices",
    "FileStorage",
    "UploadService",
    "UploadStart",
    "decode_page_token",
    "encode_page_token",
    "parse_file_ref",
]
