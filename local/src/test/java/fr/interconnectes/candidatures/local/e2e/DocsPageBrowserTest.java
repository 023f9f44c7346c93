package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The docs page draws the whole contract in Chromium under the pages' Content-Security-Policy. */
class DocsPageBrowserTest {

    @Test
    void the_docs_page_shows_every_operation_under_the_pages_csp() throws Exception {
        var run = BrowserScripts.runPassing(Duration.ofMinutes(2), "docs-page.cjs", TestEmulators.get().apiUrl());

        assertThat(run.jsonLines()).singleElement().asString().contains("\"operations\":48", "Le contrat de l’API");
    }
}
