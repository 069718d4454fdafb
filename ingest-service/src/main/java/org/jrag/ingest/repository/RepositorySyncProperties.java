package org.jrag.ingest.repository;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.jrag.ingest.document.DocumentMetadata;
import org.jrag.ingest.mirror.SyncSettings;
import org.jrag.ingest.mirror.SyncedStore;
import org.jrag.ingest.mirror.UrlEncoding;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rag.ingest.repository-sync.*}: Git repositories (docs kept as code: handbooks, runbooks, ADRs) the service
 * keeps collections in step with, fetched every {@code interval}.
 *
 * @param interval the pause between the end of one round over the repositories and the start of the next
 * @param initialDelay how long after start-up the first round begins
 * @param cacheDirectory where the repositories' shallow copies are kept between rounds ({@code
 *     <java.io.tmpdir>/jrag-repositories} by default); lost copies are fetched again
 * @param timeout how long a fetch may wait on the server without an answer (60 s by default)
 * @param repositories the repositories to sync; none by default
 */
@ConfigurationProperties("rag.ingest.repository-sync")
public record RepositorySyncProperties(
        Duration interval,
        Duration initialDelay,
        Path cacheDirectory,
        Duration timeout,
        List<GitRepository> repositories) {

    public RepositorySyncProperties {
        interval = SyncSettings.interval("rag.ingest.repository-sync.interval", interval, Duration.ofMinutes(5));
        initialDelay = initialDelay == null ? Duration.ofSeconds(30) : initialDelay;
        cacheDirectory = cacheDirectory == null
                ? Path.of(System.getProperty("java.io.tmpdir"), "jrag-repositories")
                : cacheDirectory;
        timeout = SyncSettings.interval("rag.ingest.repository-sync.timeout", timeout, Duration.ofSeconds(60));
        repositories = repositories == null ? List.of() : List.copyOf(repositories);
        SyncSettings.uniqueNames(
                "rag.ingest.repository-sync.repositories",
                repositories.stream().map(GitRepository::name).toList());
    }

    /**
     * One Git repository (one branch, a directory of it or all of it) and the collection it fills.
     *
     * @param name how the repository is known (its documents' sources are {@code name/path in the directory}); lower
     *     case
     * @param collection the collection its files go to, created when missing
     * @param url where it is fetched from: an {@code https} (or {@code http}) URL, or a {@code file} URL of a repository
     *     the service can read; SSH is not supported (Git hosts all take a token over HTTPS)
     * @param branch the branch to sync; null: the one the server's HEAD names (its default branch)
     * @param path the directory of the repository to sync ({@code docs/handbook}); empty: all of it
     * @param webUrl where the Git host shows a file, with {@code {commit}} and {@code {path}} (the path in the
     *     repository) to fill in: {@code https://github.com/team/handbook/blob/{commit}/{path}}, GitLab's {@code
     *     .../-/blob/{commit}/{path}}; each document's url, which answers cite; null: none
     * @param username the user name sent with the token ({@code git} by default; most hosts take any name with a
     *     token, Bitbucket's app passwords want the account's)
     * @param token the password or access token; null: the repository is public (or a {@code file} URL)
     * @param include glob patterns over the path in the directory ({@code **}{@code /*.md}); empty: every file of a
     *     supported format
     * @param delete whether a document whose file is gone is deleted (default true)
     * @param readers who may read the repository's documents; empty: everyone who may read the collection
     * @param language the collection's language, set at each round; null: left as it is
     * @param redact the kinds of personal data the collection redacts, set at each round; null: left as they are
     */
    public record GitRepository(
            String name,
            String collection,
            URI url,
            String branch,
            String path,
            String webUrl,
            String username,
            String token,
            List<String> include,
            Boolean delete,
            List<String> readers,
            String language,
            List<String> redact)
            implements SyncedStore {

        public GitRepository {
            SyncSettings.name("rag.ingest.repository-sync.repositories", name);
            String where = "rag.ingest.repository-sync.repositories[] (repository '" + name + "')";
            if (collection == null || collection.isBlank() || url == null) {
                throw new IllegalArgumentException(where + ": collection and url are required");
            }
            checkUrl(where, url);
            branch = branch == null || branch.isBlank() ? null : branch.strip();
            if (branch != null && !Repository.isValidRefName(Constants.R_HEADS + branch)) {
                throw new IllegalArgumentException(where + ": branch is not a valid branch name: " + branch);
            }
            path = path == null ? "" : path.strip().replaceAll("^/+|/+$", "");
            for (String part : path.split("/")) {
                if (part.equals("..") || part.equals(".") || (part.isEmpty() && !path.isEmpty())) {
                    throw new IllegalArgumentException(where
                            + ": path must be a directory of the repository (no '.', '..' or '//'), got: " + path);
                }
            }
            webUrl = webUrl == null || webUrl.isBlank() ? null : webUrl.strip();
            if (webUrl != null && (!webUrl.matches("https?://[^/{}]+/.*") || !webUrl.contains("{path}"))) {
                throw new IllegalArgumentException(where + ": web-url must be an http or https URL with {path} in it"
                        + " (and {commit}, as a rule), got: " + webUrl);
            }
            boolean hasToken = token != null && !token.isBlank();
            if (!hasToken && username != null && !username.isBlank()) {
                throw new IllegalArgumentException(where + ": a username needs a token");
            }
            token = hasToken ? token : null;
            username = hasToken ? (username == null || username.isBlank() ? "git" : username) : null;
            if (hasToken && url.getScheme().equals("http") && !loopback(url)) {
                throw new IllegalArgumentException(where + ": a token is sent over https only, got: " + url);
            }
            include = include == null ? List.of() : List.copyOf(include);
            delete = delete == null || delete;
            readers = DocumentMetadata.checkReaders(readers == null ? List.of() : readers);
            language = SyncSettings.language(where, language);
            redact = SyncSettings.redact(where, redact);
        }

        private static void checkUrl(String where, URI url) {
            String scheme = url.getScheme() == null ? "" : url.getScheme();
            switch (scheme) {
                case "https", "http" -> {
                    if (url.getHost() == null) {
                        throw new IllegalArgumentException(where + ": url has no host: " + url);
                    }
                    if (url.getRawUserInfo() != null) {
                        throw new IllegalArgumentException(where + ": url must not hold credentials (they would show"
                                + " in logs and the API); give them as username and token");
                    }
                }
                case "file" -> {}
                case "ssh", "git" ->
                    throw new IllegalArgumentException(where + ": url must be an https URL (with a token for a private"
                            + " repository); " + scheme + " is not supported, got: " + url);
                default ->
                    throw new IllegalArgumentException(
                            where + ": url must be an https, http or file URL (scp-like ssh addresses are not"
                                    + " supported), got: " + url);
            }
        }

        private static boolean loopback(URI url) {
            return List.of("localhost", "127.0.0.1", "[::1]").contains(url.getHost());
        }

        /** Where its files are, for logs and the API: {@code <url>} and the branch and path when given. */
        public String location() {
            return url + (branch == null ? "" : " branch " + branch) + (path.isEmpty() ? "" : " path " + path);
        }

        /** Where the Git host shows the file at the commit ({@code webUrl} filled in), or null without a template. */
        String webUrl(String commit, String pathInRepository) {
            if (webUrl == null) {
                return null;
            }
            return webUrl.replace("{commit}", commit).replace("{path}", UrlEncoding.path(pathInRepository));
        }

        /** Leaves the token out, should a repository ever be logged. */
        @Override
        public String toString() {
            return "GitRepository[name=" + name + ", collection=" + collection + ", location=" + location() + "]";
        }
    }
}
