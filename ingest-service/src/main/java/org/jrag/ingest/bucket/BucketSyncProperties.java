package org.jrag.ingest.bucket;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.jrag.ingest.document.DocumentMetadata;
import org.jrag.ingest.mirror.SyncSettings;
import org.jrag.ingest.mirror.SyncedStore;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.ingest.bucket-sync.*}: buckets of S3 or an S3-compatible store (MinIO, Ceph, ...) the service keeps
 * collections in step with, listed every {@code interval}.
 *
 * @param interval the pause between the end of one round over the buckets and the start of the next
 * @param initialDelay how long after start-up the first round begins
 * @param buckets the buckets to sync; none by default
 */
@ConfigurationProperties("rag.ingest.bucket-sync")
public record BucketSyncProperties(Duration interval, Duration initialDelay, List<Bucket> buckets) {

    /** S3's rule for bucket names (3 to 63 lower-case letters, digits, dots and hyphens). */
    private static final Pattern BUCKET = Pattern.compile("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$");

    public BucketSyncProperties {
        interval = SyncSettings.interval("rag.ingest.bucket-sync.interval", interval, Duration.ofMinutes(5));
        initialDelay = initialDelay == null ? Duration.ofSeconds(30) : initialDelay;
        buckets = buckets == null ? List.of() : List.copyOf(buckets);
        SyncSettings.uniqueNames(
                "rag.ingest.bucket-sync.buckets",
                buckets.stream().map(Bucket::name).toList());
    }

    /**
     * One bucket (or the objects under a prefix of it) and the collection it fills.
     *
     * @param name how the bucket is known (its documents' sources are {@code name/key after the prefix}); lower case
     * @param collection the collection its objects go to, created when missing
     * @param endpoint the store's URL ({@code http://minio:9000}); null: AWS S3 in the region
     * @param region the region requests are signed for ({@code us-east-1} by default, what most S3-compatible stores
     *     expect)
     * @param bucket the bucket's name
     * @param prefix the key prefix of the objects to sync, a {@code /} added where it has none; empty: every object
     * @param pathStyle whether the bucket goes in the path ({@code http://minio:9000/bucket/key}) rather than the host
     *     name; by default in the path where an endpoint is given, as S3-compatible stores want
     * @param accessKeyId the access key; null: the default credentials of the AWS SDK (the environment's {@code
     *     AWS_ACCESS_KEY_ID}, a web identity token as EKS gives a service account, the instance's role)
     * @param secretAccessKey the secret key, given exactly when the access key is
     * @param include glob patterns over the key after the prefix ({@code **}{@code /*.md}); empty: every object of a
     *     supported format
     * @param delete whether a document whose object is gone is deleted (default true)
     * @param readers who may read the bucket's documents; empty: everyone who may read the collection
     * @param language the collection's language, set at each round; null: left as it is
     * @param redact the kinds of personal data the collection redacts, set at each round; null: left as they are
     */
    public record Bucket(
            String name,
            String collection,
            URI endpoint,
            String region,
            String bucket,
            String prefix,
            Boolean pathStyle,
            String accessKeyId,
            String secretAccessKey,
            List<String> include,
            Boolean delete,
            List<String> readers,
            String language,
            List<String> redact)
            implements SyncedStore {

        public Bucket {
            SyncSettings.name("rag.ingest.bucket-sync.buckets", name);
            String at = " (bucket '" + name + "')";
            if (collection == null || collection.isBlank()) {
                throw new IllegalArgumentException("rag.ingest.bucket-sync.buckets[].collection is required" + at);
            }
            if (bucket == null || !BUCKET.matcher(bucket).matches()) {
                throw new IllegalArgumentException("rag.ingest.bucket-sync.buckets[].bucket must be an S3 bucket name ("
                        + BUCKET.pattern() + "), got: " + bucket + at);
            }
            if (endpoint != null
                    && (!List.of("http", "https").contains(endpoint.getScheme()) || endpoint.getHost() == null)) {
                throw new IllegalArgumentException(
                        "rag.ingest.bucket-sync.buckets[].endpoint must be an http or https URL, got: " + endpoint
                                + at);
            }
            region = region == null || region.isBlank() ? "us-east-1" : region;
            prefix = prefix == null ? "" : prefix;
            prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
            pathStyle = pathStyle == null ? endpoint != null : pathStyle;
            if ((accessKeyId == null || accessKeyId.isBlank())
                    != (secretAccessKey == null || secretAccessKey.isBlank())) {
                throw new IllegalArgumentException("rag.ingest.bucket-sync.buckets[] needs both access-key-id and"
                        + " secret-access-key, or neither for the SDK's default credentials" + at);
            }
            include = include == null ? List.of() : List.copyOf(include);
            delete = delete == null || delete;
            readers = DocumentMetadata.checkReaders(readers == null ? List.of() : readers);
            language = SyncSettings.language("rag.ingest.bucket-sync.buckets[]" + at, language);
            redact = SyncSettings.redact("rag.ingest.bucket-sync.buckets[]" + at, redact);
        }

        /** Where its objects are, for logs and the API: {@code s3://bucket/prefix}. */
        public String location() {
            return "s3://" + bucket + "/" + prefix;
        }

        /** Whether the SDK's default credentials sign its requests. */
        boolean defaultCredentials() {
            return accessKeyId == null || accessKeyId.isBlank();
        }

        /** Leaves the secret out, should a bucket ever be logged. */
        @Override
        public String toString() {
            return "Bucket[name=" + name + ", collection=" + collection + ", endpoint=" + endpoint + ", location="
                    + location() + "]";
        }
    }
}
