package fr.interconnectes.candidatures.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossiersTest {

    @Test
    void dossiers_are_shown_in_receipt_order_the_never_submitted_first_ties_by_id() {
        var at = Fixtures.DURING_CALL;
        // given in the reverse of the expected order, so that a sort keeping ties as given would show it
        List<Candidacy> dossiers = new ArrayList<>(List.of(
                Fixtures.submitted("cA", "ARA-2019-L-0010", at),
                Fixtures.submitted("cZ", "ARA-2019-L-0002", at),
                Fixtures.submitted("cB", "ARA-2019-L-0002", at),
                Fixtures.submitted("cE", "ARA-2019-L-0001", at),
                Fixtures.readyToSubmit("cD", "t", at),
                Fixtures.readyToSubmit("cC", "t", at)));

        dossiers.sort(Dossiers.BY_RECEIPT);

        assertThat(dossiers).extracting(Candidacy::id).containsExactly("cC", "cD", "cE", "cB", "cZ", "cA");
    }
}
