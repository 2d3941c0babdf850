"""Google's Files API: files and their names, resumable and multipart uploads, expiry and garbage collection."""

from openbanana.service.files.names import decode_page_token, encode_page_token, parse_file_ref
from openbanana.service.files.service import FileLimits, FileService
from openbanana.service.files.uploads import ChunkWriter, UploadStart

__all__ = [
    "ChunkWriter",
    "FileLimits",
    "FileService",
    "UploadStart",
    "decode_page_token",
    "encode_page_token",
    "parse_file_ref",
]
