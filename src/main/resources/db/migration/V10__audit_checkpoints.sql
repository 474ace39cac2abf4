-- Signed checkpoints of the audit chain: "event <sequence> had hash <chain_hash>", signed with Ed25519 by the key
-- <key_id>. The private key is never stored here; the application also keeps a copy of every checkpoint it signs in
-- a file beside its key, so deleting rows here does not make a shortened or rewritten chain verify.
create table audit_checkpoint (
    sequence   bigint      not null,
    key_id     varchar(32) not null,
    chain_hash varchar(64) not null,
    signed_at  timestamp with time zone not null,
    signature  varchar(100) not null,
    primary key (sequence, key_id)
);
