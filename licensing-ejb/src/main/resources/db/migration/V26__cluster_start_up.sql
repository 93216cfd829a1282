-- Several servers on one database (issue 15, docs/cluster.md).
--
-- start_up_lock: one row that a server's start-up work locks (SELECT ... FOR UPDATE) for the length of
-- its transaction, so that two servers starting at once do not both load the demo data or both create
-- the first administrator: the second waits, then finds the first one's rows.
CREATE TABLE start_up_lock (
    name VARCHAR(40) NOT NULL PRIMARY KEY
);
INSERT INTO start_up_lock (name) VALUES ('start-up');

-- shared_storage_marker: when clustered, the first server writes a random value into a file in each
-- folder the servers must share (media, images, uploads) and records it here; every later server reads
-- the file in its own folder and refuses to start when the value is missing or different, because then
-- its folder is not the shared one (posters and media uploaded through one server would be missing on it).
CREATE TABLE shared_storage_marker (
    folder     VARCHAR(40)  NOT NULL PRIMARY KEY,
    marker     VARCHAR(64)  NOT NULL,
    written_by VARCHAR(200) NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL
);
