package org.jrag.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jrag.ingest.blob.BlobSyncProperties;
import org.jrag.ingest.bucket.BucketSyncProperties;
import org.jrag.ingest.confluence.ConfluenceSyncProperties;
import org.jrag.ingest.drive.DriveSyncProperties;
import org.jrag.ingest.folder.FolderSyncProperties;
import org.jrag.ingest.gdrive.GoogleDriveSyncProperties;
import org.jrag.ingest.jira.JiraSyncProperties;
import org.jrag.ingest.mailbox.MailboxSyncProperties;
import org.jrag.ingest.repository.RepositorySyncProperties;
import org.jrag.ingest.servicenow.ServiceNowSyncProperties;
import org.jrag.ingest.zendesk.ZendeskSyncProperties;
import org.springframework.stereotype.Component;

/**
 * Refuses, at start-up, a name that two synced stores share (a folder and a bucket, a mailbox and a drive): each
 * store's documents have the sources {@code <name>/...}, so two stores of one name would take each other's documents
 * for their own and delete them.
 */
@Component
class SyncedStoreNames {

    SyncedStoreNames(
            FolderSyncProperties folders,
            BucketSyncProperties buckets,
            MailboxSyncProperties mailboxes,
            DriveSyncProperties drives,
            BlobSyncProperties containers,
            RepositorySyncProperties repositories,
            ConfluenceSyncProperties spaces,
            JiraSyncProperties projects,
            ZendeskSyncProperties guides,
            GoogleDriveSyncProperties gdrives,
            ServiceNowSyncProperties kbs) {
        check(Map.ofEntries(
                Map.entry(
                        "rag.ingest.folder-sync.folders",
                        folders.folders().stream()
                                .map(FolderSyncProperties.Folder::name)
                                .toList()),
                Map.entry(
                        "rag.ingest.bucket-sync.buckets",
                        buckets.buckets().stream()
                                .map(BucketSyncProperties.Bucket::name)
                                .toList()),
                Map.entry(
                        "rag.ingest.mailbox-sync.mailboxes",
                        mailboxes.mailboxes().stream()
                                .map(MailboxSyncProperties.Mailbox::name)
                                .toList()),
                Map.entry(
                        "rag.ingest.drive-sync.drives",
                        drives.drives().stream()
                                .map(DriveSyncProperties.Drive::name)
                                .toList()),
                Map.entry(
                        "rag.ingest.blob-sync.containers",
                        containers.containers().stream()
                                .map(BlobSyncProperties.Container::name)
                                .toList()),
                Map.entry(
                        "rag.ingest.repository-sync.repositories",
                        repositories.repositories().stream()
                                .map(RepositorySyncProperties.GitRepository::name)
                                .toList()),
                Map.entry(
                        "rag.ingest.confluence-sync.spaces",
                        spaces.spaces().stream()
                                .map(ConfluenceSyncProperties.Space::name)
                                .toList()),
                Map.entry(
                        "rag.ingest.jira-sync.projects",
                        projects.projects().stream()
                                .map(JiraSyncProperties.Project::name)
                                .toList()),
                Map.entry(
                        "rag.ingest.zendesk-sync.guides",
                        guides.guides().stream()
                                .map(ZendeskSyncProperties.Guide::name)
                                .toList()),
                Map.entry(
                        "rag.ingest.google-drive-sync.drives",
                        gdrives.drives().stream()
                                .map(GoogleDriveSyncProperties.Drive::name)
                                .toList()),
                Map.entry(
                        "rag.ingest.servicenow-sync.knowledge-bases",
                        kbs.knowledgeBases().stream()
                                .map(ServiceNowSyncProperties.KnowledgeBase::name)
                                .toList())));
    }

    /** @param names the names of each kind's stores, by the property that lists them */
    static void check(Map<String, List<String>> names) {
        var first = new HashMap<String, String>();
        names.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(kind -> {
            for (String name : kind.getValue()) {
                String other = first.putIfAbsent(name, kind.getKey());
                if (other != null && !other.equals(kind.getKey())) {
                    throw new IllegalArgumentException(other + " and " + kind.getKey() + " both name '" + name
                            + "': the stores' documents would have the same sources (" + name + "/...)");
                }
            }
        });
    }
}
