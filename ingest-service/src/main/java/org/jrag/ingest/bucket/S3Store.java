package org.jrag.ingest.bucket;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jrag.ingest.mirror.MirrorFile;
import org.jrag.ingest.mirror.MirrorStore;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The objects under a prefix of a bucket, listed page by page (ListObjectsV2) and read one at a time; a key ending in
 * {@code /} (the folder marker consoles create) is no file.
 */
record S3Store(S3Client s3, String bucket, String prefix) implements MirrorStore {

    @Override
    public List<MirrorFile> list() throws IOException {
        try {
            var files = new ArrayList<MirrorFile>();
            for (S3Object object : s3.listObjectsV2Paginator(
                            request -> request.bucket(bucket).prefix(prefix))
                    .contents()) {
                if (!object.key().endsWith("/")) {
                    files.add(new MirrorFile(
                            object.key().substring(prefix.length()),
                            object.size(),
                            TimeUnit.MILLISECONDS.toNanos(object.lastModified().toEpochMilli()),
                            object.eTag()));
                }
            }
            return files;
        } catch (SdkException e) {
            throw new IOException("cannot list s3://" + bucket + "/" + prefix + ": " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] read(MirrorFile file, long limit) throws IOException {
        try (ResponseInputStream<GetObjectResponse> in =
                s3.getObject(request -> request.bucket(bucket).key(prefix + file.path()))) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                in.abort(); // grown past the limit since it was listed: the rest is not wanted
            }
            return bytes;
        } catch (SdkException e) {
            throw new IOException("cannot read s3://" + bucket + "/" + prefix + file.path() + ": " + e.getMessage(), e);
        }
    }
}
