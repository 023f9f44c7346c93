package fr.interconnectes.candidatures.functions.jobs;

import com.amazonaws.services.lambda.runtime.Context;
import fr.interconnectes.candidatures.adapter.aws.items.CandidacyItem;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.functions.TableStreamFunction;
import fr.interconnectes.candidatures.http.gateway.TableStreamEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table stream function whose event source lets through dossier items only: a batch is the dossiers its records
 * name (records of other items are passed over), and the records of the dossiers it could not handle are handed back.
 */
abstract class DossierStreamFunction extends TableStreamFunction {

    @Override
    protected final List<String> handle(TableStreamEvent event, Context context) {
        // each record's dossier, by the record's sequence number, read from its key once
        Map<String, String> dossierOfRecord = new LinkedHashMap<>();
        for (TableStreamEvent.Change change : event.records()) {
            CandidacyItem.candidacyIdOfKey(change.keys())
                    .ifPresent(id -> dossierOfRecord.put(change.sequenceNumber(), id));
        }
        Set<String> unreachable = Set.copyOf(handleDossiers(event.records().size(),
                List.copyOf(dossierOfRecord.values())));
        List<String> handedBack = new ArrayList<>();
        dossierOfRecord.forEach((sequenceNumber, id) -> {
            if (unreachable.contains(id)) {
                handedBack.add(sequenceNumber);
            }
        });
        return handedBack;
    }

    /** The batch's dossiers (a dossier named by several records is there as often) handled; returns those not. */
    protected abstract List<String> handleDossiers(int records, List<String> candidacyIds);

    @Override
    protected final Map<String, String> primingKeys() {
        return CandidacyItem.keyNames(HttpFunction.PRIMING_ID);
    }
}
