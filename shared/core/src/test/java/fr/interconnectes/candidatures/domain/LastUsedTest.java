package fr.interconnectes.candidatures.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LastUsedTest {

    private final List<String> computed = new ArrayList<>();
    private final LastUsed<String, String> lastUsed = new LastUsed<>(2);

    private String upper(String key) {
        computed.add(key);
        return key.toUpperCase();
    }

    @Test
    void a_key_asked_again_is_not_computed_again() {
        assertThat(lastUsed.get("annecy", this::upper)).isEqualTo("ANNECY");
        assertThat(lastUsed.get("annecy", this::upper)).isEqualTo("ANNECY");
        assertThat(computed).containsExactly("annecy");
    }

    @Test
    void beyond_its_capacity_the_least_recently_used_goes_first() {
        lastUsed.get("annecy", this::upper);
        lastUsed.get("lyon", this::upper);
        lastUsed.get("annecy", this::upper);
        lastUsed.get("grenoble", this::upper);
        lastUsed.get("annecy", this::upper);
        lastUsed.get("lyon", this::upper);

        assertThat(computed).containsExactly("annecy", "lyon", "grenoble", "lyon");
    }

    @Test
    void a_computation_that_fails_keeps_nothing() {
        assertThatThrownBy(() -> lastUsed.get("annecy", key -> {
            throw new IllegalStateException("unreadable");
        })).hasMessage("unreadable");
        assertThat(lastUsed.get("annecy", this::upper)).isEqualTo("ANNECY");
        assertThat(computed).containsExactly("annecy");
    }
}
