package org.jrag.ingest.jira;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jrag.ingest.document.DocumentMetadata;
import org.jrag.ingest.mirror.SyncSettings;
import org.jrag.ingest.mirror.SyncedStore;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.ingest.jira-sync.*}: Jira projects (Cloud or Data Center) the service keeps collections in step with,
 * listed every {@code interval}.
 *
 * @param interval the pause between the end of one round over the projects and the start of the next
 * @param initialDelay how long after start-up the first round begins
 * @param projects the projects to sync; none by default
 */
@ConfigurationProperties("rag.ingest.jira-sync")
public record JiraSyncProperties(Duration interval, Duration initialDelay, List<Project> projects) {

    /** Jira's project keys: a letter, then letters, digits and underscores. */
    private static final Pattern PROJECT_KEY = Pattern.compile("^[A-Z][A-Z0-9_]{0,254}$");

    /** A JQL clause that orders its results, which the sync's own query cannot take inside its parentheses. */
    private static final Pattern ORDER_BY = Pattern.compile("(?i)\\border\\s+by\\b");

    public JiraSyncProperties {
        interval = SyncSettings.interval("rag.ingest.jira-sync.interval", interval, Duration.ofMinutes(15));
        initialDelay = initialDelay == null ? Duration.ofSeconds(30) : initialDelay;
        projects = projects == null ? List.of() : List.copyOf(projects);
        SyncSettings.uniqueNames(
                "rag.ingest.jira-sync.projects",
                projects.stream().map(Project::name).toList());
    }

    /**
     * One Jira project and the collection it fills.
     *
     * @param name how the project is known (its documents' sources are {@code name/<issue key>.html} and {@code
     *     name/<issue key>/<attachment>}); lower case
     * @param collection the collection its issues go to, created when missing
     * @param url the site's address up to its REST API: {@code https://example.atlassian.net} (Cloud), {@code
     *     https://jira.example.com} or with its context path (Data Center)
     * @param projectKey the project's key ({@code SUP})
     * @param jql a JQL condition that narrows the project's issues ({@code status = Done AND type = Bug}), without
     *     {@code ORDER BY}; null: all of them
     * @param username the account that signs in with {@code token}: Cloud's e-mail address with an API token, a Data
     *     Center user with a password; null: {@code token} is a Data Center personal access token (a bearer token)
     * @param token the API token, password or personal access token
     * @param comments whether an issue's comments are part of its document (default true)
     * @param attachments whether the issues' attachments of a supported format (PDFs, Office files, ...) are synced too
     *     (default true)
     * @param include glob patterns over the path ({@code *.html} for issues alone); empty: every issue and attachment of
     *     a supported format
     * @param delete whether a document whose issue is gone (deleted, moved, or no longer matching the JQL) is deleted
     *     (default true)
     * @param readers who may read the project's documents; empty: everyone who may read the collection (an issue under
     *     a security level is read by nobody but callers that read every document, whatever these say)
     * @param language the collection's language, set at each round; null: left as it is
     * @param redact the kinds of personal data the collection redacts, set at each round; null: left as they are
     */
    public record Project(
            String name,
            String collection,
            URI url,
            String projectKey,
            String jql,
            String username,
            String token,
            Boolean comments,
            Boolean attachments,
            List<String> include,
            Boolean delete,
            List<String> readers,
            String language,
            List<String> redact)
            implements SyncedStore {

        public Project {
            SyncSettings.name("rag.ingest.jira-sync.projects", name);
            String where = "rag.ingest.jira-sync.projects[] (project '" + name + "')";
            if (collection == null || collection.isBlank() || url == null) {
                throw new IllegalArgumentException(where + ": collection and url are required");
            }
            url = SyncSettings.siteUrl(where, url, "the site's address");
            projectKey = projectKey == null ? null : projectKey.strip().toUpperCase(Locale.ROOT);
            if (projectKey == null || !PROJECT_KEY.matcher(projectKey).matches()) {
                throw new IllegalArgumentException(
                        where + ": project-key must be a Jira project key (SUP), got: " + projectKey);
            }
            jql = jql == null || jql.isBlank() ? null : jql.strip();
            if (jql != null && ORDER_BY.matcher(jql).find()) {
                throw new IllegalArgumentException(
                        where + ": jql narrows the issues and may not order them (leave out ORDER BY), got: " + jql);
            }
            if (jql != null && jql.length() > 2_000) {
                throw new IllegalArgumentException(where + ": jql is longer than 2000 characters");
            }
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException(where + ": token is required (an API token, a password with"
                        + " username, or a personal access token)");
            }
            username = username == null || username.isBlank() ? null : username.strip();
            comments = comments == null || comments;
            attachments = attachments == null || attachments;
            include = include == null ? List.of() : List.copyOf(include);
            delete = delete == null || delete;
            readers = DocumentMetadata.checkReaders(readers == null ? List.of() : readers);
            language = SyncSettings.language(where, language);
            redact = SyncSettings.redact(where, redact);
        }

        /** Where its issues are, for logs and the API: {@code <url>/browse/<key>}. */
        public String location() {
            return url + "/browse/" + projectKey;
        }

        /** The query that lists the project's issues: the project, narrowed by {@code jql}, in the order of keys. */
        String query() {
            return "project = \"" + projectKey + "\"" + (jql == null ? "" : " AND (" + jql + ")") + " ORDER BY key ASC";
        }

        /** Leaves the token out, should a project ever be logged. */
        @Override
        public String toString() {
            return "Project[name=" + name + ", collection=" + collection + ", location=" + location() + "]";
        }
    }
}
