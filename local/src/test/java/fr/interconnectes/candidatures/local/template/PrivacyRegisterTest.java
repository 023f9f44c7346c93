package fr.interconnectes.candidatures.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interconnectes.candidatures.adapter.aws.items.CandidacyItem;
import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.RetentionPolicy;
import fr.interconnectes.candidatures.domain.candidacy.Applicant;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.Contact;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.Erasure;
import fr.interconnectes.candidatures.domain.candidacy.LabelProject;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import fr.interconnectes.candidatures.domain.candidacy.Convocation;
import fr.interconnectes.candidatures.domain.candidacy.MailAttachment;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.domain.candidacy.ProjectStage;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import fr.interconnectes.candidatures.domain.candidacy.StartupProject;
import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * PRIVACY.md, the register of processing, says what the code and the template do: every stored document field
 * is registered with what an erasure does to it (and the dossier's are those {@link Candidacy#anonymised} keeps),
 * every store of personal data of template.yaml is named, and the default periods are {@link RetentionPolicy}'s.
 */
class PrivacyRegisterTest {

    private static final Pattern SECTION = Pattern.compile("^### Document: (.+)$");
    private static final Pattern FIELD_ROW = Pattern.compile("^\\| `([^`]+)` \\|([^|]*)\\|([^|]*)\\|");
    /** The documents that hold data about people; the campaign document holds none (PRIVACY.md says so). */
    private static final List<String> PERSONAL_DOCUMENTS = List.of("candidacy", "jury record", "audit entry");

    private static String read(String file) {
        try {
            return Files.readString(ProjectRoot.locate().resolve(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each {@code ### Document: x} section's rows: field path, then the cells after it. */
    private static Map<String, Map<String, List<String>>> documents(String markdown) {
        Map<String, Map<String, List<String>>> documents = new LinkedHashMap<>();
        Map<String, List<String>> current = null;
        for (String line : markdown.lines().toList()) {
            Matcher section = SECTION.matcher(line);
            if (section.matches()) {
                current = documents.computeIfAbsent(section.group(1).strip(), k -> new LinkedHashMap<>());
            } else if (line.startsWith("## ")) {
                current = null;
            } else if (current != null) {
                Matcher row = FIELD_ROW.matcher(line);
                if (row.find()) {
                    current.put(row.group(1), List.of(row.group(2).strip(), row.group(3).strip()));
                }
            }
        }
        return documents;
    }

    @Test
    void every_field_of_the_documents_holding_personal_data_is_registered() {
        var stored = documents(read("shared/aws/STORED_SCHEMA.md"));
        var register = documents(read("PRIVACY.md"));
        assertThat(stored.keySet()).as("documents of STORED_SCHEMA.md").containsAll(PERSONAL_DOCUMENTS);
        assertThat(register.keySet()).as("every document of STORED_SCHEMA.md has its section in PRIVACY.md")
                .containsAll(stored.keySet());
        for (String document : PERSONAL_DOCUMENTS) {
            assertThat(register.get(document).keySet())
                    .as("fields of the %s document in PRIVACY.md (add each new stored field there, with what an"
                            + " erasure does to it)", document)
                    .containsExactlyInAnyOrderElementsOf(stored.get(document).keySet());
            register.get(document).forEach((field, cells) -> {
                assertThat(cells.get(0)).as("personal? of %s.%s", document, field).isIn("yes", "no", "staff", "—");
                assertThat(cells.get(1)).as("on erasure of %s.%s", document, field).isIn("kept", "emptied", "erased");
            });
        }
    }

    @Test
    void what_the_register_says_an_erasure_keeps_of_a_dossier_is_what_the_anonymised_record_holds() {
        Map<String, String> written = new TreeMap<>();
        Map<String, String> anonymised = new TreeMap<>();
        for (Candidacy dossier : List.of(everyFieldFilled(label()), everyFieldFilled(startup()))) {
            collect(document(CandidacyItem.toItem(dossier)), "", written);
            collect(document(CandidacyItem.toItem(dossier.anonymised(anErasure(), Instant.parse("2031-01-01T00:00:00Z")))),
                    "", anonymised);
        }
        var register = documents(read("PRIVACY.md")).get("candidacy");
        assertThat(written.keySet()).as("the sample fills every field but the erasure")
                .containsAll(register.keySet().stream().filter(f -> !f.startsWith("erasure")).toList());

        register.forEach((field, cells) -> assertThat(anonymised.getOrDefault(field, "erased"))
                .as("what an erasure does to %s", field).isEqualTo(cells.get(1)));
    }

    @Test
    void every_store_of_the_template_is_in_the_register() {
        SamTemplate template = SamTemplate.load(ProjectRoot.locate().resolve("template.yaml"));
        String register = read("PRIVACY.md");
        List<String> stores = new java.util.ArrayList<>();
        for (String type : List.of("AWS::DynamoDB::Table", "AWS::S3::Bucket", "AWS::Cognito::UserPool",
                "AWS::Logs::LogGroup")) {
            stores.addAll(template.resourcesOfType(type));
        }
        assertThat(stores).isNotEmpty();
        assertThat(stores).allSatisfy(id -> assertThat(register).as("PRIVACY.md names %s", id).contains("`" + id + "`"));
        assertThat(read("README.md")).as("the README links the register").contains("(PRIVACY.md)");
    }

    @Test
    void the_default_periods_quoted_are_the_codes() {
        Matcher rows = Pattern.compile("\\| `(\\w+Months)` \\| (\\d+) months \\|").matcher(read("PRIVACY.md"));
        Map<String, Integer> quoted = new LinkedHashMap<>();
        while (rows.find()) {
            quoted.put(rows.group(1), Integer.parseInt(rows.group(2)));
        }
        assertThat(quoted).isEqualTo(Map.of(
                "unfiledMonths", RetentionPolicy.DEFAULTS.unfiledMonths(),
                "notSelectedMonths", RetentionPolicy.DEFAULTS.notSelectedMonths(),
                "finalistMonths", RetentionPolicy.DEFAULTS.finalistMonths()));
    }

    private static JsonNode document(Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item) {
        try {
            return new ObjectMapper().readTree(item.get("data").s());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every path of the document: {@code kept} when it holds something, {@code emptied} for an empty list or object. */
    private static void collect(JsonNode node, String path, Map<String, String> paths) {
        if (!path.isEmpty()) {
            boolean empty = (node.isArray() || node.isObject()) && node.isEmpty();
            // a path kept in one sample is kept (a label dossier has no founding year, a start-up no stage)
            paths.merge(path, empty ? "emptied" : "kept", (a, b) -> a.equals("kept") || b.equals("kept") ? "kept" : a);
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                var field = fields.next();
                collect(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), paths);
            }
        } else if (node.isArray() && !path.equals("accessTokenHashes") && !path.equals("erasure.remaining")) {
            node.forEach(element -> collect(element, path + "[]", paths));
        }
    }

    private static Erasure anErasure() {
        return new Erasure(Erasure.Cause.REQUEST, "Courriel du 2 janvier 2031", "organiser-sub",
                Instant.parse("2031-01-01T00:00:00Z"), List.of("files:campaigns/x/candidacies/y/"),
                Instant.parse("2031-01-01T00:01:00Z"), "S3 unavailable");
    }

    private static LabelProject label() {
        return new LabelProject("Titre", "Résumé", "Description", ProjectStage.EN_COURS, "Partenaires", "Usagers",
                "Mutualisation", "Retour");
    }

    private static StartupProject startup() {
        return new StartupProject("Titre", "Résumé", "Description", "https://start.up", 2021, "Cas d'usage");
    }

    /** A dossier with every field of the document filled, with this project. */
    private static Candidacy everyFieldFilled(fr.interconnectes.candidatures.domain.candidacy.Project project) {
        Instant at = Instant.parse("2030-03-01T10:00:00Z");
        var contact = new Contact("Élise Martin", "DGS", "elise@annecy.fr", "+33450338888");
        var attachment = new Attachment("a1", "statuts.pdf", FileType.PDF, 3, Attachment.State.RECEIVED,
                "campaigns/c/candidacies/d/a1.pdf", at, at);
        var mail = new OutboxMail("m1", "convocation", "elise@annecy.fr", "Sujet", "Texte", "<p>Texte</p>",
                List.of(new MailAttachment("convocation.ics", "text/calendar; method=REQUEST", "BEGIN:VCALENDAR")),
                "nonce", OutboxMail.State.SENT, 1, at, at, at, at, "ses-1", "err",
                new fr.interconnectes.candidatures.domain.candidacy.MailOutcome(
                        fr.interconnectes.candidatures.domain.candidacy.MailOutcome.Type.BOUNCED, at, "550"), "m0",
                "Q1w2E3r4T5y6U7i=");
        // the notices an applicant's request records unwritten, their drafts filling every draft field
        var header = new fr.interconnectes.candidatures.notifications.MailHeader("elise@annecy.fr", Language.FR, null,
                "Label 2030", "Commune d'Annecy", "Guichet");
        var confirmation = new fr.interconnectes.candidatures.notifications.ConfirmationMail(header, "ARA-2030-L-0001",
                at, List.of(new fr.interconnectes.candidatures.notifications.ConfirmationMail.Attachment("statuts.pdf", 3)),
                new fr.interconnectes.candidatures.domain.RegionalSelection(java.time.LocalDate.of(2030, 4, 1), "Annecy",
                        15, 0), at, OutboxMail.LINK_PLACEHOLDER);
        var links = new fr.interconnectes.candidatures.notifications.AccessLinkMail(header,
                fr.interconnectes.candidatures.notifications.AccessLinkMail.Status.SUBMITTED, "ARA-2030-L-0001", at,
                OutboxMail.LINK_PLACEHOLDER);
        var withdrawal = new fr.interconnectes.candidatures.notifications.WithdrawalMail(header, "ARA-2030-L-0001", at,
                OutboxMail.LINK_PLACEHOLDER);
        var unwritten = List.of(OutboxMail.unwritten("m2", "elise@annecy.fr", confirmation, "nonce-2", at),
                OutboxMail.unwritten("m3", "elise@annecy.fr", links, "nonce-3", at),
                OutboxMail.unwritten("m4", "elise@annecy.fr", withdrawal, "nonce-4", at));
        var convocation = new Convocation("slot-cAll", 1, "A", "Salle", "Annecy", at, at.plusSeconds(900),
                Convocation.State.SENT, at, Convocation.Attendance.CONFIRMED, "À deux", at);
        return new Candidacy("cAll", "campaign", CandidacyStatus.SUBMITTED,
                new ApplicationForm(new Applicant("Commune d'Annecy", OrganisationKind.COMMUNE, "200063402",
                        "20006340200016", contact), project, Language.FR),
                List.of("hash"), List.of(attachment), new Receipt("ARA-2030-L-0001", at), at, at, at, 3, 4, at, at,
                java.util.stream.Stream.concat(java.util.stream.Stream.of(mail), unwritten.stream()).toList(),
                new Decision(Decision.Outcome.FINALIST, "Bravo", "organiser", at, at), "cOrigin",
                convocation, null, fr.interconnectes.candidatures.domain.candidacy.Mailing.NONE)
                .withMailing(m -> m.withRemindersSent(List.of(new fr.interconnectes.candidatures.domain.ReminderOffset("P7D")))
                        .withRemindersStopped(at)
                        .withUndeliverable(new fr.interconnectes.candidatures.domain.candidacy.Undeliverable(
                                "elise@annecy.fr", fr.interconnectes.candidatures.domain.candidacy.Undeliverable.Reason.BOUNCE,
                                at, "m1", "550")));
    }
}
