"""What Vertex AI's answers add to the Gemini API's, where the SDKs read it: `createTime` on every response and
`usageMetadata.trafficType` (both SDKs map them to `create_time` / `createTime` and `traffic_type`)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

from openbanana.clock import Clock
from openbanana.protocol.responses import GenerateContentResponse

TRAFFIC_TYPE = "ON_DEMAND"  # pay-as-you-go, as opposed to Vertex's provisioned throughput


def as_vertex(answer: GenerateContentResponse, created: datetime) -> GenerateContentResponse:
    answer["createTime"] = created.isoformat(timespec="microseconds").replace("+00:00", "Z")
    if "usageMetadata" in answer:
        answer["usageMetadata"]["trafficType"] = TRAFFIC_TYPE
    return answer


async def as_vertex_stream(events: AsyncIterator[GenerateContentResponse],
                           clock: Clock) -> AsyncIterator[GenerateContentResponse]:
    """Every event of one answer carries the same createTime: when the request was taken."""
    created = clock()
    async for event in events:
        yield as_vertex(event, created)
