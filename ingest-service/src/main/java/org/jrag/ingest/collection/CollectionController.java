package org.jrag.ingest.collection;

import java.net.URI;
import org.jrag.ingest.problem.CollectionNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Creates and lists collections, the namespaces documents are ingested into and searched within. */
@RestController
class CollectionController {

    private final CollectionRepository collections;

    CollectionController(CollectionRepository collections) {
        this.collections = collections;
    }

    @PostMapping("/v1/collections")
    ResponseEntity<CollectionView> create(@RequestBody CreateCollectionRequest request, UriComponentsBuilder uri) {
        CollectionView created = collections.create(new NewCollection(request.name(), request.description()));
        URI location = uri.path("/v1/collections/{name}").build(created.name());
        return ResponseEntity.created(location).body(created);
    }

    @GetMapping("/v1/collections")
    CollectionList list() {
        return new CollectionList(collections.findAll());
    }

    @GetMapping("/v1/collections/{name}")
    CollectionView get(@PathVariable String name) {
        return collections.find(name).orElseThrow(() -> new CollectionNotFoundException(name));
    }
}
