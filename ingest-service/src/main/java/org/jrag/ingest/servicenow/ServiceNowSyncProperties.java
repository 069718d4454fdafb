package org.jrag.ingest.servicenow;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jrag.ingest.document.DocumentMetadata;
import org.jrag.ingest.mirror.SyncSettings;
import org.jrag.ingest.mirror.SyncedStore;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.ingest.servicenow-sync.*}: ServiceNow knowledge bases the service keeps collections in step with, listed
 * every {@code interval}.
 *
 * @param interval the pause between the end of one round over the knowledge bases and the start of the next
 * @param initialDelay how long after start-up the first round begins
 * @param knowledgeBases the knowledge bases to sync; none by default
 */
@ConfigurationProperties("rag.ingest.servicenow-sync")
public record ServiceNowSyncProperties(Duration interval, Duration initialDelay, List<KnowledgeBase> knowledgeBases) {

    /** ServiceNow's record ids ({@code sys_id}): 32 hexadecimal digits. */
    private static final Pattern SYS_ID = Pattern.compile("^[0-9a-f]{32}$");

    public ServiceNowSyncProperties {
        interval = SyncSettings.interval("rag.ingest.servicenow-sync.interval", interval, Duration.ofMinutes(15));
        initialDelay = initialDelay == null ? Duration.ofSeconds(30) : initialDelay;
        knowledgeBases = knowledgeBases == null ? List.of() : List.copyOf(knowledgeBases);
        SyncSettings.uniqueNames(
                "rag.ingest.servicenow-sync.knowledge-bases",
                knowledgeBases.stream().map(KnowledgeBase::name).toList());
    }

    /**
     * One ServiceNow knowledge base and the collection it fills.
     *
     * @param name how the knowledge base is known (its documents' sources are {@code name/<article number>.html}); lower
     *     case
     * @param collection the collection its articles go to, created when missing
     * @param url the instance's address ({@code https://example.service-now.com})
     * @param knowledgeBase the knowledge base's {@code sys_id}
     * @param username the user that signs in with {@code token} as its password; null: {@code token} is an OAuth access
     *     token (a bearer token)
     * @param token the password or OAuth access token
     * @param criteriaReaders who may read the articles that only some users may read, by the {@code sys_id} of the user
     *     criteria that let them: an article is read by those of any of its criteria; an article of criteria not named
     *     here is read by nobody but callers that read every document
     * @param include glob patterns over the path; empty: every article
     * @param delete whether a document whose article is gone (retired, deleted, moved to another knowledge base) is
     *     deleted (default true)
     * @param readers who may read the articles that everyone who may read the knowledge base may read; empty: everyone
     *     who may read the collection
     * @param language the collection's language, set at each round; null: left as it is
     * @param redact the kinds of personal data the collection redacts, set at each round; null: left as they are
     */
    public record KnowledgeBase(
            String name,
            String collection,
            URI url,
            String knowledgeBase,
            String username,
            String token,
            Map<String, List<String>> criteriaReaders,
            List<String> include,
            Boolean delete,
            List<String> readers,
            String language,
            List<String> redact)
            implements SyncedStore {

        public KnowledgeBase {
            SyncSettings.name("rag.ingest.servicenow-sync.knowledge-bases", name);
            String where = "rag.ingest.servicenow-sync.knowledge-bases[] (knowledge base '" + name + "')";
            if (collection == null || collection.isBlank() || url == null) {
                throw new IllegalArgumentException(where + ": collection and url are required");
            }
            url = SyncSettings.siteUrl(where, url, "the instance's address");
            knowledgeBase = knowledgeBase == null ? null : knowledgeBase.strip();
            if (knowledgeBase == null || !SYS_ID.matcher(knowledgeBase).matches()) {
                throw new IllegalArgumentException(
                        where + ": knowledge-base must be the knowledge base's sys_id (32 hexadecimal digits), got: "
                                + knowledgeBase);
            }
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException(
                        where + ": token is required (a password with username, or an OAuth access token)");
            }
            username = username == null || username.isBlank() ? null : username.strip();
            criteriaReaders = SyncSettings.readersByKey(
                    where, "criteria-readers", criteriaReaders, SYS_ID, "user criteria's sys_ids");
            include = include == null ? List.of() : List.copyOf(include);
            delete = delete == null || delete;
            readers = DocumentMetadata.checkReaders(readers == null ? List.of() : readers);
            language = SyncSettings.language(where, language);
            redact = SyncSettings.redact(where, redact);
        }

        /** Where its articles are, for logs and the API: the knowledge base's page on the instance. */
        public String location() {
            return url + "/kb?kb=" + knowledgeBase;
        }

        /** Leaves the token out, should a knowledge base ever be logged. */
        @Override
        public String toString() {
            return "KnowledgeBase[name=" + name + ", collection=" + collection + ", location=" + location() + "]";
        }
    }
}
