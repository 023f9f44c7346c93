package fr.interconnectes.candidatures.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Content-Type check compares the whole media type, parameters aside. */
class JsonBodyMediaTypeTest {

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "Application/JSON", "application/json; charset=utf-8",
            "application/json;charset=UTF-8", " application/json ", "application/merge-patch+json"})
    void json_with_optional_parameters_is_json(String type) {
        assertThat(JsonBody.isJson(type)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/jsonx", "application/json-seq", "application/jsonp; charset=utf-8",
            "text/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data", "+json",
            "application/+json", "application/a/b+json", ""})
    void anything_else_is_not(String type) {
        assertThat(JsonBody.isJson(type)).isFalse();
    }
}
