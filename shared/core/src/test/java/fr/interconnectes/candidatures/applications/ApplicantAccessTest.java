package fr.interconnectes.candidatures.applications;

import static fr.interconnectes.candidatures.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicantAccessTest {

    private static final String TOKEN = "token-of-c1";

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final ApplicantAccess access = new ApplicantAccess(candidacies);
    private final Candidacy mine = candidacies.put(Fixtures.readyToSubmit("c1", TOKEN, Fixtures.DURING_CALL));

    @Test
    void the_dossiers_token_opens_it() {
        assertThat(access.open("c1", "Bearer " + TOKEN)).isEqualTo(mine);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bearer " + TOKEN, "BEARER " + TOKEN, "  Bearer   " + TOKEN + "  "})
    void the_bearer_scheme_is_read_in_any_case_and_spaces_around_do_not_matter(String header) {
        assertThat(ApplicantAccess.bearerToken(header)).isEqualTo(TOKEN);
        assertThat(access.open("c1", header)).isEqualTo(mine);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "Bearer", "Bearer    ", TOKEN, "Bearer" + TOKEN, "Basic b3JnOnNlY3JldA=="})
    void without_a_bearer_token_the_applicant_is_unauthorized(String header) {
        assertThat(ApplicantAccess.bearerToken(header)).isNull();
        refused(ErrorCode.UNAUTHORIZED, () -> access.open("c1", header));
    }

    @Test
    void without_a_token_even_an_unknown_or_impossible_id_is_unauthorized_rather_than_not_found() {
        refused(ErrorCode.UNAUTHORIZED, () -> access.open("cDoesNotExist00", null));
        refused(ErrorCode.UNAUTHORIZED, () -> access.open("c".repeat(65), "Bearer"));
        refused(ErrorCode.UNAUTHORIZED, () -> access.open(null, null));
    }

    @Test
    void a_wrong_token_and_an_unknown_dossier_get_the_same_answer() {
        var wrongToken = refused(ErrorCode.CANDIDACY_NOT_FOUND, () -> access.open("c1", "Bearer not-the-token"));
        var unknownId = refused(ErrorCode.CANDIDACY_NOT_FOUND, () -> access.open("cDoesNotExist00", "Bearer " + TOKEN));

        assertThat(wrongToken.message(Language.FR)).isEqualTo(unknownId.message(Language.FR));
        assertThat(wrongToken.message(Language.EN)).isEqualTo(unknownId.message(Language.EN));
    }

    @Test
    void another_dossiers_token_does_not_open_this_one() {
        candidacies.put(Fixtures.readyToSubmit("c2", "token-of-c2", Fixtures.DURING_CALL));

        refused(ErrorCode.CANDIDACY_NOT_FOUND, () -> access.open("c1", "Bearer token-of-c2"));
        assertThat(access.open("c2", "Bearer token-of-c2").id()).isEqualTo("c2");
    }

    @Test
    void every_token_the_dossier_holds_opens_it() {
        candidacies.put(mine.withAccessTokenHash(AccessTokens.hash("token-from-a-mail")));

        assertThat(access.open("c1", "Bearer " + TOKEN).id()).isEqualTo("c1");
        assertThat(access.open("c1", "Bearer token-from-a-mail").id()).isEqualTo("c1");
    }

    @Test
    void an_id_longer_than_64_characters_is_not_looked_up_even_with_its_token() {
        String longest = "c".repeat(64);
        String tooLong = "c".repeat(65);
        candidacies.put(Fixtures.readyToSubmit(longest, TOKEN, Fixtures.DURING_CALL));
        candidacies.put(Fixtures.readyToSubmit(tooLong, TOKEN, Fixtures.DURING_CALL));

        assertThat(access.open(longest, "Bearer " + TOKEN).id()).isEqualTo(longest);
        refused(ErrorCode.CANDIDACY_NOT_FOUND, () -> access.open(tooLong, "Bearer " + TOKEN));
        refused(ErrorCode.CANDIDACY_NOT_FOUND, () -> access.open(null, "Bearer " + TOKEN));
    }
}
