package fr.interconnectes.candidatures.adapter.aws.items;

import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.Applicant;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Contact;
import fr.interconnectes.candidatures.domain.candidacy.LabelProject;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import fr.interconnectes.candidatures.domain.candidacy.Project;
import fr.interconnectes.candidatures.domain.candidacy.ProjectStage;
import fr.interconnectes.candidatures.domain.candidacy.StartupProject;
import java.util.Map;

/**
 * A dossier's form inside its document ({@code form}). Kinds, stages and the language are stored as their
 * codes ({@code commune}, {@code en_cours}, {@code fr}); the project carries its track as
 * {@code "track": "label" | "startup"}, so the form reads back without its campaign.
 */
final class ApplicationFormDocument {

    static final Fields FORM = Fields.of("form", "applicant", "project", "language");
    private static final Fields APPLICANT = Fields.of("applicant", "organisation", "kind", "siren", "siret", "contact");
    private static final Fields CONTACT = Fields.of("contact", "name", "role", "email", "phone");
    private static final String TRACK = "track";
    private static final String LABEL = "label";
    private static final String STARTUP = "startup";
    private static final Fields LABEL_PROJECT = Fields.of("label project", TRACK, "title", "summary", "description",
            "stage", "partners", "userInvolvement", "pooling", "returnOnInvestment");
    private static final Fields STARTUP_PROJECT = Fields.of("startup project", TRACK, "title", "summary",
            "description", "website", "foundingYear", "territorialUseCase");
    private static final Map<String, DocumentReader.Variant<Project>> PROJECTS = Map.of(
            LABEL, new DocumentReader.Variant<>(LABEL_PROJECT, ApplicationFormDocument::labelProject),
            STARTUP, new DocumentReader.Variant<>(STARTUP_PROJECT, ApplicationFormDocument::startupProject));

    private ApplicationFormDocument() {
    }

    static DocumentWriter write(ApplicationForm form) {
        return DocumentWriter.of(FORM)
                .object("applicant", form.applicant(), ApplicationFormDocument::applicant)
                .object("project", form.project(), ApplicationFormDocument::project)
                .code("language", form.language(), Language::code);
    }

    static ApplicationForm read(DocumentReader form) {
        return new ApplicationForm(
                form.object("applicant", APPLICANT, ApplicationFormDocument::applicant),
                form.variant("project", TRACK, PROJECTS),
                form.code("language", Language.values(), Language::code));
    }

    private static DocumentWriter applicant(Applicant applicant) {
        return DocumentWriter.of(APPLICANT)
                .text("organisation", applicant.organisation())
                .code("kind", applicant.kind(), OrganisationKind::code)
                .text("siren", applicant.siren())
                .text("siret", applicant.siret())
                .object("contact", applicant.contact(), ApplicationFormDocument::contact);
    }

    private static Applicant applicant(DocumentReader applicant) {
        return new Applicant(
                applicant.text("organisation"),
                applicant.code("kind", OrganisationKind.values(), OrganisationKind::code),
                applicant.text("siren"),
                applicant.text("siret"),
                applicant.object("contact", CONTACT, ApplicationFormDocument::contact));
    }

    private static DocumentWriter contact(Contact contact) {
        return DocumentWriter.of(CONTACT)
                .text("name", contact.name())
                .text("role", contact.role())
                .text("email", contact.email())
                .text("phone", contact.phone());
    }

    private static Contact contact(DocumentReader contact) {
        return new Contact(contact.text("name"), contact.text("role"), contact.text("email"), contact.text("phone"));
    }

    private static DocumentWriter project(Project project) {
        if (project instanceof LabelProject label) {
            return DocumentWriter.of(LABEL_PROJECT)
                    .text(TRACK, LABEL)
                    .text("title", label.title())
                    .text("summary", label.summary())
                    .text("description", label.description())
                    .code("stage", label.stage(), ProjectStage::code)
                    .text("partners", label.partners())
                    .text("userInvolvement", label.userInvolvement())
                    .text("pooling", label.pooling())
                    .text("returnOnInvestment", label.returnOnInvestment());
        }
        StartupProject startup = (StartupProject) project;
        return DocumentWriter.of(STARTUP_PROJECT)
                .text(TRACK, STARTUP)
                .text("title", startup.title())
                .text("summary", startup.summary())
                .text("description", startup.description())
                .text("website", startup.website())
                .optionalNumber("foundingYear", startup.foundingYear())
                .text("territorialUseCase", startup.territorialUseCase());
    }

    private static Project labelProject(DocumentReader project) {
        return new LabelProject(
                project.text("title"),
                project.text("summary"),
                project.text("description"),
                project.code("stage", ProjectStage.values(), ProjectStage::code),
                project.text("partners"),
                project.text("userInvolvement"),
                project.text("pooling"),
                project.text("returnOnInvestment"));
    }

    private static Project startupProject(DocumentReader project) {
        return new StartupProject(
                project.text("title"),
                project.text("summary"),
                project.text("description"),
                project.text("website"),
                project.optionalInt("foundingYear"),
                project.text("territorialUseCase"));
    }
}
