package org.jrag.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class BucketSyncPropertiesTests {

    @Test
    void bindsBucketsFromEnvironmentVariablesAsTheReadmeWritesThem() {
        var environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of(
                                        "RAG_INGEST_BUCKETSYNC_BUCKETS_0_NAME", "archive",
                                        "RAG_INGEST_BUCKETSYNC_BUCKETS_0_COLLECTION", "docs",
                                        "RAG_INGEST_BUCKETSYNC_BUCKETS_0_ENDPOINT", "http://minio:9000",
                                        "RAG_INGEST_BUCKETSYNC_BUCKETS_0_BUCKET", "team-docs",
                                        "RAG_INGEST_BUCKETSYNC_BUCKETS_0_PREFIX", "handbook",
                                        "RAG_INGEST_BUCKETSYNC_BUCKETS_0_ACCESSKEYID", "AKID",
                                        "RAG_INGEST_BUCKETSYNC_BUCKETS_0_SECRETACCESSKEY", "secret",
                                        "RAG_INGEST_BUCKETSYNC_BUCKETS_0_INCLUDE", "**/*.md,**/*.pdf",
                                        "RAG_INGEST_BUCKETSYNC_INTERVAL", "10m")));

        BucketSyncProperties properties = new Binder(ConfigurationPropertySources.get(environment))
                .bind("rag.ingest.bucket-sync", BucketSyncProperties.class)
                .get();

        assertThat(properties.interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(properties.initialDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.buckets()).singleElement().satisfies(bucket -> {
            assertThat(bucket.name()).isEqualTo("archive");
            assertThat(bucket.endpoint()).isEqualTo(URI.create("http://minio:9000"));
            assertThat(bucket.region()).isEqualTo("us-east-1");
            assertThat(bucket.prefix()).isEqualTo("handbook/");
            assertThat(bucket.location()).isEqualTo("s3://team-docs/handbook/");
            assertThat(bucket.pathStyle()).isTrue();
            assertThat(bucket.defaultCredentials()).isFalse();
            assertThat(bucket.include()).containsExactly("**/*.md", "**/*.pdf");
            assertThat(bucket.delete()).isTrue();
            assertThat(bucket.toString()).doesNotContain("secret").doesNotContain("AKID");
        });
    }

    @Test
    void awsS3TakesVirtualHostsAndTheDefaultCredentials() {
        var bucket = bucket("archive", null, "team-docs", null, null);

        assertThat(bucket.pathStyle()).isFalse();
        assertThat(bucket.defaultCredentials()).isTrue();
        assertThat(bucket.prefix()).isEmpty();
        assertThat(bucket.location()).isEqualTo("s3://team-docs/");
    }

    @Test
    void refusesWhatCannotBeABucketOrItsCredentials() {
        assertThatThrownBy(() -> bucket("Archive", null, "team-docs", null, null))
                .hasMessageStartingWith("rag.ingest.bucket-sync.buckets[].name must match");
        assertThatThrownBy(() -> bucket("archive", null, "Team_Docs", null, null))
                .hasMessageStartingWith("rag.ingest.bucket-sync.buckets[].bucket must be an S3 bucket name")
                .hasMessageEndingWith("got: Team_Docs (bucket 'archive')");
        assertThatThrownBy(() -> bucket("archive", URI.create("ftp://minio"), "team-docs", null, null))
                .hasMessage("rag.ingest.bucket-sync.buckets[].endpoint must be an http or https URL, got: ftp://minio"
                        + " (bucket 'archive')");
        assertThatThrownBy(() -> bucket("archive", null, "team-docs", "AKID", null))
                .hasMessage("rag.ingest.bucket-sync.buckets[] needs both access-key-id and secret-access-key, or"
                        + " neither for the SDK's default credentials (bucket 'archive')");
        var bucket = bucket("archive", null, "team-docs", null, null);
        assertThatThrownBy(() -> new BucketSyncProperties(null, null, List.of(bucket, bucket)))
                .hasMessage("rag.ingest.bucket-sync.buckets names 'archive' twice");
        assertThatThrownBy(() -> new BucketSyncProperties(Duration.ZERO, null, List.of()))
                .hasMessage("rag.ingest.bucket-sync.interval must be > 0, got: PT0S");
    }

    private static BucketSyncProperties.Bucket bucket(
            String name, URI endpoint, String bucket, String accessKeyId, String secretAccessKey) {
        return new BucketSyncProperties.Bucket(
                name,
                "docs",
                endpoint,
                null,
                bucket,
                null,
                null,
                accessKeyId,
                secretAccessKey,
                null,
                null,
                null,
                null,
                null);
    }
}
