package fr.interconnectes.candidatures.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A body of plain values streams out; any other value goes to the mapper, with nothing half-written. */
class ApiResponseTest {

    enum Kind { COMMUNE }

    record Named(String name) {
    }

    @Test
    void plain_maps_and_lists_stream_out_without_their_null_members() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", "c1");
        payload.put("none", null);
        payload.put("scores", List.of(1, 2.5));

        assertThat(ApiResponse.json(200, payload).body()).isEqualTo("{\"id\":\"c1\",\"scores\":[1,2.5]}");
        assertThat(StreamingJson.writeIfPlain(payload)).contains("{\"id\":\"c1\",\"scores\":[1,2.5]}");
    }

    @Test
    void a_map_whose_keys_are_not_texts_or_a_record_goes_to_the_mapper() {
        Map<Kind, Integer> byKind = new TreeMap<>(Map.of(Kind.COMMUNE, 3));

        assertThat(StreamingJson.writeIfPlain(Map.of("counts", byKind))).isEmpty();
        assertThat(ApiResponse.json(200, Map.of("counts", byKind)).body()).isEqualTo("{\"counts\":{\"COMMUNE\":3}}");
        assertThat(StreamingJson.writeIfPlain(List.of(new Named("x")))).isEmpty();
        assertThat(ApiResponse.json(200, List.of(new Named("x"))).body()).isEqualTo("[{\"name\":\"x\"}]");
    }
}
