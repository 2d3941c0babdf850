"""C2PA Content Credentials: sign each emitted image with the operator's certificate chain; read and validate them.

A manifest without a thumbnail adds about 3 KB and takes milliseconds to sign, so every image can carry one. It binds
the exact bytes: re-encoding drops it and a changed pixel invalidates it, which is why the invisible watermark stays.
Nothing here touches the network: no timestamp authority, no OCSP, no remote manifests.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import c2pa
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.x509.oid import NameOID
from PIL import Image

from openbanana.errors import ConfigError
from openbanana.imaging.provenance import COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA, TRAINED_ALGORITHMIC_MEDIA

C2PA_DIR = "c2pa"  # in the data dir: where `openbanana keys c2pa --init` writes, and where the server looks
CHAIN_FILE = "chain.pem"
KEY_FILE = "key.pem"
SIGNABLE_MIME_TYPES = ("image/png", "image/jpeg", "image/webp")
_EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg", "image/webp": "webp"}
_OFFLINE = {"ocsp_fetch": False, "remote_manifest_fetch": False}
_SIGNING = {"builder": {"thumbnail": {"enabled": False}}, "verify": {**_OFFLINE, "verify_after_sign": False}}
_EC_ALGORITHMS = {"secp256r1": c2pa.C2paSigningAlg.ES256, "secp384r1": c2pa.C2paSigningAlg.ES384,
                  "secp521r1": c2pa.C2paSigningAlg.ES512}


class C2paConfigError(ConfigError, ValueError):
    """The configured certificate chain or key cannot sign; raised at startup, never on a request."""


@dataclass(frozen=True)
class C2paCredentials:
    """A PEM chain (signing certificate first) and its private key, checked and ready for c2pa."""

    chain_pem: bytes
    key_pem: bytes  # normalised to unencrypted PKCS#8, the one form c2pa reads
    algorithm: c2pa.C2paSigningAlg
    common_name: str
    anchors_pem: bytes  # the chain's CA certificates: images signed under them verify as trusted

    @classmethod
    def load(cls, chain_file: Path, key_file: Path) -> C2paCredentials:
        try:
            chain_pem, key_data = chain_file.read_bytes(), key_file.read_bytes()
        except OSError as exc:
            raise C2paConfigError(f"cannot read the C2PA certificate or key: {exc}") from None
        try:
            chain = x509.load_pem_x509_certificates(chain_pem)
        except ValueError as exc:
            raise C2paConfigError(f"{chain_file} is not a PEM certificate chain ({exc})") from None
        try:
            key = serialization.load_pem_private_key(key_data, password=None)
        except (ValueError, TypeError) as exc:
            raise C2paConfigError(f"{key_file} is not an unencrypted PEM private key ({exc})") from None
        leaf = chain[0]
        spki = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        if key.public_key().public_bytes(*spki) != leaf.public_key().public_bytes(*spki):
            raise C2paConfigError(f"{key_file} is not the private key of the first certificate in {chain_file}")
        anchors = [cert for cert in chain[1:] if _is_ca(cert)]
        return cls(
            chain_pem=b"".join(cert.public_bytes(serialization.Encoding.PEM) for cert in chain),
            key_pem=key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()),
            algorithm=_algorithm(key, key_file),
            common_name=_common_name(leaf),
            anchors_pem=b"".join(cert.public_bytes(serialization.Encoding.PEM) for cert in anchors),
        )


class ManifestSigner:
    """Embeds a signed manifest: "created by a trained algorithm", or for an edit "opened these inputs, edited them".

    One per server, safe to share between threads."""

    def __init__(self, credentials: C2paCredentials, generator: str, version: str, engine: str) -> None:
        self._credentials = credentials
        self._agent = {"name": generator, "version": version}
        self._engine = engine
        self._check()

    def sign(self, data: bytes, mime_type: str, *, title: str, inputs: Sequence[str] = ()) -> bytes:
        """`data` with the manifest embedded; `title` names the asset (e.g. its image id). `inputs`: the SHA-256 (hex)
        of each input image of an edit, recorded as ingredients (the first as the parent that was opened)."""
        if mime_type not in SIGNABLE_MIME_TYPES:
            raise ValueError(f"cannot sign {mime_type}; expected one of {', '.join(SIGNABLE_MIME_TYPES)}")
        manifest = {**self._manifest(inputs), "title": f"{title}.{_EXTENSIONS[mime_type]}"}
        info = c2pa.C2paSignerInfo(self._credentials.algorithm, self._credentials.chain_pem,
                                   self._credentials.key_pem, None)  # no timestamp authority: no network
        signed = io.BytesIO()
        # Context and signer per call (well under a millisecond together): no native object is shared by threads.
        with (c2pa.Context.from_dict(_SIGNING) as context, c2pa.Signer.from_info(info) as signer,
              c2pa.Builder(manifest, context) as builder):
            builder.sign(signer, mime_type, io.BytesIO(data), signed)
        return signed.getvalue()

    def _manifest(self, inputs: Sequence[str]) -> dict[str, Any]:
        """"Created by a trained algorithm", or for an edit: opened the first input, edited it with a trained
        algorithm (compositing the others in); a C2PA v2 claim must start with created or opened."""
        if not inputs:
            actions = [{"action": "c2pa.created", "digitalSourceType": TRAINED_ALGORITHMIC_MEDIA,
                        "softwareAgent": self._agent, "description": f"rendered by the {self._engine} engine"}]
            return {"claim_generator_info": [self._agent],
                    "assertions": [{"label": "c2pa.actions", "data": {"actions": actions}}]}
        ids = [f"sha256:{digest}" for digest in inputs]
        ingredients = [{"title": f"input-{n + 1}", "instance_id": ingredient,
                        "relationship": "parentOf" if n == 0 else "componentOf"} for n, ingredient in enumerate(ids)]
        actions = [{"action": "c2pa.opened", "digitalSourceType": COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA,
                    "parameters": {"ingredientIds": ids[:1]}},
                   {"action": "c2pa.edited", "digitalSourceType": COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA,
                    "softwareAgent": self._agent, "parameters": {"ingredientIds": ids},
                    "description": f"edited from {len(ids)} input image{'s' * (len(ids) > 1)} by the "
                                   f"{self._engine} engine"}]
        return {"claim_generator_info": [self._agent], "ingredients": ingredients,
                "assertions": [{"label": "c2pa.actions", "data": {"actions": actions}}]}

    def _check(self) -> None:
        """Sign a tiny image now, so that a certificate c2pa refuses fails the startup instead of every request."""
        probe = io.BytesIO()
        Image.new("RGB", (8, 8)).save(probe, "PNG")
        try:
            signed = self.sign(probe.getvalue(), "image/png", title="startup-check")
        except c2pa.C2paError as exc:
            raise C2paConfigError(f"c2pa cannot sign with this certificate chain and key: {exc}") from None
        report = ManifestReader(self._credentials.anchors_pem).read(signed, "image/png")
        if not report.valid:
            raise C2paConfigError(f"a manifest signed with this certificate does not validate: {report.errors}")


@dataclass(frozen=True)
class ManifestReport:
    """What a C2PA reader makes of one image: `valid` is signature and hashes; `trusted` adds the trust list."""

    present: bool
    valid: bool = False
    trusted: bool = False
    state: str | None = None  # c2pa's validation state: Invalid, Valid or Trusted
    signer: str | None = None  # the signing certificate's common name
    issuer: str | None = None  # its organisation
    claim_generator: str | None = None
    digital_source_type: str | None = None
    errors: tuple[str, ...] = field(default_factory=tuple)  # "code: explanation" of each failed check


class ManifestReader:
    """Reads and validates embedded manifests; `trust_anchors_pem` (CA certificates) decides what is trusted."""

    def __init__(self, trust_anchors_pem: bytes | None = None) -> None:
        self._settings: dict[str, Any] = {"verify": {**_OFFLINE, "verify_trust": bool(trust_anchors_pem)}}
        if trust_anchors_pem:
            self._settings["trust"] = {"trust_anchors": trust_anchors_pem.decode()}

    def read(self, data: bytes, mime_type: str) -> ManifestReport:
        if mime_type not in c2pa.Reader.get_supported_mime_types():
            return ManifestReport(present=False)
        try:
            with c2pa.Context.from_dict(self._settings) as context:
                reader = c2pa.Reader.try_create(mime_type, io.BytesIO(data), None, context)
                if reader is None:
                    return ManifestReport(present=False)
                with reader:
                    store: dict[str, Any] = json.loads(reader.json())
        except c2pa.C2paError as exc:  # a manifest is there but cannot be parsed: as good as a forged one
            return ManifestReport(present=True, state="Invalid", errors=(str(exc),))
        return _report(store)


def _report(store: dict[str, Any]) -> ManifestReport:
    state = store.get("validation_state")
    manifest = store.get("manifests", {}).get(store.get("active_manifest", ""), {})
    signature = manifest.get("signature_info", {})
    failures = store.get("validation_results", {}).get("activeManifest", {}).get("failure", [])
    generator: dict[str, Any] = next(iter(manifest.get("claim_generator_info", [])), {})
    return ManifestReport(
        present=True,
        valid=state in ("Valid", "Trusted"),
        trusted=state == "Trusted",
        state=state,
        signer=signature.get("common_name"),
        issuer=signature.get("issuer"),
        claim_generator="/".join(filter(None, (generator.get("name"), generator.get("version")))) or None,
        digital_source_type=_source_type(manifest),
        errors=tuple(f"{f.get('code')}: {f.get('explanation')}" for f in failures),
    )


def _source_type(manifest: dict[str, Any]) -> str | None:
    for assertion in manifest.get("assertions", []):
        if str(assertion.get("label", "")).startswith("c2pa.actions"):
            for action in assertion.get("data", {}).get("actions", []):
                if action.get("digitalSourceType"):
                    return str(action["digitalSourceType"])
    return None


def _algorithm(key: Any, key_file: Path) -> c2pa.C2paSigningAlg:
    if isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name in _EC_ALGORITHMS:
        return _EC_ALGORITHMS[key.curve.name]
    if isinstance(key, rsa.RSAPrivateKey):
        return c2pa.C2paSigningAlg.PS256
    if isinstance(key, ed25519.Ed25519PrivateKey):
        return c2pa.C2paSigningAlg.ED25519
    raise C2paConfigError(f"{key_file}: C2PA signs with EC P-256/384/521, RSA (PS256) or Ed25519 keys, "
                          f"not {type(key).__name__}")


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _common_name(cert: x509.Certificate) -> str:
    names = cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else cert.subject.rfc4514_string()
