"""Lets schemathesis speak JSON Lines, the batch endpoint's media type: a list of drafts is sent
as one JSON object a line, and the answer's lines are read back as a list to check each one."""

import json

import schemathesis


@schemathesis.serializer("application/x-ndjson")
def to_json_lines(ctx, value):
    items = value if isinstance(value, list) else [value]
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items).encode("utf-8", "surrogatepass")


@schemathesis.deserializer("application/x-ndjson")
def from_json_lines(ctx, response):
    return [json.loads(line) for line in response.content.decode("utf-8").splitlines() if line.strip()]
