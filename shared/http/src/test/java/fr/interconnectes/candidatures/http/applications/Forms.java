package fr.interconnectes.candidatures.http.applications;

import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.http.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** Valid request bodies of both tracks, to be spoiled one field at a time. */
final class Forms {

    /** 15 June 2025: the current year is 2025. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T10:00:00Z"), ZoneOffset.UTC);
    static final ApplicationFormParser PARSER = new ApplicationFormParser(CLOCK);

    private Forms() {
    }

    static Map<String, Object> label() {
        Map<String, Object> contact = map(
                "name", "Camille Martin",
                "role", "Cheffe de projet numérique",
                "email", "camille.martin@ville-exemple.fr",
                "phone", "01 23 45 67 89");
        Map<String, Object> applicant = map(
                "organisation", "Ville de Paris",
                "kind", "commune",
                "siren", "217500016",
                "contact", contact);
        Map<String, Object> project = map(
                "title", "Plateforme citoyenne de signalement",
                "summary", "Une application pour signaler les incidents de voirie.",
                "description", "Première ligne.\nDeuxième ligne.",
                "stage", "en_cours",
                "partners", "Métropole, associations de quartier",
                "userInvolvement", "Ateliers de co-conception avec les habitants",
                "pooling", "Code ouvert, API standard",
                "returnOnInvestment", "Délai de traitement divisé par deux");
        return map("applicant", applicant, "project", project, "language", "fr");
    }

    static Map<String, Object> startup() {
        Map<String, Object> contact = map(
                "name", "Alex Durand",
                "role", "CEO",
                "email", "alex@startup.io",
                "phone", "+33 6 12 34 56 78");
        Map<String, Object> applicant = map(
                "organisation", "Startup SAS",
                "kind", "startup",
                "siren", "732829320",
                "contact", contact);
        Map<String, Object> project = map(
                "title", "Capteurs de qualité de l'air",
                "summary", "Des capteurs bon marché pour les écoles.",
                "description", "Nous fabriquons des capteurs.",
                "website", "https://startup.io",
                "foundingYear", 2019,
                "territorialUseCase", "Suivi de l'air dans les écoles d'une commune");
        return map("applicant", applicant, "project", project, "language", "en");
    }

    static Map<String, Object> valid(Track track) {
        return track == Track.LABEL ? label() : startup();
    }

    /** Sets (or, with {@code null}, removes) the value at a dotted path, creating objects on the way. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> with(Map<String, Object> body, String path, Object value) {
        String[] keys = path.split("\\.");
        Map<String, Object> node = body;
        for (int i = 0; i < keys.length - 1; i++) {
            node = (Map<String, Object>) node.computeIfAbsent(keys[i], k -> new LinkedHashMap<>());
        }
        if (value == null) {
            node.remove(keys[keys.length - 1]);
        } else {
            node.put(keys[keys.length - 1], value);
        }
        return body;
    }

    static String json(Map<String, Object> body) {
        return Json.write(body);
    }

    static ApplicationForm parse(Map<String, Object> body, Track track) {
        return PARSER.parse(json(body), track);
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
