package org.jrag.retrieval.collection;

/** A request named a collection that does not exist. */
public class CollectionNotFoundException extends RuntimeException {

    private final String name;

    public CollectionNotFoundException(String name) {
        super("Collection '" + name + "' does not exist");
        this.name = name;
    }

    public String name() {
        return name;
    }
}
