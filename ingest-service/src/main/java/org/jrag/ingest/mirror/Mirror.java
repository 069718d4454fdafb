package org.jrag.ingest.mirror;

import java.util.List;

/**
 * What a sync keeps in step, whatever the store: a collection filled from one folder or bucket.
 *
 * @param kind what the store is, as logs, problems and metrics name it
 * @param name how the store is known; its documents' sources are {@code name/relative/path}
 * @param collection the collection its files go to, created when missing
 * @param include glob patterns over the relative path ({@code **}{@code /*.md}); empty: every file of a supported
 *     format
 * @param delete whether a document whose file is gone is deleted
 * @param readers who may read its documents; empty: everyone who may read the collection
 * @param language the collection's language, set at each round; null: left as it is
 * @param redact the kinds of personal data the collection redacts, set at each round; null: left as they are
 */
public record Mirror(
        Kind kind,
        String name,
        String collection,
        List<String> include,
        boolean delete,
        List<String> readers,
        String language,
        List<String> redact) {

    /**
     * A kind of store.
     *
     * @param noun its name in logs, runs and problems ({@code folder})
     * @param plural its API's path under {@code /v1/} and the key of its list ({@code folders})
     * @param property the configuration property that lists its stores ({@code rag.ingest.folder-sync.folders})
     * @param item what it holds ({@code file})
     * @param metric the counter of its files by outcome ({@code rag.ingest.folder.files}), tagged with the noun
     * @param emptyHint what a listing that comes up empty where documents were synced most likely means
     */
    public record Kind(String noun, String plural, String property, String item, String metric, String emptyHint) {

        public static final Kind FOLDER = new Kind(
                "folder",
                "folders",
                "rag.ingest.folder-sync.folders",
                "file",
                "rag.ingest.folder.files",
                "is the share mounted?");
        public static final Kind BUCKET = new Kind(
                "bucket",
                "buckets",
                "rag.ingest.bucket-sync.buckets",
                "object",
                "rag.ingest.bucket.objects",
                "is the prefix right?");
        public static final Kind CONTAINER = new Kind(
                "container",
                "containers",
                "rag.ingest.blob-sync.containers",
                "blob",
                "rag.ingest.container.blobs",
                "is the prefix right?");
        public static final Kind DRIVE = new Kind(
                "drive",
                "drives",
                "rag.ingest.drive-sync.drives",
                "file",
                "rag.ingest.drive.files",
                "is the folder right?");
        public static final Kind REPOSITORY = new Kind(
                "repository",
                "repositories",
                "rag.ingest.repository-sync.repositories",
                "file",
                "rag.ingest.repository.files",
                "are the branch and path right?");
        public static final Kind SPACE = new Kind(
                "space",
                "spaces",
                "rag.ingest.confluence-sync.spaces",
                "page",
                "rag.ingest.space.pages",
                "are the space key and the root page right?");
        public static final Kind PROJECT = new Kind(
                "project",
                "projects",
                "rag.ingest.jira-sync.projects",
                "issue",
                "rag.ingest.project.issues",
                "are the project key and the JQL right?");
        public static final Kind GUIDE = new Kind(
                "guide",
                "guides",
                "rag.ingest.zendesk-sync.guides",
                "article",
                "rag.ingest.guide.articles",
                "are the locale and the categories right?");
        public static final Kind GDRIVE = new Kind(
                "gdrive",
                "gdrives",
                "rag.ingest.google-drive-sync.drives",
                "file",
                "rag.ingest.gdrive.files",
                "is the folder shared with the service account?");
        public static final Kind KB = new Kind(
                "kb",
                "kbs",
                "rag.ingest.servicenow-sync.knowledge-bases",
                "article",
                "rag.ingest.kb.articles",
                "is the knowledge base's sys_id right?");
        public static final Kind MAILBOX = new Kind(
                "mailbox",
                "mailboxes",
                "rag.ingest.mailbox-sync.mailboxes",
                "message",
                "rag.ingest.mailbox.messages",
                "are the folders right?");
    }

    /** The source prefix of its documents. */
    public String sourcePrefix() {
        return name + "/";
    }
}
