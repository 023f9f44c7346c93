package fr.interconnectes.candidatures.adapter.aws.items;

import java.util.List;
import java.util.Set;

/**
 * The stored field names of one kind of JSON object, written out once: the writer may only write them and
 * the reader refuses any other (STORED_SCHEMA.md lists them).
 */
record Fields(String object, List<String> names) {

    Fields {
        names = List.copyOf(names);
        if (Set.copyOf(names).size() != names.size()) {
            throw new IllegalArgumentException("a field twice in " + object + ": " + names);
        }
    }

    static Fields of(String object, String... names) {
        return new Fields(object, List.of(names));
    }

    boolean contains(String name) {
        return names.contains(name);
    }

    /** A mapper asking for a field it did not declare is a bug, not a stored-data problem. */
    String declared(String name) {
        if (!contains(name)) {
            throw new IllegalArgumentException("\"" + name + "\" is not a stored field of " + object + " " + names);
        }
        return name;
    }
}
