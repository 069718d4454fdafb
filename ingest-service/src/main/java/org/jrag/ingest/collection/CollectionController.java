package org.jrag.ingest.collection;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jrag.ingest.chunking.ChunkerFactory;
import org.jrag.ingest.chunking.ChunkingOptions;
import org.jrag.ingest.document.CollectionDeletion;
import org.jrag.ingest.document.DeletedCollection;
import org.jrag.ingest.document.DocumentIngestion;
import org.jrag.ingest.document.Principals;
import org.jrag.ingest.paging.Keyed;
import org.jrag.ingest.paging.Keyset;
import org.jrag.ingest.problem.CollectionNotFoundException;
import org.jrag.ingest.problem.InvalidParameterException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/** Creates, lists and deletes collections, the namespaces documents are ingested into and searched within. */
@RestController
class CollectionController {

    private final CollectionRepository collections;
    private final ChunkerFactory chunkers;
    private final CollectionDeletion deletion;
    private final DocumentIngestion ingestion;
    private final TransactionTemplate transaction;

    CollectionController(
            CollectionRepository collections,
            ChunkerFactory chunkers,
            CollectionDeletion deletion,
            DocumentIngestion ingestion,
            TransactionTemplate transaction) {
        this.collections = collections;
        this.chunkers = chunkers;
        this.deletion = deletion;
        this.ingestion = ingestion;
        this.transaction = transaction;
    }

    @PostMapping("/v1/collections")
    ResponseEntity<CollectionView> create(@RequestBody CreateCollectionRequest request, UriComponentsBuilder uri) {
        var chunking = new ChunkingOptions(stringValues(request.chunking()));
        var collection = new NewCollection(
                request.name(),
                request.description(),
                chunking,
                request.language(),
                request.redact(),
                request.instructions(),
                SearchDefaults.of(request.search()));
        if (!chunking.isEmpty()) {
            chunkers.check(chunking);
        }
        CollectionView created = collections.create(collection);
        URI location = uri.path("/v1/collections/{name}").build(created.name());
        return ResponseEntity.created(location).body(created);
    }

    /** JSON numbers and strings alike become option strings; the options' own check gives the rule. */
    private static Map<String, String> stringValues(Map<String, Object> raw) {
        var values = new LinkedHashMap<String, String>();
        if (raw != null) {
            raw.forEach((name, value) -> values.put(name, value == null ? null : String.valueOf(value)));
        }
        return values;
    }

    /**
     * The collections, a page at a time; only those the gateway's header names when it limits the caller's key, each
     * counting the documents the caller may read.
     */
    @GetMapping("/v1/collections")
    CollectionList list(
            @RequestParam(required = false) Integer limit,
            @RequestParam(required = false) String cursor,
            @RequestHeader(name = VisibleCollections.HEADER, required = false) String visible,
            @RequestHeader(name = Principals.HEADER, required = false) String principals) {
        Keyset page = Keyset.of(limit, cursor);
        List<Keyed<CollectionView>> fetched =
                collections.findPage(page, VisibleCollections.of(visible), Principals.of(principals));
        return new CollectionList(
                page.page(fetched).stream().map(Keyed::value).toList(), page.next(fetched, Keyed::id));
    }

    /** The collection, counting the documents the caller may read. */
    @GetMapping("/v1/collections/{name}")
    CollectionView get(
            @PathVariable String name, @RequestHeader(name = Principals.HEADER, required = false) String principals) {
        return collections
                .find(name, Principals.of(principals))
                .orElseThrow(() -> new CollectionNotFoundException(name));
    }

    /**
     * A JSON merge patch of the collection: {@code description} and {@code chunking} (null: the service default), the
     * options uploads use unless they name their own. Documents keep their chunks: re-chunk them ({@code POST
     * .../documents/{id}/rechunk}) to apply the new options to them. {@code redact} (null: none) applies to documents
     * stored afterwards; those stored before keep their text until uploaded again. {@code instructions} (null: none)
     * apply to answers from then on, and so does {@code search} (replaced whole; null: none), the collection's
     * {@link SearchDefaults}.
     */
    @PatchMapping(
            path = "/v1/collections/{name}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    CollectionView update(
            @PathVariable String name,
            @RequestBody JsonNode patch,
            @RequestHeader(name = Principals.HEADER, required = false) String principals) {
        CollectionView current = get(name, principals);
        if (!patch.isObject()) {
            throw new InvalidParameterException("body", "must be a JSON object (a merge patch), got: " + patch);
        }
        for (String member : patch.propertyNames()) {
            if (!List.of("description", "chunking", "language", "redact", "instructions", "search")
                    .contains(member)) {
                throw new InvalidParameterException(
                        member,
                        "cannot be patched: only description, chunking, language, redact, instructions and search can,"
                                + " got: " + member);
            }
        }
        String description = patch.has("description") ? stringOrNull(patch, "description") : current.description();
        Map<String, String> chunking = current.chunking();
        if (patch.has("chunking")) {
            JsonNode given = patch.get("chunking");
            if (!given.isNull() && !given.isObject()) {
                throw new InvalidParameterException("chunking", "must be an object or null, got: " + given);
            }
            var values = new LinkedHashMap<String, String>();
            if (given.isObject()) {
                for (String option : given.propertyNames()) {
                    JsonNode value = given.get(option);
                    values.put(option, value.isNull() ? null : value.isString() ? value.asString() : value.toString());
                }
            }
            var options = new ChunkingOptions(values);
            if (!options.isEmpty()) {
                chunkers.check(options);
            }
            chunking = options.isEmpty() ? null : options.values();
        }
        String language = patch.has("language")
                ? NewCollection.checkLanguage(stringOrNull(patch, "language"))
                : current.language();
        List<String> redact = current.redact();
        if (patch.has("redact")) {
            JsonNode given = patch.get("redact");
            if (!given.isNull() && !given.isArray()) {
                throw new InvalidParameterException("redact", "must be an array of kinds or null, got: " + given);
            }
            var kinds = new ArrayList<String>();
            for (JsonNode kind :
                    given.isNull() ? List.<JsonNode>of() : given.valueStream().toList()) {
                if (!kind.isString()) {
                    throw new InvalidParameterException("redact", "must hold kinds' names, got: " + kind);
                }
                kinds.add(kind.asString());
            }
            redact = NewCollection.checkRedact(kinds);
        }
        String updatedInstructions = patch.has("instructions")
                ? NewCollection.checkInstructions(stringOrNull(patch, "instructions"))
                : current.instructions();
        SearchDefaults updatedSearch = patch.has("search") ? SearchDefaults.of(patch.get("search")) : current.search();
        List<String> updatedRedact = redact;
        // a new language re-indexes the collection's documents (an UPSERT each) in the same transaction
        boolean relanguaged = !Objects.equals(language, current.language());
        String updatedLanguage = language;
        Map<String, String> updatedChunking = chunking;
        String updatedDescription = description;
        transaction.executeWithoutResult(status -> {
            if (!collections.update(name, updatedDescription, updatedChunking, updatedLanguage, updatedRedact)
                    || !collections.setInstructions(name, updatedInstructions)
                    || !collections.setSearch(name, updatedSearch)) {
                throw new CollectionNotFoundException(name);
            }
            if (relanguaged) {
                ingestion.reindex(name, NewCollection.AUTO.equals(updatedLanguage));
            }
        });
        return get(name, principals);
    }

    /** A patch's member that must be a string or null. */
    private static String stringOrNull(JsonNode patch, String member) {
        JsonNode given = patch.get(member);
        if (!given.isNull() && !given.isString()) {
            throw new InvalidParameterException(member, "must be a string or null, got: " + given);
        }
        return given.isNull() ? null : given.asString();
    }

    /** Deletes the collection, its documents, chunks and vectors, and fails its queued jobs; says what went. */
    @DeleteMapping("/v1/collections/{name}")
    DeletedCollection delete(
            @PathVariable String name, @RequestHeader(name = Principals.HEADER, required = false) String principals) {
        ingestion.requireAllReadable(name, "Deleting", Principals.of(principals));
        return deletion.delete(name);
    }
}
