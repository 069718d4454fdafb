-- The last run of each configured Jira project, whichever instance ran it (GET /v1/projects answers the same
-- everywhere). Its issues and attachments are stamped beside folders' files (folder_file; their sources start with the
-- project's name), each issue's version the time Jira last updated it, each attachment's its id.
CREATE TABLE project_run (
    project text  PRIMARY KEY,
    run     jsonb NOT NULL
);
