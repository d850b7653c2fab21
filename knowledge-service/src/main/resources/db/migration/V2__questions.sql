-- Questions on a resource or on a topic (a tag or a value chain), their answers, who follows them.
create table question (
    id                     uuid primary key,
    resource_id            uuid references resource (id),
    topic_tag              varchar(50),
    topic_value_chain      varchar(100),
    title                  varchar(300)  not null,
    body                   varchar(10000) not null,
    -- the asker: a person, "former member" once erased
    asker_subject          varchar(255)  not null,
    asker_name             varchar(200)  not null,
    accepted_answer_id     uuid,
    hidden_reason          varchar(2000),
    hidden_by              varchar(255),
    created_at             timestamptz   not null,
    changed_at             timestamptz   not null,
    version                bigint        not null,
    constraint question_on_one_thing check (num_nonnulls(resource_id, topic_tag, topic_value_chain) = 1)
);
create index question_by_resource on question (resource_id) where resource_id is not null;
create index question_by_tag on question (topic_tag) where topic_tag is not null;
create index question_by_value_chain on question (topic_value_chain) where topic_value_chain is not null;
create index question_by_asker on question (asker_subject);

create table answer (
    id             uuid primary key,
    question_id    uuid           not null references question (id),
    body           varchar(10000) not null,
    author_subject varchar(255)   not null,
    author_name    varchar(200)   not null,
    hidden_reason  varchar(2000),
    hidden_by      varchar(255),
    created_at     timestamptz    not null,
    version        bigint         not null
);
create index answer_by_question on answer (question_id, created_at);
create index answer_by_author on answer (author_subject);

create table question_follower (
    question_id uuid         not null references question (id),
    subject     varchar(255) not null,
    since       timestamptz  not null,
    primary key (question_id, subject)
);
