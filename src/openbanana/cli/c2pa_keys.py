"""`openbanana keys c2pa [--init]`: show, or create, the certificate chain the server signs C2PA manifests with.

`--init` makes a local development chain (its own CA plus a signing certificate), which c2pa accepts where a lone
self-signed certificate is refused. Anyone can make one, so it proves nothing to the outside world: production
operators configure a chain from a CA that C2PA validators trust (OPENBANANA_C2PA_CERT_FILE, _KEY_FILE).
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Annotated

import typer
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from openbanana import __version__
from openbanana.cli.client import console
from openbanana.cli.settings import data_dir_settings
from openbanana.imaging.c2pa import C2PA_DIR, CHAIN_FILE, KEY_FILE, C2paConfigError, C2paCredentials, ManifestSigner
from openbanana.service.keys.secret_files import create_folder_once, replace_atomically

DEV_ORGANISATION = "openbanana development (untrusted)"
_USAGE = dict.fromkeys(("digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
                        "key_agreement", "key_cert_sign", "crl_sign", "encipher_only", "decipher_only"), False)


def c2pa(
    init: Annotated[bool, typer.Option("--init", help="create a development certificate chain")] = False,
    data_dir: Annotated[Path | None, typer.Option(help="the server's data dir (default ~/.openbanana)")] = None,
    force: Annotated[bool, typer.Option("--force", help="replace an existing chain")] = False,
) -> None:
    """Show the C2PA signing certificate in the data dir, or create a development one with --init."""
    folder = data_dir_settings(data_dir).server.resolved_data_dir() / C2PA_DIR
    chain_file, key_file = folder / CHAIN_FILE, folder / KEY_FILE
    if init:
        if (chain_file.exists() or key_file.exists()) and not force:
            console.print(f"{folder} already holds a C2PA chain; pass --force to replace it")
            raise typer.Exit(1)
        chain_pem, key_pem = development_chain()
        if force and folder.exists():  # each file replaced atomically (--force is an operator's deliberate act)
            replace_atomically(key_file, key_pem)
            replace_atomically(chain_file, chain_pem, mode=0o644)
        elif not create_folder_once(folder, {CHAIN_FILE: (chain_pem, 0o644), KEY_FILE: (key_pem, 0o600)}):
            console.print(f"another process created {folder} meanwhile; keeping its chain")
        else:
            console.print(f"wrote {chain_file} and {key_file}")
        console.print("[yellow]for development only[/yellow]: its CA is made here, so no C2PA validator outside "
                      "this server trusts it; production servers set OPENBANANA_C2PA_CERT_FILE and _KEY_FILE")
    elif not chain_file.exists():
        console.print(f"no C2PA chain in {folder}; create a development one with `--init`")
        raise typer.Exit(1)
    try:
        credentials = C2paCredentials.load(chain_file, key_file)
        ManifestSigner(credentials, "openbanana", __version__, "check")  # signs a probe, exactly as the server does
    except C2paConfigError as exc:
        console.print(f"[red]{exc}[/red]")
        raise typer.Exit(1) from None
    console.print(f"signs as: {credentials.common_name} ({credentials.algorithm.name}); the server uses this chain "
                  "unless OPENBANANA_C2PA_CERT_FILE names another")


def development_chain(days: int = 825) -> tuple[bytes, bytes]:
    """(chain PEM: signing certificate then CA, PKCS#8 key PEM): EC P-256, with the key usages C2PA requires."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key, leaf_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name, leaf_name = _name("openbanana development CA"), _name("openbanana development signer")

    def certificate(subject: x509.Name, key: ec.EllipticCurvePrivateKey) -> x509.CertificateBuilder:
        return (x509.CertificateBuilder().subject_name(subject).issuer_name(ca_name).public_key(key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(now - datetime.timedelta(minutes=5))
                .not_valid_after(now + datetime.timedelta(days=days))
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False))

    ca = (certificate(ca_name, ca_key)
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(**{**_USAGE, "key_cert_sign": True, "crl_sign": True}), critical=True)
          .sign(ca_key, hashes.SHA256()))
    leaf = (certificate(leaf_name, leaf_key)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(**{**_USAGE, "digital_signature": True}), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    chain = leaf.public_bytes(serialization.Encoding.PEM) + ca.public_bytes(serialization.Encoding.PEM)
    key = leaf_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                 serialization.NoEncryption())
    return chain, key


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, DEV_ORGANISATION)])
