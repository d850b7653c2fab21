-- Alerts of B2B matchmaking events: a meeting request received, a meeting scheduled, moved or no longer
-- scheduled reach the people the organisations send (event_participant.people) who are reachable
-- (alert_recipient), by the same mail job, retries and erasure as opportunity alerts. An alert is about
-- an opportunity or about a meeting request, never both.
alter table alert alter column opportunity_id drop not null;
alter table alert add column meeting_request_id uuid references meeting_request (id) on delete cascade;
alter table alert drop constraint alert_kind_check;
alter table alert add constraint alert_kind_check check (kind in ('URGENT_NEED', 'SAVED_SEARCH',
    'MEETING_REQUESTED', 'MEETING_SCHEDULED', 'MEETING_MOVED', 'MEETING_UNSCHEDULED'));
alter table alert add constraint alert_about_one_thing check ((opportunity_id is null) <> (meeting_request_id is null));
-- one alert per person, request and change (the trigger names the change and the request's version)
alter table alert add constraint alert_once_per_meeting_change unique (subject, meeting_request_id, trigger_event_id);
