package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The staff console's shell (session, header, language, accessibility) in a real Chromium on a phone-sized screen. */
class ConsoleShellBrowserTest {

    @Test
    void a_signed_in_organiser_sees_who_they_are_in_both_languages() throws Exception {
        var run = BrowserScripts.runPassing(Duration.ofMinutes(2), "console-shell.cjs", TestEmulators.get().apiUrl());

        assertThat(run.jsonLines()).singleElement().asString()
                .contains("shell.organiser@example.org", "Regional organiser (ARA)", "Sign out");
    }
}
