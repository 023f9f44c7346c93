package fr.interconnectes.candidatures.adapter.aws.items;

/** A stored item this release cannot read back faithfully: never guessed at, since it is written back. */
public final class UnreadableDocument extends IllegalStateException {

    UnreadableDocument(String path, String problem) {
        super(path + ": " + problem);
    }

    UnreadableDocument(String path, String problem, Throwable cause) {
        super(path + ": " + problem, cause);
    }
}
