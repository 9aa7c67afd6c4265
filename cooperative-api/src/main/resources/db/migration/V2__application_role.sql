-- The application connects as a user that holds the role coop_app, and only the privileges granted to it here,
-- table by table: every migration that adds a table grants what the application needs on it.
GRANT SELECT, INSERT, UPDATE, DELETE ON person TO coop_app;
