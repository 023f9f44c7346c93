package fr.interconnectes.candidatures.archbroken.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interconnectes.candidatures.http.ApiResponse;

/** Breaks the core rule twice: a Jackson mapper and an HTTP response in a domain class. */
public final class JsonInTheDomain {

    public String write(Object value) throws Exception {
        return new ObjectMapper().writeValueAsString(value);
    }

    public ApiResponse answer() {
        return ApiResponse.json(200, "{}");
    }
}
