package fr.interconnectes.candidatures.local.demo;

import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.local.auth.TokenRequest;
import java.util.List;

/**
 * The organisers and jurors of a local run: the runner prints a token for each at start (the user pool
 * of a local run has no accounts; {@code POST /local/tokens} makes a token for anyone else).
 */
public final class DemoAccounts {

    /**
     * @param description who it is, for the printed list
     * @param variable    the shell variable the printed {@code export} line sets
     */
    public record Account(String description, String variable, TokenRequest request) {
    }

    private DemoAccounts() {
    }

    public static List<Account> all() {
        return List.of(
                new Account("organisatrice nationale", "ORGANISER_TOKEN",
                        TokenRequest.of(Role.ORGANISER, null, "organiser-national", "organisatrice.nationale@example.org")),
                new Account("organisateur régional " + DemoCampaigns.AURA.name(), "REGIONAL_ORGANISER_TOKEN",
                        TokenRequest.of(Role.REGIONAL_ORGANISER, DemoCampaigns.AURA.code(), "organiser-ara",
                                "organisateur.ara@example.org")),
                new Account("juré", "JUROR_1_TOKEN", TokenRequest.of(Role.JUROR, null, "juror-1", "juror-1@example.org")),
                new Account("jurée", "JUROR_2_TOKEN", TokenRequest.of(Role.JUROR, null, "juror-2", "juror-2@example.org")));
    }
}
