package fr.interconnectes.candidatures.domain.candidacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReceiptNumberTest {

    @Test
    void receipt_numbers_read_as_string_format_wrote_them_at_least_four_digits() {
        for (long sequence : new long[] {0, 1, 42, 999, 9999, 10000, 123456}) {
            assertThat(Receipt.number("ARA", 2019, "L", sequence))
                    .isEqualTo(String.format("%s-%d-%s-%04d", "ARA", 2019, "L", sequence));
        }
        assertThat(Receipt.number("ARA", 2019, "L", 42)).isEqualTo("ARA-2019-L-0042");
    }

    @Test
    void a_negative_sequence_is_refused() {
        assertThatThrownBy(() -> Receipt.number("ARA", 2019, "L", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
