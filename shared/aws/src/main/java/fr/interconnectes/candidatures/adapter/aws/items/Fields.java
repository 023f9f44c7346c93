package fr.interconnectes.candidatures.adapter.aws.items;

import java.util.List;
import java.util.Set;

/**
 * The stored field names of one kind of JSON object, written out once: the writer may only write them and
 * the reader refuses any other (STORED_SCHEMA.md lists them). Looked up in a set: every field of every document
 * read or written is checked against them.
 */
final class Fields {

    private final String object;
    private final List<String> names;
    private final Set<String> lookup;

    private Fields(String object, List<String> names) {
        this.object = object;
        this.names = List.copyOf(names);
        this.lookup = Set.copyOf(names);
        if (lookup.size() != names.size()) {
            throw new IllegalArgumentException("a field twice in " + object + ": " + names);
        }
    }

    static Fields of(String object, String... names) {
        return new Fields(object, List.of(names));
    }

    /** The kind of object, e.g. {@code criterion}, as errors name it. */
    String object() {
        return object;
    }

    boolean contains(String name) {
        return lookup.contains(name);
    }

    /** A mapper asking for a field it did not declare is a bug, not a stored-data problem. */
    String declared(String name) {
        if (!contains(name)) {
            throw new IllegalArgumentException("\"" + name + "\" is not a stored field of " + object + " " + names);
        }
        return name;
    }
}
