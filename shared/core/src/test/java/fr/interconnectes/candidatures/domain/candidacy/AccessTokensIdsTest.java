package fr.interconnectes.candidatures.domain.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AccessTokensIdsTest {

    @Test
    void resource_ids_start_with_their_letter_and_hold_only_letters_and_digits() {
        // a base64url id starts with '-' or '_' about once in 32 draws: the path id rule refuses those, so a mail
        // minted that way could never be resent
        Set<String> drawn = new HashSet<>();
        IntStream.range(0, 5_000).forEach(i -> drawn.add(AccessTokens.resourceId('m', 9)));

        assertThat(drawn).hasSize(5_000).allSatisfy(id -> assertThat(id).matches("m[A-Za-z0-9]{12}"));
    }
}
