package fr.interconnectes.candidatures.adapter.aws.items;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The JSON document an item holds in {@code data}, and {@code schemaVersion}, the shape it has. Version 0
 * (no attribute) is what the Jackson adapters wrote; version 1 has the very same fields, written by the
 * mappers, so items of either version read alike and a release before the mappers still reads new items.
 * Version 2 adds optional fields (a dossier's erasure and convocation, its outbox mails' attachments, a campaign's
 * retention and reminder offsets, what the mail service reported and the reminders sent): only an item holding them
 * is written as version 2, so the releases before still read every other item. Version 3 adds the request id an
 * outbox mail was recorded under (a dossier holding such a mail is written as version 3). Version 4 adds the draft
 * of an outbox mail recorded unwritten, in place of its subject and bodies (a dossier holding such a mail is written
 * as version 4: a release before would send it without a text; once the mail is written out, the dossier is written
 * as version 3 again).
 */
final class ItemDocument {

    static final String DATA = "data";
    static final String SCHEMA_VERSION = "schemaVersion";
    static final int CURRENT_VERSION = 4;
    /** The shape of version 1 and its optional fields of version 2 (STORED_SCHEMA.md): an item without them. */
    static final int MAPPERS_VERSION = 1;

    private ItemDocument() {
    }

    static void put(Map<String, AttributeValue> item, String document) {
        put(item, document, MAPPERS_VERSION);
    }

    /**
     * @param version the oldest version whose fields the document holds: an item that uses none of a newer
     *                version's fields stays readable by the releases before it
     */
    static void put(Map<String, AttributeValue> item, String document, int version) {
        item.put(SCHEMA_VERSION, AttributeValue.fromN(Integer.toString(version)));
        item.put(DATA, AttributeValue.fromS(document));
    }

    /**
     * The document of an item this release can read. A newer version is refused rather than read in part:
     * written back, it would lose what this release does not know.
     */
    static String of(Map<String, AttributeValue> item, String what) {
        AttributeValue version = item.get(SCHEMA_VERSION);
        int schemaVersion = version == null ? 0 : Integer.parseInt(version.n());
        if (schemaVersion > CURRENT_VERSION) {
            throw new UnreadableDocument(what, "schema version " + schemaVersion + " is newer than this release's "
                    + CURRENT_VERSION);
        }
        AttributeValue data = item.get(DATA);
        return data == null ? null : data.s();
    }
}
