package fr.interconnectes.candidatures.domain.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SireneTest {

    @ParameterizedTest
    @ValueSource(strings = {"732829320", "356000000", "217500016", "123456782", "552081317"})
    void valid_sirens_pass_luhn(String siren) {
        assertThat(Sirene.isValidSiren(siren)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"732829321", "123456789", "000000000", "73282932", "7328293200", "७३२८२९३२०"})
    void invalid_sirens(String siren) {
        assertThat(Sirene.isValidSiren(siren)).isFalse();
    }

    @Test
    void spaces_are_removed() {
        assertThat(Sirene.siren("732 829 320")).contains("732829320");
        assertThat(Sirene.siret("732 829 320 00074")).contains("73282932000074");
        assertThat(Sirene.siren(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000074", "73282932000124", "35600000000048"})
    void valid_sirets_pass_luhn(String siret) {
        assertThat(Sirene.luhn(siret)).isTrue();
        assertThat(Sirene.isValidSiret(siret)).isTrue();
    }

    @Test
    void la_poste_establishments_use_the_sum_of_digits_rule() {
        // fails Luhn, but 3+5+6+1 = 15 is a multiple of 5
        assertThat(Sirene.luhn("35600000000001")).isFalse();
        assertThat(Sirene.isValidSiret("35600000000001")).isTrue();
        // fails both: 3+5+6+2 = 16
        assertThat(Sirene.isValidSiret("35600000000002")).isFalse();
        // the head office passes Luhn even though 26 is not a multiple of 5
        assertThat(Sirene.isValidSiret("35600000000048")).isTrue();
    }

    @Test
    void the_sum_rule_is_only_for_la_poste() {
        // digit sum 40, a multiple of 5, but Luhn fails and the SIREN is not La Poste's
        assertThat(Sirene.luhn("73282932000004")).isFalse();
        assertThat(Sirene.isValidSiret("73282932000004")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932000075", "00000000000000", "7328293200007", "732829320000740", "732829320"})
    void invalid_sirets(String siret) {
        assertThat(Sirene.isValidSiret(siret)).isFalse();
    }
}
