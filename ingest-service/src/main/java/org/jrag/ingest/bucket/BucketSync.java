package org.jrag.ingest.bucket;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jrag.ingest.mirror.Mirror;
import org.jrag.ingest.mirror.MirrorRun;
import org.jrag.ingest.mirror.MirrorSync;
import org.jrag.ingest.mirror.StoreSyncs;
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
 * modification time or ETag), in rounds one instance at a time ({@link StoreSyncs}; the last runs in {@code
 * bucket_run}).
 */
@Service
public class BucketSync extends StoreSyncs<BucketSyncProperties.Bucket> {

    /** The advisory lock of the instance that syncs (the others skip the round). */
    static final long SYNC_LOCK = 7262642L;

    private final MirrorSync mirrors;
    private final Map<BucketSyncProperties.Bucket, S3Client> clients;

    BucketSync(
            BucketSyncProperties properties,
            MirrorSync mirrors,
            DataSource dataSource,
            JdbcClient jdbc,
            JsonMapper json) {
        super(
                Mirror.Kind.BUCKET,
                SYNC_LOCK,
                properties.buckets(),
                properties.initialDelay(),
                properties.interval(),
                dataSource,
                jdbc,
                json);
        this.mirrors = mirrors;
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
        return stores();
    }

    @Override
    public void stop() {
        super.stop();
        clients.values().forEach(S3Client::close);
    }

    @Override
    protected MirrorRun syncStore(BucketSyncProperties.Bucket bucket) {
        S3Client client = clients.get(bucket);
        if (client == null) { // a bucket configured otherwise than at start-up, as tests sync them
            try (S3Client once = client(bucket)) {
                return mirrors.sync(mirror(bucket), new S3Store(once, bucket.bucket(), bucket.prefix()));
            }
        }
        return mirrors.sync(mirror(bucket), new S3Store(client, bucket.bucket(), bucket.prefix()));
    }

    @Override
    protected Map<String, Object> where(BucketSyncProperties.Bucket bucket) {
        return entries(
                "endpoint",
                bucket.endpoint() == null ? null : bucket.endpoint().toString(),
                "location",
                bucket.location());
    }
}
