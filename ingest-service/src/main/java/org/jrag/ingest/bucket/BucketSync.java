package org.jrag.ingest.bucket;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jrag.ingest.folder.FolderSyncProperties;
import org.jrag.ingest.mirror.MirrorRun;
import org.jrag.ingest.mirror.MirrorSync;
import org.jrag.ingest.upkeep.BackgroundTask;
import org.jrag.ingest.upkeep.InstanceLock;
import org.jrag.ingest.upkeep.LastRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps collections in step with buckets of S3 or an S3-compatible store ({@link MirrorSync}: every object of a
 * supported format under the bucket's prefix stored under the source {@code <bucket name>/<key after the prefix>},
 * changed objects replaced, gone ones deleted; an object is downloaded again only when its listing shows another size,
 * modification time or ETag). One instance at a time syncs (a PostgreSQL advisory lock), the others skip the round; the
 * last run of each bucket is kept in the database ({@code bucket_run}), for every instance to show.
 */
@Service
public class BucketSync implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BucketSync.class);

    /** The advisory lock of the instance that syncs (the others skip the round). */
    static final long SYNC_LOCK = 7262642L;

    private final BucketSyncProperties properties;
    private final MirrorSync mirrors;
    private final DataSource dataSource;
    private final LastRuns<MirrorRun> runs;
    private final Map<BucketSyncProperties.Bucket, S3Client> clients;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    private final BackgroundTask rounds = new BackgroundTask("bucket-sync", this::syncLogged);

    BucketSync(
            BucketSyncProperties properties,
            FolderSyncProperties folders,
            MirrorSync mirrors,
            DataSource dataSource,
            JdbcClient jdbc,
            JsonMapper json) {
        for (BucketSyncProperties.Bucket bucket : properties.buckets()) {
            if (folders.folders().stream().anyMatch(folder -> folder.name().equals(bucket.name()))) {
                throw new IllegalArgumentException("rag.ingest.bucket-sync.buckets[] names '" + bucket.name()
                        + "', a synced folder's name too: their documents' sources would be the same");
            }
        }
        this.properties = properties;
        this.mirrors = mirrors;
        this.dataSource = dataSource;
        this.runs = new LastRuns<>(jdbc, json, "bucket_run", "bucket", MirrorRun.class);
        this.clients = properties.buckets().stream()
                .collect(Collectors.toUnmodifiableMap(bucket -> bucket, BucketSync::client));
    }

    /** A client for the bucket's store; its credentials are looked up when it first signs a request. */
    static S3Client client(BucketSyncProperties.Bucket bucket) {
        AwsCredentialsProvider credentials = bucket.defaultCredentials()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(bucket.accessKeyId(), bucket.secretAccessKey()));
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60))
                        .build())
                .region(Region.of(bucket.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(bucket.pathStyle())
                // checksums only where S3 requires them: S3-compatible stores differ in the ones they know
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (bucket.endpoint() != null) {
            builder.endpointOverride(bucket.endpoint());
        }
        return builder.build();
    }

    public List<BucketSyncProperties.Bucket> buckets() {
        return properties.buckets();
    }

    /** The last run of the bucket, by whichever instance ran it. */
    public Optional<MirrorRun> lastRun(String bucket) {
        return runs.find(bucket);
    }

    public boolean isRunning(String bucket) {
        return running.contains(bucket);
    }

    @Override
    public void start() {
        if (!properties.buckets().isEmpty()) {
            rounds.start(properties.initialDelay(), properties.interval());
        }
    }

    /** A round that fails as a whole is logged and tried again at the next interval. */
    private void syncLogged() {
        try {
            syncAll(properties.buckets());
        } catch (RuntimeException e) {
            log.warn("bucket sync failed; retrying in {}", properties.interval(), e);
        }
    }

    @Override
    public void stop() {
        rounds.stop();
        clients.values().forEach(S3Client::close);
    }

    @Override
    public boolean isRunning() {
        return rounds.isRunning();
    }

    /**
     * Syncs the buckets now, unless another instance holds the sync lock.
     *
     * @return whether this instance synced them
     */
    public boolean syncAll(List<BucketSyncProperties.Bucket> buckets) {
        return InstanceLock.runExclusively(dataSource, SYNC_LOCK, "bucket sync", () -> buckets.forEach(this::sync));
    }

    /** Brings the bucket's collection in step with its objects (the caller holds the sync lock). */
    MirrorRun sync(BucketSyncProperties.Bucket bucket) {
        running.add(bucket.name());
        MirrorRun run;
        try {
            S3Client client = clients.get(bucket);
            if (client == null) { // a bucket configured otherwise than at start-up, as tests sync them
                try (S3Client once = client(bucket)) {
                    run = mirrors.sync(bucket.mirror(), new S3Store(once, bucket.bucket(), bucket.prefix()));
                }
            } else {
                run = mirrors.sync(bucket.mirror(), new S3Store(client, bucket.bucket(), bucket.prefix()));
            }
        } finally {
            running.remove(bucket.name());
        }
        try {
            runs.save(bucket.name(), run);
        } catch (RuntimeException e) {
            log.warn("bucket '{}': its run could not be recorded: {}", bucket.name(), e.getMessage());
        }
        return run;
    }
}
