"""Machine-readable provenance: the IPTC "made (or edited) by a trained algorithm" statement, as XMP, in every format
we emit."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

TRAINED_ALGORITHMIC_MEDIA = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
# An edit: the caller's input images, changed or combined by a trained algorithm.
COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA = (
    "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia")
XMP_PNG_KEYWORD = "XML:com.adobe.xmp"


@dataclass(frozen=True)
class Provenance:
    """What we state about an image: which software made it, with which engine, and its lookup id if any."""

    generator: str
    version: str
    engine: str
    image_id: str | None = None
    credit: str | None = None  # attribution the engine's assets ask for (e.g. CC-BY artwork)
    source_type: str = TRAINED_ALGORITHMIC_MEDIA  # COMPOSITE_WITH_TRAINED_ALGORITHMIC_MEDIA for an edit

    @property
    def software(self) -> str:
        return f"{self.generator} {self.version} ({self.engine} engine)"


def xmp_packet(provenance: Provenance) -> bytes:
    """A minimal, valid XMP packet; readers (exiftool, Pillow's getxmp, C2PA tools) find DigitalSourceType in it."""
    image_id = (f"\n      openbanana:ImageId={quoteattr(provenance.image_id)}" if provenance.image_id else "")
    credit = f"\n      photoshop:Credit={quoteattr(provenance.credit)}" if provenance.credit else ""
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
    <rdf:Description rdf:about=""
      xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"
      xmlns:xmp="http://ns.adobe.com/xap/1.0/"
      xmlns:openbanana="https://openbanana.dev/ns/1.0/"
      xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"
      Iptc4xmpExt:DigitalSourceType={quoteattr(provenance.source_type)}
      xmp:CreatorTool={quoteattr(provenance.software)}{image_id}{credit}/>
  </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()
