package fr.interconnectes.candidatures.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.testing.Fixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DossiersTest {

    @Test
    void dossiers_are_shown_in_receipt_order_the_never_submitted_first_ties_by_id() {
        var at = Fixtures.DURING_CALL;
        List<Candidacy> dossiers = new ArrayList<>(List.of(
                Fixtures.submitted("cA", "ARA-2019-L-0010", at),
                Fixtures.submitted("cB", "ARA-2019-L-0002", at),
                Fixtures.readyToSubmit("cD", "t", at),
                Fixtures.readyToSubmit("cC", "t", at),
                Fixtures.submitted("cZ", "ARA-2019-L-0002", at),
                Fixtures.submitted("cE", "ARA-2019-L-0001", at)));
        Collections.shuffle(dossiers, new Random(2019));

        dossiers.sort(Dossiers.BY_RECEIPT);

        assertThat(dossiers).extracting(Candidacy::id).containsExactly("cC", "cD", "cE", "cB", "cZ", "cA");
    }
}
