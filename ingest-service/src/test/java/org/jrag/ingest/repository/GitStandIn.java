package org.jrag.ingest.repository;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.RefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;
import org.eclipse.jgit.util.FileUtils;

/**
 * A Git host for the tests: a repository in a temporary directory, committed to by the test, served over Git's smart
 * HTTP protocol (upload-pack, as a Git host serves fetches) behind HTTP basic authentication with a token, and
 * readable through its {@code file} URL too.
 */
final class GitStandIn implements AutoCloseable {

    static final String TOKEN = "glpat-stand-in-token";

    private static final PersonIdent AUTHOR = new PersonIdent("Docs Team", "docs@example.com");

    private final Path directory;
    private final Git git;
    private final HttpServer server;
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile String lastUser;

    GitStandIn() throws IOException, GitAPIException {
        directory = Files.createTempDirectory("git-stand-in");
        git = Git.init()
                .setDirectory(directory.toFile())
                .setInitialBranch("main")
                .call();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/docs.git/", this::serve);
        server.start();
    }

    /** The repository's HTTP URL. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/docs.git");
    }

    /** The repository's file URL. */
    URI fileUrl() {
        return directory.toUri();
    }

    /** Writes a file into the working tree (committed by {@link #commit}). */
    void put(String path, String content) {
        put(path, content.getBytes(StandardCharsets.UTF_8));
    }

    void put(String path, byte[] content) {
        try {
            Path file = directory.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String path) {
        try {
            Files.delete(directory.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits the working tree as it is on the checked-out branch; returns the commit's id. */
    String commit(String message) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            RevCommit commit = git.commit()
                    .setMessage(message)
                    .setAuthor(AUTHOR)
                    .setCommitter(AUTHOR)
                    .setSign(false)
                    .call();
            return commit.name();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks out a branch, creating it at the current commit when it is new. */
    void checkout(String branch, boolean create) {
        try {
            if (git.getRepository().getBranch().equals(branch)) {
                return; // on it already (before the first commit too)
            }
            git.checkout().setName(branch).setCreateBranch(create).call();
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Back to the main branch, with no other branch and an empty working tree (committed by {@link #commit}). */
    void reset() {
        checkout("main", false);
        try (var files = Files.walk(directory)) {
            git.branchList().call().stream()
                    .map(ref -> ref.getName())
                    .filter(name -> !name.equals("refs/heads/main"))
                    .forEach(name -> {
                        try {
                            git.branchDelete()
                                    .setBranchNames(name)
                                    .setForce(true)
                                    .call();
                        } catch (GitAPIException e) {
                            throw new IllegalStateException(e);
                        }
                    });
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!directory.relativize(file).startsWith(".git")) {
                    Files.delete(file);
                }
            }
        } catch (IOException | GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The upload-pack requests (fetches that wanted objects) served so far. */
    int fetches() {
        return fetches.get();
    }

    /** The user name of the last request that signed in. */
    String lastUser() {
        return lastUser;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String user = user(exchange);
            if (user == null) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"stand-in\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            lastUser = user;
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/docs.git/info/refs")
                    && "service=git-upload-pack".equals(exchange.getRequestURI().getQuery())) {
                exchange.getResponseHeaders().set("Content-Type", "application/x-git-upload-pack-advertisement");
                exchange.getResponseHeaders().set("Cache-Control", "no-cache");
                exchange.sendResponseHeaders(200, 0);
                OutputStream out = exchange.getResponseBody();
                var packets = new PacketLineOut(out);
                packets.writeString("# service=git-upload-pack\n");
                packets.end();
                uploadPack().sendAdvertisedRefs(new RefAdvertiser.PacketLineOutRefAdvertiser(packets));
                out.flush();
            } else if (path.equals("/docs.git/git-upload-pack")
                    && exchange.getRequestMethod().equals("POST")) {
                fetches.incrementAndGet();
                InputStream in = exchange.getRequestBody();
                if ("gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                    in = new GZIPInputStream(in);
                }
                exchange.getResponseHeaders().set("Content-Type", "application/x-git-upload-pack-result");
                exchange.sendResponseHeaders(200, 0);
                uploadPack().upload(in, exchange.getResponseBody(), null);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
        }
    }

    private UploadPack uploadPack() {
        var pack = new UploadPack(git.getRepository());
        pack.setBiDirectionalPipe(false); // one request, one response: Git's smart HTTP
        return pack;
    }

    /** The user name of a request signed in with the token, or null. */
    private static String user(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String decoded = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon > 0 && decoded.substring(colon + 1).equals(TOKEN) ? decoded.substring(0, colon) : null;
    }

    @Override
    public void close() {
        server.stop(0);
        git.close();
        try {
            FileUtils.delete(directory.toFile(), FileUtils.RECURSIVE | FileUtils.RETRY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
