"""C2PA signing and reading with real certificates: every output format signs, verifies, and breaks when tampered."""

from __future__ import annotations

import datetime
import io
import struct
import zlib
from pathlib import Path

import pytest
import typer
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from PIL import Image
from prometheus_client import REGISTRY
from typer.testing import CliRunner

from openbanana import __version__
from openbanana.cli.c2pa_keys import c2pa, development_chain
from openbanana.imaging.c2pa import (
    C2PA_DIR,
    CHAIN_FILE,
    KEY_FILE,
    C2paConfigError,
    C2paCredentials,
    ManifestReader,
    ManifestSigner,
)
from openbanana.imaging.codecs import encode_image
from openbanana.imaging.provenance import TRAINED_ALGORITHMIC_MEDIA, Provenance
from openbanana.service.generation.finishing import Finisher

FORMATS = ["image/png", "image/jpeg", "image/webp"]
PROVENANCE = Provenance("openbanana", __version__, "draft", image_id="0001deadbeef")


@pytest.fixture(scope="module")
def chain_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir holding the chain `openbanana keys c2pa --init` writes."""
    data_dir = tmp_path_factory.mktemp("c2pa-data")
    c2pa(init=True, data_dir=data_dir, force=False)
    return data_dir / C2PA_DIR


@pytest.fixture(scope="module")
def credentials(chain_dir: Path) -> C2paCredentials:
    return C2paCredentials.load(chain_dir / CHAIN_FILE, chain_dir / KEY_FILE)


@pytest.fixture(scope="module")
def signer(credentials: C2paCredentials) -> ManifestSigner:
    return ManifestSigner(credentials, "openbanana", __version__, "draft")


def encoded(mime: str, size: tuple[int, int] = (320, 240)) -> bytes:
    return encode_image(Image.effect_noise(size, 60).convert("RGB"), mime, provenance=PROVENANCE)


def with_changed_pixels(png: bytes) -> bytes:
    """The same PNG, every chunk kept (the manifest's too), with one pixel changed and the file still valid."""
    chunks, at = [], 8
    while at < len(png):
        (length,), kind = struct.unpack(">I", png[at:at + 4]), png[at + 4:at + 8]
        chunks.append((kind, png[at + 8:at + 8 + length]))
        at += 12 + length
    pixels = bytearray(zlib.decompress(b"".join(data for kind, data in chunks if kind == b"IDAT")))
    pixels[1] ^= 0xFF  # the first byte after row 0's filter type: the first pixel's red
    out, idat_written = [png[:8]], False
    for kind, data in chunks:
        if kind == b"IDAT":
            if idat_written:
                continue
            kind, data, idat_written = b"IDAT", zlib.compress(bytes(pixels)), True
        out.append(struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data)))
    return b"".join(out)


@pytest.mark.parametrize("mime", FORMATS)
def test_each_format_signs_and_validates_as_trusted(signer: ManifestSigner, credentials: C2paCredentials,
                                                    mime: str) -> None:
    unsigned = encoded(mime)
    signed = signer.sign(unsigned, mime, title="0001deadbeef")
    assert 0 < len(signed) - len(unsigned) < 8_000, "no thumbnail: the manifest adds a few KB"
    report = ManifestReader(credentials.anchors_pem).read(signed, mime)
    assert report.present and report.valid and report.trusted and report.state == "Trusted"
    assert report.signer == "openbanana development signer"
    assert report.issuer == "openbanana development (untrusted)"
    assert report.claim_generator == f"openbanana/{__version__}"
    assert report.digital_source_type == TRAINED_ALGORITHMIC_MEDIA and report.errors == ()
    with Image.open(io.BytesIO(signed)) as after, Image.open(io.BytesIO(unsigned)) as before:
        assert after.tobytes() == before.tobytes(), "signing never touches the pixels"
        assert after.getxmp()["xmpmeta"]["RDF"]["Description"]["DigitalSourceType"] == TRAINED_ALGORITHMIC_MEDIA


@pytest.mark.parametrize("mime", FORMATS)
def test_a_changed_byte_after_signing_invalidates(signer: ManifestSigner, credentials: C2paCredentials,
                                                  mime: str) -> None:
    signed = signer.sign(encoded(mime), mime, title="x")
    tampered = bytearray(signed)
    tampered[-len(signed) // 4] ^= 0x01  # inside the image data, well after the manifest
    report = ManifestReader(credentials.anchors_pem).read(bytes(tampered), mime)
    assert report.present and not report.valid and not report.trusted and report.state == "Invalid"
    assert any("mismatch" in error for error in report.errors), report.errors


def test_changed_pixels_in_a_still_valid_png_invalidate(signer: ManifestSigner,
                                                        credentials: C2paCredentials) -> None:
    signed = signer.sign(encoded("image/png"), "image/png", title="x")
    tampered = with_changed_pixels(signed)
    with Image.open(io.BytesIO(tampered)) as image, Image.open(io.BytesIO(signed)) as original:
        assert image.getpixel((0, 0)) != original.getpixel((0, 0))
    report = ManifestReader(credentials.anchors_pem).read(tampered, "image/png")
    assert report.present and not report.valid
    assert any(error.startswith("assertion.dataHash.mismatch") for error in report.errors), report.errors


def test_trust_depends_on_the_anchors(signer: ManifestSigner, tmp_path: Path) -> None:
    signed = signer.sign(encoded("image/jpeg"), "image/jpeg", title="x")
    no_anchors = ManifestReader().read(signed, "image/jpeg")
    assert no_anchors.valid and not no_anchors.trusted and no_anchors.state == "Valid"
    c2pa(init=True, data_dir=tmp_path, force=False)  # a second, unrelated development CA
    other = C2paCredentials.load(tmp_path / C2PA_DIR / CHAIN_FILE, tmp_path / C2PA_DIR / KEY_FILE)
    foreign = ManifestReader(other.anchors_pem).read(signed, "image/jpeg")
    assert foreign.valid and not foreign.trusted
    assert any(error.startswith("signingCredential.untrusted") for error in foreign.errors)


@pytest.mark.parametrize("mime", FORMATS)
def test_an_unsigned_image_has_no_manifest(credentials: C2paCredentials, mime: str) -> None:
    report = ManifestReader(credentials.anchors_pem).read(encoded(mime), mime)
    assert not report.present and not report.valid and report.signer is None


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_bad_chains_and_keys_fail_clearly(chain_dir: Path, tmp_path: Path) -> None:
    chain, key = chain_dir / CHAIN_FILE, chain_dir / KEY_FILE
    _, other_key = development_chain()
    with pytest.raises(C2paConfigError, match="not the private key of the first certificate"):
        C2paCredentials.load(chain, write(tmp_path / "other.pem", other_key))
    with pytest.raises(C2paConfigError, match="not a PEM certificate chain"):
        C2paCredentials.load(write(tmp_path / "junk.pem", b"not a certificate"), key)
    with pytest.raises(C2paConfigError, match="not an unencrypted PEM private key"):
        C2paCredentials.load(chain, write(tmp_path / "junk.key", b"-----BEGIN PRIVATE KEY-----\nAAAA\n"))
    with pytest.raises(C2paConfigError, match="cannot read"):
        C2paCredentials.load(tmp_path / "missing.pem", key)


def test_a_lone_self_signed_certificate_is_refused_at_startup(tmp_path: Path) -> None:
    """c2pa refuses a certificate that is its own CA; the startup check turns that into a clear error."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "self-signed")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1))
            .sign(key, hashes.SHA256()))
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                serialization.NoEncryption())  # SEC1 form: accepted and converted to PKCS#8
    credentials = C2paCredentials.load(write(tmp_path / "self.pem", cert.public_bytes(serialization.Encoding.PEM)),
                                       write(tmp_path / "self.key", key_pem))
    with pytest.raises(C2paConfigError, match="c2pa cannot sign"):
        ManifestSigner(credentials, "openbanana", __version__, "draft")


def test_keys_c2pa_init_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    app = typer.Typer()
    app.command()(c2pa)
    runner = CliRunner()
    args = ["--data-dir", str(tmp_path)]
    assert runner.invoke(app, args).exit_code == 1, "nothing to show before --init"
    first = runner.invoke(app, ["--init", *args])
    assert first.exit_code == 0 and "for development only" in first.output
    chain = (tmp_path / C2PA_DIR / CHAIN_FILE).read_bytes()
    assert (tmp_path / C2PA_DIR / KEY_FILE).stat().st_mode & 0o777 == 0o600
    again = runner.invoke(app, ["--init", *args])
    assert again.exit_code == 1 and "--force" in again.output
    assert (tmp_path / C2PA_DIR / CHAIN_FILE).read_bytes() == chain
    assert runner.invoke(app, ["--init", "--force", *args]).exit_code == 0
    assert (tmp_path / C2PA_DIR / CHAIN_FILE).read_bytes() != chain
    shown = runner.invoke(app, args)
    assert shown.exit_code == 0 and "openbanana development signer (ES256)" in shown.output


def count(name: str, labels: dict[str, str]) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_the_finisher_signs_times_and_counts(signer: ManifestSigner, credentials: C2paCredentials) -> None:
    finisher = Finisher("draft", b"k" * 32, 1, manifests=signer)
    images, signs = ("openbanana_images_total", {"size": "2K", "kind": "thought"}), \
        ("openbanana_step_seconds_count", {"step": "sign"})
    before = count(*images), count(*signs)
    emitted = finisher.finish(Image.effect_noise((2048, 1152), 50).convert("RGB"), image_size="2K",
                              mime_type="image/webp", quality=90, response_id="r" * 24, model="m", thought=True)
    assert (count(*images), count(*signs)) == (before[0] + 1, before[1] + 1)
    report = ManifestReader(credentials.anchors_pem).read(emitted.data, "image/webp")
    assert report.trusted and report.claim_generator == f"openbanana/{__version__}"
