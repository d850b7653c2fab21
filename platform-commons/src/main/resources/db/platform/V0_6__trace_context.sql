-- The trace context and request id of the change an event records: the relay sends them with the
-- event (ce_traceparent, traceparent, ce_requestid), so the consumer continues the trace.
alter table outbox_event add column traceparent text, add column request_id text;
-- The trace in which a consumer applied an event: from the request that caused it, through the
-- gateway and the producing service.
alter table inbox_event add column trace_id text;
